"""Hidden tests: non-square layers, other scales and seeds, properties of batch norm."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def layer(seed, n, m):
    """Pre-activations of n units over m examples, each unit with its own offset and scale."""
    rng = np.random.default_rng(seed)
    offsets = rng.uniform(-20, 20, size=(n, 1))
    scales = 10.0 ** rng.uniform(-1, 2, size=(n, 1))
    gamma = rng.uniform(0.5, 3.0, size=(n, 1))
    beta = rng.normal(size=(n, 1))
    return offsets + scales * rng.normal(size=(n, m)), gamma, beta


@pytest.mark.parametrize("seed, n, m", [(1, 3, 8), (2, 5, 2), (3, 1, 16), (4, 6, 33)])
def test_batchnorm_forward_matches_the_reference(seed, n, m):
    """Statistics per UNIT (row) over the m examples: axis=1 with keepdims=True, then
    (Z - mu) / sqrt(var + epsilon), then gamma * Z_norm + beta."""
    Z, gamma, beta = layer(seed, n, m)
    expected = reference().batchnorm_forward(Z.copy(), gamma.copy(), beta.copy())
    Z_tilde, cache = sub.batchnorm_forward(Z, gamma, beta)
    expect(Z_tilde, expected[0], f"Z_tilde for Z of shape {Z.shape}")
    expect(cache, expected[1], "cache")


def test_batchnorm_forward_rows_have_mean_beta_and_std_gamma():
    """Each row of Z_tilde ends up with mean beta and standard deviation gamma (the scale
    multiplies, the shift adds: gamma * Z_norm + beta)."""
    Z, gamma, beta = layer(5, 4, 200)
    Z_tilde, _ = sub.batchnorm_forward(Z, gamma, beta)
    expect(Z_tilde.mean(axis=1, keepdims=True), beta, "row means of Z_tilde", atol=1e-6)
    expect(Z_tilde.std(axis=1, keepdims=True), gamma, "row standard deviations of Z_tilde",
           rtol=1e-5)


def test_batchnorm_forward_epsilon_goes_under_the_root():
    """Epsilon is added to the VARIANCE, inside the square root: sqrt(var + epsilon)."""
    Z = np.array([[1.0, 3.0, 5.0, 7.0, 9.0, 11.0]])
    one, zero = np.ones((1, 1)), np.zeros((1, 1))
    var = np.mean((Z - 6.0) ** 2)
    expected = (Z - 6.0) / np.sqrt(var + 0.25)
    expect(sub.batchnorm_forward(Z, one, zero, epsilon=0.25)[0], expected,
           "Z_tilde with epsilon=0.25")


def test_batchnorm_forward_constant_unit():
    """A unit that has the same value for every example has var = 0: epsilon keeps the result
    finite, and Z_norm is 0, so Z_tilde is beta."""
    Z = np.array([[3.0, 3.0, 3.0], [1.0, 2.0, 6.0]])
    gamma, beta = np.array([[2.0], [1.0]]), np.array([[-0.5], [0.0]])
    Z_tilde, _ = sub.batchnorm_forward(Z, gamma, beta)
    expect(Z_tilde[0], np.full(3, -0.5), "Z_tilde of the constant unit")


def test_batchnorm_forward_leaves_inputs_alone():
    """Build new arrays: `Z -= mu` would change the layer's Z for everyone else."""
    Z, gamma, beta = layer(6, 3, 7)
    copies = (Z.copy(), gamma.copy(), beta.copy())
    sub.batchnorm_forward(Z, gamma, beta)
    expect((Z, gamma, beta), copies, "(Z, gamma, beta) after batchnorm_forward")


@pytest.mark.parametrize("seed, n, m", [(7, 4, 9), (8, 2, 30), (9, 5, 3)])
def test_identity_gamma_beta_matches_the_formula(seed, n, m):
    """gamma is the standard deviation sqrt(var + epsilon) and beta the mean, per unit."""
    Z, _, _ = layer(seed, n, m)
    mu = Z.mean(axis=1).reshape(n, 1)
    var = ((Z - mu) ** 2).mean(axis=1).reshape(n, 1)
    expect(sub.identity_gamma_beta(Z), (np.sqrt(var + 1e-8), mu), "identity_gamma_beta(Z)")


@pytest.mark.parametrize("epsilon", [1e-8, 0.3])
def test_identity_gamma_beta_undoes_batch_norm(epsilon):
    """With these gamma and beta, batch norm must give Z back exactly: gamma undoes the
    division by sqrt(var + epsilon) (epsilon included) and beta undoes the subtraction of mu."""
    Z, _, _ = layer(10, 3, 12)
    gamma, beta = sub.identity_gamma_beta(Z, epsilon)
    Z_tilde, _ = reference().batchnorm_forward(Z, gamma, beta, epsilon)
    expect(Z_tilde, Z, f"batchnorm_forward(Z, gamma, beta, {epsilon}) with your gamma, beta")


def test_identity_gamma_beta_leaves_z_alone():
    """Do not modify Z while computing its statistics."""
    Z, _, _ = layer(11, 4, 6)
    before = Z.copy()
    sub.identity_gamma_beta(Z)
    expect(Z, before, "Z after identity_gamma_beta")
