"""Introduction to TensorFlow: tensors, Variables, and a 3-layer classifier trained with a tape.

Write each function between the YOUR CODE markers with TensorFlow operations (tf.*), not
numpy: the checks look at the type of what you return, and the training loop needs tensors
to compute gradients. Keep the names and signatures: the training run calls your functions.
"""

import numpy as np
import tensorflow as tf


def linear_function():
    """Y = WX + b with random numbers, as TensorFlow tensors.

    Draw, in this order, with np.random.randn: X of shape (3, 1), W of shape (4, 3) and b of
    shape (4, 1). Make X a tf.constant, W and b tf.Variable objects, then combine them with
    TensorFlow operations.

    Returns:
    Y -- a tensor of shape (4, 1) holding W X + b
    """
    np.random.seed(1)
    # YOUR CODE STARTS HERE
    # stub: X = None
    # stub: W = None
    # stub: b = None
    # stub: Y = None
    X = tf.constant(np.random.randn(3, 1), name="X")
    W = tf.Variable(np.random.randn(4, 3), name="W")
    b = tf.Variable(np.random.randn(4, 1), name="b")
    Y = tf.add(tf.matmul(W, X), b)
    # YOUR CODE ENDS HERE
    return Y


def sigmoid(z):
    """Sigmoid of z, computed by TensorFlow in float32.

    Arguments:
    z -- a number, array or tensor of any shape and numeric type

    Returns:
    a -- a float32 tensor of the same shape, 1 / (1 + e^(-z)) element by element
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    z = tf.cast(z, tf.float32)
    a = tf.keras.activations.sigmoid(z)
    # YOUR CODE ENDS HERE
    return a


def one_hot_matrix(label, depth=6):
    """The one-hot vector of one class label.

    Arguments:
    label -- a class number in 0 .. depth-1 (a Python int, or a tensor with one element)
    depth -- how many classes there are

    Returns:
    one_hot -- a float32 tensor of shape (depth,): 1 at position label, 0 elsewhere
    """
    # YOUR CODE STARTS HERE
    # stub: one_hot = None
    one_hot = tf.reshape(tf.one_hot(label, depth, axis=0), (depth,))
    # YOUR CODE ENDS HERE
    return one_hot


def initialize_parameters():
    """The weights and biases of a 12288 -> 25 -> 12 -> 6 network, as tf.Variable objects.

    Every parameter is drawn with the Glorot (Xavier) normal initializer below, the biases
    included, and wrapped in tf.Variable so that a GradientTape can train it.

    Returns:
    parameters -- a dict with keys "W1" (25, 12288), "b1" (25, 1), "W2" (12, 25), "b2" (12, 1),
                  "W3" (6, 12), "b3" (6, 1)
    """
    initializer = tf.keras.initializers.GlorotNormal(seed=1)
    # YOUR CODE STARTS HERE
    # stub: W1 = None
    # stub: b1 = None
    # stub: W2 = None
    # stub: b2 = None
    # stub: W3 = None
    # stub: b3 = None
    W1 = tf.Variable(initializer(shape=(25, 12288)))
    b1 = tf.Variable(initializer(shape=(25, 1)))
    W2 = tf.Variable(initializer(shape=(12, 25)))
    b2 = tf.Variable(initializer(shape=(12, 1)))
    W3 = tf.Variable(initializer(shape=(6, 12)))
    b3 = tf.Variable(initializer(shape=(6, 1)))
    # YOUR CODE ENDS HERE
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    return parameters


def forward_propagation(X, parameters):
    """LINEAR -> RELU -> LINEAR -> RELU -> LINEAR, stopping at the logits.

    Arguments:
    X -- a float32 tensor of shape (n_x, m): one example per column
    parameters -- the dict of initialize_parameters: W1, b1, W2, b2, W3, b3

    Returns:
    Z3 -- the output of the last LINEAR unit, shape (n_classes, m); no softmax here
    """
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]
    # YOUR CODE STARTS HERE
    # stub: Z3 = None
    Z1 = tf.math.add(tf.linalg.matmul(W1, X), b1)
    A1 = tf.keras.activations.relu(Z1)
    Z2 = tf.math.add(tf.linalg.matmul(W2, A1), b2)
    A2 = tf.keras.activations.relu(Z2)
    Z3 = tf.math.add(tf.linalg.matmul(W3, A2), b3)
    # YOUR CODE ENDS HERE
    return Z3


def compute_total_loss(logits, labels):
    """The categorical cross-entropy of a batch, summed (not averaged) over its examples.

    Arguments:
    logits -- the output of forward_propagation, shape (n_classes, m)
    labels -- the one-hot labels, same shape (n_classes, m)

    Returns:
    total_loss -- a scalar tensor: the sum over the m examples of each example's loss
    """
    # YOUR CODE STARTS HERE
    # stub: total_loss = None
    per_example = tf.keras.losses.categorical_crossentropy(
        tf.transpose(labels), tf.transpose(logits), from_logits=True)
    total_loss = tf.reduce_sum(per_example)
    # YOUR CODE ENDS HERE
    return total_loss
