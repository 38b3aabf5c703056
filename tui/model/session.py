"""One person's answers while they take the test: held in memory, never written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result, score
from tui.model.stamp import local_now, with_offset

SECONDS_PLACES = 2
"""Decimals of an answer time: what an export writes, so reading it back changes nothing."""


@dataclass
class Session:
    """The answers and answer times of one person taking the test.

    Nothing here is ever written to disk; a new test starts a new Session and
    drops the old one.
    """

    questionnaire: Questionnaire
    now: Callable[[], datetime] = local_now
    """The date and time, read when an answer is given; tests pass a fixed one."""
    answers: dict[str, int] = field(default_factory=dict)
    """Answer (1..points) per question id."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Seconds spent before answering each question, summed over visits, to the hundredth."""
    taken: datetime | None = None
    """When the last answer was given, with its UTC offset: the time the test was taken."""

    def answer(self, index: int, value: int, elapsed: float) -> None:
        """Record the answer to the question at `index`.

        Raises:
            ValueError: `value` is outside 1..points.
        """
        if not 1 <= value <= self.questionnaire.points:
            raise ValueError(f"answer {value} is outside 1..{self.questionnaire.points}")
        question = self.questionnaire.questions[index]
        self.answers[question.id] = value
        # Kept to the hundredth, as exports write them: a result read back from an
        # export then has the same speed figure as the one on screen.
        total = self.seconds.get(question.id, 0.0) + max(0.0, elapsed)
        self.seconds[question.id] = round(total, SECONDS_PLACES)
        self.taken = with_offset(self.now())

    def answer_at(self, index: int) -> int | None:
        """The answer given to the question at `index`, if any."""
        return self.answers.get(self.questionnaire.questions[index].id)

    def first_unanswered(self) -> int | None:
        """The index of the first question without an answer, or None when complete."""
        for index, question in enumerate(self.questionnaire.questions):
            if question.id not in self.answers:
                return index
        return None

    @property
    def answered(self) -> int:
        """How many questions have an answer."""
        return len(self.answers)

    def only_unanswered(self, index: int) -> bool:
        """Whether the question at `index` is the one question without an answer."""
        questions = self.questionnaire.questions
        return self.answered == len(questions) - 1 and questions[index].id not in self.answers

    def result_if(self, index: int, value: int, elapsed: float) -> Result | None:
        """The result were the question at `index` answered `value` after `elapsed` s more.

        None unless it is the one question without an answer. Nothing is recorded:
        it is a result to prepare the view of the result with before the last
        answer, never one to show.
        """
        if not self.only_unanswered(index):
            return None
        question = self.questionnaire.questions[index]
        answers = {**self.answers, question.id: value}
        total = self.seconds.get(question.id, 0.0) + max(0.0, elapsed)
        seconds = {**self.seconds, question.id: round(total, SECONDS_PLACES)}
        return score(self.questionnaire, answers, seconds)

    def result(self) -> Result:
        """Score the complete answers, with timings for the speed flag.

        Raises:
            ValueError: Some question has no answer yet.
        """
        missing = self.first_unanswered()
        if missing is not None:
            raise ValueError(f"question {missing + 1} has no answer")
        return score(self.questionnaire, self.answers, self.seconds)
