"""Hidden tests: random 128-d unit-length encodings, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def unit(rng, n=128):
    v = rng.normal(size=n)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize("seed", [1, 7, 23])
def test_verify_random_encodings(seed):
    """dist is the plain L2 norm of the difference (square root of the sum of squares)."""
    rng = np.random.default_rng(seed)
    a, b = unit(rng), unit(rng)
    exp_dist, _ = reference().verify(a.copy(), b.copy(), 0.7)
    dist, _ = sub.verify(a, b, 0.7)
    expect(dist, exp_dist, "dist")


def test_verify_decision_both_sides():
    """is_match is True only when the distance is BELOW the threshold."""
    rng = np.random.default_rng(5)
    a = unit(rng)
    near = a + 0.02 * rng.normal(size=128)
    far = unit(rng)
    assert sub.verify(a, near, 0.7)[1] is True, "a near copy of the face should match"
    assert sub.verify(a, far, 0.7)[1] is False, "an unrelated face should not match"


def test_verify_threshold_respected():
    """Move the threshold just above and just below the distance: the answer must flip."""
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.0, 0.6, 0.8])
    d = np.sqrt(2.0)
    assert sub.verify(a, b, d + 0.01)[1] is True
    assert sub.verify(a, b, d - 0.01)[1] is False


def test_verify_leaves_inputs_alone():
    """Compute the distance without changing the encodings you were given."""
    rng = np.random.default_rng(9)
    a, b = unit(rng), unit(rng)
    a0, b0 = a.copy(), b.copy()
    sub.verify(a, b)
    expect(a, a0, "encoding after verify")
    expect(b, b0, "identity_encoding after verify")


@pytest.mark.parametrize("seed", [2, 13, 31])
def test_recognize_random_database(seed):
    """Keep the SMALLEST distance seen so far and the name that goes with it."""
    rng = np.random.default_rng(seed)
    names = [f"person{i}" for i in range(6)]
    database = {n: unit(rng) for n in names}
    target = names[seed % 6]
    query = database[target] + 0.03 * rng.normal(size=128)
    exp = reference().recognize(query.copy(), {k: v.copy() for k, v in database.items()}, 0.7)
    min_dist, identity = sub.recognize(query, database, 0.7)
    expect(min_dist, exp[0], "min_dist")
    assert identity == target, f"expected {target!r}, got {identity!r}"


def test_recognize_closest_not_last():
    """The answer must not depend on the order of the database: the closest person wins."""
    query = np.array([1.0, 0.0])
    database = {"near": np.array([0.9, 0.1]), "far": np.array([0.0, 1.0])}
    min_dist, identity = sub.recognize(query, database, 0.7)
    assert identity == "near", f"expected 'near', got {identity!r}"
    expect(min_dist, float(np.sqrt(0.02)), "min_dist")


def test_recognize_unknown_person():
    """When even the closest person is too far (>= threshold), answer None: not in the database."""
    rng = np.random.default_rng(4)
    database = {f"p{i}": unit(rng) for i in range(5)}
    stranger = unit(rng)
    exp_dist, _ = reference().recognize(stranger.copy(), database, 0.7)
    min_dist, identity = sub.recognize(stranger, database, 0.7)
    expect(min_dist, exp_dist, "min_dist")
    assert identity is None, f"a stranger must give None, got {identity!r}"
