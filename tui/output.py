"""What the commands print: a full disk or a closed stdout ends in one line on stderr, exit 1."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, TextIO

from tui.model.printable import printable

if TYPE_CHECKING:
    from rich.console import RenderableType


class OutputError(Exception):
    """Standard output could not be written; the message says why, for a person."""


def _stdout() -> TextIO:
    # Python sets sys.stdout to None when the command starts with stdout closed (`>&-`).
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    return sys.stdout


def print_text(text: str) -> None:
    """Print plain text and a newline, all of it written before returning.

    Raises:
        OutputError: The output cannot be written (a full disk, a closed stdout).
    """
    out = _stdout()
    try:
        out.write(printable(text) + "\n")
        out.flush()
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def print_rich(renderable: RenderableType) -> None:
    """Print a Rich renderable (colour only on a terminal), all of it written before returning.

    Raises:
        OutputError: The output cannot be written.
    """
    from rich.console import Console

    out = _stdout()
    try:
        Console(file=out, highlight=False).print(renderable)
        out.flush()
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def report_output_error(error: OutputError) -> int:
    """Say on stderr that the output failed, stop any retry at exit; the exit code (1)."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        print(
            f"tilknytning-test: could not write the output ({error}); "
            "free some space, or send the output somewhere else",
            file=sys.stderr,
        )
    # Whatever is still buffered would fail again, with a traceback-like warning, at exit.
    with contextlib.suppress(OSError, AttributeError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1
