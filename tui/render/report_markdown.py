"""The Markdown report: `score --format markdown` and the Markdown export."""

from __future__ import annotations

import io
from datetime import datetime

from rich.console import Console

from tui import __version__
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.balance_plot import BalancePlot
from tui.render.wording import (
    contact_lines,
    described_patterns,
    flag_sentence,
    headline,
    neighbour_sentence,
    score_lines,
    scores_note,
    unreadable_sentences,
)

PLOT_WIDTH = 78


def plot_as_text(result: Result, questionnaire: Questionnaire, texts: Texts) -> str:
    """The balance plot as plain text, without colour."""
    console = Console(file=io.StringIO(), width=PLOT_WIDTH, color_system=None, record=True)
    console.print(BalancePlot(result, questionnaire.scoring, texts))
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def _demote(markdown: str) -> str:
    """Headings one level down, to sit under the report's own section heading."""
    return "\n".join(f"#{line}" if line.startswith("#") else line for line in markdown.splitlines())


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_report(
    result: Result, questionnaire: Questionnaire, texts: Texts, when: datetime | None = None
) -> str:
    """The whole report as Markdown: pattern, scores, plot, texts, contact and answers."""
    _, name, summary = headline(result, texts)
    out = [f"# {texts.t('app.title')}: {name}", "", summary, ""]
    out += [f"{sentence}\n" for sentence in unreadable_sentences(result, texts)]
    out += [f"## {texts.t('result.scores')}", ""]
    out += [f"- {line}" for line in score_lines(result, texts)]
    out += ["", scores_note(result, questionnaire.scoring, texts), ""]
    note = neighbour_sentence(result, texts)
    if note:
        out += [f"> {note}", ""]
    if result.flags and result.readable:
        out += [f"**{texts.t('result.uncertain')}**", ""]
        out += [f"- {flag_sentence(flag, texts, questionnaire.points)}" for flag in result.flags]
        out.append("")
    out += [
        f"## {texts.t('plot.title')}",
        "",
        "```text",
        plot_as_text(result, questionnaire, texts),
        "```",
        "",
    ]
    for shown in described_patterns(result):
        description = texts.patterns[shown].description
        out += [f"## {texts.t('result.description')}", "", _demote(description), ""]
    out += [f"## {texts.t('result.earned')}", "", texts.earned_security, ""]
    out += [f"## {texts.t('result.contact')}", ""]
    out += [f"{line}  " for line in contact_lines(texts)]
    out += ["", f"## {texts.t('result.not_diagnosis')}", "", texts.disclaimer, ""]
    out += [f"## {texts.t('result.help')}", "", texts.help_lines, ""]
    out += [f"## {texts.t('result.answers')}", ""]
    header = texts.t("result.answers_header")
    out += [f"| {header} |", "|" + "---|" * (header.count("|") + 1)]
    labels = questionnaire.labels[texts.language]
    for number, question in enumerate(questionnaire.questions, start=1):
        answer = result.answers[question.id]
        keyed = texts.t("result.reversed_yes" if question.reverse else "result.reversed_no")
        out.append(
            f"| {number} | {_cell(question.text[texts.language])}"
            f" | {texts.t(f'scale_short.{question.scale}')}"
            f" | {keyed} | {answer} ({_cell(labels[answer - 1])}) |"
        )
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H:%M")
    out += [
        "",
        "---",
        "",
        texts.t(
            "result.generated",
            date=stamp,
            version=__version__,
            questionnaire=questionnaire.id,
            questionnaire_version=questionnaire.version,
        ),
        "",
    ]
    return "\n".join(out)
