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
from tui.training.model import TrainingView
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
            # cost and accuracy on charts of their own (different scales), 40 points each
            assert [c.title for c in panel.charts] == ["cost", "accuracy"]
            assert panel.point_count == 80
            chart = "\n".join(_lines(panel.charts[0]))
            assert "● cost" in chart and "┤" in chart and "└" in chart and "40" in chart
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
            await wait_for(pilot, lambda: screen.training_panel.point_count >= 10,
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
            assert panel.point_count == 80
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


def test_boundary_puts_high_y_on_top_and_class_by_glyph() -> None:
    view = BoundaryView()
    grid = [[0.0, 0.0], [1.0, 1.0]]  # grid row 0 is the smallest y
    view.show({"name": "b", "grid": grid, "x_range": [0, 1], "y_range": [0, 1],
               "points": [[0.95, 0.05], [0.95, 0.05]], "labels": [1, 0]}, None)
    lines = view.build_lines(30, 0)
    rows = lines[1:-3]
    top, bottom = rows[0], rows[-1]
    top_bg = top.spans[-1].style.bgcolor.triplet
    bottom_bg = bottom.spans[-1].style.bgcolor.triplet
    assert top_bg.blue > top_bg.red and bottom_bg.red > bottom_bg.blue  # P=1 blue, P=0 red
    assert top.plain.rstrip().endswith("●")  # class 1 at the top right
    assert bottom.plain.split("│")[1].lstrip().startswith("×")  # class 0 at the bottom left
    assert "● class 1" in lines[-1].plain and "× class 0" in lines[-1].plain


def test_heatmap_prints_values_and_a_scale() -> None:
    view = HeatmapView()
    view.show({"name": "confusion", "values": [[5, 1], [0, 7]], "rows": ["cat", "dog"],
               "cols": ["cat", "dog"]}, None)
    text = [line.plain for line in view.build_lines(40, 0)]
    assert text[0] == "confusion"
    assert "cat" in text[1] and "dog" in text[1]
    assert text[2].split() == ["cat", "5", "1"] and text[3].split() == ["dog", "0", "7"]
    assert text[-1].startswith("scale 0") and text[-1].rstrip().endswith("7")
