"""The generated 2-D point sets: shapes, seeds, balance and the geometry they promise."""

from __future__ import annotations

import numpy as np
import pytest

from data.planar import (
    boundary_grid,
    course_layout,
    load_extra_datasets,
    load_planar_dataset,
    make_blobs,
    make_circles,
    make_gaussian_quantiles,
    make_moons,
)


def test_flower_shapes_and_labels() -> None:
    X, Y = load_planar_dataset()
    assert X.shape == (2, 400) and Y.shape == (1, 400)
    assert set(np.unique(Y)) == {0, 1}
    assert np.sum(Y == 1) == 200
    assert np.all(Y[0, :200] == 0) and np.all(Y[0, 200:] == 1)


def test_flower_is_deterministic_by_seed() -> None:
    X1, Y1 = load_planar_dataset(1)
    X2, Y2 = load_planar_dataset(1)
    X3, _ = load_planar_dataset(2)
    assert np.array_equal(X1, X2) and np.array_equal(Y1, Y2)
    assert not np.allclose(X1, X3)


def test_flower_leaves_the_global_random_state_alone() -> None:
    np.random.seed(5)
    expected = np.random.rand()
    np.random.seed(5)
    load_planar_dataset(3)
    assert np.random.rand() == expected


def test_flower_matches_the_course_points() -> None:
    """Same recipe, seed and draw order as the course: its first point is (1.2044, 3.5761)."""
    X, _ = load_planar_dataset(1)
    assert np.allclose(X[:, 0], [1.20444229, 3.57611415])
    assert np.allclose(X[:, 1], [0.1587099, -1.4821709])


def test_flower_points_lie_on_the_rose() -> None:
    """Each point's distance from the centre is |4 sin(4 theta)| up to the radius noise (0.2)."""
    X, _ = load_planar_dataset(1)
    theta = np.arctan2(X[0], X[1])
    residual = np.hypot(X[0], X[1]) - np.abs(4 * np.sin(4 * theta))
    assert np.abs(residual).max() < 1.0
    assert 0.12 < residual.std() < 0.3


def test_flower_is_not_linearly_separable() -> None:
    """Through the centre, any straight line leaves both colours on both sides."""
    X, Y = load_planar_dataset(1)
    for angle in np.linspace(0, np.pi, 12, endpoint=False):
        side = np.cos(angle) * X[0] + np.sin(angle) * X[1] > 0
        share = Y[0][side].mean()
        assert 0.25 < share < 0.75


@pytest.mark.parametrize("make", [
    lambda seed: make_circles(101, factor=0.5, noise=0.3, seed=seed),
    lambda seed: make_moons(101, noise=0.2, seed=seed),
    lambda seed: make_blobs(101, centers=6, seed=seed),
    lambda seed: make_gaussian_quantiles(101, cov=0.5, n_classes=2, seed=seed),
])
def test_generators_shapes_seeds_balance(make) -> None:
    X, y = make(7)
    assert X.shape == (101, 2) and y.shape == (101,)
    X2, y2 = make(7)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)
    assert not np.allclose(X, make(8)[0])
    counts = np.bincount(y)
    assert counts.max() - counts.min() <= 1


def test_circles_without_noise_sit_on_two_radii() -> None:
    X, y = make_circles(40, factor=0.3, noise=0.0, seed=0)
    radius = np.hypot(X[:, 0], X[:, 1])
    assert np.allclose(radius[y == 0], 1.0) and np.allclose(radius[y == 1], 0.3)


def test_moons_without_noise_are_two_half_circles() -> None:
    X, y = make_moons(50, noise=0.0, seed=0)
    upper, lower = X[y == 0], X[y == 1]
    assert np.allclose(np.hypot(*upper.T), 1.0) and np.all(upper[:, 1] >= -1e-12)
    assert np.allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0)
    assert np.all(lower[:, 1] <= 0.5 + 1e-12)


def test_gaussian_quantiles_inner_class_is_inside() -> None:
    X, y = make_gaussian_quantiles(200, cov=0.5, n_classes=2, seed=3)
    radius = np.hypot(X[:, 0], X[:, 1])
    assert radius[y == 0].max() <= radius[y == 1].min()


def test_extra_datasets() -> None:
    sets = load_extra_datasets(1)
    assert list(sets) == ["noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles",
                          "no_structure"]
    for name, (X, y) in sets.items():
        assert X.shape == (200, 2) and y.shape == (200,), name
        assert set(np.unique(y)) <= {0, 1}, name
        assert 70 <= y.sum() <= 130, name
        Xc, Yc = course_layout(X, y)
        assert Xc.shape == (2, 200) and Yc.shape == (1, 200)
    blobs = load_extra_datasets(1)["blobs"]
    assert np.array_equal(blobs[1], sets["blobs"][1])
    assert np.bincount(sets["blobs"][1]).tolist() == [100, 100]


def test_boundary_grid_orientation_and_box() -> None:
    X = np.array([[-1.0, 3.0], [0.0, 2.0]])
    grid, x_range, y_range = boundary_grid(lambda P: P[1] > 1.0, X, resolution=20, margin=0.5)
    assert x_range == (-1.5, 3.5) and y_range == (-0.5, 2.5)
    assert grid.shape == (12, 20)
    assert not grid[0].any() and grid[-1].all()  # row 0 is the bottom of the box
    values, _, _ = boundary_grid(lambda P: P[0].reshape(1, -1), X, resolution=20, margin=0.5)
    assert values[0, 0] == -1.5 and values[0, -1] == 3.5
