"""Hidden tests: trickier names, and sweeps with diverged runs in awkward places."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect

PARAMETERS = ["W1", "b1", "W2", "b7", "W12", "b10"]
NOT_PARAMETERS = ["learning_rate", "num_iterations", "layers_dims", "n_h", "L", "activation",
                  "beta", "beta1", "batch_size", "b", "W", "dW1", "db2", "lambd", "Wx", "bias"]


@pytest.mark.parametrize("name", PARAMETERS)
def test_is_parameter_true(name):
    """'W' or 'b' followed by a layer number is a parameter (the biases count too)."""
    result = sub.is_parameter(name)
    assert isinstance(result, (bool, np.bool_)), f"return True or False, not {result!r}"
    expect(bool(result), True, f"is_parameter({name!r})")


@pytest.mark.parametrize("name", NOT_PARAMETERS)
def test_is_parameter_false(name):
    """Hyperparameters and gradients are not parameters -- not even 'beta' or 'batch_size',
    which start with b: the rest of the name must be digits (and there must be some)."""
    result = sub.is_parameter(name)
    assert isinstance(result, (bool, np.bool_)), f"return True or False, not {result!r}"
    expect(bool(result), False, f"is_parameter({name!r})")


@pytest.mark.parametrize("final_costs, best", [
    ({0.5: float("nan"), 0.05: 0.2, 0.005: 0.3}, 0.05),
    ({3.0: float("inf"), 0.3: 0.25, 0.03: 0.08, 0.003: 0.4}, 0.03),
    ({0.1: 0.9}, 0.1),
    ({0.02: 0.31, 0.2: 0.07, 2.0: float("nan")}, 0.2),
])
def test_best_learning_rate_sweeps(final_costs, best):
    """Return the learning RATE (the key) with the LOWEST finite cost; skip nan and inf runs
    wherever they appear in the dict (np.isfinite)."""
    expect(sub.best_learning_rate(final_costs), best, "best_learning_rate(final_costs)")


def test_best_learning_rate_all_diverged():
    """When every run diverged there is no best rate: return None."""
    result = sub.best_learning_rate({1.0: float("nan"), 10.0: float("inf")})
    assert result is None, f"expected None when every run diverged, got {result!r}"
