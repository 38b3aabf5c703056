"""The HTML report: the document's sections in order, escaped, loading nothing, data to read back,
and printed by headless Chromium on A4 with the plot on page 1."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from tests.answering import PROTOTYPES, answers_for, boundary_answers
from tui.cli import cli
from tui.model.questionnaire import PATTERNS, Questionnaire
from tui.model.result_json import result_to_dict
from tui.model.scoring import Result, score
from tui.model.stamp import Stamp
from tui.model.texts import Texts, load_texts
from tui.model.validity import Flag
from tui.render.document import result_document
from tui.render.report_html import DATA_ID, html_report

STAMP = Stamp(datetime(2026, 11, 27, 14, 5, tzinfo=timezone(timedelta(hours=1))), "AB-12")

FETCHING = {"src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data"}
"""Attributes that make a browser fetch or lead elsewhere."""
NEVER = {"img", "link", "iframe", "object", "embed", "base", "audio", "video", "source", "form"}
"""Elements that have no place in a report that loads nothing."""


@dataclass
class Page(HTMLParser):
    """The parts of a page the tests read: elements, attributes, section ids, scripts, text."""

    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    _open: str = ""

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        self.tags.append((tag, found))
        if tag == "section":
            self.sections.append(found["id"].removeprefix("section-"))
        if tag == "script":
            self.scripts.append((found, ""))
        self._open = tag

    def handle_endtag(self, tag: str) -> None:
        self._open = ""

    def handle_data(self, data: str) -> None:
        if self._open == "script":
            attrs, _ = self.scripts[-1]
            self.scripts[-1] = (attrs, data)
        elif self._open == "style":
            self.styles.append(data)
        else:
            self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def of(questionnaire: Questionnaire, pattern: str) -> Result:
    return score(questionnaire, answers_for(questionnaire, PROTOTYPES[pattern]))


def unreadable(questionnaire: Questionnaire) -> Result:
    return score(questionnaire, dict.fromkeys(questionnaire.by_id, 4))


def long_result(questionnaire: Questionnaire) -> Result:
    """The longest report: equally near three patterns (three descriptions), every flag raised."""
    result = score(questionnaire, boundary_answers(questionnaire, tied=3))
    flags = (
        Flag("straight_lining", 12, 10),
        Flag("acquiescence", 5.4, 5.0),
        Flag("inconsistency", 3, 2),
        Flag("speed", 1.2, 2.0),
    )
    return replace(result, flags=flags)


def results(questionnaire: Questionnaire) -> dict[str, Result]:
    return {
        "readable": of(questionnaire, "ambivalent"),
        "unreadable": unreadable(questionnaire),
        "long": long_result(questionnaire),
    }


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("case", ["readable", "unreadable", "long"])
def test_sections_come_in_the_documents_order(
    questionnaire: Questionnaire, language: str, case: str
) -> None:
    texts = load_texts(language)
    result = results(questionnaire)[case]
    page = parse(html_report(result, questionnaire, texts, STAMP))
    assert page.sections == [
        section.id for section in result_document(result, questionnaire, texts)
    ]
    text = " ".join(" ".join(page.text).split())
    for section in result_document(result, questionnaire, texts):
        assert section.heading in text
    has_plot = any(tag == "svg" for tag, _ in page.tags)
    assert has_plot == result.readable  # no plot without a reading, as on screen
    assert ("27.11.2026" if language == "da" else "2026-11-27") in text
    assert "AB-12" in text
    assert ("html", {"lang": language}) in page.tags


def test_it_holds_what_a_report_to_hand_over_needs(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    result = of(questionnaire, "undvigende")
    text = " ".join(" ".join(parse(html_report(result, questionnaire, texts, STAMP)).text).split())
    assert texts.patterns["undvigende"].name in text
    for scale, value in result.scores.items():
        line = (
            f"{texts.t(f'scale.{scale}')}: {value:.0f} af 100 (± {result.uncertainty[scale]:.0f})"
        )
        assert line in text
    for needed in ("Hvad det er", texts.contact.phone, texts.contact.email, "70 201 201", "1813"):
        assert needed in text


def test_nothing_in_it_loads_or_runs(questionnaire: Questionnaire) -> None:
    """Every element and attribute: no fetching attribute, no url() but to the page's own
    drawing, no @import, no event handler; the one script is data."""
    for language in ("da", "en"):
        for result in results(questionnaire).values():
            html = html_report(result, questionnaire, load_texts(language), STAMP)
            page = parse(html)
            for tag, attrs in page.tags:
                assert tag not in NEVER
                for name, value in attrs.items():
                    assert name not in FETCHING, (tag, name, value)
                    assert not name.startswith("on"), (tag, name)
                    assert "url(" not in value or value.startswith("url(#"), (tag, name, value)
            css = " ".join(page.styles) + " ".join(a.get("style", "") for _, a in page.tags)
            assert "@import" not in css
            assert css.count("url(") == 0
            assert [attrs for attrs, _ in page.scripts] == [
                {"type": "application/json", "id": DATA_ID}
            ]
            assert "http://" not in html and "https://" not in html and "//" not in css


def test_text_from_files_stays_text(questionnaire: Questionnaire, texts: Texts) -> None:
    """Markup, links and images in the texts, and a client code, are shown as the words they are."""
    hostile = '<img src="http://example.org/x.png"> & <script>alert(1)</script>'
    patterns = {
        **texts.patterns,
        "ambivalent": texts.patterns["ambivalent"]._replace(
            name=f"Navn {hostile}",
            description=f"## Om\n\n{hostile}\n\n![billede](http://example.org/x.png) "
            "[et link](http://example.org/) <http://example.org/>",
        ),
    }
    odd = texts._replace(patterns=patterns)
    client = '</script></style><b>x</b>&"}'
    stamp = Stamp(STAMP.taken, client)
    html = html_report(of(questionnaire, "ambivalent"), questionnaire, odd, stamp)
    page = parse(html)
    assert not any(tag in {"img", "b", "a"} for tag, _ in page.tags)
    assert len(page.scripts) == 1
    text = "".join(page.text)
    assert f"Navn {hostile}" in text
    assert hostile in text
    assert client in text
    # In the printed pages' foot, the code is a CSS string that nothing in it can close.
    assert len(page.styles) == 2  # the page's and the plot's
    assert all(client not in style and "<" not in style for style in page.styles)
    assert "billede" in text and "et link" in text


@pytest.mark.parametrize("case", ["readable", "unreadable", "long"])
def test_the_embedded_result_reads_back(questionnaire: Questionnaire, case: str) -> None:
    result = results(questionnaire)[case]
    stamp = Stamp(STAMP.taken, "</script><!-- & -->")
    html = html_report(result, questionnaire, load_texts("da"), stamp)
    (attrs, data), *_ = parse(html).scripts
    assert attrs["id"] == DATA_ID
    assert not any(char in data for char in "<>&")
    assert json.loads(data) == result_to_dict(result, stamp)


def test_score_writes_html(tmp_path: Path, questionnaire: Questionnaire) -> None:
    answers = tmp_path / "answers.toml"
    values = answers_for(questionnaire, PROTOTYPES["tryg"])
    answers.write_text(
        "[answers]\n" + "".join(f"{k} = {v}\n" for k, v in values.items()), encoding="utf-8"
    )
    outcome = CliRunner().invoke(cli, ["score", str(answers), "--format", "html", "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    page = parse(outcome.output)
    assert ("html", {"lang": "en"}) in page.tags
    (_, data), *_ = page.scripts
    assert json.loads(data)["pattern"] == "tryg"


# The print test ---------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)

A4 = (595.3, 841.9)
"""A4 in PDF points (210 × 297 mm)."""
MIN_TYPE = 10.0
"""The running text prints at 10.5 pt: below 10 pt a printed report reads poorly."""
FULL_PAGE = 3900
"""Characters (spaces not counted) of running text an A4 page holds at most: the content box is
176 × 265 mm; at 10.5 pt Liberation Sans a line holds about 95 characters (80 without spaces) in
5.4 mm (line-height 1.45), so 49 lines. A page holding more means the type has shrunk below what
reads on paper."""
SPARSE_PAGE = 1400
"""Characters a page of the report holds at the least: with headings, lists and the gaps between
paragraphs a full page of it holds about 1800 (measured: 1750–2000), and a section that moves
whole to the next page (the contact, the help lines) leaves some of a page empty. Fewer per page
means breaks or white space are scattering the report."""
PLOT_PAGE = 1
"""Page 1 gives about 110 mm to the plot (its 640 × 420 drawing at 168 mm wide), about half a
page: one page more than the words alone need. Printed today: readable 3 pages, unreadable 2,
the long one 4."""


def print_to_pdf(html: str, folder: Path) -> Path:
    """Print `html` with headless Chromium, the way a person's browser would print it."""
    assert CHROMIUM is not None
    page = folder / "report.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / "out.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf


def running_text_size(reader: PdfReader) -> float:
    """The type size (points) that most of the printed characters have."""
    sizes: Counter[float] = Counter()

    def count(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        sizes[round(size * scale, 1)] += len(text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=count)
    return sizes.most_common(1)[0][0]


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("case", ["readable", "unreadable", "long"])
def test_it_prints_on_a4_with_the_plot_on_page_one(
    questionnaire: Questionnaire, tmp_path: Path, language: str, case: str
) -> None:
    texts = load_texts(language)
    result = results(questionnaire)[case]
    html = html_report(result, questionnaire, texts, STAMP)
    reader = PdfReader(print_to_pdf(html, tmp_path))
    pages = [squeezed(page.extract_text()) for page in reader.pages]

    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=1)
    # Every word of the report is printed, once: nothing cut off at a page's edge.
    words = len(squeezed(" ".join(parse(html).text)))
    assert abs(sum(len(page) for page in pages) - words) < 0.05 * words
    assert running_text_size(reader) >= MIN_TYPE
    # As many pages as the words and the plot need at a size that reads, and no more.
    printed = len("".join(pages))
    plot = FULL_PAGE // 2 if result.readable else 0
    assert max(len(page) for page in pages) <= FULL_PAGE
    assert math.ceil((printed + plot) / FULL_PAGE) <= len(pages)
    assert len(pages) <= math.ceil(printed / SPARSE_PAGE) + PLOT_PAGE

    # The plot's own words (its key and every zone's name) are on page 1 and nowhere else.
    plot_words = [texts.t("plot.uncertainty"), *(texts.patterns[zone].short for zone in PATTERNS)]
    key = squeezed(texts.t("plot.uncertainty"))
    if result.readable:
        assert all(squeezed(word) in pages[0] for word in plot_words)
        assert not any(key in page for page in pages[1:])
    else:
        assert not any(key in page for page in pages)
    assert squeezed(texts.t("result.help")) in pages[-1]  # the help lines close the report
    # Every page's foot says whose it is and which page: a page kept apart still tells.
    for number, page in enumerate(pages, start=1):
        assert f"{number}/{len(pages)}" in page
        assert page.count("AB-12") == (2 if number == 1 else 1)  # page 1 has the header too
