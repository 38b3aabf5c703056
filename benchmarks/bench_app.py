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
import tempfile
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
class Compared:
    """The app and its reference on one measure, over all the rounds."""

    subject: float
    reference: float
    ratio: float
    """The headline ratio: the median of `ratios`, or for a percentile the pooled one."""
    ratios: list[float]
    """The ratio of each round alone."""


@dataclass(frozen=True)
class Figure:
    """One line of the table: a ratio of the app to its reference, and its target."""

    key: str
    name: str
    unit: str
    compared: Compared
    target: float

    @property
    def passed(self) -> bool:
        return self.compared.ratio <= self.target


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


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile, interpolated between the two nearest samples."""
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def progress(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def start_rounds(rounds: int, bytecode: Path) -> dict[str, list[Start]]:
    """`rounds` start-ups of each, in the order ABBA ABBA …, after one of each to warm up."""
    measure_start("subject", bytecode)
    measure_start("reference", bytecode)
    starts: dict[str, list[Start]] = {"subject": [], "reference": []}
    progress(f"start-up, {rounds} rounds ")
    for number in range(rounds):
        order = ("subject", "reference") if number % 2 == 0 else ("reference", "subject")
        for kind in order:
            starts[kind].append(measure_start(kind, bytecode))
        progress(".")
    progress("\n")
    return starts


WALKS = (("subject", 1), ("reference", 1), ("subject", LONG_COPIES))
"""The walks of a round, as (kind, copies of the shipped questions)."""
Walks = list[dict[tuple[str, int], dict[str, Any]]]
"""The reports of each round, by walk."""


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


def paired(subject: Sequence[float], reference: Sequence[float]) -> Compared:
    """Each side's median over the rounds; the median of the ratios of the rounds."""
    ratios = [s / r for s, r in zip(subject, reference, strict=True)]
    return Compared(
        statistics.median(subject), statistics.median(reference), statistics.median(ratios), ratios
    )


def paired_walks(
    rounds: Walks,
    subject: tuple[str, int],
    reference: tuple[str, int],
    value: Callable[[dict[str, Any]], float],
) -> Compared:
    """`paired` on one value of the walks of each round."""
    return paired(
        [value(walk[subject]) for walk in rounds], [value(walk[reference]) for walk in rounds]
    )


def pooled_p95(rounds: Walks, subject: tuple[str, int], reference: tuple[str, int]) -> Compared:
    """The p95 of each side's key latencies pooled over the rounds, in ms.

    A walk times only 27 keys, too few for a steady 95th percentile on its own:
    a single garbage collection of ~20 ms decides it. Pooled over the rounds the
    percentile holds; the ratio of each round still shows the spread.
    """

    def pooled(walk: tuple[str, int]) -> float:
        return p95([seconds for done in rounds for seconds in done[walk]["latencies_s"]]) * 1000

    per_round = paired_walks(rounds, subject, reference, key_p95_ms)
    return Compared(
        pooled(subject), pooled(reference), pooled(subject) / pooled(reference), per_round.ratios
    )


def key_p95_ms(walk: dict[str, Any]) -> float:
    return p95(walk["latencies_s"]) * 1000


def peak_mib(walk: dict[str, Any]) -> float:
    return float(walk["maxrss_kib"]) / 1024


def screens_alive(walk: dict[str, Any]) -> float:
    return float(walk["screens_alive"])


def figures(starts: dict[str, list[Start]], walks: Walks) -> list[Figure]:
    """The table: each figure as a ratio with its target."""
    start = paired([s.wall for s in starts["subject"]], [r.wall for r in starts["reference"]])
    short, ref, long = ("subject", 1), ("reference", 1), ("subject", LONG_COPIES)
    longer = f"{LONG_COPIES}× vs 1× questions"
    return [
        Figure("a", "start → first frame", "s", start, 1.15),
        Figure("b", "key → next question, p95", "ms", pooled_p95(walks, short, ref), 1.0),
        Figure(
            "c", "peak RSS, all answered", "MiB", paired_walks(walks, short, ref, peak_mib), 1.1
        ),
        Figure("d1", f"key p95, {longer}", "ms", pooled_p95(walks, long, short), 1.1),
        Figure("d2", f"peak RSS, {longer}", "MiB", paired_walks(walks, long, short, peak_mib), 1.1),
        Figure(
            "d3", f"screens alive, {longer}", "", paired_walks(walks, long, short, screens_alive), 1
        ),
    ]


def format_table(table: Sequence[Figure]) -> str:
    """The figures as a fixed-width table."""
    head = (
        f"{'':3}{'figure':36}{'app':>9}{'ref.':>9}{'ratio':>7}  {'spread':13}{'target':>7}  verdict"
    )
    lines = [head, "-" * len(head)]
    for figure in table:
        unit = f" {figure.unit}" if figure.unit else ""
        compared = figure.compared
        spread = f"{min(compared.ratios):.2f}–{max(compared.ratios):.2f}"
        target = f"≤{figure.target:.2f}"
        lines.append(
            f"{figure.key:3}{figure.name + unit:36}{compared.subject:9.3g}{compared.reference:9.3g}"
            f"{compared.ratio:7.2f}  {spread:13}{target:>7}  {'PASS' if figure.passed else 'FAIL'}"
        )
    lines += [
        "",
        "app, ref.: medians over the rounds; for b and d1 the p95 of all rounds' keys pooled.",
        "ratio: app/ref. of those p95s for b and d1, else the median of the rounds' ratios.",
        "spread: lowest–highest ratio of a single round. In d, ref. is the app at 1×.",
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
    with tempfile.TemporaryDirectory(prefix="bench-bytecode-") as bytecode:
        starts = start_rounds(options.rounds, Path(bytecode))
        walks = walk_rounds(walk_count, Path(bytecode))
        peaks = traced_peaks(Path(bytecode)) if options.tracemalloc else {}
    table = figures(starts, walks)
    elapsed = perf_counter() - began

    print(
        f"tilknytning-test {about['commit']}, {about['date']}: Python {about['python']}, "
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
            "figures": [{**asdict(f), "passed": f.passed} for f in table],
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
