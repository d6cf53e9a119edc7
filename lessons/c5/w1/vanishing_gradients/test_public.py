"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def gradients():
    return {"dWaa": np.array([[3.0, -12.0], [1.0, -11.0]]), "db": np.array([[10.0], [-5.0]])}


def test_gradient_through_time_scalar():
    expect(sub.gradient_through_time(np.array([[0.9]]), np.array([[1.0]]), 3),
           np.array([[[0.729, 0.81, 0.9, 1.0]]]),
           "gradient_through_time([[0.9]], [[1.0]], 3)")


def test_gradient_through_time_matrix():
    Waa = np.array([[0.5, 0.2], [0.0, 0.5]])
    da_T = np.array([[1.0, -2.0, 0.5], [2.0, 0.0, 1.0]])
    da = sub.gradient_through_time(Waa, da_T, 2)
    expect(da.shape, (2, 3, 3), "gradient_through_time(Waa, da_T, 2).shape")
    expect(da[:, :, 1], np.array([[0.5, -1.0, 0.25], [1.2, -0.4, 0.6]]), "da[:, :, 1]")
    expect(da[:, :, 0], np.array([[0.25, -0.5, 0.125], [0.7, -0.4, 0.35]]), "da[:, :, 0]")


def test_clip_by_value_example():
    expect(sub.clip_by_value(gradients(), 5),
           {"dWaa": np.array([[3.0, -5.0], [1.0, -5.0]]), "db": np.array([[5.0], [-5.0]])},
           "clip_by_value(gradients, 5)")


def test_clip_by_norm_example():
    clipped, norm = sub.clip_by_norm(gradients(), 5.0)
    expect(norm, 20.0, "the global norm")
    expect(clipped, {"dWaa": np.array([[0.75, -3.0], [0.25, -2.75]]),
                     "db": np.array([[2.5], [-1.25]])}, "clip_by_norm(gradients, 5.0)[0]")


def test_clip_by_norm_small_gradients_untouched():
    clipped, norm = sub.clip_by_norm(gradients(), 50.0)
    expect(norm, 20.0, "the global norm")
    expect(clipped, gradients(), "clip_by_norm(gradients, 50.0)[0]")
