"""A labelled heatmap (attention weights, confusion matrices) with a colour-scale legend.

Cells are coloured on a sequential ramp and, when there is room, also print their value, so
the numbers are readable without colour. numpy is imported only when a heatmap is drawn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.style import Style
from rich.text import Text

from tui.pixels import sequential_rgb
from tui.training.chart import fmt
from tui.training.picture import EventPicture

_LABEL_MAX = 10
_CELL_MAX = 7


def _rgb(v: float) -> str:
    r, g, b = sequential_rgb(v)
    return f"rgb({r},{g},{b})"


def _ink(v: float) -> str:
    """Black on the bright end of the ramp, white on the dark end."""
    return "black" if v > 0.55 else "white"


def cell_text(value: float, integers: bool) -> str:
    if integers:
        return str(int(value))
    text = f"{value:.2f}"
    return text[1:] if text.startswith("0.") else text.replace("-0.", "-.")


def scale_legend(low: float, high: float, steps: int = 12) -> Text:
    """'low ████████ high': the colour ramp with the values at its ends."""
    line = Text("scale ", style="dim")
    line.append(fmt(low) + " ")
    for i in range(steps):
        line.append(" ", Style(bgcolor=_rgb(i / (steps - 1))))
    line.append(" " + fmt(high))
    return line


def load_matrix(event: dict[str, Any], folder: Path | None) -> Any:
    """The event's values as a 2-D float array (inline list or .npy in the run folder)."""
    import numpy as np

    from engine.runs import load_array

    values = np.asarray(load_array(event.get("values"), folder or Path(".")), dtype=float)
    if values.ndim == 1:
        values = values[None, :]
    return values.reshape(values.shape[0], -1)


class HeatmapView(EventPicture):
    """Draws one heatmap event: title, column labels, labelled rows, scale legend."""


    def build_lines(self, width: int, height: int) -> list[Text]:
        if self.event is None:
            return []
        event = self.event
        title = Text(str(event.get("name", "heatmap")), style="bold")
        if event.get("step") is not None:
            title.append(f"  step {event['step']}", "dim")
        try:
            values = load_matrix(event, self.folder)
        except (OSError, ValueError) as exc:
            return [title, Text(f"✗ cannot read this heatmap: {exc}", style="red")]
        n_rows, n_cols = values.shape
        rows = [str(r) for r in (event.get("rows") or [])] + [""] * n_rows
        cols = [str(c) for c in (event.get("cols") or [])] + [""] * n_cols
        low, high = float(values.min()), float(values.max())
        span = (high - low) or 1.0
        integers = bool((values == values.round()).all())
        label_w = min(max((len(r) for r in rows[:n_rows]), default=0), _LABEL_MAX)
        room = max(width - label_w - 1, 1)
        numbers = [cell_text(v, integers) for v in values.ravel()]
        want = max(max(len(t) for t in numbers),
                   min(max((len(c) for c in cols[:n_cols]), default=1), _CELL_MAX - 1)) + 1
        cell_w = min(want, _CELL_MAX)
        show_numbers = cell_w * n_cols <= room
        if not show_numbers:
            cell_w = max(1, min(2, room // n_cols))
        shown = min(n_cols, room // cell_w)
        lines = [title]
        header = Text(" " * (label_w + 1))
        for c in range(shown):
            header.append(cols[c][:cell_w - 1].center(cell_w) if cell_w > 1 else cols[c][:1],
                          "dim")
        lines.append(header)
        for r in range(n_rows):
            line = Text(rows[r][:label_w].rjust(label_w) + " ", style="dim")
            for c in range(shown):
                t = (values[r, c] - low) / span
                text = cell_text(values[r, c], integers) if show_numbers else ""
                line.append(text.rjust(cell_w - 1).ljust(cell_w)[:cell_w],
                            Style(bgcolor=_rgb(t), color=_ink(t)))
            lines.append(line)
        if shown < n_cols:
            lines.append(Text(f"… {n_cols - shown} more columns (widen the panel)", "dim"))
        lines.append(scale_legend(low, high))
        return lines
