"""The app at 80x24, the help modal, the command palette's lesson commands, both themes."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import CommandPalette

from tests.tui.conftest import open_lesson, run, wait_for
from tui.app import DlsApp
from tui.screens.help import HelpScreen
from tui.screens.lesson import LessonScreen


def test_80x24_fits_and_everything_is_reachable(make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_lesson(pilot)
            editor, side = screen.editor, screen.query_one("#side")
            assert editor.size.width >= 40 and side.size.width >= 30
            assert editor.size.height >= 18
            for panel in ("tab-results", "tab-training", "tab-lesson"):
                await pilot.press("f4")
                assert side.active == panel
            # escape leaves the editor (tab indents there); tab then moves focus on
            await pilot.press("escape")
            assert screen.focused is not editor
            shown = {b.binding.description for b in screen.active_bindings.values()
                     if b.binding.show}
            assert {"check", "hint", "train", "next", "help"} <= shown

    run(scenario())


def test_help_lists_this_screens_keys(make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await open_lesson(pilot)
            await pilot.press("f1")
            await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
            keys = dict(app.screen.keys)
            assert "public and hidden tests" in keys["ctrl+r / f5"]
            assert "hint" in keys["f2 / ctrl+h"] and "backup" in keys["f8"]
            assert "stop training" in keys["esc / ctrl+x"]  # listed even while no run goes
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen), what="closed")

    run(scenario())


def test_palette_offers_the_lesson_actions(make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            titles = [c.title for c in app.get_system_commands(screen)]
            for wanted in ("Check my code", "Next hint", "Show solution", "Train",
                           "Stop training", "Reset lesson", "Next lesson",
                           "Light or dark theme"):
                assert wanted in titles
            await pilot.press("ctrl+p")
            await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), what="palette")
            await pilot.press(*"check my", "enter")
            await wait_for(pilot, lambda: screen.results.state == "report", what="check")

    run(scenario())
