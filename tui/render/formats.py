"""The formats a result can be written in: one registry for `score --format` and the export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts

if TYPE_CHECKING:  # Rich is loaded only when a result is rendered
    from rich.console import RenderableType

    Renderer = Callable[[Result, Questionnaire, Texts, Stamp], RenderableType]
    """Makes a result's text (for the terminal, a Rich renderable), with its stamp."""


@dataclass(frozen=True)
class Format:
    """One way to write a result down."""

    name: str
    """What `--format` calls it."""
    suffix: str
    """The file ending of an export."""
    label: str | None
    """The key of its label in the export dialog; None when it is for the terminal only."""
    render: Renderer


def _text(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp
) -> RenderableType:
    from tui.render.report_text import text_report

    return text_report(result, questionnaire, texts, stamp)


def _markdown(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp
) -> RenderableType:
    from tui.render.report_markdown import markdown_report

    return markdown_report(result, questionnaire, texts, stamp)


def _json(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp
) -> RenderableType:
    from tui.model.result_json import result_to_json

    return result_to_json(result, stamp) + "\n"


def _html(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp
) -> RenderableType:
    from tui.render.report_html import html_report

    return html_report(result, questionnaire, texts, stamp)


FORMATS: dict[str, Format] = {
    entry.name: entry
    for entry in (
        Format("text", ".txt", None, _text),
        Format("markdown", ".md", "export.markdown", _markdown),
        Format("json", ".json", "export.json", _json),
        Format("html", ".html", "export.html", _html),
    )
}
"""Every format by name; `score` offers them all, the export dialog those with a label."""


def export_formats() -> list[Format]:
    """The formats the export dialog offers, the first chosen at the start."""
    return [entry for entry in FORMATS.values() if entry.label is not None]
