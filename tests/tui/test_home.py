"""The home screen: the lesson tree, statuses by glyph and word, progress, continue."""

from __future__ import annotations

from collections.abc import Callable

from engine.api import Engine, LessonInfo
from tests.tui.conftest import LESSON, run, wait_for
from tui.app import DlsApp
from tui.screens.home import HomeScreen, continue_target
from tui.screens.lesson import LessonScreen


def _info(lesson_id: str, status: str) -> LessonInfo:
    return LessonInfo(lesson_id, lesson_id, "c1", "c1w2", "topic", [], status, 0, "", False)


def test_continue_target_prefers_the_unfinished_last_lesson() -> None:
    infos = [_info("a", "passed"), _info("b", "in-progress"), _info("c", "not-started")]
    assert continue_target(infos, "b") == "b"
    assert continue_target(infos, "a") == "b"  # last one passed: the next unfinished
    assert continue_target(infos, None) == "b"
    assert continue_target(infos, "gone") == "b"
    done = [_info("a", "passed"), _info("b", "passed")]
    assert continue_target(done, "b") == "b"
    assert continue_target([], None) is None


def test_tree_shows_courses_weeks_lessons_with_status_and_counts(
        make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")
            home = app.screen
            assert isinstance(home, HomeScreen)
            course = home.tree.root.children[0]
            week = course.children[0]
            lesson = week.children[0]
            assert course.label.plain.startswith("C1 Neural Networks and Deep Learning")
            assert course.label.plain.endswith("0/1")
            assert week.label.plain.startswith("W2 Neural Network Basics")
            assert "· new" in lesson.label.plain and "Doubling" in lesson.label.plain
            assert home.tree.cursor_node is lesson  # the continue target is selected
            assert "enter: open" in str(home.query_one("#home-detail").render())

    run(scenario())


def test_keyboard_opens_a_lesson_and_continue_works(make_app: Callable[..., DlsApp],
                                                    fixture_engine: Engine) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen), what="lesson")
            assert app.screen.lesson.id == LESSON
            await pilot.press("ctrl+b")
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home again")
            assert "… started" in app.screen.nodes[LESSON].label.plain
            assert fixture_engine.progress().last_lesson == LESSON
            await pilot.press("c")
            await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen), what="continue")

    run(scenario())
