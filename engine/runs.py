"""Saved training runs: one folder per run, the events file is the run.

``runs/<run_id>/events.jsonl`` holds every event in order: ``run_start`` first (lesson, seed,
hyperparameters, code hash, start time), ``done`` last (status, end time, summary). Beside it
are ``code.py`` (the learner's code as it was) and ``arrays/`` (.npy files). Reading a run never
executes anything: JSON and ``np.load(allow_pickle=False)`` only.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.events import (
    SCHEMA_VERSION,
    TRAIN_EVENT_FIELDS,
    NewerSchemaError,
    ProtocolError,
    check_envelope,
    missing_fields,
)

EVENTS_FILE = "events.jsonl"
CODE_FILE = "code.py"


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
    """Read a run's events, skipping what cannot be trusted, each with a note.

    A cut-short or malformed line, an unknown event type, or a known type missing a field is
    skipped; a run written by a newer schema is refused whole (NewerSchemaError).
    """
    path = folder / EVENTS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder} is not a saved run (no {EVENTS_FILE})")
    events: list[dict[str, Any]] = []
    warnings: list[str] = []
    unknown: dict[str, int] = {}
    for number, decoded in _decode_lines(path.read_bytes()):
        if isinstance(decoded, str):
            warnings.append(f"line {number}: {decoded}; skipped")
            continue
        try:
            event = check_envelope(decoded)
        except NewerSchemaError as exc:
            raise NewerSchemaError(f"{path}: {exc}") from None
        except ProtocolError as exc:
            warnings.append(f"line {number}: {exc}; skipped")
            continue
        if event["type"] not in TRAIN_EVENT_FIELDS:
            unknown[event["type"]] = unknown.get(event["type"], 0) + 1
            continue
        missing = missing_fields(event)
        if missing:
            warnings.append(f"line {number}: {event['type']} event lacks "
                            f"{', '.join(missing)}; skipped")
            continue
        events.append(event)
    warnings.extend(f"skipped {count} event(s) of unknown type {kind!r}"
                    for kind, count in sorted(unknown.items()))
    return SavedRun(folder, events, warnings)


def _decode_lines(data: bytes) -> list[tuple[int, Any]]:
    """(line number, decoded JSON or the reason it is not) for every non-blank line.

    Whole files decode in one call (much faster than line by line); only a file with a bad line
    falls back to decoding each line on its own, so one bad line costs no good ones.
    """
    lines = data.split(b"\n")
    cut_short = bool(lines) and lines[-1].strip() != b""
    numbered = [(i, line) for i, line in enumerate(lines, start=1) if line.strip()]
    try:
        values = json.loads(b"[" + b",".join(line for _i, line in numbered) + b"]")
        if len(values) == len(numbered):
            return [(i, v) for (i, _line), v in zip(numbered, values, strict=True)]
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        pass
    decoded: list[tuple[int, Any]] = []
    for i, line in numbered:
        try:
            decoded.append((i, json.loads(line)))
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            last = cut_short and i == numbered[-1][0]
            decoded.append((i, "cut short (the run was interrupted)" if last
                            else f"not JSON: {str(exc)[:200]}"))
    return decoded


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
                  key=_creation_order, reverse=True)


def _creation_order(folder: Path) -> tuple[str, int]:
    # Run ids start with the second they began; code.py is written once, at the start, so
    # its mtime orders two runs begun within the same second.
    code = folder / CODE_FILE
    return folder.name[:15], code.stat().st_mtime_ns if code.exists() else 0


def find_run(runs_dir: Path, ref: str) -> Path:
    """A run by id, unique id prefix, or "latest". Raises LookupError with what matched."""
    runs = list_runs(runs_dir)
    if ref == "latest":
        if not runs:
            raise LookupError("there are no saved runs yet")
        return runs[0]
    exact = [p for p in runs if p.name == ref]
    matches = exact or [p for p in runs if p.name.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise LookupError(f"no saved run {ref!r}; see `dls-tui runs`")
    raise LookupError(f"{ref!r} matches {len(matches)} runs: "
                      f"{', '.join(p.name for p in matches[:5])}")


def delete_run(folder: Path) -> None:
    """Remove a run folder (only something that really is a run)."""
    if not (folder / EVENTS_FILE).is_file():
        raise LookupError(f"{folder} is not a saved run")
    shutil.rmtree(folder)


def lower_is_better(metric: str) -> bool:
    return any(word in metric.lower() for word in ("cost", "loss", "error"))


@dataclass
class MetricSummary:
    final: float
    best: float
    best_step: int
    points: int


@dataclass
class RunSummary:
    """What the runs table and comparisons show about one run."""

    run_id: str
    lesson: str
    title: str
    started_at: str
    seed: Any
    params: dict[str, Any]
    status: str
    code_sha256: str
    metrics: dict[str, MetricSummary]
    warnings: list[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def summarize(run: SavedRun) -> RunSummary:
    series: dict[str, list[tuple[int, float]]] = {}
    for event in run.events:
        if event["type"] == "metric" and event["value"] is not None:
            series.setdefault(event["name"], []).append((event["step"], event["value"]))
    metrics = {}
    for name, points in series.items():
        pick = min if lower_is_better(name) else max
        best_step, best = pick(points, key=lambda p: p[1])
        metrics[name] = MetricSummary(points[-1][1], best, best_step, len(points))
    start = run.start
    return RunSummary(run.run_id, start.get("lesson", "?"), start.get("title", ""),
                      start.get("started_at", ""), start.get("seed"), start.get("params", {}),
                      run.status, start.get("code_sha256", ""), metrics, run.warnings)


def summarize_all(runs_dir: Path) -> tuple[list[RunSummary], list[str]]:
    """(summaries newest first, problems): one unreadable run is named with its reason and
    left out, and every other run is still listed."""
    summaries: list[RunSummary] = []
    problems: list[str] = []
    for folder in list_runs(runs_dir):
        try:
            summaries.append(summarize(read_run(folder)))
        except NewerSchemaError as exc:
            reason = str(exc).rpartition(": ")[2]
            problems.append(f"run {folder.name} cannot be opened: {reason}")
        except OSError as exc:
            problems.append(f"run {folder.name} cannot be read: {exc}")
    return summaries, problems


__all__ = ["SCHEMA_VERSION", "RunSummary", "RunWriter", "SavedRun", "code_hash", "delete_run",
           "find_run", "list_runs", "load_array", "new_run_id", "read_run", "summarize",
           "summarize_all"]
