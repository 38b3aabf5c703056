"""Work done ahead while the person reads: the code and the CSS of the screens that come next.

The start loads only the welcome screen, and each later screen loads its own code
and CSS (`CSS_PATH`) where it is first shown. Loading a screen's CSS there costs
more than the file: Textual parses every rule of the app again and restyles every
widget of every screen. While the person reads the welcome screen or the first
question, the app does that work in small steps (`TilknytningApp.work_ahead`, once
no key has come for a while), so no key waits for it and the start does not either.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath

from textual.app import App
from textual.screen import Screen


def screen_css_paths(screen_class: type[Screen]) -> list[Path]:  # type: ignore[type-arg]
    """The CSS files a screen class names in `CSS_PATH`, where Textual finds them."""
    paths = screen_class.CSS_PATH
    if paths is None:
        return []
    folder = Path(inspect.getfile(screen_class)).parent
    named = [paths] if isinstance(paths, str | PurePath) else list(paths)
    return [(folder / path).resolve() for path in named]


def read_css(app: App[object], screen_class: type[Screen]) -> None:  # type: ignore[type-arg]
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


def screen_class(module: str, name: str) -> type[Screen]:  # type: ignore[type-arg]
    screen = getattr(importlib.import_module(module), name)
    assert isinstance(screen, type) and issubclass(screen, Screen)
    return screen


def steps_before_questions(app: App[object]) -> Iterator[Callable[[], object]]:
    """While the welcome screen is read: the question screen's code and CSS."""
    yield lambda: importlib.import_module("tui.model.session")
    yield lambda: importlib.import_module("tui.screens.question")
    yield lambda: read_css(app, screen_class("tui.screens.question", "QuestionScreen"))


def steps_before_result(app: App[object]) -> Iterator[Callable[[], object]]:
    """While the questions are answered: the result, details and export screens' code and CSS."""
    for module in (
        "rich.markdown",
        "tui.render.document",
        "tui.screens.details",
        "tui.screens.export",
        "tui.screens.result",
    ):
        yield lambda module=module: importlib.import_module(module)  # type: ignore[misc]
    for module, name in (
        ("tui.screens.result", "ResultScreen"),
        ("tui.screens.details", "DetailsScreen"),
        ("tui.screens.export", "ExportScreen"),
    ):
        yield lambda module=module, name=name: read_css(app, screen_class(module, name))  # type: ignore[misc]
