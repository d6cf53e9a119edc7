"""Loss and metric curves drawn with braille dots, with axes, ticks and a legend.

Each braille cell holds 2x4 dots, so a 40-cell plot has 80 horizontal points of resolution.
Series are told apart by colour AND by a marker glyph at the end of each curve, repeated in
the legend, so the chart reads without colour too.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.training.model import Series
from tui.widgets.lines import LinesWidget

#: Colours that read on dark and light backgrounds alike.
PALETTE = ("#f28e2b", "#4e9ad6", "#59a14f", "#e15759", "#b07aa1", "#9c755f")
MARKERS = ("●", "◆", "▲", "■", "★", "✚")

_BRAILLE = 0x2800
# Bit of the dot at (row 0..3, column 0..1) inside one braille cell.
_DOT = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))


def fmt(value: float) -> str:
    """Compact tick label: 3 significant digits, no needless exponent."""
    if value == 0:
        return "0"
    text = f"{value:.3g}"
    return text.replace("e-0", "e-").replace("e+0", "e")


def fmt_step(value: float, integral: bool) -> str:
    """x-axis label: steps print as whole numbers (5000, not 5e3)."""
    return str(round(value)) if integral and abs(value) < 1e9 else fmt(value)


def _limits(values: list[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if low == high:
        pad = abs(low) * 0.1 or 1.0
        return low - pad, high + pad
    return low, high


class LineChart(LinesWidget):
    """Curves of named series against the step, sharing one y-axis."""

    DEFAULT_CSS = """
    LineChart {
        height: 12;
    }
    """

    def __init__(self, *, title: str = "", name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.title = title
        self.empty_text = "no metrics yet"
        self._series: list[Series] = []

    def set_series(self, series: list[Series], title: str | None = None) -> None:
        self._series = list(series)
        if title is not None:
            self.title = title
        self.set_class(self.single_points, "-values")
        self.invalidate()

    @property
    def single_points(self) -> bool:
        """Every series has one value (a final accuracy): a list reads better than a plot."""
        return bool(self._series) and all(s.seen <= 1 for s in self._series)

    @property
    def point_count(self) -> int:
        """How many points the chart holds (kept points of every series)."""
        return sum(len(s.points()) for s in self._series)

    def build_lines(self, width: int, height: int) -> list[Text]:
        if self.single_points:
            return [self._value_line(i, s) for i, s in enumerate(self._series)]
        height = max(height, 6)
        legend = self._legend()
        series = [s for s in self._series if s.points()]
        if not series:
            empty = Text(f"  {self.empty_text}", style="dim")
            return [legend, empty, *([Text("")] * (height - 2))]
        points = [p for s in series for p in s.points()]
        x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
        if x0 == x1:
            x1 = x0 + 1
        y0, y1 = _limits([p[1] for p in points])
        rows = height - 3
        ticks = {0: y1, rows // 2: (y0 + y1) / 2, rows - 1: y0}
        label_w = max(len(fmt(v)) for v in ticks.values())
        cols = max(width - label_w - 1, 4)
        cells = self._plot(series, cols, rows, (x0, x1), (y0, y1))
        lines = [legend]
        axis = Style(dim=True)
        for r in range(rows):
            line = Text()
            label = fmt(ticks[r]) if r in ticks else ""
            line.append(label.rjust(label_w) + ("┤" if r in ticks else "│"), axis)
            for c in range(cols):
                char, style = cells[r][c]
                line.append(char, style)
            lines.append(line)
        lines.append(Text(" " * label_w + "└" + "─" * cols, axis))
        steps = all(float(p[0]).is_integer() for p in points)
        left, right = fmt_step(x0, steps), fmt_step(x1, steps)
        mid = fmt_step((x0 + x1) / 2, steps)
        row = [" "] * (label_w + 1 + cols)
        for pos, text in ((label_w + 1, left), (label_w + 1 + (cols - len(mid)) // 2, mid),
                          (label_w + 1 + cols - len(right), right)):
            row[pos:pos + len(text)] = list(text)
        lines.append(Text("".join(row)[:width] + "", axis))
        return lines

    def _value_line(self, index: int, series: Series) -> Text:
        line = Text(f"{MARKERS[index % len(MARKERS)]} {series.name} ",
                    Style(color=PALETTE[index % len(PALETTE)], bold=True))
        if series.last is not None:
            line.append(fmt(series.last[1]), "bold")
            line.append(f"  at step {fmt_step(series.last[0], True)}", "dim")
        return line

    def _legend(self) -> Text:
        legend = Text()
        if self.title and len(self._series) != 1:
            legend.append(self.title, "bold")
            legend.append("  ")
        for i, series in enumerate(self._series):
            style = Style(color=PALETTE[i % len(PALETTE)], bold=True)
            legend.append(f"{MARKERS[i % len(MARKERS)]} {series.name}", style)
            if series.last is not None:
                legend.append(f" {fmt(series.last[1])}")
            legend.append("  ")
        if self._series:
            legend.append("x: step", "dim")
        return legend

    def _plot(self, series: list[Series], cols: int, rows: int, xr: tuple[float, float],
              yr: tuple[float, float]) -> list[list[tuple[str, Style | None]]]:
        """Braille cells for every series; a later series wins a shared cell's colour."""
        width_px, height_px = cols * 2, rows * 4
        bits = [[0] * cols for _ in range(rows)]
        owner = [[-1] * cols for _ in range(rows)]
        ends: list[tuple[int, int]] = []
        for index, one in enumerate(series):
            prev: tuple[int, int] | None = None
            for x, y in one.points():
                px = round((x - xr[0]) / (xr[1] - xr[0]) * (width_px - 1))
                py = round((yr[1] - y) / (yr[1] - yr[0]) * (height_px - 1))
                for qx, qy in _segment(prev, (px, py)):
                    r, c = qy // 4, qx // 2
                    bits[r][c] |= _DOT[qy % 4][qx % 2]
                    owner[r][c] = index
                prev = (px, py)
            if prev is not None:
                ends.append((prev[1] // 4, prev[0] // 2))
        styles = [Style(color=PALETTE[i % len(PALETTE)]) for i in range(len(series))]
        cells: list[list[tuple[str, Style | None]]] = [
            [(chr(_BRAILLE + bits[r][c]) if bits[r][c] else " ",
              styles[owner[r][c]] if owner[r][c] >= 0 else None) for c in range(cols)]
            for r in range(rows)]
        for index, (r, c) in enumerate(ends):
            cells[r][c] = (MARKERS[index % len(MARKERS)],
                           Style(color=PALETTE[index % len(PALETTE)], bold=True))
        return cells


def _segment(start: tuple[int, int] | None, end: tuple[int, int]) -> list[tuple[int, int]]:
    """The dots on a straight line from start to end (just end when there is no start)."""
    if start is None:
        return [end]
    (x0, y0), (x1, y1) = start, end
    steps = max(abs(x1 - x0), abs(y1 - y0))
    if steps == 0:
        return [end]
    return [(x0 + round((x1 - x0) * i / steps), y0 + round((y1 - y0) * i / steps))
            for i in range(1, steps + 1)]
