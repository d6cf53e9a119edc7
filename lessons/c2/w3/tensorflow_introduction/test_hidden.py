"""Hidden tests: new inputs, shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest
import tensorflow as tf

import submission as sub
from engine.testkit import expect, reference

#: The class of the tensors TensorFlow computes eagerly (what tf.add, tf.matmul... return).
EagerTensor = type(tf.constant(0.0))
SHAPES = {"W1": (25, 12288), "b1": (25, 1), "W2": (12, 25), "b2": (12, 1), "W3": (6, 12),
          "b3": (6, 1)}


def _is_eager(value):
    return type(value) is EagerTensor


def _small_parameters(seed, sizes):
    """Random tf.Variable parameters for a network with layer sizes (n_x, n1, n2, n_y)."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for layer in (1, 2, 3):
        rows, cols = sizes[layer], sizes[layer - 1]
        parameters[f"W{layer}"] = tf.Variable(rng.normal(0, 0.8, (rows, cols)), dtype=tf.float32)
        parameters[f"b{layer}"] = tf.Variable(rng.normal(0, 0.8, (rows, 1)), dtype=tf.float32)
    return parameters


def _softmax_loss(logits, labels):
    """Sum over the columns of -sum_k y_k log softmax(z)_k, computed in numpy (float64)."""
    z = np.asarray(logits, dtype=float)
    y = np.asarray(labels, dtype=float)
    shifted = z - z.max(axis=0, keepdims=True)
    log_softmax = shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True))
    return float(-(y * log_softmax).sum())


def _reference_gradients(X, parameters):
    """Gradients of sum(Z3^2) with the reference forward pass."""
    with tf.GradientTape() as tape:
        Z3 = reference().forward_propagation(X, parameters)
        total = tf.reduce_sum(Z3 * Z3)
    return tape.gradient(total, parameters)


# linear_function ---------------------------------------------------------------------------

def test_linear_function_uses_tensorflow():
    """Build X with tf.constant, W and b with tf.Variable, and Y with tf.matmul and tf.add:
    the result must be a TensorFlow tensor of shape (4, 1), not a numpy array."""
    Y = sub.linear_function()
    assert _is_eager(Y), f"linear_function returned {type(Y).__name__}, not an EagerTensor"
    assert tuple(Y.shape) == (4, 1), f"Y has shape {tuple(Y.shape)}, expected (4, 1)"


def test_linear_function_values():
    """Draw X (3, 1) first, then W (4, 3), then b (4, 1): the order decides which random
    numbers each one gets. Y is W times X (a matrix product) plus b."""
    expected = reference().linear_function()
    np.random.seed(123)
    expect(sub.linear_function(), expected, "linear_function()")


# sigmoid -----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [2, 9, 31])
def test_sigmoid_arrays(seed):
    """sigmoid must work element by element on float64 arrays of any shape and return a
    float32 TensorFlow tensor: cast first, then apply the sigmoid of tf.keras.activations."""
    z = np.random.default_rng(seed).normal(0, 4, size=(seed % 3 + 2, 4))
    expected = reference().sigmoid(z)
    a = sub.sigmoid(z)
    assert _is_eager(a), f"sigmoid returned {type(a).__name__}, not an EagerTensor"
    assert a.dtype == tf.float32, f"sigmoid(z) has dtype {a.dtype}, expected float32"
    expect(a, expected, "sigmoid(z)", rtol=1e-5, atol=1e-6)


def test_sigmoid_dtype():
    """Whatever comes in (an int tensor, float64 numbers), cast it to tf.float32 first."""
    for z in (tf.constant([1, -2, 3]), np.array([0.5, -0.5]), 7):
        expected = reference().sigmoid(z)
        a = sub.sigmoid(z)
        assert a.dtype == tf.float32, f"sigmoid({z!r}) has dtype {a.dtype}, expected float32"
        expect(a, expected, "sigmoid(z)", atol=1e-6)


def test_sigmoid_symmetry():
    """sigmoid(-z) = 1 - sigmoid(z), sigmoid(0) = 0.5, and large z gives nearly 1:
    check the sign inside the exponential and that this is the sigmoid, not another
    activation."""
    z = np.linspace(-5, 5, 11)
    expect(sub.sigmoid(-z), tf.constant(1 - 1 / (1 + np.exp(-z)), dtype=tf.float32),
           "sigmoid(-z)", atol=1e-6)


# one_hot_matrix ----------------------------------------------------------------------------

@pytest.mark.parametrize("label, depth", [(0, 3), (5, 6), (3, 10), (9, 10)])
def test_one_hot_matrix_labels_and_depths(label, depth):
    """Use the depth argument (do not hard-code 6): one_hot_matrix(label, depth) has depth
    entries, all 0 except a 1 at position label."""
    expected = reference().one_hot_matrix(label, depth)
    result = sub.one_hot_matrix(label, depth)
    assert _is_eager(result), f"one_hot_matrix returned {type(result).__name__}: use tf.one_hot"
    expect(result, expected, f"one_hot_matrix({label}, {depth})")


def test_one_hot_matrix_default_depth():
    """The default depth is 6, one entry per class of the data set."""
    label = tf.constant(4, dtype=tf.int64)
    expected = reference().one_hot_matrix(label)
    expect(sub.one_hot_matrix(label), expected, "one_hot_matrix(4)")


def test_one_hot_matrix_label_with_one_element():
    """A label may arrive as a tensor of shape (1,): tf.one_hot then gives (depth, 1), so
    reshape the result to (depth,)."""
    for depth in (4, 6):
        label = tf.constant([2])
        expected = reference().one_hot_matrix(label, depth)
        expect(sub.one_hot_matrix(label, depth), expected,
               f"one_hot_matrix(tf.constant([2]), {depth})")


# initialize_parameters ---------------------------------------------------------------------

def test_initialize_parameters_shapes_and_types():
    """Six tf.Variable objects, float32, with W shaped (units of this layer, units of the
    previous one): 12288 -> 25 -> 12 -> 6, and one bias column per layer."""
    parameters = sub.initialize_parameters()
    for key, shape in SHAPES.items():
        assert key in parameters, f"parameters has no {key!r}"
        value = parameters[key]
        assert isinstance(value, tf.Variable), \
            f"{key} is a {type(value).__name__}: wrap it in tf.Variable so it can be trained"
        assert tuple(value.shape) == shape, f"{key} has shape {tuple(value.shape)}"
        assert value.dtype == tf.float32, f"{key} has dtype {value.dtype}, expected float32"


def test_initialize_parameters_values():
    """Draw every parameter, the biases included, from the GlorotNormal initializer given
    above, in the order W1, b1, W2, b2, W3, b3."""
    expected = dict(reference().initialize_parameters())
    expect(dict(sub.initialize_parameters()), expected, "parameters", rtol=1e-5, atol=1e-7)


def test_initialize_parameters_scale():
    """Glorot normal draws each W with standard deviation sqrt(2 / (fan_in + fan_out)):
    small, centred numbers, not randn's standard deviation of 1 and not zeros."""
    parameters = sub.initialize_parameters()
    for key in ("W1", "W2", "W3"):
        fan_out, fan_in = SHAPES[key]
        values = np.asarray(parameters[key].numpy(), dtype=float)
        target = np.sqrt(2 / (fan_in + fan_out))
        assert abs(values.mean()) < 0.5 * target, f"{key} is not centred on 0"
        assert 0.6 * target < values.std() < 1.2 * target, \
            f"{key} has standard deviation {values.std():.4f}"


# forward_propagation -----------------------------------------------------------------------

@pytest.mark.parametrize("seed, sizes, m", [(1, (7, 5, 4, 3), 4), (2, (5, 6, 3, 6), 1),
                                            (3, (10, 8, 5, 4), 9)])
def test_forward_propagation_random_networks(seed, sizes, m):
    """Z1 = W1 X + b1, A1 = relu(Z1), Z2 = W2 A1 + b2, A2 = relu(Z2), Z3 = W3 A2 + b3, and
    return Z3 itself: no relu, sigmoid or softmax on the last layer."""
    parameters = _small_parameters(seed, sizes)
    X = tf.constant(np.random.default_rng(seed + 50).normal(size=(sizes[0], m)),
                    dtype=tf.float32)
    expected = reference().forward_propagation(X, parameters)
    Z3 = sub.forward_propagation(X, parameters)
    assert _is_eager(Z3), f"forward_propagation returned {type(Z3).__name__}: use TF ops"
    expect(Z3, expected,
           "forward_propagation(X, parameters)", rtol=1e-4, atol=1e-5)


def test_forward_propagation_gradients_reach_every_parameter():
    """Compute with TensorFlow operations on the Variables (tf.linalg.matmul, tf.math.add,
    tf.keras.activations.relu) so that a GradientTape can trace every parameter."""
    parameters = _small_parameters(8, (6, 5, 4, 3))
    X = tf.constant(np.random.default_rng(4).normal(size=(6, 5)), dtype=tf.float32)
    expected = _reference_gradients(X, parameters)
    with tf.GradientTape() as tape:
        Z3 = sub.forward_propagation(X, parameters)
        total = tf.reduce_sum(Z3 * Z3)
    grads = tape.gradient(total, parameters)
    for key, grad in grads.items():
        assert grad is not None, f"no gradient reaches {key}: is every step a TF operation?"
        expect(grad, expected[key], f"gradient of {key}",
               rtol=1e-4, atol=1e-5)


# compute_total_loss ------------------------------------------------------------------------

@pytest.mark.parametrize("seed, classes, m", [(5, 6, 4), (6, 6, 9), (7, 3, 5), (8, 6, 6)])
def test_compute_total_loss_random_batches(seed, classes, m):
    """Examples are COLUMNS here, but Keras's cross-entropy wants one example per ROW:
    transpose both labels and logits, pass from_logits=True, and add up (reduce_sum) the
    per-example losses."""
    rng = np.random.default_rng(seed)
    logits = tf.constant(rng.normal(0, 2, size=(classes, m)), dtype=tf.float32)
    labels = tf.transpose(tf.one_hot(rng.integers(0, classes, m), classes))
    expected = reference().compute_total_loss(logits, labels)
    total = sub.compute_total_loss(logits, labels)
    assert _is_eager(total), f"compute_total_loss returned {type(total).__name__}: use TF ops"
    expect(total, expected,
           "compute_total_loss(logits, labels)", rtol=1e-4)
    expect(float(total), _softmax_loss(logits, labels), "the total loss", rtol=1e-4)


def test_compute_total_loss_is_a_sum():
    """The loss of a batch is the SUM of its examples' losses, not their mean: the same
    examples twice cost twice as much."""
    rng = np.random.default_rng(12)
    logits = tf.constant(rng.normal(size=(6, 3)), dtype=tf.float32)
    labels = tf.transpose(tf.one_hot([0, 4, 5], 6))
    once = sub.compute_total_loss(logits, labels)
    twice = sub.compute_total_loss(tf.concat([logits, logits], axis=1),
                                   tf.concat([labels, labels], axis=1))
    expect(float(twice), 2 * _softmax_loss(logits, labels), "loss of a doubled batch",
           rtol=1e-4)
    expect(float(once), _softmax_loss(logits, labels), "loss of the batch", rtol=1e-4)


def test_compute_total_loss_confident_and_right():
    """The logits are raw scores, not probabilities (from_logits=True): a large score on the
    right class costs almost nothing, the same score on a wrong class costs about that score."""
    logits = tf.constant([[10.0, -10.0], [0.0, 0.0], [-10.0, 10.0]])
    right = tf.constant([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    wrong = tf.constant([[0.0, 1.0], [1.0, 0.0], [0.0, 0.0]])
    expect(float(sub.compute_total_loss(logits, right)), _softmax_loss(logits, right),
           "loss when right", rtol=1e-3, atol=1e-3)
    expect(float(sub.compute_total_loss(logits, wrong)), _softmax_loss(logits, wrong),
           "loss when wrong", rtol=1e-3)
