"""The Markdown report: `score --format markdown` and the Markdown export."""

from __future__ import annotations

import io

from rich.console import Console

from tui import __version__
from tui.model.embedded import markdown_block
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_json
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.render.balance_plot import BalancePlot
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
from tui.render.wording import stamp_lines

PLOT_WIDTH = 78


def plot_as_text(plot: BalancePlot) -> str:
    """The balance plot as plain text, without colour."""
    console = Console(file=io.StringIO(), width=PLOT_WIDTH, color_system=None, record=True)
    console.print(plot)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def _demote(markdown: str) -> str:
    """Headings one level down, to sit under the report's own section heading."""
    return "\n".join(f"#{line}" if line.startswith("#") else line for line in markdown.splitlines())


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def body_markdown(body: Body, title: str) -> list[str]:
    """One section's body as Markdown lines."""
    if isinstance(body, Headline):
        return [f"# {title}: {body.name}", "", body.summary]
    if isinstance(body, Note):
        quote = "> " if body.kind == "borderline" else ""
        strong = "**" if body.kind == "uncertain" else ""
        lines = [f"{quote}{strong}{paragraph}{strong}" for paragraph in body.paragraphs]
        lines = [line for paragraph in lines for line in (paragraph, "")][:-1]
        return [*lines, *([""] if body.points else []), *(f"- {p}" for p in body.points)]
    if isinstance(body, Plot):
        return ["```text", plot_as_text(body.plot), "```"]
    if isinstance(body, ScoreTable):
        return [*(f"- {row}" for row in body.rows), "", body.note]
    if isinstance(body, MarkdownText):
        return [_demote(body.markdown)]
    if isinstance(body, Lines):
        return [f"{line}  " for line in body.lines]
    if isinstance(body, AnswerTable):
        return [
            f"| {' | '.join(body.header)} |",
            "|" + "---|" * len(body.header),
            *(f"| {' | '.join(_cell(cell) for cell in row)} |" for row in body.rows),
        ]
    raise TypeError(f"no Markdown view of {type(body).__name__}")


def markdown_report(
    result: Result, questionnaire: Questionnaire, texts: Texts, stamp: Stamp | None = None
) -> str:
    """The whole report as Markdown: every section of the result, then every answer.

    It ends with the result as data, in a block `score` and `compare` read back
    (`tui.model.embedded`), under a heading that says what it is for.
    """
    stamp = stamp or Stamp()
    out: list[str] = []
    for section in result_document(result, questionnaire, texts, answers=True):
        if section.heading:
            out += [f"## {section.heading}", ""]
        out += [*body_markdown(section.body, texts.t("app.title")), ""]
    made_with = texts.t(
        "result.made_with",
        version=__version__,
        questionnaire=questionnaire.id,
        questionnaire_version=questionnaire.version,
    )
    out += ["---", "", *(f"{line}  " for line in stamp_lines(stamp, texts)), made_with, ""]
    out += [f"## {texts.t('result.data_heading')}", "", texts.t("result.data_note"), ""]
    out += [*markdown_block(result_to_json(result, stamp)), ""]
    return "\n".join(out)
