"""Output that cannot be written: a full disk (/dev/full) or a closed stdout.

The commands must say so in one line on stderr and exit 1, never a traceback
and never Python's "Exception ignored" at exit.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.faults import COMMAND, answers_toml, run
from tui.model.questionnaire import Questionnaire

COMMANDS = {
    "score-text": ["score", "{answers}"],
    "score-json": ["score", "{answers}", "--format", "json"],
    "score-markdown": ["score", "{answers}", "--format", "markdown"],
    "validate": ["validate"],
    "compare-text": ["compare", "{answers}", "{answers}"],
    "compare-json": ["compare", "{answers}", "{answers}", "--format", "json"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize("target", ["dev-full", "closed"])
def test_unwritable_output_gives_one_line_and_exit_1(
    name: str, target: str, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text(answers_toml(questionnaire), encoding="utf-8")
    args = [part.format(answers=answers) for part in COMMANDS[name]]
    if target == "dev-full":
        with open("/dev/full", "w") as full:
            outcome = run(*args, cwd=tmp_path, stdout=full, stderr=subprocess.PIPE)
        reason = "No space left on device"
    else:
        # A child started with fd 1 closed, as `tilknytning-test … >&-` does.
        outcome = subprocess.run(
            ["bash", "-c", 'exec "$@" >&-', "--", str(COMMAND), *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=30,
        )
        reason = "standard output is closed"
    stderr = outcome.stderr
    assert outcome.returncode == 1, stderr
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("tilknytning-test: could not write the output")
    assert reason in stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
