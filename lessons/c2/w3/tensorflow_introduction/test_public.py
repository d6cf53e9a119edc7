"""Public tests: these are shown to you, with the values they expect."""

import numpy as np
import tensorflow as tf

import submission as sub
from engine.testkit import expect

#: The class of the tensors TensorFlow computes eagerly (what tf.add, tf.matmul... return).
EagerTensor = type(tf.constant(0.0))


def test_linear_function_example():
    Y = sub.linear_function()
    assert type(Y) is EagerTensor, f"linear_function returned {type(Y).__name__}: use TF ops"
    expect(Y, tf.constant([[-2.15657382], [2.95891446], [-1.08926781], [-0.84538042]],
                          dtype=tf.float64), "linear_function()")


def test_sigmoid_three_values():
    for z, value in ((-1, 0.26894143), (0, 0.5), (12, 0.99999386)):
        a = sub.sigmoid(z)
        expect(a, tf.constant(value), f"sigmoid({z})")
        assert a.dtype == tf.float32, f"sigmoid({z}) has dtype {a.dtype}, expected float32"


def test_one_hot_matrix_examples():
    expect(sub.one_hot_matrix(1, 4), tf.constant([0.0, 1.0, 0.0, 0.0]), "one_hot_matrix(1, 4)")
    expect(sub.one_hot_matrix(tf.constant(2), 5), tf.constant([0.0, 0.0, 1.0, 0.0, 0.0]),
           "one_hot_matrix(tf.constant(2), 5)")


def test_initialize_parameters_shapes():
    parameters = sub.initialize_parameters()
    shapes = {"W1": (25, 12288), "b1": (25, 1), "W2": (12, 25), "b2": (12, 1),
              "W3": (6, 12), "b3": (6, 1)}
    for key, shape in shapes.items():
        assert key in parameters, f"parameters has no {key!r}"
        assert isinstance(parameters[key], tf.Variable), f"{key} must be a tf.Variable"
        assert tuple(parameters[key].shape) == shape, \
            f"{key} has shape {tuple(parameters[key].shape)}, expected {shape}"


def test_forward_propagation_small_network():
    X = tf.constant([[1.0, -1.0], [2.0, 0.5]])
    parameters = {
        "W1": tf.Variable([[0.5, -0.25], [1.0, 0.5], [-1.0, 0.0]]),
        "b1": tf.Variable([[0.1], [-0.5], [0.25]]),
        "W2": tf.Variable([[1.0, -1.0, 0.5], [0.5, 0.5, -1.0]]),
        "b2": tf.Variable([[0.0], [0.2]]),
        "W3": tf.Variable([[1.0, -2.0], [-0.5, 1.0], [0.0, -1.0]]),
        "b3": tf.Variable([[0.3], [-0.1], [0.0]]),
    }
    expect(sub.forward_propagation(X, parameters),
           tf.constant([[-1.7, 0.925], [0.9, -0.4125], [-1.0, 0.0]]),
           "forward_propagation(X, parameters)")


def test_forward_propagation_full_size():
    X = tf.constant(np.random.default_rng(0).random((12288, 2)), dtype=tf.float32)
    Z3 = sub.forward_propagation(X, sub.initialize_parameters())
    assert tuple(Z3.shape) == (6, 2), f"Z3 has shape {tuple(Z3.shape)}, expected (6, 2)"


def test_compute_total_loss_example():
    logits = tf.constant([[2.0, -1.0], [0.5, 0.0], [-1.0, 3.0]])
    labels = tf.constant([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    expect(sub.compute_total_loss(logits, labels), tf.constant(0.30719525),
           "compute_total_loss(logits, labels)")


def test_compute_total_loss_uniform_logits():
    # Three examples, three classes, no preference: each loses ln 3, the batch 3 ln 3.
    expect(sub.compute_total_loss(tf.zeros((3, 3)), tf.eye(3)), tf.constant(3.295837),
           "compute_total_loss(zeros, eye(3))")
