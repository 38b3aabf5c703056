"""The app with one fault built in, for the terminal tests: `python -m tests.terminal_faults MODE`.

Modes:
    plain: the app as installed.
    signal-in-fsync: the export's fsync sends the app SIGTERM, as a `kill` at that moment would.
    crash-on-export: exporting raises an error whose message and locals hold the report.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from tui.launch import main


def signal_during_fsync() -> None:
    real_fsync = os.fsync

    def fsync_then_signal(descriptor: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        real_fsync(descriptor)

    os.fsync = fsync_then_signal


def crash_on_export() -> None:
    from tui.screens.result import ResultScreen

    real_render = ResultScreen.render_export

    def render_then_fail(self: Any, kind: str, client: str | None) -> str:
        report = real_render(self, kind, client)
        raise RuntimeError(report)

    ResultScreen.render_export = render_then_fail  # type: ignore[method-assign]


if __name__ == "__main__":
    mode = sys.argv.pop(1)
    {
        "plain": lambda: None,
        "signal-in-fsync": signal_during_fsync,
        "crash-on-export": crash_on_export,
    }[mode]()
    main()
