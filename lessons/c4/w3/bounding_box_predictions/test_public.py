"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

CAR = (130, 150, 290, 240)
PERSON = (10, 20, 70, 60)


def test_assign_cell_example():
    expect(sub.assign_cell(CAR, (300, 300), 3), (1, 2), "assign_cell(CAR, (300, 300), 3)")


def test_relative_box_example():
    expect(sub.relative_box(CAR, (300, 300), 3), np.array([0.1, 0.95, 0.9, 1.6]),
           "relative_box(CAR, (300, 300), 3)")


def test_grid_target_example():
    Y = sub.grid_target([CAR, PERSON], [2, 1], (300, 300), 3)
    expected = np.zeros((3, 3, 8))
    expected[1, 2] = [1, 0.1, 0.95, 0.9, 1.6, 0, 1, 0]
    expected[0, 0] = [1, 0.4, 0.4, 0.4, 0.6, 1, 0, 0]
    expect(Y, expected, "grid_target([CAR, PERSON], [2, 1], (300, 300), 3)")
