"""Long short-term memory (LSTM): three gates and a memory cell that can carry information far.

You write the three gates and the candidate of one LSTM step, then the update of the memory cell
and the hidden state, and finally a function that measures how much of the first memory survives
a run of forget gates.

Notation: a_prev = a<t-1> and c_prev = c<t-1> have shape (n_a, m), xt = x<t> has shape (n_x, m),
columns are examples. Every weight matrix multiplies the stacked vector [a<t-1>; x<t>] (a on
top), so it has shape (n_a, n_a + n_x); every bias has shape (n_a, 1). The lectures call the
update gate Gamma_u (parameters Wu, bu); the assignment calls the same gate i (Wi, bi).

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def sigmoid(x):
    """Sigmoid of every element: 1 / (1 + e^(-x)), values in (0, 1). Given."""
    return 1 / (1 + np.exp(-x))


def lstm_gates(a_prev, xt, parameters):
    """The three gates and the candidate of one LSTM step.

    concat  = [a<t-1>; x<t>]
    gamma_f = sigmoid(Wf concat + bf)          forget gate
    gamma_u = sigmoid(Wu concat + bu)          update gate
    gamma_o = sigmoid(Wo concat + bo)          output gate
    c_tilde = tanh(Wc concat + bc)             candidate memory

    Arguments:
    a_prev -- the hidden state at time t-1, numpy array of shape (n_a, m)
    xt -- the input at time t, numpy array of shape (n_x, m)
    parameters -- dictionary with Wf, Wu, Wo, Wc of shape (n_a, n_a + n_x) and bf, bu, bo, bc of
                  shape (n_a, 1)

    Returns:
    gamma_f, gamma_u, gamma_o, c_tilde -- four numpy arrays of shape (n_a, m), in this order
    """
    # YOUR CODE STARTS HERE
    # stub: gamma_f = None
    # stub: gamma_u = None
    # stub: gamma_o = None
    # stub: c_tilde = None
    concat = np.concatenate((a_prev, xt), axis=0)
    gamma_f = sigmoid(np.dot(parameters["Wf"], concat) + parameters["bf"])
    gamma_u = sigmoid(np.dot(parameters["Wu"], concat) + parameters["bu"])
    gamma_o = sigmoid(np.dot(parameters["Wo"], concat) + parameters["bo"])
    c_tilde = np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    # YOUR CODE ENDS HERE
    return gamma_f, gamma_u, gamma_o, c_tilde


def lstm_memory_update(c_prev, gamma_f, gamma_u, gamma_o, c_tilde):
    """Update the memory cell and the hidden state from the gates.

    c<t> = gamma_f * c<t-1> + gamma_u * c_tilde       (element-wise)
    a<t> = gamma_o * tanh(c<t>)

    Arguments:
    c_prev -- the memory cell at time t-1, shape (n_a, m)
    gamma_f, gamma_u, gamma_o -- the forget, update and output gates, shape (n_a, m)
    c_tilde -- the candidate memory, shape (n_a, m)

    Returns:
    c_next -- the memory cell at time t, shape (n_a, m)
    a_next -- the hidden state at time t, shape (n_a, m)
    """
    # YOUR CODE STARTS HERE
    # stub: c_next = None
    # stub: a_next = None
    c_next = gamma_f * c_prev + gamma_u * c_tilde
    a_next = gamma_o * np.tanh(c_next)
    # YOUR CODE ENDS HERE
    return c_next, a_next


def memory_retention(gamma_f):
    """How much of the first memory c<0> is still in the cell after each step.

    If nothing else touched the cell, c<t> = gamma_f<t> * c<t-1>, so after k steps the cell holds
    c<0> times the product of the first k forget gates. This is also the gradient d c<k> / d c<0>
    along the cell's direct path.

    Arguments:
    gamma_f -- forget gate values over T steps, numpy array of shape (n_a, m, T);
               gamma_f[:, :, t] is the forget gate of step t + 1

    Returns:
    retention -- numpy array of shape (n_a, m, T); retention[:, :, t] is the product of
                 gamma_f[:, :, 0], ..., gamma_f[:, :, t] (the fraction left after t + 1 steps)
    """
    # YOUR CODE STARTS HERE
    # stub: retention = None
    retention = np.cumprod(gamma_f, axis=2)
    # YOUR CODE ENDS HERE
    return retention
