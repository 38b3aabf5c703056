"""Reports carry their result as data: the Markdown block and the HTML script read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.answers import check_answers, read_answer_sheet
from tui.model.errors import InputError
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_json
from tui.model.scoring import score
from tui.model.stamp import Stamp
from tui.model.texts import Texts
from tui.render.report_markdown import markdown_report


def html_report(json_text: str) -> str:
    """An HTML report as the spec writes its data: `<`, `>` and `&` escaped as \\u00XX."""
    escaped = json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (
        "<!doctype html>\n<html><head><title>Rapport</title></head>\n<body><h1>Tryg</h1>\n"
        f'<script type="application/json" id="tilknytning-result">{escaped}</script>\n'
        "</body></html>\n"
    )


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_answer_sheet(path)
    return caught.value.message


def test_a_markdown_report_reads_back_with_its_stamp(
    tmp_path: Path, questionnaire: Questionnaire, texts: Texts
) -> None:
    from datetime import datetime, timedelta, timezone

    answers = answers_for(questionnaire, PROTOTYPES["undvigende"])
    stamp = Stamp(datetime(2026, 11, 26, 14, 5, tzinfo=timezone(timedelta(hours=1))), "K<&>7")
    path = tmp_path / "rapport.MD"
    path.write_text(markdown_report(score(questionnaire, answers), questionnaire, texts, stamp))
    sheet = read_answer_sheet(path)
    assert check_answers(questionnaire, sheet.answers, sheet.source) == answers
    assert sheet.stamp == stamp


def test_the_markdown_block_is_last_under_a_heading_that_says_what_it_is(
    questionnaire: Questionnaire, texts: Texts
) -> None:
    result = score(questionnaire, answers_for(questionnaire, PROTOTYPES["tryg"]))
    report = markdown_report(result, questionnaire, texts)
    heading = report.index("## Resultatet som data")
    block = report.index("```json tilknytning-result\n")
    assert heading < block and report.rstrip().endswith("}\n```")
    assert json.loads(report[block:].split("\n", 1)[1].rsplit("```", 1)[0]) == json.loads(
        result_to_json(result)
    )


def test_an_html_report_reads_back_through_its_script(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    json_text = result_to_json(score(questionnaire, answers), Stamp(client="<b>&x</b>"))
    path = tmp_path / "rapport.html"
    path.write_text(html_report(json_text), encoding="utf-8")
    assert "<b>" not in path.read_text(encoding="utf-8")
    sheet = read_answer_sheet(path)
    assert check_answers(questionnaire, sheet.answers, sheet.source) == answers
    assert sheet.stamp.client == "<b>&x</b>"


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("plain.md", "# Min rapport\n\nIngen data her.\n", "holds no result data"),
        ("plain.html", "<html><body>Ingen data</body></html>", "holds no result data"),
        ("open.md", "# R\n\n```json tilknytning-result\n{\n", "no closing ```"),
        (
            "twice.md",
            "```json tilknytning-result\n{}\n```\n```json tilknytning-result\n{}\n```\n",
            "holds 2 results",
        ),
    ],
)
def test_a_report_without_one_result_block_gets_one_line(
    tmp_path: Path, name: str, text: str, says: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    message = error_of(path)
    assert says in message
    assert "\n" not in message


def test_bad_json_in_a_block_is_named_by_the_file_line(tmp_path: Path) -> None:
    path = tmp_path / "rapport.md"
    path.write_text('# R\n\ntekst\n\n```json tilknytning-result\n{\n  "answers": ,\n}\n```\n')
    assert error_of(path).startswith(f"{path}, line 7, column")
