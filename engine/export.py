"""Exporting saved runs: metrics to CSV here, to TensorBoard event files in a TF child."""

from __future__ import annotations

import csv
from pathlib import Path

from engine._limits import Limits
from engine._proc import ColdLauncher, default_env, run_job
from engine.runs import SavedRun


def to_csv(run: SavedRun, path: Path) -> int:
    """Write every metric point as run_id,step,name,value,t. Returns the number of rows."""
    rows = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["run_id", "step", "name", "value", "t"])
        for event in run.events:
            if event["type"] == "metric":
                writer.writerow([run.run_id, event["step"], event["name"], event["value"],
                                 event.get("t")])
                rows += 1
    return rows


def to_tensorboard(run_folder: Path, logdir: Path, *, seconds: float = 300) -> str | None:
    """Write the run's scalars, texts and images with TensorFlow's summary API.

    Runs in a child (TensorFlow never enters the caller). Returns None on success, else why.
    """
    spec = {"kind": "tensorboard", "runtime": "tensorflow", "run": str(run_folder),
            "logdir": str(logdir)}
    outcome = run_job(ColdLauncher(default_env()), spec, Limits(seconds, 2048))
    done = [e for e in outcome.events if e["type"] == "done"]
    if done and done[-1].get("status") == "completed":
        return None
    errors = [e["message"] for e in outcome.events if e["type"] == "error"]
    return (errors[0] if errors else outcome.killed_reason
            or f"the export ended unexpectedly: {outcome.output[-500:]}")
