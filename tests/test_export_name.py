"""The export's file name and format agree, whatever is typed."""

from __future__ import annotations

import pytest

from tui.model.export_name import ending, format_of, named_for

SUFFIXES = {"markdown": ".md", "json": ".json", "html": ".html"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("efter.md", ".md"),
        ("efter.JSON", ".JSON"),
        ("efter", ""),
        (".md", ""),  # a hidden file's name, not an ending
        ("efter.", ""),
        ("mappe.v2/efter", ""),
        ("mappe/", ""),
        ("anna.2026", ".2026"),
    ],
)
def test_ending(name: str, expected: str) -> None:
    assert ending(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("efter.json", "json"), ("EFTER.Md", "markdown"), ("efter.txt", None), ("efter", None)],
)
def test_the_format_follows_the_ending_in_any_case(name: str, expected: str | None) -> None:
    assert format_of(name, SUFFIXES) == expected


@pytest.mark.parametrize(
    ("name", "chosen", "expected"),
    [
        ("efter.md", "json", "efter.json"),  # a format's ending is replaced
        ("efter.MD", "json", "efter.json"),
        ("efter.JSON", "json", "efter.JSON"),  # already this format's: kept as typed
        ("efter", "json", "efter.json"),  # none: added
        ("efter.txt", "markdown", "efter.txt.md"),  # unknown: kept, and the ending added
        ("~/klienter/efter", "html", "~/klienter/efter.html"),
        ("mappe/", "json", "mappe/"),  # a folder: left for the writer to refuse
        ("", "json", ""),
    ],
)
def test_the_ending_follows_the_format(name: str, chosen: str, expected: str) -> None:
    assert named_for(name, chosen, SUFFIXES) == expected
