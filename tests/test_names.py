"""Scale and pattern names are types: strict mypy catches a misspelt one."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from mypy import api

from tui.model.names import PATTERNS, SCALES, Pattern, Scale, is_scale
from tui.model.questionnaire import Questionnaire

MISSPELT = """
from tui.model.scoring import Result

def secure(result: Result) -> bool:
    return result.pattern == "trygg"

def closeness(result: Result) -> float:
    return result.scores["naerhd"]
"""


def test_the_names_are_the_types_arguments() -> None:
    assert SCALES == get_args(Scale) == ("naerhed", "selvrealisering", "desorganisering")
    assert get_args(Pattern) == PATTERNS
    assert is_scale("naerhed") and not is_scale("nærhed")


def test_questions_carry_a_checked_scale(questionnaire: Questionnaire) -> None:
    assert {question.scale for question in questionnaire.questions} == set(SCALES)


def test_strict_mypy_catches_a_misspelt_name(tmp_path: Path) -> None:
    source = tmp_path / "misspelt.py"
    source.write_text(MISSPELT, encoding="utf-8")
    report, _, status = api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", str(source)]
    )
    assert status == 1
    assert "misspelt.py:5: error: Non-overlapping equality check" in report
    assert "misspelt.py:8: error: Invalid index type \"Literal['naerhd']\"" in report
