"""Every text reads in every theme: WCAG AA contrast, measured on the drawn screen.

The screens are drawn with Pilot in each theme the app offers (`--theme`, `t`), and every
character's colours are read back from the drawn segments, so what is measured is what the
theme's own colours resolve to. Text needs 4.5:1; a bold heading 3:1; graphics (the plot's
fills, bars and arrows, a notice's bar) 3:1 (WCAG 1.4.11). The start button's top and bottom
edges (▔ ▁) are its shading, not a boundary anyone must see: its face carries the contrast.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from rich.segment import Segment

from tests.answering import PROTOTYPES, borderline_answers, keys_for
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.launch import THEMES
from tui.model.questionnaire import Questionnaire
from tui.widgets.result_section import ResultSection

TEXT = 4.5
HEADING = 3.0
GRAPHIC = 3.0
GRAPHICS = set("·×╌░█▌▐◀▶─┼├┤│└▲●○◆")
SHADING = set("▁▔")


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    dark, light = sorted([luminance(one), luminance(other)])
    return (light + 0.05) / (dark + 0.05)


def test_the_measure_is_wcags() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert contrast((0xFE, 0xA6, 0x2B), (0xE0, 0xE0, 0xE0)) < 1.5  # the old light title


def headings(app: TilknytningApp) -> set[str]:
    """The texts on the current screen drawn as bold headings."""
    found: set[str] = set()
    screen = app.screen
    for title in screen.query("#welcome-heading, #details-title"):
        found.add(str(title.render()).strip())
    for section in screen.query(ResultSection):
        body = section.section.body
        found |= {section.section.heading, getattr(body, "name", "")}
    return {text for text in found if text}


def cells(
    app: TilknytningApp,
) -> Iterator[tuple[int, Segment, tuple[int, int, int], tuple[int, int, int]]]:
    """Each drawn segment with visible characters, with its row, text and background colours."""
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        for segment in strip:
            style = segment.style
            if not segment.text.strip() or style is None:
                continue
            assert style.color is not None and style.bgcolor is not None, segment
            fore = tuple(style.color.get_truecolor())
            back = tuple(style.bgcolor.get_truecolor())
            if style.reverse:
                fore, back = back, fore
            yield y, segment, fore, back  # type: ignore[misc]


def faults(app: TilknytningApp, where: str) -> list[str]:
    """Every segment on the current screen below its contrast threshold."""
    heads = headings(app)
    found = []
    for y, segment, fore, back in cells(app):
        text = segment.text.strip()
        if set(text) <= SHADING:
            continue
        if set(text) <= GRAPHICS:
            need = GRAPHIC
        elif (
            segment.style and segment.style.bold and len(text) > 2 and any(text in h for h in heads)
        ):
            need = HEADING
        else:
            need = TEXT
        ratio = contrast(fore, back)
        if ratio < need:
            found.append(f"{where} row {y}: {text[:30]!r} {ratio:.2f}:1 < {need}:1")
    return found


async def screens_faults(app: TilknytningApp, theme: str, keys: list[str]) -> list[str]:
    """The contrast faults on the welcome, result and details screens in `theme`."""
    found = []
    async with app.run_test(size=(80, 200)) as pilot:
        app.theme = theme
        await pilot.pause()
        found += faults(app, f"{theme} welcome")
        await pilot.press("enter", *keys)
        await pilot.pause()
        found += faults(app, f"{theme} result")
        await pilot.press("d")
        await pilot.pause()
        found += faults(app, f"{theme} details")
    return found


@pytest.mark.parametrize("theme", list(THEMES.values()))
async def test_every_text_reads_in_every_theme(theme: str, questionnaire: Questionnaire) -> None:
    # A borderline result has the ◆ notice; a disorganised one the plot's note and hatching.
    borderline = [str(value) for value in borderline_answers(questionnaire).values()]
    disorganised = keys_for(questionnaire, PROTOTYPES["desorganiseret"])
    found = []
    for keys in (borderline, disorganised):
        found += await screens_faults(make_app(clock=StepClock()), theme, keys)
    assert not found, "\n".join(found)


RED = {1, 9}
"""Red and bright red of the 16: alarming on a psychological test."""


async def sixteen_colour_cells(theme: str, keys: list[str]) -> list[tuple[str, str, int, int]]:
    """(screen, text, foreground, background) of each drawn segment, in the 16 colours."""
    app = make_app(clock=StepClock())
    app.console._color_system = ColorSystem.STANDARD  # as TERM=xterm or TERM=linux
    drawn = []
    async with app.run_test(size=(80, 200)) as pilot:
        app.theme = theme
        await pilot.pause()
        for screen, press in (("welcome", []), ("result", ["enter", *keys]), ("details", ["d"])):
            await pilot.press(*press)
            await pilot.pause()
            for y, segment, fore, back in cells(app):
                sixteen = [
                    Color.from_triplet(ColorTriplet(*rgb)).downgrade(ColorSystem.STANDARD).number
                    for rgb in (fore, back)
                ]
                text = segment.text.strip()
                if text == "█" and y < 12:  # the notice's bar, left of the text
                    text = "notice bar"
                drawn.append((screen, text, sixteen[0] or 0, sixteen[1] or 0))
    return drawn


@pytest.mark.parametrize("theme", list(THEMES.values()))
async def test_sixteen_colours_are_chosen(theme: str, questionnaire: Questionnaire) -> None:
    borderline = [str(value) for value in borderline_answers(questionnaire).values()]
    drawn = await sixteen_colour_cells(theme, borderline)
    red = [(screen, text) for screen, text, fore, _ in drawn if fore in RED]
    assert not red
    # Headings, the pattern's name and the notice bar: the text colour, bold.
    text_colour = {fore for screen, text, fore, back in drawn if text.startswith("Der er")}
    assert len(text_colour) == 1
    marked = [
        fore
        for screen, text, fore, _ in drawn
        if text.startswith(("Kender du", "Tryg tilknytning", "Detaljer til", "Dine tal"))
        or text == "notice bar"
    ]
    assert len(marked) >= 5
    assert set(marked) == text_colour
    # The plot's "Tryg" is not dark grey on black.
    tryg = [(fore, back) for screen, text, fore, back in drawn if text.startswith("Tryg")]
    assert tryg and all(fore != 8 for fore, _ in tryg)
