"""`tilknytning-test` with arguments: `--lang`, `--questions`, `score`, `compare`, `validate`.

Kept thin: each command loads, calls the model and prints. A bare `tilknytning-test`
never comes here (see `tui.launch`). Textual is imported only when the app starts,
so `--help`, `score` and `validate` stay quick.
"""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand

from tui import __version__
from tui.launch import DEFAULT_THEME, THEMES, error_line, load_inputs, start
from tui.model.answers import (
    AnswerSheet,
    check_answers,
    check_same_version,
    check_version,
    read_answer_sheet,
)
from tui.model.change import check_comparable
from tui.model.errors import InputError
from tui.model.printable import printable
from tui.model.questionnaire import (
    SCALES,
    Questionnaire,
    QuestionnaireError,
    load_questionnaire,
)
from tui.model.resources import questions_path
from tui.model.scoring import score as score_answers
from tui.model.texts import LANGUAGES
from tui.output import OutputError, print_rich, print_text, report_output_error
from tui.render.formats import FORMATS


class Command(TyperCommand):
    """A command whose usage line names its arguments as the help does: ANSWERS, not {ANSWERS}."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # typer's own click.Context
        return [
            piece.removeprefix("{").removesuffix("}") for piece in super().collect_usage_pieces(ctx)
        ]


cli = typer.Typer(
    name="tilknytning-test",
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help texts are plain: "[answers]" is a TOML table here, not Rich markup.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "A self-test of one's attachment pattern, in the terminal (Danish; --lang en for "
        "English). Without a command, the test starts."
    ),
)


LangOption = Annotated[
    str, typer.Option("--lang", help=f"Language: {' | '.join(LANGUAGES)}.", metavar="LANG")
]
QuestionsOption = Annotated[
    Path | None,
    typer.Option(
        "--questions", help="A questionnaire (TOML) other than the shipped one.", metavar="PATH"
    ),
]


def fail(error: InputError) -> NoReturn:
    """Print a clear message to stderr and exit 1."""
    typer.echo(error_line(error), err=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tilknytning-test {__version__}")
        raise typer.Exit()


@cli.callback(invoke_without_command=True)
def run(
    ctx: typer.Context,
    lang: LangOption = "da",
    questions: QuestionsOption = None,
    theme: Annotated[
        str,
        typer.Option(
            "--theme",
            help=f"Colours to start in: {' | '.join(THEMES)} (t switches while running).",
            metavar="THEME",
        ),
    ] = DEFAULT_THEME,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Start the test in this terminal."""
    if ctx.invoked_subcommand is not None:
        return
    raise typer.Exit(start(lang, questions, theme))


def known_format(name: str) -> str:
    """A `--format` of the registry, or a usage error naming the ones there are."""
    if name not in FORMATS:
        raise typer.BadParameter(f"{name!r} is not one of: {', '.join(FORMATS)}")
    return name


def checked_answers(sheet: AnswerSheet, questionnaire: Questionnaire) -> dict[str, int]:
    """The answers of a sheet, checked against the questionnaire and its version."""
    check_version(questionnaire, sheet)
    return check_answers(questionnaire, sheet.answers, sheet.source)


@cli.command(cls=Command)
def score(
    answers: Annotated[
        Path,
        typer.Argument(
            help=(
                "Answers: TOML with an [answers] table, or any export the app saved "
                "(JSON, or a Markdown or HTML report)."
            ),
            metavar="ANSWERS",
        ),
    ],
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=f"Output format: {' | '.join(FORMATS)}.",
            callback=known_format,
            metavar="FORMAT",
        ),
    ] = "text",
    lang: LangOption = "da",
    questions: QuestionsOption = None,
) -> None:
    """Score an answers file and print the result."""
    try:
        questionnaire, texts = load_inputs(lang, questions)
        sheet = read_answer_sheet(answers)
        checked = checked_answers(sheet, questionnaire)
    except InputError as error:
        fail(error)
    result = score_answers(questionnaire, checked, sheet.seconds)
    rendered = FORMATS[format].render(result, questionnaire, texts, sheet.stamp)
    if isinstance(rendered, str):
        print_text(rendered.removesuffix("\n"))
    else:
        print_rich(rendered)


class CompareFormat(str, enum.Enum):
    """Output formats of `compare`."""

    text = "text"
    json = "json"


@cli.command(cls=Command)
def compare(
    before: Annotated[
        Path, typer.Argument(help="The earlier export or answers file.", metavar="BEFORE")
    ],
    after: Annotated[
        Path, typer.Argument(help="The later export or answers file.", metavar="AFTER")
    ],
    format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CompareFormat.text,
    allow_different_clients: Annotated[
        bool,
        typer.Option(
            "--allow-different-clients",
            help="Compare even when the two carry different client codes.",
        ),
    ] = False,
    lang: LangOption = "da",
    questions: QuestionsOption = None,
) -> None:
    """Compare two results: both on one plot, and which changes exceed measurement error.

    Two different client codes are refused unless --allow-different-clients; where
    only one has a code, they are compared with a note to check it is one person.
    BEFORE must not have been taken after AFTER.
    """
    try:
        questionnaire, texts = load_inputs(lang, questions)
        first_sheet = read_answer_sheet(before)
        second_sheet = read_answer_sheet(after)
        stamps = (first_sheet.stamp, second_sheet.stamp)
        check_comparable(*stamps, f"{before} and {after}", allow_different_clients)
        check_same_version(first_sheet, second_sheet)
        first = checked_answers(first_sheet, questionnaire)
        second = checked_answers(second_sheet, questionnaire)
    except InputError as error:
        fail(error)
    first_result = score_answers(questionnaire, first, first_sheet.seconds)
    second_result = score_answers(questionnaire, second, second_sheet.seconds)
    if format is CompareFormat.json:
        from tui.render.compare_report import compare_dict

        print_text(
            json.dumps(
                compare_dict(first_result, second_result, questionnaire, stamps),
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        from tui.render.compare_report import compare_text

        print_rich(compare_text(first_result, second_result, questionnaire, texts, stamps))


@cli.command(cls=Command)
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The questionnaire to check (default: the shipped one).", metavar="PATH"
        ),
    ] = None,
) -> None:
    """Check a questionnaire file; exit 0 when valid, 1 when not."""
    target = path or questions_path()
    try:
        questionnaire = load_questionnaire(target)
    except QuestionnaireError as error:
        typer.echo(printable(f"{target}: {len(error.problems)} problem(s)"), err=True)
        for problem in error.problems:
            typer.echo(printable(f"  • {problem.message}"), err=True)
        raise typer.Exit(1) from None
    except InputError as error:
        fail(error)
    counts = ", ".join(f"{len(questionnaire.on_scale(s))} {s}" for s in SCALES)
    print_text(
        f"{target}: OK — {len(questionnaire.questions)} questions ({counts}), "
        f"languages {', '.join(questionnaire.languages)}"
    )


def main() -> None:
    """Entry point of the console script."""
    try:
        cli()
    except KeyboardInterrupt:  # pragma: no cover - Ctrl+C outside the app
        sys.exit(130)
    except OutputError as error:
        sys.exit(report_output_error(error))
