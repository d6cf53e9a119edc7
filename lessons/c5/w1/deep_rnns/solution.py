"""Deep RNNs: stack recurrent layers, each reading the one below at the same time step.

You write the forward pass of an RNN with L stacked recurrent layers, then count its parameters.

Notation: x has shape (n_x, m, T_x), columns are examples. Layer l has n[l] units; its state at
time t is a[l]<t> of shape (n[l], m), and a[0]<t> = x<t> (so n[0] = n_x). Layer l has ONE weight
matrix Wa[l] of shape (n[l], n[l] + n[l-1]) that multiplies the stack [a[l]<t-1>; a[l-1]<t>]
(its own previous state on top), and a bias ba[l] of shape (n[l], 1).

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np


def deep_rnn_forward(x, a0, parameters):
    """Forward pass of L stacked tanh RNN layers.

    a[l]<t> = tanh(Wa[l] [a[l]<t-1>; a[l-1]<t>] + ba[l]),   a[0]<t> = x<t>,  a[l]<-1> = a0[l]

    Arguments:
    x -- input sequence, numpy array of shape (n_x, m, T_x)
    a0 -- a list of L initial states; a0[l - 1] is layer l's, of shape (n[l], m)
    parameters -- a list of L dictionaries; parameters[l - 1] holds layer l's "Wa", of shape
                  (n[l], n[l] + n[l-1]), and "ba", of shape (n[l], 1)

    Returns:
    a -- a list of L arrays; a[l - 1] holds layer l's states, of shape (n[l], m, T_x)
    """
    L = len(parameters)
    m, T_x = x.shape[1], x.shape[2]
    # YOUR CODE STARTS HERE
    # stub: a = None
    a = [np.zeros((a0[l].shape[0], m, T_x)) for l in range(L)]
    a_prev = list(a0)
    for t in range(T_x):
        below = x[:, :, t]
        for l in range(L):
            stacked = np.concatenate((a_prev[l], below), axis=0)
            a_prev[l] = np.tanh(np.dot(parameters[l]["Wa"], stacked) + parameters[l]["ba"])
            a[l][:, :, t] = a_prev[l]
            below = a_prev[l]
    # YOUR CODE ENDS HERE
    return a


def deep_rnn_parameter_count(n_x, hidden_sizes, n_y):
    """Count the parameters of a deep RNN with a softmax output layer on top.

    Recurrent layer l: Wa[l] has n[l] * (n[l] + n[l-1]) entries and ba[l] has n[l].
    Output layer: Wy of shape (n_y, n[L]) and by of shape (n_y, 1).

    Arguments:
    n_x -- the number of input features, n[0]
    hidden_sizes -- a list [n[1], ..., n[L]] of the recurrent layers' sizes
    n_y -- the number of outputs

    Returns:
    count -- the total number of parameters, a Python int
    """
    # YOUR CODE STARTS HERE
    # stub: count = None
    count = 0
    previous = n_x
    for n in hidden_sizes:
        count += n * (n + previous) + n
        previous = n
    count += n_y * previous + n_y
    count = int(count)
    # YOUR CODE ENDS HERE
    return count
