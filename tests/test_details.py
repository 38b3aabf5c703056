"""Which answers pulled the balance."""

from __future__ import annotations

import io
import re

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.details import balance_pulls, strongest_pulls
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score
from tui.model.validity import longest_run


@pytest.mark.parametrize("pattern", list(PROTOTYPES))
def test_pulls_add_up_to_the_balance(questionnaire: Questionnaire, pattern: str) -> None:
    answers = answers_for(questionnaire, PROTOTYPES[pattern])
    result = score(questionnaire, answers)
    assert sum(balance_pulls(questionnaire, answers).values()) == pytest.approx(
        result.balance, abs=0.1
    )


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
    assert len(strongest_pulls(pulls, 3)) >= 3
    assert not set(strongest_pulls(pulls, 3)) & {
        q.id for q in questionnaire.on_scale("desorganisering")
    }


def test_equal_pulls_at_the_cut_are_all_marked() -> None:
    """An answer that pulled as much as the last one marked is marked too, never by chance."""
    pulls = {"a": -3.0, "b": 2.0, "c": -2.0, "d": 2.0, "e": 1.0, "f": 0.0}
    assert strongest_pulls(pulls, 2) == ["a", "b", "c", "d"]
    assert strongest_pulls(pulls, 4) == ["a", "b", "c", "d"]
    assert strongest_pulls(pulls, 9) == ["a", "b", "c", "d", "e"]


def render(
    questionnaire: Questionnaire, pattern: str, seconds: dict[str, float] | None = None
) -> str:
    from rich.console import Console

    from tui.model.texts import load_texts
    from tui.render.details import details_view

    answers = answers_for(questionnaire, PROTOTYPES[pattern])
    console = Console(width=78, record=True, color_system=None, file=io.StringIO())
    console.print(
        details_view(score(questionnaire, answers, seconds), questionnaire, load_texts("da"))
    )
    return console.export_text()


def test_the_details_view_lists_every_answer_once(questionnaire: Questionnaire) -> None:
    shown = render(questionnaire, "ambivalent")
    numbers = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s{2}", shown, flags=re.MULTILINE)]
    assert numbers == list(range(1, len(questionnaire.questions) + 1))
    assert max(len(line) for line in shown.splitlines()) <= 78


def test_the_details_view_marks_the_strongest_pulls_and_every_check(
    questionnaire: Questionnaire,
) -> None:
    shown = render(questionnaire, "ambivalent", dict.fromkeys(questionnaire.by_id, 1.0))
    rows = [line for line in shown.splitlines() if re.match(r"^\s*\d+\s{2}", line)]
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    marked = len(strongest_pulls(balance_pulls(questionnaire, answers), 5))
    assert sum(("◀◀" in row) or ("▶▶" in row) for row in rows) == marked >= 5
    run = longest_run(list(answers_for(questionnaire, PROTOTYPES["ambivalent"]).values()))
    assert run < questionnaire.scoring.straight_run
    assert f"Længste række af ens svar: {run} (grænse 10): i orden" in shown
    assert "Typisk tid pr. udsagn: 1,0 sekunder (grænse 2,0): usikkert" in shown
    assert "Nærhed på bekostning af selvrealisering: 83 ± 11 (90 %-interval 72–95)" in shown


@pytest.mark.parametrize("pattern", list(PROTOTYPES))
def test_equal_pulls_are_marked_alike_and_the_legend_counts_them(
    questionnaire: Questionnaire, pattern: str
) -> None:
    shown = render(questionnaire, pattern)
    rows = [line for line in shown.splitlines() if re.match(r"^\s*\d+\s{2}", line)]
    marks: dict[str, set[bool]] = {}
    for row in rows:
        effect = row.split()[-2] if row.split()[-1] in "◀▶" or "◀◀" in row or "▶▶" in row else ""
        if effect:
            marks.setdefault(effect.lstrip("-+"), set()).add("◀◀" in row or "▶▶" in row)
    assert all(len(marked) == 1 for marked in marks.values()), marks
    count = sum(("◀◀" in row) or ("▶▶" in row) for row in rows)
    assert count >= 5
    assert f"de {count} svar, der flyttede mest" in " ".join(shown.split())


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("width", [78, 80])
def test_every_column_header_is_whole(
    questionnaire: Questionnaire, language: str, width: int
) -> None:
    from rich.console import Console

    from tui.model.texts import load_texts
    from tui.render.details import answers_table

    texts = load_texts(language)
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    console.print(answers_table(score(questionnaire, answers), questionnaire, texts))
    header = console.export_text().splitlines()[0]
    for key in ("number", "statement", "scale", "reverse", "answer", "pull"):
        assert texts.t(f"details.column_{key}") in header.split(), header
    assert "…" not in header


def test_the_details_of_unreadable_answers_show_why(questionnaire: Questionnaire) -> None:
    """No pattern, but every figure: the no-reading check is marked as such."""
    from rich.console import Console

    from tui.model.texts import load_texts
    from tui.render.details import details_view

    result = score(questionnaire, dict.fromkeys(questionnaire.by_id, 4))
    console = Console(width=78, record=True, color_system=None, file=io.StringIO())
    console.print(details_view(result, questionnaire, load_texts("da")))
    shown = console.export_text()
    assert "Udsagn med det mest brugte svar: 100 % (grænse 75 %): ingen tolkning" in shown
    assert "Længste række af ens svar: 28 (grænse 10): usikkert" in shown


def test_the_details_view_opens_with_the_reading_in_every_case(
    questionnaire: Questionnaire,
) -> None:
    from rich.console import Console

    from tests.answering import boundary_answers
    from tui.model.texts import load_texts
    from tui.render.details import details_view

    texts = load_texts("da")

    def first_lines(answers: dict[str, int]) -> str:
        console = Console(width=78, record=True, color_system=None, file=io.StringIO())
        console.print(details_view(score(questionnaire, answers), questionnaire, texts))
        return " ".join(console.export_text().split("\n\n")[0].split())

    assert first_lines(answers_for(questionnaire, PROTOTYPES["tryg"])).startswith(
        "Tryg tilknytning"
    )
    unreadable = first_lines(dict.fromkeys(questionnaire.by_id, 4))
    assert unreadable.startswith("Intet klart billede") and "samme svar" in unreadable
    tied = score(questionnaire, boundary_answers(questionnaire)).equally_near
    on_boundary = first_lines(boundary_answers(questionnaire))
    assert on_boundary.startswith("Lige langt fra")
    assert all(texts.t(f"adjective.{pattern}") in on_boundary for pattern in tied)


def test_the_strongest_pulls_come_first_whatever_their_direction() -> None:
    pulls = {"a": 1.0, "b": -3.0, "c": 0.0, "d": 2.5, "e": -0.5}
    assert strongest_pulls(pulls, 3) == ["b", "d", "a"]
    assert strongest_pulls(pulls, 10) == ["b", "d", "a", "e"], "an answer that pulled 0 is left out"


@pytest.mark.parametrize("width", [50, 78])
def test_wrapped_check_lines_hang_under_their_text(
    questionnaire: Questionnaire, width: int
) -> None:
    from rich.console import Console

    from tui.model.texts import load_texts
    from tui.render.details import details_view

    texts = load_texts("da")
    answers = answers_for(questionnaire, PROTOTYPES["ambivalent"])
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    console.print(details_view(score(questionnaire, answers), questionnaire, texts))
    shown = console.export_text().splitlines()
    start = shown.index(texts.t("details.validity")) + 1
    checks = shown[start : shown.index("", start)]
    assert len(checks) > len(score(questionnaire, answers).checks), "no check line wrapped"
    assert all(line.startswith(("✓ ", "▲ ", "  ")) for line in checks), checks
    assert all(not line.startswith("   ") for line in checks), checks


@pytest.mark.parametrize(
    ("language", "none", "one", "wrong"),
    [
        ("da", "Ingen af svarene flyttede hældningen.", "det ene svar", ("de 0 svar", "de 1 svar")),
        ("en", "None of the answers moved the tilt.", "the one answer", ("the 0 ans", "the 1 ans")),
    ],
)
def test_the_legend_says_none_and_one_in_words(
    questionnaire: Questionnaire, language: str, none: str, one: str, wrong: tuple[str, ...]
) -> None:
    from rich.console import Console

    from tui.model.texts import load_texts
    from tui.render.details import details_view

    def shown(answers: dict[str, int]) -> str:
        console = Console(width=200, record=True, color_system=None, file=io.StringIO())
        result = score(questionnaire, answers)
        console.print(details_view(result, questionnaire, load_texts(language)))
        return " ".join(console.export_text().split())

    neutral = {question.id: 4 for question in questionnaire.questions}
    moved = {**neutral, questionnaire.on_scale("naerhed")[0].id: 7}
    assert none in shown(neutral)
    assert one in shown(moved) and none not in shown(moved)
    assert not any(text in shown(neutral) + shown(moved) for text in wrong)
