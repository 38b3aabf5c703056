"""Sentences about a result: the note under the scores fits the reader's own scores."""

from __future__ import annotations

import pytest

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.wording import scores_note


def with_scores(
    naerhed: float,
    selvrealisering: float,
    pattern: str | None = "tryg",
    desorganisering: float = 20,
) -> Result:
    return Result(
        scores={
            "naerhed": naerhed,
            "selvrealisering": selvrealisering,
            "desorganisering": desorganisering,
        },
        uncertainty={"naerhed": 10, "selvrealisering": 10, "desorganisering": 10},
        balance=selvrealisering - naerhed,
        balance_uncertainty=15,
        pattern=pattern,
        neighbours=(),
        equally_near=(),
        unreadable=(),
        checks=(),
        flags=(),
        answers={},
        seconds=None,
        questionnaire_id="test",
        questionnaire_version="1",
    )


@pytest.mark.parametrize(
    ("naerhed", "selvrealisering", "key"),
    [
        (17, 17, "both_low"),
        (49.9, 10, "both_low"),
        (50, 10, "naerhed"),
        (83, 17, "naerhed"),
        (17, 83, "selvrealisering"),
        (55, 52, "both_high"),
        (83, 83, "both_high"),
    ],
)
def test_the_scores_note_fits_the_scores(
    questionnaire: Questionnaire,
    texts: Texts,
    naerhed: float,
    selvrealisering: float,
    key: str,
) -> None:
    note = scores_note(with_scores(naerhed, selvrealisering), questionnaire.scoring, texts)
    assert note == texts.t(f"result.scores_note.{key}")


def test_only_low_scores_on_both_drives_are_called_balance(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    scoring = questionnaire.scoring
    assert "balance" in scores_note(with_scores(17, 17), scoring, texts)
    for scores in ((83, 17), (17, 83), (83, 83)):
        assert "balance" not in scores_note(with_scores(*scores), scoring, texts)


@pytest.mark.parametrize(
    ("desorganisering", "key"), [(64.9, "both_low"), (65, "both_low_shifting")]
)
def test_low_drives_with_switching_over_its_cut_off_are_not_called_balance(
    questionnaire: Questionnaire, texts: Texts, desorganisering: float, key: str
) -> None:
    """Disorganised through the switching alone: the drives are low, but nothing is in balance."""
    scoring = questionnaire.scoring
    assert scoring.desorganisering == 65
    note = scores_note(with_scores(17, 17, "desorganiseret", desorganisering), scoring, texts)
    assert note == texts.t(f"result.scores_note.{key}")


def test_unreadable_answers_get_their_own_note(questionnaire: Questionnaire, texts: Texts) -> None:
    note = scores_note(with_scores(50, 50, pattern=None), questionnaire.scoring, texts)
    assert note == texts.t("unreadable.scores_note")
