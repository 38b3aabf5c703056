"""Read a TOML file into plain data, turning every failure into an InputError."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from tui.model.errors import InputError
from tui.model.input_file import read_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 in CI
    import tomli as tomllib

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text.

    Args:
        text: The document.
        source: The file name to put in error messages.

    Returns:
        The document as nested dicts and lists.

    Raises:
        InputError: The text is not valid TOML; the message names the line.
    """
    try:
        document: dict[str, Any] = tomllib.loads(text)
        return document
    except tomllib.TOMLDecodeError as error:
        reason = str(error)
        match = _POSITION.search(reason)
        where = source
        if match:
            where = f"{source}, line {match.group(1)}, column {match.group(2)}"
            reason = reason[: match.start()]
        raise InputError(
            where,
            f"this is not valid TOML ({reason})",
            "correct the syntax at that place; see https://toml.io for the rules",
        ) from None
    except (ValueError, RecursionError) as error:
        # tomllib lets these through: a whole number with more digits than Python
        # converts (sys.get_int_max_str_digits), and arrays or tables nested too deeply.
        reason = (
            "nested too deeply" if isinstance(error, RecursionError) else "a number is too long"
        )
        raise InputError(
            source,
            f"this is not valid TOML ({reason})",
            "correct the file; see https://toml.io for the rules",
        ) from None


def load_toml(path: Path) -> dict[str, Any]:
    """Read and parse a TOML file; errors name the file and line."""
    return parse_toml(read_text(path), str(path))
