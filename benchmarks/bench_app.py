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
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from time import perf_counter
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WALK_PROBE = HERE / "walk_probe.py"
LONG_COPIES = 10
"""The long questionnaire repeats the shipped questions this many times."""

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
# Both start-up drivers share this code: they note when the interpreter reaches
# the driver, when the imports and the app are done, when the first frame of the
# top screen has been composed (App._display), and exit right after that frame.

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
    "stamps.append(perf_counter())\n"
    "class MinimalApp(App[None]):\n"
    "    def compose(self):\n"
    "        yield Static('Hej')\n"
    "app = MinimalApp()\n" + _EXIT_ON_FIRST_FRAME
)
START_FIRST_SCREEN = {"subject": "WelcomeScreen", "reference": "Screen"}


@dataclass(frozen=True)
class Start:
    """One start-up, in seconds from the spawn of the process."""

    wall: float
    interpreter: float
    imports: float
    built: float
    first_frame: float
    run_returned: float


@dataclass(frozen=True)
class Figure:
    """One line of the table: a ratio of the app to its reference."""

    key: str
    name: str
    unit: str
    subject: float
    reference: float
    ratios: list[float]
    target: float

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target


def child_environment(traced: bool = False) -> dict[str, str]:
    """The environment of every measured process: animations off in app and reference alike."""
    environment = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    environment.pop("TEXTUAL", None)
    if traced:
        environment["BENCH_TRACEMALLOC"] = "1"
    return environment


def run_child(arguments: Sequence[str], traced: bool = False) -> tuple[float, float, str]:
    """Run one measured process; its spawn time, wall seconds and output."""
    spawned = perf_counter()
    done = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=child_environment(traced),
        capture_output=True,
        text=True,
        check=False,
    )
    wall = perf_counter() - spawned
    if done.returncode:
        raise RuntimeError(f"{' '.join(arguments)[:60]} failed:\n{done.stderr}")
    return spawned, wall, done.stdout


def measure_start(kind: str) -> Start:
    """Spawn a process that builds the app, draws its first frame and exits."""
    code = START_SUBJECT if kind == "subject" else START_REFERENCE
    spawned, wall, output = run_child(["-c", code])
    screen, *stamps = output.split()
    if screen != START_FIRST_SCREEN[kind]:
        raise RuntimeError(f"the first frame of the {kind} showed {screen}")
    interpreter, imports, built, first_frame, returned = (float(s) - spawned for s in stamps)
    return Start(wall, interpreter, imports, built, first_frame, returned)


def measure_walk(kind: str, copies: int, traced: bool = False) -> dict[str, Any]:
    """Spawn a process that answers the whole questionnaire; its report."""
    _, wall, output = run_child([str(WALK_PROBE), kind, str(copies), str(copies)], traced)
    report: dict[str, Any] = json.loads(output)
    report["wall_s"] = wall
    return report


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile, interpolated between the two nearest samples."""
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def progress(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def start_rounds(rounds: int) -> dict[str, list[Start]]:
    """`rounds` start-ups of each, in the order ABBA ABBA …, after one of each to warm up."""
    measure_start("subject")
    measure_start("reference")
    starts: dict[str, list[Start]] = {"subject": [], "reference": []}
    progress(f"start-up, {rounds} rounds ")
    for number in range(rounds):
        order = ("subject", "reference") if number % 2 == 0 else ("reference", "subject")
        for kind in order:
            starts[kind].append(measure_start(kind))
        progress(".")
    progress("\n")
    return starts


WALKS = (("subject", 1), ("reference", 1), ("subject", LONG_COPIES))
"""The walks of a round, as (kind, copies of the shipped questions)."""
Walks = list[dict[tuple[str, int], dict[str, Any]]]
"""The reports of each round, by walk."""


def walk_rounds(rounds: int) -> Walks:
    """`rounds` walks of each kind, the order turning by one each round."""
    done: Walks = []
    progress(f"questionnaire walks, {rounds} rounds ")
    for number in range(rounds):
        turn = number % len(WALKS)
        reports = {walk: measure_walk(*walk) for walk in (*WALKS[turn:], *WALKS[:turn])}
        done.append(reports)
        progress(".")
    progress("\n")
    return done


def paired(
    rounds: Walks,
    subject: tuple[str, int],
    reference: tuple[str, int],
    value: Callable[[dict[str, Any]], float],
) -> tuple[float, float, list[float]]:
    """The median value of each side over the rounds, and the ratio of every round."""
    ratios = [value(walk[subject]) / value(walk[reference]) for walk in rounds]
    return (
        statistics.median(value(walk[subject]) for walk in rounds),
        statistics.median(value(walk[reference]) for walk in rounds),
        ratios,
    )


def key_p95_ms(walk: dict[str, Any]) -> float:
    return p95(walk["latencies_s"]) * 1000


def peak_mib(walk: dict[str, Any]) -> float:
    return float(walk["maxrss_kib"]) / 1024


def screens_alive(walk: dict[str, Any]) -> float:
    return float(walk["screens_alive"])


def figures(starts: dict[str, list[Start]], walks: Walks) -> list[Figure]:
    """The table: each figure as a ratio with its target."""
    subject_starts, reference_starts = starts["subject"], starts["reference"]
    start_ratios = [s.wall / r.wall for s, r in zip(subject_starts, reference_starts, strict=True)]
    short, ref, long = ("subject", 1), ("reference", 1), ("subject", LONG_COPIES)
    longer = f"{LONG_COPIES}× vs 1× questions"
    return [
        Figure(
            "a",
            "start → first frame",
            "s",
            statistics.median(s.wall for s in subject_starts),
            statistics.median(r.wall for r in reference_starts),
            start_ratios,
            1.15,
        ),
        Figure("b", "key → next question, p95", "ms", *paired(walks, short, ref, key_p95_ms), 1.0),
        Figure("c", "peak RSS, all answered", "MiB", *paired(walks, short, ref, peak_mib), 1.1),
        Figure("d1", f"key p95, {longer}", "ms", *paired(walks, long, short, key_p95_ms), 1.1),
        Figure("d2", f"peak RSS, {longer}", "MiB", *paired(walks, long, short, peak_mib), 1.1),
        Figure("d3", f"screens alive, {longer}", "", *paired(walks, long, short, screens_alive), 1),
    ]


def format_table(table: Sequence[Figure]) -> str:
    """The figures as a fixed-width table."""
    head = (
        f"{'':3}{'figure':36}{'app':>9}{'ref.':>9}{'ratio':>7}  {'spread':13}{'target':>7}  verdict"
    )
    lines = [head, "-" * len(head)]
    for figure in table:
        unit = f" {figure.unit}" if figure.unit else ""
        spread = f"{min(figure.ratios):.2f}–{max(figure.ratios):.2f}"
        target = f"≤{figure.target:.2f}"
        lines.append(
            f"{figure.key:3}{figure.name + unit:36}{figure.subject:9.3g}{figure.reference:9.3g}"
            f"{figure.ratio:7.2f}  {spread:13}{target:>7}  {'PASS' if figure.passed else 'FAIL'}"
        )
    lines += [
        "",
        "app, ref.: medians over the rounds (for b and d1 of each walk's p95). ratio: median",
        "of the ratios of each round; spread: lowest–highest of them. In d, ref. is the app at 1×.",
    ]
    return "\n".join(lines)


def format_starts(starts: dict[str, list[Start]]) -> list[str]:
    """Where the time of a start-up goes."""
    lines = [
        "Start-up, median seconds from spawn:",
        f"  {'':10}{'interpreter':>12}{'imports':>9}{'app built':>10}{'1st frame':>10}"
        f"{'run ended':>10}{'exited':>8}",
    ]
    for kind, runs in starts.items():
        median = {
            name: statistics.median(getattr(run, name) for run in runs)
            for name in Start.__dataclass_fields__
        }
        lines.append(
            f"  {kind:10}{median['interpreter']:12.3f}{median['imports']:9.3f}"
            f"{median['built']:10.3f}{median['first_frame']:10.3f}"
            f"{median['run_returned']:10.3f}{median['wall']:8.3f}"
        )
    return lines


def format_walks(walks: Walks) -> list[str]:
    """What the questionnaire walks saw besides the figures."""
    lines = [
        "Questionnaire walks, medians over the rounds:",
        f"  {'':14}{'p50 key':>9}{'p95 key':>9}{'last key':>10}{'frames':>8}{'late':>6}"
        f"{'screens':>9}{'widgets':>9}{'peak RSS':>10}",
    ]
    for walk in WALKS:
        reports = [done[walk] for done in walks]

        def median(value: Callable[[dict[str, Any]], float], of: list[Any] = reports) -> float:
            return statistics.median(value(report) for report in of)

        lines.append(
            f"  {walk[0] + ' ' + str(reports[0]['questions']) + 'q':14}"
            f"{median(lambda r: statistics.median(r['latencies_s']) * 1000):7.1f}ms"
            f"{median(key_p95_ms):7.1f}ms"
            f"{median(lambda r: r['finish_s'] * 1000):8.0f}ms"
            f"{median(lambda r: statistics.median(r['frames_per_key'])):8.0f}"
            f"{sum(r['late_keys'] for r in reports):6d}"
            f"{median(screens_alive):9.0f}"
            f"{median(lambda r: r['widgets_alive']):9.0f}"
            f"{median(peak_mib):7.1f}MiB"
        )
    lines += [
        "  last key: from the final answer until the result (app) or thanks (ref.) is drawn.",
        "  late: timed keys, over all rounds, whose frame was owed after Pilot's wait ended.",
    ]
    return lines


def traced_peaks() -> dict[str, float]:
    """One walk of each under tracemalloc: the peak of Python's own allocations, in MiB."""
    progress("tracemalloc walks ")
    peaks = {}
    for kind, copies in WALKS:
        report = measure_walk(kind, copies, traced=True)
        peaks[f"{kind} {copies}×"] = report["tracemalloc_peak_bytes"] / 2**20
        progress(".")
    progress("\n")
    return peaks


def machine() -> dict[str, Any]:
    return {
        "date": date.today().isoformat(),
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
        "--rounds", type=int, default=15, help="start-ups of app and reference each (default 15)"
    )
    parser.add_argument(
        "--walk-rounds",
        type=int,
        default=None,
        help="questionnaire walks of each kind (default: rounds // 3, at least 3)",
    )
    parser.add_argument("--json", type=Path, help="also save every measurement here")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="add one walk of each kind under tracemalloc"
    )
    options = parser.parse_args(argv)
    walk_count = options.walk_rounds or max(3, options.rounds // 3)

    about = machine()
    began = perf_counter()
    starts = start_rounds(options.rounds)
    walks = walk_rounds(walk_count)
    peaks = traced_peaks() if options.tracemalloc else {}
    table = figures(starts, walks)
    elapsed = perf_counter() - began

    print(
        f"tilknytning-test benchmark, {about['date']}: Python {about['python']}, "
        f"Textual {about['textual']}, {about['cpus']} CPUs, {about['platform']}"
    )
    print(f"{options.rounds} start-up rounds, {walk_count} walk rounds, {elapsed:.0f} s\n")
    print(format_table(table))
    print()
    print("\n".join([*format_starts(starts), *format_walks(walks)]))
    if peaks:
        traced = ", ".join(f"{name} {mib:.1f} MiB" for name, mib in peaks.items())
        print(f"tracemalloc peak: {traced}")

    if options.json:
        saved = {
            "machine": about,
            "elapsed_s": elapsed,
            "figures": [{**asdict(f), "ratio": f.ratio, "passed": f.passed} for f in table],
            "starts": {kind: [asdict(run) for run in runs] for kind, runs in starts.items()},
            "walks": [
                {f"{kind} {copies}x": report for (kind, copies), report in done.items()}
                for done in walks
            ],
            "tracemalloc_peak_mib": peaks,
        }
        options.json.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
    return 0 if all(figure.passed for figure in table) else 1


if __name__ == "__main__":
    sys.exit(main())
