"""How a section of the result draws its body."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from tui.render.document import Note
from tui.widgets.result_section import body_renderable

POINT = "Svarene gik meget hurtigt, så nogle udsagn er måske ikke blevet læst helt til ende."


@pytest.mark.parametrize("kind", ["uncertain", "unreadable"])
def test_a_wrapped_point_hangs_under_its_text_not_its_bullet(kind: str) -> None:
    note = Note(kind, ("Resultatet er usikkert:",), (POINT, "Kort punkt."))  # type: ignore[arg-type]
    console = Console(width=40, record=True, color_system=None, file=io.StringIO())
    console.print(body_renderable(note))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    first = next(i for i, line in enumerate(lines) if line.startswith("  • Svarene"))
    wrapped = lines[first + 1 : lines.index("", first) if "" in lines[first:] else None]
    wrapped = [line for line in wrapped if not line.startswith("  • ")]
    assert len(wrapped) >= 2, lines
    assert all(line.startswith("    ") and line[4] != " " for line in wrapped), lines
    assert "  • Kort punkt." in lines
    assert (kind == "unreadable") == ("" in lines[1:-1]), lines
