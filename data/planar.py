"""Small 2-D point sets for Course 1 week 3 (and, later, Course 2): all generated, all seeded.

Nothing here is downloaded and nothing needs scikit-learn: every set is a few lines of numpy.

* ``load_planar_dataset(seed=1)``: the two-class "flower" of the planar assignment, in the
  course layout (columns are examples): X (2, 400), Y (1, 400), labels 0 (red) and 1 (blue).
* ``make_circles``, ``make_moons``, ``make_blobs``, ``make_gaussian_quantiles``: generators
  with the arguments and the layout of the scikit-learn functions of the same names
  (rows are examples): X (n, 2), y (n,).
* ``load_extra_datasets(seed)``: the five "other datasets" of the planar assignment, each in
  that scikit-learn layout; ``course_layout`` turns a pair into X (2, n), Y (1, n).
* ``boundary_grid``: a model's P(class 1) over a box around the points, for drawing a
  decision boundary.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: The flower: m points, half per class, petals of radius PETAL, noise NOISE on angle and radius.
FLOWER_M = 400
PETAL = 4.0
NOISE = 0.2
#: The half-turn each class sweeps (slightly under pi, as in the course's generator).
SWEEP = 3.12
#: Points per set in ``load_extra_datasets``, as in the course.
EXTRA_N = 200

Pair = tuple[np.ndarray, np.ndarray]


def load_planar_dataset(seed: int = 1, m: int = FLOWER_M) -> Pair:
    """The flower: a rose curve r = 4 sin(4 theta) whose petals alternate between two classes.

    Class j (j = 0, 1) takes m/2 angles evenly spread over [3.12 j, 3.12 (j + 1)], each jittered
    by N(0, 0.2); its radius is 4 sin(4 theta) plus N(0, 0.2); the point is
    (r sin theta, r cos theta). Random numbers come from numpy's legacy generator seeded with
    ``seed``, drawn in the course's order (angles then radii, class 0 then class 1).

    Returns:
    X -- float array (2, m), one point per column
    Y -- uint8 array (1, m), the first m/2 columns labelled 0, the rest 1
    """
    rng = np.random.RandomState(seed)
    half = m // 2
    X = np.zeros((2, 2 * half))
    Y = np.zeros((1, 2 * half), dtype=np.uint8)
    for j in range(2):
        cols = slice(j * half, (j + 1) * half)
        theta = np.linspace(j * SWEEP, (j + 1) * SWEEP, half) + rng.randn(half) * NOISE
        radius = PETAL * np.sin(4 * theta) + rng.randn(half) * NOISE
        X[:, cols] = np.stack([radius * np.sin(theta), radius * np.cos(theta)])
        Y[0, cols] = j
    return X, Y


def _shuffled(X: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> Pair:
    order = rng.permutation(len(y))
    return X[order], y[order]


def make_circles(n: int = 100, factor: float = 0.8, noise: float = 0.0, seed: int = 0) -> Pair:
    """Two concentric circles: the outer one (radius 1) is class 0, the inner one (radius
    ``factor``) class 1; Gaussian noise of standard deviation ``noise`` on both coordinates.

    Returns X (n, 2) float and y (n,) int, shuffled; the outer circle gets n // 2 points.
    """
    rng = np.random.default_rng(seed)
    n_out = n // 2
    n_in = n - n_out
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.concatenate([np.c_[np.cos(t_out), np.sin(t_out)],
                        factor * np.c_[np.cos(t_in), np.sin(t_in)]])
    y = np.concatenate([np.zeros(n_out, dtype=int), np.ones(n_in, dtype=int)])
    X = X + rng.normal(0.0, noise, X.shape)
    return _shuffled(X, y, rng)


def make_moons(n: int = 100, noise: float = 0.0, seed: int = 0) -> Pair:
    """Two interleaved half circles: the upper moon is class 0, the lower, shifted one class 1.

    Returns X (n, 2) float and y (n,) int, shuffled; the upper moon gets n // 2 points.
    """
    rng = np.random.default_rng(seed)
    n_up = n // 2
    n_down = n - n_up
    t_up = np.linspace(0, np.pi, n_up)
    t_down = np.linspace(0, np.pi, n_down)
    X = np.concatenate([np.c_[np.cos(t_up), np.sin(t_up)],
                        np.c_[1 - np.cos(t_down), 0.5 - np.sin(t_down)]])
    y = np.concatenate([np.zeros(n_up, dtype=int), np.ones(n_down, dtype=int)])
    X = X + rng.normal(0.0, noise, X.shape)
    return _shuffled(X, y, rng)


def make_blobs(n: int = 100, centers: int = 3, spread: float = 1.0, seed: int = 0) -> Pair:
    """Gaussian blobs around ``centers`` centres drawn uniformly in the box [-10, 10]^2.

    Returns X (n, 2) float and y (n,) int, the index of each point's centre; the n points are
    shared as evenly as possible (the first n % centers centres get one more), then shuffled.
    """
    rng = np.random.default_rng(seed)
    middles = rng.uniform(-10.0, 10.0, (centers, 2))
    y = np.arange(n) % centers
    X = middles[y] + rng.normal(0.0, spread, (n, 2))
    return _shuffled(X, y, rng)


def make_gaussian_quantiles(n: int = 100, cov: float = 1.0, n_classes: int = 3,
                            seed: int = 0) -> Pair:
    """A round Gaussian cloud cut into ``n_classes`` rings of (nearly) equal size.

    Points come from N(0, cov * I); sorted by distance from the centre, the nearest n / n_classes
    get class 0, the next class 1, and so on. Returns X (n, 2) float and y (n,) int, shuffled.
    """
    rng = np.random.default_rng(seed)
    X = rng.normal(0.0, np.sqrt(cov), (n, 2))
    X = X[np.argsort(np.sum(X ** 2, axis=1))]
    y = np.arange(n) * n_classes // n
    return _shuffled(X, y, rng)


def load_extra_datasets(seed: int = 1, n: int = EXTRA_N) -> dict[str, Pair]:
    """The planar assignment's other sets, n points each, in the scikit-learn layout.

    Keys: "noisy_circles" (factor 0.5, noise 0.3), "noisy_moons" (noise 0.2), "blobs" (6
    centres, labels taken modulo 2 so that three blobs are blue and three red),
    "gaussian_quantiles" (2 classes, cov 0.5) and "no_structure" (uniform points in the unit
    square with coin-flip labels: nothing to learn). Each value is (X (n, 2), y (n,));
    ``course_layout`` gives X (2, n), Y (1, n).
    """
    X_blobs, y_blobs = make_blobs(n, centers=6, seed=seed + 2)
    rng = np.random.default_rng(seed + 4)
    return {
        "noisy_circles": make_circles(n, factor=0.5, noise=0.3, seed=seed),
        "noisy_moons": make_moons(n, noise=0.2, seed=seed + 1),
        "blobs": (X_blobs, y_blobs % 2),
        "gaussian_quantiles": make_gaussian_quantiles(n, cov=0.5, n_classes=2, seed=seed + 3),
        "no_structure": (rng.random((n, 2)), rng.integers(0, 2, n)),
    }


def course_layout(X: np.ndarray, y: np.ndarray) -> Pair:
    """From rows-are-examples (n, 2), (n,) to the course's columns-are-examples (2, n), (1, n)."""
    return X.T, y.reshape(1, -1)


def boundary_grid(predict_fn: Callable[[np.ndarray], np.ndarray], X: np.ndarray,
                  resolution: int = 60, margin: float = 1.0
                  ) -> tuple[np.ndarray, tuple[float, float], tuple[float, float]]:
    """A model's output on a regular grid over the points' box, for a decision boundary.

    Arguments:
    predict_fn -- maps points (2, k), one per column, to k values (any shape of size k),
                  usually P(class 1) or a 0/1 prediction
    X -- the data points (2, m); the box is their range widened by ``margin`` on each side
    resolution -- number of grid columns; rows follow the box's aspect ratio

    Returns:
    grid -- (rows, cols) array; grid[i, j] is the value at x = x_range[0] + j * step_x,
            y = y_range[0] + i * step_y (row 0 is the BOTTOM of the box)
    x_range, y_range -- (low, high) of the box
    """
    x_range = (float(X[0].min() - margin), float(X[0].max() + margin))
    y_range = (float(X[1].min() - margin), float(X[1].max() + margin))
    aspect = (y_range[1] - y_range[0]) / (x_range[1] - x_range[0])
    cols = max(int(resolution), 2)
    rows = max(int(round(cols * aspect)), 2)
    xx, yy = np.meshgrid(np.linspace(*x_range, cols), np.linspace(*y_range, rows))
    values = np.asarray(predict_fn(np.stack([xx.ravel(), yy.ravel()])), dtype=float)
    return values.reshape(rows, cols), x_range, y_range
