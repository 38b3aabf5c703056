"""Screens composed before they are shown, while the person reads, and taken apart unused."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen


def compose_off_stage(app: App[Any], screen: Screen[Any]) -> None:
    """Compose, mount and style `screen` now, in its own task, without showing it.

    Pushed later, it shows at once: Textual lays it out and draws it, and composes
    nothing. Textual's own `push_screen` mounts a screen through `_get_screen`, the
    method called here; it has no public way to mount one before it is shown.
    """
    app._get_screen(screen)


def take_apart(app: App[Any], screen: Screen[Any]) -> None:
    """Remove a screen composed off-stage and not shown (Textual removes one it showed).

    The removal waits in the screen's own queue, behind its composing and mounting:
    removed while it composes, its widgets would be gone before its handlers look
    for them. If the app ends first, Textual closes the screen as it ends; the
    screens composed ahead look for no widget as they mount, for that case.
    """
    if screen not in app.screen_stack:
        screen.call_later(screen.remove)
