"""Rich's and Textual's module-level caches of drawn text, emptied when the next person starts."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

_LIBRARIES = ("rich", "textual")


def _caches_in(namespace: dict[str, Any]) -> Iterator[Any]:
    for value in list(namespace.values()):
        function = getattr(value, "__func__", value)  # a cached classmethod or staticmethod
        if callable(getattr(function, "cache_clear", None)):
            yield function


def text_caches() -> list[Any]:
    """Every `functools.lru_cache` of Rich and Textual, at module level or on a class.

    Some are keyed by the text they measure or split: `rich.cells.cached_cell_len`
    holds each line drawn, a person's score lines among them.
    """
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in _LIBRARIES:
            continue
        namespace = vars(module)
        for cache in _caches_in(namespace):
            found[id(cache)] = cache
        for value in list(namespace.values()):
            if isinstance(value, type) and value.__module__ == name:
                for cache in _caches_in(dict(vars(value))):
                    found[id(cache)] = cache
    return list(found.values())


def forget_drawn_text() -> None:
    """Empty every such cache: nothing the last person saw stays in memory for the next."""
    for cache in text_caches():
        cache.cache_clear()
