"""Text charts for the command line: several runs' curves overlaid on one set of axes.

Each run gets its own glyph as well as its own colour, so the chart reads without colour.
"""

from __future__ import annotations

from rich.text import Text

from engine.compare import Comparison

GLYPHS = "●▲■◆✚✖"
COLOURS = ("cyan", "magenta", "yellow", "green", "blue", "red")


def overlay_chart(comparison: Comparison, metric: str, width: int = 64,
                  height: int = 12) -> Text:
    """``metric`` of every run in ``comparison``, aligned by step, as a character plot."""
    rows = comparison.aligned(metric)
    values = [v for _step, vs in rows for v in vs if v is not None]
    out = Text(f"\n{metric}\n", style="bold")
    if not values:
        return out.append("(no points)\n")
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    first, last = rows[0][0], rows[-1][0]
    grid = [[" "] * width for _ in range(height)]
    owner: dict[tuple[int, int], int] = {}
    for step, vs in rows:
        col = round((step - first) / ((last - first) or 1) * (width - 1))
        for run, value in enumerate(vs):
            if value is None:
                continue
            row = height - 1 - round((value - low) / span * (height - 1))
            grid[row][col] = GLYPHS[run % len(GLYPHS)]
            owner[(row, col)] = run
    for r in range(height):
        label = f"{high:>10.4g} ┤" if r == 0 else f"{low:>10.4g} ┤" if r == height - 1 else \
            " " * 10 + " │"
        out.append(label)
        for c, char in enumerate(grid[r]):
            run = owner.get((r, c))
            out.append(char, style=COLOURS[run % len(COLOURS)] if run is not None else None)
        out.append("\n")
    out.append(" " * 11 + "└" + "─" * width + "\n")
    out.append(" " * 12 + f"step {first}" + " " * max(1, width - 12 - len(str(last)))
               + f"step {last}\n")
    for run, summary in enumerate(comparison.summaries):
        out.append(f"  {GLYPHS[run % len(GLYPHS)]} ", style=COLOURS[run % len(COLOURS)])
        out.append(f"{summary.run_id}\n")
    return out
