"""The SVG balance plot: the model's zones, the position, desorganisering as its own mark."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from typing import Any

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.questionnaire import PATTERNS, Questionnaire, Scoring
from tui.model.scoring import Result, classify, score
from tui.model.texts import Texts
from tui.render.balance_plot import cell_point, zone_map
from tui.render.plot_svg import (
    BAR_WIDTH,
    label_spots,
    map_x,
    map_y,
    plot_svg,
    zone_polygons,
)

Point = tuple[float, float]


def holds(polygon: Sequence[Point], point: Point) -> bool:
    """True when `point` lies inside `polygon` (even-odd rule)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def drawn(result: Result, questionnaire: Questionnaire, texts: Texts) -> ElementTree.Element:
    return ElementTree.fromstring(plot_svg(result, questionnaire.scoring, texts))


def words(svg: ElementTree.Element) -> list[str]:
    return [element.text or "" for element in svg.iter("text")]


def result_of(questionnaire: Questionnaire, **agreement: int) -> Result:
    return score(questionnaire, answers_for(questionnaire, {**PROTOTYPES["tryg"], **agreement}))


@pytest.mark.parametrize(
    "cut_offs", [{}, {"over_weighted": 40, "both_high": 75}, {"over_weighted": 55}]
)
def test_the_zones_are_the_models(questionnaire: Questionnaire, cut_offs: dict[str, Any]) -> None:
    """Every point of the map lies in the zone `classify` names for it (desorganisering low)."""
    scoring: Scoring = questionnaire.scoring._replace(**cut_offs)
    polygons = zone_polygons(scoring)
    for x10 in range(1, 1000, 7):
        for y10 in range(1, 1000, 7):
            s, n = x10 / 10, y10 / 10
            if s == n:  # on the diagonal the tie goes to closeness; the edge is shared
                continue
            pattern = classify({"naerhed": n, "selvrealisering": s, "desorganisering": 0}, scoring)
            inside = [zone for zone in PATTERNS if holds(polygons[zone], (s, n))]
            assert inside == [pattern], (s, n)
    for zone, (s, n) in label_spots(scoring).items():
        assert holds(polygons[zone], (s, n))


def test_the_zones_are_the_terminal_plots(questionnaire: Questionnaire) -> None:
    """Every cell of the terminal plot's zone map (desorganisering low) lies in the same zone of
    the SVG map, except cells on a boundary, which either side may draw."""
    scoring = questionnaire.scoring
    polygons = zone_polygons(scoring)
    edges = {scoring.over_weighted, scoring.both_high, 0, 100}
    checked = 0
    for row, zones in enumerate(zone_map(0.0, scoring)):
        for column, zone in enumerate(zones):
            s, n = cell_point((row, column))
            if s == n or s in edges or n in edges:
                continue
            assert holds(polygons[zone], (s, n)), (s, n, zone)
            checked += 1
    assert checked > 200


@pytest.mark.parametrize("pattern", PROTOTYPES)
def test_the_position_is_drawn_at_the_scores(
    questionnaire: Questionnaire, texts: Texts, pattern: str
) -> None:
    result = score(questionnaire, answers_for(questionnaire, PROTOTYPES[pattern]))
    svg = drawn(result, questionnaire, texts)
    you = svg.find(".//*[@id='plot-you']")
    assert you is not None
    assert float(you.get("cx", "")) == map_x(result.scores["selvrealisering"])
    assert float(you.get("cy", "")) == map_y(result.scores["naerhed"])
    # Every zone keeps its name, whatever the pattern: no zone is hidden under another.
    assert all(texts.patterns[zone].short in words(svg) for zone in PATTERNS)


def test_a_high_desorganisering_is_its_own_mark(questionnaire: Questionnaire, texts: Texts) -> None:
    """Balanced drives and high switching: the point stays in the balanced middle, the bar and a
    note say the pattern is disorganised; the map is not covered."""
    scoring = questionnaire.scoring
    result = result_of(questionnaire, desorganisering=6)
    assert result.pattern == "desorganiseret"
    svg = drawn(result, questionnaire, texts)
    you = svg.find(".//*[@id='plot-you']")
    assert you is not None
    point = (result.scores["selvrealisering"], result.scores["naerhed"])
    assert holds(zone_polygons(scoring)["tryg"], point)
    bar = svg.find(".//*[@id='bar-desorganisering']")
    assert bar is not None
    assert float(bar.get("width", "")) == pytest.approx(
        result.scores["desorganisering"] * BAR_WIDTH / 100, abs=0.1
    )
    note = " ".join(words(svg))
    assert texts.t("report.disorganised").split()[0] in note
    assert " ".join(texts.t("report.disorganised").split()) in " ".join(note.split())

    calm = drawn(result_of(questionnaire), questionnaire, texts)
    assert texts.t("report.disorganised").split()[0] not in " ".join(words(calm))


def test_zones_part_without_colour(questionnaire: Questionnaire, texts: Texts) -> None:
    """In greyscale each zone still has a fill of its own shape: the patterns differ once every
    colour is taken out."""
    svg = plot_svg(
        result_of(questionnaire, naerhed=6), questionnaire.scoring, texts
    )  # the plot as printed
    shapes = {
        zone: re.sub(r'(fill|stroke)="#[0-9a-f]{6}"', "", found.group(1))
        for zone in PATTERNS
        if (found := re.search(rf'<pattern id="fill-{zone}"[^>]*>(.*?)</pattern>', svg))
    }
    assert len(shapes) == len(PATTERNS)
    assert len(set(shapes.values())) == len(PATTERNS)


def test_words_from_files_are_escaped(questionnaire: Questionnaire, texts: Texts) -> None:
    hostile = "<b>Tryg</b> & [bold]"
    patterns = {**texts.patterns, "tryg": texts.patterns["tryg"]._replace(short=hostile)}
    strings = {**texts.strings, "plot.you": "<script>x</script>"}
    odd = texts._replace(patterns=patterns, strings=strings)
    svg = drawn(result_of(questionnaire), questionnaire, odd)  # parses: nothing became markup
    assert hostile in words(svg) and "<script>x</script>" in words(svg)
    assert svg.find(".//b") is None and svg.find(".//script") is None
