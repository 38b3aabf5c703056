"""A saved file's path, shown in lines that break only at its separators."""

from __future__ import annotations

import pytest

from tui.render.path_lines import path_lines


def test_a_path_that_fits_stays_on_one_line() -> None:
    assert path_lines("/tmp/r.md", 37) == "/tmp/r.md"


@pytest.mark.parametrize("width", [12, 20, 37])
def test_a_long_path_breaks_after_separators_only(width: int) -> None:
    path = "/home/someone/klienter-2026/samtaler/tilknytning-2026-11-27.md"
    lines = path_lines(path, width).split("\n")
    assert all(len(line) <= width for line in lines), lines
    assert all(line.endswith("/") for line in lines[:-1]), lines
    if width >= len("tilknytning-2026-11-27.md"):
        assert "".join(lines) == path


def test_a_name_longer_than_a_line_is_shortened_from_the_left() -> None:
    assert path_lines("/tmp/" + "x" * 50 + ".md", 20) == "/tmp/\n…" + "x" * 16 + ".md"
    assert path_lines("C:\\Users\\a\\b.md", 8) == "C:\\\nUsers\\a\\\nb.md"
