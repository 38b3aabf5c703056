"""An empty screen, drawn as the app's last frame so that no answer is left in it."""

from __future__ import annotations

from textual.screen import Screen


class BlankScreen(Screen[None]):
    """Nothing at all: the frame the app leaves behind when it ends."""
