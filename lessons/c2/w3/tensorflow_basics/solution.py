"""TensorFlow: write the forward computation, let a GradientTape find the gradients.

Write minimize_quadratic and softmax_cost between the YOUR CODE markers with TensorFlow
operations (tf.*), not numpy: the checks look at the type of what you return, and gradients
only flow through TensorFlow operations. Columns are examples: logits have shape (C, m).
"""

import tensorflow as tf


def minimize_quadratic(coefficients=(1.0, -10.0, 25.0), learning_rate=0.1, num_steps=1000):
    """Minimize J(w) = c0 * w**2 + c1 * w + c2 with the Adam optimizer, starting from w = 0.

    With the default coefficients J(w) = w**2 - 10 w + 25 = (w - 5)**2, smallest at w = 5.

    Arguments:
    coefficients -- the three numbers (c0, c1, c2) of the cost
    learning_rate -- Adam's learning rate (Keras 3 spells it learning_rate=, not lr=)
    num_steps -- how many optimization steps to take

    Returns:
    w -- the trained parameter: a float32 tf.Variable that started at 0.0
    costs -- a list of num_steps Python floats: the cost computed at each step, BEFORE the
             step updates w (so costs[0] is J(0) = c2)
    """
    c0, c1, c2 = coefficients
    # YOUR CODE STARTS HERE
    # stub: w = None
    # stub: costs = None
    w = tf.Variable(0.0, dtype=tf.float32)
    optimizer = tf.keras.optimizers.Adam(learning_rate=learning_rate)
    costs = []
    for _ in range(num_steps):
        with tf.GradientTape() as tape:
            cost = c0 * w ** 2 + c1 * w + c2
        costs.append(float(cost))
        grads = tape.gradient(cost, [w])
        optimizer.apply_gradients(zip(grads, [w], strict=True))
    # YOUR CODE ENDS HERE
    return w, costs


def softmax_cost(logits, labels):
    """The softmax cross-entropy cost of a batch, averaged over its examples.

    Arguments:
    logits -- the scores z of the output layer, shape (C, m): one column per example
    labels -- one-hot labels, shape (C, m)

    Returns:
    cost -- a scalar float32 tensor, J = -(1/m) * sum over j of sum over k of
            labels[k, j] * log(softmax(logits)[k, j]), the softmax taken over each column
    """
    logits = tf.cast(logits, tf.float32)
    labels = tf.cast(labels, tf.float32)
    # YOUR CODE STARTS HERE
    # stub: cost = None
    losses = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits, axis=0)
    cost = tf.reduce_mean(losses)
    # YOUR CODE ENDS HERE
    return cost
