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


def change_table(changes: tuple[Change, ...], texts: Texts) -> Table:
    """Each scale and the balance: before, after, change, RCI and the verdict."""
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
        table.add_row(
            screen_text(name),
            screen_text(as_number(change.before)),  # the decimal mark comes from texts/
            screen_text(as_number(change.after)),
            signed(change.difference),
            screen_text(decimal(change.rci, texts, 2)),
            screen_text(
                texts.t("compare.reliable_yes" if change.reliable else "compare.reliable_no")
            ),
            style="bold" if change.reliable else None,
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
    return Group(
        Text(texts.t("compare.title"), style="bold underline"),
        *(Text(line) for line in lines),
        Text(""),
        BalancePlot(after, questionnaire.scoring, texts, before=before),
        Text(texts.t("compare.legend"), style="dim"),
        Text(""),
        change_table(changes, texts),
        Text(""),
        Text(texts.t("compare.note"), style="italic"),
    )


def compare_dict(before: Result, after: Result, questionnaire: Questionnaire) -> dict[str, Any]:
    """Both results and the changes, ready for JSON."""
    changes = reliable_changes(before, after, questionnaire.scoring)
    return {
        "before": result_to_dict(before),
        "after": result_to_dict(after),
        "changes": {
            change.name: {
                "before": change.before,
                "after": change.after,
                "difference": change.difference,
                "rci": change.rci,
                "reliable": change.reliable,
            }
            for change in changes
        },
    }
