"""The names of the scales and the patterns, as types strict mypy checks."""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

Scale = Literal["naerhed", "selvrealisering", "desorganisering"]
"""A scale: one drive weighted at the cost of the other, or the switching between them."""

Pattern = Literal["tryg", "ambivalent", "undvigende", "desorganiseret"]
"""An attachment pattern."""

SCALES: tuple[Scale, ...] = get_args(Scale)
"""The three scales, in the order they are reported."""

PATTERNS: tuple[Pattern, ...] = get_args(Pattern)
"""The four attachment patterns."""


def is_scale(name: object) -> TypeGuard[Scale]:
    """True when `name` is one of the scales (for names read from files)."""
    return name in SCALES
