"""The other theme's stylesheet is parsed while the result is read, and `t` uses it as it is.

Textual parses every rule again when the theme changes (`App.refresh_css`); with
the copy parsed ahead (`tui.theme_ahead`) nothing is parsed on the key, and the
screen looks as it does when Textual parses there. These tests count Textual's
own parsing.
"""

from __future__ import annotations

import pytest
from textual.css.stylesheet import Stylesheet
from textual.pilot import Pilot

from tests.conftest import StepClock
from tests.reading_result import read_result
from tests.test_laid_out_once import counted, press
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.theme_ahead import ParsedAhead, parse_for_theme, theme_variables


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_variables_are_those_textual_sets_for_the_theme(theme: str) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        other = "textual-light" if theme == "textual-dark" else "textual-dark"
        app.theme = other
        await pilot.pause()
        ahead = theme_variables(app, theme)
        assert app.get_css_variables() != ahead
        app.theme = theme
        await pilot.pause()
        assert app.get_css_variables() == ahead


async def test_a_theme_no_app_has_is_an_error() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)):
        with pytest.raises(ValueError, match="no theme named"):
            theme_variables(app, "no-such-theme")


async def test_the_key_parses_nothing_and_both_themes_are_ready_again_after_it(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        assert app.theme_parsed is not None
        parsed = counted(monkeypatch, "parse", Stylesheet)
        await press(pilot, "t")
        assert app.theme == "textual-light"
        assert parsed == []
        assert isinstance(app.stylesheet, ParsedAhead)
        # The dark theme is parsed again while the person reads on, for the way back.
        await read_result_again(app, pilot)
        parsed.clear()
        await press(pilot, "t")
        assert app.theme == "textual-dark"
        assert parsed == []


async def read_result_again(app: TilknytningApp, pilot: Pilot[None]) -> None:
    for _ in range(200):
        if app.theme_parsed is not None:
            return
        await pilot.pause(0.1)
    raise AssertionError("the other theme was not parsed while the result was read")


async def test_the_screen_looks_as_when_textual_parses_on_the_key(
    questionnaire: Questionnaire,
) -> None:
    shots = []
    for ahead in (True, False):
        app = make_app(clock=StepClock())
        async with app.run_test(size=(80, 24)) as pilot:
            await read_result(app, pilot, questionnaire)
            if not ahead:
                app.theme_parsed = None
            await press(pilot, "t")
            assert isinstance(app.stylesheet, ParsedAhead) == ahead
            shots.append(app.export_screenshot())
            await press(pilot, "escape")
    assert shots[0] == shots[1]


async def test_a_copy_that_no_longer_fits_is_not_used(questionnaire: Questionnaire) -> None:
    """A source added after the copy was parsed: the key parses as Textual does."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        ahead = app.theme_parsed
        assert ahead is not None
        app.stylesheet.add_source("ResultScreen { color: red; }", read_from=("test", "added"))
        await press(pilot, "t")
        assert app.stylesheet is not ahead
        assert app.theme == "textual-light"


async def test_a_parsed_copy_parses_again_for_other_colours_or_sources() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)):
        dark = theme_variables(app, "textual-dark")
        light = theme_variables(app, "textual-light")
        parsed = parse_for_theme(app.stylesheet, dark)
        rules = parsed.rules
        parsed.set_variables(dark)
        parsed.reparse()
        assert parsed.rules is rules  # the same colours and sources: kept as parsed
        parsed.set_variables(light)
        parsed.reparse()
        assert parsed.rules is not rules
        assert parsed.parsed_with is None
        rules = parsed.rules
        parsed.add_source("Screen { color: red; }", read_from=("test", "added"))
        parsed.reparse()
        assert parsed.rules is not rules
        assert any(rule.selector_names == {"Screen"} for rule in parsed.rules[-1:])


async def test_after_the_result_is_read_the_theme_key_lays_the_screen_out_once(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scrollbars were styled ahead (`style_scrollbars`): the switch resizes none of them."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        laid_out = counted(monkeypatch, "_refresh_layout")
        await press(pilot, "t")
        assert laid_out == ["ResultScreen"]
