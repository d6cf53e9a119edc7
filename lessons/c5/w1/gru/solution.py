"""The gated recurrent unit (GRU): a memory cell with a gate that decides when to overwrite it.

You write one time step of the simplified GRU (update gate only), then of the full GRU (update
and relevance gates). In a GRU the memory cell is also the hidden state: a<t> = c<t>.

Notation: c_prev = c<t-1> has shape (n_c, m) and xt = x<t> has shape (n_x, m), columns are
examples. Every weight matrix multiplies the stacked vector [c<t-1>; x<t>] (c on top), so it
has shape (n_c, n_c + n_x); every bias has shape (n_c, 1).

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def sigmoid(x):
    """Sigmoid of every element: 1 / (1 + e^(-x)), values in (0, 1). Given."""
    return 1 / (1 + np.exp(-x))


def simplified_gru_step(c_prev, xt, parameters):
    """One time step of the simplified GRU.

    concat  = [c<t-1>; x<t>]                          shape (n_c + n_x, m)
    c_tilde = tanh(Wc concat + bc)                    the candidate new memory
    gamma_u = sigmoid(Wu concat + bu)                 the update gate, in (0, 1)
    c_next  = gamma_u * c_tilde + (1 - gamma_u) * c<t-1>      (element-wise)

    Arguments:
    c_prev -- the memory cell at time t-1, numpy array of shape (n_c, m)
    xt -- the input at time t, numpy array of shape (n_x, m)
    parameters -- dictionary with Wc, Wu of shape (n_c, n_c + n_x) and bc, bu of shape (n_c, 1)

    Returns:
    c_next -- the memory cell at time t, shape (n_c, m)
    gamma_u -- the update gate, shape (n_c, m)
    c_tilde -- the candidate, shape (n_c, m)
    """
    Wc, bc = parameters["Wc"], parameters["bc"]
    Wu, bu = parameters["Wu"], parameters["bu"]
    # YOUR CODE STARTS HERE
    # stub: c_next = None
    # stub: gamma_u = None
    # stub: c_tilde = None
    concat = np.concatenate((c_prev, xt), axis=0)
    c_tilde = np.tanh(np.dot(Wc, concat) + bc)
    gamma_u = sigmoid(np.dot(Wu, concat) + bu)
    c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev
    # YOUR CODE ENDS HERE
    return c_next, gamma_u, c_tilde


def gru_step(c_prev, xt, parameters):
    """One time step of the full GRU, with the relevance gate gamma_r.

    concat  = [c<t-1>; x<t>]
    gamma_r = sigmoid(Wr concat + br)                            the relevance gate
    c_tilde = tanh(Wc [gamma_r * c<t-1>; x<t>] + bc)             the candidate
    gamma_u = sigmoid(Wu concat + bu)                            the update gate
    c_next  = gamma_u * c_tilde + (1 - gamma_u) * c<t-1>

    Arguments:
    c_prev -- the memory cell at time t-1, numpy array of shape (n_c, m)
    xt -- the input at time t, numpy array of shape (n_x, m)
    parameters -- dictionary with Wr, Wc, Wu of shape (n_c, n_c + n_x) and br, bc, bu of shape
                  (n_c, 1)

    Returns:
    c_next -- the memory cell at time t, shape (n_c, m)
    gamma_u -- the update gate, shape (n_c, m)
    gamma_r -- the relevance gate, shape (n_c, m)
    c_tilde -- the candidate, shape (n_c, m)
    """
    Wr, br = parameters["Wr"], parameters["br"]
    Wc, bc = parameters["Wc"], parameters["bc"]
    Wu, bu = parameters["Wu"], parameters["bu"]
    # YOUR CODE STARTS HERE
    # stub: c_next = None
    # stub: gamma_u = None
    # stub: gamma_r = None
    # stub: c_tilde = None
    concat = np.concatenate((c_prev, xt), axis=0)
    gamma_r = sigmoid(np.dot(Wr, concat) + br)
    gated = np.concatenate((gamma_r * c_prev, xt), axis=0)
    c_tilde = np.tanh(np.dot(Wc, gated) + bc)
    gamma_u = sigmoid(np.dot(Wu, concat) + bu)
    c_next = gamma_u * c_tilde + (1 - gamma_u) * c_prev
    # YOUR CODE ENDS HERE
    return c_next, gamma_u, gamma_r, c_tilde
