"""Two results side by side: `tilknytning-test compare` as text or JSON.

Each result comes with its stamp (when it was taken, the client code), and each
result's validity flags and unreadable reasons travel into the verdict as a caveat.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tui.model.change import BALANCE, Change, reliable_changes, same_client
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_dict
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.model.validity import Check
from tui.render.balance_plot import BalancePlot
from tui.render.details import check_line
from tui.render.screen_text import screen_text
from tui.render.wording import decimal, pattern_label, signed

CAVEAT_MARK = "*"
"""Beside a verdict that holds only with the caveat below the table."""
NO_STAMPS = (Stamp(), Stamp())
LABELS = ("before", "after")


def comparable(before: Result, after: Result) -> bool:
    """Whether a change can be judged: both results carry a reading."""
    return before.readable and after.readable


def caveat_checks(result: Result) -> list[Check]:
    """The checks that make a result uncertain or leave it without a reading."""
    return [check for check in result.checks if check.flagged]


def change_table(
    changes: tuple[Change, ...], texts: Texts, judged: bool = True, caveat: bool = False
) -> Table:
    """Each scale and the balance: before, after, change, RCI and the verdict (if `judged`).

    With `caveat`, each verdict is marked to hold only with the caveat below.
    """
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(screen_text(texts.t("compare.column_scale")))
    table.add_column(screen_text(texts.t("compare.before")), justify="right")
    table.add_column(screen_text(texts.t("compare.after")), justify="right")
    table.add_column(screen_text(texts.t("compare.column_change")), justify="right")
    table.add_column(screen_text(texts.t("compare.column_rci")), justify="right")
    table.add_column(screen_text(texts.t("compare.column_reliable")), justify="center")
    for change in changes:
        name = (
            texts.t("compare.balance")
            if change.name == BALANCE
            else texts.t(f"scale.{change.name}")
        )
        as_number = signed if change.name == BALANCE else (lambda value: decimal(value, texts, 0))
        verdict = texts.t(
            ("compare.reliable_yes" if change.reliable else "compare.reliable_no")
            if judged
            else "compare.reliable_unknown"
        )
        if judged and caveat:
            verdict += CAVEAT_MARK
        table.add_row(
            screen_text(name),
            screen_text(as_number(change.before)),  # the decimal mark comes from texts/
            screen_text(as_number(change.after)),
            signed(change.difference),
            screen_text(decimal(change.rci, texts, 2)),
            screen_text(verdict),
            style="bold" if judged and change.reliable else None,
        )
    return table


def stamp_words(stamp: Stamp, texts: Texts) -> str:
    """When a result was taken and its client code, as far as known: "2026-11-26 14:05, …"."""
    words = []
    if stamp.taken is not None:
        words.append(f"{stamp.taken:%Y-%m-%d %H:%M}")
    if stamp.client:
        words.append(texts.t("compare.client", client=stamp.client))
    return ", ".join(words)


def result_line(label: str, result: Result, stamp: Stamp, texts: Texts) -> str:
    """One result's line: its label, date and client code, and its pattern."""
    words = stamp_words(stamp, texts)
    named = texts.t(f"compare.{label}")
    if words:
        named = texts.t("compare.stamped", label=named, stamp=words)
    return texts.t("compare.pattern_line", label=named, pattern=pattern_label(result, texts))


def client_note(stamps: tuple[Stamp, Stamp], texts: Texts) -> str | None:
    """What the client codes leave to check: only one has a code, or they differ (allowed)."""
    before, after = stamps
    match same_client(before, after):
        case False:
            return texts.t("compare.different_clients", before=before.client, after=after.client)
        case None if before.client or after.client:
            return texts.t("compare.one_client")
    return None


def caveat_lines(
    results: tuple[Result, Result], questionnaire: Questionnaire, texts: Texts, judged: bool
) -> list[RenderableType]:
    """The caveat under the verdicts: each result's flags and unreadable reasons, by result.

    Each check hangs under its own text when it wraps. Empty when neither has any.
    """
    rows = [
        (f"{texts.t(f'compare.{label}')}:", *check_line(check, texts, questionnaire))
        for label, result in zip(LABELS, results, strict=True)
        for check in caveat_checks(result)
    ]
    if not rows:
        return []
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, mark, line in rows:
        grid.add_row(screen_text(label), screen_text(mark.strip()), screen_text(line))
    heading = texts.t("compare.caveat")
    heading = f"{CAVEAT_MARK} {heading}" if judged else heading
    return [Text(heading, style="bold"), Padding(grid, (0, 0, 0, 2))]


def compare_text(
    before: Result,
    after: Result,
    questionnaire: Questionnaire,
    texts: Texts,
    stamps: tuple[Stamp, Stamp] = NO_STAMPS,
) -> RenderableType:
    """Both results with their dates and codes, on one plot, then the change on each scale."""
    changes = reliable_changes(before, after, questionnaire.scoring)
    results = (before, after)
    lines = [
        result_line(label, result, stamp, texts)
        for label, result, stamp in zip(LABELS, results, stamps, strict=True)
    ]
    note = client_note(stamps, texts)
    judged = comparable(before, after)
    caveats = caveat_lines(results, questionnaire, texts, judged)
    parts: list[RenderableType] = [
        Text(texts.t("compare.title"), style="bold underline"),
        *(screen_text(line) for line in lines),
        *([screen_text(note)] if note else []),
        Text(""),
    ]
    if judged:
        parts += [
            BalancePlot(after, questionnaire.scoring, texts, before=before),
            Text(texts.t("compare.legend"), style="dim"),
        ]
    else:  # a point in a pattern's zone would suggest a reading the answers cannot carry
        parts.append(Text(texts.t("compare.not_judged"), style="bold"))
    return Group(
        *parts,
        Text(""),
        change_table(changes, texts, judged, caveat=bool(caveats)),
        *([Text(""), *caveats] if caveats else []),
        Text(""),
        Text(texts.t("compare.note"), style="italic"),
    )


def compare_dict(
    before: Result,
    after: Result,
    questionnaire: Questionnaire,
    stamps: tuple[Stamp, Stamp] = NO_STAMPS,
) -> dict[str, Any]:
    """Both results with their stamps, and the changes; no verdict where one has no reading.

    `caveats` lists each result's flags and unreadable reasons; where there are
    any, each verdict carries `caveat: true`. `same_client` is null unless both
    results have a client code.
    """
    changes = reliable_changes(before, after, questionnaire.scoring)
    judged = comparable(before, after)
    caveats = [
        {"result": label, "code": check.code, "value": check.value, "limit": check.flag().limit}
        for label, result in zip(LABELS, (before, after), strict=True)
        for check in caveat_checks(result)
    ]
    return {
        "before": result_to_dict(before, stamps[0]),
        "after": result_to_dict(after, stamps[1]),
        "same_client": same_client(*stamps),
        "comparable": judged,
        "caveats": caveats,
        "changes": {
            change.name: {
                "before": change.before,
                "after": change.after,
                "difference": change.difference,
                "rci": change.rci,
                "reliable": change.reliable if judged else None,
                "caveat": judged and bool(caveats),
            }
            for change in changes
        },
    }
