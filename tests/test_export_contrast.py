"""The export dialog reads in every theme: labels, notes, fields, placeholder and error (WCAG AA).

Measured as `tests/test_contrast.py` measures the screens, inside the dialog only:
the result behind it is dimmed on purpose while the dialog is open.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioButton

from tests.answering import PROTOTYPES, keys_for
from tests.conftest import StepClock
from tests.test_contrast import GRAPHIC, GRAPHICS, SHADING, TEXT, contrast
from tui.app import TilknytningApp, make_app
from tui.launch import THEMES
from tui.model.questionnaire import Questionnaire

FRAME = set("▀▄▃▅▆▇█")
"""The dialog's border and the scrollbar: graphics, 3:1."""
RADIO_EDGES = set("▐▌")
"""The round ends of a format's button, drawn in the background's own colour."""


def dialog_faults(app: TilknytningApp, where: str) -> list[str]:
    """Every segment inside the dialog below its contrast threshold."""
    region = app.screen.query_one("#export-dialog").region
    # A format not chosen shows its dot faintly: "off" reads as no dot. The chosen
    # one's dot, which says what is chosen, is measured.
    off_rows = {button.region.y for button in app.screen.query(RadioButton) if not button.value}
    found = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            start, x = x, x + segment.cell_length
            text, style = segment.text.strip(), segment.style
            if not text or style is None or not region.contains(start, y):
                continue
            if set(text) <= SHADING | RADIO_EDGES or (text == "●" and y in off_rows):
                continue
            assert style.color is not None and style.bgcolor is not None, segment
            fore, back = style.color.get_truecolor(), style.bgcolor.get_truecolor()
            if style.reverse:
                fore, back = back, fore
            need = GRAPHIC if set(text) <= GRAPHICS | FRAME else TEXT
            ratio = contrast(tuple(fore), tuple(back))  # type: ignore[arg-type]
            if ratio < need:
                found.append(f"{where} row {y}: {text[:30]!r} {ratio:.2f}:1 < {need}:1")
    return found


@pytest.mark.parametrize("theme", list(THEMES.values()))
async def test_every_text_of_the_export_dialog_reads(
    theme: str, questionnaire: Questionnaire
) -> None:
    app = make_app(clock=StepClock())
    found = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]), "e")
        await pilot.pause()
        found += dialog_faults(app, f"{theme}, name focused, placeholder shown")
        app.screen.query_one("#file-name", Input).value = "efter.txt"
        app.screen.query_one("#client-code", Input).value = "A B"
        await pilot.click("#save")
        await pilot.pause()
        found += dialog_faults(app, f"{theme}, a refused code, Save focused")
        await pilot.press("shift+tab")
        await pilot.pause()
        found += dialog_faults(app, f"{theme}, code focused")
        await pilot.press("shift+tab")
        await pilot.pause()
        found += dialog_faults(app, f"{theme}, format list focused")
    assert not found, "\n".join(found)
