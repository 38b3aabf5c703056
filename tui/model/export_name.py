"""An export's file name and its format agree: the format follows the ending, the ending the format.

Endings are compared in any case (`efter.JSON` is JSON) and kept as typed. A name
without an ending, or with one no format has (`efter.txt`, `anna.2026`), keeps
what was typed and gets the chosen format's ending after it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SEPARATORS = tuple(dict.fromkeys(("/", os.sep, os.altsep or "/")))
"""What ends a folder's name in a path on this system."""


def ending(name: str) -> str:
    """The ending of a typed name's last part, with its dot (`.md`), or "" when it has none.

    A leading dot is a hidden file's name, not an ending; a trailing separator
    names a folder, which has none.
    """
    if name.endswith(SEPARATORS):
        return ""
    last = os.path.basename(name)
    dot = last.rfind(".")
    return last[dot:] if dot > 0 and dot < len(last) - 1 else ""


def format_of(name: str, suffixes: Mapping[str, str]) -> str | None:
    """The format whose ending the name has, in any case; None when no format's.

    Args:
        name: The name as typed.
        suffixes: Each format's ending by the format's name.
    """
    typed = ending(name).lower()
    return next((fmt for fmt, suffix in suffixes.items() if suffix.lower() == typed), None)


def named_for(name: str, chosen: str, suffixes: Mapping[str, str]) -> str:
    """The name with the chosen format's ending.

    A format's ending (any case) is replaced by the chosen one unless it is that
    one already; any other name gets the ending after what was typed. A name
    ending in a separator is left alone: it names a folder, which the writer refuses.
    """
    if not name or name.endswith(SEPARATORS):
        return name
    wanted = suffixes[chosen]
    typed = ending(name)
    if typed.lower() == wanted.lower():
        return name
    if format_of(name, suffixes) is not None:
        return name[: -len(typed)] + wanted
    return name + wanted
