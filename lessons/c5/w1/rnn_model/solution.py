"""The recurrent neural network model: one time step, then the whole sequence unrolled.

Write each function between the YOUR CODE markers. Keep the names and signatures: the tests
call them exactly like this. `softmax` is given.
"""

import numpy as np


def softmax(z):
    """Softmax of each COLUMN of z (one column per example), computed stably.

    Arguments:
    z -- numpy array of shape (n_y, m)

    Returns:
    s -- numpy array of shape (n_y, m) whose columns sum to 1
    """
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def rnn_step(xt, a_prev, parameters):
    """One time step of a basic RNN cell.

    a<t> = tanh(Waa a<t-1> + Wax x<t> + ba)
    yhat<t> = softmax(Wya a<t> + by)

    Arguments:
    xt -- the input at time t, numpy array of shape (n_x, m)
    a_prev -- the hidden state at time t-1, numpy array of shape (n_a, m)
    parameters -- dict with
                    Wax -- (n_a, n_x), weights applied to the input
                    Waa -- (n_a, n_a), weights applied to the previous hidden state
                    Wya -- (n_y, n_a), weights from the hidden state to the output
                    ba -- (n_a, 1), bias of the hidden state
                    by -- (n_y, 1), bias of the output

    Returns:
    a_next -- the hidden state at time t, shape (n_a, m)
    yt_hat -- the prediction at time t, shape (n_y, m)
    """
    # YOUR CODE STARTS HERE
    # stub: a_next = None
    # stub: yt_hat = None
    Wax, Waa, Wya = parameters["Wax"], parameters["Waa"], parameters["Wya"]
    ba, by = parameters["ba"], parameters["by"]
    a_next = np.tanh(Waa @ a_prev + Wax @ xt + ba)
    yt_hat = softmax(Wya @ a_next + by)
    # YOUR CODE ENDS HERE
    return a_next, yt_hat


def rnn_unroll(x, a0, parameters):
    """Run the RNN over one whole sequence, left to right, with the SAME parameters at every
    step.

    Arguments:
    x -- one input sequence, numpy array of shape (n_x, T_x): column t is x<t+1>
    a0 -- the initial hidden state, numpy array of shape (n_a, 1)
    parameters -- the dict described in rnn_step

    Returns:
    a -- the hidden states, numpy array of shape (n_a, T_x): column t is a<t+1>
    y_hat -- the predictions, numpy array of shape (n_y, T_x): column t is yhat<t+1>
    """
    # YOUR CODE STARTS HERE
    # stub: a = None
    # stub: y_hat = None
    n_x, T_x = x.shape
    n_a = parameters["Waa"].shape[0]
    n_y = parameters["Wya"].shape[0]
    a = np.zeros((n_a, T_x))
    y_hat = np.zeros((n_y, T_x))
    a_prev = a0
    for t in range(T_x):
        a_prev, yt_hat = rnn_step(x[:, t:t + 1], a_prev, parameters)
        a[:, t] = a_prev[:, 0]
        y_hat[:, t] = yt_hat[:, 0]
    # YOUR CODE ENDS HERE
    return a, y_hat
