"""The training panel: live runs through the event buffer, stop, and the pure model."""

from __future__ import annotations

from collections.abc import Callable

from engine.api import Engine
from engine.runs import read_run
from tests.tui.conftest import CORRECT, learner_file, open_lesson, run, wait_for
from tui.app import DlsApp
from tui.training.boundary import BoundaryView
from tui.training.buffer import EventBuffer
from tui.training.heatmap import HeatmapView
from tui.training.images import ImageGrid
from tui.training.model import Series, TrainingView
from tui.training.panel import TrainingPanel
from tui.training.samples import SampleLog


def _lines(widget) -> list[str]:
    return [line.plain for line in widget.build_lines(widget.size.width or 60, 12)]


def test_training_streams_into_every_widget(make_app: Callable[..., DlsApp],
                                            fixture_engine: Engine) -> None:
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(CORRECT)

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_lesson(pilot)
            await pilot.press("ctrl+t")
            assert screen.query_one("#side").active == "tab-training"
            await wait_for(pilot, lambda: not screen.training, what="run end")
            view, panel = screen.view, screen.training_panel
            assert view.status == "completed"
            assert len(view.series["cost"].points()) == 40
            assert panel.chart.point_count == 80  # cost and accuracy
            chart = "\n".join(_lines(panel.chart))
            assert "● cost" in chart and "◆ accuracy" in chart and "└" in chart
            await pilot.pause()
            boundary = panel.query_one(BoundaryView)
            assert {"×", "●"} & set("".join(_lines(boundary)))
            heatmap = "\n".join(_lines(panel.query_one(HeatmapView)))
            assert "attention" in heatmap and "scale" in heatmap and "v" in heatmap
            images = "\n".join(_lines(panel.query_one(ImageGrid)))
            assert "y=1 pred=1" in images and "▀" in images
            log = "\n".join(_lines(panel.query_one(SampleLog)))
            assert "a sampled line" in log and "finished" in log
            assert "final_cost" in str(panel.query_one("#train-status").render())

    run(scenario())


def test_stop_keeps_the_partial_run(make_app: Callable[..., DlsApp],
                                    fixture_engine: Engine) -> None:
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(CORRECT)

    async def scenario() -> None:
        app = make_app(train_overrides={"steps": "200", "delay": "0.01"})
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            await pilot.press("f6")  # f6 trains even from inside the editor
            await wait_for(pilot, lambda: screen.training_panel.chart.point_count >= 10,
                           what="the curve to get points")
            assert screen.training and screen.focused is screen.editor
            await pilot.press("escape")
            await wait_for(pilot, lambda: not screen.training, what="stop")
            assert screen.view.status == "stopped"
            cost = screen.view.series["cost"]
            assert 5 <= cost.seen < 200
            assert "stopped" in str(screen.training_panel.query_one("#train-status").render())
            runs = list(fixture_engine.workspace.runs_dir.iterdir())
            assert len(runs) == 1 and read_run(runs[0]).status == "stopped"
            # with no run going, escape is the editor's again (it leaves the editor)
            assert screen.check_action("stop", ()) is False

    run(scenario())


def test_replayed_events_draw_the_same_panel(make_app: Callable[..., DlsApp],
                                             fixture_engine: Engine) -> None:
    """A saved run's events fed to a fresh view give the same state as the live run."""
    learner_file(fixture_engine).parent.mkdir(parents=True, exist_ok=True)
    learner_file(fixture_engine).write_text(CORRECT)
    live = TrainingView(runs_dir=fixture_engine.workspace.runs_dir)
    buffer = EventBuffer()
    result = fixture_engine.train("c1w2.doubling", on_event=buffer.append)
    live.apply(buffer.drain())
    saved = read_run(result.folder)
    replay = TrainingView(folder=saved.folder)
    replay.apply(saved.events)
    assert replay.status == live.status == "completed"
    assert replay.series["cost"].points() == live.series["cost"].points()
    assert replay.folder == live.folder
    assert set(replay.heatmaps) == set(live.heatmaps) == {"attention"}

    async def scenario() -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            panel = TrainingPanel()
            await app.screen.mount(panel)
            panel.show(replay)
            await pilot.pause()
            assert panel.chart.point_count == 80
            assert len(panel.query(HeatmapView)) == 1

    run(scenario())


def test_model_folds_events_and_reports_sections() -> None:
    view = TrainingView()
    changed = view.apply([
        {"v": 1, "type": "run_start", "t": 0, "run_id": "r", "params": {"seed": 1}},
        {"v": 1, "type": "progress", "t": 0.1, "step": 1, "total": 4},
        {"v": 1, "type": "metric", "t": 0.1, "step": 1, "name": "cost", "value": 0.5},
        {"v": 1, "type": "metric", "t": 0.1, "step": 2, "name": "cost", "value": None},
        {"v": 1, "type": "text", "t": 0.2, "channel": "samples", "text": "hello"},
        {"v": 1, "type": "error", "t": 0.3, "message": "boom", "where": ["train.py:3"]},
        {"v": 1, "type": "not-a-type", "t": 0.3},
    ])
    assert changed == {"status", "metrics", "text"}
    assert view.status == "running" and (view.step, view.total) == (1, 4)
    assert view.series["cost"].points() == [(1.0, 0.5)]  # null (NaN) values are skipped
    assert [line.kind for line in view.lines] == ["text", "error"]
    assert view.error is not None and "train.py:3" in view.error
    assert view.finish("failed") == {"status"} and view.status == "failed"
    assert view.events_seen == 7


def test_series_thins_but_keeps_the_latest_point() -> None:
    series = Series("cost", limit=100)
    for step in range(1, 10_001):
        series.add(step, 1 / step)
    assert len(series.xs) <= 100 and series.stride > 1
    assert series.points()[-1] == (10_000, 1 / 10_000)
    assert series.points()[0] == (1, 1.0)
    assert series.best == 1 / 10_000 and series.worst == 1.0
