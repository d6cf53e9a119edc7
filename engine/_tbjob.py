"""The TensorBoard export job, run in a TensorFlow child: saved events in, summaries out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.emitter import Emitter
from engine.runs import load_array, read_run


def run(spec: dict[str, Any], emitter: Emitter) -> None:
    import numpy as np
    import tensorflow as tf

    folder = Path(spec["run"])
    saved = read_run(folder)
    writer = tf.summary.create_file_writer(str(Path(spec["logdir"]) / saved.run_id))
    scalars = 0
    with writer.as_default():
        if saved.start:
            params = "\n".join(f"- {k}: {v}" for k, v in saved.start["params"].items())
            tf.summary.text("run/params", params, step=0)
        for event in saved.events:
            kind = event["type"]
            if kind == "metric" and event["value"] is not None:
                tf.summary.scalar(event["name"], event["value"], step=event["step"])
                scalars += 1
            elif kind == "text":
                tf.summary.text(event["channel"], event["text"], step=event.get("step") or 0)
            elif kind == "image":
                images = np.asarray(load_array(event["images"], folder))
                if images.ndim == 3:
                    images = images[..., None]
                if images.dtype == np.uint8:
                    images = images.astype(np.float32) / 255.0
                tf.summary.image(event["name"], images, step=event.get("step") or 0,
                                 max_outputs=len(images))
    writer.flush()
    emitter.emit("done", status="completed", summary={"scalars": scalars})
