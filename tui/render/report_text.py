"""The result for a terminal: `score --format text`, with the balance plot."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.padding import Padding
from rich.text import Text

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


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def text_report(result: Result, questionnaire: Questionnaire, texts: Texts) -> RenderableType:
    """The result as one Rich renderable: name, summary, plot, notes and texts."""
    lead, name, summary = headline(result, texts)
    parts: list[RenderableType] = [
        Text(lead, style="dim"),
        Text(name, style="bold"),
        Text(summary),
        *(Text(sentence) for sentence in unreadable_sentences(result, texts)),
        Text(""),
        BalancePlot(result, questionnaire.scoring, texts),
        _heading(texts.t("result.scores")),
        *(Text(line) for line in score_lines(result, texts)),
        Text(scores_note(result, questionnaire.scoring, texts), style="italic"),
    ]
    note = neighbour_sentence(result, texts)
    if note:
        parts += [Text(""), Text(note, style="bold")]
    if result.flags and result.readable:
        parts += [Text(""), Text(texts.t("result.uncertain"), style="bold")]
        parts += [
            Padding(Text(f"• {flag_sentence(flag, texts, questionnaire.points)}"), (0, 0, 0, 2))
            for flag in result.flags
        ]
    for shown in described_patterns(result):
        parts += [
            _heading(texts.t("result.description")),
            Markdown(texts.patterns[shown].description),
        ]
    parts += [
        _heading(texts.t("result.earned")),
        Markdown(texts.earned_security),
        _heading(texts.t("result.contact")),
        *(Text(line) for line in contact_lines(texts)),
        _heading(texts.t("result.not_diagnosis")),
        Markdown(texts.disclaimer),
        _heading(texts.t("result.help")),
        Markdown(texts.help_lines),
    ]
    return Group(*parts)
