"""The state of one training run, built only from its events.

``TrainingView.apply(events)`` folds a batch of events into plain Python state and says which
sections changed; widgets draw that state. Nothing here imports Textual or numpy, so a live
run, a replay of a saved run and the tests all drive it the same way. Arrays stay as they
arrived (inline lists or ``{"npy": ...}`` references) and are loaded only by the widget that
draws them.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Section names returned by ``apply``; a widget redraws only when its section changed.
SECTIONS = ("status", "metrics", "boundary", "heatmap", "image", "text", "audio")

_MAX_POINTS = 2000
_MAX_LINES = 300


def metric_family(name: str) -> str:
    """Which chart a metric goes on: costs share one y-axis, accuracies another, anything
    else gets its own (a cost of 0.3 next to an accuracy of 91 would flatten the cost)."""
    low = name.lower()
    if "cost" in low or "loss" in low:
        return "cost"
    if "acc" in low:
        return "accuracy"
    return name


@dataclass
class Series:
    """One metric's curve, thinned as it grows so memory and drawing time stay bounded.

    Every ``stride``-th point is kept; when more than ``limit`` are kept, every other one is
    dropped and the stride doubles. The latest point is always known exactly.
    """

    name: str
    limit: int = _MAX_POINTS
    xs: list[float] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)
    stride: int = 1
    seen: int = 0
    last: tuple[float, float] | None = None
    best: float | None = None
    worst: float | None = None

    def add(self, x: float, y: float) -> None:
        self.last = (x, y)
        self.best = y if self.best is None else min(self.best, y)
        self.worst = y if self.worst is None else max(self.worst, y)
        if self.seen % self.stride == 0:
            self.xs.append(x)
            self.ys.append(y)
            if len(self.xs) > self.limit:
                self.xs = self.xs[::2]
                self.ys = self.ys[::2]
                self.stride *= 2
        self.seen += 1

    def points(self) -> list[tuple[float, float]]:
        """The kept points plus the latest one (so the curve always reaches "now")."""
        pts = list(zip(self.xs, self.ys, strict=True))
        if self.last is not None and (not pts or pts[-1] != self.last):
            pts.append(self.last)
        return pts


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


class TrainingView:
    """Everything the training panel shows, as data.

    ``runs_dir`` locates a live run's folder from its ``run_start``; ``folder`` names it
    directly (replay). Array references are resolved against that folder.
    """

    def __init__(self, runs_dir: Path | None = None, folder: Path | None = None,
                 *, max_points: int = _MAX_POINTS, max_lines: int = _MAX_LINES) -> None:
        self.runs_dir = runs_dir
        self._folder = folder
        self.max_points = max_points
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

    @property
    def folder(self) -> Path | None:
        """Where this run's arrays live (None until the run has started)."""
        if self._folder is not None:
            return self._folder
        run_id = self.run.get("run_id")
        if self.runs_dir is not None and run_id:
            return self.runs_dir / str(run_id)
        return None

    @property
    def running(self) -> bool:
        return self.status == "running"

    def families(self) -> dict[str, list[Series]]:
        """The series grouped by chart: costs first, then in the order they first appeared."""
        groups: dict[str, list[Series]] = {}
        for series in self.series.values():
            groups.setdefault(metric_family(series.name), []).append(series)
        order = sorted(groups, key=lambda family: family != "cost")
        return {family: groups[family] for family in order}

    def apply(self, events: list[dict[str, Any]]) -> set[str]:
        """Fold events in, in order; returns the sections that changed."""
        changed: set[str] = set()
        for event in events:
            self.events_seen += 1
            if isinstance(event.get("t"), (int, float)):
                self.last_t = float(event["t"])
            handler = getattr(self, f"_on_{event.get('type')}", None)
            if handler is not None:
                changed.add(handler(event))
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
        self.step, self.total = event.get("step"), event.get("total")
        return "status"

    def _on_metric(self, event: dict[str, Any]) -> str:
        value, step = event.get("value"), event.get("step")
        if not isinstance(value, (int, float)) or not isinstance(step, (int, float)):
            return "metrics"  # a NaN or infinity arrives as null: nothing to draw
        name = str(event.get("name", "metric"))
        series = self.series.get(name)
        if series is None:
            series = self.series[name] = Series(name, self.max_points)
        series.add(float(step), float(value))
        return "metrics"

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
        self.lines.append(LogLine("text", str(event.get("channel") or "samples"),
                                  str(event.get("text", "")), event.get("step")))
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
        if where:
            message += "\n" + "\n".join(f"  {w}" for w in where)
        self.error = self.error or message
        self.lines.append(LogLine("error", "error", message))
        return "text"

    def _on_done(self, event: dict[str, Any]) -> str:
        self.status = str(event.get("status") or "completed")
        self.summary = dict(event.get("summary") or {})
        return "status"
