"""Two results side by side: `tilknytning-test compare` as text or JSON."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.model.change import BALANCE, Change, reliable_changes
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_dict
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.balance_plot import BalancePlot
from tui.render.screen_text import screen_text
from tui.render.wording import decimal, pattern_label, signed


def comparable(before: Result, after: Result) -> bool:
    """Whether a change can be judged: both results carry a reading."""
    return before.readable and after.readable


def change_table(changes: tuple[Change, ...], texts: Texts, judged: bool = True) -> Table:
    """Each scale and the balance: before, after, change, RCI and the verdict (if `judged`)."""
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
        verdict = (
            ("compare.reliable_yes" if change.reliable else "compare.reliable_no")
            if judged
            else "compare.reliable_unknown"
        )
        table.add_row(
            screen_text(name),
            screen_text(as_number(change.before)),  # the decimal mark comes from texts/
            screen_text(as_number(change.after)),
            signed(change.difference),
            screen_text(decimal(change.rci, texts, 2)),
            screen_text(texts.t(verdict)),
            style="bold" if judged and change.reliable else None,
        )
    return table


def compare_text(
    before: Result, after: Result, questionnaire: Questionnaire, texts: Texts
) -> RenderableType:
    """Both results on one plot, then the change on each scale."""
    changes = reliable_changes(before, after, questionnaire.scoring)
    lines = [
        texts.t(
            "compare.pattern_line",
            label=texts.t(f"compare.{label}"),
            pattern=pattern_label(result, texts),
        )
        for label, result in (("before", before), ("after", after))
    ]
    judged = comparable(before, after)
    parts: list[RenderableType] = [
        Text(texts.t("compare.title"), style="bold underline"),
        *(Text(line) for line in lines),
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
        change_table(changes, texts, judged),
        Text(""),
        Text(texts.t("compare.note"), style="italic"),
    )


def compare_dict(before: Result, after: Result, questionnaire: Questionnaire) -> dict[str, Any]:
    """Both results and the changes, ready for JSON; no verdict where one has no reading."""
    changes = reliable_changes(before, after, questionnaire.scoring)
    judged = comparable(before, after)
    return {
        "before": result_to_dict(before),
        "after": result_to_dict(after),
        "comparable": judged,
        "changes": {
            change.name: {
                "before": change.before,
                "after": change.after,
                "difference": change.difference,
                "rci": change.rci,
                "reliable": change.reliable if judged else None,
            }
            for change in changes
        },
    }
