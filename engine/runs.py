"""Saved training runs: one folder per run, the events file is the run.

``runs/<run_id>/events.jsonl`` holds every event in order: ``run_start`` first (lesson, seed,
hyperparameters, code hash, start time), ``done`` last (status, end time, summary). Beside it
are ``code.py`` (the learner's code as it was) and ``arrays/`` (.npy files). Reading a run never
executes anything: JSON and ``np.load(allow_pickle=False)`` only.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.events import SCHEMA_VERSION, ProtocolError, parse_line

EVENTS_FILE = "events.jsonl"
CODE_FILE = "code.py"
_RUN_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-[a-z0-9.-]+-[0-9a-f]{4}$")


def code_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def new_run_id(lesson_id: str) -> str:
    return f"{datetime.now():%Y%m%d-%H%M%S}-{lesson_id}-{secrets.token_hex(2)}"


class RunWriter:
    """Appends events to a run's file as they arrive, flushing each so a crash loses nothing."""

    def __init__(self, runs_dir: Path, run_id: str, code: str) -> None:
        self.folder = runs_dir / run_id
        self.folder.mkdir(parents=True, exist_ok=False)
        (self.folder / CODE_FILE).write_text(code, encoding="utf-8")
        self._file = open(self.folder / EVENTS_FILE, "a", encoding="utf-8")  # noqa: SIM115
        self.finished = False

    def write(self, event: dict[str, Any]) -> None:
        self._file.write(json.dumps(event, separators=(",", ":")) + "\n")
        self._file.flush()
        if event.get("type") == "done":
            self.finished = True

    def close(self) -> None:
        self._file.close()


@dataclass
class SavedRun:
    """A run read back from disk, up to its last whole event."""

    folder: Path
    events: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)

    @property
    def run_id(self) -> str:
        return self.folder.name

    @property
    def start(self) -> dict[str, Any]:
        return self.events[0] if self.events and self.events[0]["type"] == "run_start" else {}

    @property
    def status(self) -> str:
        last = self.events[-1] if self.events else {}
        return last.get("status", "incomplete") if last.get("type") == "done" else "incomplete"

    def metrics(self, name: str) -> list[tuple[int, float]]:
        return [(e["step"], e["value"]) for e in self.events
                if e["type"] == "metric" and e.get("name") == name and e.get("value") is not None]


def read_run(folder: Path) -> SavedRun:
    """Read a run's events; a cut-short last line or malformed line is skipped with a warning.

    A run written by a newer schema is refused (ProtocolError), never guessed at.
    """
    path = folder / EVENTS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder} is not a saved run (no {EVENTS_FILE})")
    events: list[dict[str, Any]] = []
    warnings: list[str] = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                event = parse_line(line)
            except ProtocolError as exc:
                if "newer" in str(exc):
                    raise ProtocolError(f"{path}: {exc}") from None
                cut = not line.endswith(b"\n")
                warnings.append(f"line {number}: {'cut short (the run was interrupted)' if cut else exc}; skipped")
                continue
            events.append(event)
    return SavedRun(folder, events, warnings)


def load_array(value: Any, base: Path) -> Any:
    """An event's array: an inline list, or an .npy file inside the run folder, never unpickled."""
    import numpy as np

    if isinstance(value, dict) and "npy" in value:
        path = (base / str(value["npy"])).resolve()
        if base.resolve() not in path.parents:
            raise ProtocolError(f"array path {value['npy']!r} leaves the run folder")
        return np.load(path, allow_pickle=False)
    return np.asarray(value)


def list_runs(runs_dir: Path) -> list[Path]:
    """Run folders, newest first."""
    if not runs_dir.is_dir():
        return []
    return sorted((p for p in runs_dir.iterdir() if (p / EVENTS_FILE).is_file()),
                  key=lambda p: p.name, reverse=True)


__all__ = ["SCHEMA_VERSION", "RunWriter", "SavedRun", "code_hash", "list_runs", "load_array",
           "new_run_id", "read_run"]
