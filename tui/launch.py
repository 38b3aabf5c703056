"""The console entry point: a bare `tilknytning-test` starts the test without the CLI library.

Nearly every run is the bare command, and it needs no option parsing. Typer, which the
commands and options use, imports pydantic and costs about 90 ms before anything is on
screen, so it is loaded only when there are arguments to parse (`tui.cli`).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from tui.model.errors import InputError
from tui.model.printable import printable
from tui.model.questionnaire import Questionnaire, load_questionnaire
from tui.model.resources import questions_path
from tui.model.texts import LANGUAGES, Texts, texts_for

THEMES = {"dark": "textual-dark", "light": "textual-light"}
"""The `--theme` names and the Textual theme each starts in; the first is the default."""
DEFAULT_THEME = "dark"


def load_inputs(lang: str, questions: Path | None) -> tuple[Questionnaire, Texts]:
    """The questionnaire (the shipped one unless `questions` names another) and the texts.

    Raises:
        InputError: A file is missing or faulty, or the questionnaire lacks `lang`.
    """
    questionnaire = load_questionnaire(questions or questions_path())
    return questionnaire, texts_for(questionnaire, lang)


def error_line(error: InputError) -> str:
    """How the command reports bad input on stderr."""
    # The message names files and ids from the input: a terminal must not obey them.
    return printable(f"tilknytning-test: {error.message}")


def theme_error(theme: str) -> str:
    """The one line for an unknown `--theme`."""
    return printable(
        f"tilknytning-test: unknown theme {theme!r}; choose {' or '.join(sorted(THEMES))}"
    )


def start(lang: str, questions: Path | None, theme: str = DEFAULT_THEME) -> int:
    """Load the inputs and run the test in this terminal; the exit code for the shell.

    Bad input (and an unknown `theme`) is reported before the terminal is taken over,
    with exit code 1.
    """
    if theme not in THEMES:
        print(theme_error(theme), file=sys.stderr)
        return 1
    try:
        questionnaire, texts = load_inputs(lang, questions)
    except InputError as error:
        print(error_line(error), file=sys.stderr)
        return 1
    run_app = import_app()  # Textual is imported only once the inputs are good
    return run_app(questionnaire, texts, THEMES[theme])


def import_app() -> Callable[[Questionnaire, Texts, str], int]:
    """`tui.app.run_app`, its module imported (with Textual) while the cyclic collector rests.

    The import is most of the start. It makes some 60,000 objects that live as long
    as the process, and a few hundred of garbage: the collector would go through them
    all about 90 times on the way, a tenth of the start. Once imported they are set
    aside for good (`gc.freeze`), so the collections while a person answers pass them
    by as well. A second import finds the module loaded and leaves the collector be.
    """
    if "tui.app" not in sys.modules and gc.isenabled():
        gc.disable()
        try:
            import tui.app  # noqa: F401  (loaded here; `run_app` is taken from it below)
        finally:
            gc.freeze()
            gc.enable()
    from tui.app import run_app

    return run_app


def fast_theme(args: list[str]) -> str | None:
    """The theme when `args` is only `--theme NAME` (or `--theme=NAME`), else None."""
    if len(args) == 2 and args[0] == "--theme":
        return args[1]
    if len(args) == 1 and args[0].startswith("--theme="):
        return args[0].removeprefix("--theme=")
    return None


def main() -> None:
    """Entry point of the console script."""
    theme = DEFAULT_THEME if len(sys.argv) == 1 else fast_theme(sys.argv[1:])
    if theme is None:
        from tui.cli import main as cli_main

        cli_main()
        return
    try:
        code = start(LANGUAGES[0], None, theme)
    except KeyboardInterrupt:  # pragma: no cover - Ctrl+C before the app holds the terminal
        code = 130
    sys.exit(code)
