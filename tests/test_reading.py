"""Reading a long result: the pointer to what lies below, the reading keys, the chart alone."""

from __future__ import annotations

import pytest

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tests.test_fit import drawn_lines, to_result
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.details import DetailsScreen
from tui.screens.plot_view import PlotScreen
from tui.screens.result import ResultScreen
from tui.widgets.more_below import MoreBelow, Page

SIZES = [(78, 20), (80, 24), (160, 48)]


def page(app: TilknytningApp) -> Page:
    return app.screen.query_one(Page)


def pointer_shown(app: TilknytningApp) -> bool:
    """True when the pointer's words are on the drawn screen."""
    words = app.texts.t("result.more_below")
    return any(words in line for line in drawn_lines(app))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["da", "en"])
async def test_the_first_screenful_says_more_follows_and_the_key_until_the_end(
    questionnaire: Questionnaire, size: tuple[int, int], lang: str
) -> None:
    app = make_app(lang=lang, clock=StepClock())
    async with app.run_test(size=size) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
        assert isinstance(app.screen, ResultScreen)
        words = app.texts.t("result.more_below")
        space = app.texts.t("key_names.Space")
        assert space in words and "End" in words
        assert page(app).max_scroll_y > 0
        assert pointer_shown(app)
        await pilot.press("end")
        await pilot.pause()
        assert page(app).scroll_y == page(app).max_scroll_y
        assert not pointer_shown(app)
        assert not app.screen.query_one(MoreBelow).shown
        await pilot.press("k")
        await pilot.pause()
        assert pointer_shown(app)


@pytest.mark.parametrize(
    ("keys", "moved"),
    [
        (["space"], "page"),
        (["pagedown"], "page"),
        (["j"], 1),
        (["down"], 1),
        (["j", "j", "k"], 1),
        (["space", "b"], 0),
        (["space", "pageup"], 0),
        (["end", "home"], 0),
    ],
)
async def test_the_usual_reading_keys_scroll_the_result(
    questionnaire: Questionnaire, keys: list[str], moved: int | str
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["tryg"]))
        await pilot.press(*keys)
        await pilot.pause()
        view = page(app)
        expected = view.scrollable_content_region.height if moved == "page" else moved
        assert round(view.scroll_y) == expected


async def test_a_click_on_the_pointer_turns_the_page(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["tryg"]))
        assert await pilot.click(MoreBelow)
        await pilot.pause()
        assert round(page(app).scroll_y) == page(app).scrollable_content_region.height


async def test_the_details_say_more_follows_and_scroll_with_the_same_keys(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(78, 20)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["undvigende"]))
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        words = app.texts.t("details.more_below")
        assert any(words in line for line in drawn_lines(app))
        await pilot.press("space", "j")
        await pilot.pause()
        assert round(page(app).scroll_y) == page(app).scrollable_content_region.height + 1
        await pilot.press("end")
        await pilot.pause()
        assert not any(words in line for line in drawn_lines(app))


@pytest.mark.parametrize("size", [(78, 20), (160, 48)])
async def test_p_shows_the_chart_alone_and_returns_to_the_same_place(
    questionnaire: Questionnaire, size: tuple[int, int]
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=size) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
        await pilot.press("space")
        await pilot.pause()
        result = app.screen
        place = page(app).scroll_y
        assert place > 0
        for closing in ("escape", "p"):
            await pilot.press("p")
            await pilot.pause()
            assert isinstance(app.screen, PlotScreen)
            shown = "\n".join(drawn_lines(app))
            assert app.texts.t("plot.title") in shown
            assert "●" in shown  # the person's place on the map
            await pilot.press("end")
            await pilot.pause()
            shown = "\n".join(drawn_lines(app))
            assert app.texts.t("result.scores") in shown
            assert app.texts.t("result.description") not in shown
            await pilot.press(closing)
            await pilot.pause()
            assert app.screen is result
            assert page(app).scroll_y == place


async def test_the_chart_fills_a_large_window(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(160, 48)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
        await pilot.press("p")
        await pilot.pause()
        chart = app.screen.query_one("#full-plot")
        scores = app.screen.query_one("#scores")
        # The chart's room is the window less the title, the scores and the footer.
        assert chart.region.width >= 160 - 1
        assert chart.region.height >= 48 - 1 - 2 - scores.outer_size.height - 1
        assert scores.region.bottom <= 48 - 1


async def test_no_chart_is_offered_for_answers_without_a_reading(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await to_result(pilot, {question.id: 4 for question in questionnaire.questions})
        offered = {b.id for _, b, enabled, _ in app.screen.active_bindings.values() if enabled}
        assert "plot" not in offered
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_the_help_says_more_keys_follow_until_its_end() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "f1")
        await pilot.pause()
        words = app.texts.t("help.more_below")
        assert any(words in line for line in drawn_lines(app))
        assert not any("Ctrl+C" in line for line in drawn_lines(app))
        await pilot.press("space", "end")
        await pilot.pause()
        assert not any(words in line for line in drawn_lines(app))
        assert any("Ctrl+C" in line for line in drawn_lines(app))
