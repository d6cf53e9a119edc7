"""The state of one training run, built only from its events.

``TrainingView.apply(events)`` folds a batch of events into plain Python state and says which
sections changed; widgets draw that state. Nothing here imports Textual or numpy, so a live
run, a replay of a saved run and the tests all drive it the same way. Arrays stay as they
arrived (inline lists or ``{"npy": ...}`` references) and are loaded only by the widget that
draws them.
"""

from __future__ import annotations

import math
from array import array
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.smoothing import downsample, smooth_series

#: Section names returned by ``apply``; a widget redraws only when its section changed.
SECTIONS = ("status", "metrics", "boundary", "heatmap", "image", "text", "audio")

_MAX_LINES = 300

Points = list[tuple[float, float]]
Curves = tuple[Points, Points | None]


def metric_family(name: str) -> str:
    """Which chart a metric goes on: costs share one y-axis, accuracies another, anything
    else gets its own (a cost of 0.3 next to an accuracy of 91 would flatten the cost)."""
    low = name.lower()
    if "cost" in low or "loss" in low:
        return "cost"
    if "acc" in low:
        return "accuracy"
    return name


class Series:
    """One metric's curve at full resolution: every point, kept compactly.

    Points are never thinned as they arrive, because smoothing must see every point before
    anything is dropped for display: ``display`` smooths the full series (debiased EMA) and
    only then downsamples to the chart's width. Steps and values live in two ``array('d')``
    (16 bytes a point, so 100,000 points take 1.6 MB), and the display curves are cached per
    (smoothing weight, width, length) so a repaint with no new point costs nothing.
    """

    __slots__ = ("name", "xs", "ys", "best", "worst", "_shown_key", "_shown")

    def __init__(self, name: str) -> None:
        self.name = name
        self.xs = array("d")
        self.ys = array("d")
        self.best: float | None = None  # the lowest value
        self.worst: float | None = None  # the highest value
        self._shown_key: tuple[float, int, int] | None = None
        self._shown: Curves = ([], None)

    def __repr__(self) -> str:
        return f"Series({self.name!r}, {len(self.ys)} points)"

    @property
    def seen(self) -> int:
        return len(self.ys)

    @property
    def last(self) -> tuple[float, float] | None:
        return (self.xs[-1], self.ys[-1]) if self.ys else None

    def add(self, x: float, y: float) -> None:
        self.xs.append(x)
        self.ys.append(y)
        if self.best is None or y < self.best:
            self.best = y
        if self.worst is None or y > self.worst:
            self.worst = y

    def points(self) -> list[tuple[float, float]]:
        """Every point, in the order it arrived."""
        return list(zip(self.xs, self.ys, strict=True))

    def display(self, weight: float, max_points: int) -> Curves:
        """(raw, smoothed) curves of at most ``max_points`` points each; smoothed is None when
        ``weight`` is 0. Smoothing runs on the full series, before any downsampling."""
        key = (weight, max_points, len(self.ys))
        if key != self._shown_key:
            points = self.points()
            smooth = smooth_series(points, weight, max_points) if weight > 0 else None
            self._shown_key, self._shown = key, (downsample(points, max_points), smooth)
        return self._shown


@dataclass
class LogLine:
    """A line of the sample log: sampled text, a log message or an error."""

    kind: str  # text | log | error | audio
    channel: str
    text: str
    step: int | None = None


@dataclass
class Picture:
    """The latest heatmap, image set or decision boundary under one name."""

    name: str
    event: dict[str, Any]
    version: int = 0


def _finite(step: float, value: float) -> tuple[float, float] | None:
    """(step, value) as floats, or None for NaN, infinity or an int too big for a float."""
    try:
        x, y = float(step), float(value)
    except OverflowError:
        return None
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


class TrainingView:
    """Everything the training panel shows, as data.

    ``runs_dir`` locates a live run's folder from its ``run_start``; ``folder`` names it
    directly (replay). Array references are resolved against that folder. A saved run is
    untrusted data: a field of the wrong type is treated as absent, never as a crash.
    """

    def __init__(self, runs_dir: Path | None = None, folder: Path | None = None,
                 *, max_lines: int = _MAX_LINES) -> None:
        self.runs_dir = runs_dir
        self._folder = folder
        self.run: dict[str, Any] = {}
        self.status = "idle"  # idle | running | completed | stopped | failed
        self.step: int | None = None
        self.total: int | None = None
        self.series: dict[str, Series] = {}
        self.heatmaps: dict[str, Picture] = {}
        self.images: dict[str, Picture] = {}
        self.boundaries: dict[str, Picture] = {}
        self.lines: deque[LogLine] = deque(maxlen=max_lines)
        self.summary: dict[str, Any] = {}
        self.error: str | None = None
        self.events_seen = 0
        self.last_t: float | None = None
        self._handlers = {
            "run_start": self._on_run_start, "progress": self._on_progress,
            "heatmap": self._on_heatmap, "image": self._on_image,
            "boundary": self._on_boundary, "text": self._on_text, "log": self._on_log,
            "audio": self._on_audio, "error": self._on_error, "done": self._on_done,
        }

    @property
    def folder(self) -> Path | None:
        """Where this run's arrays live (None until the run has started)."""
        if self._folder is not None:
            return self._folder
        run_id = self.run.get("run_id")
        if self.runs_dir is not None and isinstance(run_id, str) and run_id:
            return self.runs_dir / run_id
        return None

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def params(self) -> dict[str, Any]:
        """The run's hyperparameters ({} when the run_start lacks them or is malformed)."""
        params = self.run.get("params")
        return params if isinstance(params, dict) else {}

    def families(self) -> dict[str, list[Series]]:
        """The series grouped by chart: costs first, then in the order they first appeared."""
        groups: dict[str, list[Series]] = {}
        for series in self.series.values():
            groups.setdefault(metric_family(series.name), []).append(series)
        order = sorted(groups, key=lambda family: family != "cost")
        return {family: groups[family] for family in order}

    def apply(self, events: list[dict[str, Any]]) -> set[str]:
        """Fold events in, in order; returns the sections that changed.

        Metric events dominate long runs, so they take a short path (no handler call); a
        replay of 100,000 events is one pass of this loop.
        """
        changed: set[str] = set()
        handlers = self._handlers
        series = self.series
        last_t = self.last_t
        metric_seen = False
        for event in events:
            t = event.get("t")
            if t is not None and (t.__class__ is float or t.__class__ is int):
                last_t = t
            kind = event.get("type")
            if kind == "metric":
                metric_seen = True
                value, step = event.get("value"), event.get("step")
                if (value.__class__ is float or value.__class__ is int) and (
                        step.__class__ is int or step.__class__ is float):
                    point = _finite(step, value)
                    name = event.get("name")
                    if point is not None and name.__class__ is str:
                        one = series.get(name)
                        if one is None:
                            one = series[name] = Series(name)
                        one.add(*point)
                continue
            handler = handlers.get(kind) if kind.__class__ is str else None
            if handler is not None:
                changed.add(handler(event))
        self.events_seen += len(events)
        self.last_t = float(last_t) if last_t is not None else None
        if metric_seen:
            changed.add("metrics")
        return changed

    def finish(self, status: str, summary: dict[str, Any] | None = None,
               error: str | None = None) -> set[str]:
        """End the run from outside the stream (the engine's result when no ``done`` came)."""
        if self.status in ("idle", "running"):
            self.status = status
            self.summary = summary or self.summary
        if error and not self.error:
            self.error = error
            self.lines.append(LogLine("error", "error", error))
            return {"status", "text"}
        return {"status"}

    # --- one handler per event type; each returns the section it touched ------------------
    def _on_run_start(self, event: dict[str, Any]) -> str:
        self.run = dict(event)
        self.status = "running"
        return "status"

    def _on_progress(self, event: dict[str, Any]) -> str:
        step, total = event.get("step"), event.get("total")
        self.step = step if isinstance(step, int) and not isinstance(step, bool) else None
        self.total = total if isinstance(total, int) and not isinstance(total, bool) else None
        return "status"

    def _picture(self, store: dict[str, Picture], event: dict[str, Any]) -> None:
        name = str(event.get("name", ""))
        old = store.get(name)
        store[name] = Picture(name, event, old.version + 1 if old else 0)

    def _on_heatmap(self, event: dict[str, Any]) -> str:
        self._picture(self.heatmaps, event)
        return "heatmap"

    def _on_image(self, event: dict[str, Any]) -> str:
        self._picture(self.images, event)
        return "image"

    def _on_boundary(self, event: dict[str, Any]) -> str:
        self._picture(self.boundaries, event)
        return "boundary"

    def _on_text(self, event: dict[str, Any]) -> str:
        step = event.get("step")
        self.lines.append(LogLine("text", str(event.get("channel") or "samples"),
                                  str(event.get("text", "")),
                                  step if isinstance(step, int) else None))
        return "text"

    def _on_log(self, event: dict[str, Any]) -> str:
        self.lines.append(LogLine("log", str(event.get("level") or "info"),
                                  str(event.get("message", ""))))
        return "text"

    def _on_audio(self, event: dict[str, Any]) -> str:
        self.lines.append(LogLine("audio", str(event.get("name", "audio")),
                                  f"{event.get('path')} ({event.get('rate')} Hz)"))
        return "text"

    def _on_error(self, event: dict[str, Any]) -> str:
        message = str(event.get("message", "error"))
        where = event.get("where") or []
        if isinstance(where, list) and where:
            message += "\n" + "\n".join(f"  {w}" for w in where)
        self.error = self.error or message
        self.lines.append(LogLine("error", "error", message))
        return "text"

    def _on_done(self, event: dict[str, Any]) -> str:
        self.status = str(event.get("status") or "completed")
        summary = event.get("summary")
        self.summary = dict(summary) if isinstance(summary, dict) else {}
        return "status"
