"""The result as one document: the same sections, in the same order, in every view."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from tests.answering import PROTOTYPES, answers_for, boundary_answers
from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result, score
from tui.model.texts import Texts
from tui.render.document import Headline, Note, Section, result_document
from tui.render.report_markdown import markdown_report
from tui.render.report_text import text_report
from tui.widgets.result_section import ResultSection


def as_text(result: Result, questionnaire: Questionnaire, texts: Texts) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None, record=True)
    console.print(text_report(result, questionnaire, texts))
    return console.export_text()


def readable(questionnaire: Questionnaire, pattern: str = "ambivalent") -> Result:
    return score(questionnaire, answers_for(questionnaire, PROTOTYPES[pattern]))


def unreadable(questionnaire: Questionnaire) -> Result:
    return score(questionnaire, dict.fromkeys(questionnaire.by_id, 4))


def on_boundary(questionnaire: Questionnaire) -> Result:
    return score(questionnaire, boundary_answers(questionnaire))


def ids(sections: tuple[Section, ...]) -> list[str]:
    return [section.id for section in sections]


def headings_in_order(text: str, sections: tuple[Section, ...]) -> bool:
    """True when every section's heading occurs in `text`, in the document's order."""
    position = 0
    for section in sections:
        if not section.heading:
            continue
        found = text.find(section.heading, position)
        if found < 0:
            return False
        position = found + len(section.heading)
    return True


def test_the_order_chosen_for_the_reader(questionnaire: Questionnaire, texts: Texts) -> None:
    result = score(
        questionnaire,
        answers_for(questionnaire, PROTOTYPES["tryg"]),
        dict.fromkeys(questionnaire.by_id, 0.5),
    )
    assert result.flags and result.readable
    assert ids(result_document(result, questionnaire, texts, answers=True)) == [
        "headline",
        "uncertain",
        "plot",
        "scores",
        "description-tryg",
        "earned-security",
        "contact",
        "disclaimer",
        "help-lines",
        "answers",
    ]


@pytest.mark.parametrize("case", [readable, unreadable, on_boundary])
def test_text_and_markdown_walk_the_same_sections(
    questionnaire: Questionnaire, texts: Texts, case: object
) -> None:
    assert callable(case)
    result = case(questionnaire)
    sections = result_document(result, questionnaire, texts)
    assert headings_in_order(as_text(result, questionnaire, texts), sections)
    report = markdown_report(result, questionnaire, texts)
    markdown_headings = re.findall(r"^## (.+)$", report, flags=re.MULTILINE)
    assert markdown_headings == [
        *(section.heading for section in sections if section.heading),
        texts.t("result.answers"),
        texts.t("result.data_heading"),  # the result as data, for score and compare, comes last
    ]


async def test_the_screen_shows_one_widget_per_section_in_order(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    answers = boundary_answers(questionnaire)
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *(str(value) for value in answers.values()))
        await pilot.pause()
        shown = [widget.section.id for widget in app.screen.query(ResultSection)]
    expected = result_document(score(questionnaire, answers), questionnaire, texts)
    assert shown == ids(expected)


def test_an_unreadable_result_names_no_pattern(questionnaire: Questionnaire, texts: Texts) -> None:
    result = unreadable(questionnaire)
    assert not result.readable
    sections = result_document(result, questionnaire, texts)
    assert ids(sections)[:3] == ["headline", "unreadable", "scores"]
    assert "plot" not in ids(sections)
    assert not [i for i in ids(sections) if i.startswith("description")]
    headline = sections[0].body
    assert isinstance(headline, Headline)
    assert headline.name == texts.t("unreadable.heading")
    shown = as_text(result, questionnaire, texts) + markdown_report(result, questionnaire, texts)
    for pattern in texts.patterns.values():
        assert pattern.name not in shown
    report = markdown_report(result, questionnaire, texts)
    for sentence in ("unreadable.again", "unreadable.scores_note", "unreadable.same_answer"):
        assert texts.t(sentence, value=100) in report


def test_a_result_on_a_boundary_names_and_describes_every_tied_pattern(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    result = on_boundary(questionnaire)
    assert len(result.equally_near) == 2
    sections = result_document(result, questionnaire, texts)
    described = [i.removeprefix("description-") for i in ids(sections) if "description" in i]
    assert described == list(result.equally_near)
    headline = sections[0].body
    assert isinstance(headline, Headline)
    for pattern in result.equally_near:
        assert texts.t(f"adjective.{pattern}") in headline.name
    assert "borderline" not in ids(sections)  # the headline says it; no second note
    report = markdown_report(result, questionnaire, texts)
    for pattern in result.equally_near:
        assert f"## {texts.patterns[pattern].name}" in report


def test_a_flagged_readable_result_keeps_its_pattern_and_says_why(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["undvigende"])
    result = score(questionnaire, answers, dict.fromkeys(answers, 0.5))
    sections = result_document(result, questionnaire, texts)
    note = next(section.body for section in sections if section.id == "uncertain")
    assert isinstance(note, Note) and note.points
    assert texts.patterns["undvigende"].name in as_text(result, questionnaire, texts)
