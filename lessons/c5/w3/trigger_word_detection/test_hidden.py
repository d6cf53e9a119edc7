"""Hidden tests: touching ends, containment, many segments, other T_y and the end of the clip."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("segment,previous,expected", [
    ((100, 200), [(200, 300)], True),          # touching at 200
    ((300, 400), [(100, 299)], False),         # one millisecond apart
    ((100, 900), [(300, 400)], True),          # covers a previous segment
    ((350, 360), [(300, 400)], True),          # inside a previous segment
    ((500, 600), [], False),                   # nothing to overlap
    ((5000, 5200), [(5100, 5900), (100, 200)], True),
])
def test_is_overlapping_edges(segment, previous, expected):
    """Inclusive ends: two segments overlap when start <= previous_end AND end >= previous_start."""
    expect(sub.is_overlapping(segment, list(previous)), expected, f"is_overlapping({segment}, {previous})")


def test_is_overlapping_checks_every_segment():
    """An overlap with ANY previous segment counts, even if a later one in the list does not overlap."""
    expect(sub.is_overlapping((1000, 1500), [(1400, 1600), (3000, 3500), (8000, 9000)]), True,
           "is_overlapping with the overlap first in the list")


def test_is_overlapping_random():
    """Compare with the inclusive-interval rule on many random segments."""
    rng = np.random.default_rng(3)
    for _ in range(200):
        start = int(rng.integers(0, 9000))
        seg = (start, start + int(rng.integers(0, 900)))
        prev = []
        for _ in range(int(rng.integers(0, 4))):
            s = int(rng.integers(0, 9000))
            prev.append((s, s + int(rng.integers(0, 900))))
        expect(sub.is_overlapping(seg, list(prev)), reference().is_overlapping(seg, list(prev)),
               f"is_overlapping({seg}, {prev})")


@pytest.mark.parametrize("T_y,end_ms", [(1375, 4260), (800, 1234), (300, 6999), (137, 5000), (1375, 17)])
def test_insert_ones_positions(T_y, end_ms):
    """segment_end_y = int(end_ms * T_y / 10000) (use y.shape[1], truncate); the ones start at segment_end_y + 1."""
    y0 = np.zeros((1, T_y))
    expected = reference().insert_ones(y0.copy(), end_ms)
    y = sub.insert_ones(y0.copy(), end_ms)
    expect(y, expected, f"insert_ones(zeros((1, {T_y})), {end_ms})")
    assert float(np.sum(y)) == 50.0, "exactly 50 ones when they all fit"


def test_insert_ones_stops_at_the_end():
    """Near the end of the clip only the steps that exist are set: no IndexError, shape unchanged."""
    y = sub.insert_ones(np.zeros((1, 1375)), 9900)
    start = int(9900 * 1375 / 10000) + 1
    expected = np.zeros((1, 1375))
    expected[0, start:] = 1
    expect(y, expected, "insert_ones(zeros((1, 1375)), 9900)")


def test_insert_ones_keeps_earlier_labels():
    """Inserting a second word keeps the ones of the first."""
    y = np.zeros((1, 500))
    y = sub.insert_ones(y, 1000)
    y = sub.insert_ones(y, 7000)
    expected = reference().insert_ones(reference().insert_ones(np.zeros((1, 500)), 1000), 7000)
    expect(y, expected, "two calls of insert_ones")
