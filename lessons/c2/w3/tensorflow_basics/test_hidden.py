"""Hidden tests: other cost functions, learning rates and step counts; a TF softmax cost whose
gradient must be (A - Y) / m."""

import numpy as np
import pytest
import tensorflow as tf

import submission as sub
from engine.testkit import expect, reference

#: The class of the tensors TensorFlow computes eagerly (what tf.reduce_mean returns).
EagerTensor = type(tf.constant(0.0))


def adam_path(coefficients, learning_rate, num_steps):
    """Adam on c0 w^2 + c1 w + c2 from w = 0, written out in numpy (Keras's defaults: beta_1 =
    0.9, beta_2 = 0.999, epsilon = 1e-7, bias-corrected moments)."""
    c0, c1, c2 = coefficients
    w, m, v, costs = 0.0, 0.0, 0.0, []
    for t in range(1, num_steps + 1):
        costs.append(c0 * w * w + c1 * w + c2)
        g = 2 * c0 * w + c1
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        step = learning_rate * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
        w -= step * m / (np.sqrt(v) + 1e-7)
    return w, costs


def test_minimize_quadratic_types():
    """Make w a float32 tf.Variable starting at 0.0 (only Variables are trained), and record each
    cost as a Python float: float(cost)."""
    w, costs = sub.minimize_quadratic(num_steps=4)
    assert isinstance(w, tf.Variable), f"w is a {type(w).__name__}, expected a tf.Variable"
    assert w.dtype == tf.float32, f"w has dtype {w.dtype}, expected float32"
    assert isinstance(costs, list), f"costs is a {type(costs).__name__}, expected a list"
    assert all(type(c) is float for c in costs), "every recorded cost must be a Python float"
    assert len(costs) == 4, f"{len(costs)} costs for 4 steps: record exactly one per step"


@pytest.mark.parametrize("coefficients, learning_rate, num_steps", [
    ((1.0, -10.0, 25.0), 0.1, 12), ((2.0, 4.0, -1.0), 0.05, 20), ((0.5, -3.0, 0.0), 0.3, 15),
    ((3.0, 1.0, 2.0), 0.01, 25)])
def test_minimize_quadratic_follows_adam(coefficients, learning_rate, num_steps):
    """Use tf.keras.optimizers.Adam(learning_rate=learning_rate), created ONCE before the loop (it
    keeps running averages between steps), the cost built from the coefficients you are given,
    and record each cost BEFORE the step."""
    expected_w, expected_costs = adam_path(coefficients, learning_rate, num_steps)
    w, costs = sub.minimize_quadratic(coefficients, learning_rate, num_steps)
    expect(float(w.numpy()), expected_w, f"w after {num_steps} steps", rtol=1e-4, atol=1e-5)
    expect(costs, expected_costs, f"the {num_steps} costs", rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("coefficients, minimum", [((2.0, 4.0, -1.0), -1.0),
                                                   ((0.5, -3.0, 0.0), 3.0)])
def test_minimize_quadratic_finds_the_minimum(coefficients, minimum):
    """After enough steps w sits at the bottom of the parabola, -c1 / (2 c0): build J from the
    coefficients, not from the course's numbers."""
    w, costs = sub.minimize_quadratic(coefficients, learning_rate=0.1, num_steps=400)
    expect(float(w.numpy()), minimum, "w after 400 steps", atol=1e-3)
    c0, c1, c2 = coefficients
    expect(costs[-1], c2 - c1 * c1 / (4 * c0), "the last cost", atol=1e-3)
    expect(costs[0], c2, "the first cost, J(0)")


def test_minimize_quadratic_matches_reference():
    """The whole run (w and every cost) must agree with the reference trained the same way."""
    expected_w, expected_costs = reference().minimize_quadratic((1.5, -6.0, 8.0), 0.2, 30)
    w, costs = sub.minimize_quadratic((1.5, -6.0, 8.0), 0.2, 30)
    expect(w, expected_w, "w after 30 steps", rtol=1e-5, atol=1e-6)
    expect(costs, expected_costs, "costs", rtol=1e-5, atol=1e-5)


def numpy_cost(logits, labels):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(labels, dtype=float)
    shifted = z - z.max(axis=0, keepdims=True)
    log_a = shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True))
    return float(-(y * log_a).sum() / z.shape[1])


def batch(seed, C, m):
    rng = np.random.default_rng(seed)
    logits = rng.normal(0, 2, size=(C, m)).astype(np.float32)
    labels = np.eye(C, dtype=np.float32)[:, rng.integers(0, C, size=m)]
    return logits, labels


@pytest.mark.parametrize("seed, C, m", [(1, 4, 7), (2, 6, 3), (3, 3, 10), (4, 5, 1)])
def test_softmax_cost_random(seed, C, m):
    """Softmax over each COLUMN (axis=0: columns are examples), cross-entropy with the one-hot
    labels, then the MEAN over the m examples: tf.nn.softmax_cross_entropy_with_logits(...,
    axis=0) and tf.reduce_mean."""
    logits, labels = batch(seed, C, m)
    cost = sub.softmax_cost(tf.constant(logits), tf.constant(labels))
    assert type(cost) is EagerTensor, f"softmax_cost returned {type(cost).__name__}: use TF ops"
    assert cost.shape == (), f"the cost has shape {tuple(cost.shape)}, expected a scalar"
    expect(float(cost), numpy_cost(logits, labels), f"softmax_cost(logits of shape {(C, m)})",
           rtol=1e-5, atol=1e-6)


def test_softmax_cost_accepts_numpy_float64():
    """The inputs may arrive as float64 numpy arrays; the result is still a float32 tensor."""
    logits, labels = batch(5, 4, 6)
    expected = reference().softmax_cost(logits.astype(np.float64), labels.astype(np.float64))
    cost = sub.softmax_cost(logits.astype(np.float64), labels.astype(np.float64))
    expect(cost, expected, "softmax_cost(float64 arrays)", rtol=1e-5)
    assert cost.dtype == tf.float32, f"the cost has dtype {cost.dtype}, expected float32"


def test_softmax_cost_raw_scores():
    """The logits are raw scores, not probabilities: large scores on the right class cost almost
    nothing, and a uniform guess over C classes costs log(C). Do not apply a softmax yourself;
    the _with_logits function does it."""
    logits = tf.constant([[12.0, -3.0, 0.0], [0.0, 9.0, 0.0], [-4.0, 0.0, 0.0]])
    labels = tf.constant([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]])
    expect(float(sub.softmax_cost(logits, labels)), numpy_cost(logits, labels),
           "softmax_cost(confident logits, labels)", rtol=1e-4, atol=1e-6)


def test_softmax_cost_gradient_is_a_minus_y():
    """Built from TensorFlow operations, the cost can be differentiated by a GradientTape, and
    its gradient with respect to the logits is (softmax(logits) - labels) / m, the dZ of the
    softmax lesson."""
    logits, labels = batch(6, 5, 4)
    variable = tf.Variable(logits)
    with tf.GradientTape() as tape:
        cost = sub.softmax_cost(variable, tf.constant(labels))
    grad = tape.gradient(cost, variable)
    assert grad is not None, "no gradient reaches the logits: compute the cost with TF operations"
    a = np.exp(logits - logits.max(axis=0)) / np.exp(logits - logits.max(axis=0)).sum(axis=0)
    expect(grad, tf.constant((a - labels) / 4), "d cost / d logits", rtol=1e-4, atol=1e-6)
