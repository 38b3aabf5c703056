"""A new test leaves nothing of the last person reachable from the app."""

from __future__ import annotations

import gc
import sys
import types
import weakref
from collections.abc import Iterator

from rich.text import Text

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import SCALES, Questionnaire
from tui.model.scoring import Result
from tui.model.session import Session
from tui.render.wording import score_lines
from tui.screens.confirm import ConfirmScreen
from tui.screens.details import DetailsScreen
from tui.screens.export import ExportScreen
from tui.screens.question import QuestionScreen
from tui.screens.result import ResultScreen
from tui.screens.welcome import WelcomeScreen

SIZE = (80, 24)
HOLDERS = (Session, Result, QuestionScreen, ResultScreen, DetailsScreen, ExportScreen)


def reachable(root: object) -> Iterator[object]:
    """Every object reachable from `root`, not through modules or stack frames.

    Modules (and their globals, which every function refers to) lead to the whole
    interpreter, and frames to this test's own locals; neither is state the app keeps.
    """
    module_globals = {
        id(vars(module)) for module in list(sys.modules.values()) if module is not None
    }
    seen = {id(root)} | module_globals
    todo = [root]
    while todo:
        item = todo.pop()
        yield item
        for referent in gc.get_referents(item):
            if isinstance(referent, (types.ModuleType, types.FrameType)) or id(referent) in seen:
                continue
            seen.add(id(referent))
            todo.append(referent)


def cached_texts() -> Iterator[str]:
    """Every text held as a key or value by any `functools.lru_cache` in the process.

    Rich measures each drawn line once and keeps it (`rich.cells.cached_cell_len`):
    module-level caches are outside the app, so `reachable` never meets them.
    """
    for cache in gc.get_objects():
        if type(cache).__name__ != "_lru_cache_wrapper":
            continue
        for table in gc.get_referents(cache):
            if isinstance(table, dict) and table is not getattr(cache, "__dict__", None):
                for entry in table.items():
                    yield from texts_in(entry)


def texts_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Text):
        yield value.plain
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from texts_in(item)


def holds(
    obj: object, answers: tuple[tuple[str, int], ...], seconds: tuple[tuple[str, float], ...]
) -> bool:
    """True for anything that carries the last person's answers or times."""
    if isinstance(obj, HOLDERS):
        return True
    if isinstance(obj, dict) and len(obj) == len(answers):
        return tuple(obj.items()) in (answers, seconds)
    return False


async def test_after_a_new_test_nothing_of_the_last_person_is_reachable(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock(3.25))
    keys = [
        str(value) for value in answers_for(questionnaire, PROTOTYPES["desorganiseret"]).values()
    ]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        session = app.session
        assert session is not None
        old_answers = tuple(session.answers.items())
        old_seconds = tuple(session.seconds.items())
        # Lines only this person's result draws: the score lines and the plot's bar labels.
        drawn = score_lines(screen.result, app.texts)[:3] + [
            f"{screen.result.scores[scale]:.0f} ± {screen.result.uncertainty[scale]:.0f}"
            for scale in SCALES
        ]
        assert any(any(line in text for line in drawn) for text in cached_texts())
        watched = [weakref.ref(obj) for obj in (session, screen, screen.result)]

        await pilot.press("d")
        assert isinstance(app.screen, DetailsScreen)
        watched.append(weakref.ref(app.screen))
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        watched.append(weakref.ref(app.screen))
        await pilot.press("escape", "n")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.session is None
        del session, screen

        # Textual removes the old screens through its message queue: give it a moment.
        for _ in range(40):
            await pilot.pause(0.05)
            gc.collect()
            if all(ref() is None for ref in watched):
                break
        alive = [type(obj).__name__ for obj in (ref() for ref in watched) if obj is not None]
        assert alive == [], f"still alive after a new test: {alive}"
        leftovers = [obj for obj in reachable(app) if holds(obj, old_answers, old_seconds)]
        assert leftovers == []
        cached = [text for text in cached_texts() if any(line in text for line in drawn)]
        assert cached == [], "a cache still holds the last person's scores"

        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        assert app.session is not None and app.session.answers == {}
        assert "1 af 28" in str(app.screen.query_one("#position").render())


async def test_the_question_screen_goes_while_the_result_is_read(
    questionnaire: Questionnaire,
) -> None:
    """It outlives the last answer only until the person has read for a moment."""
    app = make_app(clock=StepClock())
    keys = [str(value) for value in answers_for(questionnaire, PROTOTYPES["tryg"]).values()]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        questions = weakref.ref(app.screen)
        assert isinstance(questions(), QuestionScreen)
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        # Reading: no key for a while. The work ahead takes a step every 20 ms after that.
        for _ in range(60):
            await pilot.pause(0.05)
            gc.collect()
            if questions() is None:
                break
        assert questions() is None
        assert not app.is_screen_installed("questions")
        assert isinstance(app.screen, ResultScreen)


async def test_a_new_test_at_once_after_the_result_takes_the_question_screen_too(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    keys = [str(value) for value in answers_for(questionnaire, PROTOTYPES["tryg"]).values()]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys)
        assert isinstance(app.screen, ResultScreen)
        assert app.is_screen_installed("questions")  # no time to read yet
        app.new_test()
        assert not app.is_screen_installed("questions")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert not any(isinstance(child, QuestionScreen) for child in app.children)
