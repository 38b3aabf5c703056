"""The last guard: an error ends the app with one plain line, nothing of the person in it.

`tests/test_faults_terminal.py` shows it in a real terminal; these pin down its parts.
"""

from __future__ import annotations

import pytest

from tui.app import crash_line, make_app


def test_the_line_names_the_error_and_where_but_not_its_message() -> None:
    def fail() -> None:
        raise ValueError("Nærhed 83 af 100, n01 = 7")

    with pytest.raises(ValueError) as caught:
        fail()
    line = crash_line(caught.value)
    assert "ValueError (test_crash_guard.py:" in line
    assert "83" not in line and "n01" not in line and "\n" not in line


async def test_textuals_own_panic_prints_the_plain_line_not_its_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Textual panics with a traceback when its input thread fails."""
    app = make_app()
    async with app.run_test(size=(80, 24)):
        app.panic("Tilknytningstest: Utryg, ambivalent (the report)")
    printed = capsys.readouterr()
    assert app.return_code == 1
    assert "Testen stoppede på grund af en fejl i programmet (Textual)" in printed.err
    assert "ambivalent" not in printed.err + printed.out
