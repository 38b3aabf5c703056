"""The texts: both languages complete and alike, contact details as on the practice's page."""

from __future__ import annotations

import re
import shutil
import string
import sys
from pathlib import Path

import pytest

from tests.lix import lix
from tui.model.errors import InputError
from tui.model.questionnaire import PATTERNS, Questionnaire, load_questionnaire
from tui.model.resources import questions_path, texts_path
from tui.model.texts import LANGUAGES, MARKDOWN_FILES, flatten, load_texts

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def strings(language: str) -> dict[str, str]:
    with (texts_path() / language / "strings.toml").open("rb") as file:
        return flatten(tomllib.load(file))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_ui_string_exists_in_every_language() -> None:
    keys = {language: set(strings(language)) for language in LANGUAGES}
    for language in LANGUAGES:
        assert keys[language] == keys["da"], f"{language}: {keys[language] ^ keys['da']}"


def test_translations_fill_in_the_same_fields() -> None:
    danish = strings("da")
    for language in LANGUAGES:
        for key, text in strings(language).items():
            assert fields(text) == fields(danish[key]), (language, key)


def test_every_text_file_exists_in_every_language() -> None:
    for language in LANGUAGES:
        folder = texts_path() / language
        names = {path.stem for path in folder.glob("*.md")}
        assert names == set(MARKDOWN_FILES), language
        texts = load_texts(language)
        assert set(texts.patterns) == set(PATTERNS)
        for pattern in texts.patterns.values():
            assert pattern.description.count("## ") == 4
            assert len(pattern.summary) <= 150


def test_every_question_and_label_exists_in_every_language(questionnaire: Questionnaire) -> None:
    assert set(questionnaire.languages) == set(LANGUAGES)
    for question in questionnaire.questions:
        assert set(question.text) == set(LANGUAGES), question.id


def test_contact_details_match_the_practice() -> None:
    contact = load_texts("da").contact
    assert contact.practice == "Psykoterapi ved Jesper Glad"
    assert contact.phone.replace(" ", "") == "24968207"
    assert contact.email == "jg@glads.dk"
    assert "Amagertorv 14" in contact.address
    assert load_texts("en").contact.title == "Psychotherapist"


def test_help_lines_name_every_number() -> None:
    for language in LANGUAGES:
        lines = load_texts(language).help_lines.replace(" ", "")
        for number in ("112", "1813", "70201201", "39252525"):
            assert number in lines, (language, number)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InputError, match="unknown language 'sv'"):
        load_texts("sv")


def test_a_missing_text_file_is_named(tmp_path: Path) -> None:
    shutil.copytree(texts_path(), tmp_path / "texts")
    (tmp_path / "texts" / "da" / "tryg.md").unlink()
    with pytest.raises(InputError, match=r"tryg\.md: the file does not exist"):
        load_texts("da", tmp_path / "texts")


CORE_POINTS: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {
        "self_doubt": (r"usikre på sig selv",),
        "tryg": (r"tillid til sig selv",),
        "ambivalent": (r"stoler ikke på, at hjælpen kommer", r"svært at stå alene"),
        "undvigende": (
            r"sikre på, at de ikke kan få hjælp udefra",
            r"søger de sjældent tryghed",
            r"mere alene, end godt er",
            r"begrænset lyst til at prøve nye ting",
        ),
        "desorganiseret": (
            r"splittede forventninger",
            r"ikke kommer hjælp, når de har brug for den",
            r"hjælpen kan være farlig",
            r"beskriver en måde at søge tryghed på",
        ),
        "earned": (r"vilje, engagement og tid", r"ikke gøre det alene"),
    },
    "en": {
        "self_doubt": (r"unsure of themselves",),
        "tryg": (r"trusts oneself",),
        "ambivalent": (r"do not trust that the help will come", r"hard to stand alone"),
        "undvigende": (
            r"sure that they cannot get help from outside",
            r"seldom seek comfort",
            r"more alone than is good for them",
            r"limited wish to try new things",
        ),
        "desorganiseret": (
            r"split expectations",
            r"no help will come when they need it",
            r"the help can be dangerous",
            r"describes a way of seeking safety",
        ),
        "earned": (r"will, commitment and time", r"cannot do it alone"),
    },
}
"""What the practice's page says of each pattern, which its description must keep saying."""

INSECURE = ("ambivalent", "undvigende", "desorganiseret")


def first_section(description: str) -> str:
    """The text under a description's first heading ("Hvad det er"), as one line."""
    return " ".join(description.split("## ")[1].split("\n", 1)[1].split())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("pattern", INSECURE)
def test_each_insecure_pattern_keeps_the_pages_core_points(language: str, pattern: str) -> None:
    """Self-doubt in every insecure pattern, said up front; then the pattern's own points."""
    points = CORE_POINTS[language]
    description = load_texts(language).patterns[pattern].description
    opening = first_section(description)
    for point in points["self_doubt"] + points[pattern]:
        assert re.search(point, opening), (language, pattern, point)


@pytest.mark.parametrize("language", LANGUAGES)
def test_secure_and_earned_security_keep_the_pages_core_points(language: str) -> None:
    texts = load_texts(language)
    points = CORE_POINTS[language]
    for point in points["tryg"]:
        assert re.search(point, first_section(texts.patterns["tryg"].description)), point
    earned = " ".join(texts.earned_security.split())
    for point in points["earned"]:
        assert re.search(point, earned), point


def plain_text(markdown: str) -> str:
    """Markdown as running text: markup gone, each heading or list item a sentence of its own."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^\s*(#+|[-*])\s*", "", line).replace("**", "").strip()
        if line:
            lines.append(line if re.search(r"[.!?:]$", line) else f"{line}.")
    return " ".join(lines)


def danish_texts() -> dict[str, str]:
    """Every Danish text a person reads, by name: the Markdown files, summaries and sentences."""
    texts = load_texts("da")
    named = {
        "intro": texts.intro,
        "tillaert-tryg": texts.earned_security,
        "disclaimer": texts.disclaimer,
        "help-lines": texts.help_lines,
    }
    for pattern, text in texts.patterns.items():
        named[pattern] = text.description
        named[f"{pattern} summary"] = text.summary
    sentences = [
        re.sub(r"\{[^}]*\}", "", value)
        for key, value in texts.strings.items()
        if not key.startswith(("help.", "compare.")) and len(value.split()) >= 6
    ]
    named["strings.toml"] = "\n".join(sentences)
    return named


@pytest.mark.parametrize("name", list(danish_texts()))
def test_every_danish_text_is_easy_to_read(name: str) -> None:
    """LIX ≤ 35, as for the statements: a worried reader should not have to work at it."""
    assert lix(plain_text(danish_texts()[name])) <= 35


def test_the_lix_check_can_fail() -> None:
    heavy = "Tilknytningsmønstret kategoriseres gennem standardiserede vurderingsinstrumenter."
    assert lix(plain_text(heavy)) > 35


HELP_LINES: dict[str, dict[str, str]] = {
    "da": {
        "always": "Åbent hele døgnet",
        "hours": "Med åbningstider",
        "region": r"Kun i Region Hovedstaden",
        "elsewhere": "regions lægevagt",
        "counselling": r"Psykiatrifonden.*rådgivning.*Ikke en krisetelefon",
        "who": r"Livslinien.*hvis du har tanker om selvmord",
    },
    "en": {
        "always": "Open around the clock",
        "hours": "With opening hours",
        "region": r"Only in the Capital Region",
        "elsewhere": "out-of-hours service",
        "counselling": r"Psykiatrifonden.*counselling.*Not a crisis line",
        "who": r"Livslinien.*if you have thoughts of suicide",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_lines_are_true_at_any_hour(language: str) -> None:
    """Which lines are always open, 1813 only in one region, counselling named as such."""
    lines = load_texts(language).help_lines
    for what, pattern in HELP_LINES[language].items():
        assert re.search(pattern, lines), (language, what)
    always, hours = (
        lines.index(HELP_LINES[language]["always"]),
        lines.index(HELP_LINES[language]["hours"]),
    )
    for number in ("112", "1813"):
        assert always < lines.index(number) < hours, (language, number)
    for number in ("70 201 201", "39 25 25 25"):
        assert hours < lines.index(number), (language, number)
    assert not re.search(r"\bkl\.|\d{1,2}[.:]\d{2}|\d{1,2}\s*[-–]\s*\d{1,2}\b", lines), (
        "opening hours go stale: point to where they are found instead"
    )


WORDS_TO_AVOID: dict[str, tuple[str, ...]] = {
    "da": (
        "Vendt",
        "vending",
        "Træk:",
        "Desorg.",
        "enig",
        "gøre en forskel",
        "Vær venlig",
        "og stå alene",
        "ønsket om at stå alene",
        "kortet er desorganiseret",
        "lige nu",
        "drivkræfter",
        "Balance:",
    ),
    "en": (
        "Rev.",
        "not reversed",
        "Pull:",
        "Anxious",
        "agreed",
        "Neither/nor",
        "make a difference",
        "Be kind",
        "and stand alone",
        "wish to stand alone",
        "map is disorganised",
        "right now",
        "drives",
        "Balance:",
    ),
}
"""Jargon, translated-sounding phrases and names for an idea that has another name."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_uses_jargon_or_a_second_name_for_an_idea(language: str) -> None:
    texts = load_texts(language)
    every = [texts.intro, texts.earned_security, texts.disclaimer, texts.help_lines]
    for pattern in texts.patterns.values():
        every += [pattern.name, pattern.short, pattern.summary, pattern.description]
    every += list(texts.strings.values())
    every += list(load_questionnaire(questions_path()).labels[language])
    for text in every:
        for words in WORDS_TO_AVOID[language]:
            assert words not in text, (language, words, text)


def test_english_pattern_names_take_one_form() -> None:
    danish, english = load_texts("da").patterns, load_texts("en").patterns
    for pattern in PATTERNS:
        insecure = danish[pattern].name.startswith("Utryg, ")
        assert english[pattern].name.startswith("Insecure, ") == insecure, pattern
        assert english[pattern].name.endswith(" attachment"), pattern
