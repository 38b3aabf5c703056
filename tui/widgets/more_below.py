"""A scrolling page that knows whether more lies below, and the quiet line that says so."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget

from tui.render.screen_text import screen_text


class Page(VerticalScroll):
    """A long text read from top to bottom; `more_below` is True until its end is in view."""

    more_below: reactive[bool] = reactive(False)
    """True while part of the page lies below the window."""

    def watch_has_focus(self, has_focus: bool) -> None:
        """Restyle the page alone as it gains or loses focus, not every widget in it.

        Textual restyles a focused widget with all it holds, for rules that style a
        widget by the focus of one around it; no rule of the app does so for a page
        (a test holds to this). The page is focused as its screen is composed,
        after every section has been styled once.
        """
        self.app.stylesheet.update_nodes([self], animate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.follow()

    def on_resize(self, event: events.Resize) -> None:
        """The window, or the text in it, changed size: the end may now be in view, or not."""
        self.follow()

    def follow(self) -> None:
        self.more_below = round(self.scroll_y) < self.max_scroll_y


class MoreBelow(Widget):
    """One calm line under a page while more of it lies below: what follows, and the key.

    It is blank once the end of the page is in view, so it never promises more than
    there is; its row stays, so the page does not jump. Showing or blanking it only
    repaints its one row: no style or layout of the screen changes. A click turns
    the page, as Space does.
    """

    COMPONENT_CLASSES = {"more-below--line"}
    DEFAULT_CSS = """
    MoreBelow {
        width: 100%;
        height: 1;
    }
    MoreBelow > .more-below--line {
        color: $text-muted;
        background: $boost;
    }
    """

    shown: reactive[bool] = reactive(False)
    """True while the line is drawn: while part of the page lies below the window."""

    def __init__(self, text: str, page: Page) -> None:
        """A line saying `text` under `page`."""
        super().__init__()
        self.text = screen_text(text)
        self.page = page

    def on_mount(self) -> None:
        self.watch(self.page, "more_below", self.show)

    def show(self, more_below: bool) -> None:
        self.shown = more_below

    def render(self) -> Text:
        if not self.shown:
            return Text("")
        # One plain line in one style, centred: the words carry no emphasis of their own.
        style = self.get_component_rich_style("more-below--line")
        line = Text(self.text.plain, style=style, end="")
        line.align("center", self.size.width)
        return line

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.page.scroll_page_down()  # blank, the page is at its end: nothing moves
