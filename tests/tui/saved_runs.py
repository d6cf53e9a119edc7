"""Saved runs written by hand: fixed ids, times and values, so screens and snapshots are stable."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from engine.runs import code_hash

LESSON = "c1w2.doubling"
CODE = "def double(x):\n    return 2 * x\n"


def curve(steps: int, rate: float, noise: float = 0.0) -> list[float]:
    """A falling cost, optionally with a deterministic wiggle."""
    return [math.exp(-rate * s) + noise * math.sin(s * 1.7) for s in range(1, steps + 1)]


def write_run(runs_dir: Path, run_id: str, *, lesson: str = LESSON,
              params: dict[str, Any] | None = None, started_at: str = "2025-01-31T14:05:00",
              costs: list[float] | None = None, code: str = CODE,
              extra: list[dict[str, Any]] | None = None, status: str | None = "completed",
              seconds_per_step: float = 0.01, title: str = "Doubling (test fixture)") -> Path:
    """A run folder like the engine's: run_start, progress + cost + accuracy per step,
    ``extra`` events, then done (left out when ``status`` is None)."""
    costs = costs if costs is not None else curve(20, 0.1)
    params = {"seed": 3, "steps": len(costs), "delay": 0.0, **(params or {})}
    folder = runs_dir / run_id
    folder.mkdir(parents=True)
    (folder / "code.py").write_text(code, encoding="utf-8")
    events: list[dict[str, Any]] = [
        {"v": 1, "type": "run_start", "t": 0.0, "lesson": lesson, "run_id": run_id,
         "seed": params["seed"], "params": params, "code_sha256": code_hash(code),
         "started_at": started_at, "entry": "train.py", "title": title,
         "uses": {}}]
    for step, cost in enumerate(costs, start=1):
        t = round(step * seconds_per_step, 4)
        events.append({"v": 1, "type": "progress", "t": t, "step": step, "total": len(costs)})
        events.append({"v": 1, "type": "metric", "t": t, "step": step, "name": "cost",
                       "value": cost})
        events.append({"v": 1, "type": "metric", "t": t, "step": step, "name": "accuracy",
                       "value": 1 - cost / 2})
    events.extend(extra or [])
    if status is not None:
        events.append({"v": 1, "type": "done", "t": None, "status": status,
                       "summary": {"final_cost": costs[-1] if costs else None},
                       "ended_at": started_at})
    with open(folder / "events.jsonl", "w", encoding="utf-8") as handle:
        for event in events:
            handle.write(json.dumps(event, separators=(",", ":")) + "\n")
    return folder
