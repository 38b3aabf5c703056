"""Privacy, proven: no file written without an export, no socket opened, nothing left on screen."""

from __future__ import annotations

import inspect
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.result import ResultScreen

SIZE = (80, 24)


@pytest.fixture
def empty_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.chdir(work)
    return home, work


@contextmanager
def no_network() -> Iterator[list[tuple[object, ...]]]:
    """Make every attempt to create a socket fail, and remember it.

    Entered inside the test, after pytest-asyncio's event loop has made its own
    self-pipe: from here on, any socket at all is the app's.
    """
    attempts: list[tuple[object, ...]] = []

    class Refused(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(args)
            raise OSError("a socket was opened during the run")

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("a connection was attempted during the run")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "socket", Refused)
        patch.setattr(socket, "socketpair", refuse)
        patch.setattr(socket, "create_connection", refuse)
        patch.setattr(socket, "getaddrinfo", refuse)
        yield attempts


def walk(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


async def test_a_whole_run_without_export_writes_nothing_and_opens_no_socket(
    questionnaire: Questionnaire,
    empty_places: tuple[Path, Path],
) -> None:
    home, work = empty_places
    keys = [str(v) for v in answers_for(questionnaire, PROTOTYPES["ambivalent"]).values()]
    with no_network() as attempts:
        await run_through(keys)
    assert walk(home) == []
    assert walk(work) == []
    assert attempts == []


async def run_through(keys: list[str]) -> None:
    """Start the app, answer, look at every view, start over and quit."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys)
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("d", "escape", "question_mark", "escape", "e", "escape", "t", "n", "j")
        await pilot.press("q")
        await pilot.pause()


async def test_only_an_export_writes_and_only_where_asked(
    questionnaire: Questionnaire, empty_places: tuple[Path, Path]
) -> None:
    home, work = empty_places
    app = make_app(clock=StepClock())
    keys = [str(v) for v in answers_for(questionnaire, PROTOTYPES["tryg"]).values()]
    with no_network() as attempts:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter", *keys)
            await pilot.pause()
            await pilot.press("e", "enter")
            await pilot.pause()
    written = walk(work)
    assert len(written) == 1 and written[0].suffix == ".md"
    assert oct(written[0].stat().st_mode & 0o777) == "0o600"
    assert walk(home) == []
    assert attempts == []


def test_the_socket_guard_would_catch_a_socket() -> None:
    with no_network() as attempts:
        with pytest.raises(OSError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", 9))
    assert len(attempts) == 2


def test_the_app_uses_the_alternate_screen() -> None:
    """Textual's Linux driver switches to the alternate screen: nothing stays in the scrollback."""
    from textual.drivers.linux_driver import LinuxDriver

    source = Path(inspect.getsourcefile(LinuxDriver) or "").read_text(encoding="utf-8")
    assert "\\x1b[?1049h" in source and "\\x1b[?1049l" in source
    assert os.environ.get("TEXTUAL_DRIVER") is None
