"""Simulated respondents who are not the scoring model, to test the cut-offs and the items.

The scoring model assumes that each statement measures only its own scale, that
people answer by content, and that noise is all there is besides. The
respondents simulated here break each assumption:

- every statement is answered from what it says (tools/item_content.toml): its
  own scale loads 0.7–1.0 and the other traits that bear on it 0.2–0.4, so a
  secure statement is disagreed with by an avoidant person as well as an
  anxious one, and a statement of the other insecure pole pulls the wrong way;
- people answer in a style: acquiescence (agreeing more with everything),
  nay-saying, extreme and middle answering, in stated shares;
- every answer carries item noise.

Reproduce the tables in docs/scoring.md with `python -m tools.simulation`.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from tui.model.questionnaire import PATTERNS, Pattern, Questionnaire
from tui.model.scoring import Result, score

CONTENT_PATH = Path(__file__).with_name("item_content.toml")
TRAITS = {"naerhed": "A", "selvrealisering": "V", "desorganisering": "D"}
"""The latent trait behind each scale."""

PROTOTYPES: Mapping[str, Mapping[str, float]] = {
    "tryg": {"A": 2.5, "V": 2.5, "D": 2.0},
    "ambivalent": {"A": 5.5, "V": 2.5, "D": 3.0},
    "undvigende": {"A": 2.5, "V": 5.5, "D": 3.0},
    "desorganiseret": {"A": 5.5, "V": 5.5, "D": 5.5},
}
"""Each pattern's true position on the 1–7 agreement scale (4 = the middle).

2.5 is "does not fit so well", 5.5 "fits fairly well": a clear but not extreme
case. The insecure patterns carry a little disorganisation (3.0), as anxiety and
avoidance correlate with it (Paetzold, Rholes & Kohn 2015). The disorganised
prototype is high on all three (fearful and disorganised); VARIANTS has the
single-route cases.
"""

VARIANTS: Mapping[str, tuple[Pattern, Mapping[str, float]]] = {
    "fearful, not switching": ("desorganiseret", {"A": 5.5, "V": 5.5, "D": 3.0}),
    "disorganised only": ("desorganiseret", {"A": 4.0, "V": 3.5, "D": 5.5}),
    "strongly avoidant": ("undvigende", {"A": 2.0, "V": 6.5, "D": 3.0}),
    "strongly ambivalent": ("ambivalent", {"A": 6.5, "V": 2.0, "D": 3.0}),
    "on the tryg/ambivalent line": ("ambivalent", {"A": 4.0, "V": 2.5, "D": 2.0}),
}
"""Extra positions, each with the pattern it is scored against. The strong insecure
cases test that no clear avoidant or ambivalent person is called disorganised; the
last sits on the naerhed cut-off and cannot be recovered much above half the time."""

STYLES: Mapping[str, float] = {
    "content": 0.55,
    "acquiescent": 0.15,
    "nay-saying": 0.05,
    "extreme": 0.15,
    "middle": 0.10,
}
"""The share of simulated people who answer in each style."""


@dataclass(frozen=True)
class Respondents:
    """How the simulated people answer: the knobs of the respondent model."""

    person_sd: float = 0.5
    """SD of one person's true position around the prototype, per trait (1–7 scale)."""
    item_sd: float = 1.0
    """SD of the noise on each answer, before rounding."""
    own_loading: tuple[float, float] = (0.7, 1.0)
    """Range of the loading of a statement on its own trait."""
    cross_loading: tuple[float, float] = (0.2, 0.4)
    """Range of the loading on every other trait that bears on a statement."""
    styles: Mapping[str, float] = field(default_factory=lambda: dict(STYLES))
    """Share of people per response style."""
    read_content: bool = True
    """Answer from what each statement says; False: from its own scale only, as scored."""

    @classmethod
    def scoring_model(cls) -> Respondents:
        """The respondents the scoring model assumes: no cross-loadings, no styles."""
        return cls(person_sd=0.3, own_loading=(1.0, 1.0), styles={}, read_content=False)


def load_content(path: Path = CONTENT_PATH) -> dict[str, dict[str, int]]:
    """Each statement's direction per trait, by id."""
    with path.open("rb") as file:
        content: dict[str, dict[str, int]] = tomllib.load(file)["content"]
    return content


def loadings(
    questionnaire: Questionnaire, respondents: Respondents, rng: random.Random
) -> dict[str, dict[str, float]]:
    """A loading per statement and trait, drawn once per simulated questionnaire."""
    content = load_content()
    table: dict[str, dict[str, float]] = {}
    for question in questionnaire.questions:
        own = TRAITS[question.scale]
        signs = content.get(question.id) if respondents.read_content else None
        if signs is None:  # unknown content, or the scoring model: its own trait only
            signs = {own: -1 if question.reverse else 1}
        table[question.id] = {
            trait: math.copysign(
                rng.uniform(
                    *(
                        respondents.own_loading
                        if trait == own or abs(sign) == 2
                        else respondents.cross_loading
                    )
                ),
                sign,
            )
            for trait, sign in signs.items()
            if sign
        }
    return table


def _style(respondents: Respondents, rng: random.Random) -> str:
    roll = rng.random()
    for name, share in respondents.styles.items():
        roll -= share
        if roll < 0:
            return name
    return "content"


def _styled(value: float, style: str, shift: float) -> float:
    """An answer on the 1–7 scale bent by a response style."""
    if style == "acquiescent":
        return value + shift
    if style == "nay-saying":
        return value - shift
    if style == "extreme":
        return 4 + (value - 4) * 1.6
    if style == "middle":
        return 4 + (value - 4) * 0.5
    return value


def simulate_people(
    questionnaire: Questionnaire,
    position: Mapping[str, float],
    n: int,
    rng: random.Random,
    respondents: Respondents,
    table: Mapping[str, Mapping[str, float]],
) -> list[tuple[str, dict[str, int]]]:
    """Simulated people around a position: each with their style and answers."""
    points = questionnaire.points
    stretch = (points - 1) / 6
    people: list[tuple[str, dict[str, int]]] = []
    for _ in range(n):
        traits = {t: rng.gauss(position[t], respondents.person_sd) - 4 for t in "AVD"}
        style = _style(respondents, rng)
        shift = rng.uniform(0.7, 1.5)
        answers: dict[str, int] = {}
        for question in questionnaire.questions:
            value = 4 + sum(load * traits[t] for t, load in table[question.id].items())
            value = _styled(value + rng.gauss(0, respondents.item_sd), style, shift)
            answer = 1 + (value - 1) * stretch
            answers[question.id] = min(points, max(1, math.floor(answer + 0.5)))
        people.append((style, answers))
    return people


@dataclass(frozen=True)
class Figures:
    """What one simulation run measures, as shares 0–1.

    Attributes:
        n: Simulated people per prototype.
        seed: The seed of the run.
        outcomes: Per prototype, the share given each pattern, and None (no reading).
        neighbour: Per prototype, the share given at least one neighbouring pattern.
        flagged: Per prototype, the share with at least one validity flag.
        by_style: Per style, recovery over all four prototypes.
        unreadable_by_style: Per style, the share with no reading.
        flagged_by_style: Per style, the share with at least one validity flag.
        variants: Per variant, the share given its pattern and the share called desorganiseret.
    """

    n: int
    seed: int
    outcomes: Mapping[str, Mapping[str | None, float]]
    neighbour: Mapping[str, float]
    flagged: Mapping[str, float]
    by_style: Mapping[str, float]
    unreadable_by_style: Mapping[str, float]
    flagged_by_style: Mapping[str, float]
    variants: Mapping[str, tuple[float, float]]

    def recovery(self, pattern: str) -> float:
        """The share of a prototype's people given its own pattern."""
        return self.outcomes[pattern][pattern]


def _share(hits: Iterable[bool]) -> float:
    values = list(hits)
    return sum(values) / len(values) if values else math.nan


def figures(
    questionnaire: Questionnaire,
    n: int = 1000,
    seed: int = 2026,
    respondents: Respondents | None = None,
) -> Figures:
    """Every figure docs/scoring.md reports for one questionnaire, from one seeded run."""
    respondents = respondents or Respondents()
    rng = random.Random(seed)
    table = loadings(questionnaire, respondents, rng)
    outcomes: dict[str, dict[str | None, float]] = {}
    neighbour: dict[str, float] = {}
    flagged: dict[str, float] = {}
    styled: list[tuple[str, bool, bool, bool]] = []
    for pattern in PATTERNS:
        people = simulate_people(questionnaire, PROTOTYPES[pattern], n, rng, respondents, table)
        results: list[Result] = [score(questionnaire, answers) for _, answers in people]
        outcomes[pattern] = {p: _share(r.pattern == p for r in results) for p in (*PATTERNS, None)}
        neighbour[pattern] = _share(bool(r.neighbours) for r in results)
        flagged[pattern] = _share(bool(r.flags) for r in results)
        styled += [
            (style, r.pattern == pattern, not r.readable, bool(r.flags))
            for (style, _), r in zip(people, results, strict=True)
        ]
    styles = sorted({row[0] for row in styled}, key=list(STYLES).index)
    variants: dict[str, tuple[float, float]] = {}
    for name, (pattern, position) in VARIANTS.items():
        people = simulate_people(questionnaire, position, n, rng, respondents, table)
        results = [score(questionnaire, answers) for _, answers in people]
        variants[name] = (
            _share(r.pattern == pattern for r in results),
            _share(r.pattern == "desorganiseret" for r in results),
        )
    return Figures(
        n=n,
        seed=seed,
        outcomes=outcomes,
        neighbour=neighbour,
        flagged=flagged,
        by_style={s: _share(row[1] for row in styled if row[0] == s) for s in styles},
        unreadable_by_style={s: _share(row[2] for row in styled if row[0] == s) for s in styles},
        flagged_by_style={s: _share(row[3] for row in styled if row[0] == s) for s in styles},
        variants=variants,
    )


def _pct(share: float) -> str:
    return f"{share * 100:.1f} %"


def format_side_by_side(named: Mapping[str, Figures]) -> str:
    """Figures for several questionnaires as Markdown tables, one column group each."""
    names = list(named)
    first = named[names[0]]
    lines = [f"n = {first.n} per prototype and variant, seed {first.seed}", ""]
    lines += ["| prototype | " + " | ".join(f"recovered ({name})" for name in names)]
    lines[-1] += " | " + " | ".join(f"as desorganiseret ({name})" for name in names)
    lines[-1] += " | " + " | ".join(f"no reading ({name})" for name in names) + " |"
    lines.append("|---|" + "---:|" * (3 * len(names)))
    for pattern in PATTERNS:
        cells = [_pct(named[name].recovery(pattern)) for name in names]
        cells += [_pct(named[name].outcomes[pattern]["desorganiseret"]) for name in names]
        cells += [_pct(named[name].outcomes[pattern][None]) for name in names]
        lines.append(f"| {pattern} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| variant | scored as | "
        + " | ".join(f"recovered ({name}) | as desorganiseret ({name})" for name in names)
        + " |",
        "|---|---|" + "---:|" * (2 * len(names)),
    ]
    for variant, (pattern, _) in VARIANTS.items():
        cells = []
        for name in names:
            hit, disorganised = named[name].variants[variant]
            cells += [_pct(hit), _pct(disorganised)]
        lines.append(f"| {variant} | {pattern} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| style | "
        + " | ".join(
            f"recovered ({name}) | flagged ({name}) | no reading ({name})" for name in names
        )
        + " |",
        "|---|" + "---:|" * (3 * len(names)),
    ]
    for style in first.by_style:
        cells = []
        for name in names:
            figures_of = named[name]
            cells += [
                _pct(figures_of.by_style[style]),
                _pct(figures_of.flagged_by_style[style]),
                _pct(figures_of.unreadable_by_style[style]),
            ]
        lines.append(f"| {style} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| prototype | "
        + " | ".join(f"neighbour named ({name}) | flagged ({name})" for name in names)
        + " |",
        "|---|" + "---:|" * (2 * len(names)),
    ]
    for pattern in PATTERNS:
        cells = []
        for name in names:
            cells += [_pct(named[name].neighbour[pattern]), _pct(named[name].flagged[pattern])]
        lines.append(f"| {pattern} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Print the tables of docs/scoring.md: version 1 and 2, then v2 under the scoring model."""
    from tui.model.questionnaire import load_questionnaire
    from tui.model.resources import questions_path

    root = Path(__file__).resolve().parent.parent
    v1 = load_questionnaire(root / "tests" / "data" / "questions-v1.toml")
    v2 = load_questionnaire(questions_path())
    print("## Respondents who are not the scoring model\n")
    print(format_side_by_side({"v1": figures(v1), "v2": figures(v2)}))
    print("\n## Respondents drawn from the scoring model (for reference)\n")
    model = Respondents.scoring_model()
    print(
        format_side_by_side(
            {"v1": figures(v1, respondents=model), "v2": figures(v2, respondents=model)}
        )
    )


if __name__ == "__main__":
    main()
