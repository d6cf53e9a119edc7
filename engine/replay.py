"""Replaying a saved run: a cursor over its events, paced by the run's own clock.

Pure logic, no threads and no widgets: the app calls ``advance`` from a timer and feeds what
it returns to the same training view that live runs use; the CLI does the same with sleeps.
Jumping backwards means "start the view afresh and apply ``rewind_to``'s events".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def _event_step(event: dict[str, Any]) -> int | None:
    step = event.get("step")
    return step if isinstance(step, int) else None


@dataclass
class ReplayCursor:
    events: list[dict[str, Any]]
    position: int = 0
    clock: float = 0.0
    _times: list[float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # The engine's closing "done" may carry no time: treat it as the end of the run.
        times, last = [], 0.0
        for event in self.events:
            t = event.get("t")
            last = max(last, float(t)) if isinstance(t, (int, float)) else last
            times.append(last)
        self._times = times

    @property
    def duration(self) -> float:
        return self._times[-1] if self._times else 0.0

    @property
    def finished(self) -> bool:
        return self.position >= len(self.events)

    @property
    def steps(self) -> list[int]:
        """The distinct training steps in the run, in order."""
        return sorted({s for e in self.events if (s := _event_step(e)) is not None})

    def _take_until(self, index: int) -> list[dict[str, Any]]:
        batch = self.events[self.position:index]
        self.position = max(self.position, index)
        if self.position:
            self.clock = max(self.clock, self._times[self.position - 1])
        return batch

    def advance(self, wall_seconds: float, speed: float) -> list[dict[str, Any]]:
        """Events whose time has come after ``wall_seconds`` of playback at ``speed``x."""
        self.clock += wall_seconds * speed
        index = self.position
        while index < len(self.events) and self._times[index] <= self.clock:
            index += 1
        return self._take_until(index)

    def step(self) -> list[dict[str, Any]]:
        """Everything up to and including the next training step (or the next event)."""
        current = max((s for e in self.events[:self.position]
                       if (s := _event_step(e)) is not None), default=None)
        upcoming = [s for s in self.steps if current is None or s > current]
        if not upcoming:
            return self._take_until(len(self.events))
        return self._take_until(self._end_of_step(upcoming[0]))

    def _end_of_step(self, step: int) -> int:
        last = max(i for i, e in enumerate(self.events) if _event_step(e) == step)
        index = last + 1
        while index < len(self.events) and _event_step(self.events[index]) is None:
            index += 1
        return index

    def rewind_to(self, step: int) -> list[dict[str, Any]]:
        """Restart and return every event up to the end of ``step`` (the view must reset)."""
        self.position, self.clock = 0, 0.0
        reachable = [s for s in self.steps if s <= step]
        if not reachable:
            return self._take_until(1 if self.events else 0)
        return self._take_until(self._end_of_step(reachable[-1]))

    def rest(self) -> list[dict[str, Any]]:
        """Everything not yet replayed (jump to the end)."""
        return self._take_until(len(self.events))
