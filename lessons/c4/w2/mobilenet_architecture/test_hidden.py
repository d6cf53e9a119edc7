"""Hidden tests: other shapes, strides and seeds, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def test_relu6_random():
    """relu6 is 0 below 0, the identity between 0 and 6, and 6 above 6."""
    Z = np.random.default_rng(4).normal(0, 6, size=(3, 4, 5))
    expect(sub.relu6(Z.copy()), np.clip(Z, 0, 6), "relu6(Z)")


def test_relu6_range():
    """Every output must lie in [0, 6]: cap BOTH ends."""
    A = sub.relu6(np.linspace(-20, 20, 41))
    assert A.min() == 0 and A.max() == 6, "relu6 outputs should span exactly [0, 6] here"


@pytest.mark.parametrize("input_shape, t, n_C_out, stride",
                         [((9, 7, 8), 6, 8, 1), ((15, 10, 24), 6, 32, 2), ((5, 8, 3), 4, 5, 2), ((4, 6, 2), 1, 3, 1)])
def test_bottleneck_shapes_cases(input_shape, t, n_C_out, stride):
    """Expansion multiplies the channels by t; the depthwise step keeps them and applies the stride ('same' padding: ceil(n / stride)); the projection sets n_C_out."""
    n_H, n_W, n_C = input_shape
    h, w = -(-n_H // stride), -(-n_W // stride)
    expected = [(n_H, n_W, t * n_C), (h, w, t * n_C), (h, w, n_C_out)]
    expect(sub.bottleneck_shapes(input_shape, t, n_C_out, stride), expected, "bottleneck_shapes(...)")


def make_parameters(n_C, t, n_C_out, seed):
    rng = np.random.default_rng(seed)
    n_exp = t * n_C
    return {"W1": rng.normal(0, 1.5, size=(1, 1, n_C, n_exp)), "b1": rng.normal(size=(1, 1, 1, n_exp)),
            "W2": rng.normal(0, 0.7, size=(3, 3, n_exp)), "b2": rng.normal(size=(1, 1, n_exp)),
            "W3": rng.normal(0, 0.5, size=(1, 1, n_exp, n_C_out)), "b3": rng.normal(size=(1, 1, 1, n_C_out))}


@pytest.mark.parametrize("m, n_H, n_W, n_C, t, n_C_out, stride",
                         [(2, 5, 4, 3, 6, 3, 1), (3, 6, 7, 2, 4, 5, 1), (2, 7, 5, 4, 3, 6, 2), (1, 8, 6, 3, 6, 3, 2)])
def test_bottleneck_forward_random(m, n_H, n_W, n_C, t, n_C_out, stride):
    """relu6 after the expansion and after the depthwise step, NO activation after the projection, and the input added back only when stride == 1 and the channel counts match."""
    X = np.random.default_rng(m + n_H).normal(0, 3, size=(m, n_H, n_W, n_C))
    parameters = make_parameters(n_C, t, n_C_out, seed=n_W + 7 * stride)
    expected = reference().bottleneck_forward(X.copy(), {k: v.copy() for k, v in parameters.items()}, stride)
    expect(sub.bottleneck_forward(X, parameters, stride), expected, "bottleneck_forward(X, parameters, stride)")


def test_bottleneck_forward_zero_weights_is_identity():
    """With every weight and bias 0 the block adds 0 to the shortcut: the output equals the input."""
    X = np.random.default_rng(2).normal(size=(2, 4, 5, 3))
    parameters = {k: np.zeros_like(v) for k, v in make_parameters(3, 6, 3, seed=1).items()}
    expect(sub.bottleneck_forward(X.copy(), parameters, 1), X, "bottleneck_forward with zero weights")


def test_bottleneck_forward_output_can_be_negative():
    """The projection is linear: with stride 2 (no shortcut) its outputs should include negative values."""
    X = np.random.default_rng(6).normal(0, 2, size=(2, 6, 6, 3))
    out = sub.bottleneck_forward(X, make_parameters(3, 6, 4, seed=3), 2)
    assert out.shape == (2, 3, 3, 4), f"expected shape (2, 3, 3, 4), got {out.shape}"
    assert out.min() < 0, "no negative outputs: is there an activation after the projection?"
