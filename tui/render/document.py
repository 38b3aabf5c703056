"""The result as one ordered document: every view (screen, text, Markdown) walks these sections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


@dataclass(frozen=True)
class Headline:
    """The lead-in, the name (a pattern, several on a boundary, or none) and the summary."""

    lead: str
    name: str
    summary: str


NoteKind = Literal["unreadable", "borderline", "uncertain"]


@dataclass(frozen=True)
class Note:
    """Something the reader must weigh the result by: paragraphs, then points."""

    kind: NoteKind
    paragraphs: tuple[str, ...]
    points: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plot:
    """The balance plot."""

    plot: BalancePlot


@dataclass(frozen=True)
class ScoreTable:
    """One row per scale and the balance, then a note on reading them."""

    rows: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class MarkdownText:
    """A text written in Markdown (descriptions, earned security, help lines, disclaimer)."""

    markdown: str


@dataclass(frozen=True)
class Lines:
    """Plain lines kept as they are, such as the practice's address."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class AnswerTable:
    """Every statement with its answer; for reports kept in a journal."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Body = Headline | Note | Plot | ScoreTable | MarkdownText | Lines | AnswerTable


@dataclass(frozen=True)
class Section:
    """One part of the result: an id that says what it is, a heading (or none) and a body."""

    id: str
    heading: str
    body: Body


def notes(result: Result, texts: Texts, points: int) -> list[Section]:
    """Why there is no reading, how near a boundary it lies, or why it is uncertain."""
    sections: list[Section] = []
    reasons = unreadable_sentences(result, texts)
    if reasons:
        sections.append(Section("unreadable", "", Note("unreadable", tuple(reasons))))
    borderline = neighbour_sentence(result, texts)
    if borderline:
        sections.append(Section("borderline", "", Note("borderline", (borderline,))))
    if result.flags and result.readable:
        why = tuple(flag_sentence(flag, texts, points) for flag in result.flags)
        lead = texts.t("result.uncertain")
        sections.append(Section("uncertain", "", Note("uncertain", (lead,), why)))
    return sections


def descriptions(result: Result, texts: Texts) -> list[Section]:
    """The pattern's description; on a boundary each tied pattern's, headed by its name."""
    shown = described_patterns(result)
    return [
        Section(
            f"description-{pattern}",
            texts.patterns[pattern].name if len(shown) > 1 else texts.t("result.description"),
            MarkdownText(texts.patterns[pattern].description),
        )
        for pattern in shown
    ]


def answer_table(result: Result, questionnaire: Questionnaire, texts: Texts) -> AnswerTable:
    """Number, statement, scale, keying and answer (with its label) of every question."""
    labels = questionnaire.labels[texts.language]
    rows = []
    for number, question in enumerate(questionnaire.questions, start=1):
        answer = result.answers[question.id]
        keyed = texts.t("result.reversed_yes" if question.reverse else "result.reversed_no")
        rows.append(
            (
                str(number),
                question.text[texts.language],
                texts.t(f"scale_short.{question.scale}"),
                keyed,
                f"{answer} ({labels[answer - 1]})",
            )
        )
    header = tuple(cell.strip() for cell in texts.t("result.answers_header").split("|"))
    return AnswerTable(header, tuple(rows))


def markdown_texts(texts: Texts) -> list[str]:
    """Every Markdown text a result may show, whichever it is: all patterns' descriptions."""
    return [
        *(pattern.description for pattern in texts.patterns.values()),
        texts.earned_security,
        texts.disclaimer,
        texts.help_lines,
    ]


def result_document(
    result: Result, questionnaire: Questionnaire, texts: Texts, answers: bool = False
) -> tuple[Section, ...]:
    """The result's sections in the one order every view shows them.

    Headline and summary; the notes; the plot (none when unreadable: a point in a
    pattern's zone would suggest the pattern the answers cannot carry); the
    scores; the description of the pattern (of every pattern on a boundary, none
    when unreadable); earned security; contact; not a diagnosis; help lines; with
    `answers`, every answer.
    """
    t = texts.t
    plot = Plot(BalancePlot(result, questionnaire.scoring, texts))
    sections = [
        Section("headline", "", Headline(*headline(result, texts))),
        *notes(result, texts, questionnaire.points),
        *([Section("plot", t("plot.title"), plot)] if result.readable else []),
        Section(
            "scores",
            t("result.scores"),
            ScoreTable(
                tuple(score_lines(result, texts)),
                scores_note(result, questionnaire.scoring, texts),
            ),
        ),
        *descriptions(result, texts),
        Section("earned-security", t("result.earned"), MarkdownText(texts.earned_security)),
        Section("contact", t("result.contact"), Lines(tuple(contact_lines(texts)))),
        Section("disclaimer", t("result.not_diagnosis"), MarkdownText(texts.disclaimer)),
        # Help lines last, so that End (named under the headline) shows them whole.
        Section("help-lines", t("result.help"), MarkdownText(texts.help_lines)),
    ]
    if answers:
        sections.append(
            Section("answers", t("result.answers"), answer_table(result, questionnaire, texts))
        )
    return tuple(sections)
