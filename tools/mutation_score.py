"""Mutation score per module from the last `mutmut run` (README, "Mutation testing").

Reads the results mutmut leaves in `mutants/` and prints, for each mutated file, how many
mutants the tests killed (a timeout counts as killed: the mutant made the tests hang) and how
many survived, then the whole. Run after `mutmut run`: `python -m tools.mutation_score`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3}
"""mutmut's exit codes for a mutant some test failed on."""
TIMEOUT = {36, 24, -24, 152, 255}
SURVIVED = 0
NO_TESTS = {5, 33}


def outcome(code: int | None) -> str:
    """What became of one mutant, from mutmut's exit code for it."""
    if code is None:
        return "not checked"
    if code in KILLED or code in TIMEOUT:
        return "killed"
    if code == SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "other"


def tally(root: Path) -> dict[str, Counter[str]]:
    """Outcomes per mutated source file under `root` (mutmut's `mutants/` folder)."""
    counts: dict[str, Counter[str]] = {}
    for meta in sorted(root.rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        if codes:
            name = meta.relative_to(root).as_posix().removesuffix(".meta")
            counts[name] = Counter(outcome(code) for code in codes.values())
    return counts


def score_line(name: str, counts: Counter[str]) -> str:
    checked = sum(counts.values()) - counts["not checked"]
    score = counts["killed"] / checked * 100 if checked else 0.0
    return (
        f"{name:34} {score:5.1f} %  killed {counts['killed']:4}  survived {counts['survived']:3}"
        f"  no tests {counts['no tests']:2}  of {checked}"
    )


def main(root: Path = Path("mutants")) -> int:
    counts = tally(root)
    if not counts:
        print(f"no mutmut results under {root}/: run `mutmut run` first", file=sys.stderr)
        return 1
    for name, found in counts.items():
        print(score_line(name, found))
    print(score_line("all", sum(counts.values(), Counter())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
