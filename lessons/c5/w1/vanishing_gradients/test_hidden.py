"""Hidden tests: other sizes, seeds and horizons compared with the reference, the |w|^T growth
law, and the properties that make clipping safe."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_gradients(seed, scale=10.0):
    rng = np.random.default_rng(seed)
    n_a, n_x, n_y = 3 + seed % 3, 2 + seed % 4, 4
    return {"dWax": rng.normal(0, scale, (n_a, n_x)), "dWaa": rng.normal(0, scale, (n_a, n_a)),
            "dWya": rng.normal(0, scale, (n_y, n_a)), "db": rng.normal(0, scale, (n_a, 1)),
            "dby": rng.normal(0, scale, (n_y, 1))}


def copy_of(gradients):
    return {name: g.copy() for name, g in gradients.items()}


@pytest.mark.parametrize("seed, n_a, m, T", [(1, 3, 5, 4), (2, 5, 2, 6), (3, 4, 7, 1), (4, 2, 3, 0)])
def test_gradient_through_time_random(seed, n_a, m, T):
    """da<t-1> = Waa^T da<t> (a matrix product with the TRANSPOSE), stored at index t - 1,
    from t = T down to t = 1; da[:, :, T] is da_T."""
    rng = np.random.default_rng(seed)
    Waa, da_T = rng.normal(0, 0.6, (n_a, n_a)), rng.normal(size=(n_a, m))
    expected = reference().gradient_through_time(Waa.copy(), da_T.copy(), T)
    expect(sub.gradient_through_time(Waa, da_T, T), expected,
           f"gradient_through_time(Waa {n_a}x{n_a}, da_T {n_a}x{m}, {T})")


@pytest.mark.parametrize("w", [0.5, 0.9, 1.1, 1.6])
def test_gradient_through_time_power_law(w):
    """With Waa = w I, going back k steps multiplies the gradient by w^k: da<t> = w^(T-t) da<T>."""
    T, da_T = 12, np.random.default_rng(5).normal(size=(3, 4))
    da = sub.gradient_through_time(w * np.eye(3), da_T, T)
    for t in (0, 5, 11, T):
        expect(da[:, :, t], w ** (T - t) * da_T, f"da[:, :, {t}] with Waa = {w} I")


def test_gradient_through_time_keeps_the_end():
    """The last slice is da_T itself, and the shape is (n_a, m, T + 1)."""
    da_T = np.arange(6.0).reshape(2, 3)
    da = sub.gradient_through_time(np.array([[0.0, 1.0], [-1.0, 0.3]]), da_T, 4)
    expect(da.shape, (2, 3, 5), "gradient_through_time(..., T=4).shape")
    expect(da[:, :, 4], da_T, "da[:, :, T]")


@pytest.mark.parametrize("seed, max_value", [(1, 5.0), (2, 10.0), (3, 0.5), (4, 2.0)])
def test_clip_by_value_random(seed, max_value):
    """Every array (weights AND biases) is clipped into [-max_value, max_value] with
    np.clip(g, -max_value, max_value)."""
    grads = random_gradients(seed)
    expected = reference().clip_by_value(copy_of(grads), max_value)
    expect(sub.clip_by_value(grads, max_value), expected, f"clip_by_value(gradients, {max_value})")


def test_clip_by_value_bounds_and_passthrough():
    """Values inside the interval are unchanged; values outside land exactly on a bound, on
    both the positive and the negative side."""
    grads = {"dW": np.array([[-30.0, -2.0, 0.0], [1.5, 4.0, 30.0]]), "db": np.array([[-7.0], [6.0]])}
    clipped = sub.clip_by_value(grads, 3.0)
    expect(clipped["dW"], np.array([[-3.0, -2.0, 0.0], [1.5, 3.0, 3.0]]), "clipped['dW']")
    expect(clipped["db"], np.array([[-3.0], [3.0]]), "clipped['db']")


def test_clip_by_value_leaves_the_input_alone():
    """Return a NEW dictionary of new arrays: the caller's gradients must not change."""
    grads = random_gradients(7)
    before = copy_of(grads)
    sub.clip_by_value(grads, 1.0)
    expect(grads, before, "gradients after clip_by_value")


@pytest.mark.parametrize("seed, max_norm", [(1, 5.0), (2, 20.0), (3, 1.0), (4, 1000.0)])
def test_clip_by_norm_random(seed, max_norm):
    """One GLOBAL norm over every entry of every array; when it exceeds max_norm, every array is
    multiplied by max_norm / global_norm."""
    grads = random_gradients(seed)
    expected = reference().clip_by_norm(copy_of(grads), max_norm)
    expect(sub.clip_by_norm(grads, max_norm), expected, f"clip_by_norm(gradients, {max_norm})")


def test_clip_by_norm_properties():
    """After clipping the global norm equals max_norm, and every array keeps its direction
    (all of them are scaled by the SAME positive factor)."""
    grads = random_gradients(9)
    clipped, norm = sub.clip_by_norm(grads, 3.0)
    new_norm = np.sqrt(sum(np.sum(g ** 2) for g in clipped.values()))
    expect(float(new_norm), 3.0, "the global norm after clip_by_norm(gradients, 3.0)")
    ratios = [clipped[k].ravel() / grads[k].ravel() for k in grads]
    expect(np.concatenate(ratios), np.full(sum(r.size for r in ratios), 3.0 / norm),
           "clipped / original, entry by entry")


def test_clip_by_norm_leaves_the_input_alone():
    """Return a NEW dictionary of new arrays: the caller's gradients must not change."""
    grads = random_gradients(8)
    before = copy_of(grads)
    sub.clip_by_norm(grads, 1.0)
    expect(grads, before, "gradients after clip_by_norm")
