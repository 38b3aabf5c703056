"""The whole flow driven with Textual's Pilot: keys, mouse, back and forward."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, Static

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.model.texts import load_texts
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.screens.question import QuestionScreen
from tui.screens.result import ResultScreen
from tui.screens.welcome import WelcomeScreen
from tui.widgets.answer_scale import AnswerScale
from tui.widgets.more_below import MoreBelow
from tui.widgets.result_section import ResultSection

SIZE = (80, 24)


def new_app(step: float = 5.0) -> TilknytningApp:
    return make_app(clock=StepClock(step))


def text_of(app: TilknytningApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def shown_text(app: TilknytningApp, selector: str) -> str:
    """The text a section of the result draws, without styles."""
    console = Console(width=78, record=True, color_system=None, file=io.StringIO())
    console.print(app.screen.query_one(selector, ResultSection).renderable())
    return console.export_text()


async def test_keys_and_mouse_back_and_forward_to_the_result(questionnaire: Questionnaire) -> None:
    app = new_app()
    wanted = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    values = list(wanted.values())
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert text_of(app, "#position") == "1 af 28"

        await pilot.press(str(values[0]))
        assert screen.index == 1
        assert await pilot.click(AnswerScale, offset=(10, 2))  # the row of 3
        await pilot.pause()
        assert screen.index == 2
        assert app.session is not None
        assert app.session.answers[questionnaire.questions[1].id] == 3

        await pilot.press("left")
        assert screen.index == 1
        assert screen.query_one(AnswerScale).selected == 3
        assert text_of(app, "#position") == "2 af 28"
        await pilot.press(str(values[1]))
        assert app.session.answers[questionnaire.questions[1].id] == values[1]

        assert screen.index == 2
        await pilot.press("right", "right", "left")
        assert screen.index == 3
        await pilot.press("left")
        assert screen.index == 2
        for value in values[2:]:
            await pilot.press(str(value))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert app.screen.result.pattern == "ambivalent"
        assert dict(app.screen.result.answers) == wanted
        assert app.screen.result.flags == ()
        assert "ambivalent" in shown_text(app, "#headline").splitlines()[1].lower()
        assert "jg@glads.dk" in shown_text(app, "#contact")


async def test_the_start_button_starts_with_a_click_and_never_takes_focus() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        assert app.focused is None
        assert await pilot.click("#intro")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_a_welcome_longer_than_the_window_scrolls_with_keys() -> None:
    # The shipped welcome fits the smallest window (78×20, its spacing closed up there);
    # a practice's longer introduction must still be readable to its end.
    texts = load_texts()
    longer = texts._replace(intro=texts.intro + "\n\n" + texts.intro)
    app = make_app(texts=longer, clock=StepClock())
    async with app.run_test(size=(78, 20)) as pilot:
        await pilot.pause()
        assert app.screen.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert app.screen.scroll_y == app.screen.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert app.screen.scroll_y == 0


async def test_finishing_early_goes_to_the_first_unanswered(questionnaire: Questionnaire) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "4", "4", "right", "right")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        last = len(questionnaire.questions) - 1
        while screen.index < last:
            await pilot.press("right")
        assert str(screen.query_one("#notice", Static).render()) == ""
        await pilot.press("right")
        assert screen.index == 2
        assert "Udsagn 3 mangler et svar" in text_of(app, "#notice")
        await pilot.press("5")
        assert screen.index == 3
        assert "Udsagn 4 mangler et svar" in text_of(app, "#notice")
        await pilot.press(*["5", "3"] * 12)
        assert screen.index == last
        assert app.session is not None
        assert app.session.first_unanswered() == last
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_answer_times_are_recorded_and_fast_answers_flagged(
    questionnaire: Questionnaire,
) -> None:
    app = new_app(step=0.5)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(
            "enter", *[str(v) for v in answers_for(questionnaire, PROTOTYPES["tryg"]).values()]
        )
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert [flag.code for flag in app.screen.result.flags] == ["speed"]
        assert app.session is not None
        assert set(app.session.seconds) == set(questionnaire.by_id)
        assert all(seconds == 0.5 for seconds in app.session.seconds.values())


async def test_quit_asks_only_when_answers_would_be_lost() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "3", "q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("q")
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running

    fresh = new_app()
    async with fresh.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not fresh.is_running


async def test_ctrl_c_leaves_at_once() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "3", "ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_help_opens_from_anywhere_and_closes() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "enter", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Ctrl+C" in text_of(app, "#help-keys")
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)


async def test_too_small_then_larger_carries_on() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.resize_terminal(60, 16)
        await pilot.pause()
        assert app.screen.has_class("-too-narrow")
        notice = app.screen.query_one("TooSmall")
        assert notice.display and notice.region.width > 0
        assert app.screen.query_one("#statement").region.width == 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.has_class("-too-narrow")
        assert app.screen.query_one("#statement").region.width > 0
        await pilot.press("4")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.index == 1


async def test_the_result_scrolls_with_keys(questionnaire: Questionnaire) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(
            "enter",
            *[str(v) for v in answers_for(questionnaire, PROTOTYPES["undvigende"]).values()],
        )
        await pilot.pause()
        scroller = app.screen.query_one("#result")
        assert scroller.scroll_y == 0
        await pilot.press("pagedown", "down")
        await pilot.pause()
        assert scroller.scroll_y > 10
        await pilot.press("end")
        await pilot.pause()
        assert scroller.scroll_y == scroller.max_scroll_y > 0


async def test_the_first_screenful_says_where_the_help_lines_are(
    questionnaire: Questionnaire,
) -> None:
    """Without scrolling, the result says where the phone numbers are; End shows them."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(
            "enter",
            *[str(v) for v in answers_for(questionnaire, PROTOTYPES["desorganiseret"]).values()],
        )
        await pilot.pause()
        pointer = app.screen.query_one(MoreBelow)  # the line under the page
        assert "End" in str(pointer.render())
        assert pointer.shown and pointer.region.y >= 0
        assert pointer.region.bottom <= SIZE[1] - 1  # above the footer
        await pilot.press("end")
        await pilot.pause()
        help_lines = app.screen.query_one("#help-lines")
        scroller = app.screen.query_one("#result")
        assert help_lines.region.y >= 0
        assert help_lines.region.bottom <= scroller.region.bottom


async def test_after_a_save_the_dialogs_say_where_the_result_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before a save both dialogs warn that nothing is saved; after it they name the file."""
    folder = tmp_path / "klienter-i-foraaret-2026" / "samtaler-med-tilknytningstest"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *["4"] * 28, "q")
        assert text_of(app, "#confirm-detail") == app.texts.t("quit.detail")
        await pilot.press("n", "n")
        assert text_of(app, "#confirm-detail") == app.texts.t("new_test.detail")
        await pilot.press("n", "e")
        app.screen.query_one("#file-name", Input).value = "resultat-for-samtalen.md"
        await pilot.press("enter")
        await pilot.pause()
        saved = folder / "resultat-for-samtalen.md"
        assert saved.exists()

        # The toast is 37 cells wide inside at 80 columns: the path breaks at its separators.
        message = next(iter(app._notifications)).message
        lines = message.split("\n")
        assert len(str(saved)) > 37 and len(lines) >= 3, lines
        assert all(len(line) <= 37 for line in lines[1:]), lines
        assert "".join(lines).removeprefix("Gemt i ") == str(saved)
        assert all(line.endswith("/") for line in lines[:-1]), lines

        for key, dialog in (("q", "quit"), ("n", "new_test")):
            await pilot.press(key)
            assert isinstance(app.screen, ConfirmScreen)
            detail = text_of(app, "#confirm-detail")
            assert detail != app.texts.t(f"{dialog}.detail")
            assert "Resultatet er gemt i" in detail
            assert "".join(detail.split("\n\n")[0].split("\n")).endswith(str(saved))
            assert "Det, der står på skærmen" in detail
            await pilot.press("n")

        await pilot.press("n", "j")
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter", "4", "q")
        assert text_of(app, "#confirm-detail") == app.texts.t("quit.detail")
