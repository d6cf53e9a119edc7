"""The train job, run inside a child: call the lesson's train entry with the learner's module."""

from __future__ import annotations

import random
import sys
import traceback
from pathlib import Path
from typing import Any

import numpy as np

from engine._learner import LoadError, learner_frames, load_dependencies, load_module
from engine.emitter import Emitter


def _seed_everything(seed: int, runtime: str) -> None:
    random.seed(seed)
    np.random.seed(seed)
    if runtime == "tensorflow":
        import tensorflow as tf

        tf.random.set_seed(seed)


def run(spec: dict[str, Any], emitter: Emitter) -> None:
    """Import the learner's file and the lesson's train.py, then run ``train``.

    The entry is ``train(learner, emit, params)``; what it returns becomes the run's summary.
    Any exception ends the run as failed, with the learner's own lines of the traceback.
    """
    sys.dont_write_bytecode = True
    submission = Path(spec["submission"]).resolve()
    sys.path.insert(0, str(Path(spec["lesson_dir"]).resolve()))
    load_dependencies(spec.get("uses", []), emitter.log)
    try:
        learner = load_module("submission", submission)
    except LoadError as exc:
        emitter.emit("error", message=exc.message)
        emitter.emit("done", status="failed", summary={})
        return
    entry = load_module("lesson_train", Path(spec["entry"]).resolve())
    params = dict(spec["params"])
    _seed_everything(int(params["seed"]), spec["runtime"])
    try:
        summary = entry.train(learner, emitter, params) or {}
    except Exception as exc:  # noqa: BLE001 - the learner's failure is the run's result
        frames = learner_frames(exc.__traceback__, submission)
        emitter.emit("error", message=f"{type(exc).__name__}: {exc}",
                     where=frames[-3:], traceback=traceback.format_exc(limit=-6))
        emitter.emit("done", status="failed", summary={})
        return
    emitter.emit("done", status="completed", summary=summary)
