"""Hidden tests: fresh dev sets, weights and seeds, compared with an independent formula."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_dev_set(rng, m):
    y = (rng.random((1, m)) < 0.5).astype(int)
    y_hat = np.where(rng.random((1, m)) < 0.3, 1 - y, y)
    weights = rng.uniform(0.5, 12.0, size=(1, m))
    return y_hat, y, weights


@pytest.mark.parametrize("seed, m", [(1, 7), (2, 13), (3, 50), (4, 101)])
def test_weighted_error_random(seed, m):
    """Sum the weights of the WRONG predictions, then divide by the sum of ALL the weights."""
    y_hat, y, weights = random_dev_set(np.random.default_rng(seed), m)
    wrong = (y_hat != y).astype(float)
    expected = float(np.sum(weights * wrong) / np.sum(weights))
    expect(sub.weighted_error(y_hat.copy(), y.copy(), weights.copy()), expected,
           "weighted_error(y_hat, y, weights)")


def test_weighted_error_equal_weights_is_plain_error():
    """With every weight equal, the weighted error is the ordinary fraction of mistakes."""
    y_hat, y, _ = random_dev_set(np.random.default_rng(5), 40)
    expected = float(np.mean(y_hat != y))
    expect(sub.weighted_error(y_hat, y, np.full((1, 40), 3.0)), expected,
           "weighted_error(y_hat, y, all weights 3)")


def test_weighted_error_scale_free():
    """Multiplying every weight by the same number cannot change the error: divide by sum(w)."""
    y_hat, y, weights = random_dev_set(np.random.default_rng(6), 25)
    expected = float(np.sum(weights * (y_hat != y)) / np.sum(weights))
    expect(sub.weighted_error(y_hat, y, 7.0 * weights), expected,
           "weighted_error(y_hat, y, 7 * weights)")


def test_weighted_error_extremes():
    """No mistakes gives 0 and every image wrong gives 1, whatever the weights."""
    _, y, weights = random_dev_set(np.random.default_rng(8), 12)
    expect(sub.weighted_error(y.copy(), y, weights), 0.0, "weighted_error(y, y, weights)")
    expect(sub.weighted_error(1 - y, y, weights), 1.0, "weighted_error(1 - y, y, weights)")


def test_weighted_error_heavy_mistake_counts_more():
    """A mistake on a weight-10 image costs ten times a mistake on a weight-1 image."""
    y = np.array([[1, 1, 0, 0, 1]])
    weights = np.array([[1.0, 10.0, 1.0, 1.0, 1.0]])
    light = np.array([[0, 1, 0, 0, 1]])
    heavy = np.array([[1, 0, 0, 0, 1]])
    expect(sub.weighted_error(light, y, weights), 1 / 14, "weighted_error on a weight-1 mistake")
    expect(sub.weighted_error(heavy, y, weights), 10 / 14,
           "weighted_error on a weight-10 mistake")


def test_weighted_error_leaves_inputs_alone():
    """Compute the error without changing y_hat, y or weights in place."""
    y_hat, y, weights = random_dev_set(np.random.default_rng(9), 15)
    copies = (y_hat.copy(), y.copy(), weights.copy())
    sub.weighted_error(y_hat, y, weights)
    for name, before, after in zip(("y_hat", "y", "weights"), copies, (y_hat, y, weights),
                                   strict=True):
        expect(after, before, f"{name} after weighted_error")


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_best_algorithm_random(seed):
    """The winner is the algorithm with the LOWEST weighted error (ties: the first listed)."""
    rng = np.random.default_rng(seed)
    m = int(rng.integers(20, 60))
    y = (rng.random((1, m)) < 0.5).astype(int)
    weights = rng.choice([1.0, 10.0], size=(1, m), p=[0.85, 0.15])
    predictions = {f"model_{k}": np.where(rng.random((1, m)) < rng.uniform(0.05, 0.4),
                                          1 - y, y) for k in range(int(rng.integers(3, 6)))}
    expected = reference().best_algorithm(predictions, y, weights)
    expect(sub.best_algorithm(predictions, y, weights), expected,
           "best_algorithm(predictions, y, weights)")


def test_best_algorithm_uses_the_weights():
    """The weights decide: fewer mistakes in total can still lose if they are expensive ones."""
    y = np.zeros((1, 6), dtype=int)
    weights = np.array([[20.0, 1.0, 1.0, 1.0, 1.0, 1.0]])
    predictions = {"one costly mistake": np.array([[1, 0, 0, 0, 0, 0]]),
                   "three cheap mistakes": np.array([[0, 1, 1, 1, 0, 0]])}
    expect(sub.best_algorithm(predictions, y, weights), "three cheap mistakes",
           "best_algorithm with a weight-20 image")


def test_best_algorithm_tie_keeps_first():
    """When two algorithms have the same error, keep the one listed first (use <, not <=)."""
    y = np.array([[1, 0, 1, 0]])
    weights = np.ones((1, 4))
    predictions = {"first": np.array([[0, 0, 1, 0]]), "second": np.array([[1, 1, 1, 0]]),
                   "third": np.array([[0, 1, 1, 0]])}
    expect(sub.best_algorithm(predictions, y, weights), "first", "best_algorithm with a tie")


def flip_case(rng, m):
    y = (rng.random((1, m)) < 0.5).astype(int)
    unacceptable = (rng.random((1, m)) < 0.2) & (y == 0)
    a = np.where((rng.random((1, m)) < 0.05) & ~unacceptable, 1 - y, y)
    a = np.where(unacceptable & (rng.random((1, m)) < 0.5), 1, a)
    b = np.where((rng.random((1, m)) < 0.15) & ~unacceptable, 1 - y, y)
    return a, b, y, unacceptable


@pytest.mark.parametrize("seed", [21, 22, 23, 24, 25])
def test_flip_penalty_random(seed):
    """Try penalty = 1, 2, ... in order; stop at the first where B's error is strictly lower."""
    rng = np.random.default_rng(seed)
    a, b, y, unacceptable = flip_case(rng, int(rng.integers(30, 80)))
    expected = reference().flip_penalty(a.copy(), b.copy(), y.copy(), unacceptable.copy())
    expect(sub.flip_penalty(a, b, y, unacceptable), expected,
           "flip_penalty(y_hat_a, y_hat_b, y, unacceptable)")


def test_flip_penalty_tie_is_not_a_flip():
    """At the penalty where both errors are EQUAL, B does not win yet: the comparison is strict."""
    y = np.zeros((1, 8), dtype=int)
    unacceptable = np.array([[1, 0, 0, 0, 0, 0, 0, 0]], dtype=bool)
    a = np.array([[1, 0, 0, 0, 0, 0, 0, 0]])          # one unacceptable mistake
    b = np.array([[0, 1, 1, 1, 1, 0, 0, 0]])          # four ordinary mistakes
    expect(sub.flip_penalty(a, b, y, unacceptable), 5, "flip_penalty with a tie at 4")


def test_flip_penalty_includes_max_penalty():
    """max_penalty itself is one of the penalties to try (range up to max_penalty + 1)."""
    y = np.zeros((1, 9), dtype=int)
    unacceptable = np.array([[0, 0, 0, 0, 0, 0, 0, 0, 1]], dtype=bool)
    a = np.array([[0, 0, 0, 0, 0, 0, 0, 0, 1]])
    b = np.array([[1, 1, 1, 1, 1, 1, 0, 0, 0]])
    expect(sub.flip_penalty(a, b, y, unacceptable, max_penalty=7), 7,
           "flip_penalty(..., max_penalty=7)")


def test_flip_penalty_never():
    """If B makes MORE unacceptable mistakes and more mistakes overall, no penalty helps: None."""
    y = np.zeros((1, 10), dtype=int)
    unacceptable = np.array([[1, 1, 0, 0, 0, 0, 0, 0, 0, 0]], dtype=bool)
    a = np.array([[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]])
    b = np.array([[1, 1, 0, 0, 0, 0, 0, 0, 0, 0]])
    expect(sub.flip_penalty(a, b, y, unacceptable), None, "flip_penalty when B never wins")


def test_flip_penalty_weights_only_unacceptable_images():
    """The penalty goes on the UNACCEPTABLE images; every other image keeps weight 1."""
    y = np.zeros((1, 12), dtype=int)
    unacceptable = np.zeros((1, 12), dtype=bool)
    unacceptable[0, :2] = True
    a = np.zeros((1, 12), dtype=int)
    a[0, 0] = 1
    b = np.zeros((1, 12), dtype=int)
    b[0, 5:7] = 1
    expect(sub.flip_penalty(a, b, y, unacceptable), 3, "flip_penalty with two flagged images")


def test_flip_penalty_leaves_inputs_alone():
    """Build a new weights array for each penalty; do not write into the inputs."""
    rng = np.random.default_rng(31)
    a, b, y, unacceptable = flip_case(rng, 40)
    copies = [v.copy() for v in (a, b, y, unacceptable)]
    sub.flip_penalty(a, b, y, unacceptable)
    for name, before, after in zip(("y_hat_a", "y_hat_b", "y", "unacceptable"), copies,
                                   (a, b, y, unacceptable), strict=True):
        expect(after, before, f"{name} after flip_penalty")
