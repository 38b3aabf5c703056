"""A drawing whose height is measured once per width: a layout asks for it more than once."""

from __future__ import annotations

from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class MeasuredOnce(Visual):
    """`visual`, its height at each width remembered.

    To measure a Rich renderable's height, Textual draws it whole. A screen's first
    layout sizes its widgets, and that new size makes Textual lay the screen out
    again, asking each drawing's height a second time: for a long text or a table,
    that is a second drawing for nothing. The height does not depend on the theme.
    """

    def __init__(self, visual: Visual) -> None:
        self.visual = visual
        self.heights: dict[int, int] = {}

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.visual.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.visual.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.visual.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        if width not in self.heights:
            self.heights[width] = self.visual.get_height(rules, width)
        return self.heights[width]
