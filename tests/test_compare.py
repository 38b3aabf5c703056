"""`compare` over time: dates and client codes, refusals, and each result's flags as a caveat."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.answering import PROTOTYPES, answers_for, inconsistent_answers
from tui.cli import cli
from tui.model.questionnaire import Questionnaire

runner = CliRunner()
EARLY = "2026-09-01T10:00:00+02:00"
LATE = "2026-11-26T14:05:00+01:00"


def export(
    tmp_path: Path,
    questionnaire: Questionnaire,
    name: str,
    answers: dict[str, int],
    taken: str | None = None,
    client: str | None = None,
) -> str:
    """A JSON export with the stamp given (none where None)."""
    data: dict[str, object] = {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "answers": answers,
    }
    if taken:
        data["taken"] = taken
    if client:
        data["client"] = client
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path: Path, questionnaire: Questionnaire) -> tuple[str, str]:
    """An ambivalent result in September, a secure one in November, both of client AB-12."""
    ambivalent, tryg = (answers_for(questionnaire, PROTOTYPES[p]) for p in ("ambivalent", "tryg"))
    return (
        export(tmp_path, questionnaire, "foer.json", ambivalent, EARLY, "AB-12"),
        export(tmp_path, questionnaire, "efter.json", tryg, LATE, "ab-12"),
    )


def test_the_text_shows_both_dates_and_codes(pair: tuple[str, str]) -> None:
    outcome = runner.invoke(cli, ["compare", *pair])
    assert outcome.exit_code == 0, outcome.output
    assert (
        "Før (2026-09-01 10:00, klientkode AB-12): Utryg, ambivalent tilknytning" in outcome.output
    )
    assert "Efter (2026-11-26 14:05, klientkode ab-12): Tryg tilknytning" in outcome.output
    assert "forbehold" not in outcome.output.lower() and "ja*" not in outcome.output


def test_json_carries_the_dates_and_codes(pair: tuple[str, str]) -> None:
    data = json.loads(runner.invoke(cli, ["compare", *pair, "--format", "json"]).output)
    assert (data["before"]["taken"], data["before"]["client"]) == (EARLY, "AB-12")
    assert (data["after"]["taken"], data["after"]["client"]) == (LATE, "ab-12")
    assert data["same_client"] is True
    assert data["caveats"] == []
    assert not any(change["caveat"] for change in data["changes"].values())


def test_two_different_client_codes_are_refused_in_one_line(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    first = export(tmp_path, questionnaire, "a.json", answers, EARLY, "AB-12")
    second = export(tmp_path, questionnaire, "b.json", answers, LATE, "CD-34")
    for format_name in ("text", "json"):
        outcome = runner.invoke(cli, ["compare", first, second, "-f", format_name])
        assert outcome.exit_code == 1
        assert outcome.output.count("\n") == 1, outcome.output
        assert "'AB-12' and 'CD-34'" in outcome.output
        assert "--allow-different-clients" in outcome.output
    allowed = runner.invoke(cli, ["compare", first, second, "--allow-different-clients"])
    assert allowed.exit_code == 0, allowed.output
    assert "forskellige klientkoder (AB-12 og CD-34)" in allowed.output
    data = json.loads(
        runner.invoke(
            cli, ["compare", first, second, "-f", "json", "--allow-different-clients"]
        ).output
    )
    assert data["same_client"] is False


def test_only_one_code_is_compared_with_a_note(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    first = export(tmp_path, questionnaire, "a.json", answers, EARLY, "AB-12")
    second = export(tmp_path, questionnaire, "b.json", answers, LATE)
    outcome = runner.invoke(cli, ["compare", first, second])
    assert outcome.exit_code == 0, outcome.output
    assert "Kun det ene resultat har en klientkode" in outcome.output
    assert "Efter (2026-11-26 14:05): Tryg" in outcome.output
    data = json.loads(runner.invoke(cli, ["compare", first, second, "-f", "json"]).output)
    assert data["same_client"] is None and "client" not in data["after"]
    neither = runner.invoke(cli, ["compare", second, second])
    assert neither.exit_code == 0 and "klientkode" not in neither.output


def test_the_later_result_given_first_is_refused(pair: tuple[str, str]) -> None:
    outcome = runner.invoke(cli, ["compare", pair[1], pair[0]])
    assert outcome.exit_code == 1
    assert "BEFORE was taken after AFTER (2026-11-26 14:05 and 2026-09-01 10:00)" in outcome.output
    assert outcome.output.count("\n") == 1


def test_answers_files_without_a_stamp_still_compare(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    toml = tmp_path / "svar.toml"
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    toml.write_text("[answers]\n" + "".join(f"{k} = {v}\n" for k, v in answers.items()))
    later = export(tmp_path, questionnaire, "b.json", answers, LATE, "AB-12")
    outcome = runner.invoke(cli, ["compare", str(toml), later])
    assert outcome.exit_code == 0, outcome.output
    assert "Før: Utryg, ambivalent" in outcome.output


def test_a_flagged_result_carries_a_caveat_into_every_verdict(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    """An RCI verdict about an uncertain result holds only with the reason beside it."""
    flagged = export(tmp_path, questionnaire, "a.json", inconsistent_answers(questionnaire), EARLY)
    ambivalent = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    clear = export(tmp_path, questionnaire, "b.json", ambivalent, LATE)
    outcome = runner.invoke(cli, ["compare", flagged, clear])
    assert outcome.exit_code == 0, outcome.output
    rows = [line for line in outcome.output.splitlines() if line.startswith("Hældning")]
    assert rows and rows[0].rstrip().endswith(("ja*", "nej*"))
    assert "* Med forbehold" in outcome.output
    assert "Før:" in outcome.output and "Par af næsten ens udsagn" in outcome.output
    data = json.loads(runner.invoke(cli, ["compare", flagged, clear, "-f", "json"]).output)
    assert [(c["result"], c["code"]) for c in data["caveats"]] == [("before", "inconsistency")]
    assert all(change["caveat"] is True for change in data["changes"].values())
    assert data["before"]["flags"][0]["code"] == "inconsistency"


def test_an_unreadable_result_names_its_reasons(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    same = {q.id: 4 for q in questionnaire.questions}
    first = export(tmp_path, questionnaire, "a.json", same, EARLY)
    tryg = answers_for(questionnaire, PROTOTYPES["tryg"])
    second = export(tmp_path, questionnaire, "b.json", tryg, LATE)
    outcome = runner.invoke(cli, ["compare", first, second])
    assert "ændringen kan ikke vurderes" in outcome.output
    assert "Med forbehold" in outcome.output and "* Med forbehold" not in outcome.output
    assert "ingen tolkning" in outcome.output
    data = json.loads(runner.invoke(cli, ["compare", first, second, "-f", "json"]).output)
    assert ("before", "same_answer") in [(c["result"], c["code"]) for c in data["caveats"]]
    assert all(change["caveat"] is False for change in data["changes"].values())
