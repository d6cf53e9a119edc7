"""Hidden tests: fresh shapes and seeds, compared with the reference and with properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _calories(seed, shape):
    return np.random.default_rng(seed).uniform(1.0, 300.0, size=shape).round(1)


@pytest.mark.parametrize("seed, shape", [(1, (3, 5)), (4, (2, 7)), (9, (5, 3)), (12, (4, 4))])
def test_calorie_percentages_shapes(seed, shape):
    """Divide each entry by the total of its COLUMN (its food), np.sum(A, axis=0, keepdims=True), then times 100."""
    A = _calories(seed, shape)
    expected = reference().calorie_percentages(A.copy())
    expect(sub.calorie_percentages(A), expected, "calorie_percentages(A)")


def test_calorie_percentages_columns_add_to_100():
    """Every food's percentages must add up to 100 (not 1): each column, not each row."""
    A = _calories(20, (3, 6))
    result = sub.calorie_percentages(A)
    expect(np.sum(result, axis=0), np.full(6, 100.0), "the column sums of your result")


def test_calorie_percentages_leaves_A_alone():
    """Return a NEW array: A / cal builds one, while A /= cal overwrites the caller's data."""
    A = _calories(31, (3, 4))
    A_before = A.copy()
    result = sub.calorie_percentages(A)
    expect(A, A_before, "the A you were given, after your function")
    expect(result, reference().calorie_percentages(A_before), "calorie_percentages(A)")


def test_calorie_percentages_one_food_dominates():
    """A food with huge totals must not shrink the percentages of the others: divide by each food's OWN total."""
    A = np.array([[1.0, 1000.0], [3.0, 3000.0]])
    expect(sub.calorie_percentages(A), np.array([[25.0, 25.0], [75.0, 75.0]]),
           "calorie_percentages(A)")


@pytest.mark.parametrize("seed, shape", [(2, (3, 8)), (7, (5, 2)), (15, (1, 6))])
def test_normalize_features_shapes(seed, shape):
    """Per FEATURE (row): mean and std along axis=1 with keepdims=True, so they are (n_x, 1) columns."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=shape) * rng.uniform(1, 20, size=(shape[0], 1)) + 5
    expected = reference().normalize_features(X.copy())
    expect(sub.normalize_features(X), expected, "normalize_features(X)")


def test_normalize_features_square():
    """On a square X a missing keepdims raises no error but lines the means up with the COLUMNS: keep (n_x, 1)."""
    rng = np.random.default_rng(40)
    X = rng.normal(size=(4, 4)) * np.array([[1.0], [10.0], [100.0], [0.5]]) + 3
    expected = reference().normalize_features(X.copy())
    expect(sub.normalize_features(X), expected, "normalize_features(X)")


def test_normalize_features_properties():
    """After normalizing, every ROW has mean 0 and standard deviation 1 (divide by the std, not the variance)."""
    rng = np.random.default_rng(55)
    X = rng.normal(3, 7, size=(3, 10))
    result = sub.normalize_features(X)
    expect(np.mean(result, axis=1), np.zeros(3), "the row means of your result", atol=1e-9)
    expect(np.std(result, axis=1), np.ones(3), "the row standard deviations of your result")


def test_normalize_features_leaves_X_alone():
    """Return a NEW array: X - mu builds one, while X -= mu overwrites the caller's data."""
    X = np.random.default_rng(66).normal(2, 4, size=(3, 5))
    X_before = X.copy()
    result = sub.normalize_features(X)
    expect(X, X_before, "the X you were given, after your function")
    expect(result, reference().normalize_features(X_before), "normalize_features(X)")
