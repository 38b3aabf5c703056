"""One walk through a questionnaire in a fresh process: key latencies, live screens, peak memory.

Run by `bench_app.py`, one process per measurement, as

    python benchmarks/walk_probe.py subject|reference COPIES ROUND

It answers every question with Pilot at 80×24, writes one JSON object on stdout
and exits. COPIES repeats the shipped questions (1 = the 28 shipped, 10 = 280).
As many steps to the next question are timed as the shipped questionnaire has:
all of them at 1×; at 10× a sample drawn at random with ROUND as the seed, the
rest answered untimed. A fixed stride would alias with Python's garbage
collector, whose full collections (~20 ms) come at fixed points of a walk.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import resource
import sys
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from time import perf_counter
from typing import Any

if os.environ.get("BENCH_TRACEMALLOC") == "1":
    tracemalloc.start()

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

QUESTIONS = Path(__file__).resolve().parents[1] / "questions.toml"
SIZE = (80, 24)
SETTLE_TIMEOUT = 2.0
"""Seconds to wait for a frame that is still owed after the key was handled."""
FRAME_PERIOD = 1 / 60
"""Textual draws a screen's changes on a timer of 60 ticks a second (TEXTUAL_FPS)."""
JITTER_SEED = 2026
"""Every walk waits the same pseudo-random pauses before its timed keys."""
SHIPPED_QUESTIONS = 28
READ = 2.0
"""Seconds the walk rests on the welcome screen, on the first and last questions, on the result.

A person reads each far longer; the app loads the next screens' code and CSS in such
pauses (tui/warm_up.py), composes the result's screen while the last question is
read, and draws the result's details. The questions between are answered without a
rest, so that their keys find no work ahead to hide in."""
INTERACTIONS = (
    ("details", "d", "DetailsScreen"),
    ("details_back", "escape", "ResultScreen"),
    ("export", "e", "ExportScreen"),
    ("export_back", "escape", "ResultScreen"),
    ("theme", "t", "ResultScreen"),
)
"""Keys timed on the result screen after the last answer: (name, key, the screen it leads to)."""


class StepClock:
    """A clock that moves `step` seconds each time it is read, so no answer looks hurried."""

    def __init__(self, step: float = 5.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class FrameLog:
    """Notes the moment each frame of the top screen is composed.

    Textual draws a frame in `App._display(screen, update)`, right after the
    compositor has rendered every changed line of the top screen. Headless, that
    method writes nothing to a terminal, but every line has been rendered by then:
    this is the point at which the frame exists.
    """

    def __init__(self, app: App[Any]) -> None:
        self.times: list[float] = []
        self.composed = asyncio.Event()
        """Set each time the compositor has been asked for a frame, drawn or not."""
        display = app._display

        def display_and_note(screen: Screen[Any], update: Any) -> None:
            display(screen, update)
            if update is not None:
                self.times.append(perf_counter())
            # A layout asked for that changed nothing on screen composes no frame
            # (update None): the change it was owed for is done all the same.
            self.composed.set()

        app._display = display_and_note  # type: ignore[method-assign,assignment]

    def since(self, start: float) -> list[float]:
        """The frames drawn after `start`."""
        return [time for time in self.times if time > start]


def owes_a_frame(screen: Screen[Any]) -> bool:
    """True while the screen or any widget on it has a change not yet drawn."""
    if (
        screen._layout_required
        or screen._repaint_required
        or screen._scroll_required
        or screen._recompose_required
        or screen._dirty_widgets
    ):
        return True
    return any(
        widget._layout_required or widget._repaint_required or widget._recompose_required
        for widget in screen.walk_children(Widget)
    )


async def settle(pilot: Pilot[Any], log: FrameLog) -> bool:
    """Wait until every message is handled and every change is drawn.

    Returns:
        Whether a frame was still owed once the messages were handled.
    """
    await pilot._wait_for_screen()
    owed = False
    while owes_a_frame(pilot.app.screen):
        owed = True
        log.composed.clear()
        await asyncio.wait_for(log.composed.wait(), SETTLE_TIMEOUT)
        await pilot._wait_for_screen()
    return owed


async def press_and_time(
    pilot: Pilot[Any], log: FrameLog, key: str, jitter: random.Random | None
) -> tuple[float, int, bool]:
    """Press `key` on a quiet app and time it until the last frame it caused is drawn.

    A person's key falls anywhere between two ticks of the screen's update timer,
    so the key first waits a pseudo-random part of a tick drawn from `jitter`:
    otherwise Pilot's own rhythm would fix the phase, and with it the wait for the
    next tick, differently for an app that keeps its screen (and timer) than for
    one that makes a new screen a question.

    `Pilot.press` sends the key, waits until the process has been idle (no CPU use
    to speak of) for a Textual sleep granule twice, and until every widget has
    handled its messages. A frame costs CPU, so none is being drawn by then; if a
    change is still waiting to be drawn, `settle` waits for its frame as well.

    Returns:
        Seconds from the key to its last frame, the number of frames, and whether
        a frame was still owed when Pilot's own wait had ended.
    """
    await pilot.pause()
    if jitter is not None:
        await asyncio.sleep(jitter.uniform(0, FRAME_PERIOD))
    start = perf_counter()
    await pilot.press(key)
    late = await settle(pilot, log)
    frames = log.since(start)
    if not frames:
        raise RuntimeError(f"no frame was drawn after the key {key!r}")
    return frames[-1] - start, len(frames), late


async def press_quickly(pilot: Pilot[Any], log: FrameLog, key: str) -> None:
    """Press `key` untimed: on as soon as it is handled and drawn, as a quick reader would."""
    app = pilot.app
    event = events.Key(key, key)
    event.set_sender(app)
    app.post_message(event)
    await settle(pilot, log)


async def time_result_keys(pilot: Pilot[Any], log: FrameLog) -> dict[str, float]:
    """Time each key of `INTERACTIONS` on the result screen, checking where each one leads."""
    jitter = random.Random(JITTER_SEED + 2)
    timed = {}
    for name, key, screen in INTERACTIONS:
        theme = pilot.app.theme
        timed[name], _, _ = await press_and_time(pilot, log, key, jitter)
        if type(pilot.app.screen).__name__ != screen:
            raise RuntimeError(f"{key!r} led to {type(pilot.app.screen).__name__}, not {screen}")
        if name == "theme" and pilot.app.theme == theme:
            raise RuntimeError("the theme did not change")
    return timed


def answer_keys(count: int) -> list[str]:
    """A varied answer for each question, the same for every app: 1, 4, 7, 3, 6, 2, 5, …"""
    return [str(number * 3 % 7 + 1) for number in range(count)]


def statement_shown(app: App[Any]) -> str:
    return str(app.screen.query_one("#statement", Static).render())


def subject_app(copies: int) -> tuple[App[Any], tuple[str, ...], bool]:
    """The app under test, through its one factory, with `copies` × the shipped questions.

    Its module is imported as the command imports it (`tui.launch.import_app`): what
    the start made is then frozen, and the collector passes it by on the keys.
    """
    from tui.launch import import_app

    import_app()
    from tui.app import make_app
    from tui.model.questionnaire import load_questionnaire
    from tui.model.resources import questions_path

    shipped = load_questionnaire(questions_path())
    questions = tuple(
        question._replace(id=question.id if copy == 0 else f"{question.id}-{copy + 1}")
        for copy in range(copies)
        for question in shipped.questions
    )
    questionnaire = replace(shipped, questions=questions)
    statements = tuple(question.text["da"] for question in questions)
    return make_app(questionnaire=questionnaire, clock=StepClock()), statements, True


def reference_app(copies: int) -> tuple[App[Any], tuple[str, ...], bool]:
    """The reference questionnaire with `copies` × the shipped questions."""
    from reference_apps import ReferenceQuestionnaireApp, load_reference_items

    items = load_reference_items(QUESTIONS, copies)
    return ReferenceQuestionnaireApp(items), items.statements, False


def timed_steps(questions: int, seed: int) -> set[int]:
    """The steps to time: every one of a shipped-length walk, else as many at random.

    Step n is the key that answers question n and shows question n + 1.
    """
    steps = range(1, questions)
    if questions <= SHIPPED_QUESTIONS:
        return set(steps)
    return set(random.Random(seed).sample(steps, SHIPPED_QUESTIONS - 1))


async def walk(
    build: Callable[[int], tuple[App[Any], tuple[str, ...], bool]], copies: int, seed: int
) -> dict[str, Any]:
    """Answer every question, timing a sample of the steps, and report what it cost."""
    app, statements, has_welcome = build(copies)
    keys = answer_keys(len(statements))
    timed = timed_steps(len(statements), seed)
    latencies: list[float] = []
    frames: list[int] = []
    late = 0
    jitter = random.Random(JITTER_SEED)
    interactions: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        log = FrameLog(app)
        if has_welcome:
            await asyncio.sleep(READ)
            interactions["start"], _, _ = await press_and_time(
                pilot, log, "enter", random.Random(JITTER_SEED + 1)
            )
        if statement_shown(app) != statements[0]:
            raise RuntimeError("the first question is not on screen")
        await asyncio.sleep(READ)
        for number, key in enumerate(keys[:-1], start=1):
            if number not in timed:
                await press_quickly(pilot, log, key)
            else:
                seconds, count, was_late = await press_and_time(pilot, log, key, jitter)
                latencies.append(seconds)
                frames.append(count)
                late += was_late
            if statement_shown(app) != statements[number]:
                raise RuntimeError(f"question {number + 1} is not on screen after its key")
        await asyncio.sleep(READ)
        finish, _, _ = await press_and_time(pilot, log, keys[-1], jitter)
        final_screen = type(app.screen).__name__
        gc.collect()
        alive = gc.get_objects()
        screens_alive = sum(isinstance(thing, Screen) for thing in alive)
        widgets_alive = sum(isinstance(thing, Widget) for thing in alive)
        del alive
        # Memory as the last answer left it; the keys on the result come after.
        maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if has_welcome and copies == 1:
            await asyncio.sleep(READ)
            interactions.update(await time_result_keys(pilot, log))
    peak_traced = tracemalloc.get_traced_memory()[1] if tracemalloc.is_tracing() else None
    return {
        "questions": len(statements),
        "latencies_s": latencies,
        "frames_per_key": frames,
        "late_keys": late,
        "finish_s": finish,
        "interactions_s": interactions,
        "final_screen": final_screen,
        "screens_alive": screens_alive,
        "widgets_alive": widgets_alive,
        "maxrss_kib": maxrss_kib,
        "maxrss_after_keys_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "tracemalloc_peak_bytes": peak_traced,
    }


def main() -> None:
    kind, copies, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    build = {"subject": subject_app, "reference": reference_app}[kind]
    report = asyncio.run(walk(build, copies, seed))
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
