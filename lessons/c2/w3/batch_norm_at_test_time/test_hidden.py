"""Hidden tests: other shapes, momentums and seeds; long runs; properties of the formulas."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def batch_stats(Z):
    """Mean and (1/m) variance of every row, written out independently of the reference."""
    m = Z.shape[1]
    mu = Z.sum(axis=1).reshape(-1, 1) / m
    return mu, ((Z - mu) ** 2).sum(axis=1).reshape(-1, 1) / m


def layer(seed, n, m):
    """Pre-activations of n units with their own offsets and spreads, one column per example."""
    rng = np.random.default_rng(seed)
    return rng.uniform(-5, 5, size=(n, 1)) + rng.uniform(0.5, 4, size=(n, 1)) * rng.normal(
        size=(n, m))


@pytest.mark.parametrize("seed, n, m, momentum", [(1, 3, 8, 0.9), (2, 5, 2, 0.99),
                                                  (3, 4, 16, 0.5), (4, 1, 7, 0.8)])
def test_update_running_stats_random(seed, n, m, momentum):
    """Average over the EXAMPLES of the mini-batch (axis=1, keepdims), then keep momentum of
    the old value and add (1 - momentum) of the new one."""
    rng = np.random.default_rng(seed + 40)
    running_mu, running_var = rng.normal(size=(n, 1)), rng.uniform(0.5, 3, size=(n, 1))
    Z = layer(seed, n, m)
    mu, sigma2 = batch_stats(Z)
    expected = (momentum * running_mu + (1 - momentum) * mu,
                momentum * running_var + (1 - momentum) * sigma2)
    expect(sub.update_running_stats(running_mu.copy(), running_var.copy(), Z.copy(), momentum),
           expected, f"update_running_stats(..., Z of shape {Z.shape}, momentum={momentum})")


def test_update_running_stats_is_a_variance():
    """The batch statistic is the VARIANCE of z: the mean squared distance from the batch mean,
    no square root, divided by m."""
    Z = np.array([[0.0, 4.0, 8.0], [100.0, 100.0, 106.0]])
    expect(sub.update_running_stats(np.zeros((2, 1)), np.zeros((2, 1)), Z, momentum=0.0),
           (np.array([[4.0], [102.0]]), np.array([[32 / 3], [8.0]])),
           "update_running_stats(zeros, zeros, Z, momentum=0)")


def test_update_running_stats_momentum_extremes():
    """momentum=1 keeps the old averages untouched; momentum=0 forgets them and keeps only the
    new mini-batch: the OLD value is the one multiplied by momentum."""
    Z = layer(5, 3, 6)
    old_mu, old_var = np.array([[1.0], [-2.0], [0.5]]), np.array([[2.0], [0.25], [9.0]])
    expect(sub.update_running_stats(old_mu.copy(), old_var.copy(), Z, momentum=1.0),
           (old_mu, old_var), "update_running_stats(..., momentum=1)")
    expect(sub.update_running_stats(old_mu.copy(), old_var.copy(), Z, momentum=0.0),
           batch_stats(Z), "update_running_stats(..., momentum=0)")


def test_update_running_stats_over_many_batches():
    """Run over many mini-batches, the averages must match the exponentially weighted formula
    step by step and end close to the layer's true mean and variance (not just the last
    batch's)."""
    rng = np.random.default_rng(11)
    true_mu, true_sigma = np.array([[3.0], [-1.0], [0.0]]), np.array([[2.0], [0.5], [1.0]])
    running_mu, running_var = np.zeros((3, 1)), np.ones((3, 1))
    expected_mu, expected_var = running_mu.copy(), running_var.copy()
    for _ in range(300):
        Z = true_mu + true_sigma * rng.normal(size=(3, 8))
        mu, sigma2 = batch_stats(Z)
        expected_mu = 0.95 * expected_mu + 0.05 * mu
        expected_var = 0.95 * expected_var + 0.05 * sigma2
        running_mu, running_var = sub.update_running_stats(running_mu, running_var, Z.copy(),
                                                           momentum=0.95)
    expect((running_mu, running_var), (expected_mu, expected_var),
           "running averages after 300 mini-batches", rtol=1e-6)
    # batches of 8 underestimate the variance by a factor (8 - 1) / 8 on average
    expect(running_mu, true_mu, "running mean after 300 mini-batches", atol=0.35)
    expect(running_var, true_sigma ** 2 * 7 / 8, "running variance after 300 mini-batches",
           rtol=0.35)


def test_update_running_stats_leaves_inputs_alone():
    """Build new arrays: `running_mu *= momentum` would change the caller's averages."""
    running_mu, running_var, Z = np.array([[0.5], [1.0]]), np.array([[2.0], [3.0]]), layer(6, 2, 5)
    copies = (running_mu.copy(), running_var.copy(), Z.copy())
    sub.update_running_stats(running_mu, running_var, Z, momentum=0.9)
    expect((running_mu, running_var, Z), copies, "(running_mu, running_var, Z) after the update")


@pytest.mark.parametrize("seed, n", [(7, 3), (8, 6), (9, 1)])
def test_batchnorm_inference_single_example_random(seed, n):
    """Normalize with the RUNNING statistics you are given (a single example has no variance of
    its own), divide by sqrt(running_var + epsilon), then scale by gamma and shift by beta."""
    rng = np.random.default_rng(seed)
    z = rng.normal(0, 3, size=(n, 1))
    running_mu, running_var = rng.normal(size=(n, 1)), rng.uniform(0.2, 5, size=(n, 1))
    gamma, beta = rng.uniform(0.5, 2, size=(n, 1)), rng.normal(size=(n, 1))
    expected = gamma * (z - running_mu) / np.sqrt(running_var + 1e-8) + beta
    expect(sub.batchnorm_inference(z.copy(), running_mu.copy(), running_var.copy(), gamma.copy(),
                                   beta.copy()),
           expected, f"batchnorm_inference(z of shape {z.shape}, ...)")


def test_batchnorm_inference_depends_on_the_example():
    """Two different examples must give two different outputs: if yours is always beta, you
    are normalizing each example with its own mean (itself) and variance (0)."""
    running_mu, running_var = np.array([[1.0], [2.0]]), np.array([[4.0], [1.0]])
    gamma, beta = np.array([[1.5], [1.0]]), np.array([[0.5], [-0.5]])
    for z in (np.array([[3.0], [2.0]]), np.array([[-1.0], [5.0]])):
        expected = reference().batchnorm_inference(z.copy(), running_mu, running_var, gamma, beta)
        expect(sub.batchnorm_inference(z, running_mu, running_var, gamma, beta), expected,
               f"batchnorm_inference(z={z.ravel().tolist()}, ...)")


@pytest.mark.parametrize("seed, n, m", [(10, 4, 7), (12, 3, 2)])
def test_batchnorm_inference_batch_is_columnwise(seed, n, m):
    """At test time every column is normalized on its own with the same fixed statistics: a
    batch gives exactly the columns you get one example at a time."""
    rng = np.random.default_rng(seed)
    Z = rng.normal(2, 3, size=(n, m))
    running_mu, running_var = rng.normal(size=(n, 1)), rng.uniform(0.2, 5, size=(n, 1))
    gamma, beta = rng.uniform(0.5, 2, size=(n, 1)), rng.normal(size=(n, 1))
    expected = np.hstack([reference().batchnorm_inference(Z[:, [j]].copy(), running_mu,
                                                          running_var, gamma, beta)
                          for j in range(m)])
    expect(sub.batchnorm_inference(Z.copy(), running_mu, running_var, gamma, beta), expected,
           f"batchnorm_inference(Z of shape {Z.shape}, ...)")


def test_batchnorm_inference_zero_variance_unit():
    """Put epsilon UNDER the square root: sqrt(running_var + epsilon). A unit whose running
    variance is 0 then divides by sqrt(epsilon), not by epsilon."""
    z = np.array([[2.0], [0.001]])
    running_mu, running_var = np.array([[1.0], [0.0]]), np.array([[1.0], [0.0]])
    gamma, beta = np.ones((2, 1)), np.zeros((2, 1))
    expected = np.array([[1.0 / np.sqrt(1.0 + 1e-8)], [0.001 / np.sqrt(1e-8)]])
    expect(sub.batchnorm_inference(z, running_mu, running_var, gamma, beta), expected,
           "batchnorm_inference with a zero-variance unit")


def test_batchnorm_inference_can_undo_the_normalization():
    """gamma = sqrt(var + epsilon) and beta = mu undo the normalization and give back z: gamma
    multiplies the normalized value, beta is added after (they are not interchangeable)."""
    rng = np.random.default_rng(13)
    z = rng.normal(0, 2, size=(4, 3))
    running_mu, running_var = rng.normal(size=(4, 1)), rng.uniform(0.1, 3, size=(4, 1))
    gamma, beta = np.sqrt(running_var + 1e-8), running_mu.copy()
    expect(sub.batchnorm_inference(z.copy(), running_mu, running_var, gamma, beta), z,
           "batchnorm_inference(z, mu, var, gamma=sqrt(var + eps), beta=mu)")


def test_batchnorm_inference_leaves_inputs_alone():
    """Build a new array: `z -= running_mu` would overwrite the caller's example."""
    rng = np.random.default_rng(14)
    args = (rng.normal(size=(3, 2)), rng.normal(size=(3, 1)), rng.uniform(1, 2, size=(3, 1)),
            rng.uniform(1, 2, size=(3, 1)), rng.normal(size=(3, 1)))
    copies = tuple(a.copy() for a in args)
    sub.batchnorm_inference(*args)
    expect(args, copies, "(z, running_mu, running_var, gamma, beta) after batchnorm_inference")
