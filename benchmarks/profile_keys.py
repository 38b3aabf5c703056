"""Profile each key of the app with cProfile: where the calls go, counted rather than timed.

Run with the interpreter the app is installed in:

    python benchmarks/profile_keys.py [--top N] [--sort calls|tottime|cumtime] [--only NAME]

One walk through the shipped questionnaire, headless at 80×24, as in `walk_probe.py`;
each key named in `KEYS` is profiled on its own, from the key until its last frame.
Call counts do not depend on how busy the machine is, so they show what a change
saved even where wall times are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import sys
from typing import Any

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from textual.pilot import Pilot
from walk_probe import (
    INTERACTIONS,
    READ,
    FrameLog,
    answer_keys,
    settle,
    subject_app,
)

QUESTION_STEP = 5
"""The answer key profiled as 'answer': the one showing question QUESTION_STEP + 1."""


async def profiled(
    pilot: Pilot[Any], log: FrameLog, key: str, profiles: dict[str, cProfile.Profile], name: str
) -> None:
    """Press `key` on a quiet app and profile it until its last frame is drawn."""
    await pilot.pause()
    profile = cProfile.Profile()
    profile.enable()
    await pilot.press(key)
    await settle(pilot, log)
    profile.disable()
    profiles[name] = profile


async def walk(only: str | None) -> dict[str, cProfile.Profile]:
    app, statements, _ = subject_app(1)
    keys = answer_keys(len(statements))
    profiles: dict[str, cProfile.Profile] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        log = FrameLog(app)
        await asyncio.sleep(READ)
        await profiled(pilot, log, "enter", profiles, "start")
        await asyncio.sleep(READ)
        for number, key in enumerate(keys[:-1], start=1):
            if number == QUESTION_STEP:
                await profiled(pilot, log, key, profiles, "answer")
            else:
                await pilot.press(key)
        await profiled(pilot, log, keys[-1], profiles, "result")
        await asyncio.sleep(READ)
        for name, key, _ in INTERACTIONS:
            await profiled(pilot, log, key, profiles, name)
    return {name: p for name, p in profiles.items() if only in (None, name)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25, help="functions shown per key")
    parser.add_argument("--sort", default="calls", choices=("calls", "tottime", "cumtime"))
    parser.add_argument("--only", help="profile one key: start, answer, result, details, …")
    options = parser.parse_args()
    for name, profile in asyncio.run(walk(options.only)).items():
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(options.sort).print_stats(options.top)
        calls = sum(entry[1] for entry in stats.stats.values())  # type: ignore[attr-defined]
        sys.stdout.write(f"=== {name}: {calls} calls\n{out.getvalue()}\n")


if __name__ == "__main__":
    main()
