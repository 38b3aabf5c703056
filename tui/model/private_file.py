"""Write an export atomically, readable by its owner only, never overwriting silently."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from tui.model.errors import InputError

PRIVATE_MODE = 0o600


class WriteError(InputError):
    """A file that could not be written; `code` names the reason for translated messages."""

    def __init__(self, path: Path, code: str, what: str, fix: str) -> None:
        super().__init__(str(path), what, fix)
        self.code = code


def _explain(path: Path, error: OSError) -> WriteError:
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
    if isinstance(error, IsADirectoryError) or path.is_dir():
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
    if not overwrite and path.exists():
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _explain(path, error) from None
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
        if os.path.exists(temporary):
            os.unlink(temporary)


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
