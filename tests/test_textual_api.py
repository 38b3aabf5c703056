"""The app uses Textual through its public API: no private Textual attribute is written.

The one private hook it overrides, `App._fatal_error`, is read by Textual, not
written by us (see `TilknytningApp._fatal_error` for why it is needed). Two private
methods are called where Textual has no public way, each named in a test below.
"""

from __future__ import annotations

import ast
from pathlib import Path

from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

import tui

PACKAGE = Path(tui.__file__).parent


def textual_private_names() -> set[str]:
    """Every private name a Textual app, screen or widget has, on the class or the instance."""
    names: set[str] = set()
    for thing in (App(), Screen(), Widget()):
        names |= set(vars(thing)) | set(dir(type(thing)))
    return {name for name in names if name.startswith("_") and not name.startswith("__")}


def written_attributes(source: str) -> list[tuple[int, str]]:
    """(line, name) of every attribute assigned to, augmented or deleted in `source`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute):
                    found.append((part.lineno, part.attr))
    return found


def test_the_check_sees_a_private_write() -> None:
    source = "def f(app):\n    app._return_code = 1\n    app.x._exit_renderables += []\n"
    private = textual_private_names()
    assert [name for _, name in written_attributes(source) if name in private] == [
        "_return_code",
        "_exit_renderables",
    ]


def test_no_private_textual_attribute_is_written() -> None:
    private = textual_private_names()
    assert {"_return_code", "_exception", "_exit_renderables", "_bindings"} <= private
    writes = [
        f"{path.relative_to(PACKAGE.parent)}:{line} {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, name in written_attributes(path.read_text(encoding="utf-8"))
        if name in private
    ]
    assert writes == []


def used_attributes(source: str) -> set[str]:
    """Every attribute name read or called in `source`."""
    return {
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)
    }


def test_the_private_textual_names_called_are_the_known_two() -> None:
    """Each has its reason where it is called; a new one is a choice to make here, not by chance.

    `App._get_screen` mounts a screen before it is shown (`tui/screens/off_stage.py`);
    `DOMNode._get_default_css` reads a widget class's CSS ahead (`tui/warm_up.py`).
    """
    private = textual_private_names()
    used = {
        f"{path.relative_to(PACKAGE.parent)} {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in used_attributes(path.read_text(encoding="utf-8")) & private
    }
    assert used == {
        "tui/screens/off_stage.py _get_screen",
        "tui/warm_up.py _get_default_css",
    }
