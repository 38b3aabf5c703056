"""Keys: described through Textual's public API, the help table built from the bindings."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import load_questionnaire
from tui.model.texts import load_texts
from tui.screens.base import AppScreen, declared_bindings, describe
from tui.screens.details import DetailsScreen
from tui.screens.help import HELP_WIDTH, key_label
from tui.screens.plot_view import PlotScreen
from tui.screens.question import QuestionScreen
from tui.screens.result import ResultScreen
from tui.screens.welcome import WelcomeScreen
from tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

TUI = Path(__file__).parent.parent / "tui"
SCREENS = (WelcomeScreen, QuestionScreen, ResultScreen, DetailsScreen, PlotScreen, AppScreen)


def test_no_private_binding_map_is_touched() -> None:
    # Key descriptions once wrote Textual's private binding maps; the public way is BINDINGS.
    written = re.compile(r"\._(merged_)?bindings\b")
    offenders = [
        f"{path.relative_to(TUI)}:{number}: {line.strip()}"
        for path in TUI.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if written.search(line)
    ]
    assert offenders == []


def five_points(mini_text: str, tmp_path: Path) -> Path:
    text = mini_text.replace("points = 7", "points = 5").replace(
        '["1", "2", "3", "4", "5", "6", "7"]', '["1", "2", "3", "4", "5"]'
    )
    path = tmp_path / "five.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_numbers_in_the_texts_follow_the_questionnaire_and_the_minimum(
    mini_text: str, tmp_path: Path
) -> None:
    questionnaire = load_questionnaire(five_points(mini_text, tmp_path))
    app = make_app(questionnaire=questionnaire, clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "Tryk 1–5," in str(app.screen.query_one("#prompt", Static).render())
        shown = {app.get_key_display(b) for _, b, _, _ in app.screen.active_bindings.values()}
        assert "1–5" in shown
        notice = str(app.screen.query_one("TooSmall", Static).render())
        assert f"{MIN_WIDTH} × {MIN_HEIGHT}" in notice
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-keys", Static).render())
    assert re.search(r"^  1–5 +Svar på udsagnet", help_text, flags=re.MULTILINE)
    assert "1–7" not in help_text


async def test_the_help_lists_every_key_the_screens_declare() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-keys", Static).render())
        heading = str(app.screen.query_one("#help-heading", Static).render())
        texts = app.texts
        for screen in SCREENS:
            for binding in declared_bindings(screen):
                if binding.id:
                    shown = key_label(describe(binding, texts), app)
                    assert shown in help_text, binding
                    assert texts.t(f"help.key.{binding.id}") in " ".join(help_text.split())
    lines = help_text.splitlines()
    assert heading == "Taster"
    assert any(line.split()[:3] == ["←", "/", "→"] for line in lines)
    assert "Ctrl+C" in help_text and "? / F1" in help_text
    # The reading keys, each way on its own line, Space named in Danish.
    assert re.search(r"^  Mellemrum / PgDn +Bladr en side ned$", help_text, flags=re.MULTILINE)
    assert re.search(r"^  b / PgUp +Bladr en side op$", help_text, flags=re.MULTILINE)
    assert re.search(r"^  ↓ / j +Rul en linje ned$", help_text, flags=re.MULTILINE)
    assert re.search(r"^  Home / End +Gå til toppen", help_text, flags=re.MULTILINE)
    assert re.search(
        r"^  p +Vis figuren og tallene alene i hele vinduet$", help_text, flags=re.MULTILINE
    )


async def test_a_long_explanation_in_the_help_wraps_under_itself() -> None:
    texts = load_texts("en")
    long = "Quit. If you have answered, you are asked first, kindly, whether to leave now"
    texts = texts._replace(strings={**texts.strings, "help.key.quit": long})
    app = make_app(texts=texts, clock=StepClock())
    async with app.run_test(size=(78, 20)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        lines = str(app.screen.query_one("#help-keys", Static).render()).splitlines()
        column = lines[0].index(app.texts.t("help.key.start"))
    assert max(len(line) for line in lines) <= HELP_WIDTH
    starts = {len(line) - len(line.lstrip()) for line in lines}
    # Continuation lines start where the explanations do, never under the keys.
    assert starts == {2, column}


async def test_key_descriptions_follow_the_language() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:

        def offered() -> set[str]:
            active = app.screen.active_bindings.values()
            return {binding.description for _, binding, _, _ in active if binding.show}

        assert offered() == {"Begynd", "English", "Hjælp", "Afslut"}
        await pilot.press("l")
        await pilot.pause()
        assert offered() == {"Begin", "Dansk", "Help", "Quit"}
        await pilot.press("l")
        await pilot.pause()
        assert offered() == {"Begynd", "English", "Hjælp", "Afslut"}
        await pilot.press("enter")
        await pilot.pause()
        assert offered() == {"Svar", "Tilbage", "Frem", "Hjælp", "Afslut"}


def test_every_key_is_described_in_every_language() -> None:
    from tui.model.texts import LANGUAGES

    for language in LANGUAGES:
        texts = load_texts(language)
        for screen in SCREENS:
            for binding in vars(screen)["BINDINGS"]:
                assert binding.description == "", binding  # one copy of the words: [keys]
                if binding.show:
                    assert binding.id and f"keys.{binding.id}" in texts.strings, binding
