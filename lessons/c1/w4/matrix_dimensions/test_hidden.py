"""Hidden tests: other architectures and other broken parameter sets."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("layer_dims, m", [([4, 1], 10), ([6, 4, 3, 1], 1), ([2, 7, 7, 3, 1], 5)])
def test_expected_shapes_architectures(layer_dims, m):
    """W and dW are (n[l], n[l-1]) -- rows for THIS layer, columns for the previous one; b and
    db are (n[l], 1), whatever m is; Z and A are (n[l], m). Every layer l = 1..L."""
    shapes = sub.expected_shapes(list(layer_dims), m)
    expected = reference().expected_shapes(list(layer_dims), m)
    expect(sorted(shapes), sorted(expected), "the keys of the dict")
    expect(shapes, expected, f"expected_shapes({layer_dims}, {m})")


def _good(layer_dims):
    return {name + str(l): np.zeros((layer_dims[l], layer_dims[l - 1] if name == "W" else 1))
            for l in range(1, len(layer_dims)) for name in ("W", "b")}


def test_find_shape_errors_all_good():
    """Correct parameters give an empty list."""
    expect(sub.find_shape_errors(_good([6, 4, 3, 1]), [6, 4, 3, 1]), [], "errors")


@pytest.mark.parametrize("layer_dims, broken, expected", [
    ([6, 4, 3, 1], {"b1": np.zeros((4, 6))}, ["b1"]),
    ([6, 4, 3, 1], {"W3": np.zeros((3, 1)), "b2": np.zeros((3, 5))}, ["b2", "W3"]),
    ([5, 5, 5, 1], {"W2": np.zeros((5, 1))}, ["W2"]),
    ([4, 3, 1], {"b2": np.zeros((1,))}, ["b2"]),
])
def test_find_shape_errors_broken(layer_dims, broken, expected):
    """Check W[l] against (n[l], n[l-1]) AND b[l] against (n[l], 1), for every layer, and list
    the bad keys in the order W1, b1, W2, b2, ..."""
    parameters = _good(layer_dims)
    parameters.update(broken)
    expect(sub.find_shape_errors(parameters, layer_dims), expected, "errors")


def test_find_shape_errors_missing_key():
    """A key that is missing from the dict is an error too (check `key in parameters` before
    looking at its shape)."""
    parameters = _good([3, 4, 2, 1])
    del parameters["W2"], parameters["b3"]
    expect(sub.find_shape_errors(parameters, [3, 4, 2, 1]), ["W2", "b3"], "errors")
