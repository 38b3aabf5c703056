"""The questionnaire as typed data, parsed and checked from the TOML document."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard

from tui.model.errors import InputError, InputErrors
from tui.model.input_file import read_text
from tui.model.names import PATTERNS, SCALES, Pattern, Scale, is_scale
from tui.model.printable import control_characters
from tui.model.toml_file import parse_toml

__all__ = ["PATTERNS", "SCALES", "Pattern", "Question", "Questionnaire", "Scale", "Scoring"]

REQUIRED_LANGUAGE = "da"
MAX_POINTS = 9
"""The app answers with the keys 1–9, so a scale cannot have more points."""


class Question(NamedTuple):
    """One statement the person rates."""

    id: str
    scale: Scale
    reverse: bool
    text: Mapping[str, str]


class Scoring(NamedTuple):
    """Cut-offs, margins and validity thresholds, all read from `[scoring]`."""

    over_weighted: float
    """A drive scale at or above this weighs that drive at the cost of the other."""
    both_high: float
    """Both drives at or above this: the switching of the disorganised pattern."""
    desorganisering: float
    """The desorganisering scale at or above this: disorganised."""
    margin: float
    """A score this close to a cut-off names the neighbouring pattern."""
    reliability: Mapping[Scale, float]
    """Assumed reliability (Cronbach's alpha) of each scale, for its standard error."""
    spread: Mapping[Scale, float]
    """Assumed spread (SD, 0–100 points) of each scale between people."""
    pairs: tuple[tuple[str, str], ...] = ()
    """Near-synonym item pairs for the consistency check."""
    pair_gap: int = 3
    pair_count: int = 2
    straight_run: int = 10
    acquiescence_high: float = 5.0
    acquiescence_low: float = 3.0
    fast_median_seconds: float = 2.0
    same_answer_share: float = 0.75
    """One answer given to this share of the statements or more: no reading."""
    both_ways_high: float = 5.5
    """Statements and their opposites agreed with alike at or above this (see
    validity.both_ways): no reading."""
    both_ways_low: float = 2.5
    """Statements and their opposites disagreed with alike at or below this: no reading."""


@dataclass(frozen=True)
class Questionnaire:
    """The whole questionnaire: response scale, questions and scoring rules."""

    id: str
    version: str
    points: int
    labels: Mapping[str, tuple[str, ...]]
    questions: tuple[Question, ...]
    scoring: Scoring
    source: str = ""
    by_id: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {q.id: q for q in self.questions})

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages every label and question is written in."""
        return tuple(self.labels)

    def on_scale(self, scale: Scale) -> tuple[Question, ...]:
        """The questions of one scale, in presentation order."""
        return tuple(q for q in self.questions if q.scale == scale)


class QuestionnaireError(InputErrors):
    """A questionnaire with one or more faults; `problems` lists each one."""


_SCORING_DEFAULTS: dict[str, Any] = {
    "pair_gap": 3,
    "pair_count": 2,
    "straight_run": 10,
    "acquiescence_high": 5.0,
    "acquiescence_low": 3.0,
    "fast_median_seconds": 2.0,
    "same_answer_share": 0.75,
    "both_ways_high": 5.5,
    "both_ways_low": 2.5,
}
_CUT_OFFS = ("over_weighted", "both_high", "desorganisering", "margin")
REVERSED_SHARE: Mapping[Scale, tuple[float, float]] = {
    "naerhed": (0.3, 0.5),
    "selvrealisering": (0.3, 0.5),
    "desorganisering": (0.25, 0.5),
}
"""The share of reversed statements each scale must have (DESIGN.md, "The model").

Enough reversed statements to tell agreeing with everything from agreeing with
the scale's pole; at most half, so the pole's own statements carry the scale."""
_DEFAULT_RELIABILITY = 0.85
_DEFAULT_SPREAD = 19.0


class _Checker:
    """Collects the faults of one document, naming file, line and question id."""

    def __init__(self, text: str, source: str) -> None:
        self.lines = text.splitlines()
        self.source = source
        self.problems: list[InputError] = []

    def line_of(self, pattern: str) -> int | None:
        regex = re.compile(pattern)
        for number, line in enumerate(self.lines, start=1):
            if regex.search(line):
                return number
        return None

    def where(self, pattern: str | None = None, question: str | None = None) -> str:
        line = self.line_of(pattern) if pattern else None
        if question and line is None:
            line = self.line_of(rf"""^\s*id\s*=\s*["']{re.escape(question)}["']""")
        text = self.source
        if line is not None:
            text += f", line {line}"
        if question:
            text += f", question {question!r}"
        return text

    def fault(
        self, what: str, fix: str, pattern: str | None = None, question: str | None = None
    ) -> None:
        self.problems.append(InputError(self.where(pattern, question), what, fix))

    def no_controls(
        self, text: str, what: str, pattern: str | None = None, question: str | None = None
    ) -> None:
        """A fault if `text` holds control characters, which a terminal would obey."""
        found = control_characters(text)
        if found:
            self.fault(
                f"{what} holds control characters: {', '.join(found[:3])}",
                "remove them; write the text as plain characters",
                pattern,
                question,
            )


def _number(value: object) -> TypeGuard[float]:
    """A finite int or float (TOML's nan and inf are refused, as are booleans)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)


def _response(doc: dict[str, Any], check: _Checker) -> tuple[int, dict[str, tuple[str, ...]]]:
    response = doc.get("response")
    if not isinstance(response, dict):
        check.fault(
            "the [response] table is missing",
            "add a [response] table with `points = 7` and a [response.labels] table",
        )
        return 0, {}
    points = response.get("points")
    if not isinstance(points, int) or isinstance(points, bool) or not 2 <= points <= MAX_POINTS:
        check.fault(
            f"`points` must be a whole number from 2 to {MAX_POINTS}, not {points!r}",
            f"write for example `points = 7` under [response] (the keys 1–{MAX_POINTS} answer)",
            r"^\s*points\s*=" if "points" in response else r"^\s*\[response\]",
        )
        points = 0
    labels = response.get("labels")
    if not isinstance(labels, dict) or not labels:
        check.fault(
            "the [response.labels] table is missing or empty",
            'add [response.labels] with one list per language, e.g. da = ["Passer slet ikke", ...]',
            r"^\s*\[response\]",
        )
        return points, {}
    result: dict[str, tuple[str, ...]] = {}
    for language, names in labels.items():
        pattern = rf"^\s*{re.escape(language)}\s*="
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            check.fault(
                f"the labels for language {language!r} must be a list of non-empty texts",
                f'write {language} = ["…", "…"] with one text per point',
                pattern,
            )
            continue
        for label in names:
            check.no_controls(label, f"a label in language {language!r}", pattern)
        if points and len(names) != points:
            check.fault(
                f"language {language!r} has {len(names)} labels but `points` is {points}",
                "give exactly one label per point",
                pattern,
            )
        result[language] = tuple(names)
    if REQUIRED_LANGUAGE not in labels:
        check.fault(
            f"the labels have no {REQUIRED_LANGUAGE!r} (Danish) list",
            f"add {REQUIRED_LANGUAGE} = [...] under [response.labels]",
            r"^\s*\[response.labels\]",
        )
    return points, result


def _questions(
    doc: dict[str, Any], languages: tuple[str, ...], check: _Checker
) -> tuple[Question, ...]:
    raw = doc.get("question")
    if not isinstance(raw, list) or not raw:
        check.fault(
            "there are no questions",
            "add [[question]] tables with id, scale, reverse and text.da / text.en",
        )
        return ()
    seen: set[str] = set()
    questions: list[Question] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            check.fault(f"question number {number} is not a table", "write it as [[question]]")
            continue
        qid = item.get("id")
        if not isinstance(qid, str) or not qid.strip():
            check.fault(
                f"question number {number} has no `id`",
                'give it a unique, stable id such as id = "n11"',
            )
            continue
        if control_characters(qid):
            check.no_controls(qid, f"the id of question number {number}")
            continue
        if qid in seen:
            check.fault(
                f"the id {qid!r} is used twice",
                "give each question its own id (answer files refer to it)",
                rf"""^\s*id\s*=\s*["']{re.escape(qid)}["']""",
            )
            continue
        seen.add(qid)
        scale = item.get("scale")
        if scale not in SCALES:
            check.fault(
                f"unknown scale {scale!r}",
                f"use one of: {', '.join(SCALES)}",
                question=qid,
            )
        reverse = item.get("reverse", None)
        if not isinstance(reverse, bool):
            check.fault(
                f"`reverse` must be true or false, not {reverse!r}",
                "write reverse = true or reverse = false (without quotes)",
                question=qid,
            )
        text = item.get("text")
        texts: dict[str, str] = {}
        if not isinstance(text, dict):
            check.fault(
                "the question has no text",
                'add text.da = "…" and a text for every other language',
                question=qid,
            )
        else:
            for language in languages:
                value = text.get(language)
                if not isinstance(value, str) or not value.strip():
                    check.fault(
                        f"the text in language {language!r} is missing",
                        f'add text.{language} = "…" to this question',
                        question=qid,
                    )
                else:
                    check.no_controls(value, f"the text in language {language!r}", question=qid)
                    texts[language] = value.strip()
        if isinstance(reverse, bool) and is_scale(scale):
            questions.append(Question(qid, scale, reverse, texts))
    return tuple(questions)


def _keying(questions: tuple[Question, ...], check: _Checker) -> None:
    """Every scale has questions, and its share of reversed ones lies within REVERSED_SHARE."""
    if not questions:
        return
    for scale in SCALES:
        items = [q for q in questions if q.scale == scale]
        if not items:
            check.fault(
                f"the scale {scale!r} has no questions", f'add questions with scale = "{scale}"'
            )
            continue
        low, high = REVERSED_SHARE[scale]
        reversed_count = sum(q.reverse for q in items)
        if not low <= reversed_count / len(items) <= high:
            check.fault(
                f"the scale {scale!r} has {reversed_count} reversed of {len(items)} questions "
                f"({reversed_count / len(items):.0%}); it needs {low:.0%}–{high:.0%}",
                "reverse = true belongs to a secure statement that holds both drives; add or "
                "remove such statements until the share fits",
            )


def _scale_table(
    value: object, name: str, default: float, low: float, high: float, check: _Checker
) -> dict[Scale, float]:
    table: dict[Scale, float] = dict.fromkeys(SCALES, default)
    if value is None:
        return table
    if not isinstance(value, dict):
        check.fault(
            f"[scoring.{name}] must be a table", f"write [scoring.{name}] with one number per scale"
        )
        return table
    for scale, number in value.items():
        pattern = rf"^\s*\[scoring\.{name}\]"
        if not is_scale(scale):
            check.fault(
                f"[scoring.{name}] names unknown scale {scale!r}",
                f"use one of: {', '.join(SCALES)}",
                pattern,
            )
        elif not _number(number) or not low < number < high:
            check.fault(
                f"[scoring.{name}] {scale} must be a number between {low:g} and {high:g}",
                "write a number in that range",
                pattern,
            )
        else:
            table[scale] = float(number)
    return table


def _scoring(doc: dict[str, Any], ids: set[str], check: _Checker) -> Scoring | None:
    raw = doc.get("scoring")
    if not isinstance(raw, dict):
        check.fault(
            "the [scoring] table is missing",
            "add [scoring] with over_weighted, both_high, desorganisering and margin "
            "(0–100 points)",
        )
        return None
    values: dict[str, Any] = {}
    for key in _CUT_OFFS:
        value = raw.get(key)
        if not _number(value) or not 0 <= value <= 100:
            check.fault(
                f"[scoring] `{key}` must be a number from 0 to 100, not {value!r}",
                f"write for example `{key} = 50`",
                rf"^\s*{key}\s*=" if key in raw else r"^\s*\[scoring\]",
            )
        else:
            values[key] = float(value)
    for key, default in _SCORING_DEFAULTS.items():
        value = raw.get(key, default)
        if key == "same_answer_share" and _number(value) and not 0 < value <= 1:
            check.fault(
                f"[scoring] `same_answer_share` is a share of the statements, from 0 to 1, "
                f"not {value!r}",
                "write for example `same_answer_share = 0.75` (three in four statements)",
                rf"^\s*{key}\s*=",
            )
        elif (
            not _number(value)
            or value < 0
            or (isinstance(default, int) and not isinstance(value, int))
        ):
            check.fault(
                f"[scoring] `{key}` must be a "
                f"{'whole ' if isinstance(default, int) else ''}number ≥ 0",
                f"write for example `{key} = {default}`",
                rf"^\s*{key}\s*=",
            )
        else:
            values[key] = value
    pairs: list[tuple[str, str]] = []
    raw_pairs = raw.get("pairs", [])
    if not isinstance(raw_pairs, list):
        check.fault(
            f"[scoring] `pairs` must be a list of id pairs, not {raw_pairs!r}",
            'write pairs = [["n02", "n08"], ...]',
            r"^\s*pairs\s*=",
        )
        raw_pairs = []
    for pair in raw_pairs:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            check.fault(
                f"the pair {pair!r} must be two question ids",
                'write ["n02", "n08"]',
                r"^\s*pairs\s*=",
            )
        elif not set(pair) <= ids:
            unknown = ", ".join(p for p in pair if p not in ids)
            check.fault(
                f"the pair {pair!r} names unknown question id {unknown}",
                "use ids that exist",
                r"^\s*pairs\s*=",
            )
        else:
            pairs.append((pair[0], pair[1]))
    reliability = _scale_table(
        raw.get("reliability"), "reliability", _DEFAULT_RELIABILITY, 0, 1, check
    )
    spread = _scale_table(raw.get("spread"), "spread", _DEFAULT_SPREAD, 0, 100, check)
    if len(values) != len(_CUT_OFFS) + len(_SCORING_DEFAULTS):
        return None
    return Scoring(reliability=reliability, spread=spread, pairs=tuple(pairs), **values)


def parse_questionnaire(text: str, source: str = "questions.toml") -> Questionnaire:
    """Parse and check a questionnaire document.

    Args:
        text: The TOML text.
        source: The file name for error messages.

    Returns:
        The questionnaire.

    Raises:
        InputError: The TOML is malformed.
        QuestionnaireError: The document has faults; every one is listed.
    """
    doc = parse_toml(text, source)
    check = _Checker(text, source)
    meta = doc.get("questionnaire", {})
    if not isinstance(meta, dict):
        check.fault("[questionnaire] must be a table", "write [questionnaire] with id and version")
        meta = {}
    qid = meta.get("id", "tilknytning")
    version = meta.get("version", "1")
    for key, value in (("id", qid), ("version", version)):
        if not isinstance(value, str):
            check.fault(
                f"[questionnaire] {key} must be a text, not {value!r}",
                f'write {key} = "{value}" with quotes',
                rf"^\s*{key}\s*=",
            )
        else:
            check.no_controls(value, f"[questionnaire] {key}", rf"^\s*{key}\s*=")
    points, labels = _response(doc, check)
    languages = tuple(labels) or (REQUIRED_LANGUAGE,)
    questions = _questions(doc, languages, check)
    _keying(questions, check)
    scoring = _scoring(doc, {q.id for q in questions}, check)
    if check.problems or scoring is None:
        raise QuestionnaireError(check.problems)
    return Questionnaire(str(qid), str(version), points, labels, questions, scoring, source)


def load_questionnaire(path: Path) -> Questionnaire:
    """Read, parse and check a questionnaire file."""
    return parse_questionnaire(read_text(path), str(path))
