"""Hidden tests: random predictions of many sizes, edge cases, and rankings that differ."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def counts(Y_hat, Y):
    """True positives, predicted positives and actual positives, counted independently."""
    tp = sum(1 for a, b in zip(Y_hat.ravel(), Y.ravel(), strict=True) if a == 1 and b == 1)
    return tp, int(sum(Y_hat.ravel() == 1)), int(sum(Y.ravel() == 1))


def random_pair(seed, m):
    rng = np.random.default_rng(seed)
    Y = (rng.random((1, m)) < 0.4).astype(int)
    flip = rng.random((1, m)) < 0.25
    Y_hat = np.where(flip, 1 - Y, Y)
    return Y_hat, Y


@pytest.mark.parametrize("seed, m", [(1, 12), (2, 37), (3, 100), (4, 501)])
def test_precision_recall_random(seed, m):
    """precision = TP / (predicted positives), recall = TP / (actual positives), where a true
    positive needs Y_hat == 1 AND Y == 1."""
    Y_hat, Y = random_pair(seed, m)
    tp, predicted, actual = counts(Y_hat, Y)
    expect(sub.precision_recall(Y_hat, Y), (tp / predicted, tp / actual),
           f"precision_recall(Y_hat, Y) with m={m}")


def test_precision_recall_are_floats():
    """Return a tuple of two Python floats: wrap the numpy results in float(...)."""
    Y_hat, Y = random_pair(5, 20)
    result = sub.precision_recall(Y_hat, Y)
    assert isinstance(result, tuple) and len(result) == 2, "return a tuple (precision, recall)"
    assert all(type(value) is float for value in result), \
        f"precision and recall should be Python floats, got {[type(v).__name__ for v in result]}"


def test_precision_recall_symmetry():
    """Swapping predictions and labels swaps precision and recall."""
    Y_hat, Y = random_pair(6, 50)
    precision, recall = reference().precision_recall(Y_hat.copy(), Y.copy())
    expect(sub.precision_recall(Y, Y_hat), (recall, precision), "precision_recall(Y, Y_hat)")


def test_precision_recall_no_predicted_positives():
    """A classifier that never says 1 has no predicted positives: its precision is 0.0, not
    nan. Guard the division."""
    Y = np.array([[1, 0, 1, 0, 0, 1, 0]])
    expect(sub.precision_recall(np.zeros((1, 7), dtype=int), Y), (0.0, 0.0),
           "precision_recall(all zeros, Y)")


def test_precision_recall_no_actual_positives():
    """A dev set without positives: recall is 0.0 by convention, not nan."""
    Y_hat = np.array([[1, 0, 0, 1, 0]])
    expect(sub.precision_recall(Y_hat, np.zeros((1, 5), dtype=int)), (0.0, 0.0),
           "precision_recall(Y_hat, all zeros)")


def test_precision_recall_true_negatives_do_not_count():
    """Examples with Y_hat == 0 and Y == 0 are correct, but they are not true positives."""
    Y = np.array([[1, 0, 0, 0, 0, 0, 0, 1]])
    Y_hat = np.array([[1, 1, 0, 0, 0, 0, 0, 0]])
    expect(sub.precision_recall(Y_hat, Y), (0.5, 0.5), "precision_recall(Y_hat, Y)")


def test_precision_recall_leaves_inputs_alone():
    """Do not change the arrays you are given."""
    Y_hat, Y = random_pair(7, 30)
    Y_hat_before, Y_before = Y_hat.copy(), Y.copy()
    sub.precision_recall(Y_hat, Y)
    expect(Y_hat, Y_hat_before, "Y_hat after precision_recall")
    expect(Y, Y_before, "Y after precision_recall")


@pytest.mark.parametrize("seed", [8, 9, 10])
def test_f1_score_random(seed):
    """F1 is the HARMONIC mean: 2 * precision * recall / (precision + recall)."""
    rng = np.random.default_rng(seed)
    for precision, recall in rng.uniform(0.05, 1.0, size=(6, 2)):
        expect(sub.f1_score(float(precision), float(recall)),
               2 / (1 / precision + 1 / recall), f"f1_score({precision:.4f}, {recall:.4f})")


def test_f1_score_equal_inputs():
    """When precision equals recall, their harmonic mean is that same value."""
    for value in (0.3, 0.55, 1.0):
        expect(sub.f1_score(value, value), value, f"f1_score({value}, {value})")


def test_f1_score_punishes_imbalance():
    """The harmonic mean sits close to the SMALLER value: 1.0 and 0.1 give about 0.18."""
    expect(sub.f1_score(1.0, 0.1), 2 * 0.1 / 1.1, "f1_score(1.0, 0.1)")


def test_f1_score_zero():
    """Precision and recall both 0: F1 is 0.0 (guard the division by precision + recall)."""
    expect(sub.f1_score(0.0, 0.0), 0.0, "f1_score(0.0, 0.0)")


@pytest.mark.parametrize("seed, n, m", [(11, 3, 40), (12, 5, 64), (13, 7, 23)])
def test_best_by_f1_random(seed, n, m):
    """Score every classifier with f1_score(*precision_recall(Y_hat, Y)) and return the
    index of the HIGHEST score."""
    rng = np.random.default_rng(seed)
    Y = (rng.random((1, m)) < 0.3).astype(int)
    Y_hats = [(rng.random((1, m)) < p).astype(int) | (Y & (rng.random((1, m)) < p)).astype(int)
              for p in rng.uniform(0.1, 0.9, size=n)]
    scores = []
    for Y_hat in Y_hats:
        tp, predicted, actual = counts(Y_hat, Y)
        scores.append(2 * tp / (predicted + actual))
    expect(sub.best_by_f1(Y_hats, Y), int(np.argmax(scores)), "best_by_f1(Y_hats, Y)")


def test_best_by_f1_not_by_accuracy():
    """With rare positives, 'always 0' has a high accuracy and an F1 of 0: rank by F1."""
    Y = np.array([[0, 0, 1, 0, 0, 0, 0, 1, 0, 0]])
    always_zero = np.zeros((1, 10), dtype=int)
    finds_both = np.array([[1, 0, 1, 1, 0, 0, 0, 1, 1, 0]])
    expect(sub.best_by_f1([always_zero, finds_both], Y), 1, "best_by_f1([always_zero, finds_both], Y)")


def test_best_by_f1_not_by_precision():
    """One cautious classifier with perfect precision but poor recall loses to a balanced one."""
    Y = np.array([[1, 1, 1, 1, 1, 0, 0, 0, 0, 0]])
    cautious = np.array([[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
    balanced = np.array([[1, 1, 1, 1, 0, 1, 0, 0, 0, 0]])
    expect(sub.best_by_f1([cautious, balanced], Y), 1, "best_by_f1([cautious, balanced], Y)")


def test_best_by_f1_first_on_a_tie():
    """Two classifiers with the same F1: return the FIRST one (np.argmax does that)."""
    Y = np.array([[1, 1, 0, 0, 1, 0]])
    one = np.array([[1, 0, 0, 0, 1, 0]])
    same = np.array([[0, 1, 0, 0, 1, 0]])
    worse = np.array([[0, 0, 1, 1, 0, 1]])
    expect(sub.best_by_f1([worse, one, same], Y), 1, "best_by_f1([worse, one, same], Y)")


@pytest.mark.parametrize("n, k, seed", [(3, 4, 14), (6, 2, 15), (2, 7, 16), (5, 5, 17)])
def test_best_by_average_error_random(n, k, seed):
    """Average each ROW (one classifier) over its regions, axis=1, and take the lowest."""
    errors = np.random.default_rng(seed).uniform(1, 12, size=(n, k))
    expected = reference().best_by_average_error(errors.copy())
    expect(sub.best_by_average_error(errors), expected, f"best_by_average_error(errors {n}x{k})")


def test_best_by_average_error_not_best_region():
    """Being the best in one region is not enough: the average over all regions decides."""
    errors = np.array([[1.0, 9.0, 9.0], [3.0, 3.0, 3.0], [2.0, 8.0, 6.0]])
    expect(sub.best_by_average_error(errors), 1, "best_by_average_error(errors)")


def test_best_by_average_error_lowest_not_highest():
    """An error is better when it is LOWER: argmin, not argmax."""
    errors = np.array([[5.0, 5.0], [1.0, 2.0], [9.0, 9.0]])
    expect(sub.best_by_average_error(errors), 1, "best_by_average_error(errors)")


def test_best_by_average_error_returns_a_row_index():
    """The answer indexes a classifier (a row): with 2 classifiers it is 0 or 1."""
    errors = np.array([[4.0, 1.0, 6.0, 2.0, 5.0], [3.0, 3.0, 3.0, 3.0, 3.0]])
    expect(sub.best_by_average_error(errors), 1, "best_by_average_error(errors)")
