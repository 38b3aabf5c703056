"""Start a command in a pseudo-terminal and time it until its first frame is on the terminal.

This is start-up as a person sees it: the real command, Textual's own terminal driver,
and a frame counted as drawn once its text has reached the terminal. Nothing in the
measured process is changed or hooked.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
from collections.abc import Mapping, Sequence
from pathlib import Path
from time import perf_counter

COLUMNS, LINES = 80, 24
TIMEOUT_S = 20.0


def seconds_to_text(
    argv: Sequence[str], marker: str, environment: Mapping[str, str], cwd: Path
) -> float:
    """Seconds from spawning `argv` on a fresh 80×24 terminal until `marker` is printed on it.

    The process (and any child of it) is killed once the marker is seen.

    Raises:
        RuntimeError: The marker did not show within TIMEOUT_S, or the process ended first;
            the message holds the end of what the terminal received.
    """
    wanted = marker.encode()
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    spawned = perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=dict(environment),
        cwd=cwd,
        start_new_session=True,
    )
    os.close(follower)
    received = b""
    seen: float | None = None
    try:
        while seen is None and perf_counter() - spawned < TIMEOUT_S:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process has ended and closed the terminal
                break
            if not chunk:
                break
            received += chunk
            if wanted in received:
                seen = perf_counter() - spawned
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(leader)
    if seen is None:
        tail = received[-600:].decode(errors="replace")
        raise RuntimeError(f"{' '.join(argv)[:60]} never showed {marker!r}; it showed:\n{tail}")
    return seen
