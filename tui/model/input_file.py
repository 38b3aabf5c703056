"""The one place input files are opened: regular files of sane size, read as UTF-8 text."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tui.model.errors import InputError

MAX_BYTES = 1024 * 1024
"""The largest input read: a questionnaire or an export is a few kB; more is the wrong file."""

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, refusing anything but a regular file of at most `MAX_BYTES`.

    A FIFO would block forever and `/dev/zero` would fill memory; both are refused
    before a byte is read. The file is opened without blocking and checked through
    the open descriptor, so nothing can be swapped in between the check and the read.

    Raises:
        InputError: The file is absent, unreadable, not a regular file, too large or not UTF-8.
    """
    where = str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(where, "the file does not exist", "check the path") from None
    except PermissionError:
        raise InputError(
            where, "the file cannot be read (permission denied)", "check its permissions"
        ) from None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else "the name holds a NUL byte"
        raise InputError(where, f"the file cannot be opened ({reason})", "check the path") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
            raise InputError(
                where, f"this is {kind}, not a file", "give the path of a file saved on disk"
            )
        os.set_blocking(descriptor, True)
        data = _read_at_most(descriptor, MAX_BYTES + 1)
    except OSError as error:
        raise InputError(where, f"the file cannot be read ({error.strerror})") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_BYTES:
        raise InputError(
            where,
            f"the file is larger than {MAX_BYTES // 1024} KiB, too large for a questionnaire "
            "or an answers file",
            "check that this is the right file",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(where, "the file is not UTF-8 text", "save it as UTF-8 text") from None
    # Line endings as Python's text mode gives them, so a file saved on Windows reads the same.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_at_most(descriptor: int, limit: int) -> bytes:
    """Up to `limit` bytes from an open file, however the OS splits the reads."""
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(descriptor, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
