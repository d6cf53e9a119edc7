"""Hidden tests: non-square images, other grids, random boxes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [3, 14, 15]


def random_boxes(seed, n, image_hw):
    rng = np.random.default_rng(seed)
    H, W = image_hw
    mids = rng.uniform(0.02, 0.98, size=(n, 2)) * [W, H]
    sizes = rng.uniform(0.05, 0.6, size=(n, 2)) * [W, H]
    return [tuple(np.concatenate([m - s / 2, m + s / 2])) for m, s in zip(mids, sizes, strict=True)]


@pytest.mark.parametrize("seed", SEEDS)
def test_assign_cell_random_non_square(seed):
    """row comes from the midpoint's y and the image HEIGHT; col from x and the WIDTH."""
    image_hw, S = (240, 600), 5
    for box in random_boxes(seed, 8, image_hw):
        expect(sub.assign_cell(box, image_hw, S), reference().assign_cell(box, image_hw, S),
               f"assign_cell({tuple(round(v, 1) for v in box)}, {image_hw}, {S})")


def test_assign_cell_uses_midpoint():
    """The owner is the cell of the MIDPOINT, not of the top-left corner."""
    expect(sub.assign_cell((10, 10, 190, 50), (200, 200), 4), (0, 2), "assign_cell of a wide box")


def test_assign_cell_far_edge():
    """A midpoint exactly on the bottom-right edge belongs to the last cell (S - 1), never to S."""
    expect(sub.assign_cell((100, 90, 140, 110), (100, 120), 4), (3, 3), "assign_cell on the edge")


def test_assign_cell_types():
    """Return a tuple of two Python ints (row, col)."""
    cell = sub.assign_cell((5, 5, 15, 15), (100, 100), 19)
    assert isinstance(cell, tuple) and all(isinstance(v, int) for v in cell), f"got {cell!r}"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("image_hw,S", [((240, 600), 5), ((608, 608), 19)])
def test_relative_box_random(seed, image_hw, S):
    """b_x, b_y: midpoint in cell units minus the cell index; b_h, b_w: size in cell units."""
    for box in random_boxes(seed, 6, image_hw):
        expect(sub.relative_box(box, image_hw, S), reference().relative_box(box, image_hw, S),
               "relative_box(box, image_hw, S)")


def test_relative_box_properties():
    """b_x and b_y always lie in [0, 1); b_h and b_w may exceed 1 for a box bigger than a cell."""
    rel = sub.relative_box((0, 0, 400, 100), (200, 400), 4)
    expect(rel, np.array([0.0, 0.0, 2.0, 4.0]), "relative_box of a big box")
    for box in random_boxes(8, 10, (300, 500)):
        bx, by = sub.relative_box(box, (300, 500), 6)[:2]
        assert 0 <= bx < 1 and 0 <= by < 1, f"b_x, b_y = {bx}, {by} fall outside their cell"


@pytest.mark.parametrize("seed", SEEDS)
def test_grid_target_random(seed):
    """Each object writes [1, b_x, b_y, b_h, b_w, one-hot class] into Y[row, col]; all other cells stay 0."""
    image_hw, S, K = (240, 600), 6, 4
    boxes = random_boxes(seed, 4, image_hw)
    cells = [reference().assign_cell(b, image_hw, S) for b in boxes]
    keep = [i for i, c in enumerate(cells) if cells.index(c) == i]
    boxes = [boxes[i] for i in keep]
    classes = [int(c) for c in np.random.default_rng(seed).integers(1, K + 1, size=len(boxes))]
    expected = reference().grid_target(boxes, classes, image_hw, S, n_classes=K)
    expect(sub.grid_target(boxes, classes, image_hw, S, n_classes=K), expected, "grid_target(...)")


def test_grid_target_non_square_index():
    """Y is indexed [row, col]: an object at the top right of the image sits in row 0, column S - 1."""
    Y = sub.grid_target([(560, 5, 590, 40)], [3], (240, 600), 4)
    assert Y.shape == (4, 4, 8), f"expected shape (4, 4, 8), got {Y.shape}"
    expect(Y[0, 3, 0], 1.0, "p_c of cell (0, 3)")
    expect(Y[..., 0].sum(), 1.0, "number of cells with an object")
    expect(Y[0, 3, 5:], np.array([0.0, 0.0, 1.0]), "class one-hot of cell (0, 3)")
