"""The report to hand over: one self-contained HTML file that prints on A4, walking the sections."""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

from tui import __version__
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_json
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.render.document import (
    AnswerTable,
    Body,
    Headline,
    Lines,
    MarkdownText,
    Note,
    Plot,
    ScoreTable,
    result_document,
)
from tui.render.plot_svg import plot_svg

DATA_ID = "tilknytning-result"
"""The id of the `<script type="application/json">` that carries the result for reading back."""

POLICY = "default-src 'none'; style-src 'unsafe-inline'"
"""Content Security Policy: the page may load nothing and run nothing, whatever it holds."""

FONTS = '"Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif'
"""The machine's own fonts: the report fetches none."""

STYLE = f"""
@page {{ size: A4; margin: 16mm 17mm 16mm 17mm; }}
* {{ box-sizing: border-box; }}
html {{ color: #111; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {FONTS};
  font-size: 10.5pt; line-height: 1.45; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }}
@media print {{ body {{ max-width: none; margin: 0; padding: 0; }} }}
header.report {{ display: flex; flex-wrap: wrap; justify-content: space-between; gap: .2rem 1.5rem;
  border-bottom: 1.5pt solid #111; padding-bottom: .3rem; margin-bottom: .8rem; font-size: 9.5pt; }}
header.report .title {{ font-weight: bold; }}
header.report .facts {{ display: flex; gap: 1.2rem; }}
header.report .fact-label {{ font-weight: bold; }}
h1 {{ font-size: 19pt; line-height: 1.2; margin: 0 0 .3rem; }}
h2 {{ font-size: 13pt; margin: 1.1rem 0 .35rem; break-after: avoid; page-break-after: avoid; }}
h3 {{ font-size: 11pt; margin: .8rem 0 .25rem; break-after: avoid; page-break-after: avoid; }}
h4, h5, h6 {{ font-size: 10.5pt; margin: .6rem 0 .2rem; break-after: avoid; }}
p {{ margin: 0 0 .45rem; }}
ul {{ margin: 0 0 .45rem; padding-left: 1.3rem; }}
p, li {{ orphans: 3; widows: 3; }}
.lead {{ margin: 0; font-size: 10pt; }}
.summary {{ font-size: 11.5pt; }}
.note {{ border-left: 3pt solid #111; padding: .15rem 0 .15rem .7rem; margin: .6rem 0; }}
.note-uncertain > p {{ font-weight: bold; }}
.note-borderline {{ font-style: italic; }}
figure.plot {{ margin: .2rem 0 0; break-inside: avoid; page-break-inside: avoid; }}
figure.plot svg {{ display: block; width: 100%; max-width: 168mm; height: auto; }}
.score-note {{ font-style: italic; }}
.lines p {{ margin: 0; }}
#section-contact, #section-help-lines {{ break-inside: avoid; page-break-inside: avoid; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}
th, td {{ border-bottom: .5pt solid #777; padding: .15rem .3rem; text-align: left;
  vertical-align: top; }}
tr {{ break-inside: avoid; }}
footer {{ margin-top: 1.2rem; border-top: .5pt solid #777; padding-top: .3rem; font-size: 8.5pt;
  color: #333; }}
"""


def markdown_html(markdown: str) -> str:
    """A text from `texts/` as HTML, one heading level below its section's.

    Raw HTML in the text is shown as text, and links and images are left as the
    words they are: nothing in the report may fetch or lead anywhere.
    """
    parser = MarkdownIt("commonmark", {"html": False}).disable(["image", "link", "autolink"])
    tokens = parser.parse(markdown)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + 1)}"
    return str(parser.renderer.render(tokens, parser.options, {}))


def paragraphs(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def body_html(body: Body, questionnaire: Questionnaire, texts: Texts) -> str:
    """One section's body as HTML, every text from a file escaped."""
    if isinstance(body, Headline):
        lead = f'<p class="lead">{escape(body.lead)}</p>' if body.lead else ""
        return f'{lead}<h1>{escape(body.name)}</h1><p class="summary">{escape(body.summary)}</p>'
    if isinstance(body, Note):
        points = "".join(f"<li>{escape(point)}</li>" for point in body.points)
        return paragraphs(body.paragraphs) + (f"<ul>{points}</ul>" if points else "")
    if isinstance(body, Plot):
        svg = plot_svg(body.plot.result, questionnaire.scoring, texts)
        return f'<figure class="plot">{svg}</figure>'
    if isinstance(body, ScoreTable):
        rows = "".join(f"<li>{escape(row)}</li>" for row in body.rows)
        return f'<ul class="scores">{rows}</ul><p class="score-note">{escape(body.note)}</p>'
    if isinstance(body, MarkdownText):
        return markdown_html(body.markdown)
    if isinstance(body, Lines):
        return f'<div class="lines">{paragraphs(body.lines)}</div>'
    if isinstance(body, AnswerTable):
        head = "".join(f"<th>{escape(cell)}</th>" for cell in body.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in body.rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    raise TypeError(f"no HTML view of {type(body).__name__}")


def embedded_json(result: Result, stamp: Stamp) -> str:
    """The result's JSON, safe inside `<script>`: `<`, `>` and `&` as JSON escapes."""
    text = result_to_json(result, stamp)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def fact(label: str, value: str, css: str) -> str:
    """One fact of the header, as `Dato: 27.11.2026`."""
    return (
        f'<span class="{css}"><span class="fact-label">{escape(label)}:</span> '
        f"{escape(value)}</span>"
    )


def css_string(text: str) -> str:
    """`text` as a CSS string: all but ASCII letters, digits and spaces escaped (`\\3c `, the
    space ending the escape), so no text from a file can close the string or the style."""
    kept = (c if c.isascii() and (c.isalnum() or c == " ") else f"\\{ord(c):x} " for c in text)
    return '"' + "".join(kept) + '"'


def page_style(texts: Texts, stamp: Stamp) -> str:
    """Each printed page's foot: the test, the date and the client code, and the page number,
    so that a page kept apart in a journal still says whose it is."""
    parts = [texts.t("app.title")]
    if stamp.taken is not None:
        parts.append(texts.t("report.taken", taken=stamp.taken))
    if stamp.client:
        parts.append(f"{texts.t('report.client_label')}: {stamp.client}")
    foot = f"font-family: {FONTS}; font-size: 8pt; color: #333;"
    return (
        f"@page {{ @bottom-left {{ content: {css_string(' · '.join(parts))}; {foot} }}\n"
        f'  @bottom-right {{ content: counter(page) " / " counter(pages); {foot} }} }}'
    )


def header_html(texts: Texts, stamp: Stamp) -> str:
    """The report's top line: the test's name, and when it was taken and whose it is if known."""
    facts = []
    if stamp.taken is not None:
        taken = texts.t("report.taken", taken=stamp.taken)
        facts.append(fact(texts.t("report.taken_label"), taken, "taken"))
    if stamp.client:
        facts.append(fact(texts.t("report.client_label"), stamp.client, "client"))
    return (
        f'<header class="report"><span class="title">{escape(texts.t("app.title"))}</span>'
        f'<span class="facts">{"".join(facts)}</span></header>'
    )


def html_report(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp | None = None
) -> str:
    """The whole report as one HTML page that loads nothing and runs nothing.

    The sections come from `result_document`, in its order. The result is embedded
    as JSON (`result_to_json`) so that `score` and `compare` can read the file back.
    """
    stamp = stamp or Stamp()
    document = result_document(result, questionnaire, texts)
    sections = []
    for section in document:
        heading = f"<h2>{escape(section.heading)}</h2>" if section.heading else ""
        kind = f" note note-{section.body.kind}" if isinstance(section.body, Note) else ""
        body = body_html(section.body, questionnaire, texts)
        sections.append(
            f'<section id="section-{escape(section.id)}" class="{escape(section.id)}{kind}">'
            f"{heading}{body}</section>"
        )
    name = document[0].body.name if isinstance(document[0].body, Headline) else ""
    made = texts.t(
        "report.made",
        version=__version__,
        questionnaire=questionnaire.id,
        questionnaire_version=questionnaire.version,
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(texts.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(texts.t('app.title'))}: {escape(name)}</title>",
            f"<style>{STYLE}{page_style(texts, stamp)}</style>",
            f'<script type="application/json" id="{DATA_ID}">{embedded_json(result, stamp)}'
            "</script>",
            "</head>",
            "<body>",
            header_html(texts, stamp),
            "<main>",
            *sections,
            "</main>",
            f"<footer><p>{escape(made)}</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
