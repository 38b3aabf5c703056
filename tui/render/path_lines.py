"""A file path laid out in lines that break only at its separators, never inside a name."""

from __future__ import annotations

import re

from rich.cells import cell_len

PARTS = re.compile(r"[^/\\]*[/\\]|[^/\\]+$")
"""Each folder with the separator after it, then the file's name."""


def path_lines(path: str, width: int) -> str:
    """`path` in lines of at most `width` cells, each ending at a separator.

    A single name longer than a line is shortened from the left with "…", so the
    end of the name, where its extension is, stays.

    Args:
        path: The path as shown to the person.
        width: The cells one line may take.

    Returns:
        The path with a newline after a separator wherever the next name would not fit.
    """
    lines: list[str] = []
    line = ""
    for part in PARTS.findall(path):
        while cell_len(part) > width:
            part = "…" + part[2:]
        if line and cell_len(line) + cell_len(part) > width:
            lines.append(line)
            line = ""
        line += part
    lines.append(line)
    return "\n".join(lines)
