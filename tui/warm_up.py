"""Work done ahead while the person reads: the code and the CSS of the screens that come next.

The start loads only the welcome screen, and each later screen loads its own code
and CSS (`CSS_PATH`) where it is first shown. Loading a screen's CSS there costs
more than the file: Textual parses every rule of the app again and restyles every
widget of every screen. The first widget of a class not shown before costs a parse
too: Textual adds the class's DEFAULT_CSS (and its bases') as it mounts. While the
person reads the welcome screen, the questions or the result, the app does that
work in small steps (`TilknytningApp.work_ahead`, once no key has come for a
while), so no key waits for it and the start does not either.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, cast

from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

if TYPE_CHECKING:
    from tui.app import TilknytningApp


def screen_css_paths(screen_class: type[Screen]) -> list[Path]:  # type: ignore[type-arg]
    """The CSS files a screen class names in `CSS_PATH`, where Textual finds them."""
    paths = screen_class.CSS_PATH
    if paths is None:
        return []
    folder = Path(inspect.getfile(screen_class)).parent
    named = [paths] if isinstance(paths, str | PurePath) else list(paths)
    return [(folder / path).resolve() for path in named]


def read_css(app: App[Any], screen_class: type[Screen]) -> None:  # type: ignore[type-arg]
    """Add a screen's CSS to the app's stylesheet and parse it now, not when the screen shows.

    Textual then finds the file already read, and neither parses every rule again
    nor restyles the screens shown. Every rule in our screens' CSS names its screen,
    so no widget already shown takes a rule from it.
    """
    stylesheet = app.stylesheet
    unread = [
        path for path in screen_css_paths(screen_class) if not stylesheet.has_source(str(path), "")
    ]
    for path in unread:
        stylesheet.read(path)
    if unread:
        stylesheet.parse()


def read_default_css(app: App[Any], node_classes: Iterable[type[DOMNode]]) -> None:
    """Add the DEFAULT_CSS of widgets (or screens) of `node_classes` and parse it now.

    Textual finds it added when such a widget mounts, and parses nothing again on
    that key. Textual scopes every DEFAULT_CSS rule to its own class (no class we
    show sets SCOPED_CSS to False), so no widget already shown takes a rule from it.
    """
    stylesheet = app.stylesheet
    added = False
    for node_class in node_classes:
        # Textual's own list of what a mounting node of the class adds: the class's and
        # its bases' DEFAULT_CSS with their places and scopes. It reads only the class,
        # so the node need not be made (no constructor runs).
        node = node_class.__new__(node_class)
        for read_from, css, tie_breaker, scope in node._get_default_css():
            added = added or not stylesheet.has_source(*read_from)
            # Added as Textual adds it: a source already there keeps the lower tie-breaker
            # (a base's CSS, seen from a deeper subclass), and is not parsed again.
            stylesheet.add_source(
                css,
                read_from=read_from,
                is_default_css=True,
                tie_breaker=tie_breaker,
                scope=scope,
            )
    if added:
        stylesheet.parse()


def question_nodes() -> tuple[type[DOMNode], ...]:
    """The classes the question screen shows that the welcome screen does not."""
    from textual.containers import Center, Horizontal, Vertical
    from textual.widgets import Label, ProgressBar
    from textual.widgets._progress_bar import Bar  # ProgressBar's own child

    from tui.widgets.answer_scale import AnswerScale
    from tui.widgets.statement import Statement

    return (Center, Horizontal, Vertical, Label, ProgressBar, Bar, AnswerScale, Statement)


def result_nodes() -> tuple[type[DOMNode], ...]:
    """The classes the result screen shows that a question does not."""
    from tui.widgets.more_below import MoreBelow, Page
    from tui.widgets.result_section import ResultSection

    return (ResultSection, MoreBelow, Page)


def opened_nodes() -> tuple[type[DOMNode], ...]:
    """The classes the screens and dialogs the result opens show that the result does not."""
    from textual.widgets import Button, Input, RadioButton, RadioSet

    from tui.screens.export import ExportScreen
    from tui.screens.plot_view import FullPlot

    return (FullPlot, ExportScreen, Input, RadioSet, RadioButton, Button)


def screen_class(module: str, name: str) -> type[Screen]:  # type: ignore[type-arg]
    screen = getattr(importlib.import_module(module), name)
    assert isinstance(screen, type) and issubclass(screen, Screen)
    return screen


def steps_before_questions(app: App[Any]) -> Iterator[Callable[[], object]]:
    """While the welcome screen is read: the question screen's code and CSS."""
    yield lambda: importlib.import_module("tui.model.session")
    yield lambda: importlib.import_module("tui.screens.question")
    yield lambda: read_css(app, screen_class("tui.screens.question", "QuestionScreen"))
    yield lambda: read_default_css(app, question_nodes())


def steps_before_result(app: App[Any]) -> Iterator[Callable[[], object]]:
    """While the questions are answered: the code of the result and what it opens, its CSS."""
    for module in (
        "rich.markdown",
        "tui.render.document",
        "tui.screens.details",
        "tui.screens.export",
        "tui.screens.plot_view",
        "tui.screens.result",
    ):
        yield lambda module=module: importlib.import_module(module)  # type: ignore[misc]
    yield lambda: read_css(app, screen_class("tui.screens.result", "ResultScreen"))
    yield lambda: read_default_css(app, result_nodes())
    yield lambda: parse_result_markdown(app)


def parse_result_markdown(app: App[Any]) -> None:
    """Parse every Markdown text the result may show, in the app's language (all patterns')."""
    from tui.render.document import markdown_texts
    from tui.render.screen_text import parse_ahead

    parse_ahead(markdown_texts(cast("TilknytningApp", app).texts))


def steps_after_result(app: App[Any]) -> Iterator[Callable[[], object]]:
    """While the result is read: the CSS of the screens and dialogs it opens.

    Read here, not before the last answer, the app does not hold it in memory
    through the questions.
    """
    for module, name in (
        ("tui.screens.details", "DetailsScreen"),
        ("tui.screens.export", "ExportScreen"),
        ("tui.screens.plot_view", "PlotScreen"),
    ):
        yield lambda module=module, name=name: read_css(app, screen_class(module, name))  # type: ignore[misc]
    yield lambda: read_default_css(app, opened_nodes())


def style_scrollbars(screen: Screen) -> None:  # type: ignore[type-arg]
    """Style the scrollbars a screen's layout made, as Textual styles its widgets as they mount.

    Textual makes a scrollbar where a layout first needs one and styles it first at
    the next restyle of the whole app, the theme switch: there the scrollbar's
    size rules change from none to Textual's defaults, and the screen is laid out
    and drawn once more. Styled before, the switch finds nothing changed in them.
    """
    if not screen.is_attached:
        return
    stylesheet = screen.app.stylesheet
    for widget in screen.walk_children(with_self=True):
        # Read, not made: the properties without the underscore would make them.
        for part in ("_vertical_scrollbar", "_horizontal_scrollbar", "_scrollbar_corner"):
            scrollbar = getattr(widget, part, None)
            if scrollbar is not None:
                stylesheet.apply(scrollbar)
