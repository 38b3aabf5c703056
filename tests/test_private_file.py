"""Exports: atomic, mode 0600, never overwriting silently, clear errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.model.errors import InputError
from tui.model.private_file import WriteError, write_private


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_with_mode_0600_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    old_umask = os.umask(0)
    try:
        write_private(target, "indhold æøå")
    finally:
        os.umask(old_umask)
    assert target.read_text(encoding="utf-8") == "indhold æøå"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]


def test_never_overwrites_without_being_told(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("the first client", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_private(target, "the second client")
    assert target.read_text(encoding="utf-8") == "the first client"
    write_private(target, "the second client", overwrite=True)
    assert target.read_text(encoding="utf-8") == "the second client"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        write_private(tmp_path / "nowhere" / "rapport.md", "x")


def test_an_unwritable_folder_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # CI runs as root, which may write anywhere: refuse as the OS would for a user.
    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(WriteError, match="permission denied"):
        write_private(tmp_path / "rapport.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteError, match="disk is full"):
        write_private(tmp_path / "rapport.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target(tmp_path: Path) -> None:
    (tmp_path / "rapport.md").mkdir()
    with pytest.raises(WriteError, match="folder"):
        write_private(tmp_path / "rapport.md", "x", overwrite=True)


def test_a_signal_mid_write_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the write ever in another thread, a signal could come mid-write: nothing stays."""
    from tui.model import private_file

    real_fsync = os.fsync

    def signal_arrives(descriptor: int) -> None:
        real_fsync(descriptor)
        private_file.remove_temporaries()

    monkeypatch.setattr(os, "fsync", signal_arrives)
    with pytest.raises(WriteError):
        write_private(tmp_path / "r.md", "report")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_refused_before_the_question_of_replacing(tmp_path: Path) -> None:
    (tmp_path / "journal").mkdir()
    with pytest.raises(WriteError) as caught:
        write_private(tmp_path / "journal", "report")
    assert caught.value.code == "is_folder"


def test_a_write_fault_is_no_input_error() -> None:
    assert not issubclass(WriteError, InputError)
