"""Fuzzing the loader and the scorer: broken input may only ever raise our own InputError.

Generated and mutated questionnaires and answers files go through
`parse_questionnaire`, `read_answer_sheet`, `check_answers` and `score`. A
KeyError, TypeError, ValueError, RecursionError or the like escaping from
them would reach the user as a traceback instead of a message. Whatever loads
must also score every complete set of in-range answers, with scores 0–100.
"""

from __future__ import annotations

import copy
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from tui.model.answers import check_answers, check_version, read_answer_sheet
from tui.model.errors import InputError
from tui.model.questionnaire import SCALES, Questionnaire, QuestionnaireError, parse_questionnaire
from tui.model.resources import questions_path
from tui.model.result_json import result_to_dict
from tui.model.scoring import score

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MINI_TEXT = (Path(__file__).parent / "data" / "mini.toml").read_text(encoding="utf-8")
SHIPPED_TEXT = questions_path().read_text(encoding="utf-8")
BASE_TEXTS = (MINI_TEXT, SHIPPED_TEXT)
BASE_DOCS = tuple(tomllib.loads(text) for text in BASE_TEXTS)
MINI = parse_questionnaire(MINI_TEXT, "mini.toml")

# About 10 s for the whole file on a laptop; raise max_examples locally to dig deeper.
FUZZ = settings(max_examples=800, deadline=None)


# --- A tiny TOML writer (basic types only) -------------------------------------------


def toml_string(text: str) -> str:
    """A TOML basic string; everything outside printable ASCII is escaped."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif code < 0x10000:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    """An inline TOML value: string, int, float, bool, array or inline table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{toml_string(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{" + pairs + "}"
    raise TypeError(f"the test writer cannot write {value!r}")


def is_table_array(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def dump_table(table: dict[str, Any], path: tuple[str, ...], lines: list[str]) -> None:
    """Plain keys first, then `[sub.tables]` and `[[arrays.of.tables]]`."""
    for key, value in table.items():
        if not isinstance(value, dict) and not is_table_array(value):
            lines.append(f"{toml_string(key)} = {toml_value(value)}")
    for key, value in table.items():
        header = ".".join(toml_string(part) for part in (*path, key))
        if isinstance(value, dict):
            lines.append(f"\n[{header}]")
            dump_table(value, (*path, key), lines)
        elif is_table_array(value):
            for item in value:
                lines.append(f"\n[[{header}]]")
                dump_table(item, (*path, key), lines)


def dump_toml(doc: dict[str, Any]) -> str:
    lines: list[str] = []
    dump_table(doc, (), lines)
    return "\n".join(lines) + "\n"


# --- Values and mutations ----------------------------------------------------------------

HUGE = (10**30, -(10**30), 2**63, -(2**63) - 1, 10**400, 1e308, -1e308, 5e-324)

scalars = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "naerhed", "selvrealisering", "desorganisering", "da", "en", "n1"]),
    st.integers(-10, 200),
    st.sampled_from(HUGE),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
odd_values = st.one_of(
    scalars,
    st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=3)
        ),
        max_leaves=8,
    ),
)


def children(node: object) -> list[Any]:
    """The keys of a table or the indices of a list; none for a plain value."""
    if isinstance(node, dict):
        return list(node)
    if isinstance(node, list):
        return list(range(len(node)))
    return []


@st.composite
def walk(draw: st.DrawFn, doc: dict[str, Any]) -> tuple[Any, ...]:
    """A random path below the root: step down from the root, stopping at random.

    Walking (rather than picking from a list of every path) gives the few
    top-level tables as much weight as the many questions.
    """
    path: tuple[Any, ...] = ()
    node: Any = doc
    while children(node):
        key = draw(st.sampled_from(children(node)))
        path, node = (*path, key), node[key]
        if draw(st.booleans()):
            break
    return path


def shallow_paths(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every table, every key of a table, and every question: where the schema lives."""
    return [(key,) for key in doc] + [(key, sub) for key in doc for sub in children(doc[key])]


def containers(node: object) -> Iterator[dict[str, Any] | list[Any]]:
    if isinstance(node, (dict, list)):
        yield node
        for child in node.values() if isinstance(node, dict) else node:
            yield from containers(child)


def parent_of(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        doc = doc[key]
    return doc


@st.composite
def mutate(draw: st.DrawFn, doc: dict[str, Any], steps: int = 4) -> dict[str, Any]:
    """A deep copy of `doc` with 1..steps random deletions, replacements, copies and additions."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, steps))):
        kind = draw(st.sampled_from(["delete", "replace", "duplicate", "add"]))
        path = draw(st.one_of(walk(doc), st.sampled_from(shallow_paths(doc) or [()])))
        if kind in ("delete", "replace") and path:
            parent = parent_of(doc, path)
            if kind == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = draw(odd_values)
        elif kind == "duplicate":
            lists = [node for node in containers(doc) if isinstance(node, list) and node]
            if lists:
                target = draw(st.sampled_from(lists))
                copied = copy.deepcopy(draw(st.sampled_from(target)))
                target.insert(draw(st.integers(0, len(target))), copied)
        else:
            tables = [node for node in containers(doc) if isinstance(node, dict)]
            table = draw(st.sampled_from(tables))
            known = st.sampled_from(["id", "scale", "reverse", "pairs", "points", "x"])
            key = draw(st.one_of(st.text(min_size=1, max_size=8), known))
            table[key] = draw(odd_values)
    return doc


def answers_for(questionnaire: Questionnaire) -> st.SearchStrategy[dict[str, int]]:
    points = questionnaire.points
    return st.fixed_dictionaries({q.id: st.integers(1, points) for q in questionnaire.questions})


def parse_or_input_error(text: str) -> Questionnaire | None:
    """The questionnaire, or None when it is refused with our own error (anything else fails)."""
    try:
        questionnaire = parse_questionnaire(text, "fuzz.toml")
    except QuestionnaireError as error:
        event("refused with a list of problems")
        assert error.problems, "a QuestionnaireError must list at least one problem"
        assert all(isinstance(problem, InputError) for problem in error.problems)
        assert error.message.strip()
        return None
    except InputError as error:
        event("refused as malformed")
        assert error.message.strip()
        return None
    event("loaded")
    return questionnaire


def assert_scores_well(questionnaire: Questionnaire, answers: dict[str, int]) -> None:
    """A complete in-range answer set passes the check and scores inside 0..100."""
    checked = check_answers(questionnaire, answers, "answers.toml")
    result = score(questionnaire, checked)
    assert set(result.scores) == set(SCALES)
    for scale, value in result.scores.items():
        assert 0 <= value <= 100, (scale, value)
    assert -100 <= result.balance <= 100
    json.dumps(result_to_dict(result))


# --- (a) arbitrary text ------------------------------------------------------------------

toml_ish = st.text(
    alphabet=st.sampled_from(list("[]{}\"'=.,#\n\t -+_:aeinpqrstdo0179")),
    max_size=120,
)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), toml_ish))
@example(text="x = " + "[" * 5000 + "]" * 5000)
@example(text="x = " + "{a = " * 2000 + "1" + "}" * 2000)
@example(text="x = 1" + "0" * 5000)
@example(text="[scoring]\npairs = 5\n")
@example(text="\x00")
@example(text="")
def test_arbitrary_text_raises_only_input_error(text: str) -> None:
    parse_or_input_error(text)


# --- (b) structured mutations of the parsed documents ------------------------------------


@pytest.mark.parametrize("doc", BASE_DOCS, ids=["mini", "shipped"])
def test_the_test_writer_round_trips_the_base_documents(doc: dict[str, Any]) -> None:
    assert tomllib.loads(dump_toml(doc)) == doc
    assert parse_questionnaire(dump_toml(doc)).questions


def test_the_test_writer_round_trips_odd_values() -> None:
    doc = {
        "a": {"b": ["", 'æ"\\\n\x00😀', 10**30, -0.0, 1e-300, True, {"c": []}]},
        "d": [{"e": 1}, {"f": {}}],
    }
    assert tomllib.loads(dump_toml(doc)) == doc
    assert math.isnan(tomllib.loads(dump_toml({"x": math.nan}))["x"])


@settings(FUZZ, max_examples=1000)
@given(data=st.data(), base=st.sampled_from(BASE_DOCS))
def test_mutated_questionnaires_raise_only_input_error_and_otherwise_score(
    data: st.DataObject, base: dict[str, Any]
) -> None:
    questionnaire = parse_or_input_error(dump_toml(data.draw(mutate(base))))
    if questionnaire is not None:
        assert_scores_well(questionnaire, data.draw(answers_for(questionnaire)))


@pytest.mark.parametrize("pairs", [5, 1.5, True, {"a": "n1"}, "n1"])
def test_scoring_pairs_that_are_not_a_list_are_refused(pairs: object) -> None:
    doc = copy.deepcopy(BASE_DOCS[0])
    doc["scoring"]["pairs"] = pairs
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(dump_toml(doc), "mini.toml")
    assert "pair" in caught.value.message


# --- (c) answers files -------------------------------------------------------------------


def base_answers(questionnaire: Questionnaire) -> dict[str, Any]:
    return {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "answers": {
            q.id: 1 + i % questionnaire.points for i, q in enumerate(questionnaire.questions)
        },
        "seconds": {q.id: 3.5 for q in questionnaire.questions},
    }


@pytest.fixture(scope="module")
def answers_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every generated answers file (each example overwrites it)."""
    return tmp_path_factory.mktemp("answers")


@st.composite
def answer_documents(draw: st.DrawFn) -> dict[str, Any]:
    doc = base_answers(MINI)
    answers: dict[str, Any] = doc["answers"]
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["value", "delete", "unknown", "nested", "seconds", "table"]))
        ids = sorted(answers)
        if kind == "value" and ids:
            answers[draw(st.sampled_from(ids))] = draw(
                st.one_of(st.integers(-3, 10), st.sampled_from([0, 8, 10**30, 2**64]), odd_values)
            )
        elif kind == "delete" and ids:
            del answers[draw(st.sampled_from(ids))]
        elif kind == "unknown":
            answers[draw(st.text(min_size=1, max_size=6))] = draw(st.integers(1, 7))
        elif kind == "nested" and ids:
            answers[draw(st.sampled_from(ids))] = {"value": draw(st.integers(1, 7))}
        elif kind == "seconds":
            per_id = st.dictionaries(st.sampled_from(ids or ["n1"]), scalars)
            doc["seconds"] = draw(st.one_of(odd_values, per_id))
        elif kind == "table":
            key = draw(st.sampled_from(["answers", "questionnaire"]))
            doc[key] = draw(odd_values)
            answers = doc["answers"] if isinstance(doc.get("answers"), dict) else {}
    return doc


@FUZZ
@given(doc=answer_documents(), as_json=st.booleans())
@example(doc={"answers": {"n1": 1}, "seconds": {"n1": 10**400}}, as_json=False)
@example(doc={"answers": {"n1": 1}, "seconds": {"n1": 10**400}}, as_json=True)
@example(doc={"answers": {"n1": math.inf}}, as_json=True)
def test_mutated_answers_raise_only_input_error_and_otherwise_score(
    answers_folder: Path, doc: dict[str, Any], as_json: bool
) -> None:
    path = answers_folder / ("answers.json" if as_json else "answers.toml")
    path.write_text(json.dumps(doc) if as_json else dump_toml(doc), encoding="utf-8")
    try:
        sheet = read_answer_sheet(path)
        check_version(MINI, sheet)
        checked = check_answers(MINI, sheet.answers, sheet.source)
    except InputError as error:
        event("refused")
        assert error.message.strip()
        return
    event("scored")
    assert set(checked) == set(MINI.by_id)
    assert all(isinstance(v, int) and 1 <= v <= MINI.points for v in checked.values())
    result = score(MINI, checked, sheet.seconds)
    assert all(0 <= value <= 100 for value in result.scores.values())


@pytest.mark.parametrize(
    "text",
    [
        '{"answers": {"n1": 1' + "0" * 5000 + "}}",
        "[" * 100_000 + "]" * 100_000,
        '{"answers": {"n1": 1}, "seconds": {"n1": 1' + "0" * 400 + "}}",
    ],
    ids=["too-many-digits", "too-deep", "seconds-overflow"],
)
def test_extreme_json_answers_give_input_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError):
        read_answer_sheet(path)


# --- (d) line-level mutations of the mini questionnaire's text ---------------------------


@st.composite
def mutated_lines(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(BASE_TEXTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate", "insert"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            text = "".join(lines)
            at = draw(st.integers(0, len(text)))
            if kind == "truncate":
                text = text[:at]
            else:
                text = text[:at] + draw(st.characters(codec="utf-8")) + text[at:]
            lines = text.splitlines(keepends=True)
    return "".join(lines)


@FUZZ
@given(data=st.data(), text=mutated_lines())
def test_line_mutations_raise_only_input_error_and_otherwise_score(
    data: st.DataObject, text: str
) -> None:
    questionnaire = parse_or_input_error(text)
    if questionnaire is not None:
        assert_scores_well(questionnaire, data.draw(answers_for(questionnaire)))
