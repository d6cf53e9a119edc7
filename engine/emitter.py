"""Writing events from inside a child: the vocabulary a lesson's train entry speaks."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from engine.events import INLINE_ARRAY_LIMIT, SCHEMA_VERSION


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


class Emitter:
    """Writes events to a file descriptor (a pipe to the parent). Used inside children.

    ``array_dir`` is where large arrays go; without it every array is sent inline.
    """

    def __init__(self, fd: int, array_dir: Path | None = None) -> None:
        self._fd = fd
        self._array_dir = array_dir
        self._array_count = 0
        self._start = time.monotonic()

    def emit(self, type_: str, **fields: Any) -> None:
        event = {"v": SCHEMA_VERSION, "type": type_,
                 "t": round(time.monotonic() - self._start, 4)}
        event.update(_jsonable(fields))
        data = (json.dumps(event, allow_nan=False, separators=(",", ":")) + "\n").encode()
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def array(self, values: Any) -> Any:
        """An array as an inline list, or saved to an .npy file beside the run."""
        arr = np.asarray(values)
        if self._array_dir is None or arr.size <= INLINE_ARRAY_LIMIT:
            return arr.tolist()
        self._array_dir.mkdir(parents=True, exist_ok=True)
        name = f"{self._array_count:06d}.npy"
        self._array_count += 1
        np.save(self._array_dir / name, arr, allow_pickle=False)
        return {"npy": f"{self._array_dir.name}/{name}"}

    # Convenience methods: the vocabulary a lesson's train entry speaks.
    def progress(self, step: int, total: int) -> None:
        self.emit("progress", step=step, total=total)

    def metric(self, step: int, name: str, value: float) -> None:
        self.emit("metric", step=int(step), name=name, value=float(value))

    def text(self, text: str, channel: str = "samples", step: int | None = None) -> None:
        self.emit("text", channel=channel, text=text, step=step)

    def log(self, message: str, level: str = "info") -> None:
        self.emit("log", message=message, level=level)

    def heatmap(self, name: str, values: Any, rows: list[str], cols: list[str],
                step: int | None = None) -> None:
        self.emit("heatmap", name=name, values=self.array(values), rows=rows, cols=cols,
                  step=step)

    def image(self, name: str, images: Any, captions: list[str],
              step: int | None = None) -> None:
        """images: (n, h, w, 3) or (n, h, w) array, uint8 or floats in [0, 1]."""
        self.emit("image", name=name, images=self.array(images), captions=captions, step=step)

    def boundary(self, name: str, grid: Any, x_range: tuple[float, float],
                 y_range: tuple[float, float], points: Any = None, labels: Any = None,
                 step: int | None = None) -> None:
        """grid: (rows, cols) of P(class 1) over the box; points: (2, m); labels: (m,)."""
        self.emit("boundary", name=name, grid=self.array(grid), x_range=list(x_range),
                  y_range=list(y_range),
                  points=None if points is None else self.array(points),
                  labels=None if labels is None else self.array(labels), step=step)

    def audio(self, name: str, path: str, rate: int) -> None:
        self.emit("audio", name=name, path=path, rate=rate)
