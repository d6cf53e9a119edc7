"""The runs screen: listing, filter, marking and comparing, replay, delete, export, keys."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from engine.api import Engine
from tests.tui.conftest import open_lesson, run, wait_for
from tests.tui.saved_runs import curve, write_run
from tui.app import DlsApp
from tui.screens.compare import CompareScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.help import HelpScreen
from tui.screens.home import HomeScreen
from tui.screens.replay import ReplayScreen
from tui.screens.runs import RunsScreen

OLD = "20250131-140500-c1w2.doubling-aaaa"
NEW = "20250131-150000-c1w2.doubling-bbbb"
OTHER = "20250201-090000-c1w2.other-cccc"


@pytest.fixture
def three_runs(fixture_engine: Engine) -> Path:
    runs = fixture_engine.workspace.runs_dir
    write_run(runs, OLD, params={"learning_rate": 0.01}, costs=curve(20, 0.05))
    write_run(runs, NEW, params={"learning_rate": 0.1}, costs=curve(20, 0.2),
              started_at="2025-01-31T15:00:00")
    write_run(runs, OTHER, lesson="c1w2.other", started_at="2025-02-01T09:00:00",
              title="Another lesson")
    return runs


async def open_runs(pilot: Pilot) -> RunsScreen:
    app = pilot.app
    await pilot.pause()
    await pilot.press("f9")
    await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen) and app.screen.loaded,
                   what="the runs screen")
    screen = app.screen
    assert isinstance(screen, RunsScreen)
    return screen


def rows(screen: RunsScreen) -> list[list[str]]:
    table = screen.table
    return [[str(getattr(cell, "plain", cell)) for cell in table.get_row_at(i)]
            for i in range(table.row_count)]


def test_lists_every_run_and_filters_by_lesson(make_app: Callable[..., DlsApp],
                                               three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_runs(pilot)
            table = rows(screen)
            assert [r[1] for r in table] == ["c1w2.other", "c1w2.doubling", "c1w2.doubling"]
            newest_doubling = table[1]
            assert newest_doubling[2] == "2025-01-31 15:00"
            assert newest_doubling[3] == "✓ completed"
            assert newest_doubling[6].startswith("learning_rate=0.1")  # the differing one first
            assert newest_doubling[8] == "accuracy"  # the headline metric, as the CLI picks it
            assert float(newest_doubling[4]) == pytest.approx(1 - curve(20, 0.2)[-1] / 2,
                                                             rel=1e-3)
            assert "3 of 3 runs" in screen.sub_title
            await pilot.press("slash")
            await pilot.pause()
            await pilot.press(*"doubling")
            await wait_for(pilot, lambda: screen.table.row_count == 2, what="filtered rows")
            await pilot.press("escape")  # leaves the filter, not the screen
            assert isinstance(app.screen, RunsScreen) and screen.focused is screen.table
            await pilot.press("a")
            await wait_for(pilot, lambda: screen.table.row_count == 3, what="all rows")
            detail = str(screen.query_one("#runs-detail").render())
            assert NEW in detail  # the cursor stayed on the run it was on
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")

    run(scenario())


def test_from_a_lesson_the_filter_is_that_lesson(make_app: Callable[..., DlsApp],
                                                 three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_lesson(pilot)
            screen = await open_runs(pilot)
            assert screen.filter_text == "c1w2.doubling"
            assert screen.table.row_count == 2
            assert "lesson c1w2.doubling" in screen.sub_title

    run(scenario())


def test_mark_two_and_compare(make_app: Callable[..., DlsApp], three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_runs(pilot)
            await pilot.press("c")  # nothing marked: a warning, no screen
            await pilot.pause()
            assert isinstance(app.screen, RunsScreen)
            await pilot.press("down", "space", "space")  # marks NEW, moves on, marks OLD
            assert screen.marked == {NEW, OLD}
            assert [r[0] for r in rows(screen)] == ["·", "✓", "✓"]
            await pilot.press("c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen), what="compare")
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            # the oldest run is A, the one the others are diffed against
            assert [r.run_id for r in compare.comparison.runs] == [OLD, NEW]
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen, what="back to runs")
            assert screen.marked == {NEW, OLD}  # marks survive the round trip

    run(scenario())


def test_enter_replays_the_highlighted_run(make_app: Callable[..., DlsApp],
                                           three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_runs(pilot)
            await pilot.press("down", "enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen), what="replay")
            assert app.screen.saved.run_id == NEW
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen), what="runs")

    run(scenario())


def test_delete_asks_first(make_app: Callable[..., DlsApp], three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_runs(pilot)
            await pilot.press("d")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="ask")
            assert OTHER in app.screen.question
            await pilot.press("n")
            await wait_for(pilot, lambda: app.screen is screen, what="no")
            assert (three_runs / OTHER).is_dir()
            await pilot.press("d")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="ask")
            await pilot.press("y")
            await wait_for(pilot, lambda: screen.table.row_count == 2, what="the row to go")
            assert not (three_runs / OTHER).exists()
            assert (three_runs / OLD).is_dir() and (three_runs / NEW).is_dir()

    run(scenario())


def test_export_writes_csv_and_tensorboard_in_the_background(
        make_app: Callable[..., DlsApp], fixture_engine: Engine, three_runs: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """TensorBoard runs in a TF child (seconds); here a stand-in records the request."""
    calls: list[tuple[Path, Path]] = []

    def fake_tensorboard(folder: Path, logdir: Path) -> None:
        calls.append((folder, logdir))
        return None

    monkeypatch.setattr("engine.export.to_tensorboard", fake_tensorboard)

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_runs(pilot)
            await pilot.press("down", "e")
            exports = fixture_engine.workspace.root / "exports"
            await wait_for(pilot, lambda: len(calls) == 1, what="the export")
            await pilot.pause(0.1)
            rows_ = list(csv.DictReader((exports / f"{NEW}.csv").open()))
            assert len(rows_) == 40 and {r["name"] for r in rows_} == {"cost", "accuracy"}
            assert calls == [(three_runs / NEW, exports / "tensorboard")]
            messages = [n.message for n in app._notifications]
            assert any(str(exports / f"{NEW}.csv") in m for m in messages)
            assert any("tensorboard --logdir" in m for m in messages)

    run(scenario())


def test_runs_are_reachable_from_the_palette_and_listed_in_help(
        make_app: Callable[..., DlsApp], three_runs: Path) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert "Saved runs" in titles
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"saved runs", "enter")
            await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen), what="runs")
            await pilot.press("f1")
            await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help")
            keys = dict(app.screen.keys)
            assert "compare the marked runs" in keys["c"]
            assert "comparison" in keys["space"]
            assert "asks first" in keys["d / delete"]
            assert "saved runs" in keys["f9"]

    run(scenario())


def test_no_runs_says_how_to_make_one(make_app: Callable[..., DlsApp]) -> None:
    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_runs(pilot)
            assert screen.table.row_count == 0
            assert "No saved runs yet" in str(screen.query_one("#runs-detail").render())
            await pilot.press("enter", "space", "e", "d")  # nothing to act on: no error
            await pilot.pause()
            assert app.screen is screen

    run(scenario())
