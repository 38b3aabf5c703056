"""The result's sections and the details are measured and drawn once when their screen shows."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from textual.visual import RichVisual

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire


def count_drawing(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """Counts each (what, widget id) as Textual measures or draws a Rich renderable."""
    counts: Counter[tuple[str, str]] = Counter()
    for name in ("get_height", "render_strips"):
        original = getattr(RichVisual, name)

        def counted(
            self: RichVisual, *args: Any, _name: str = name, _original: Any = original
        ) -> Any:
            counts[_name, str(self._widget.id)] += 1
            return _original(self, *args)

        monkeypatch.setattr(RichVisual, name, counted)
    return counts


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_each_drawing_is_measured_and_drawn_once(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    # Before: measured at the full width, then again with the scrollbar, then again by a
    # second layout pass; drawn at both widths.
    app = make_app(clock=StepClock())
    counts = count_drawing(monkeypatch)
    async with app.run_test(size=size) as pilot:
        keys = [str(3 + number % 3) for number in range(len(questionnaire.questions))]
        await pilot.press("enter", *keys[:-1])
        counts.clear()
        await pilot.press(keys[-1])
        await pilot.pause()
        sections = {widget for _, widget in counts if widget != "None"}
        assert {"headline", "scores", "help-lines"} <= sections
        assert max(counts.values()) == 1, counts
        counts.clear()
        await pilot.press("d")
        await pilot.pause()
        assert counts["get_height", "details-body"] == 1, counts
        assert counts["render_strips", "details-body"] == 1, counts
