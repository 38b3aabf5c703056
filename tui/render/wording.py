"""Sentences about a result, shared by the reports and the app."""

from __future__ import annotations

from tui.model.questionnaire import SCALES, Pattern, Scoring
from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.model.validity import Flag

WHOLE_NUMBER_CHECKS = frozenset({"same_answer", "straight_lining", "inconsistency"})
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
    if result.pattern is None or result.neighbour is None or result.equally_near:
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


def scores_note(result: Result, scoring: Scoring, texts: Texts) -> str:
    """What the two drive scores say together, true for this person's scores.

    Both below the cut-off is the balance of the secure pattern; only then, and
    only when desorganisering is below its own cut-off, does the note speak of
    balance. Unreadable answers get a note of their own.
    """
    if not result.readable:
        return texts.t("unreadable.scores_note")
    high = {
        scale
        for scale in ("naerhed", "selvrealisering")
        if result.scores[scale] >= scoring.over_weighted
    }
    key = "both_high" if len(high) == 2 else high.pop() if high else "both_low"
    if key == "both_low" and result.scores["desorganisering"] >= scoring.desorganisering:
        key = "both_low_shifting"
    return texts.t(f"result.scores_note.{key}")


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


def headline(result: Result, texts: Texts) -> tuple[str, str, str]:
    """The lead-in, the name and the summary at the top of a result.

    Unreadable answers get no pattern name but a kind sentence; a point on a
    boundary names every pattern it is equally near; otherwise the pattern.
    """
    if result.pattern is None:
        return "", texts.t("unreadable.heading"), texts.t("unreadable.summary")
    if result.equally_near:
        joined = joined_adjectives(result.equally_near, texts)
        return (
            texts.t("between.lead"),
            texts.t("between.name", patterns=joined),
            texts.t("between.summary"),
        )
    pattern = texts.patterns[result.pattern]
    return texts.t("result.pattern_lead"), pattern.name, pattern.summary


def joined_adjectives(patterns: tuple[Pattern, ...], texts: Texts) -> str:
    """Patterns as adjectives in a list: "tryg og ambivalent", "tryg, ambivalent og undvigende"."""
    names = [texts.t(f"adjective.{pattern}") for pattern in patterns]
    return ", ".join(names[:-1]) + texts.t("between.joiner") + names[-1]


def pattern_label(result: Result, texts: Texts) -> str:
    """The reading in a few words, for a line of its own (a comparison, the details)."""
    if result.pattern is None:
        return texts.t("compare.unreadable")
    if result.equally_near:
        return texts.t("compare.between", patterns=joined_adjectives(result.equally_near, texts))
    return texts.patterns[result.pattern].name


def unreadable_sentences(result: Result, texts: Texts) -> list[str]:
    """Why the answers carry no reading, then how to take the test again; empty if readable."""
    if result.readable:
        return []
    sentences = []
    for reason in result.unreadable:
        sentences.append(texts.t(f"unreadable.{reason.code}", value=round(reason.value)))
    sentences.append(texts.t("unreadable.again"))
    return sentences


def described_patterns(result: Result) -> tuple[Pattern, ...]:
    """The patterns whose descriptions a result shows: none, its own, or every tied one."""
    if result.pattern is None:
        return ()
    return result.equally_near or (result.pattern,)


def stamp_lines(stamp: Stamp, texts: Texts) -> list[str]:
    """When the test was taken and the client code, each where known, as sentences."""
    lines = []
    if stamp.taken is not None:
        lines.append(texts.t("result.taken", date=f"{stamp.taken:%Y-%m-%d %H:%M}"))
    if stamp.client:
        lines.append(texts.t("result.client", client=stamp.client))
    return lines
