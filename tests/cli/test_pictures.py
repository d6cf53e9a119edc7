"""Heatmaps and decision boundaries as terminal text: labelled, and readable without colour."""

from __future__ import annotations

import numpy as np

from tui.pixels import boundary_lines, heatmap_lines


def test_heatmap_has_labels_cells_and_scale() -> None:
    lines = heatmap_lines(np.array([[0.0, 1.0], [0.5, 0.25]]), ["the", "cat"], ["a", "b"])
    assert lines[0].plain.strip() == "a b"
    assert lines[1].plain.startswith("the ") and len(lines[1].plain) == 4 + 4
    assert lines[-1].plain == "dark = 0 … bright = 1"
    assert lines[1].spans[-1].style.bgcolor is not None  # a coloured cell


def test_boundary_marks_classes_by_glyph() -> None:
    grid = np.tile(np.linspace(0, 1, 20), (10, 1))  # P(class 1) grows to the right
    points = np.array([[0.0, 1.0], [0.0, 1.0]])
    lines = boundary_lines(grid, points, np.array([0, 1]), width=20)
    text = "\n".join(line.plain for line in lines)
    assert "×" in lines[-1].plain and "●" in lines[0].plain
    assert text.count("●") == 1 and text.count("×") == 1
