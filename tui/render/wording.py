"""Sentences about a result, shared by the reports and the app."""

from __future__ import annotations

from tui.model.questionnaire import SCALES
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.model.validity import Flag

WHOLE_NUMBER_CHECKS = frozenset({"straight_lining", "inconsistency"})
"""Validity checks whose figures are counts; the others are means and get one decimal."""


def decimal(value: float, texts: Texts, places: int = 1) -> str:
    """A number with the language's decimal mark (1,5 or 1.5) and a true minus sign."""
    return f"{value:.{places}f}".replace(".", texts.t("format.decimal")).replace("-", "−")


def figure_places(code: str) -> int:
    """Decimals to show for the figure of a validity check."""
    return 0 if code in WHOLE_NUMBER_CHECKS else 1


def flag_sentence(flag: Flag, texts: Texts, points: int) -> str:
    """One validity flag in plain words, with the figure behind it."""
    key = flag.code
    if flag.code == "acquiescence":
        key = "acquiescence_high" if flag.value >= flag.limit else "acquiescence_low"
    places = figure_places(flag.code)
    return texts.t(
        f"flag.{key}",
        value=decimal(flag.value, texts, places),
        limit=decimal(flag.limit, texts, places),
        points=points,
    )


def neighbour_sentence(result: Result, texts: Texts) -> str | None:
    """The borderline note naming both patterns, or None when not near a cut-off."""
    if result.neighbour is None:
        return None
    return texts.t(
        "result.neighbour",
        pattern=texts.t(f"adjective.{result.pattern}"),
        neighbour=texts.t(f"adjective.{result.neighbour}"),
    )


def score_lines(result: Result, texts: Texts) -> list[str]:
    """One line per scale with its score and uncertainty, then the balance."""
    lines = [
        texts.t(
            "result.score_line",
            scale=texts.t(f"scale.{scale}"),
            score=result.scores[scale],
            uncertainty=result.uncertainty[scale],
        )
        for scale in SCALES
    ]
    lines.append(texts.t("result.balance_line", balance=signed(result.balance)))
    return lines


def signed(value: float) -> str:
    """A whole number with a typographic sign: +12, −12, 0."""
    number = round(value)
    if number == 0:
        return "0"
    return f"+{number}" if number > 0 else f"−{-number}"


def contact_lines(texts: Texts) -> list[str]:
    """The practice's contact details, one line each."""
    contact = texts.contact
    return [
        contact.practice,
        f"{contact.therapist}, {contact.title.lower()}",
        f"{texts.t('contact.address')}: {contact.address}",
        f"{texts.t('contact.phone')}: {contact.phone}",
        f"{texts.t('contact.email')}: {contact.email}",
    ]
