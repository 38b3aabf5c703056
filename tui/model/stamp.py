"""What an export carries beside the result: when the test was taken, and whose it is."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from tui.model.errors import InputError

CLIENT_LONGEST = 16
"""Characters a client code may have: room for initials or a journal code, not for a full name."""


class Stamp(NamedTuple):
    """When the test was taken, and an optional client code; both optional."""

    taken: datetime | None = None
    """When the last answer was given (local time, with its offset); None when unknown."""
    client: str | None = None
    """A client code typed in the export dialog (initials or a code); None when none was typed."""


def local_now() -> datetime:
    """The date and time now, in local time with its UTC offset."""
    return datetime.now().astimezone()


def with_offset(moment: datetime) -> datetime:
    """`moment` with a UTC offset: a naive time is taken as local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def client_problem(code: str) -> str | None:
    """Why a client code cannot be used, or None when it can.

    Returns:
        `too_long` (over `CLIENT_LONGEST` characters), `space` (it holds a space:
        a code needs none, a name does) or `not_printable` (a control or format
        character, which a terminal could obey); None for a good code.
    """
    if len(code) > CLIENT_LONGEST:
        return "too_long"
    if any(char.isspace() for char in code):
        return "space"
    if not code.isprintable():
        return "not_printable"
    return None


CLIENT_FAULTS = {
    "too_long": f"it is longer than {CLIENT_LONGEST} characters",
    "space": "it holds a space",
    "not_printable": "it holds a control character",
}
"""Each client code problem in words, for messages about files."""


def read_stamp(doc: dict[str, object], source: str) -> Stamp:
    """The stamp of an export: `taken` (ISO 8601 with offset) and `client`, each optional.

    TOML may give `taken` as a date-time of its own; JSON as a text.

    Raises:
        InputError: `taken` is not a date and time with an offset, or `client`
            is not a short printable text.
    """
    return Stamp(_taken(doc.get("taken"), source), _client(doc.get("client"), source))


def _taken(value: object, source: str) -> datetime | None:
    example = "write it as taken = 2026-11-26T14:05:00+01:00 (date, time and UTC offset)"
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise InputError(
                source, f"`taken` is not a date and time: {_shown(value)}", example
            ) from None
    if not isinstance(value, datetime):
        raise InputError(source, f"`taken` is not a date and time: {_shown(value)}", example)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(source, "`taken` has no UTC offset, so the time is unclear", example)
    return value


def _client(value: object, source: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(
            source, f"`client` must be a text, not {_shown(value)}", 'write client = "AB12"'
        )
    if not value:
        return None
    problem = client_problem(value)
    if problem is not None:
        raise InputError(
            source,
            f"the client code {_shown(value)} cannot be used: {CLIENT_FAULTS[problem]}",
            f"use initials or a code of at most {CLIENT_LONGEST} letters, digits or signs",
        )
    return value


def _shown(value: object) -> str:
    text = repr(value)  # control characters shown escaped, never sent to the terminal
    return text if len(text) <= 40 else text[:39] + "…"
