"""Pictures in a terminal: images as half-block pixels and 2-D grids as coloured cells.

One character cell shows two pixels stacked: '▀' painted with the top pixel as foreground and
the bottom pixel as background. Pure functions of numpy arrays, shared by the CLI and widgets.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text


def _as_rgb(image: Any) -> Any:
    import numpy as np

    arr = np.asarray(image)
    if arr.dtype.kind == "f":
        arr = np.clip(arr * 255 if arr.max(initial=0) <= 1.0 else arr, 0, 255)
    arr = arr.astype(np.uint8)
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    return arr


def resize_nearest(image: Any, width: int) -> Any:
    """Shrink (or grow) an image to ``width`` columns, keeping its aspect ratio."""
    import numpy as np

    arr = _as_rgb(image)
    h, w = arr.shape[:2]
    height = max(2, round(h * width / w))
    rows = (np.arange(height) * h // height).clip(0, h - 1)
    cols = (np.arange(width) * w // width).clip(0, w - 1)
    return arr[rows][:, cols]


def halfblock(image: Any, width: int = 32) -> list[Text]:
    """An image as lines of '▀' cells, ``width`` cells wide."""
    arr = resize_nearest(image, width)
    if arr.shape[0] % 2:
        arr = arr[:-1]
    lines = []
    for top, bottom in zip(arr[0::2], arr[1::2], strict=True):
        line = Text()
        for (r1, g1, b1), (r2, g2, b2) in zip(top.tolist(), bottom.tolist(), strict=True):
            line.append("▀", Style(color=f"rgb({r1},{g1},{b1})", bgcolor=f"rgb({r2},{g2},{b2})"))
        lines.append(line)
    return lines


def diverging_rgb(p: float) -> tuple[int, int, int]:
    """Red for class 0, blue for class 1, pale in between (the planar lessons' colours)."""
    p = min(max(p, 0.0), 1.0)
    if p < 0.5:
        t = p / 0.5
        return (200 + int(40 * t), int(60 + 180 * t), int(60 + 180 * t))
    t = (p - 0.5) / 0.5
    return (int(240 - 190 * t), int(240 - 130 * t), int(240 - 10 * t))


def sequential_rgb(v: float) -> tuple[int, int, int]:
    """Dark to bright (a viridis-like ramp) for heatmaps in [0, 1]."""
    v = min(max(v, 0.0), 1.0)
    stops = [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)]
    x = v * (len(stops) - 1)
    i = min(int(x), len(stops) - 2)
    t = x - i
    a, b = stops[i], stops[i + 1]
    return tuple(int(a[k] + (b[k] - a[k]) * t) for k in range(3))  # type: ignore[return-value]
