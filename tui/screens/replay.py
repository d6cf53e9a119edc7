"""Replay a saved run: its events feed the very same TrainingView and TrainingPanel as a live run.

A ``ReplayCursor`` (engine/replay.py) paced by a 15 Hz timer hands out the events whose time
has come; they are folded into the view and the panel redraws what changed, exactly as the
lesson screen's flush timer does for a live run. Jumping backwards starts a fresh view and
applies ``rewind_to``'s events. Nothing here executes code: the run is JSON and .npy data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static

from engine.replay import ReplayCursor
from engine.runs import SavedRun
from tui.screens.prompt import PromptScreen
from tui.training.model import TrainingView
from tui.training.panel import TrainingPanel

TICK_HZ = 15
SPEEDS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 100.0, 1000.0)
REPLAY_SECONDS = 6.0


def fit_speed(duration: float, seconds: float = REPLAY_SECONDS) -> float:
    """The slowest speed that replays a run of ``duration`` seconds within ``seconds``: a
    one-second run plays slowly enough to watch, a five-minute one does not take five."""
    return next((s for s in SPEEDS if duration / s <= seconds), SPEEDS[-1])


def clock_text(seconds: float) -> str:
    """'1:02.5' (minutes:seconds.tenths)."""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def speed_text(speed: float) -> str:
    return f"{speed:g}×"


class ReplayScreen(Screen[None]):
    """Plays ``saved`` from its start, at a speed that fits the run into a few seconds
    (``speed`` overrides it); ``autoplay=False`` starts paused."""

    CSS_PATH = Path(__file__).with_name("replay.tcss")
    BINDINGS = [
        Binding("space", "toggle_play", "play/pause", tooltip="play or pause the replay"),
        Binding("right,n", "step", "step", priority=True,
                tooltip="one training step forward (pauses)"),
        Binding("plus,equals_sign", "faster", "faster", show=False, tooltip="play faster"),
        Binding("minus", "slower", "slower", show=False, tooltip="play slower"),
        Binding("g", "goto", "go to", tooltip="jump to a step you type (back or forward)"),
        Binding("end", "to_end", "to end", priority=True, tooltip="jump to the end of the run"),
        Binding("home", "restart", "to start", priority=True, show=False,
                tooltip="back to the start of the run"),
        Binding("s", "smoothing", "smoothing",
                tooltip="cycle the curves' smoothing: off, 0.6, 0.9, 0.99"),
        Binding("escape,q", "back", "back", tooltip="back to the saved runs"),
    ]

    def __init__(self, saved: SavedRun, *, autoplay: bool = True,
                 speed: float | None = None) -> None:
        super().__init__(id="replay")
        self.saved = saved
        self.cursor = ReplayCursor(saved.events)
        self.steps = self.cursor.steps
        self.view = TrainingView(folder=saved.folder)
        self.speed = speed if speed is not None else fit_speed(self.cursor.duration)
        self.playing = autoplay
        self.current_step: int | None = None
        self._last_tick = time.monotonic()
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="replay-status")
        yield Static("", id="replay-warnings")
        yield TrainingPanel(id="replay-panel")
        yield Footer(compact=True)

    @property
    def panel(self) -> TrainingPanel:
        return self.query_one("#replay-panel", TrainingPanel)

    def on_mount(self) -> None:
        self.title = "Replay"
        self.sub_title = f"{self.saved.run_id} · no code runs"
        warnings = self.query_one("#replay-warnings", Static)
        if self.saved.warnings:
            warnings.update(self._warnings_text())
            self.notify(f"This run was read with {len(self.saved.warnings)} warning(s): "
                        f"{self.saved.warnings[0]}", title="Replay", severity="warning",
                        markup=False, timeout=8)
        warnings.display = bool(self.saved.warnings)
        self.panel.show(self.view)
        self._feed(self.cursor.advance(0.0, self.speed))  # the run_start, at time 0
        self._timer = self.set_interval(1 / TICK_HZ, self._tick)
        self.panel.focus()

    def _warnings_text(self) -> Text:
        text = Text()
        for i, warning in enumerate(self.saved.warnings[:3]):
            text.append(("\n" if i else "") + f"⚠ {warning}", "yellow")
        if len(self.saved.warnings) > 3:
            text.append(f"\n⚠ … and {len(self.saved.warnings) - 3} more", "yellow")
        return text

    # --- feeding the view -----------------------------------------------------------------
    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if not self.playing:
            return
        self._feed(self.cursor.advance(elapsed, self.speed))
        if self.cursor.finished:
            self.playing = False
            self._update_status()

    def _feed(self, events: list[dict[str, Any]], *, fresh: bool = False) -> None:
        """Fold events into the view and redraw what changed; ``fresh`` starts a new view.

        The new view is made while the old one still exists, so the two never share an id
        (the panel keys its pictures by the view's id).
        """
        if fresh:
            self.view = TrainingView(folder=self.saved.folder)
            self.current_step = None
        changed = self.view.apply(events)
        steps = [s for e in events if isinstance(s := e.get("step"), int)]
        if steps:
            self.current_step = max(steps)
        if events or fresh:
            self.panel.show(self.view, None if fresh else changed)
        self._update_status()

    def _update_status(self) -> None:
        self.query_one("#replay-status", Static).update(self.status_line())

    def status_line(self) -> Text:
        """'▶ playing 10×  step 120 / 600  0:01.2 / 0:06.0  +/- speed'."""
        cursor = self.cursor
        if cursor.finished:
            text = Text("■ end of run", style="bold green")
        elif self.playing:
            text = Text("▶ playing", style="bold yellow")
        else:
            text = Text("⏸ paused", style="bold")
        text.append(f" {speed_text(self.speed)}", "bold")
        last = self.steps[-1] if self.steps else None
        if last is not None:
            shown = "–" if self.current_step is None else str(self.current_step)
            text.append(f"  step {shown} / {last}")
        clock = min(cursor.clock, cursor.duration)
        text.append(f"  {clock_text(clock)} / {clock_text(cursor.duration)}")
        text.append("  +/- speed", "dim")
        return text

    # --- actions --------------------------------------------------------------------------
    def action_toggle_play(self) -> None:
        if self.cursor.finished and not self.playing:
            self.action_restart()
        self.playing = not self.playing
        self._last_tick = time.monotonic()
        self._update_status()

    def action_step(self) -> None:
        self.playing = False
        self._feed(self.cursor.step())

    def action_faster(self) -> None:
        self.speed = next((s for s in SPEEDS if s > self.speed), SPEEDS[-1])
        self._update_status()

    def action_slower(self) -> None:
        self.speed = next((s for s in reversed(SPEEDS) if s < self.speed), SPEEDS[0])
        self._update_status()

    def action_to_end(self) -> None:
        self.playing = False
        self._feed(self.cursor.rest())

    def action_restart(self) -> None:
        self.playing = False
        self._feed(self.cursor.rewind_to(min(self.steps, default=0) - 1), fresh=True)

    def jump_to(self, step: int) -> None:
        """Show the run as it was at the end of ``step``: forward applies only the events in
        between; backward starts a fresh view and applies everything up to ``step``."""
        self.playing = False
        before = self.cursor.position
        events = self.cursor.rewind_to(step)
        if self.cursor.position >= before:
            self._feed(events[before:])
        else:
            self._feed(events, fresh=True)

    def action_goto(self) -> None:
        self.playing = False
        self._update_status()
        first, last = (self.steps[0], self.steps[-1]) if self.steps else (0, 0)

        def answer(value: str | None) -> None:
            if value is None or not value.strip():
                return
            try:
                self.jump_to(int(value))
            except ValueError:
                self.notify(f"{value!r} is not a step number", severity="warning",
                            markup=False)

        now = "" if self.current_step is None else f"; now {self.current_step}"
        self.app.push_screen(PromptScreen(f"Jump to which step? ({first} to {last}{now})",
                                          kind="integer"), answer)

    def action_smoothing(self) -> None:
        weight = self.panel.cycle_smoothing()
        self.notify(f"smoothing {weight:g}" if weight else "smoothing off", timeout=2)

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [
            ("Play or pause", "Play or pause the replay (space)", self.action_toggle_play),
            ("Step", "One training step forward (→ or n)", self.action_step),
            ("Faster", "Play faster (+)", self.action_faster),
            ("Slower", "Play slower (-)", self.action_slower),
            ("Go to step", "Jump to a step you type (g)", self.action_goto),
            ("Jump to the end", "Show the run as it ended (end)", self.action_to_end),
            ("Back to the start", "Replay from the beginning (home)", self.action_restart),
            ("Smoothing", "Cycle the curves' smoothing (s)", self.action_smoothing),
        ]

    def on_unmount(self) -> None:
        if self._timer is not None:
            self._timer.stop()
