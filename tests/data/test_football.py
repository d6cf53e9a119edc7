"""The goalkeeper data set: keys, shapes, seeds, and the noisy frontier it promises."""

from __future__ import annotations

import numpy as np
import pytest

from data.football import (
    TEST_M,
    TRAIN_M,
    X_RANGE,
    Y_RANGE,
    football_data,
    frontier,
    load_2D_dataset,
)


def test_keys_shapes_and_types() -> None:
    data = football_data()
    assert sorted(data) == ["X", "Xval", "y", "yval"]
    assert data["X"].shape == (TRAIN_M, 2) == (211, 2)
    assert data["y"].shape == (TRAIN_M, 1)
    assert data["Xval"].shape == (TEST_M, 2) == (200, 2)
    assert data["yval"].shape == (TEST_M, 1)
    assert data["X"].dtype.kind == "f" and data["y"].dtype.kind == "i"


def test_course_layout_is_the_transpose() -> None:
    data = football_data(4)
    train_X, train_Y, test_X, test_Y = load_2D_dataset(4)
    assert train_X.shape == (2, 211) and train_Y.shape == (1, 211)
    assert test_X.shape == (2, 200) and test_Y.shape == (1, 200)
    assert np.array_equal(train_X, data["X"].T) and np.array_equal(test_Y, data["yval"].T)


def test_deterministic_by_seed() -> None:
    a, b, c = football_data(1), football_data(1), football_data(2)
    for key in a:
        assert np.array_equal(a[key], b[key])
    assert not np.allclose(a["X"], c["X"])


def test_train_and_test_are_different_points() -> None:
    data = football_data()
    assert not np.allclose(data["X"][:TEST_M], data["Xval"])


def test_leaves_the_global_random_state_alone() -> None:
    np.random.seed(5)
    expected = np.random.rand()
    np.random.seed(5)
    football_data(3)
    assert np.random.rand() == expected


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_points_on_the_field_and_both_teams(seed: int) -> None:
    data = football_data(seed)
    for X, y in ((data["X"], data["y"]), (data["Xval"], data["yval"])):
        assert X[:, 0].min() >= X_RANGE[0] and X[:, 0].max() <= X_RANGE[1]
        assert X[:, 1].min() >= Y_RANGE[0] and X[:, 1].max() <= Y_RANGE[1]
        assert set(np.unique(y)) == {0, 1}
        assert 0.3 < y.mean() < 0.7


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_labels_follow_the_frontier_with_some_noise(seed: int) -> None:
    """Most spots lie on their team's side of the frontier, but not all: the strays and the
    coin-toss band are what a large network overfits."""
    data = football_data(seed)
    X = np.concatenate([data["X"], data["Xval"]])
    y = np.concatenate([data["y"], data["yval"]]).ravel()
    above = X[:, 1] > frontier(X[:, 0])
    agreement = np.mean(above == (y == 1))
    assert 0.85 < agreement < 0.98
    far = np.abs(X[:, 1] - frontier(X[:, 0])) > 0.2
    assert np.any(above[far] != (y[far] == 1)), "some strays lie deep in the other zone"


def test_frontier_formula() -> None:
    assert frontier(0.0) == pytest.approx(0.22 * np.sin(0.8) - 0.05)
    xs = np.linspace(*X_RANGE, 50)
    assert frontier(xs).shape == (50,)
    assert np.all((frontier(xs) > Y_RANGE[0]) & (frontier(xs) < Y_RANGE[1]))
