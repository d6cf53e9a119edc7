"""Curves keep every point; smoothing (debiased EMA) runs before any downsampling."""

from __future__ import annotations

import math
from array import array

from engine.smoothing import debiased_ema, downsample, smooth_series
from tests.tui.conftest import run
from tui.app import DlsApp
from tui.training.chart import SMOOTHING_STEPS, LineChart, next_smoothing
from tui.training.model import Series, TrainingView


def noisy(n: int) -> list[tuple[float, float]]:
    return [(float(s), math.exp(-s / 2000) + 0.3 * math.sin(s * 2.1)) for s in range(1, n + 1)]


def test_series_keeps_every_point_compactly() -> None:
    series = Series("cost")
    for x, y in noisy(100_000):
        series.add(x, y)
    assert isinstance(series.xs, array) and series.xs.typecode == "d"
    assert series.seen == 100_000 and series.points() == noisy(100_000)
    assert series.last == noisy(100_000)[-1]
    assert series.best == min(y for _, y in noisy(100_000))
    assert series.worst == max(y for _, y in noisy(100_000))


def test_smoothing_runs_on_the_full_series_before_downsampling() -> None:
    points = noisy(20_000)
    series = Series("cost")
    for x, y in points:
        series.add(x, y)
    raw, smooth = series.display(0.9, 200)
    assert raw == downsample(points, 200) and len(raw) <= 200
    assert smooth == smooth_series(points, 0.9, 200)
    # what smoothing the already-thinned curve would give instead (the forbidden order)
    thinned = points[::100]
    wrong = list(zip([p[0] for p in thinned],
                     debiased_ema([p[1] for p in thinned], 0.9), strict=True))
    assert abs(smooth[-1][1] - wrong[-1][1]) > 0.01
    # debiased: the first smoothed value is the first raw value, not dragged toward 0
    assert smooth[0] == points[0]
    assert series.display(0.0, 200) == (raw, None)


def test_display_is_cached_per_weight_width_and_length() -> None:
    series = Series("cost")
    for x, y in noisy(5000):
        series.add(x, y)
    first = series.display(0.6, 100)
    assert series.display(0.6, 100) is first  # a repaint with nothing new is free
    series.add(5001.0, 1.0)
    second = series.display(0.6, 100)
    assert second is not first and second[0][-1] == (5001.0, 1.0)
    assert series.display(0.9, 100) is not second


def test_the_model_keeps_full_resolution_and_skips_bad_values() -> None:
    view = TrainingView()
    events = [{"v": 1, "type": "metric", "t": s / 1000, "step": s, "name": "cost",
               "value": 1 / s} for s in range(1, 10_001)]
    events += [{"v": 1, "type": "metric", "t": 11, "step": 10_001, "name": "cost",
                "value": v} for v in (None, float("nan"), float("inf"), "0.5", 10**400)]
    events += [{"v": 1, "type": "metric", "t": 11, "step": 1, "name": ["x"], "value": 1.0}]
    assert view.apply(events) == {"metrics"}
    assert list(view.series) == ["cost"] and view.series["cost"].seen == 10_000
    assert view.events_seen == len(events) and view.last_t == 11.0


def test_smoothing_cycles_and_the_chart_shows_raw_dim_under_smooth() -> None:
    assert SMOOTHING_STEPS == (0.0, 0.6, 0.9, 0.99)
    assert [next_smoothing(w) for w in SMOOTHING_STEPS] == [0.6, 0.9, 0.99, 0.0]
    series = Series("cost")
    for x, y in noisy(3000):
        series.add(x, y)

    async def scenario() -> None:
        from textual.app import App

        class One(App[None]):
            def compose(self):
                yield LineChart()

        app = One()
        async with app.run_test(size=(80, 20)):
            chart = app.query_one(LineChart)
            chart.set_series([series], "cost")
            plain = chart.build_lines(70, 12)
            assert "smoothing" not in plain[0].plain
            chart.set_smoothing(0.9)
            lines = chart.build_lines(70, 12)
            assert "smoothing 0.9 (raw dim)" in lines[0].plain
            styles = {span.style.dim for line in lines[1:-2] for span in line.spans
                      if hasattr(span.style, "dim") and span.style.color is not None}
            assert styles == {True, None} or styles == {True, False}  # dim raw + bright smooth

    run(scenario())


def test_live_panel_smoothing_key(make_app) -> None:  # type: ignore[no-untyped-def]
    from tests.tui.conftest import open_lesson

    async def scenario() -> None:
        app: DlsApp = make_app(prewarm=False)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_lesson(pilot)
            await pilot.press("f12")
            assert screen.training_panel.smoothing == 0.6
            assert screen.query_one("#side").active == "tab-training"
            assert all(c.smoothing == 0.6 for c in screen.training_panel.charts)

    run(scenario())
