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

def run_app(questionnaire, texts, theme):
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


THEMED_COMMAND = """
import sys
import tui.app

def run_app(questionnaire, texts, theme):
    print(theme)
    return 0

tui.app.run_app = run_app
sys.argv = ["tilknytning-test", *sys.argv[1:]]
from tui.launch import main
try:
    main()
except SystemExit as done:
    print("exit", done.code)
print(sorted(name for name in sys.modules if name.split(".")[0] in {"typer", "click"}))
"""


@pytest.mark.parametrize(
    ("args", "theme", "cli_loaded"),
    [
        ([], "textual-dark", False),
        (["--theme", "light"], "textual-light", False),
        (["--theme=dark"], "textual-dark", False),
        (["--lang", "en", "--theme", "light"], "textual-light", True),
    ],
)
def test_theme_chooses_the_starting_theme(args: list[str], theme: str, cli_loaded: bool) -> None:
    done = subprocess.run(
        [sys.executable, "-c", THEMED_COMMAND, *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[:2] == [theme, "exit 0"]
    assert (lines[2] != "[]") is cli_loaded


@pytest.mark.parametrize("args", [["--theme", "sepia"], ["--lang", "en", "--theme", "sepia"]])
def test_a_bad_theme_is_one_line_and_exit_code_1(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "tilknytning-test: unknown theme 'sepia'; choose dark or light"
    ]
    assert done.stdout == ""


def test_help_mentions_the_theme() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, check=False
    )
    assert "--theme" in done.stdout
    assert "light" in done.stdout


# Imports the app as the launcher does, in a fresh process, and reports the collector's state:
# whether it runs, how many objects the first import froze, and how many the second.
# (From Python 3.12 some objects are frozen before any code of ours runs.)
IMPORTED_COMMAND = """
import gc, sys
{before}
at_start = gc.get_freeze_count()
from tui.launch import import_app
run_app = import_app()
frozen = gc.get_freeze_count() - at_start
again = import_app()
print(run_app is sys.modules["tui.app"].run_app, again is run_app)
print(gc.isenabled(), frozen, gc.get_freeze_count() - at_start - frozen)
"""


def imported(before: str) -> list[str]:
    command = IMPORTED_COMMAND.format(before=before)
    done = subprocess.run(
        [sys.executable, "-c", command], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_the_app_is_imported_with_its_objects_set_aside_for_good() -> None:
    """Textual's objects are frozen once, and the collector runs again afterwards."""
    same, state = imported("")
    assert same == "True True"
    enabled, frozen, frozen_again = state.split()
    assert enabled == "True"
    assert int(frozen) > 20_000  # Textual's modules, classes and functions
    assert frozen_again == "0"


@pytest.mark.parametrize(
    ("before", "enabled"), [("gc.disable()", "False"), ("import tui.app", "True")]
)
def test_a_collector_held_elsewhere_or_an_app_loaded_before_is_left_alone(
    before: str, enabled: str
) -> None:
    """Someone else's setting stays, and an import done before freezes nothing."""
    _, state = imported(before)
    assert state.split() == [enabled, "0", "0"]
