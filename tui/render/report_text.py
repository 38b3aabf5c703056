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
from tui.render.wording import contact_lines, flag_sentence, neighbour_sentence, score_lines


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def text_report(result: Result, questionnaire: Questionnaire, texts: Texts) -> RenderableType:
    """The result as one Rich renderable: name, summary, plot, notes and texts."""
    pattern = texts.patterns[result.pattern]
    parts: list[RenderableType] = [
        Text(texts.t("result.pattern_lead"), style="dim"),
        Text(pattern.name, style="bold"),
        Text(pattern.summary),
        Text(""),
        BalancePlot(result, questionnaire.scoring, texts),
        _heading(texts.t("result.scores")),
        *(Text(line) for line in score_lines(result, texts)),
        Text(texts.t("result.scores_note"), style="italic"),
    ]
    note = neighbour_sentence(result, texts)
    if note:
        parts += [Text(""), Text(note, style="bold")]
    if result.flags:
        parts += [Text(""), Text(texts.t("result.uncertain"), style="bold")]
        parts += [
            Padding(Text(f"• {flag_sentence(flag, texts, questionnaire.points)}"), (0, 0, 0, 2))
            for flag in result.flags
        ]
    parts += [
        _heading(texts.t("result.description")),
        Markdown(pattern.description),
        _heading(texts.t("result.earned")),
        Markdown(texts.earned_security),
        _heading(texts.t("result.contact")),
        *(Text(line) for line in contact_lines(texts)),
        _heading(texts.t("result.help")),
        Markdown(texts.help_lines),
        _heading(texts.t("result.not_diagnosis")),
        Markdown(texts.disclaimer),
    ]
    return Group(*parts)
