"""Text from files is text: markup characters show as written, control characters never reach
the terminal, on every screen, in every report, in toasts and in messages.

A hostile questionnaire (statements and labels full of Rich markup) passes
`validate`; control characters are refused there, so they are put straight into
the loaded data here to test the screens' own defence. `test_screen_text.py` checks
the one function behind it all by property: any string is shown literally or refused.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input

from tests.conftest import StepClock
from tests.faults import ESCAPES, HOSTILE, mini_with, run
from tests.test_fuzz import toml_string
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire, QuestionnaireError, parse_questionnaire
from tui.model.resources import texts_path
from tui.model.scoring import score
from tui.model.texts import Texts, flatten, load_texts
from tui.model.toml_file import load_toml
from tui.render.compare_report import compare_text
from tui.render.details import details_view
from tui.render.report_html import html_report
from tui.render.report_markdown import markdown_report
from tui.render.report_text import text_report
from tui.screens.details import DetailsScreen
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen

SIZE = (80, 24)
MARKERS = ("[/]", "[ofte]", "[red]rød[/red]", "[bold")
"""Parts of HOSTILE without spaces, so they can be found in a screenshot's SVG."""


def hostile_questionnaire(mini_text: str) -> Questionnaire:
    """Markup in the first statement and label (valid), escapes added after loading (not)."""
    loaded = parse_questionnaire(mini_with(mini_text, HOSTILE, HOSTILE), "hostile.toml")
    first = loaded.questions[0]
    statement = first._replace(text={**first.text, "da": f"{HOSTILE} {ESCAPES}"})
    return replace(loaded, questions=(statement, *loaded.questions[1:]))


def hostile_texts(root: Path) -> Texts:
    """Every Danish text with markup and escapes added, as if texts/ had been edited so.

    Written as files and loaded the ordinary way: that is the only way texts reach the app.
    """
    tail = f" {HOSTILE} {ESCAPES}"
    for source in texts_path().rglob("*"):
        target = root / source.relative_to(texts_path())
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif source.suffix == ".md":
            target.write_text(source.read_text(encoding="utf-8") + tail, encoding="utf-8")
        else:
            table = flatten(load_toml(source))
            lines = [f"{key} = {toml_string(value + tail)}" for key, value in table.items()]
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_texts("da", root)


def shown(app: TilknytningApp) -> str:
    """What the terminal would show now, as the SVG of a screenshot."""
    return app.export_screenshot()


def assert_literal(svg: str) -> None:
    assert "\x1b" not in svg and "\x07" not in svg and "\x9b" not in svg
    for marker in MARKERS:
        assert marker in svg, f"{marker!r} is not shown literally"


async def test_every_screen_shows_file_text_literally(
    mini_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    texts = hostile_texts(tmp_path / "texts")
    app = make_app(hostile_questionnaire(mini_text), texts, clock=StepClock())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        assert_literal(shown(app))  # welcome
        await pilot.press("enter")
        assert_literal(shown(app))  # the hostile statement and label
        await pilot.press("question_mark")
        assert_literal(shown(app))  # help
        await pilot.press("escape", "1", "q")
        assert_literal(shown(app))  # quit question
        await pilot.press("n", *["4"] * (len(app.questionnaire.questions) - 1))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert_literal(shown(app))
        await pilot.press("d")
        assert isinstance(app.screen, DetailsScreen)
        assert_literal(shown(app))
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        assert_literal(shown(app))
        await pilot.press("end")  # the dialog's own texts; then a name with markup in it
        app.screen.query_one("#file-name", Input).value = "[red]x.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        # The toast names the file that was written. The SVG may split a line of text
        # where widgets beneath it meet, so adjacent pieces are joined first.
        assert "[red]x.md" in re.sub(r"</text>\s*<text[^>]*>", "", shown(app))
    assert (tmp_path / "[red]x.md").exists()


@pytest.mark.parametrize(
    ("name", "shown_as"),
    [
        ("[red]x.md", "[red]x.md"),
        ("[a=b c=d].md", "[a=b"),
        ("[bold]y.md", "[bold]y.md"),
        ("\x1b]0;OVERTAGET\x07z.md", "]0;OVERTAGETz.md"),
    ],
)
async def test_an_export_name_with_markup_or_escapes_is_named_literally(
    name: str, shown_as: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: `[red]x.md` toasted as "x.md", `[a=b c=d].md` crashed after writing."""
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter", *["4"] * 28, "e")
        app.screen.query_one("#file-name", Input).value = name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        svg = shown(app)
        assert "\x1b" not in svg and "\x07" not in svg
        toasts = "".join(str(toast.render()) for toast in app.screen.query("Toast"))
        assert "".join(shown_as.split()) in "".join(toasts.split())
    assert (tmp_path / name).exists()


def console_text(renderable: object, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, record=True)
    console.print(renderable)
    return console.export_text()


def test_every_report_shows_file_text_literally(mini_text: str, tmp_path: Path) -> None:
    questionnaire = hostile_questionnaire(mini_text)
    texts = hostile_texts(tmp_path)
    answers = {q.id: 4 for q in questionnaire.questions}
    result = score(questionnaire, answers)
    for renderable in (
        text_report(result, questionnaire, texts),
        details_view(result, questionnaire, texts),
        compare_text(result, result, questionnaire, texts),
    ):
        out = console_text(renderable, width=400)
        assert "\x1b" not in out and "\x07" not in out
        assert "[ofte]" in out and "[/]" in out
    report = markdown_report(result, questionnaire, texts)
    assert "[ofte]" in report and "\x1b" not in report.replace(ESCAPES, "")
    page = html_report(result, questionnaire, texts)
    assert "[ofte]" in page and "\x1b" not in page and "\x07" not in page


def test_score_prints_markup_in_statements_literally(mini_text: str, tmp_path: Path) -> None:
    """`score` with a questionnaire whose statements and labels hold markup (valid)."""
    questions = tmp_path / "q.toml"
    questions.write_text(mini_with(mini_text, HOSTILE, HOSTILE), encoding="utf-8")
    answers = tmp_path / "a.toml"
    answers.write_text("[answers]\nn1 = 1\ns1 = 4\nd1 = 4\nn2 = 4\ns2 = 4\nd2 = 4\n")
    outcome = run(
        "score", str(answers), "--questions", str(questions), "-f", "markdown", cwd=tmp_path
    )
    assert outcome.returncode == 0, outcome.stderr
    assert HOSTILE in outcome.stdout


def test_an_answers_file_with_escapes_in_its_ids_prints_no_escapes(tmp_path: Path) -> None:
    """Before, such an id cleared the screen and turned the rest of it red."""
    path = tmp_path / "a.json"
    path.write_text('{"answers": {"\\u001b[2J\\u001b[31mx": 1}}', encoding="utf-8")
    outcome = run("score", str(path), cwd=tmp_path)
    assert outcome.returncode == 1
    assert "\x1b" not in outcome.stderr
    assert "[2J[31mx" in outcome.stderr


@pytest.mark.parametrize("where", ["statement", "label", "id"])
def test_validate_refuses_control_characters(mini_text: str, where: str) -> None:
    if where == "statement":
        text = mini_with(mini_text, statement=f"Nærhed {ESCAPES}")
    elif where == "label":
        text = mini_with(mini_text, label="\x1b[31m1")
    else:
        text = mini_text.replace('id = "n1"', 'id = "n1\\u001b"').replace(
            '"n1", "n2"', '"n2", "s2"'
        )
    with pytest.raises(QuestionnaireError, match="control characters: U\\+001B"):
        parse_questionnaire(text, "q.toml")
