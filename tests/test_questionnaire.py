"""Loading and checking questionnaires: the shipped one, and every kind of fault."""

from __future__ import annotations

import pytest

from tui.model.errors import InputError
from tui.model.questionnaire import (
    PATTERNS,
    REVERSED_SHARE,
    SCALES,
    Questionnaire,
    QuestionnaireError,
    parse_questionnaire,
)


def faults(text: str) -> str:
    """The whole message for a broken document."""
    with pytest.raises(InputError) as caught:
        parse_questionnaire(text, "broken.toml")
    return caught.value.message


def test_the_shipped_questionnaire_follows_the_design(questionnaire: Questionnaire) -> None:
    counts = {scale: len(questionnaire.on_scale(scale)) for scale in SCALES}
    assert 8 <= counts["naerhed"] <= 10
    assert 8 <= counts["selvrealisering"] <= 10
    assert 6 <= counts["desorganisering"] <= 8
    for scale in SCALES:
        items = questionnaire.on_scale(scale)
        share = sum(q.reverse for q in items) / len(items)
        low, high = REVERSED_SHARE[scale]
        assert low <= share <= high, scale
    assert REVERSED_SHARE == {
        "naerhed": (0.3, 0.5),
        "selvrealisering": (0.3, 0.5),
        "desorganisering": (0.25, 0.5),
    }
    assert questionnaire.points == 7
    assert set(questionnaire.languages) == {"da", "en"}
    assert len(questionnaire.scoring.pairs) >= 3
    for a, b in questionnaire.scoring.pairs:
        first, second = questionnaire.by_id[a], questionnaire.by_id[b]
        assert (first.scale, first.reverse) == (second.scale, second.reverse)


def test_the_shipped_questions_avoid_absolutes_and_negated_reverse_items(
    questionnaire: Questionnaire,
) -> None:
    for question in questionnaire.questions:
        words = question.text["da"].lower().replace(".", " ").replace(",", " ").split()
        assert not {"altid", "aldrig", "tit", "ofte", "sjældent"} & set(words), question.id
        assert not {"partner", "kæreste", "mand", "kone"} & set(words), question.id
        assert len(words) <= 15, question.id
        if question.reverse:
            assert "ikke" not in words, question.id


def test_the_mini_questionnaire_loads(mini: Questionnaire) -> None:
    assert [q.id for q in mini.questions] == ["n1", "s1", "d1", "n2", "s2", "d2"]
    assert mini.by_id["s2"].reverse is True
    assert mini.labels["en"][0] == "1"
    assert PATTERNS == ("tryg", "ambivalent", "undvigende", "desorganiseret")


def test_malformed_toml_names_the_line(mini_text: str) -> None:
    broken = mini_text.replace('scale = "naerhed"', 'scale = "naerhed', 1)
    message = faults(broken)
    line = mini_text.splitlines().index('scale = "naerhed"') + 1
    assert f"broken.toml, line {line}" in message
    assert "not valid TOML" in message


def test_missing_response_table(mini_text: str) -> None:
    broken = mini_text.replace("[response]\npoints = 7\n", "").replace(
        "[response.labels]", "[labels]"
    )
    assert "[response] table is missing" in faults(broken)


def test_unknown_scale_names_the_question(mini_text: str) -> None:
    broken = mini_text.replace(
        'scale = "selvrealisering"\nreverse = false', 'scale = "selv"\nreverse = false'
    )
    message = faults(broken)
    assert "unknown scale 'selv'" in message
    assert "question 's1'" in message
    assert "naerhed, selvrealisering, desorganisering" in message


def test_duplicate_id(mini_text: str) -> None:
    broken = mini_text.replace('id = "n2"', 'id = "n1"')
    message = faults(broken)
    assert "'n1' is used twice" in message
    line = mini_text.splitlines().index('id = "n1"') + 1
    assert f"line {line}" in message


def test_missing_language(mini_text: str) -> None:
    broken = mini_text.replace('text.en = "Disorg two"\n', "")
    message = faults(broken)
    assert "question 'd2'" in message
    assert "'en' is missing" in message
    assert "text.en" in message


def test_reverse_must_be_a_boolean(mini_text: str) -> None:
    broken = mini_text.replace(
        'id = "s2"\nscale = "selvrealisering"\nreverse = true',
        'id = "s2"\nscale = "selvrealisering"\nreverse = "yes"',
    )
    message = faults(broken)
    assert "question 's2'" in message
    assert "`reverse` must be true or false" in message


@pytest.mark.parametrize("points", ["1", "0", '"7"', "2.5"])
def test_fewer_than_two_points(mini_text: str, points: str) -> None:
    message = faults(mini_text.replace("points = 7", f"points = {points}"))
    assert "`points` must be a whole number from 2 to 9" in message
    assert "line 7" in message


def test_labels_must_match_points(mini_text: str) -> None:
    message = faults(
        mini_text.replace('en = ["1", "2", "3", "4", "5", "6", "7"]', 'en = ["1", "2"]')
    )
    assert "'en' has 2 labels but `points` is 7" in message


def test_every_fault_is_listed_not_only_the_first(mini_text: str) -> None:
    broken = mini_text.replace('id = "n2"', 'id = "n1"').replace(
        'scale = "desorganisering"\nreverse = false', 'scale = "x"\nreverse = false'
    )
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(broken, "broken.toml")
    messages = [problem.message for problem in caught.value.problems]
    assert any("'n1' is used twice" in m for m in messages)
    assert any("unknown scale 'x'" in m for m in messages)


def test_scoring_table_is_required(mini_text: str) -> None:
    start = mini_text.index("[scoring]")
    end = mini_text.index("[[question]]")
    assert "[scoring] table is missing" in faults(mini_text[:start] + mini_text[end:])


def test_pairs_must_name_known_ids(mini_text: str) -> None:
    assert "unknown question id n9" in faults(mini_text.replace('["n1", "n2"]', '["n1", "n9"]'))


def test_a_scale_without_questions(mini_text: str) -> None:
    broken = mini_text.replace('scale = "desorganisering"', 'scale = "naerhed"')
    assert "'desorganisering' has no questions" in faults(broken)


def test_cut_offs_must_be_finite(mini_text: str) -> None:
    assert "`margin` must be a number from 0 to 100" in faults(
        mini_text.replace("margin = 8", "margin = nan")
    )
    assert "`fast_median_seconds` must be a number" in faults(
        mini_text.replace("pair_count = 1", "pair_count = 1\nfast_median_seconds = inf")
    )


def test_a_scale_without_enough_reversed_statements_is_refused(mini_text: str) -> None:
    """validate checks the keying shares of DESIGN.md: here naerhed loses its reversed item."""
    one_sided = mini_text.replace(
        'id = "n2"\nscale = "naerhed"\nreverse = true',
        'id = "n2"\nscale = "naerhed"\nreverse = false',
    )
    assert one_sided != mini_text
    message = faults(one_sided)
    assert "'naerhed' has 0 reversed of 2 questions (0%); it needs 30%–50%" in message
    all_reversed = mini_text.replace(
        'id = "s1"\nscale = "selvrealisering"\nreverse = false',
        'id = "s1"\nscale = "selvrealisering"\nreverse = true',
    )
    assert "'selvrealisering' has 2 reversed of 2" in faults(all_reversed)


@pytest.mark.parametrize("share", ["0", "1.5", "1e308"])
def test_same_answer_share_must_be_a_share(mini_text: str, share: str) -> None:
    """Found by the fuzz test: a huge share overflowed when turned into per cent."""
    text = mini_text.replace("pair_count = 1", f"pair_count = 1\nsame_answer_share = {share}")
    assert "`same_answer_share` is a share of the statements, from 0 to 1" in faults(text)
