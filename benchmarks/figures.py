"""The figures of the benchmark: each a ratio of the app to its reference, and the tables.

`bench_app.py` measures; this module turns the measurements into ratios with
their targets and prints them.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

LONG_COPIES = 10
"""The long questionnaire repeats the shipped questions this many times."""

WALKS = (("subject", 1), ("reference", 1), ("subject", LONG_COPIES))
"""The walks of a round, as (kind, copies of the shipped questions)."""
Walks = list[dict[tuple[str, int], dict[str, Any]]]
"""The reports of each round, by walk."""


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
    """The headline ratio: the median of `ratios`."""
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


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile, interpolated between the two nearest samples."""
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


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


def key_p50_ms(walk: dict[str, Any]) -> float:
    return statistics.median(walk["latencies_s"]) * 1000


def key_p95_ms(walk: dict[str, Any]) -> float:
    return p95(walk["latencies_s"]) * 1000


def peak_mib(walk: dict[str, Any]) -> float:
    return float(walk["maxrss_kib"]) / 1024


def screens_alive(walk: dict[str, Any]) -> float:
    return float(walk["screens_alive"])


def figures(terminal: dict[str, list[float]], walks: Walks) -> list[Figure]:
    """The table: each figure as a ratio with its target."""
    start = paired(terminal["subject"], terminal["reference"])
    short, ref, long = ("subject", 1), ("reference", 1), ("subject", LONG_COPIES)
    longer = f"{LONG_COPIES}× vs 1× questions"
    return [
        Figure("a", "start → first frame", "s", start, 1.15),
        Figure(
            "b", "key → next question, p95", "ms", paired_walks(walks, short, ref, key_p95_ms), 0.5
        ),
        Figure(
            "c", "peak RSS, all answered", "MiB", paired_walks(walks, short, ref, peak_mib), 1.1
        ),
        Figure("d1", f"key p95, {longer}", "ms", paired_walks(walks, long, short, key_p95_ms), 1.1),
        Figure("d2", f"peak RSS, {longer}", "MiB", paired_walks(walks, long, short, peak_mib), 1.1),
        Figure(
            "d3", f"screens alive, {longer}", "", paired_walks(walks, long, short, screens_alive), 1
        ),
    ]


def format_table(table: Sequence[Figure]) -> str:
    """The figures as a Markdown table, ready to paste into the READMEs."""
    lines = [
        "| | figure | app | ref. | ratio (spread) | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    for figure in table:
        unit = f" {figure.unit}" if figure.unit else ""
        compared = figure.compared
        spread = f"{min(compared.ratios):.2f}–{max(compared.ratios):.2f}"
        lines.append(
            f"| {figure.key} | {figure.name} | {compared.subject:.3g}{unit} "
            f"| {compared.reference:.3g}{unit} | {compared.ratio:.2f} ({spread}) "
            f"| ≤ {figure.target:.2f} | {'PASS' if figure.passed else 'FAIL'} |"
        )
    lines += [
        "",
        "app, ref.: medians over the rounds (for b and d1, of each walk's p95). ratio: median",
        "of the rounds' own ratios; spread: lowest–highest of them. In d, ref. is the app at 1×.",
    ]
    return "\n".join(lines)


def format_starts(starts: dict[str, list[Start]]) -> list[str]:
    """Where the time of a start-up goes."""
    lines = [
        "Start-up in process (make_app(), headless), median seconds from spawn:",
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


INTERACTION_RATIO = 2.0
"""Every interaction's target: at most this many times the reference's key p50 of the same round."""
INTERACTION_MS = 100.0
"""And at most this many milliseconds on the machine measured."""


def interaction(name: str) -> Callable[[dict[str, Any]], float]:
    def value(walk: dict[str, Any]) -> float:
        return float(walk["interactions_s"][name]) * 1000

    return value


INTERACTIONS: tuple[tuple[str, str, Callable[[dict[str, Any]], float]], ...] = (
    ("i1", "Enter on the welcome → first question", interaction("start")),
    ("i2", "answer → next question, p50", key_p50_ms),
    ("i3", "answer → next question, p95", key_p95_ms),
    ("i4", "last answer → result fully drawn", lambda walk: float(walk["finish_s"]) * 1000),
    ("i5", "`d` on the result → details", interaction("details")),
    ("i6", "Esc on the details → result", interaction("details_back")),
    ("i7", "`e` on the result → export dialog", interaction("export")),
    ("i8", "Esc on the export dialog → result", interaction("export_back")),
    ("i9", "`t` on the result → theme switched", interaction("theme")),
)
"""Each key of the app, timed in the 28-question walk: (key, name, milliseconds of a walk)."""


@dataclass(frozen=True)
class Interaction:
    """One key of the app against the reference's key p50 of the same round."""

    key: str
    name: str
    compared: Compared
    """`subject` in ms, `reference` the reference's key p50 in ms."""

    @property
    def passed(self) -> bool:
        return self.compared.ratio <= INTERACTION_RATIO and self.compared.subject <= INTERACTION_MS


def interactions(walks: Walks) -> list[Interaction]:
    """Every interaction as a ratio to the reference questionnaire's key p50 of its round."""
    short, ref = ("subject", 1), ("reference", 1)
    return [
        Interaction(
            key,
            name,
            paired(
                [value(walk[short]) for walk in walks], [key_p50_ms(walk[ref]) for walk in walks]
            ),
        )
        for key, name, value in INTERACTIONS
    ]


def format_interactions(table: Sequence[Interaction]) -> str:
    """The interactions as a Markdown table, ready to paste into the READMEs."""
    reference = statistics.median(row.compared.reference for row in table)
    lines = [
        f"Each key, timed in the 28-question walk, against the reference's key p50 "
        f"({reference:.1f} ms, median of the rounds):",
        "",
        "| | key → last frame | app | × ref. p50 (spread) | target | |",
        "|---|---|---|---|---|---|",
    ]
    for row in table:
        compared = row.compared
        spread = f"{min(compared.ratios):.2f}–{max(compared.ratios):.2f}"
        lines.append(
            f"| {row.key} | {row.name} | {compared.subject:.0f} ms "
            f"| {compared.ratio:.2f} ({spread}) "
            f"| ≤ {INTERACTION_RATIO:.1f}×, ≤ {INTERACTION_MS:.0f} ms "
            f"| {'PASS' if row.passed else 'FAIL'} |"
        )
    lines += [
        "",
        "app: median over the rounds, in ms on this machine; × ref. p50: median of the rounds'",
        "own ratios to the reference questionnaire's key p50 of the same round.",
    ]
    return "\n".join(lines)
