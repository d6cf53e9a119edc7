"""A 2-D decision boundary: P(class 1) over a box, with the data points on top.

The background is the model's probability on a diverging ramp (red = class 0, blue = class 1);
points are drawn as glyphs whose SHAPE gives their class ('●' class 1, '×' class 0), so the
picture reads without colour.
"""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from rich.text import Text

from tui.pixels import diverging_rgb
from tui.training.chart import fmt
from tui.training.picture import EventPicture

CLASS_GLYPHS = {0: "×", 1: "●"}
_MAX_WIDTH = 64
_MAX_HEIGHT = 20


def _rgb(p: float) -> str:
    r, g, b = diverging_rgb(p)
    return f"rgb({r},{g},{b})"


class BoundaryView(EventPicture):
    """Draws one boundary event, as wide as the panel allows and about square."""


    def build_lines(self, width: int, height: int) -> list[Text]:
        if self.event is None:
            return []
        import numpy as np

        from engine.runs import load_array

        event = self.event
        title = Text(str(event.get("name", "decision boundary")), style="bold")
        if event.get("step") is not None:
            title.append(f"  step {event['step']}", "dim")
        base = self.folder or Path(".")
        try:
            grid = np.asarray(load_array(event.get("grid"), base), dtype=float)
            points = (None if event.get("points") is None
                      else np.asarray(load_array(event["points"], base), dtype=float))
            labels = (None if event.get("labels") is None
                      else np.asarray(load_array(event["labels"], base)).ravel())
        except (OSError, ValueError) as exc:
            return [title, Text(f"✗ cannot read this boundary: {exc}", style="red")]
        (x0, x1), (y0, y1) = event.get("x_range") or (0, 1), event.get("y_range") or (0, 1)
        ylab = [fmt(y1), fmt(y0)]
        label_w = max(len(t) for t in ylab)
        cols = max(4, min(width - label_w - 1, _MAX_WIDTH))
        rows = max(3, min(cols // 2, _MAX_HEIGHT))
        g_rows, g_cols = grid.shape[0], grid.shape[-1]
        grid = grid.reshape(g_rows, g_cols)
        # Display row 0 is the top of the box (largest y); grid row 0 is the smallest y.
        gi = ((rows - 1 - np.arange(rows) + 0.5) / rows * g_rows).astype(int).clip(0, g_rows - 1)
        gj = ((np.arange(cols) + 0.5) / cols * g_cols).astype(int).clip(0, g_cols - 1)
        probs = grid[gi][:, gj].tolist()
        glyphs: dict[tuple[int, int], int] = {}
        if points is not None and points.ndim == 2 and points.shape[0] == 2:
            xs, ys = points
            lab = labels if labels is not None and len(labels) == len(xs) else np.zeros(len(xs))
            cx = ((xs - x0) / ((x1 - x0) or 1) * cols).astype(int)
            cy = ((y1 - ys) / ((y1 - y0) or 1) * rows).astype(int)
            for c, r, k in zip(cx.tolist(), cy.tolist(), lab.tolist(), strict=True):
                if 0 <= c < cols and 0 <= r < rows:
                    glyphs[(r, c)] = 1 if int(k) == 1 else 0
        lines = [title]
        for r in range(rows):
            label = ylab[0] if r == 0 else ylab[1] if r == rows - 1 else ""
            line = Text(label.rjust(label_w) + "│", style="dim")
            for c in range(cols):
                p = probs[r][c]
                kind = glyphs.get((r, c))
                line.append(CLASS_GLYPHS[kind] if kind is not None else " ",
                            Style(bgcolor=_rgb(p), color="black", bold=True))
            lines.append(line)
        axis = " " * label_w + "└" + "─" * cols
        lines.append(Text(axis, style="dim"))
        xl, xr = fmt(x0), fmt(x1)
        lines.append(Text(" " * (label_w + 1) + xl + xr.rjust(cols - len(xl)), style="dim"))
        legend = Text(f"{CLASS_GLYPHS[1]} class 1  {CLASS_GLYPHS[0]} class 0   P(class 1) 0 ")
        for i in range(10):
            legend.append(" ", Style(bgcolor=_rgb(i / 9)))
        legend.append(" 1")
        lines.append(legend)
        return lines
