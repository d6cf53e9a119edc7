"""Hidden tests: shuffled human levels and fresh scenario tables of several widths."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

WHO = ["passer-by", "trained volunteer", "typical doctor", "experienced doctor", "specialist",
       "team of experts"]


def random_levels(rng):
    names = list(rng.permutation(WHO)[:int(rng.integers(2, 6))])
    return {str(name): float(rng.uniform(0.002, 0.05)) for name in names}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_bayes_proxy_random(seed):
    """Bayes error is at most the BEST human level: return the lowest error, wherever it sits
    in the dict."""
    levels = random_levels(np.random.default_rng(seed))
    expected = min(levels.values())
    expect(sub.bayes_proxy(dict(levels)), expected, "bayes_proxy(human_errors)")


def test_bayes_proxy_best_listed_first():
    """The dict can list the experts first or last: look at every value."""
    levels = {"team of experts": 0.004, "typical doctor": 0.012, "passer-by": 0.04}
    expect(sub.bayes_proxy(levels), 0.004, "bayes_proxy with the experts first")


def test_bayes_proxy_single_level():
    """With only one human level, that level is the proxy."""
    expect(sub.bayes_proxy({"typical doctor": 0.01}), 0.01, "bayes_proxy({'typical doctor': 0.01})")


def test_bayes_proxy_leaves_dict_alone():
    """Read the values; do not remove or change entries of the caller's dict."""
    levels = {"a": 0.02, "b": 0.01, "c": 0.03}
    sub.bayes_proxy(levels)
    expect(levels, {"a": 0.02, "b": 0.01, "c": 0.03}, "human_errors after bayes_proxy")


def random_table(rng, k):
    human = rng.uniform(0.0, 0.1, size=k)
    train = human + rng.uniform(0.0, 0.08, size=k)
    dev = train + rng.uniform(0.0, 0.08, size=k)
    return np.vstack([human, train, dev])


@pytest.mark.parametrize("seed, k", [(11, 1), (12, 2), (13, 5), (14, 8), (15, 20)])
def test_gap_table_random(seed, k):
    """Row 0 is train - human, row 1 is dev - train; one COLUMN per scenario, shape (2, k)."""
    errors = random_table(np.random.default_rng(seed), k)
    expected = np.vstack([errors[1] - errors[0], errors[2] - errors[1]])
    expect(sub.gap_table(errors.copy()), expected, "gap_table(errors)")


def test_gap_table_columns_add_up():
    """In every column the two gaps add up to dev - human."""
    errors = random_table(np.random.default_rng(16), 6)
    gaps = sub.gap_table(errors)
    expect(np.sum(gaps, axis=0), errors[2] - errors[0], "np.sum(gap_table(errors), axis=0)")


def test_gap_table_leaves_input_alone():
    """Compute new arrays; do not write into errors."""
    errors = random_table(np.random.default_rng(17), 4)
    before = errors.copy()
    sub.gap_table(errors)
    expect(errors, before, "errors after gap_table")


@pytest.mark.parametrize("seed, k", [(21, 1), (22, 3), (23, 7), (24, 12)])
def test_recommend_random(seed, k):
    """One piece of advice per COLUMN: "bias" when train - human >= dev - train."""
    errors = random_table(np.random.default_rng(seed), k)
    expected = reference().recommend(errors.copy())
    expect(sub.recommend(errors), expected, "recommend(errors)")


def test_recommend_tie_goes_to_bias():
    """Equal gaps: fix the training fit first ("bias")."""
    errors = np.array([[0.125, 0.0], [0.25, 0.0625], [0.375, 0.25]])
    expect(sub.recommend(errors), ["bias", "variance"], "recommend with a tie in column 0")


def test_recommend_uses_the_gap_not_the_train_error():
    """A high training error close to human level is NOT a bias problem."""
    errors = np.array([[0.30, 0.01], [0.31, 0.02], [0.36, 0.024]])
    expect(sub.recommend(errors), ["variance", "bias"], "recommend(errors)")


def random_choice_case(rng):
    levels = random_levels(rng)
    lo, hi = min(levels.values()), max(levels.values())
    train = float(rng.uniform(lo, hi + 0.02))
    dev = train + float(rng.uniform(0.0, 0.03))
    return levels, train, dev


@pytest.mark.parametrize("seed", [31, 32, 33, 34, 35, 36])
def test_choice_matters_random(seed):
    """Give advice once per human level (variance is dev - train each time) and report whether
    the advice differs between levels."""
    rng = np.random.default_rng(seed)
    for _ in range(6):
        levels, train, dev = random_choice_case(rng)
        expected = reference().choice_matters(dict(levels), train, dev)
        expect(sub.choice_matters(levels, train, dev), expected,
               f"choice_matters({levels}, {train:.4f}, {dev:.4f})")


def test_choice_matters_clear_bias():
    """Far above every human level with a small dev gap: "bias" for every level, so False."""
    levels = {"team": 0.004, "doctor": 0.01, "layman": 0.02}
    expect(sub.choice_matters(levels, 0.08, 0.085), False, "choice_matters(levels, 0.08, 0.085)")


def test_choice_matters_close_call():
    """Near the human levels, the best level says "bias" and a weaker one says "variance"."""
    levels = {"layman": 0.02, "doctor": 0.01, "team": 0.004}
    expect(sub.choice_matters(levels, 0.012, 0.016), True, "choice_matters(levels, 0.012, 0.016)")
