"""Live training output for the CLI: a progress bar, metric lines, samples and pictures."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from engine.api import TrainResult
from tui.pixels import boundary_lines, halfblock, heatmap_lines

_METRIC_INTERVAL_S = 0.25


class TrainPrinter:
    """Turns a run's events into terminal output (or JSON lines with ``as_json``)."""

    def __init__(self, console: Console, runs_dir: Path, *, as_json: bool = False) -> None:
        self.console = console
        self.runs_dir = runs_dir
        self.as_json = as_json
        self.progress: Progress | None = None
        self.task: Any = None
        self.folder: Path | None = None
        self.last_metric_print = 0.0
        self.latest: dict[str, tuple[int, float]] = {}
        self.pictures: dict[tuple[str, str], dict[str, Any]] = {}

    def on_event(self, event: dict[str, Any]) -> None:
        if self.as_json:
            print(json.dumps(event), flush=True)
            return
        handler = getattr(self, f"_on_{event['type']}", None)
        if handler is not None:
            handler(event)

    def _print(self, *items: Any) -> None:
        (self.progress.console if self.progress else self.console).print(*items)

    def _on_run_start(self, event: dict[str, Any]) -> None:
        self.folder = self.runs_dir / event["run_id"]
        params = ", ".join(f"{k}={v}" for k, v in event["params"].items())
        self.console.print(f"[bold]training {escape(event['lesson'])}[/]  ({escape(params)})")

    def _on_progress(self, event: dict[str, Any]) -> None:
        if self.progress is None:
            self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                     TextColumn("{task.completed}/{task.total}"),
                                     TimeRemainingColumn(), console=self.console)
            self.progress.start()
            self.task = self.progress.add_task("training", total=event["total"])
        self.progress.update(self.task, completed=event["step"], total=event["total"])

    def _on_metric(self, event: dict[str, Any]) -> None:
        self.latest[event["name"]] = (event["step"], event["value"])
        now = time.monotonic()
        if now - self.last_metric_print >= _METRIC_INTERVAL_S:
            self.last_metric_print = now
            self.print_latest()

    def print_latest(self) -> None:
        parts = [f"{name} {value:.6g} @ {step}" for name, (step, value) in self.latest.items()
                 if value is not None]
        if parts:
            self._print("  " + "   ".join(parts))

    def _on_text(self, event: dict[str, Any]) -> None:
        self._print(f"[cyan]{escape(event['channel'])}:[/] {escape(event['text'])}")

    def _on_log(self, event: dict[str, Any]) -> None:
        self._print(escape(event["message"]))

    def _on_error(self, event: dict[str, Any]) -> None:
        self._print(f"[bold red]error:[/] {escape(event['message'])}")
        for where in event.get("where") or []:
            self._print(f"  {escape(where)}")

    def _on_image(self, event: dict[str, Any]) -> None:
        from engine.runs import load_array

        images = load_array(event["images"], self.folder or Path("."))
        self._print(f"[bold]{escape(event['name'])}[/]")
        for image, caption in list(zip(images, event["captions"], strict=False))[:6]:
            self._print(escape(caption))
            for line in halfblock(image, width=24):
                self._print(line)

    def _on_heatmap(self, event: dict[str, Any]) -> None:
        self.pictures[("heatmap", event["name"])] = event  # the latest of each is drawn at the end

    def _on_boundary(self, event: dict[str, Any]) -> None:
        self.pictures[("boundary", event["name"])] = event

    def print_pictures(self) -> None:
        """The final heatmaps and decision boundaries (live runs redraw them many times)."""
        from engine.runs import load_array

        base = self.folder or Path(".")
        for (kind, name), event in self.pictures.items():
            if kind == "heatmap":
                self._print(f"[bold]{escape(name)}[/]")
                lines = heatmap_lines(load_array(event["values"], base), event["rows"],
                                      event["cols"])
            else:
                self._print(f"[bold]{escape(name)}[/]  (● class 1, × class 0)")
                points, labels = event.get("points"), event.get("labels")
                lines = boundary_lines(
                    load_array(event["grid"], base),
                    None if points is None else load_array(points, base),
                    None if labels is None else load_array(labels, base))
            for line in lines:
                self._print(line)
        self.pictures.clear()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def finish(self, result: TrainResult) -> None:
        self.print_pictures()
        self.print_latest()
        mark = {"completed": "[green]✓ completed[/]", "stopped": "[yellow]■ stopped[/]"}
        self.console.print(f"{mark.get(result.status, '[red]✗ failed[/]')}  run {result.run_id}")
        for key, value in result.summary.items():
            self.console.print(f"  {escape(str(key))}: {escape(str(value))}")
        if result.error:
            self.console.print(f"[red]{escape(result.error)}[/]")
        self.console.print(f"  saved in {result.folder}")
