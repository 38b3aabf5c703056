"""The one way file-borne text becomes screen text, by property: any string is shown
literally (control characters removed) or refused by `validate`."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from textual.content import Content

from tests.test_fuzz import toml_string
from tui.model.printable import control_characters, printable
from tui.model.questionnaire import QuestionnaireError, parse_questionnaire
from tui.render.screen_text import screen_text


def console_text(renderable: object, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, record=True)
    console.print(renderable)
    return console.export_text()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_shown_literally_without_controls(text: str) -> None:
    literal = screen_text(text)
    assert literal.plain == printable(text)
    assert Content.from_rich_text(literal).plain == printable(text)
    assert not control_characters(literal.plain)
    assert all(char in "\n\t" or char.isprintable() or not char.isascii() for char in literal.plain)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_characters="\t\r"), max_size=60))
def test_any_text_prints_as_itself(text: str) -> None:
    """Drawn by Rich, a line comes out character for character (control characters gone)."""
    out = console_text(screen_text(text), width=200)
    assert lines_of(out) == lines_of(printable(text))


def lines_of(text: str) -> list[str]:
    """Lines without trailing blanks, and no empty lines at the end."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_statement_loads_as_written_or_is_refused(mini_text: str, statement: str) -> None:
    source = mini_text.replace('text.da = "Nærhed et"', f"text.da = {toml_string(statement)}")
    try:
        questionnaire = parse_questionnaire(source, "q.toml")
    except QuestionnaireError as error:
        assert control_characters(statement) or not statement.strip(), error.message
        return
    assert questionnaire.questions[0].text["da"] == statement.strip()
    assert not control_characters(statement)


def test_control_characters_go_and_layout_stays() -> None:
    assert printable("a\x1b]0;x\x07b\r\nc\td\x9b\u202e") == "a]0;xb\nc\td"
    assert screen_text("[/] [ofte]").plain == "[/] [ofte]"
    assert control_characters("ok\x1b") == ["U+001B (control)"]
