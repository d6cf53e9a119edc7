"""Hidden tests: other depths and layer sizes."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect


def _parameters(layer_dims, seed):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.normal(size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@pytest.mark.parametrize("L", [1, 2, 5, 11])
def test_parameter_keys_depths(L):
    """Layers are numbered from 1 to L (there is no W0), and each W is followed by its b."""
    expected = [name + str(l) for l in range(1, L + 1) for name in ("W", "b")]
    expect(sub.parameter_keys(L), expected, f"parameter_keys({L})")


@pytest.mark.parametrize("layer_dims", [[4, 1], [6, 3, 1], [2, 9, 4, 7, 1], [12, 12, 1],
                                        [3, 8, 8, 8, 8, 8, 8, 2]])
def test_layer_dims_from_parameters_networks(layer_dims):
    """n[0] is the number of COLUMNS of W1; n[l] is the number of ROWS of W[l], for every
    l = 1..L. L = len(parameters) // 2, since each layer has a W and a b."""
    parameters = _parameters(layer_dims, len(layer_dims))
    expect(sub.layer_dims_from_parameters(parameters), list(layer_dims),
           "layer_dims_from_parameters(parameters)")
