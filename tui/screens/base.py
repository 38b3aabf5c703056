"""The base of the app's screens and dialogs: typed app access, the too-small notice, keys."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.renderables.background_screen import BackgroundScreen
from textual.screen import ModalScreen, Screen, ScreenResultType
from textual.visual import Visual
from textual.widget import Widget

from tui.model.texts import Texts
from tui.render.screen_text import screen_text
from tui.widgets.measured_once import MeasuredOnce
from tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall

if TYPE_CHECKING:
    from rich.console import RenderableType

    from tui.app import TilknytningApp

S = TypeVar("S", bound=Screen)  # type: ignore[type-arg]


def too_small(texts: Texts) -> TooSmall:
    """The notice shown instead of a screen while the window is below the minimum size."""
    return TooSmall(texts.t("small.message", width=MIN_WIDTH, height=MIN_HEIGHT))


SCROLL_BINDINGS = [
    *(
        Binding(key, f"read('{move}')", show=False, key_display=shown, id=binding_id)
        for key, move, shown, binding_id in (
            ("down", "scroll_down", "↓", "line_down"),
            ("j", "scroll_down", "j", "line_down"),
            ("up", "scroll_up", "↑", "line_up"),
            ("k", "scroll_up", "k", "line_up"),
            ("space", "page_down", "Space", "page_down"),
            ("pagedown", "page_down", "PgDn", "page_down"),
            ("b", "page_up", "b", "page_up"),
            ("pageup", "page_up", "PgUp", "page_up"),
            ("home", "scroll_home", "Home", "home"),
            ("end", "scroll_end", "End", "end"),
        )
    ),
    # Most terminals send Shift+Space as Space; where one tells them apart, it turns back.
    Binding("shift+space", "read('page_up')", show=False),
]
"""The usual keys for reading a long page, for screens that have one (`Reading.page`)."""
PAGE_MOVES = frozenset(
    {"scroll_down", "scroll_up", "page_down", "page_up", "scroll_home", "scroll_end"}
)


class Reading:
    """The reading keys' action (`SCROLL_BINDINGS`), for a screen or dialog with a long page."""

    def page(self) -> Widget:
        """What the reading keys scroll: the screen itself, unless it has a page."""
        return cast("Widget", self)

    def action_read(self, move: str) -> None:
        """Scroll the page: a line, a page, or to its top or end."""
        if move in PAGE_MOVES:
            getattr(self.page(), f"action_{move}")()


def breakpoint_classes(app: App[object], size: Size | None = None) -> set[str]:
    """The classes Textual gives a screen of `size` (the app's window if None).

    For each axis, the name of the largest breakpoint (`App.*_BREAKPOINTS`) the size
    reaches, as Textual picks it when it lays a screen out.
    """
    width, height = app.size if size is None else size
    classes = set()
    for extent, breakpoints in (
        (width, app.HORIZONTAL_BREAKPOINTS or []),
        (height, app.VERTICAL_BREAKPOINTS or []),
    ):
        reached = [(start, name) for start, name in breakpoints if extent >= start]
        if reached:
            classes.add(max(reached)[1])
    return classes


def breakpoint_names(app: App[object]) -> set[str]:
    """Every breakpoint class the app's screens can have."""
    return {
        name for _, name in (*(app.HORIZONTAL_BREAKPOINTS or []), *(app.VERTICAL_BREAKPOINTS or []))
    }


class SizedFromTheStart:
    """A screen that carries its window's breakpoint classes from the start, and is laid out once.

    Textual sets the classes when the screen is first laid out, and restyles the
    whole screen for that: a second styling of every widget in the key that opened
    it. Set beforehand, they are the same and nothing is restyled.

    Textual then sends the new screen a Resize to the size it was just laid out at,
    and lays it out again for it, with every screen beneath it (`Screen._on_resize`).
    Such a Resize changes nothing, so its default handling is skipped; a Resize to a
    new size, or one the screen's classes do not fit, is handled as Textual handles it.

    Likewise, Textual styles every widget as it mounts, and then again when the
    screen is first shown (`ScreenResume`). The second styling is kept for a screen
    shown again, whose styles may have changed while it was beneath another (a
    theme). The first time, if the screen's CSS files were read before it was made
    (the work ahead, `tui.warm_up`), only the screen itself is styled again. Else
    Textual restyles all: from Python 3.12 a screen may compose, and its widgets be
    styled, before Textual reads the CSS file it names as it is pushed.
    """

    shown_before = False
    css_read_before = False
    """Whether the screen's CSS files were read before it was made (`tui.warm_up`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assert isinstance(self, Screen)
        try:
            app = self.app
        except Exception:  # made outside a running app (a test of the screen alone)
            return
        self.set_class(True, *breakpoint_classes(app), update=False)
        self.css_read_before = all(
            app.stylesheet.has_source(str(path), "") for path in self.css_path
        )

    def on_resize(self, event: events.Resize) -> None:
        assert isinstance(self, Screen)
        if event.size != self.region.size:
            return
        app = self.app
        if breakpoint_names(app) & self.classes == breakpoint_classes(app, event.size):
            event.prevent_default()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        first, self.shown_before = not self.shown_before, True
        if first and self.css_read_before:
            assert isinstance(self, Screen)
            event.refresh_styles = False
            self.app.stylesheet.apply(self)


class AppScreen(Reading, SizedFromTheStart, Screen[ScreenResultType]):
    """A full screen of the app: the keys every screen offers, and its layout or the notice.

    Subclasses write `compose_screen`; `compose` puts the too-small notice before it.
    `BINDINGS` here and in subclasses give keys, actions and ids only: the words
    come from `[keys]` in the person's language (`in_language`), and the help
    table's from `[help] key.<id>`.
    """

    BINDINGS = [
        Binding("question_mark", "app.help", key_display="?", id="help"),
        Binding("f1", "app.help", show=False, id="help"),
        Binding("q", "app.quit_asking", id="quit"),
        Binding("t", "app.toggle_theme", show=False, id="theme"),
    ]

    @property
    def tapp(self) -> TilknytningApp:
        """The app, typed."""
        return cast("TilknytningApp", self.app)

    @property
    def is_current(self) -> bool:
        """Whether the screen can be seen: on top, or beneath a screen that lets it show through.

        Textual counts the screen just beneath the top one as seen even when the top
        screen is opaque, and draws the top screen again whenever that one changes:
        the theme switch restyles the welcome screen beneath the result, and the
        result was drawn whole again for it. A screen hidden so is not drawn; Textual
        draws a screen whole as it is shown again (`ScreenResume`).
        """
        if not super().is_current:
            return False
        top = self.app.screen
        return top is self or top.styles.background.a < 1

    def compose(self) -> ComposeResult:
        yield too_small(self.tapp.texts)
        yield from self.compose_screen()

    def compose_screen(self) -> ComposeResult:
        """The screen's own widgets."""
        yield from ()


class AppDialog(Reading, SizedFromTheStart, ModalScreen[ScreenResultType]):
    """A dialog over a screen; like `AppScreen`, with `compose_dialog` for its widgets."""

    tinted: tuple[tuple[Size, str], MeasuredOnce] | None = None
    """The screen beneath as the dialog shows it, for one window size and theme."""

    def render(self) -> RenderableType | Visual:  # type: ignore[override]  # Widget allows a Visual
        """The screen beneath, tinted: drawn once for each window size and theme.

        Textual draws every cell of the screen beneath and tints it each time the
        dialog is laid out, twice or more as it opens. While a dialog is open, what
        lies beneath changes only with the window's size or the theme.
        """
        beneath = super().render()
        if not isinstance(beneath, BackgroundScreen):
            return beneath
        key = (self.app.size, self.app.theme)
        if self.tinted is None or self.tinted[0] != key:
            self.tinted = (key, MeasuredOnce(self, beneath))
        return self.tinted[1]

    @property
    def tapp(self) -> TilknytningApp:
        """The app, typed."""
        return cast("TilknytningApp", self.app)

    def compose(self) -> ComposeResult:
        yield too_small(self.tapp.texts)
        yield from self.compose_dialog()

    def compose_dialog(self) -> ComposeResult:
        """The dialog's own widgets."""
        yield from ()


def declared_bindings(screen_class: type[Screen]) -> list[Binding]:  # type: ignore[type-arg]
    """Every binding a screen class declares or inherits, its own first, as declared."""
    return [
        binding if isinstance(binding, Binding) else Binding(*binding)
        for cls in screen_class.__mro__
        for binding in vars(cls).get("BINDINGS", [])
    ]


def describe(binding: Binding, texts: Texts) -> Binding:
    """A binding with the description `keys.<id>` in the language of `texts`, if it has one.

    A key with a name in words (Space) is named as `[key_names]` names it (Mellemrum).
    """
    name = f"key_names.{binding.key_display}"
    if binding.key_display and name in texts.strings:
        binding = replace(binding, key_display=screen_text(texts.t(name)).plain)
    description = f"keys.{binding.id}"
    if binding.id is None or description not in texts.strings:
        return binding
    return replace(binding, description=screen_text(texts.t(description)).plain)


def described_bindings(screen_class: type[Screen], texts: Texts) -> tuple[Binding, ...]:  # type: ignore[type-arg]
    """A screen class's bindings described in the language of `texts`, one per key."""
    seen: set[str] = set()
    bindings: list[Binding] = []
    for declared in declared_bindings(screen_class):
        for binding in Binding.make_bindings([describe(declared, texts)]):
            if binding.key not in seen:
                seen.add(binding.key)
                bindings.append(binding)
    return tuple(bindings)


_IN_LANGUAGE: dict[tuple[type, tuple[Binding, ...]], type] = {}


def in_language(screen_class: type[S], texts: Texts) -> type[S]:
    """`screen_class` with its keys described in the language of `texts`.

    Textual's public way to describe a key is a class's `BINDINGS`; ours declare
    keys, actions and ids only. The language is chosen at run time, so each
    language gets a subclass of the same name that declares the bindings again,
    described from `[keys]`; type selectors in CSS and `isinstance` still match.
    """
    bindings = described_bindings(screen_class, texts)
    key = (screen_class, bindings)
    if key not in _IN_LANGUAGE:
        _IN_LANGUAGE[key] = type(
            screen_class.__name__,
            (screen_class,),
            {"BINDINGS": list(bindings), "__module__": screen_class.__module__},
            inherit_bindings=False,
        )
    return cast("type[S]", _IN_LANGUAGE[key])
