"""Which answers pulled the balance."""

from __future__ import annotations

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.details import balance_pulls, strongest_pulls
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score


@pytest.mark.parametrize("pattern", list(PROTOTYPES))
def test_pulls_add_up_to_the_balance(questionnaire: Questionnaire, pattern: str) -> None:
    answers = answers_for(questionnaire, PROTOTYPES[pattern])
    result = score(questionnaire, answers)
    assert sum(balance_pulls(questionnaire, answers).values()) == pytest.approx(result.balance, abs=0.1)


def test_one_answer_moved_to_the_closeness_pole_pulls_most(questionnaire: Questionnaire) -> None:
    answers = dict.fromkeys(questionnaire.by_id, 4)
    target = next(q for q in questionnaire.on_scale("naerhed") if q.reverse)
    answers[target.id] = 1
    pulls = balance_pulls(questionnaire, answers)
    assert strongest_pulls(pulls) == [target.id]
    assert pulls[target.id] < 0


def test_disorganisation_items_do_not_pull_the_balance(questionnaire: Questionnaire) -> None:
    answers = dict.fromkeys(questionnaire.by_id, 7)
    pulls = balance_pulls(questionnaire, answers)
    assert all(pulls[q.id] == 0 for q in questionnaire.on_scale("desorganisering"))
    assert len(strongest_pulls(pulls, 3)) == 3
