"""Hidden tests: random batches of rectangles, branch by branch, and the inputs left alone."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def _params(rng, c_in, c1, r3, c3, r5, c5, cp):
    def pair(f, a, b):
        return (rng.normal(size=(f, f, a, b)) * 0.5, rng.normal(size=(1, 1, 1, b)) * 0.5)
    return {"1x1": pair(1, c_in, c1), "3x3_reduce": pair(1, c_in, r3), "3x3": pair(3, r3, c3),
            "5x5_reduce": pair(1, c_in, r5), "5x5": pair(5, r5, c5), "pool_proj": pair(1, c_in, cp)}


def _copy(params):
    return {k: (W.copy(), b.copy()) for k, (W, b) in params.items()}


@pytest.mark.parametrize("seed, shape, chans", [
    (1, (2, 6, 9, 5), (3, 4, 6, 2, 5, 7)),
    (2, (3, 7, 4, 3), (2, 5, 3, 3, 4, 1)),
    (3, (1, 5, 5, 8), (4, 2, 2, 6, 3, 3)),
])
def test_inception_module_random(seed, shape, chans):
    """Four branches, each ending in a ReLU; the 1x1 reductions get a ReLU too. The pool
    branch pools FIRST, then applies its 1x1 conv. Concatenate on the last axis in the order
    1x1, 3x3, 5x5, pool."""
    rng = np.random.default_rng(seed)
    A = rng.normal(size=shape)
    params = _params(rng, shape[3], *chans)
    expected = reference().inception_module(A.copy(), _copy(params))
    expect(sub.inception_module(A, params), expected, f"inception_module on {shape}")


def test_inception_module_branch_blocks():
    """Each branch fills its own block of channels: [0:c1] is the 1x1 branch, then the 3x3,
    the 5x5 and the pool branch, in that order."""
    rng = np.random.default_rng(4)
    A = rng.normal(size=(2, 5, 7, 4))
    params = _params(rng, 4, 2, 3, 3, 2, 4, 5)
    out = sub.inception_module(A, params)
    expect(out.shape, (2, 5, 7, 14), "output shape")
    ref = reference()
    branch1 = ref.relu(ref.conv_same(A, *params["1x1"]))
    pooled = ref.max_pool_same(A, 3)
    branch4 = ref.relu(ref.conv_same(pooled, *params["pool_proj"]))
    expect(out[..., :2], branch1, "channels 0:2 (the 1x1 branch)")
    expect(out[..., 9:], branch4, "channels 9:14 (the pool branch)")


def test_inception_module_output_nonnegative():
    """Every branch ends in a ReLU, so the whole output is >= 0."""
    rng = np.random.default_rng(5)
    A = rng.normal(size=(2, 4, 6, 3)) - 1.0
    out = sub.inception_module(A, _params(rng, 3, 2, 2, 2, 2, 2, 2))
    expect(bool(np.all(out >= 0)), True, "all outputs >= 0")


def test_inception_module_leaves_inputs_alone():
    """Build new arrays; the input volume must not change."""
    rng = np.random.default_rng(6)
    A = rng.normal(size=(1, 4, 5, 3))
    A_copy = A.copy()
    sub.inception_module(A, _params(rng, 3, 2, 2, 2, 2, 2, 2))
    expect(A, A_copy, "A_prev after the call")
