"""The console entry point: the bare command starts the app without the CLI library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__
from tui.launch import start

# Runs the entry point as the console script does, with the app itself replaced by a
# stand-in that reports what it was given, then lists the CLI library's modules loaded.
BARE_COMMAND = """
import sys
import tui.app

def run_app(questionnaire, texts):
    print(len(questionnaire.questions), texts.language)
    return 0

tui.app.run_app = run_app
sys.argv = ["tilknytning-test"]
from tui.launch import main
try:
    main()
except SystemExit as done:
    print("exit", done.code)
print(sorted(name for name in sys.modules if name.split(".")[0] in {"typer", "click", "pydantic"}))
"""


def test_a_bare_command_starts_the_app_without_the_cli_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BARE_COMMAND], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["28 da", "exit 0", "[]"]


def test_arguments_go_to_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"tilknytning-test {__version__}"


def test_bad_input_is_one_clear_line_and_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[response\n", encoding="utf-8")
    assert start("da", path) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"tilknytning-test: {path}, line 1")
    assert "Traceback" not in error
