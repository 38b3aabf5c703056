"""Answers files: read them (TOML `[answers]` or a JSON export) and check them."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.model.embedded import block_of
from tui.model.errors import InputError, InputErrors
from tui.model.input_file import read_text
from tui.model.questionnaire import Questionnaire
from tui.model.stamp import Stamp, read_stamp
from tui.model.toml_file import parse_toml

SHOWN = 5
"""How many faulty ids a message names; the rest are counted, so a message stays short."""
LONGEST = 40
"""Characters of one id or value a message shows."""


def _short(text: str) -> str:
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def listing(items: list[str]) -> str:
    """The first few items, each cut short, and how many more there are."""
    shown = ", ".join(_short(item) for item in items[:SHOWN])
    rest = len(items) - SHOWN
    return f"{shown} and {rest} more" if rest > 0 else shown


@dataclass(frozen=True)
class AnswerSheet:
    """Answers as read from a file, not yet checked against a questionnaire."""

    answers: Mapping[str, object]
    seconds: Mapping[str, float] | None
    questionnaire_id: str | None
    questionnaire_version: str | None
    source: str
    stamp: Stamp = field(default_factory=Stamp)
    """When the test was taken and the client code, where the file says."""


def _parse(path: Path) -> dict[str, Any]:
    """A file's document: TOML, a JSON export, or the result block inside a report."""
    text = read_text(path)
    suffix = path.suffix.lower()
    block = block_of(text, suffix, str(path))
    if block is not None:
        return _json(block[0], str(path), first_line=block[1])
    if suffix == ".json":
        return _json(text, str(path))
    return parse_toml(text, str(path))


def _json(text: str, source: str, first_line: int = 1) -> dict[str, Any]:
    """A JSON object; `first_line` is the file's line the text begins on, for messages."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}, line {error.lineno + first_line - 1}, column {error.colno}",
            f"this is not valid JSON ({error.msg})",
            "correct the syntax there, or use an export written by tilknytning-test",
        ) from None
    except (ValueError, RecursionError):  # a number with too many digits, or nested too deeply
        raise InputError(
            source,
            "this is not valid JSON (a number is too long, or it is nested too deeply)",
            "use an export written by tilknytning-test",
        ) from None
    if not isinstance(doc, dict):
        raise InputError(source, "the JSON is not an object", 'write {"answers": {"n01": 4, ...}}')
    return doc


def read_answer_sheet(path: Path) -> AnswerSheet:
    """Read an answers file: TOML with an `[answers]` table, a JSON export, or a report.

    A Markdown or HTML report (by its suffix, in any case) is read through the
    result block it carries (`tui.model.embedded`).

    Raises:
        InputError: The file is absent, unreadable, malformed or has no answers table.
    """
    doc = _parse(path)
    answers = doc.get("answers")
    if not isinstance(answers, dict):
        raise InputError(
            str(path),
            "there is no [answers] table",
            "add [answers] with one line per question, e.g. n01 = 4",
        )
    seconds = doc.get("seconds")
    timing: dict[str, float] | None = None
    if isinstance(seconds, dict) and seconds:
        if not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v < math.inf
            for v in seconds.values()
        ):
            raise InputError(
                str(path), "[seconds] must hold a number ≥ 0 per question", "e.g. n01 = 6.5"
            )
        try:
            timing = {str(k): float(v) for k, v in seconds.items()}
        except OverflowError:  # a whole number too large for a float
            raise InputError(
                str(path), "[seconds] holds a number that is too large", "e.g. n01 = 6.5"
            ) from None
    qid, version = _questionnaire_of(doc, str(path))
    return AnswerSheet(answers, timing, qid, version, str(path), read_stamp(doc, str(path)))


def _questionnaire_of(doc: dict[str, Any], source: str) -> tuple[str | None, str | None]:
    """The questionnaire id and version an export names, or (None, None) for a bare answers file.

    Both must be texts: a number in their place would otherwise skip the version check.
    """
    meta = doc.get("questionnaire")
    if meta is None:
        return None, None
    if not isinstance(meta, dict):
        raise InputError(
            source,
            "`questionnaire` must be a table with id and version",
            'write [questionnaire] with id = "tilknytning" and version = "1"',
        )
    found: dict[str, str | None] = {}
    for key in ("id", "version"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            shown = _short(repr(value))
            raise InputError(
                source,
                f"the questionnaire {key} must be a text, not {shown}",
                f'write {key} = "{_short(str(value))}" with quotes',
            )
        found[key] = value
    if found["id"] is None and found["version"] is not None:
        raise InputError(source, "the questionnaire has a version but no id", 'add id = "…"')
    return found["id"], found["version"]


def check_answers(
    questionnaire: Questionnaire, answers: Mapping[str, object], source: str
) -> dict[str, int]:
    """Check answers against a questionnaire: known ids, whole numbers in range, none missing.

    Returns:
        The answers as a plain dict of ints, in questionnaire order.

    Raises:
        InputErrors: Every kind of fault at once (unknown ids, answers that are not
            whole numbers, answers out of range, missing answers), each naming its ids
            and how to mend them.
    """
    points = questionnaire.points
    problems: list[InputError] = []
    unknown = [key for key in answers if key not in questionnaire.by_id]
    if unknown:
        problems.append(
            InputError(
                source,
                f"answers for {len(unknown)} unknown question id(s): {listing(unknown)}",
                f"use the ids in {questionnaire.source or 'the questionnaire'}; "
                "remove or rename these",
            )
        )
    whole = {
        key: value
        for key, value in answers.items()
        if isinstance(value, int) and not isinstance(value, bool)
    }
    wrong_type = [key for key in answers if key not in whole]
    if wrong_type:
        shown = listing([f"{key} = {answers[key]!r}" for key in wrong_type])
        problems.append(
            InputError(
                source,
                f"answers must be whole numbers: {shown}",
                f"write a whole number from 1 to {points}",
            )
        )
    out_of_range = [key for key, value in whole.items() if not 1 <= value <= points]
    if out_of_range:
        shown = listing([f"{key} = {whole[key]}" for key in out_of_range])
        problems.append(
            InputError(
                source, f"answers out of range: {shown}", f"each answer must be from 1 to {points}"
            )
        )
    missing = [q.id for q in questionnaire.questions if q.id not in answers]
    if missing:
        problems.append(
            InputError(
                source,
                f"{len(missing)} question(s) have no answer: {listing(missing)}",
                f"add an answer from 1 to {points} for each",
            )
        )
    if problems:
        raise InputErrors(problems)
    return {q.id: whole[q.id] for q in questionnaire.questions}


def check_version(questionnaire: Questionnaire, sheet: AnswerSheet) -> None:
    """Refuse an export made with another questionnaire or version."""
    if sheet.questionnaire_id is None:
        return
    if (sheet.questionnaire_id, sheet.questionnaire_version) != (
        questionnaire.id,
        questionnaire.version,
    ):
        raise InputError(
            sheet.source,
            f"made with questionnaire {sheet.questionnaire_id!r} "
            f"version {sheet.questionnaire_version!r}, "
            f"but this is {questionnaire.id!r} version {questionnaire.version!r}",
            "score it with the questionnaire it was made with (--questions PATH)",
        )


def check_same_version(first: AnswerSheet, second: AnswerSheet) -> None:
    """Refuse to compare answers made with different questionnaires or versions."""
    if None in (first.questionnaire_id, second.questionnaire_id):
        return
    mine = (first.questionnaire_id, first.questionnaire_version)
    theirs = (second.questionnaire_id, second.questionnaire_version)
    if mine != theirs:
        raise InputError(
            f"{first.source} and {second.source}",
            f"they come from different questionnaires: {mine[0]!r} version {mine[1]!r} "
            f"and {theirs[0]!r} version {theirs[1]!r}. The statements changed between them, "
            "so the scores do not measure the same thing and their difference means nothing",
            "compare only two results of the same questionnaire version; for a new starting "
            "point, take the test again with this version",
        )
