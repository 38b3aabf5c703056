"""The details of a result for talking it through: scales, checks and every answer."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.model.details import balance_pulls, strongest_pulls
from tui.model.questionnaire import SCALES, Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.model.validity import UNREADABLE, Check
from tui.render.screen_text import hanging, screen_text
from tui.render.wording import (
    decimal,
    figure_places,
    neighbour_sentence,
    pattern_label,
    signed,
    unreadable_sentences,
)

STRONGEST = 5
"""How many answers are marked as pulling the balance most; more when the last of them ties."""


def scale_lines(result: Result, texts: Texts) -> list[str]:
    """Each scale with its score, uncertainty and 90% interval, then the balance."""
    lines = []
    for scale in SCALES:
        score, spread = result.scores[scale], result.uncertainty[scale]
        lines.append(
            texts.t(
                "details.interval",
                scale=texts.t(f"scale.{scale}"),
                score=decimal(score, texts, 0),
                uncertainty=decimal(spread, texts, 0),
                low=decimal(max(0.0, score - spread), texts, 0),
                high=decimal(min(100.0, score + spread), texts, 0),
            )
        )
    lines.append(
        texts.t(
            "details.balance",
            balance=signed(result.balance),
            uncertainty=decimal(result.balance_uncertainty, texts, 0),
        )
    )
    return lines


def check_line(check: Check, texts: Texts, questionnaire: Questionnaire) -> tuple[str, str]:
    """One validity check: its mark, then its figure, its limits and whether it raised a flag."""
    places = figure_places(check.code)
    figure = texts.t(
        f"details.check.{check.code}",
        value=decimal(check.value, texts, places),
        low=decimal(check.low, texts, places) if check.low is not None else "",
        high=decimal(check.high, texts, places) if check.high is not None else "",
        gap=questionnaire.scoring.pair_gap,
        points=questionnaire.points,
    )
    state = texts.t(
        "details.check_ok"
        if not check.flagged
        else "details.check_unreadable"
        if check.code in UNREADABLE
        else "details.check_flagged"
    )
    mark = "▲" if check.flagged else "✓"
    return f"{mark} ", f"{figure}: {state}"


def pull_mark(pull: float, strong: bool) -> str:
    """Arrows for the direction of a pull; doubled for the strongest."""
    if pull == 0:
        return "·"
    arrow = "◀" if pull < 0 else "▶"
    return arrow * 2 if strong else arrow


def answers_table(result: Result, questionnaire: Questionnaire, texts: Texts) -> Table:
    """Every question with its answer, scale, keying and pull on the balance."""
    pulls = balance_pulls(questionnaire, result.answers)
    strongest = set(strongest_pulls(pulls, STRONGEST))

    def column(key: str, width: int | None = None, **options: object) -> None:
        header = screen_text(texts.t(f"details.column_{key}"))
        if width is not None:  # a fixed column is never narrower than its header
            options["width"] = max(width, header.cell_len)
        table.add_column(header, **options)  # type: ignore[arg-type]

    table = Table(box=None, pad_edge=False, expand=True, show_edge=False, header_style="bold")
    column("number", justify="right", width=3)
    column("statement", ratio=1)
    column("scale", justify="center", width=5)
    column("reverse", justify="center", width=7)
    column("answer", justify="center", width=4)
    column("pull", justify="right", width=9)
    yes, no = texts.t("result.reversed_yes"), texts.t("result.reversed_no")
    for number, question in enumerate(questionnaire.questions, start=1):
        pull = pulls[question.id]
        strong = question.id in strongest
        mark = pull_mark(pull, strong)
        shown = f"{decimal(pull, texts)} {mark}" if pull else mark
        table.add_row(
            str(number),
            screen_text(question.text[texts.language]),
            screen_text(texts.t(f"details.scale_letter.{question.scale}")),
            screen_text(yes if question.reverse else no),
            str(result.answers[question.id]),
            screen_text(shown),  # the decimal mark comes from texts/
            style="bold" if strong else None,
        )
    return table


def legend(marked: int, texts: Texts) -> str:
    """What the effect column shows, and how many answers are marked as moving the tilt most."""
    count = "none" if marked == 0 else "one" if marked == 1 else "many"
    return f"{texts.t('details.legend')} {texts.t(f'details.legend_marked.{count}', count=marked)}"


def details_view(
    result: Result,
    questionnaire: Questionnaire,
    texts: Texts,
) -> RenderableType:
    """The whole details view as one renderable: the reading, scales, checks, answers."""
    heading = "bold underline"
    reading = [*unreadable_sentences(result, texts)[:-1], neighbour_sentence(result, texts)]
    label = pattern_label(result, texts)
    marked = len(strongest_pulls(balance_pulls(questionnaire, result.answers), STRONGEST))
    return Group(
        screen_text(label[:1].upper() + label[1:], style="bold"),
        *(screen_text(sentence) for sentence in reading if sentence),
        Text(""),
        Text(texts.t("details.scales"), style=heading),
        *(Text(line) for line in scale_lines(result, texts)),
        Text(""),
        Text(texts.t("details.validity"), style=heading),
        *(hanging(*check_line(check, texts, questionnaire)) for check in result.checks),
        Text(""),
        Text(texts.t("details.answers"), style=heading),
        Text(legend(marked, texts), style="italic"),
        Text(texts.t("details.scale_legend"), style="italic"),
        Text(""),
        answers_table(result, questionnaire, texts),
    )
