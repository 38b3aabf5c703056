"""The result for a terminal: `score --format text`, walking the result's sections."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.padding import Padding
from rich.text import Text

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.render.document import (
    AnswerTable,
    Body,
    Headline,
    Lines,
    MarkdownText,
    Note,
    Plot,
    ScoreTable,
    result_document,
)
from tui.render.screen_text import screen_text
from tui.render.wording import stamp_lines


def body_parts(body: Body) -> list[RenderableType]:
    """One section's body as Rich renderables."""
    if isinstance(body, Headline):
        return [Text(body.lead, style="dim"), Text(body.name, style="bold"), Text(body.summary)]
    if isinstance(body, Note):
        style = "" if body.kind == "unreadable" else "bold"
        paragraphs = [Text(paragraph, style=style) for paragraph in body.paragraphs]
        points = [Padding(Text(f"• {point}"), (0, 0, 0, 2)) for point in body.points]
        return [*paragraphs, *points]
    if isinstance(body, Plot):
        return [body.plot]
    if isinstance(body, ScoreTable):
        return [*(Text(row) for row in body.rows), Text(body.note, style="italic")]
    if isinstance(body, MarkdownText):
        return [Markdown(body.markdown)]
    if isinstance(body, Lines):
        return [Text(line) for line in body.lines]
    if isinstance(body, AnswerTable):
        return [Text(" | ".join(row)) for row in body.rows]
    raise TypeError(f"no text view of {type(body).__name__}")


def text_report(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp | None = None
) -> RenderableType:
    """The result as one Rich renderable: each section's heading, then its body.

    An export's stamp (when taken, client code) ends it, where the file has one.
    """
    parts: list[RenderableType] = []
    for section in result_document(result, questionnaire, texts):
        if parts:
            parts.append(Text(""))
        if section.heading:
            parts.append(Text(section.heading, style="bold underline"))
        parts += body_parts(section.body)
    stamped = stamp_lines(stamp or Stamp(), texts)
    if stamped:
        parts += [Text(""), *(screen_text(line) for line in stamped)]
    return Group(*parts)
