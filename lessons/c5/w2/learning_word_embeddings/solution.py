"""Learning word embeddings: the forward pass of a neural language model.

Write each function between the YOUR CODE markers. Keep the names and signatures.
"""

import numpy as np

# a tiny example: 6 words, n_e = 2 features each (hand-made for this lesson)
VOCAB = ["i", "want", "a", "glass", "of", "orange"]
E_SMALL = np.array([
    [0.1, 0.5, -0.3, 0.8, 0.0, 0.9],
    [0.4, -0.2, 0.6, 0.1, 0.7, -0.5],
])


def softmax(z):
    """Softmax of every column of z (columns are examples)."""
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def context_input(E, contexts):
    """Concatenate the embeddings of each example's context words into one input column.

    Arguments:
    E -- numpy array of shape (n_e, vocab_size), the embedding matrix
    contexts -- integer numpy array of shape (window, m): column i holds the positions of
                example i's context words, oldest word first

    Returns:
    x -- numpy array of shape (window * n_e, m): rows 0 .. n_e-1 hold the embedding of the
         first context word, rows n_e .. 2 n_e-1 the second, and so on
    """
    # YOUR CODE STARTS HERE
    # stub: x = None
    window, m = contexts.shape
    n_e = E.shape[0]
    x = np.zeros((window * n_e, m))
    for k in range(window):
        x[k * n_e:(k + 1) * n_e, :] = E[:, contexts[k]]
    # YOUR CODE ENDS HERE
    return x


def language_model_forward(x, parameters):
    """Probabilities of the next word: a tanh hidden layer, then a softmax over the vocabulary.

    Arguments:
    x -- numpy array of shape (window * n_e, m), from context_input
    parameters -- dict with W1 (n_h, window * n_e), b1 (n_h, 1),
                  W2 (vocab_size, n_h), b2 (vocab_size, 1)

    Returns:
    y_hat -- numpy array of shape (vocab_size, m); each column sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: y_hat = None
    a1 = np.tanh(np.dot(parameters["W1"], x) + parameters["b1"])
    z2 = np.dot(parameters["W2"], a1) + parameters["b2"]
    y_hat = softmax(z2)
    # YOUR CODE ENDS HERE
    return y_hat
