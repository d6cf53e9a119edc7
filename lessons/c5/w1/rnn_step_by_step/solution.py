"""Building a recurrent neural network, step by step (numpy).

You write the forward pass of a basic RNN and of an LSTM, first for ONE time step (a cell),
then for a whole sequence (a loop over the cells). Then, going further, you write the backward
passes that send gradients back through time.

Notation (the course's):
    x has shape (n_x, m, T_x): n_x input features, m examples, T_x time steps.
    x[:, :, t] is the input at time step t, a matrix of shape (n_x, m): columns are examples.
    a[:, :, t] is the hidden state at step t, shape (n_a, m); y_pred[:, :, t] the prediction.

Write each function between the YOUR CODE markers and keep the names and signatures.
"""

import numpy as np

# ---------------------------------------------------------------------------------------------
# Helpers, given to you (not graded).
# ---------------------------------------------------------------------------------------------


def softmax(x):
    """Softmax over axis 0: every COLUMN (one example) becomes a probability distribution.

    Arguments:
    x -- numpy array of shape (n_y, m)

    Returns:
    numpy array of the same shape whose columns are positive and sum to 1
    """
    e_x = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e_x / np.sum(e_x, axis=0, keepdims=True)


def sigmoid(x):
    """Sigmoid of every element: 1 / (1 + e^(-x)), values in (0, 1)."""
    return 1 / (1 + np.exp(-x))


# ---------------------------------------------------------------------------------------------
# Part 1: the basic RNN, forward.
# ---------------------------------------------------------------------------------------------


def rnn_cell_forward(xt, a_prev, parameters):
    """One time step of a basic RNN cell.

    a_next = tanh(Waa a_prev + Wax xt + ba)
    yt_pred = softmax(Wya a_next + by)

    Arguments:
    xt -- the input at time step t, numpy array of shape (n_x, m)
    a_prev -- the hidden state at time step t-1, numpy array of shape (n_a, m)
    parameters -- python dictionary containing:
                    Wax -- weights multiplying the input, shape (n_a, n_x)
                    Waa -- weights multiplying the hidden state, shape (n_a, n_a)
                    Wya -- weights from the hidden state to the output, shape (n_y, n_a)
                    ba -- bias, shape (n_a, 1)
                    by -- bias from the hidden state to the output, shape (n_y, 1)

    Returns:
    a_next -- the next hidden state, of shape (n_a, m)
    yt_pred -- the prediction at time step t, of shape (n_y, m)
    cache -- the tuple (a_next, a_prev, xt, parameters), kept for the backward pass
    """
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]
    # YOUR CODE STARTS HERE
    # stub: a_next = None
    # stub: yt_pred = None
    # stub: cache = None
    a_next = np.tanh(np.dot(Waa, a_prev) + np.dot(Wax, xt) + ba)
    yt_pred = softmax(np.dot(Wya, a_next) + by)
    cache = (a_next, a_prev, xt, parameters)
    # YOUR CODE ENDS HERE
    return a_next, yt_pred, cache


def rnn_forward(x, a0, parameters):
    """The forward pass of a basic RNN over a whole sequence of T_x time steps.

    Arguments:
    x -- the input for every time step, of shape (n_x, m, T_x)
    a0 -- the initial hidden state, of shape (n_a, m)
    parameters -- python dictionary containing Wax, Waa, Wya, ba and by (see rnn_cell_forward)

    Returns:
    a -- the hidden state of every time step, numpy array of shape (n_a, m, T_x)
    y_pred -- the prediction of every time step, numpy array of shape (n_y, m, T_x)
    caches -- the tuple (list of every step's cache, x), kept for the backward pass
    """
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wya"].shape
    # YOUR CODE STARTS HERE
    # stub: a = None
    # stub: y_pred = None
    a = np.zeros((n_a, m, T_x))
    y_pred = np.zeros((n_y, m, T_x))
    a_next = a0
    for t in range(T_x):
        xt = x[:, :, t]
        a_next, yt_pred, cache = rnn_cell_forward(xt, a_next, parameters)
        a[:, :, t] = a_next
        y_pred[:, :, t] = yt_pred
        caches.append(cache)
    # YOUR CODE ENDS HERE
    caches = (caches, x)
    return a, y_pred, caches


# ---------------------------------------------------------------------------------------------
# Part 2: the LSTM, forward.
# ---------------------------------------------------------------------------------------------


def lstm_cell_forward(xt, a_prev, c_prev, parameters):
    """One time step of an LSTM cell.

    concat = [a_prev; xt]                      (stacked: a_prev on top)
    ft = sigmoid(Wf concat + bf)               forget gate
    it = sigmoid(Wi concat + bi)               update gate
    cct = tanh(Wc concat + bc)                 candidate value c~
    c_next = ft*c_prev + it*cct                new memory cell (element-wise)
    ot = sigmoid(Wo concat + bo)               output gate
    a_next = ot * tanh(c_next)
    yt_pred = softmax(Wy a_next + by)

    Arguments:
    xt -- the input at time step t, numpy array of shape (n_x, m)
    a_prev -- the hidden state at time step t-1, numpy array of shape (n_a, m)
    c_prev -- the memory cell at time step t-1, numpy array of shape (n_a, m)
    parameters -- python dictionary containing:
                    Wf, Wi, Wc, Wo -- gate and candidate weights, each of shape (n_a, n_a + n_x)
                    bf, bi, bc, bo -- their biases, each of shape (n_a, 1)
                    Wy -- weights from the hidden state to the output, shape (n_y, n_a)
                    by -- output bias, shape (n_y, 1)

    Returns:
    a_next -- the next hidden state, of shape (n_a, m)
    c_next -- the next memory cell, of shape (n_a, m)
    yt_pred -- the prediction at time step t, of shape (n_y, m)
    cache -- the tuple (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)
    """
    Wf = parameters["Wf"]
    bf = parameters["bf"]
    Wi = parameters["Wi"]
    bi = parameters["bi"]
    Wc = parameters["Wc"]
    bc = parameters["bc"]
    Wo = parameters["Wo"]
    bo = parameters["bo"]
    Wy = parameters["Wy"]
    by = parameters["by"]
    # YOUR CODE STARTS HERE
    # stub: concat = None
    # stub: ft = None
    # stub: it = None
    # stub: cct = None
    # stub: c_next = None
    # stub: ot = None
    # stub: a_next = None
    # stub: yt_pred = None
    concat = np.concatenate((a_prev, xt), axis=0)
    ft = sigmoid(np.dot(Wf, concat) + bf)
    it = sigmoid(np.dot(Wi, concat) + bi)
    cct = np.tanh(np.dot(Wc, concat) + bc)
    c_next = ft * c_prev + it * cct
    ot = sigmoid(np.dot(Wo, concat) + bo)
    a_next = ot * np.tanh(c_next)
    yt_pred = softmax(np.dot(Wy, a_next) + by)
    # YOUR CODE ENDS HERE
    cache = (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)
    return a_next, c_next, yt_pred, cache


def lstm_forward(x, a0, parameters):
    """The forward pass of an LSTM over a whole sequence; the memory cell starts at zero.

    Arguments:
    x -- the input for every time step, of shape (n_x, m, T_x)
    a0 -- the initial hidden state, of shape (n_a, m)
    parameters -- python dictionary containing Wf, bf, Wi, bi, Wc, bc, Wo, bo, Wy and by

    Returns:
    a -- the hidden state of every time step, numpy array of shape (n_a, m, T_x)
    y -- the prediction of every time step, numpy array of shape (n_y, m, T_x)
    c -- the memory cell of every time step, numpy array of shape (n_a, m, T_x)
    caches -- the tuple (list of every step's cache, x), kept for the backward pass
    """
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wy"].shape
    # YOUR CODE STARTS HERE
    # stub: a = None
    # stub: y = None
    # stub: c = None
    a = np.zeros((n_a, m, T_x))
    c = np.zeros((n_a, m, T_x))
    y = np.zeros((n_y, m, T_x))
    a_next = a0
    c_next = np.zeros((n_a, m))
    for t in range(T_x):
        a_next, c_next, yt, cache = lstm_cell_forward(x[:, :, t], a_next, c_next, parameters)
        a[:, :, t] = a_next
        c[:, :, t] = c_next
        y[:, :, t] = yt
        caches.append(cache)
    # YOUR CODE ENDS HERE
    caches = (caches, x)
    return a, y, c, caches


# ---------------------------------------------------------------------------------------------
# Part 3 (going further): the basic RNN, backward.
# ---------------------------------------------------------------------------------------------


def rnn_cell_backward(da_next, cache):
    """The backward pass of one basic RNN cell.

    da_next is the gradient of the loss with respect to a_next. With
    dtanh = (1 - a_next^2) * da_next (the gradient at the input of the tanh):
        dxt = Wax^T dtanh         dWax = dtanh xt^T
        da_prev = Waa^T dtanh     dWaa = dtanh a_prev^T
        dba = dtanh summed over the examples (a column)

    Arguments:
    da_next -- gradient of the loss with respect to the next hidden state, shape (n_a, m)
    cache -- the tuple (a_next, a_prev, xt, parameters) from rnn_cell_forward

    Returns:
    gradients -- python dictionary containing:
                    dxt -- gradient of the input, of shape (n_x, m)
                    da_prev -- gradient of the previous hidden state, of shape (n_a, m)
                    dWax -- gradient of Wax, of shape (n_a, n_x)
                    dWaa -- gradient of Waa, of shape (n_a, n_a)
                    dba -- gradient of ba, of shape (n_a, 1)
    """
    (a_next, a_prev, xt, parameters) = cache
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    # YOUR CODE STARTS HERE
    # stub: dtanh = None
    # stub: dxt = None
    # stub: dWax = None
    # stub: da_prev = None
    # stub: dWaa = None
    # stub: dba = None
    dtanh = (1 - a_next ** 2) * da_next
    dxt = np.dot(Wax.T, dtanh)
    dWax = np.dot(dtanh, xt.T)
    da_prev = np.dot(Waa.T, dtanh)
    dWaa = np.dot(dtanh, a_prev.T)
    dba = np.sum(dtanh, axis=1, keepdims=True)
    # YOUR CODE ENDS HERE
    gradients = {"dxt": dxt, "da_prev": da_prev, "dWax": dWax, "dWaa": dWaa, "dba": dba}
    return gradients


def rnn_backward(da, caches):
    """The backward pass of a basic RNN over the whole sequence (backpropagation through time).

    Arguments:
    da -- the upstream gradient of the loss with respect to every hidden state, (n_a, m, T_x)
    caches -- the tuple (list of caches, x) returned by rnn_forward

    Returns:
    gradients -- python dictionary containing:
                    dx -- gradient of the inputs, of shape (n_x, m, T_x)
                    da0 -- gradient of the initial hidden state, of shape (n_a, m)
                    dWax -- gradient of Wax, of shape (n_a, n_x)
                    dWaa -- gradient of Waa, of shape (n_a, n_a)
                    dba -- gradient of ba, of shape (n_a, 1)
    """
    (caches, x) = caches
    (a1, a0, x1, parameters) = caches[0]
    n_a, m, T_x = da.shape
    n_x, m = x1.shape
    # YOUR CODE STARTS HERE
    # stub: dx = None
    # stub: da0 = None
    # stub: dWax = None
    # stub: dWaa = None
    # stub: dba = None
    dx = np.zeros((n_x, m, T_x))
    dWax = np.zeros((n_a, n_x))
    dWaa = np.zeros((n_a, n_a))
    dba = np.zeros((n_a, 1))
    da_prevt = np.zeros((n_a, m))
    for t in reversed(range(T_x)):
        step = rnn_cell_backward(da[:, :, t] + da_prevt, caches[t])
        da_prevt = step["da_prev"]
        dx[:, :, t] = step["dxt"]
        dWax += step["dWax"]
        dWaa += step["dWaa"]
        dba += step["dba"]
    da0 = da_prevt
    # YOUR CODE ENDS HERE
    gradients = {"dx": dx, "da0": da0, "dWax": dWax, "dWaa": dWaa, "dba": dba}
    return gradients


# ---------------------------------------------------------------------------------------------
# Part 4 (going further): the LSTM, backward.
# ---------------------------------------------------------------------------------------------


def lstm_cell_backward(da_next, dc_next, cache):
    """The backward pass of one LSTM cell.

    The gate gradients below are taken at the INPUT of each gate's activation (before the
    sigmoid or tanh). With dc = dc_next + da_next * ot * (1 - tanh(c_next)^2), the total
    gradient reaching c_next:
        dot = da_next * tanh(c_next) * ot * (1 - ot)
        dcct = dc * it * (1 - cct^2)
        dit = dc * cct * it * (1 - it)
        dft = dc * c_prev * ft * (1 - ft)
    Each weight gradient is dgate concat^T, with concat = [a_prev; xt]; each bias gradient is
    dgate summed over the examples. The first n_a columns of a weight matrix act on a_prev,
    the rest on xt, so
        da_prev = Wf[:, :n_a]^T dft + Wi[:, :n_a]^T dit + Wc[:, :n_a]^T dcct + Wo[:, :n_a]^T dot
        dxt = the same with the columns [:, n_a:]
        dc_prev = dc * ft

    Arguments:
    da_next -- gradient of the loss with respect to the next hidden state, shape (n_a, m)
    dc_next -- gradient of the loss with respect to the next memory cell, shape (n_a, m)
    cache -- the tuple (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)

    Returns:
    gradients -- python dictionary containing:
                    dxt -- gradient of the input, of shape (n_x, m)
                    da_prev -- gradient of the previous hidden state, of shape (n_a, m)
                    dc_prev -- gradient of the previous memory cell, of shape (n_a, m)
                    dWf, dWi, dWc, dWo -- gradients of the weights, each (n_a, n_a + n_x)
                    dbf, dbi, dbc, dbo -- gradients of the biases, each (n_a, 1)
    """
    (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters) = cache
    n_a, m = a_next.shape
    Wf = parameters["Wf"]
    Wi = parameters["Wi"]
    Wc = parameters["Wc"]
    Wo = parameters["Wo"]
    # YOUR CODE STARTS HERE
    # stub: dot = None
    # stub: dcct = None
    # stub: dit = None
    # stub: dft = None
    # stub: dWf, dWi, dWc, dWo = None, None, None, None
    # stub: dbf, dbi, dbc, dbo = None, None, None, None
    # stub: da_prev = None
    # stub: dc_prev = None
    # stub: dxt = None
    tanh_c = np.tanh(c_next)
    dc = dc_next + da_next * ot * (1 - tanh_c ** 2)
    dot = da_next * tanh_c * ot * (1 - ot)
    dcct = dc * it * (1 - cct ** 2)
    dit = dc * cct * it * (1 - it)
    dft = dc * c_prev * ft * (1 - ft)
    concat = np.concatenate([a_prev, xt], axis=0)
    dWf = np.dot(dft, concat.T)
    dWi = np.dot(dit, concat.T)
    dWc = np.dot(dcct, concat.T)
    dWo = np.dot(dot, concat.T)
    dbf = np.sum(dft, axis=1, keepdims=True)
    dbi = np.sum(dit, axis=1, keepdims=True)
    dbc = np.sum(dcct, axis=1, keepdims=True)
    dbo = np.sum(dot, axis=1, keepdims=True)
    da_prev = (np.dot(Wf[:, :n_a].T, dft) + np.dot(Wi[:, :n_a].T, dit)
               + np.dot(Wc[:, :n_a].T, dcct) + np.dot(Wo[:, :n_a].T, dot))
    dc_prev = dc * ft
    dxt = (np.dot(Wf[:, n_a:].T, dft) + np.dot(Wi[:, n_a:].T, dit)
           + np.dot(Wc[:, n_a:].T, dcct) + np.dot(Wo[:, n_a:].T, dot))
    # YOUR CODE ENDS HERE
    gradients = {"dxt": dxt, "da_prev": da_prev, "dc_prev": dc_prev,
                 "dWf": dWf, "dbf": dbf, "dWi": dWi, "dbi": dbi,
                 "dWc": dWc, "dbc": dbc, "dWo": dWo, "dbo": dbo}
    return gradients


def lstm_backward(da, caches):
    """The backward pass of an LSTM over the whole sequence.

    Arguments:
    da -- the upstream gradient of the loss with respect to every hidden state, (n_a, m, T_x)
    caches -- the tuple (list of caches, x) returned by lstm_forward

    Returns:
    gradients -- python dictionary containing:
                    dx -- gradient of the inputs, of shape (n_x, m, T_x)
                    da0 -- gradient of the initial hidden state, of shape (n_a, m)
                    dWf, dWi, dWc, dWo -- gradients of the weights, each (n_a, n_a + n_x)
                    dbf, dbi, dbc, dbo -- gradients of the biases, each (n_a, 1)
    """
    (caches, x) = caches
    (a1, c1, a0, c0, f1, i1, cc1, o1, x1, parameters) = caches[0]
    n_a, m, T_x = da.shape
    n_x, m = x1.shape
    # YOUR CODE STARTS HERE
    # stub: dx = None
    # stub: da0 = None
    # stub: dWf, dWi, dWc, dWo = None, None, None, None
    # stub: dbf, dbi, dbc, dbo = None, None, None, None
    dx = np.zeros((n_x, m, T_x))
    dWf = np.zeros((n_a, n_a + n_x))
    dWi = np.zeros((n_a, n_a + n_x))
    dWc = np.zeros((n_a, n_a + n_x))
    dWo = np.zeros((n_a, n_a + n_x))
    dbf = np.zeros((n_a, 1))
    dbi = np.zeros((n_a, 1))
    dbc = np.zeros((n_a, 1))
    dbo = np.zeros((n_a, 1))
    da_prevt = np.zeros((n_a, m))
    dc_prevt = np.zeros((n_a, m))
    for t in reversed(range(T_x)):
        grads = lstm_cell_backward(da[:, :, t] + da_prevt, dc_prevt, caches[t])
        da_prevt = grads["da_prev"]
        dc_prevt = grads["dc_prev"]
        dx[:, :, t] = grads["dxt"]
        dWf += grads["dWf"]
        dWi += grads["dWi"]
        dWc += grads["dWc"]
        dWo += grads["dWo"]
        dbf += grads["dbf"]
        dbi += grads["dbi"]
        dbc += grads["dbc"]
        dbo += grads["dbo"]
    da0 = da_prevt
    # YOUR CODE ENDS HERE
    gradients = {"dx": dx, "da0": da0, "dWf": dWf, "dbf": dbf, "dWi": dWi, "dbi": dbi,
                 "dWc": dWc, "dbc": dbc, "dWo": dWo, "dbo": dbo}
    return gradients
