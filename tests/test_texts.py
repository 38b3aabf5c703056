"""The texts: both languages complete and alike, contact details as on the practice's page."""

from __future__ import annotations

import shutil
import string
import sys
from pathlib import Path

import pytest

from tui.model.errors import InputError
from tui.model.questionnaire import PATTERNS, Questionnaire
from tui.model.resources import texts_path
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
