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


def heatmap_lines(values: Any, rows: list[str], cols: list[str], cell: int = 2) -> list[Text]:
    """A labelled grid of coloured cells (bright = large), with the value range underneath."""
    import numpy as np

    grid = np.asarray(values, dtype=float)
    low, high = float(np.nanmin(grid)), float(np.nanmax(grid))
    span = (high - low) or 1.0
    label_w = max((len(str(r)) for r in rows), default=0)
    lines = [Text(" " * (label_w + 1) + "".join(str(c)[:cell].ljust(cell) for c in cols),
                  style="dim")]
    for label, row in zip(rows, grid, strict=False):
        line = Text(str(label).rjust(label_w) + " ")
        for value in row:
            r, g, b = sequential_rgb((value - low) / span)
            line.append(" " * cell, Style(bgcolor=f"rgb({r},{g},{b})"))
        lines.append(line)
    lines.append(Text(f"dark = {low:.3g} … bright = {high:.3g}", style="dim"))
    return lines


def boundary_lines(grid: Any, points: Any = None, labels: Any = None, width: int = 48
                   ) -> list[Text]:
    """P(class 1) over a box (row 0 at the bottom) as coloured cells, points as glyphs:
    '●' class 1, '×' class 0, so the picture reads without colour."""
    import numpy as np

    probs = np.asarray(grid, dtype=float)
    n_rows, n_cols = probs.shape
    height = max(2, round(width * n_rows / n_cols / 2))
    rows = (np.arange(height) * n_rows // height)[::-1]
    cols = np.arange(width) * n_cols // width
    cells = probs[rows][:, cols]
    marks: dict[tuple[int, int], str] = {}
    if points is not None and labels is not None:
        pts, lab = np.asarray(points, dtype=float), np.asarray(labels).ravel()
        (x0, x1), (y0, y1) = (pts[0].min(), pts[0].max()), (pts[1].min(), pts[1].max())
        for x, y, c in zip(pts[0], pts[1], lab, strict=False):
            col = int((x - x0) / ((x1 - x0) or 1) * (width - 1))
            row = height - 1 - int((y - y0) / ((y1 - y0) or 1) * (height - 1))
            marks[(row, col)] = "●" if c else "×"
    lines = []
    for r in range(height):
        line = Text()
        for c in range(width):
            red, green, blue = diverging_rgb(float(cells[r, c]))
            line.append(marks.get((r, c), " "),
                        Style(color="black", bgcolor=f"rgb({red},{green},{blue})"))
        lines.append(line)
    return lines
