"""Export path classes that used to end the app with a traceback holding the report.

Each must leave the person on the export dialog with a message naming the
reason; Escape then shows the result, untouched.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen

SIZE = (80, 24)


async def export_as(
    name: str, tmp_path: Path, prepare: Callable[[], None] = lambda: None
) -> tuple[TilknytningApp, str]:
    """Answer everything, export under `name`; the dialog's message, after Escape."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *["4"] * 28, "e")
        assert isinstance(app.screen, ExportScreen)
        prepare()
        app.screen.query_one("#file-name", Input).value = name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen), "the dialog closed or another opened"
        message = str(app.screen.query_one("#export-error", Static).render())
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)
        assert app.session is not None and app.session.answered == 28
    return app, message


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def test_a_very_long_name(work: Path) -> None:
    _, message = await export_as("x" * 300 + ".md", work)
    assert "for langt" in message
    assert list(work.iterdir()) == []


async def test_a_long_name_that_fits_the_folder_is_written(work: Path) -> None:
    """The temporary file's name is shortened, so a 250-character name still works."""
    from tui.model.private_file import write_private

    name = "x" * 247 + ".md"
    write_private(work / name, "report")
    assert [path.name for path in work.iterdir()] == [name]


async def test_an_unknown_users_home(work: Path) -> None:
    _, message = await export_as("~nosuchuser-tilknytning/x.md", work)
    assert "ingen bruger" in message


async def test_a_folder_without_the_x_bit(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o600)
    real_stat, real_open = os.stat, os.open

    def refuse_inside(call: Callable[..., object]) -> Callable[..., object]:
        def refusing(path: object, *args: object, **kwargs: object) -> object:
            if str(path).startswith(str(locked) + os.sep):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return call(path, *args, **kwargs)

        return refusing

    def lock() -> None:
        # root passes any mode: refuse as the OS refuses everyone else.
        if os.geteuid() == 0:
            monkeypatch.setattr(os, "stat", refuse_inside(real_stat))
            monkeypatch.setattr(os, "open", refuse_inside(real_open))

    try:
        _, message = await export_as(str(locked / "x.md"), work, lock)
    finally:
        monkeypatch.undo()
        locked.chmod(0o700)
    assert "ikke adgang" in message


async def test_a_deleted_working_folder(work: Path, tmp_path: Path) -> None:
    _, message = await export_as("x.md", work, work.rmdir)
    assert "findes ikke længere" in message
    assert list(tmp_path.iterdir()) == []


async def test_the_name_of_an_existing_folder_is_refused_before_any_offer(work: Path) -> None:
    (work / "journal.md").mkdir()
    app, message = await export_as("journal.md", work)
    assert "navnet er en mappe" in message
    assert not any(isinstance(screen, ConfirmScreen) for screen in app.screen_stack)


async def test_a_nul_byte_in_the_name(work: Path) -> None:
    _, message = await export_as("a\x00b.md", work)
    assert "tegn" in message


def test_export_target_expands_home_and_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.private_file import WriteError, export_target

    monkeypatch.setenv("HOME", str(tmp_path))
    assert export_target("~/r.md") == tmp_path / "r.md"
    assert export_target("r.md", tmp_path / "sub") == tmp_path / "sub" / "r.md"
    with pytest.raises(WriteError) as caught:
        export_target("~nosuchuser-tilknytning/r.md")
    assert caught.value.code == "no_user"
