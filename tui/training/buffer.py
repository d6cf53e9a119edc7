"""A hand-off point between the engine's reader thread and the UI's flush timer."""

from __future__ import annotations

import threading
from typing import Any


class EventBuffer:
    """Events appended from any thread, drained in one batch by the UI thread.

    ``append`` is the engine's ``on_event`` callback: it only takes a lock and appends, so the
    reader thread never waits on drawing, and the UI redraws at its own pace (about 15 Hz).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[dict[str, Any]] = []

    def append(self, event: dict[str, Any]) -> None:
        with self._lock:
            self._events.append(event)

    def drain(self) -> list[dict[str, Any]]:
        """Everything appended since the last drain, in order."""
        with self._lock:
            events, self._events = self._events, []
        return events

    def __len__(self) -> int:
        with self._lock:
            return len(self._events)
