"""The result's screen and the export dialog are composed while the person reads, off-stage.

The result's screen is composed while the last question is read, with the result the
middle of the scale would give, and shown with the person's own result in place; the
export dialog while the result is read. Each must look exactly as if composed on the
key, and neither may outlive what it was made for.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from tests.answering import PROTOTYPES, answers_for, keys_for
from tests.conftest import StepClock
from tests.reading_result import PATIENCE
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score
from tui.model.texts import Texts
from tui.render.document import Plot, Section, result_document
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen, shape
from tui.widgets.result_section import ResultSection

SIZE = (80, 24)


async def wait_for(pilot: Pilot[None], ready: Callable[[], bool]) -> None:
    """Pause as a reader would until `ready()` (PATIENCE s at most)."""
    deadline = time.monotonic() + PATIENCE
    while not ready() and time.monotonic() < deadline:
        await pilot.pause(0.1)
    assert ready()


async def at_last_question(
    app: TilknytningApp, pilot: Pilot[None], answers: dict[str, int]
) -> ResultScreen:
    """Answer all but the last question, then read it till the result is composed ahead."""
    await pilot.press("enter", *(str(value) for value in list(answers.values())[:-1]))
    await wait_for(pilot, lambda: app.result_ahead is not None)
    assert app.result_ahead is not None
    return app.result_ahead[1]


async def same_as_composed_on_the_key(app: TilknytningApp, pilot: Pilot[None]) -> None:
    """The screen shown looks exactly like a result screen composed afresh for its result."""
    shown = app.screen
    assert isinstance(shown, ResultScreen)
    await pilot.pause()
    seen = app.export_screenshot()
    fresh = app.localized(ResultScreen)(shown.result, shown.taken)
    await app.push_screen(fresh)
    await pilot.pause()
    assert app.screen is fresh
    assert app.export_screenshot() == seen


@pytest.mark.parametrize("pattern", sorted(PROTOTYPES))
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_result_composed_ahead_shows_the_persons_own_result(
    questionnaire: Questionnaire, pattern: str, theme: str
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES[pattern])
    last = questionnaire.questions[-1].id
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        ahead = await at_last_question(app, pilot, answers)
        middle = (questionnaire.points + 1) // 2
        assert ahead.result.answers == {**answers, last: middle}
        await pilot.press(str(answers[last]))
        await pilot.pause()
        assert app.screen is ahead
        assert app.result_ahead is None
        assert app.session is not None
        own = app.session.result()
        assert ahead.result == own
        assert ahead.taken == app.session.taken
        document = result_document(own, questionnaire, app.texts)
        shown = [widget.section for widget in ahead.query(ResultSection)]
        assert [comparable(section) for section in shown] == [
            comparable(section) for section in document
        ]
        await same_as_composed_on_the_key(app, pilot)


def comparable(section: Section) -> object:
    """A section as it compares with one made anew: a plot by the result it draws."""
    body = section.body
    return (section.id, section.heading, body.plot.result if isinstance(body, Plot) else body)


def shape_changing(questionnaire: Questionnaire, texts: Texts) -> tuple[dict[str, int], int]:
    """Answers, and a last answer, whose result has other sections than the middle's.

    Searched with a fixed seed among people near the secure middle, so the same
    questionnaire always gives the same answers.
    """
    rng = random.Random(5)
    last = questionnaire.questions[-1].id
    middle = (questionnaire.points + 1) // 2

    def shapes(answers: dict[str, int], value: int) -> list[tuple[str, str]]:
        result = score(questionnaire, {**answers, last: value})
        return [shape(section) for section in result_document(result, questionnaire, texts)]

    for _ in range(10_000):
        answers = {question.id: rng.randint(2, 5) for question in questionnaire.questions}
        for value in (1, questionnaire.points):
            if shapes(answers, value) != shapes(answers, middle):
                return answers, value
    raise LookupError("no last answer changes the result's sections")


async def test_a_result_of_another_shape_is_composed_on_the_key(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    answers, value = shape_changing(questionnaire, texts)
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        ahead = await at_last_question(app, pilot, answers)
        composed_for = ahead.result
        await pilot.press(str(value))
        await pilot.pause()
        shown = app.screen
        assert isinstance(shown, ResultScreen)
        assert shown is not ahead
        assert ahead.result is composed_for  # left as it was, and taken apart
        await wait_for(pilot, lambda: not ahead.is_attached)
        await same_as_composed_on_the_key(app, pilot)


async def test_the_result_composed_ahead_in_the_other_theme_is_not_shown(
    questionnaire: Questionnaire,
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        ahead = await at_last_question(app, pilot, answers)
        await pilot.press("t", str(list(answers.values())[-1]))
        await pilot.pause()
        assert app.screen is not ahead
        await wait_for(pilot, lambda: not ahead.is_attached)
        await same_as_composed_on_the_key(app, pilot)


def export_ahead(app: TilknytningApp) -> ExportScreen | None:
    """The export dialog composed ahead by the result shown, if any."""
    screen = app.screen
    if isinstance(screen, ResultScreen) and screen.export_ahead is not None:
        return screen.export_ahead[1]
    return None


async def dialog_ahead(
    app: TilknytningApp, pilot: Pilot[None], questionnaire: Questionnaire, pattern: str
) -> ExportScreen:
    """Answer as the `pattern` prototype, then read the result till the dialog is composed."""
    await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES[pattern]))
    await wait_for(pilot, lambda: export_ahead(app) is not None)
    dialog = export_ahead(app)
    assert dialog is not None
    return dialog


async def test_the_export_dialog_composed_ahead_is_the_one_e_shows(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        dialog = await dialog_ahead(app, pilot, questionnaire, "ambivalent")
        assert not dialog.is_current
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is dialog
        seen = app.export_screenshot()
        await pilot.press("escape")
        await pilot.pause()
        await wait_for(pilot, lambda: not dialog.is_attached)
        # Composed on the key (the next one is composed only after a pause): the same.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and app.screen is not dialog
        assert app.export_screenshot() == seen


async def test_a_dialog_composed_ahead_in_the_other_theme_is_taken_apart(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        dialog = await dialog_ahead(app, pilot, questionnaire, "undvigende")
        await pilot.press("t", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and app.screen is not dialog
        seen = app.export_screenshot()
        await wait_for(pilot, lambda: not dialog.is_attached)
        # Composed on the key in the light theme: the same as the first, not the dark one.
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert app.export_screenshot() == seen


def composed_screens() -> list[str]:
    """The result screens and export dialogs alive in the process, shown or not."""
    gc.collect()
    return sorted(
        type(thing).__name__
        for thing in gc.get_objects()
        if isinstance(thing, (ResultScreen, ExportScreen))
    )


async def test_nothing_composed_ahead_outlives_a_new_test(questionnaire: Questionnaire) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["desorganiseret"])
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        ahead = await at_last_question(app, pilot, answers)
        await pilot.press(str(list(answers.values())[-1]))
        assert app.screen is ahead
        del ahead  # held by the app alone, as the person reads
        await wait_for(pilot, lambda: export_ahead(app) is not None)
        assert export_ahead(app).is_attached
        assert composed_screens() == ["ExportScreen", "ResultScreen"]
        await pilot.press("n", "j")
        await wait_for(pilot, lambda: composed_screens() == [])


@pytest.mark.parametrize("then", ["forget", "leave"])
async def test_a_screen_taken_apart_while_it_composes_ends_cleanly(
    questionnaire: Questionnaire, then: str
) -> None:
    """Forgotten, or the app left, before the dialog composed ahead has mounted: no error."""
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *(str(value) for value in answers.values()))
        result = app.screen
        assert isinstance(result, ResultScreen)
        result.compose_export_ahead()
        assert result.export_ahead is not None
        dialog = result.export_ahead[1]
        assert not dialog.is_mounted
        if then == "forget":
            result.forget_export_ahead()
            await wait_for(pilot, lambda: not dialog.is_attached)
    # Leaving, the app raises here any error its screens met.
    assert app.return_code in (0, None)


@pytest.mark.parametrize("size", [(80, 24), (80, 200)])
async def test_after_a_theme_switch_the_result_looks_as_if_composed_in_that_theme(
    questionnaire: Questionnaire, size: tuple[int, int]
) -> None:
    """Only headings are drawn again for the theme: the bodies drawn before serve it too."""
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    app = make_app(clock=StepClock())
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter", *(str(value) for value in answers.values()))
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == "textual-light"
        await same_as_composed_on_the_key(app, pilot)
