"""What the frames after a key hold: a key's change arrives whole in its first frame.

Speed is measured by `benchmarks/bench_app.py`, never asserted here; these tests
check the behaviour the speed work relies on, frame by frame. A frame is what
Textual hands to `App._display` after rendering the changed lines of the top screen.
"""

from __future__ import annotations

from typing import Any

from textual._compositor import ChopsUpdate, LayoutUpdate
from textual.app import App

from tests.conftest import StepClock
from tests.reading_result import read_result
from tests.test_laid_out_once import press
from tui.app import make_app


class Frames:
    """Every frame drawn: its text, joined into one line of words (box edges left out), and
    whether it drew the whole screen (a `LayoutUpdate`) or changed lines."""

    def __init__(self, app: App[Any]) -> None:
        self.texts: list[str] = []
        self.whole: list[bool] = []
        display = app._display

        def note(screen: Any, update: Any) -> None:
            display(screen, update)
            if update is not None:
                self.texts.append(" ".join(frame_text(update).replace("│", " ").split()))
                self.whole.append(isinstance(update, LayoutUpdate))

        app._display = note  # type: ignore[method-assign,assignment]


def frame_text(update: Any) -> str:
    """The characters a frame writes, line after line."""
    if isinstance(update, LayoutUpdate):
        return " ".join("".join(strip.text for strip in line) for line in update.strips)
    assert isinstance(update, ChopsUpdate), type(update)
    return " ".join(
        "".join(strip.text for _, strip in sorted(chops.items()) if strip is not None)
        for chops in update.chops
    )


async def test_an_answers_first_frame_shows_the_next_statement_and_position(
    questionnaire: Any,
) -> None:
    # The statement and position once came a timer tick after the scale, in a frame of their own.
    app = make_app(clock=StepClock())
    statements = [question.text["da"] for question in questionnaire.questions]
    total = len(statements)
    async with app.run_test(size=(80, 24)) as pilot:
        frames = Frames(app)
        await pilot.press("enter")
        for number in range(1, 12):
            await pilot.pause()
            frames.texts.clear()
            await pilot.press(str(number % 7 + 1))
            await pilot.pause()
            first = frames.texts[0]
            assert statements[number] in first, (number, first)
            assert f"{number + 1} af {total}" in first, (number, first)


async def test_the_theme_switch_draws_the_result_whole_once(questionnaire: Any) -> None:
    """The welcome screen beneath the result is restyled too, unseen: the result is not
    drawn whole again for it, as Textual did."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        frames = Frames(app)
        await press(pilot, "t")
        assert app.theme == "textual-light"
        assert frames.whole.count(True) == 1, frames.whole


async def test_a_screen_restyled_while_hidden_is_shown_in_the_new_theme(
    questionnaire: Any,
) -> None:
    """The theme switched on the details, over the result: back on the result, it looks
    as if the theme had been switched there. A dialog lets the result show through."""
    shots = []
    for keys in (["d", "t", "escape"], ["t"]):
        app = make_app(clock=StepClock())
        async with app.run_test(size=(80, 24)) as pilot:
            result = await read_result(app, pilot, questionnaire)
            for key in keys:
                await press(pilot, key)
                if key == "d":
                    assert not result.is_current  # under the opaque details
            assert app.screen is result
            shots.append(app.export_screenshot())
            await press(pilot, "e")
            assert result.is_current  # under the export dialog, which lets it show through
    assert shots[0] == shots[1]


async def test_every_answer_draws_one_frame(questionnaire: Any) -> None:
    """No key changes a size on the question screen, so none is laid out and drawn twice."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        frames = Frames(app)
        counts = []
        for number in range(len(questionnaire.questions) - 1):
            frames.whole.clear()
            await press(pilot, str(number % 7 + 1))
            counts.append(len(frames.whole))
        assert counts == [1] * len(counts)
