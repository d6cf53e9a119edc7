"""Transfer learning: reuse a network trained on task A for a new task B.

Parameters follow the course's layout: parameters["W" + str(l)] has shape (n[l], n[l-1]) and
parameters["b" + str(l)] has shape (n[l], 1), for the layers l = 1 .. L. Gradients use the keys
"dW1", "db1", ... with the same shapes. Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def reinit_output_layer(parameters, n_classes, seed=0):
    """Keep the pretrained hidden layers and give the network a fresh output layer for task B.

    Draw the new weights exactly like this, so that results are reproducible:
        rng = np.random.default_rng(seed)
        W_new = rng.standard_normal((n_classes, n_prev)) * 0.01
    where n_prev is the number of units feeding the output layer; the new bias is zeros.

    Arguments:
    parameters -- the pretrained network: a dict with W1, b1, ..., WL, bL (not modified)
    n_classes -- the number of output units task B needs, an int
    seed -- the seed of the random generator, an int

    Returns:
    new_parameters -- a NEW dict: copies of W1, b1, ..., W(L-1), b(L-1), and a new WL of
                      shape (n_classes, n_prev) and bL of zeros with shape (n_classes, 1)
    """
    L = len(parameters) // 2
    # YOUR CODE STARTS HERE
    # stub: new_parameters = None
    new_parameters = {key: value.copy() for key, value in parameters.items()}
    n_prev = parameters["W" + str(L)].shape[1]
    rng = np.random.default_rng(seed)
    new_parameters["W" + str(L)] = rng.standard_normal((n_classes, n_prev)) * 0.01
    new_parameters["b" + str(L)] = np.zeros((n_classes, 1))
    # YOUR CODE ENDS HERE
    return new_parameters


def layers_to_fine_tune(m_new, L, base=1000):
    """Which layers to retrain, given how much data task B has (this lesson's rule of thumb).

    Always retrain the output layer. Below 10 * base examples, that is all. Every further
    factor of 10 (10 * base, 100 * base, 1000 * base, ...) unfreezes one more layer, counting
    back from the output, until all L layers are trained.

    Arguments:
    m_new -- the number of labelled examples for task B, an int
    L -- the number of layers of the network, an int >= 1
    base -- the data size at which only the output layer is worth retraining, an int

    Returns:
    layers -- the layer numbers to train, in increasing order: a list of ints, e.g. [4, 5]
    """
    # YOUR CODE STARTS HERE
    # stub: layers = None
    n_train = 1
    threshold = 10 * base
    while m_new >= threshold and n_train < L:
        n_train += 1
        threshold *= 10
    layers = list(range(L - n_train + 1, L + 1))
    # YOUR CODE ENDS HERE
    return layers


def fine_tune_step(parameters, grads, learning_rate, layers):
    """One gradient descent step that moves only the layers being fine-tuned.

    Arguments:
    parameters -- a dict with W1, b1, ..., WL, bL (not modified)
    grads -- a dict with dW1, db1, ..., dWL, dbL
    learning_rate -- the step size, a float
    layers -- the layer numbers to train, e.g. [4, 5]; every other layer is frozen

    Returns:
    new_parameters -- a NEW dict with every W and b: W = W - learning_rate * dW (and the same
                      for b) in the trained layers, an unchanged copy in the frozen ones
    """
    L = len(parameters) // 2
    # YOUR CODE STARTS HERE
    # stub: new_parameters = None
    new_parameters = {}
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        if l in layers:
            W = W - learning_rate * grads["dW" + str(l)]
            b = b - learning_rate * grads["db" + str(l)]
        new_parameters["W" + str(l)] = W.copy()
        new_parameters["b" + str(l)] = b.copy()
    # YOUR CODE ENDS HERE
    return new_parameters
