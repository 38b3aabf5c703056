"""Benchmark the app against plain Textual references, each figure a ratio measured in one run.

Run from anywhere with the interpreter the app is installed in:

    python benchmarks/bench_app.py [--rounds N] [--walk-rounds M] [--json PATH] [--tracemalloc]

Every measurement runs in a fresh process of the same interpreter, the app under
test and its reference taking turns (ABBA for the start-up, a rotating order for
the questionnaire walks) so that a drift of the machine falls on both alike.
benchmarks/README.md explains each figure and its target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from importlib.metadata import version
from pathlib import Path
from time import perf_counter
from typing import Any

from figures import (
    WALKS,
    Start,
    Walks,
    figures,
    format_interactions,
    format_starts,
    format_table,
    format_walks,
    interactions,
)
from terminal_start import seconds_to_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WALK_PROBE = HERE / "walk_probe.py"

_EXIT_ON_FIRST_FRAME = """
stamps.append(perf_counter())
display = app._display

def display_then_exit(screen, update):
    display(screen, update)
    if update is not None and not app._exit:
        stamps.append(perf_counter())
        first.append(type(screen).__name__)
        app.exit()

app._display = display_then_exit
app.run(headless=True, size=(80, 24))
stamps.append(perf_counter())
print(first[0], *stamps)
"""
# Both in-process start-up drivers share this code: they note when the interpreter
# reaches the driver, when the imports and the app are done, when the first frame of
# the top screen has been composed (App._display), and exit right after that frame.
# They show where the time goes; figure a itself is measured on a terminal (below).

REFERENCE_TEXT = "A minimal Textual app"
MINIMAL_APP = (
    "class MinimalApp(App[None]):\n"
    "    def compose(self):\n"
    f"        yield Static({REFERENCE_TEXT!r})\n"
)
"""The reference of the start-up figures: a Textual app with one Static."""

START_SUBJECT = (
    "from time import perf_counter\n"
    "stamps, first = [perf_counter()], []\n"
    "from tui.app import make_app\n"
    "stamps.append(perf_counter())\n"
    "app = make_app()\n" + _EXIT_ON_FIRST_FRAME
)
START_REFERENCE = (
    "from time import perf_counter\n"
    "stamps, first = [perf_counter()], []\n"
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "stamps.append(perf_counter())\n" + MINIMAL_APP + "app = MinimalApp()\n" + _EXIT_ON_FIRST_FRAME
)
START_FIRST_SCREEN = {"subject": "WelcomeScreen", "reference": "Screen"}

TERMINAL_REFERENCE = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n" + MINIMAL_APP + "MinimalApp().run()\n"
)
"""Figure a's reference: run as `python -c`, on a terminal, like the app."""


BREAKDOWN_ROUNDS = 15
"""In-process start-ups of each kind, for the breakdown table: they show where the time goes."""


def child_environment(bytecode: Path, traced: bool = False) -> dict[str, str]:
    """The environment of every measured process, the same for app and reference.

    Animations are off, and every process reads and writes its compiled bytecode
    in `bytecode`, a folder of this run: after the warm-up runs, no process pays
    for compiling a module, whatever state the `__pycache__` folders are in (or
    whether PYTHONDONTWRITEBYTECODE keeps them from being written).
    """
    environment = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "PYTHONPYCACHEPREFIX": str(bytecode)}
    environment.pop("TEXTUAL", None)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    if traced:
        environment["BENCH_TRACEMALLOC"] = "1"
    return environment


def run_child(
    arguments: Sequence[str], bytecode: Path, traced: bool = False
) -> tuple[float, float, str]:
    """Run one measured process; its spawn time, wall seconds and output."""
    spawned = perf_counter()
    done = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=child_environment(bytecode, traced),
        capture_output=True,
        text=True,
        check=False,
    )
    wall = perf_counter() - spawned
    if done.returncode:
        raise RuntimeError(f"{' '.join(arguments)[:60]} failed:\n{done.stderr}")
    return spawned, wall, done.stdout


def installed_command() -> Path:
    """The `tilknytning-test` console script of this interpreter's environment."""
    command = Path(sys.executable).parent / "tilknytning-test"
    if not command.is_file():
        raise SystemExit(
            f"bench_app.py: {command} does not exist: install the app into this "
            f"interpreter's environment first (pip install -e .)"
        )
    return command


def measure_terminal_start(kind: str, bytecode: Path) -> float:
    """Seconds from spawn until the first frame's text is on an 80×24 terminal.

    The app is the installed `tilknytning-test`, as a person starts it, and its
    frame is the welcome screen's heading; the reference is a one-Static app.
    """
    if kind == "subject":
        from tui.model.texts import load_texts

        argv = [str(installed_command())]
        marker = load_texts("da").t("welcome.heading")
    else:
        argv, marker = [sys.executable, "-c", TERMINAL_REFERENCE], REFERENCE_TEXT
    environment = child_environment(bytecode)
    environment["TERM"] = "xterm-256color"
    return seconds_to_text(argv, marker, environment, ROOT)


def measure_start(kind: str, bytecode: Path) -> Start:
    """Spawn a process that builds the app, draws its first frame and exits."""
    code = START_SUBJECT if kind == "subject" else START_REFERENCE
    spawned, wall, output = run_child(["-c", code], bytecode)
    screen, *stamps = output.split()
    if screen != START_FIRST_SCREEN[kind]:
        raise RuntimeError(f"the first frame of the {kind} showed {screen}")
    interpreter, imports, built, first_frame, returned = (float(s) - spawned for s in stamps)
    return Start(wall, interpreter, imports, built, first_frame, returned)


def measure_walk(
    kind: str, copies: int, seed: int, bytecode: Path, traced: bool = False
) -> dict[str, Any]:
    """Spawn a process that answers the whole questionnaire; its report."""
    arguments = [str(WALK_PROBE), kind, str(copies), str(seed)]
    _, wall, output = run_child(arguments, bytecode, traced)
    report: dict[str, Any] = json.loads(output)
    report["wall_s"] = wall
    return report


def progress(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def start_rounds(
    rounds: int, bytecode: Path
) -> tuple[dict[str, list[float]], dict[str, list[Start]]]:
    """`rounds` start-ups of each kind on a terminal, in the order ABBA …; and in process.

    The in-process start-ups, which only show where the time goes, run in the first
    BREAKDOWN_ROUNDS rounds. One of each comes first to warm up.
    """
    for kind in ("subject", "reference"):
        measure_terminal_start(kind, bytecode)
        measure_start(kind, bytecode)
    terminal: dict[str, list[float]] = {"subject": [], "reference": []}
    starts: dict[str, list[Start]] = {"subject": [], "reference": []}
    progress(f"start-up, {rounds} rounds ")
    for number in range(rounds):
        order = ("subject", "reference") if number % 2 == 0 else ("reference", "subject")
        for kind in order:
            terminal[kind].append(measure_terminal_start(kind, bytecode))
        if number < BREAKDOWN_ROUNDS:
            for kind in order:
                starts[kind].append(measure_start(kind, bytecode))
        progress(".")
    progress("\n")
    return terminal, starts


def walk_rounds(rounds: int, bytecode: Path) -> Walks:
    """`rounds` walks of each kind, the order turning by one each round, after a warm-up."""
    measure_walk("subject", 1, 0, bytecode)
    measure_walk("reference", 1, 0, bytecode)
    done: Walks = []
    progress(f"questionnaire walks, {rounds} rounds ")
    for number in range(rounds):
        turn = number % len(WALKS)
        order = (*WALKS[turn:], *WALKS[:turn])
        reports = {walk: measure_walk(*walk, number, bytecode) for walk in order}
        done.append(reports)
        progress(".")
    progress("\n")
    return done


def traced_peaks(bytecode: Path) -> dict[str, float]:
    """One walk of each under tracemalloc: the peak of Python's own allocations, in MiB."""
    progress("tracemalloc walks ")
    peaks = {}
    for kind, copies in WALKS:
        report = measure_walk(kind, copies, 0, bytecode, traced=True)
        peaks[f"{kind} {copies}×"] = report["tracemalloc_peak_bytes"] / 2**20
        progress(".")
    progress("\n")
    return peaks


def commit() -> str:
    """The commit measured, marked `-dirty` with uncommitted changes; '?' outside git."""
    try:
        described = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return described.stdout.strip()


def machine() -> dict[str, Any]:
    return {
        "date": date.today().isoformat(),
        "commit": commit(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "textual": version("textual"),
        "executable": sys.executable,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=60, help="start-ups of app and reference each (default 60)"
    )
    parser.add_argument(
        "--walk-rounds",
        type=int,
        default=5,
        help="questionnaire walks of each kind (default 5)",
    )
    parser.add_argument("--json", type=Path, help="also save every measurement here")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="add one walk of each kind under tracemalloc"
    )
    options = parser.parse_args(argv)
    walk_count = options.walk_rounds

    about = machine()
    began = perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-bytecode-") as bytecode:
        terminal, starts = start_rounds(options.rounds, Path(bytecode))
        walks = walk_rounds(walk_count, Path(bytecode))
        peaks = traced_peaks(Path(bytecode)) if options.tracemalloc else {}
    table = figures(terminal, walks)
    keys = interactions(walks)
    elapsed = perf_counter() - began

    print(
        f"tilknytning-test {about['commit']}, {about['date']}: Python {about['python']}, "
        f"Textual {about['textual']}, {about['cpus']} CPUs, {about['platform']}"
    )
    print(f"{options.rounds} start-up rounds, {walk_count} walk rounds, {elapsed:.0f} s\n")
    print(format_table(table))
    print()
    print(format_interactions(keys))
    print()
    print("\n".join([*format_starts(starts), *format_walks(walks)]))
    if peaks:
        traced = ", ".join(f"{name} {mib:.1f} MiB" for name, mib in peaks.items())
        print(f"tracemalloc peak: {traced}")

    if options.json:
        saved = {
            "machine": about,
            "elapsed_s": elapsed,
            "figures": [{**asdict(f), "passed": f.passed} for f in table],
            "interactions": [{**asdict(k), "passed": k.passed} for k in keys],
            "terminal_starts_s": terminal,
            "starts": {kind: [asdict(run) for run in runs] for kind, runs in starts.items()},
            "walks": [
                {f"{kind} {copies}x": report for (kind, copies), report in done.items()}
                for done in walks
            ],
            "tracemalloc_peak_mib": peaks,
        }
        options.json.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
    passed = all(figure.passed for figure in table) and all(key.passed for key in keys)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
