"""The replay screen: the saved events through the same view and panel as a live run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from engine.api import Engine
from engine.runs import read_run
from tests.tui.conftest import CORRECT, learner_file, open_lesson, run, wait_for
from tests.tui.saved_runs import curve, write_run
from tui.app import DlsApp
from tui.screens.prompt import PromptScreen
from tui.screens.replay import ReplayScreen, fit_speed
from tui.screens.runs import RunsScreen
from tui.training.boundary import BoundaryView
from tui.training.heatmap import HeatmapView
from tui.training.images import ImageGrid
from tui.training.model import TrainingView
from tui.training.panel import TrainingPanel


def view_state(view: TrainingView) -> dict[str, Any]:
    """Everything the panel draws, as data: curves, latest pictures, text, status, summary."""
    return {
        "status": view.status, "step": view.step, "total": view.total, "run": view.run,
        "folder": view.folder, "summary": view.summary, "error": view.error,
        "series": {n: (list(s.xs), list(s.ys)) for n, s in view.series.items()},
        "heatmaps": {n: p.event for n, p in view.heatmaps.items()},
        "images": {n: p.event for n, p in view.images.items()},
        "boundaries": {n: p.event for n, p in view.boundaries.items()},
        "lines": list(view.lines), "events": view.events_seen,
    }


def panel_state(panel: TrainingPanel) -> dict[str, Any]:
    """What the panel's widgets hold: chart series and the events each picture drew."""
    return {
        "charts": [(c.title, [(s.name, s.seen) for s in c._series]) for c in panel.charts],
        "pictures": [(type(w).__name__, w.event) for kind in (BoundaryView, HeatmapView,
                                                               ImageGrid)
                     for w in panel.query(kind)],
        "status": str(panel.query_one("#train-status").render()),
    }


def test_replay_ends_in_the_same_state_as_the_live_run(make_app: Callable[..., DlsApp],
                                                       fixture_engine: Engine) -> None:
    """Train live in the app, then replay the saved run in the app and jump to its end."""
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(CORRECT)

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            lesson = await open_lesson(pilot)
            await pilot.press("ctrl+t")
            await wait_for(pilot, lambda: not lesson.training, what="the live run")
            await pilot.pause()
            live, live_panel = view_state(lesson.view), panel_state(lesson.training_panel)
            assert live["status"] == "completed" and live["heatmaps"] and live["images"]
            await pilot.press("f9")
            await wait_for(pilot, lambda: isinstance(app.screen, RunsScreen)
                           and app.screen.table.row_count == 1, what="the runs table")
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen), what="replay")
            replay = app.screen
            assert isinstance(replay, ReplayScreen)
            await pilot.press("end")
            await pilot.pause()
            assert replay.cursor.finished
            assert view_state(replay.view) == live
            assert panel_state(replay.panel) == live_panel
            assert "end of run" in replay.status_line().plain

    run(scenario())


async def _replay(pilot: Pilot, folder: Path, **kwargs: Any) -> ReplayScreen:
    screen = ReplayScreen(read_run(folder), **kwargs)
    await pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


def test_play_step_speed_jump_and_end(make_app: Callable[..., DlsApp],
                                      fixture_engine: Engine) -> None:
    folder = write_run(fixture_engine.workspace.runs_dir, "20250131-140500-c1w2.doubling-aaaa",
                       costs=curve(20, 0.1), seconds_per_step=0.01)

    async def scenario() -> None:
        app = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _replay(pilot, folder, autoplay=False, speed=1.0)
            cost = lambda: screen.view.series["cost"].seen if "cost" in screen.view.series \
                else 0  # noqa: E731
            assert screen.view.status == "running" and cost() == 0
            assert "paused" in screen.status_line().plain
            await pilot.press("n")
            assert screen.current_step == 1 and cost() == 1
            await pilot.press("right")
            assert screen.current_step == 2 and cost() == 2
            assert "step 2 / 20" in screen.status_line().plain
            speed = screen.speed
            await pilot.press("plus")
            assert screen.speed > speed and f"{screen.speed:g}×" in screen.status_line().plain
            await pilot.press("minus", "minus")
            assert screen.speed < speed
            # forward jump: only the events in between are applied to the same view
            view = screen.view
            await pilot.press("g")
            await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen), what="prompt")
            await pilot.press("ctrl+a", "ctrl+k", "1", "2", "enter")
            await wait_for(pilot, lambda: app.screen is screen, what="prompt closed")
            assert screen.current_step == 12 and cost() == 12 and screen.view is view
            # backward jump: a fresh view rebuilt from the start
            await pilot.press("g")
            await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen), what="prompt")
            await pilot.press("ctrl+a", "ctrl+k", "5", "enter")
            await wait_for(pilot, lambda: app.screen is screen, what="prompt closed")
            assert screen.current_step == 5 and cost() == 5 and screen.view is not view
            assert screen.view.series["cost"].points() == [
                (float(s), c) for s, c in zip(range(1, 6), curve(20, 0.1), strict=False)]
            assert screen.panel.chart.point_count == 5
            await pilot.press("end")
            assert screen.cursor.finished and screen.view.status == "completed"
            assert cost() == 20 and "end of run" in screen.status_line().plain
            await pilot.press("home")
            assert cost() == 0 and screen.view.status == "running"
            await pilot.press("space")  # only playing moves a paused replay on from here
            await wait_for(pilot, lambda: screen.cursor.finished, what="play to the end")
            assert not screen.playing and cost() == 20
            await pilot.press("s")
            assert screen.panel.smoothing == 0.6
            legend = screen.panel.chart.build_lines(60, 12)[0].plain
            assert "smoothing 0.6" in legend

    run(scenario())


def test_speed_fits_the_run_into_a_few_seconds() -> None:
    assert fit_speed(0.5) == 0.25
    assert fit_speed(5.0) == 1.0
    assert fit_speed(60.0) == 10.0
    assert fit_speed(300.0) == 100.0
    assert fit_speed(10**7) == 1000.0
