"""The line of keys at the foot of a screen: each key the screen offers and what it does.

It looks like Textual's `Footer` and is one widget, not one per key: it is drawn
in the screen's first frame, and a change of the keys on offer only repaints it.
Textual's `Footer` starts empty and then builds a widget for every key once the
screen has shown; every screen paid for that with several frames (tens of ms).
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget


class Offered(NamedTuple):
    """A key on the line: what pressing (or clicking) it does, and where it is drawn."""

    binding: Binding
    enabled: bool
    start: int
    end: int


class KeyLine(Widget):
    """The keys the screen offers (those with `show=True`), one for each action.

    Keys look as in Textual's `Footer`: the key in bold, then its description. A key
    whose action is not available now (`check_action` returns None) is dimmed, as
    there. A click on a key presses it.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "key-line--key",
        "key-line--description",
        "key-line--hover",
    }
    DEFAULT_CSS = """
    KeyLine {
        dock: bottom;
        width: 100%;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyLine > .key-line--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyLine > .key-line--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyLine > .key-line--hover {
        background: $block-hover-background;
    }
    """

    hovered: reactive[int | None] = reactive(None)
    """The key under the mouse pointer, by its place on the line."""

    def __init__(self) -> None:
        super().__init__()
        self.offered: tuple[Offered, ...] = ()
        """The keys as last drawn, for clicks."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.keys_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def keys_changed(self, screen: Screen[object]) -> None:
        """The keys on offer may have changed (focus moved, an action became available).

        Drawn again only if they did: Textual says so several times as a screen
        first shows, and each repaint would cost a frame of its own.
        """
        if self.shown_keys() != [(key.binding, key.enabled) for key in self.offered]:
            self.refresh()

    def shown_keys(self) -> list[tuple[Binding, bool]]:
        """The keys to show, the first binding of each action, and whether each works now."""
        by_action: dict[str, tuple[Binding, bool]] = {}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = (binding, enabled)
        return list(by_action.values())

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-line--key")
        description_style = self.get_component_rich_style("key-line--description")
        hover = self.get_component_rich_style("key-line--hover", partial=True)
        dim = Style(dim=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        offered = []
        for place, (binding, enabled) in enumerate(self.shown_keys()):
            start = line.cell_len
            extra = (hover if place == self.hovered else Style()) + (Style() if enabled else dim)
            line.append(f" {self.app.get_key_display(binding)} ", key_style + extra)
            if binding.description:
                line.append(f"{binding.description} ", description_style + extra)
            offered.append(Offered(binding, enabled, start, line.cell_len))
        self.offered = tuple(offered)
        return line

    def key_at(self, x: int) -> int | None:
        """The place on the line of the key drawn at column `x`, if any."""
        for place, key in enumerate(self.offered):
            if key.start <= x < key.end:
                return place
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hovered = self.key_at(event.x)

    def on_leave(self, event: events.Leave) -> None:
        self.hovered = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A click on a key presses it; one on a key not available now rings the bell."""
        place = self.key_at(event.x)
        if place is None:
            return
        key = self.offered[place]
        if key.enabled:
            self.app.simulate_key(key.binding.key)
        else:
            self.app.bell()
