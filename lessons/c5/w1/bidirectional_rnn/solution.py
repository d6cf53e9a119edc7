"""Bidirectional RNN: read the sequence forwards AND backwards, then predict from both.

You write a sweep that runs an RNN cell over a whole sequence in either direction, then the
bidirectional forward pass that combines a forward sweep and a backward sweep at every step.

Notation (the course's): x has shape (n_x, m, T_x), x[:, :, t] is x<t> of shape (n_x, m),
columns are examples. Hidden states a<t> have shape (n_a, m). A cell's parameters are a
dictionary with Wax (n_a, n_x), Waa (n_a, n_a) and ba (n_a, 1).

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def softmax(z):
    """Softmax over axis 0: every column becomes a probability distribution. Given."""
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def rnn_cell_step(xt, a_prev, parameters):
    """One step of a basic RNN cell: tanh(Waa a_prev + Wax xt + ba). Given."""
    return np.tanh(np.dot(parameters["Waa"], a_prev) + np.dot(parameters["Wax"], xt)
                   + parameters["ba"])


def rnn_sweep(x, a0, parameters, reverse=False):
    """Run rnn_cell_step over the whole sequence, forwards or backwards.

    Forwards (reverse=False): a<0> is computed from x<0> and a0, then a<1> from x<1> and a<0>,
    and so on up to a<T_x - 1>.
    Backwards (reverse=True): the sweep starts at the END: a<T_x - 1> is computed from
    x<T_x - 1> and a0, then a<T_x - 2> from x<T_x - 2> and a<T_x - 1>, and so on down to a<0>.
    Either way a[:, :, t] is the state right after reading x<t>.

    Arguments:
    x -- input sequence, numpy array of shape (n_x, m, T_x)
    a0 -- the initial hidden state of this sweep, shape (n_a, m)
    parameters -- dictionary with Wax, Waa, ba
    reverse -- False for a forward sweep, True for a backward sweep

    Returns:
    a -- hidden states, numpy array of shape (n_a, m, T_x)
    """
    n_a, m = a0.shape
    T_x = x.shape[2]
    # YOUR CODE STARTS HERE
    # stub: a = None
    a = np.zeros((n_a, m, T_x))
    steps = range(T_x - 1, -1, -1) if reverse else range(T_x)
    a_prev = a0
    for t in steps:
        a_prev = rnn_cell_step(x[:, :, t], a_prev, parameters)
        a[:, :, t] = a_prev
    # YOUR CODE ENDS HERE
    return a


def brnn_forward(x, a0_f, a0_b, parameters_f, parameters_b, Wy, by):
    """The forward pass of a bidirectional RNN.

    a_f = forward sweep with parameters_f starting from a0_f
    a_b = backward sweep with parameters_b starting from a0_b
    yhat<t> = softmax(Wy [a_f<t>; a_b<t>] + by)       (forward state on top)

    Arguments:
    x -- input sequence, numpy array of shape (n_x, m, T_x)
    a0_f, a0_b -- the initial states of the two sweeps, shape (n_a, m)
    parameters_f, parameters_b -- the two cells' parameters (Wax, Waa, ba each)
    Wy -- output weights, shape (n_y, 2 * n_a)
    by -- output bias, shape (n_y, 1)

    Returns:
    y_hat -- predictions, numpy array of shape (n_y, m, T_x)
    a_f -- forward hidden states, shape (n_a, m, T_x)
    a_b -- backward hidden states, shape (n_a, m, T_x)
    """
    n_y = Wy.shape[0]
    n_a, m = a0_f.shape
    T_x = x.shape[2]
    # YOUR CODE STARTS HERE
    # stub: y_hat = None
    # stub: a_f = None
    # stub: a_b = None
    a_f = rnn_sweep(x, a0_f, parameters_f, reverse=False)
    a_b = rnn_sweep(x, a0_b, parameters_b, reverse=True)
    y_hat = np.zeros((n_y, m, T_x))
    for t in range(T_x):
        both = np.concatenate((a_f[:, :, t], a_b[:, :, t]), axis=0)
        y_hat[:, :, t] = softmax(np.dot(Wy, both) + by)
    # YOUR CODE ENDS HERE
    return y_hat, a_f, a_b
