"""Write an export atomically, readable by its owner only, never overwriting silently."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

PRIVATE_MODE = 0o600
TEMPORARY_STEM = 64
"""Characters of the target's name kept in the temporary file's name, so a long name still fits."""

_temporaries: set[str] = set()
"""Temporary files being written now, removed by `remove_temporaries` when a signal ends the app."""


class WriteError(Exception):
    """A file that could not be written: a fault of the place, not bad input.

    `code` names the reason; the app words it in the person's language
    (`export.reason.<code>`). `what` and `fix` say it in English, for logs and tests.
    """

    def __init__(self, path: Path, code: str, what: str, fix: str) -> None:
        super().__init__(f"{path}: {what}")
        self.path = path
        self.code = code
        self.what = what
        self.fix = fix


def export_target(typed: str, folder: Path | None = None) -> Path:
    """The path a typed file name stands for: `~` expanded, relative to `folder`.

    Args:
        typed: The name as the person typed it.
        folder: Where a relative name goes; the current folder when None.

    Raises:
        WriteError: `~user` names no user, or the current folder no longer exists.
    """
    try:
        path = Path(typed).expanduser()
    except RuntimeError:  # ~name for a user this computer does not know
        raise WriteError(
            Path(typed), "no_user", "there is no such user's home folder", "write a full path"
        ) from None
    if path.is_absolute():
        return path
    try:
        base = folder or Path.cwd()
    except OSError:  # the folder the app was started in has been deleted
        raise WriteError(
            path, "no_cwd", "the current folder no longer exists", "write a full path"
        ) from None
    return base / path


def _explain(path: Path, error: OSError | ValueError) -> WriteError:
    if isinstance(error, ValueError):  # a NUL byte in the name
        return WriteError(
            path, "bad_name", "the name holds a character a file name cannot", "choose another name"
        )
    if error.errno == errno.ENAMETOOLONG:
        return WriteError(path, "too_long", "the name is too long", "choose a shorter name")
    if isinstance(error, PermissionError):
        return WriteError(
            path,
            "permission",
            "this place cannot be written to (permission denied)",
            "choose another folder",
        )
    if isinstance(error, FileNotFoundError):
        return WriteError(
            path,
            "missing_folder",
            f"the folder {path.parent} does not exist",
            "choose a folder that exists",
        )
    if isinstance(error, IsADirectoryError):
        return WriteError(path, "is_folder", "this is a folder", "add a file name")
    if error.errno == errno.ENOSPC:
        return WriteError(
            path, "disk_full", "the disk is full", "free some space or choose another place"
        )
    if error.errno == errno.EROFS:
        return WriteError(path, "read_only", "this place is read-only", "choose another folder")
    return WriteError(
        path, "other", f"the file could not be written ({error.strerror})", "choose another place"
    )


def write_private(path: Path, text: str, overwrite: bool = False) -> None:
    """Write `text` to `path` with mode 0600, all at once or not at all.

    The text goes to a temporary file beside the target, which then takes the
    target's name in one step: a crash leaves either no file or the whole file.

    Args:
        path: Where to write.
        text: The whole content.
        overwrite: Replace an existing file. Without it an existing file is left
            untouched and FileExistsError is raised.

    Raises:
        FileExistsError: The file exists and `overwrite` is False.
        WriteError: The place cannot be written to; the message and `code` say why.
    """
    try:
        # Inside the try: looking at a path fails too (a name too long, a folder
        # without the x bit). A folder is refused before any offer to replace it.
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not overwrite and path.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(path))
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name[:TEMPORARY_STEM]}.", suffix=".tmp", dir=path.parent
        )
    except FileExistsError:
        raise
    except (OSError, ValueError) as error:
        raise _explain(path, error) from None
    _temporaries.add(temporary)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, PRIVATE_MODE)
        if overwrite:
            os.replace(temporary, path)
        else:
            _link_without_overwriting(temporary, path)
    except FileExistsError:
        raise
    except OSError as error:
        raise _explain(path, error) from None
    finally:
        _temporaries.discard(temporary)
        if os.path.exists(temporary):
            os.unlink(temporary)


def remove_temporaries() -> None:
    """Remove any temporary file still being written: a signal is ending the app.

    The app handles signals between steps of its event loop, after a write has
    finished; this is for a write still under way in another thread.
    """
    for temporary in list(_temporaries):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        _temporaries.discard(temporary)


def _link_without_overwriting(temporary: str, path: Path) -> None:
    """Give the temporary file its final name, failing if that name is taken meanwhile."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # Some file systems have no hard links; fall back to check-then-rename.
        if path.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
        os.replace(temporary, path)
