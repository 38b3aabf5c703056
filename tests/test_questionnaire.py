"""Loading and checking questionnaires: the shipped one, and every kind of fault."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.built import build_questionnaire
from tui.model.errors import InputError
from tui.model.questionnaire import (
    PATTERNS,
    REVERSED_SHARE,
    SCALES,
    Questionnaire,
    QuestionnaireError,
    Scoring,
    load_questionnaire,
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


@pytest.mark.parametrize("points", ["1", "0", '"7"', "2.5", "10"])
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


def test_the_smallest_legal_questionnaire_loads() -> None:
    """2 points, one forward and one reversed statement per scale, every cut-off 0."""
    smallest = build_questionnaire(
        points=2, cut_offs="over_weighted = 0\nboth_high = 0\ndesorganisering = 0\nmargin = 0"
    )
    assert smallest.points == 2
    assert len(smallest.questions) == 6
    rules = smallest.scoring
    assert (rules.over_weighted, rules.both_high, rules.desorganisering, rules.margin) == (
        0,
        0,
        0,
        0,
    )


def test_cut_offs_of_100_load() -> None:
    rules = build_questionnaire(
        cut_offs="over_weighted = 100\nboth_high = 100\ndesorganisering = 100\nmargin = 100"
    ).scoring
    assert (rules.over_weighted, rules.both_high, rules.desorganisering, rules.margin) == (
        100,
        100,
        100,
        100,
    )


@pytest.mark.parametrize("value", ["-0.1", "100.1", "true", '"50"'])
def test_cut_offs_outside_0_to_100_are_refused(mini_text: str, value: str) -> None:
    message = faults(mini_text.replace("over_weighted = 50", f"over_weighted = {value}"))
    assert "`over_weighted` must be a number from 0 to 100" in message
    assert "line 14" in message


def test_a_missing_cut_off_is_named(mini_text: str) -> None:
    message = faults(mini_text.replace("margin = 8\n", ""))
    assert "`margin` must be a number from 0 to 100, not None" in message


def test_left_out_thresholds_take_the_shipped_values(
    mini: Questionnaire, questionnaire: Questionnaire
) -> None:
    """mini.toml sets no validity thresholds: it gets the ones questions.toml states."""
    keys = (
        "straight_run",
        "acquiescence_high",
        "acquiescence_low",
        "fast_median_seconds",
        "same_answer_share",
        "both_ways_high",
        "both_ways_low",
        "pair_gap",
    )
    for key in keys:
        assert getattr(mini.scoring, key) == getattr(questionnaire.scoring, key), key
    assert (mini.scoring.pair_count, questionnaire.scoring.pair_count) == (1, 2)
    assert Scoring(0, 0, 0, 0, {}, {}) == mini.scoring._replace(
        over_weighted=0,
        both_high=0,
        desorganisering=0,
        margin=0,
        reliability={},
        spread={},
        pairs=(),
        pair_count=questionnaire.scoring.pair_count,
    )


def test_left_out_reliability_and_spread_take_the_defaults(mini: Questionnaire) -> None:
    """docs/scoring.md: 0.85 where no reliability is given, and a spread of 19 points."""
    assert dict(mini.scoring.reliability) == dict.fromkeys(SCALES, 0.85)
    assert dict(mini.scoring.spread) == dict.fromkeys(SCALES, 19.0)


def test_thresholds_read_from_the_file(mini_text: str) -> None:
    text = mini_text.replace(
        "pair_count = 1",
        "pair_count = 1\nstraight_run = 4\nacquiescence_high = 6\nfast_median_seconds = 0\n"
        "[scoring.reliability]\nnaerhed = 0.5\n[scoring.spread]\ndesorganisering = 10",
    )
    rules = parse_questionnaire(text).scoring
    assert (rules.straight_run, rules.acquiescence_high, rules.fast_median_seconds) == (4, 6, 0)
    assert rules.reliability == {"naerhed": 0.5, "selvrealisering": 0.85, "desorganisering": 0.85}
    assert rules.spread == {"naerhed": 19.0, "selvrealisering": 19.0, "desorganisering": 10.0}
    assert rules.pairs == (("n1", "n2"),)


@pytest.mark.parametrize(
    ("line", "fault"),
    [
        ("straight_run = 2.5", "`straight_run` must be a whole number ≥ 0"),
        ("straight_run = -1", "`straight_run` must be a whole number ≥ 0"),
        ("pair_gap = true", "`pair_gap` must be a whole number ≥ 0"),
        ("acquiescence_high = -0.5", "`acquiescence_high` must be a number ≥ 0"),
        ('both_ways_low = "2"', "`both_ways_low` must be a number ≥ 0"),
    ],
)
def test_thresholds_must_be_numbers_of_at_least_0(mini_text: str, line: str, fault: str) -> None:
    message = faults(mini_text.replace("pair_count = 1", f"pair_count = 1\n{line}"))
    assert fault in message
    assert "line 20" in message


@pytest.mark.parametrize(
    "line", ["straight_run = 0", "acquiescence_low = 0", "acquiescence_high = 5"]
)
def test_thresholds_of_0_and_whole_numbers_for_decimals_load(mini_text: str, line: str) -> None:
    parse_questionnaire(mini_text.replace("pair_count = 1", f"pair_count = 1\n{line}"))


@pytest.mark.parametrize(
    ("table", "fault"),
    [
        (
            "[scoring.reliability]\nnaerhed = 1",
            "[scoring.reliability] naerhed must be a number between 0 and 1",
        ),
        (
            "[scoring.reliability]\nnaerhed = 0",
            "[scoring.reliability] naerhed must be a number between 0 and 1",
        ),
        (
            "[scoring.spread]\nnaerhed = 100",
            "[scoring.spread] naerhed must be a number between 0 and 100",
        ),
        (
            "[scoring.spread]\nnaerhed = 0",
            "[scoring.spread] naerhed must be a number between 0 and 100",
        ),
        (
            "[scoring.spread]\nnaerhed = nan",
            "[scoring.spread] naerhed must be a number between 0 and 100",
        ),
        ("[scoring.spread]\nnaer = 10", "[scoring.spread] names unknown scale 'naer'"),
        ("[scoring]\nspread = 10", "[scoring.spread] must be a table"),
    ],
)
def test_reliability_and_spread_must_lie_inside_their_range(
    mini_text: str, table: str, fault: str
) -> None:
    text = mini_text.replace(
        "pair_count = 1", "pair_count = 1\n" + table.removeprefix("[scoring]\n")
    )
    assert fault in faults(text)


def test_reliability_just_inside_its_range_loads(mini_text: str) -> None:
    text = mini_text.replace(
        "pair_count = 1",
        "pair_count = 1\n[scoring.reliability]\nnaerhed = 0.01\nselvrealisering = 0.99",
    )
    assert parse_questionnaire(text).scoring.reliability["selvrealisering"] == 0.99


@pytest.mark.parametrize(
    "pairs", ['"n1"', '[["n1"]]', '[["n1", "n2", "s1"]]', '[["n1", 2]]', "[[1, 2]]"]
)
def test_pairs_must_be_pairs_of_ids(mini_text: str, pairs: str) -> None:
    message = faults(mini_text.replace('pairs = [["n1", "n2"]]', f"pairs = {pairs}"))
    assert "pair" in message and "line 18" in message


def test_the_keying_share_at_its_bounds(mini_text: str) -> None:
    """30 % reversed (3 of 10) and 50 % (1 of 2) load; 25 % (1 of 4) on a drive does not,
    while 25 % on desorganisering does."""

    def scale_of(counts: dict[str, tuple[int, int]]) -> Questionnaire:
        return build_questionnaire(counts=counts)

    assert scale_of({"naerhed": (7, 3), "selvrealisering": (1, 1), "desorganisering": (1, 1)})
    assert scale_of({"naerhed": (1, 1), "selvrealisering": (1, 1), "desorganisering": (3, 1)})
    with pytest.raises(QuestionnaireError, match="'naerhed' has 1 reversed of 4 questions"):
        scale_of({"naerhed": (3, 1), "selvrealisering": (1, 1), "desorganisering": (1, 1)})
    with pytest.raises(QuestionnaireError, match="'desorganisering' has 1 reversed of 5"):
        scale_of({"naerhed": (1, 1), "selvrealisering": (1, 1), "desorganisering": (4, 1)})


def test_a_questionnaire_without_id_or_version_gets_the_defaults(mini_text: str) -> None:
    text = mini_text.replace('[questionnaire]\nid = "mini"\nversion = "1"\n', "")
    loaded = parse_questionnaire(text)
    assert (loaded.id, loaded.version) == ("tilknytning", "1")


@pytest.mark.parametrize(
    ("meta", "fault", "at"),
    [
        ('id = 3\nversion = "1"', "[questionnaire] id must be a text, not 3", 3),
        ('id = "mini"\nversion = 2', "[questionnaire] version must be a text, not 2", 4),
    ],
)
def test_a_non_text_id_or_version_is_refused(
    mini_text: str, meta: str, fault: str, at: int
) -> None:
    [problem] = problems(mini_text.replace('id = "mini"\nversion = "1"', meta))
    assert problem.what == fault
    assert problem.where == f"broken.toml, line {at}"
    assert problem.fix


# --- Every fault names the file, the line or the question id, and how to mend it ---


def problems(text: str) -> list[InputError]:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(text, "broken.toml")
    assert caught.value.where == caught.value.problems[0].where
    assert caught.value.what == caught.value.problems[0].what
    assert caught.value.fix == caught.value.problems[0].fix
    return caught.value.problems


def line(text: str, fragment: str) -> int:
    """The number of the first line of `text` that holds `fragment`."""
    return next(n for n, row in enumerate(text.splitlines(), start=1) if fragment in row)


LAST = 'text.en = "Disorg two"\n'
QUESTION_S1 = 'id = "s1"\nscale = "selvrealisering"\nreverse = false\n'
FAULTS: list[tuple[str, str, str, str | None, str]] = [
    # (replace this, with this, the fault, the line it names (its text), the question)
    (
        '[questionnaire]\nid = "mini"\nversion = "1"\n',
        'questionnaire = "mini"\n',
        "[questionnaire] must be a table",
        None,
        "",
    ),
    (
        "points = 7\n",
        "",
        "`points` must be a whole number from 2 to 9, not None",
        "[response]",
        "",
    ),
    (
        '[response.labels]\nda = ["1", "2", "3", "4", "5", "6", "7"]\n'
        'en = ["1", "2", "3", "4", "5", "6", "7"]\n',
        "",
        "the [response.labels] table is missing or empty",
        "[response]",
        "",
    ),
    (
        'en = ["1", "2", "3", "4", "5", "6", "7"]',
        'en = ["1", "2", "3", "4", "5", "6", 7]',
        "the labels for language 'en' must be a list of non-empty texts",
        "en = [",
        "",
    ),
    (
        'en = ["1", "2", "3", "4", "5", "6", "7"]',
        'en = ["1", "2", "3", "4", "5", "6", " "]',
        "the labels for language 'en' must be a list of non-empty texts",
        "en = [",
        "",
    ),
    (
        'en = ["1", "2", "3", "4", "5", "6", "7"]',
        'en = ["1", "2", "3", "4", "5", "6"]',
        "language 'en' has 6 labels but `points` is 7",
        "en = [",
        "",
    ),
    (
        'da = ["1", "2", "3", "4", "5", "6", "7"]\n',
        "",
        "the labels have no 'da' (Danish) list",
        "[response.labels]",
        "",
    ),
    (
        QUESTION_S1,
        'scale = "selvrealisering"\nreverse = false\n',
        "question number 2 has no `id`",
        None,
        "",
    ),
    (QUESTION_S1, 'id = "s1"\nreverse = false\n', "unknown scale None", 'id = "s1"', "s1"),
    (
        QUESTION_S1,
        'id = "s1"\nscale = "selvrealisering"\n',
        "`reverse` must be true or false, not None",
        'id = "s1"',
        "s1",
    ),
    (
        'text.da = "Selv et"\ntext.en = "Self one"\n',
        "",
        "the question has no text",
        'id = "s1"',
        "s1",
    ),
    (
        'text.en = "Self one"\n',
        'text.en = " "\n',
        "the text in language 'en' is missing",
        'id = "s1"',
        "s1",
    ),
    (
        LAST,
        LAST + "[scoring.spread]\nnaerhed = 0\n",
        "[scoring.spread] naerhed must be a number between 0 and 100",
        "[scoring.spread]",
        "",
    ),
    (
        LAST,
        LAST + "[scoring.reliability]\nnaer = 0.5\n",
        "[scoring.reliability] names unknown scale 'naer'",
        "[scoring.reliability]",
        "",
    ),
    (
        "margin = 8\n",
        "",
        "[scoring] `margin` must be a number from 0 to 100, not None",
        "[scoring]",
        "",
    ),
    (
        'pairs = [["n1", "n2"]]',
        'pairs = [["n8", "n9"]]',
        "the pair ['n8', 'n9'] names unknown question id n8, n9",
        "pairs =",
        "",
    ),
    (
        'pairs = [["n1", "n2"]]',
        'pairs = "n1"',
        "[scoring] `pairs` must be a list of id pairs",
        "pairs =",
        "",
    ),
]


@pytest.mark.parametrize(("old", "new", "what", "at", "question"), FAULTS)
def test_each_fault_names_where_it_is(
    mini_text: str, old: str, new: str, what: str, at: str | None, question: str
) -> None:
    assert old in mini_text
    broken = mini_text.replace(old, new, 1)
    problem = problems(broken)[0]
    assert problem.what.startswith(what), problem.what
    where = "broken.toml"
    if at is not None:
        where += f", line {line(broken, at)}"
    if question:
        where += f", question {question!r}"
    assert problem.where == where
    assert problem.fix


def test_questions_that_are_not_tables_are_each_named(mini_text: str) -> None:
    start = mini_text.index("[[question]]")
    broken = 'question = [1, "n1"]\n' + mini_text[:start]
    found = problems(broken)
    assert [p.what for p in found[:2]] == [
        "question number 1 is not a table",
        "question number 2 is not a table",
    ]
    assert all(p.fix for p in found)


def test_every_fault_of_a_kind_is_listed(mini_text: str) -> None:
    """The checker goes on after a fault: two of each kind are both named."""
    labels = mini_text.replace('"7"]', '""]')
    assert [p.what[:35] for p in problems(labels)] == [
        "the labels for language 'da' must b",
        "the labels for language 'en' must b",
    ]
    no_ids = mini_text.replace('id = "s1"\n', "").replace('id = "d2"\n', "")
    assert [p.what for p in problems(no_ids)][:2] == [
        "question number 2 has no `id`",
        "question number 6 has no `id`",
    ]
    twice = mini_text.replace('id = "s1"', 'id = "n1"').replace('id = "d2"', 'id = "n1"')
    assert [p.what for p in problems(twice)][:2] == ["the id 'n1' is used twice"] * 2
    one_scale = mini_text.replace('"selvrealisering"', '"naerhed"').replace(
        '"desorganisering"', '"naerhed"'
    )
    assert all(p.fix for p in problems(one_scale))
    found = [p.what for p in problems(one_scale)]
    assert "the scale 'selvrealisering' has no questions" in found
    assert "the scale 'desorganisering' has no questions" in found


def test_a_missing_id_names_no_question(mini_text: str) -> None:
    """Without an id the question is counted, so later faults still name their own ids."""
    broken = mini_text.replace('id = "s1"\n', "").replace('text.en = "Disorg two"\n', "")
    found = problems(broken)
    assert found[0].where == "broken.toml"
    d2 = line(broken, 'id = "d2"')
    assert found[1].where == f"broken.toml, line {d2}, question 'd2'"


def test_faults_name_questions_toml_unless_told_otherwise(mini_text: str) -> None:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(mini_text.replace("margin = 8\n", ""))
    assert caught.value.where == "questions.toml, line 13"


def test_a_loaded_questionnaire_knows_its_file(tmp_path: Path, mini_text: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(mini_text, encoding="utf-8")
    assert load_questionnaire(path).source == str(path)
    path.write_text(mini_text.replace("margin = 8\n", ""), encoding="utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert caught.value.where == f"{path}, line 13"
    assert parse_questionnaire(mini_text, "x.toml").source == "x.toml"


@pytest.mark.parametrize(
    ("old", "new", "what", "at", "question"),
    [
        ('da = ["1", ', 'da = ["1\\u001b[2J", ', "a label in language 'da'", "da = [", ""),
        (
            'text.en = "Self one"',
            'text.en = "Self\\u0007 one"',
            "the text in language 'en'",
            'id = "s1"',
            "s1",
        ),
        ('version = "1"', 'version = "1\\u009b"', "[questionnaire] version", "version =", ""),
        ('id = "s1"', 'id = "s\\u001b1"', "the id of question number 2", None, ""),
    ],
)
def test_control_characters_are_refused_where_they_are(
    mini_text: str, old: str, new: str, what: str, at: str | None, question: str
) -> None:
    broken = mini_text.replace(old, new, 1)
    problem = problems(broken)[0]
    assert problem.what.startswith(f"{what} holds control characters: U+00"), problem.what
    where = "broken.toml" + (f", line {line(broken, at)}" if at else "")
    assert problem.where == where + (f", question {question!r}" if question else "")
    assert problem.fix


def test_every_id_with_control_characters_is_named(mini_text: str) -> None:
    broken = mini_text.replace('id = "s1"', 'id = "s\\u001b1"').replace(
        'id = "d2"', 'id = "\\u0007"'
    )
    found = [p.what[:28] for p in problems(broken)]
    assert found[:2] == ["the id of question number 2 ", "the id of question number 6 "]


@pytest.mark.parametrize("points", [2, 9])
def test_points_from_2_to_9_load(mini_text: str, points: int) -> None:
    labels = ", ".join(f'"{n}"' for n in range(1, points + 1))
    text = re.sub(r"(da|en) = \[.*\]", rf"\1 = [{labels}]", mini_text).replace(
        "points = 7", f"points = {points}"
    )
    assert parse_questionnaire(text).points == points


def test_a_wrong_points_is_the_only_fault_named(mini_text: str) -> None:
    """Without a valid `points` the labels are not counted against it."""
    [problem] = problems(mini_text.replace("points = 7", "points = 1"))
    assert problem.what.startswith("`points` must be a whole number from 2 to 9")


def test_a_text_in_place_of_a_table(mini_text: str) -> None:
    labels = mini_text.replace(
        '[response.labels]\nda = ["1", "2", "3", "4", "5", "6", "7"]\n'
        'en = ["1", "2", "3", "4", "5", "6", "7"]\n',
        'labels = "1-7"\n',
    )
    found = problems(labels)
    assert found[0].what == "the [response.labels] table is missing or empty"
    assert found[0].fix
    questions = 'question = "none"\n' + mini_text[: mini_text.index("[[question]]")]
    found = problems(questions)
    assert found[0].what == "there are no questions"
    assert found[0].fix
