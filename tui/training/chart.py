"""Loss and metric curves drawn with braille dots, with axes, ticks and a legend.

Each braille cell holds 2x4 dots, so a 40-cell plot has 80 horizontal points of resolution.
Series are told apart by colour AND by a marker glyph at the end of each curve, repeated in
the legend, so the chart reads without colour too.
"""

from __future__ import annotations

import time

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


#: The smoothing weights the "smoothing" key cycles through (0 = raw only).
SMOOTHING_STEPS = (0.0, 0.6, 0.9, 0.99)


def next_smoothing(weight: float) -> float:
    """The weight after ``weight`` in SMOOTHING_STEPS (wrapping round to 0)."""
    later = [w for w in SMOOTHING_STEPS if w > weight]
    return later[0] if later else SMOOTHING_STEPS[0]


#: One curve to draw: its points, its style, and the series index whose marker ends it
#: (None for the dim raw curve drawn under a smoothed one).
Layer = tuple[list[tuple[float, float]], Style, int | None]


class LineChart(LinesWidget):
    """Curves of named series against the step, sharing one y-axis.

    With ``smoothing`` above 0 each series is drawn twice: its raw values dim, and on top its
    debiased EMA (computed on every point, then downsampled to the plot's width). The weight
    is shown in the legend. ``markers_along`` repeats each series' marker along its curve, so
    overlaid runs can be told apart without colour even where their end markers are far off.
    """

    DEFAULT_CSS = """
    LineChart {
        height: 12;
    }
    """

    def __init__(self, *, title: str = "", markers_along: bool = False,
                 name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.title = title
        self.empty_text = "no metrics yet"
        self.smoothing = 0.0
        self.markers_along = markers_along
        self.build_seconds = 0.0
        self._series: list[Series] = []

    def set_series(self, series: list[Series], title: str | None = None) -> None:
        self._series = list(series)
        if title is not None:
            self.title = title
        self.set_class(self.single_points, "-values")
        self.invalidate()

    def set_smoothing(self, weight: float) -> None:
        if weight != self.smoothing:
            self.smoothing = weight
            self.invalidate()

    @property
    def single_points(self) -> bool:
        """Every series has one value (a final accuracy): a list reads better than a plot."""
        return bool(self._series) and all(s.seen <= 1 for s in self._series)

    @property
    def point_count(self) -> int:
        """How many points the chart's series hold (at full resolution)."""
        return sum(s.seen for s in self._series)

    def lines_for(self, width: int, height: int) -> list[Text]:
        """``build_lines``, timed: the panel paces live redraws by what the last one cost."""
        start = time.perf_counter()
        try:
            return self.build_lines(width, height)
        finally:
            self.build_seconds = time.perf_counter() - start

    def build_lines(self, width: int, height: int) -> list[Text]:
        if self.single_points:
            return [self._value_line(i, s) for i, s in enumerate(self._series)]
        height = max(height, 6)
        legend = self._legend().wrap(self.app.console, max(width, 1))[:2]
        series = [(i, s) for i, s in enumerate(self._series) if s.seen]
        if not series:
            empty = Text(f"  {self.empty_text}", style="dim")
            return [*legend, empty, *([Text("")] * (height - 1 - len(legend)))]
        x0 = min(min(s.xs) for _, s in series)
        x1 = max(max(s.xs) for _, s in series)
        if x0 == x1:
            x1 = x0 + 1
        y0, y1 = _limits([v for _, s in series for v in (s.best, s.worst) if v is not None])
        rows = max(height - 2 - len(legend), 3)
        ticks = {0: y1, rows // 2: (y0 + y1) / 2, rows - 1: y0}
        label_w = max(len(fmt(v)) for v in ticks.values())
        cols = max(width - label_w - 1, 4)
        layers = self._layers(series, cols * 4)
        cells = self._plot(layers, cols, rows, (x0, x1), (y0, y1))
        lines = list(legend)
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
        steps = all(float(x).is_integer() for layer in layers for x, _ in layer[0])
        left, right = fmt_step(x0, steps), fmt_step(x1, steps)
        mid = fmt_step((x0 + x1) / 2, steps)
        row = [" "] * (label_w + 1 + cols)
        for pos, text in ((label_w + 1, left), (label_w + 1 + (cols - len(mid)) // 2, mid),
                          (label_w + 1 + cols - len(right), right)):
            row[pos:pos + len(text)] = list(text)
        lines.append(Text("".join(row)[:width] + "", axis))
        return lines

    def _layers(self, series: list[tuple[int, Series]], max_points: int) -> list[Layer]:
        """The curves to draw, bottom first: raw (dim when smoothed), then smoothed."""
        layers: list[Layer] = []
        smoothed: list[Layer] = []
        for index, one in series:
            colour = PALETTE[index % len(PALETTE)]
            raw, smooth = one.display(self.smoothing, max_points)
            if smooth is None:
                layers.append((raw, Style(color=colour), index))
            else:
                layers.append((raw, Style(color=colour, dim=True), None))
                smoothed.append((smooth, Style(color=colour), index))
        return layers + smoothed

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
            if self.smoothing > 0:
                legend.append(f"  smoothing {self.smoothing:g} (raw dim)", "dim")
        return legend

    def _plot(self, layers: list[Layer], cols: int, rows: int, xr: tuple[float, float],
              yr: tuple[float, float]) -> list[list[tuple[str, Style | None]]]:
        """Braille cells for every curve; a later layer wins a shared cell's colour."""
        width_px, height_px = cols * 2, rows * 4
        bits = [[0] * cols for _ in range(rows)]
        owner = [[-1] * cols for _ in range(rows)]
        paths: list[tuple[int, list[tuple[int, int]]]] = []
        x_span, y_span = xr[1] - xr[0], yr[1] - yr[0]
        for number, (points, _style, marker) in enumerate(layers):
            prev: tuple[int, int] | None = None
            path: list[tuple[int, int]] = []
            for x, y in points:
                px = min(max(round((x - xr[0]) / x_span * (width_px - 1)), 0), width_px - 1)
                py = min(max(round((yr[1] - y) / y_span * (height_px - 1)), 0), height_px - 1)
                for qx, qy in _segment(prev, (px, py)):
                    r, c = qy // 4, qx // 2
                    bits[r][c] |= _DOT[qy % 4][qx % 2]
                    owner[r][c] = number
                prev = (px, py)
                path.append(prev)
            if marker is not None and path:
                paths.append((marker, path))
        cells: list[list[tuple[str, Style | None]]] = [
            [(chr(_BRAILLE + bits[r][c]) if bits[r][c] else " ",
              layers[owner[r][c]][1] if owner[r][c] >= 0 else None) for c in range(cols)]
            for r in range(rows)]
        taken: set[tuple[int, int]] = set()
        for order, (index, path) in enumerate(paths):
            glyph = (MARKERS[index % len(MARKERS)],
                     Style(color=PALETTE[index % len(PALETTE)], bold=True))
            spots = [path[-1]]
            if self.markers_along:
                spots += _spaced(path, width_px, order, len(paths))
            for px, py in spots:
                cell = (py // 4, px // 2)
                if cell not in taken:
                    taken.add(cell)
                    cells[cell[0]][cell[1]] = glyph
        return cells


def _spaced(path: list[tuple[int, int]], width_px: int, order: int, count: int,
            per_curve: int = 4) -> list[tuple[int, int]]:
    """Points of ``path`` at evenly spaced x positions, offset per curve so that the markers
    of overlaid curves fall in different columns."""
    spots = []
    for k in range(per_curve):
        target = (k + (order + 1) / (count + 1)) / per_curve * (width_px - 1)
        spots.append(min(path, key=lambda p: abs(p[0] - target)))
    return spots


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
