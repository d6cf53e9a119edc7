"""Hidden tests: random non-negative encodings of several sizes, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def encodings(rng, m, n):
    return rng.uniform(0.01, 1.0, size=(m, n))


@pytest.mark.parametrize("seed,m,n", [(1, 4, 128), (2, 7, 3), (3, 1, 10)])
@pytest.mark.parametrize("kind", ["abs", "chi2"])
def test_pair_features_random(seed, m, n, kind):
    """abs: |f1 - f2| element by element; chi2: (f1 - f2)^2 / (f1 + f2 + eps). Same shape as the encodings."""
    rng = np.random.default_rng(seed)
    F1, F2 = encodings(rng, m, n), encodings(rng, m, n)
    exp = reference().pair_features(F1.copy(), F2.copy(), kind)
    expect(sub.pair_features(F1, F2, kind), exp, f"pair_features(F1, F2, {kind!r})")


@pytest.mark.parametrize("kind", ["abs", "chi2"])
def test_pair_features_symmetric_and_zero(kind):
    """Swapping the two images must not change the features, and a face paired with itself gives all zeros."""
    rng = np.random.default_rng(4)
    F1, F2 = encodings(rng, 5, 6), encodings(rng, 5, 6)
    expect(sub.pair_features(F2, F1, kind), sub.pair_features(F1, F2, kind), "features with F1, F2 swapped")
    expect(sub.pair_features(F1, F1, kind), np.zeros((5, 6)), "pair_features(F1, F1)", atol=1e-9)
    assert np.all(sub.pair_features(F1, F2, kind) >= 0), "both kinds of features are never negative"


def test_pair_features_leaves_inputs_alone():
    """Compute new features without changing F1 or F2."""
    rng = np.random.default_rng(5)
    F1, F2 = encodings(rng, 3, 4), encodings(rng, 3, 4)
    F1c, F2c = F1.copy(), F2.copy()
    sub.pair_features(F1, F2, "chi2")
    sub.pair_features(F1, F2, "abs")
    expect(F1, F1c, "F1 after pair_features")
    expect(F2, F2c, "F2 after pair_features")


@pytest.mark.parametrize("seed,m,n", [(6, 5, 128), (7, 9, 4), (8, 2, 17)])
@pytest.mark.parametrize("kind", ["abs", "chi2"])
def test_verification_probability_random(seed, m, n, kind):
    """y_hat = sigmoid(pair_features(F1, F2, kind) @ w + b), one probability per pair, shape (m,). Pass kind on."""
    rng = np.random.default_rng(seed)
    F1, F2 = encodings(rng, m, n), encodings(rng, m, n)
    w, b = rng.normal(size=n), float(rng.normal())
    exp = reference().verification_probability(F1.copy(), F2.copy(), w.copy(), b, kind)
    expect(sub.verification_probability(F1, F2, w, b, kind), exp,
           f"verification_probability(F1, F2, w, b, {kind!r})")


def test_verification_probability_properties():
    """Outputs are probabilities; identical faces give sigmoid(b); a large positive b with w = 0 gives nearly 1."""
    rng = np.random.default_rng(9)
    F1, F2 = encodings(rng, 6, 8), encodings(rng, 6, 8)
    w = -rng.uniform(1, 3, size=8)
    y = np.asarray(sub.verification_probability(F1, F2, w, 0.5))
    assert y.shape == (6,) and np.all((y > 0) & (y < 1)), "y_hat must be 6 numbers strictly between 0 and 1"
    expect(sub.verification_probability(F1, F1, w, 0.5), np.full(6, 1 / (1 + np.exp(-0.5))),
           "verification_probability(F1, F1, w, 0.5)")
