"""A tiny encoder-decoder: read a whole sentence into one vector, then write words from it."""

import numpy as np


def encoder_forward(X, parameters):
    """Run the encoder RNN over the whole input sentence and return its last hidden state.

    Arguments:
    X -- input sentence, shape (n_x, m, T_x): one column per example, one slice per time step
    parameters -- dict with "Wax" (n_a, n_x), "Waa" (n_a, n_a) and "ba" (n_a, 1)

    Returns:
    a -- the encoding of the sentence, the hidden state after the last step, shape (n_a, m)
    """
    Wax, Waa, ba = parameters["Wax"], parameters["Waa"], parameters["ba"]
    n_a = Waa.shape[0]
    m, T_x = X.shape[1], X.shape[2]
    a = np.zeros((n_a, m))
    # YOUR CODE STARTS HERE
    # stub: a = None
    for t in range(T_x):
        a = np.tanh(np.dot(Waa, a) + np.dot(Wax, X[:, :, t]) + ba)
    # YOUR CODE ENDS HERE
    return a


def decoder_step(a_prev, y_prev, parameters):
    """One step of the decoder: update its hidden state and predict a distribution over words.

    Arguments:
    a_prev -- decoder hidden state from the previous step, shape (n_a, m)
    y_prev -- one-hot of the word produced at the previous step, shape (n_y, m)
    parameters -- dict with "Daa" (n_a, n_a), "Day" (n_a, n_y), "Dba" (n_a, 1),
                  "Wya" (n_y, n_a) and "by" (n_y, 1)

    Returns:
    a_next -- new hidden state, shape (n_a, m)
    y_hat -- softmax probabilities over the n_y words, shape (n_y, m); each column sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: a_next = None
    # stub: y_hat = None
    a_next = np.tanh(np.dot(parameters["Daa"], a_prev) + np.dot(parameters["Day"], y_prev)
                     + parameters["Dba"])
    z = np.dot(parameters["Wya"], a_next) + parameters["by"]
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    y_hat = e / np.sum(e, axis=0, keepdims=True)
    # YOUR CODE ENDS HERE
    return a_next, y_hat
