"""Key descriptions in the person's language."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from tui.model.texts import Texts
from tui.render.screen_text import screen_text


def localize_bindings(node: DOMNode, texts: Texts) -> None:
    """Give each of `node`'s bindings that has an id the description `keys.<id>`.

    Bindings are declared once per class, but their descriptions must follow the
    language chosen at run time; each node holds its own copy of the bindings
    map, so rewriting that copy touches no other node.
    """
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(binding, description=screen_text(texts.t(f"keys.{binding.id}")).plain)
            if binding.id and f"keys.{binding.id}" in texts.strings
            else binding
            for binding in bindings
        ]
