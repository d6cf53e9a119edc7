"""The training panel: status, curves, boundaries, heatmaps, images and the sample log.

It draws a ``TrainingView`` and nothing else: ``show(view, changed)`` is the only way in, so a
live run (fed by the lesson screen's flush timer) and a replay (fed from a saved run's
events) look the same.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

from tui.css import css_beside
from tui.training.boundary import BoundaryView
from tui.training.chart import LineChart, fmt, next_smoothing
from tui.training.heatmap import HeatmapView
from tui.training.images import ImageGrid
from tui.training.model import SECTIONS, Picture, TrainingView
from tui.training.picture import EventPicture
from tui.training.samples import SampleLog

STATUS_MARKS = {
    "idle": ("○", "not started", "dim"),
    "running": ("●", "running", "bold yellow"),
    "completed": ("✓", "completed", "bold green"),
    "stopped": ("■", "stopped: the partial run is saved", "bold yellow"),
    "failed": ("✗", "failed", "bold red"),
}
_BAR = 16
CHART_PACE = 4.0  # wait this many times the last chart redraw's cost before the next
EMPTY_CHART = {"idle": "no run yet: ctrl+t trains (f6 too)",
               "running": "waiting for the first metric…",
               "completed": "this run reported no metrics",
               "stopped": "stopped before the first metric",
               "failed": "the run failed before its first metric"}


def status_text(view: TrainingView) -> Text:
    """'● running  step 120/200 ▕██████░░░▏ 60%' plus seed, parameters and summary."""
    glyph, word, style = STATUS_MARKS.get(view.status, ("?", view.status, ""))
    text = Text(f"{glyph} {word}", style=style)
    if view.step is not None and view.total:
        done = max(0.0, min(1.0, view.step / view.total))
        filled = round(done * _BAR)
        text.append(f"  step {view.step}/{view.total} ")
        text.append("▕" + "█" * filled + "░" * (_BAR - filled) + "▏", "cyan")
        text.append(f" {done:.0%}")
    params = view.params
    if params:
        shown = ", ".join(f"{k}={v}" for k, v in params.items() if k != "seed")
        text.append(f"\nseed {params.get('seed', view.run.get('seed'))}", "dim")
        if shown:
            text.append(f" · {shown}", "dim")
    if view.summary:
        text.append("\n" + "  ".join(f"{k}: {fmt(v) if isinstance(v, float) else v}"
                                     for k, v in view.summary.items()), "bold")
    if view.error:
        text.append(f"\n✗ {view.error.splitlines()[0]}", "red")
    return text


class TrainingPanel(VerticalScroll):
    """A scrolling column of every part of a run; parts appear as their events arrive."""

    DEFAULT_CSS = css_beside(__file__)

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.smoothing = 0.0
        self._charts_view: TrainingView | None = None
        self._charts_drawn: tuple[int, str] | None = None
        self._charts_at = 0.0
        self._charts_timer: Timer | None = None

    def set_smoothing(self, weight: float) -> None:
        """Smooth every chart's curves with this EMA weight (0 shows the raw values only)."""
        self.smoothing = weight
        for chart in self.charts:
            chart.set_smoothing(weight)

    def cycle_smoothing(self) -> float:
        """Step to the next weight of SMOOTHING_STEPS; returns it."""
        self.set_smoothing(next_smoothing(self.smoothing))
        return self.smoothing

    def compose(self) -> ComposeResult:
        yield Static(status_text(TrainingView()), id="train-status")
        yield Vertical(LineChart(classes="chart"), id="train-charts")
        yield Vertical(id="train-boundaries", classes="pictures")
        yield Vertical(id="train-heatmaps", classes="pictures")
        yield Vertical(id="train-images", classes="pictures")
        yield SampleLog(id="train-log")

    @property
    def charts(self) -> list[LineChart]:
        return list(self.query_one("#train-charts", Vertical).query_children(LineChart))

    @property
    def chart(self) -> LineChart:
        """The first chart (costs, usually)."""
        return self.charts[0]

    @property
    def point_count(self) -> int:
        return sum(chart.point_count for chart in self.charts)

    def show(self, view: TrainingView, changed: set[str] | None = None) -> None:
        """Redraw the sections that changed (all of them when ``changed`` is None)."""
        changed = set(SECTIONS) if changed is None else changed
        if "status" in changed or "text" in changed:
            self.query_one("#train-status", Static).update(status_text(view))
        if "metrics" in changed or "status" in changed:
            self._paced_charts(view)
        if "boundary" in changed:
            self._pictures("#train-boundaries", view.boundaries, view, BoundaryView)
        if "heatmap" in changed:
            self._pictures("#train-heatmaps", view.heatmaps, view, HeatmapView)
        if "image" in changed:
            self._pictures("#train-images", view.images, view, ImageGrid)
        if "text" in changed:
            self.query_one("#train-log", SampleLog).show(list(view.lines))

    def _paced_charts(self, view: TrainingView) -> None:
        """Redraw the charts now, or a little later when the last redraw was costly.

        A curve of 100,000 points costs tens of milliseconds to smooth and downsample; redrawn
        15 times a second it would starve key presses. So the next chart redraw waits
        ``CHART_PACE`` times what the last one cost (20 % of the UI thread at most); a new
        view (replay's rebuild) or a new run status (the run ended) redraws at once, so the
        final picture is always complete.
        """
        self._charts_view = view
        cost = sum(chart.build_seconds for chart in self.charts)
        wait = self._charts_at + CHART_PACE * cost - time.monotonic()
        urgent = (id(view), view.status) != self._charts_drawn
        if urgent or wait <= 0:
            self._draw_charts()
        elif self._charts_timer is None:
            self._charts_timer = self.set_timer(wait, self._draw_charts)

    def _draw_charts(self) -> None:
        if self._charts_timer is not None:
            self._charts_timer.stop()
            self._charts_timer = None
        view = self._charts_view
        if view is None:
            return
        self._charts(view)
        self._charts_drawn = (id(view), view.status)
        self._charts_at = time.monotonic()

    def _charts(self, view: TrainingView) -> None:
        """One chart per metric family (costs, accuracies, ...); always at least one."""
        families = view.families()
        charts = self.charts
        for extra in charts[max(1, len(families)):]:
            extra.remove()
        new = [LineChart(classes="chart") for _ in range(len(families) - len(charts))]
        if new:
            self.query_one("#train-charts", Vertical).mount_all(new)
        charts = [*charts, *new]
        charts[0].empty_text = EMPTY_CHART.get(view.status, "no metrics")
        if not families:
            charts[0].set_series([], "")
        for chart, (family, series) in zip(charts, families.items(), strict=False):
            chart.smoothing = self.smoothing
            chart.set_series(series, family)

    def _pictures(self, selector: str, pictures: dict[str, Picture], view: TrainingView,
                  kind: type[EventPicture]) -> None:
        """One widget per picture name, reused as newer versions of that picture arrive."""
        box = self.query_one(selector, Vertical)
        widgets = list(box.query_children(kind))
        for extra in widgets[len(pictures):]:
            extra.remove()
        widgets = widgets[:len(pictures)]
        new = [kind() for _ in range(len(pictures) - len(widgets))]
        if new:
            box.mount_all(new)
        for widget, picture in zip([*widgets, *new], pictures.values(), strict=True):
            key = (id(view), picture.name, picture.version)
            if widget.key != key:
                widget.show(picture.event, view.folder, key)
