"""Every text on screen, per language: Markdown, pattern names, UI strings and contact."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from tui.model.errors import InputError
from tui.model.input_file import read_text
from tui.model.printable import printable
from tui.model.questionnaire import PATTERNS, Pattern, Questionnaire
from tui.model.resources import texts_path
from tui.model.toml_file import load_toml

LANGUAGES: tuple[str, ...] = ("da", "en")
"""The languages the app speaks; Danish is the default."""

MARKDOWN_FILES: tuple[str, ...] = (
    "intro",
    *PATTERNS,
    "tillaert-tryg",
    "disclaimer",
    "help-lines",
)
"""The Markdown files every language folder holds."""


class PatternText(NamedTuple):
    """A pattern's name, short zone label, one- or two-sentence summary and description."""

    name: str
    short: str
    summary: str
    description: str


class Contact(NamedTuple):
    """The practice's contact details, from `texts/contact.toml`."""

    practice: str
    therapist: str
    title: str
    address: str
    phone: str
    email: str


class Texts(NamedTuple):
    """Every text of one language."""

    language: str
    intro: str
    patterns: Mapping[Pattern, PatternText]
    earned_security: str
    disclaimer: str
    help_lines: str
    contact: Contact
    strings: Mapping[str, str]

    def t(self, key: str, **values: object) -> str:
        """A UI string by its dotted key, with `{name}` fields filled in."""
        text = self.strings[key]
        return text.format(**values) if values else text


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested TOML tables as one dict with dotted keys."""
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = printable(str(value))
    return flat


def _field(table: Mapping[str, Any], key: str, source: Path, language: str | None = None) -> str:
    value = table.get(key)
    if isinstance(value, Mapping) and language is not None:
        value = value.get(language)
    if not isinstance(value, str) or not value.strip():
        raise InputError(str(source), f"`{key}` is missing or empty", f'add {key} = "…"')
    return printable(value.strip())


def load_contact(language: str, root: Path | None = None) -> Contact:
    """The practice's contact details, with the therapist's title in `language`."""
    path = (root or texts_path()) / "contact.toml"
    table = load_toml(path)
    return Contact(
        practice=_field(table, "practice", path),
        therapist=_field(table, "therapist", path),
        title=_field(table, "title", path, language),
        address=_field(table, "address", path),
        phone=_field(table, "phone", path),
        email=_field(table, "email", path),
    )


def texts_for(questionnaire: Questionnaire, language: str, texts: Texts | None = None) -> Texts:
    """The texts of `language`, checked against the questionnaire: the one check every
    way into the app goes through (launcher, CLI, `make_app`, switching language).

    Args:
        questionnaire: The questionnaire the texts go with.
        language: The language wanted.
        texts: Texts already loaded in that language, to check instead of loading.

    Raises:
        InputError: The language is unknown, a text file is faulty, or the
            questionnaire has no statements or labels in `language`.
    """
    loaded = texts if texts is not None else load_texts(language)
    if language not in questionnaire.languages:
        raise InputError(
            questionnaire.source,
            f"the questionnaire has no texts in {language!r}",
            f"add text.{language} to every question and {language} = [...] under [response.labels]",
        )
    return loaded


def load_texts(language: str = "da", root: Path | None = None) -> Texts:
    """Load every text of one language.

    Raises:
        InputError: The language is unknown, or a file is missing or malformed.
    """
    if language not in LANGUAGES:
        raise InputError(
            "--lang",
            f"unknown language {language!r}",
            f"use one of: {', '.join(LANGUAGES)}",
        )
    base = root or texts_path()
    folder = base / language
    # Control characters go at once: texts/ is edited by hand, and a terminal obeys them.
    markdown = {
        name: printable(read_text(folder / f"{name}.md")).strip() for name in MARKDOWN_FILES
    }
    names = load_toml(folder / "patterns.toml")
    patterns: dict[Pattern, PatternText] = {}
    for pattern in PATTERNS:
        table = names.get(pattern)
        if not isinstance(table, Mapping):
            raise InputError(
                str(folder / "patterns.toml"),
                f"[{pattern}] is missing",
                f"add [{pattern}] with name, short and summary",
            )
        source = folder / "patterns.toml"
        patterns[pattern] = PatternText(
            name=_field(table, "name", source),
            short=_field(table, "short", source),
            summary=_field(table, "summary", source),
            description=markdown[pattern],
        )
    return Texts(
        language=language,
        intro=markdown["intro"],
        patterns=patterns,
        earned_security=markdown["tillaert-tryg"],
        disclaimer=markdown["disclaimer"],
        help_lines=markdown["help-lines"],
        contact=load_contact(language, base),
        strings=flatten(load_toml(folder / "strings.toml")),
    )
