"""Public tests: these are shown to you, with the values they expect.

The small examples are the ones worked through in the explanation (one example, m = 1, so
every column is easy to follow by hand). The seeded ones draw their inputs with
np.random.seed(1) and np.random.randn, in the order written in the test.
"""

import numpy as np

import submission as sub
from engine.testkit import expect

# The basic RNN of the explanation: n_x = 3, n_a = 2, n_y = 2, one example.
RNN_PARAMS = {"Wax": np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]]),
              "Waa": np.array([[0.5, 0.1], [-0.3, 0.2]]),
              "Wya": np.array([[1.0, -1.0], [0.5, 0.5]]),
              "ba": np.array([[0.1], [-0.1]]),
              "by": np.array([[0.0], [0.0]])}
XT = np.array([[1.0], [0.0], [-1.0]])
A_PREV = np.array([[0.5], [-0.5]])
# A sequence of T_x = 3 steps for the same RNN: x[:, 0, t] is the input at step t.
X_SEQ = np.array([[[1.0, 0.0, -1.0]],
                  [[0.0, 1.0, 0.0]],
                  [[-1.0, 0.0, 1.0]]])

# The LSTM of the explanation: n_x = 1, n_a = 2, n_y = 2, one example.
LSTM_PARAMS = {"Wf": np.array([[0.4, -0.2, 0.6], [0.1, 0.3, -0.5]]), "bf": np.array([[1.0], [1.0]]),
               "Wi": np.array([[0.2, 0.1, -0.3], [-0.4, 0.2, 0.5]]), "bi": np.zeros((2, 1)),
               "Wc": np.array([[0.5, -0.5, 1.0], [0.3, 0.2, -0.6]]), "bc": np.zeros((2, 1)),
               "Wo": np.array([[0.1, 0.4, 0.2], [-0.2, 0.1, 0.3]]), "bo": np.zeros((2, 1)),
               "Wy": np.array([[1.0, -1.0], [0.5, 0.5]]), "by": np.zeros((2, 1))}
C_PREV = np.array([[1.0], [-1.0]])
X_LSTM = np.array([[[1.0, 0.0, -1.0]]])          # n_x = 1, m = 1, T_x = 3

# Backward examples: the loss only looks at the LAST hidden state, with weights (1, -1).
DA = np.zeros((2, 1, 3))
DA[:, :, 2] = [[1.0], [-1.0]]


def seeded_rnn_parameters():
    return {"Waa": np.random.randn(5, 5), "Wax": np.random.randn(5, 3),
            "Wya": np.random.randn(2, 5), "ba": np.random.randn(5, 1), "by": np.random.randn(2, 1)}


def seeded_lstm_parameters():
    parameters = {}
    for name, shape in [("Wf", (5, 8)), ("bf", (5, 1)), ("Wi", (5, 8)), ("bi", (5, 1)),
                        ("Wo", (5, 8)), ("bo", (5, 1)), ("Wc", (5, 8)), ("bc", (5, 1)),
                        ("Wy", (2, 5)), ("by", (2, 1))]:
        parameters[name] = np.random.randn(*shape)
    return parameters


def test_rnn_cell_forward_worked_example():
    a_next, yt_pred, cache = sub.rnn_cell_forward(XT, A_PREV, RNN_PARAMS)
    expect(a_next, np.array([[0.09966799], [-0.14888503]]), "a_next")
    expect(yt_pred, np.array([[0.5678689], [0.4321311]]), "yt_pred")
    expect(cache, (np.array([[0.09966799], [-0.14888503]]), A_PREV, XT, RNN_PARAMS), "cache")


def test_rnn_cell_forward_seeded():
    np.random.seed(1)
    xt = np.random.randn(3, 10)
    a_prev = np.random.randn(5, 10)
    parameters = seeded_rnn_parameters()
    a_next, yt_pred, cache = sub.rnn_cell_forward(xt, a_prev, parameters)
    expect(a_next[4][:3], np.array([0.59584544, 0.18141802, 0.61311866]), "a_next[4][:3]")
    expect(yt_pred[1][:3], np.array([0.9888161, 0.01682021, 0.21140899]), "yt_pred[1][:3]")
    assert a_next.shape == (5, 10), f"a_next has shape {a_next.shape}, expected (n_a, m) = (5, 10)"
    assert yt_pred.shape == (2, 10), f"yt_pred has shape {yt_pred.shape}, expected (2, 10)"


def test_rnn_forward_worked_example():
    a, y_pred, caches = sub.rnn_forward(X_SEQ, A_PREV, RNN_PARAMS)
    expect(a[:, 0, :], np.array([[0.09966799, 0.03493128, 0.31978403],
                                 [-0.14888503, 0.13940879, -0.27530753]]), "a[:, 0, :]")
    expect(y_pred[:, 0, :], np.array([[0.5678689, 0.45223422, 0.6394213],
                                      [0.4321311, 0.54776578, 0.3605787]]), "y_pred[:, 0, :]")
    assert len(caches) == 2 and len(caches[0]) == 3, "caches should be (list of 3 caches, x)"


def test_rnn_forward_seeded():
    np.random.seed(1)
    x = np.random.randn(3, 10, 4)
    a0 = np.random.randn(5, 10)
    parameters = seeded_rnn_parameters()
    a, y_pred, caches = sub.rnn_forward(x, a0, parameters)
    expect(a[4][1], np.array([-0.99999375, 0.77911235, -0.99861469, -0.99833267]), "a[4][1]")
    expect(y_pred[1][3], np.array([0.79560373, 0.86224861, 0.11118257, 0.81515947]),
           "y_pred[1][3]")
    assert a.shape == (5, 10, 4) and y_pred.shape == (2, 10, 4), "shapes (5, 10, 4), (2, 10, 4)"


def test_lstm_cell_forward_worked_example():
    a_next, c_next, yt_pred, cache = sub.lstm_cell_forward(X_LSTM[:, :, 0], A_PREV, C_PREV,
                                                           LSTM_PARAMS)
    expect(c_next, np.array([[1.2661867], [-0.87389069]]), "c_next")
    expect(a_next, np.array([[0.43703767], [-0.37799886]]), "a_next")
    expect(yt_pred, np.array([[0.68686796], [0.31313204]]), "yt_pred")
    assert len(cache) == 10, f"the cache has {len(cache)} entries, expected 10"
    expect(cache[4], np.array([[0.86989153], [0.59868766]]), "ft (cache[4])")
    expect(cache[5], np.array([[0.4378235], [0.549834]]), "it (cache[5])")
    expect(cache[6], np.array([[0.90514825], [-0.50052021]]), "cct (cache[6])")
    expect(cache[7], np.array([[0.5124974], [0.53742985]]), "ot (cache[7])")


def test_lstm_cell_forward_seeded():
    np.random.seed(1)
    xt = np.random.randn(3, 10)
    a_prev = np.random.randn(5, 10)
    c_prev = np.random.randn(5, 10)
    parameters = seeded_lstm_parameters()
    a_next, c_next, yt_pred, cache = sub.lstm_cell_forward(xt, a_prev, c_prev, parameters)
    expect(a_next[4][:3], np.array([-0.66408471, 0.0036921, 0.02088357]), "a_next[4][:3]")
    expect(c_next[2][:3], np.array([0.63267805, 1.00570849, 0.35504474]), "c_next[2][:3]")
    expect(yt_pred[1][:3], np.array([0.79913913, 0.15986619, 0.22412122]), "yt_pred[1][:3]")


def test_lstm_forward_worked_example():
    a, y, c, caches = sub.lstm_forward(X_LSTM, A_PREV, LSTM_PARAMS)
    expect(a[:, 0, :], np.array([[0.19309596, 0.17886748, -0.0747049],
                                 [-0.1442782, -0.0895619, 0.02012769]]), "a[:, 0, :]")
    expect(c[:, 0, :], np.array([[0.39629518, 0.38233938, -0.16919749],
                                 [-0.27520303, -0.18612289, 0.04857829]]), "c[:, 0, :]")
    expect(y[:, 0, :], np.array([[0.57760888, 0.55571185, 0.48312042],
                                 [0.42239112, 0.44428815, 0.51687958]]), "y[:, 0, :]")


def test_lstm_forward_seeded():
    np.random.seed(1)
    x = np.random.randn(3, 10, 7)
    a0 = np.random.randn(5, 10)
    parameters = seeded_lstm_parameters()
    a, y, c, caches = sub.lstm_forward(x, a0, parameters)
    expect(float(a[4][3][6]), 0.17211776753291672, "a[4][3][6]")
    expect(float(y[1][4][3]), 0.9508734618501101, "y[1][4][3]")
    assert a.shape == (5, 10, 7) and y.shape == (2, 10, 7) and c.shape == (5, 10, 7), \
        "shapes: a (5, 10, 7), y (2, 10, 7), c (5, 10, 7)"
    assert len(caches[0]) == 7, "one cache per time step"


def test_rnn_cell_backward_worked_example():
    _, _, cache = sub.rnn_cell_forward(XT, A_PREV, RNN_PARAMS)
    gradients = sub.rnn_cell_backward(np.array([[1.0], [-1.0]]), cache)
    expect(gradients, {"dxt": np.array([[0.19801326], [-0.3923566], [0.59159317]]),
                       "da_prev": np.array([[0.78838312], [-0.09656002]]),
                       "dWax": np.array([[0.99006629, 0.0, -0.99006629],
                                         [-0.97783325, 0.0, 0.97783325]]),
                       "dWaa": np.array([[0.49503315, -0.49503315],
                                         [-0.48891662, 0.48891662]]),
                       "dba": np.array([[0.99006629], [-0.97783325]])}, "gradients")


def test_rnn_backward_worked_example():
    _, _, caches = sub.rnn_forward(X_SEQ, A_PREV, RNN_PARAMS)
    gradients = sub.rnn_backward(DA, caches)
    expect(gradients, {"dx": np.array([[[0.07734166, 0.14504896, 0.17954764]],
                                       [[-0.02286498, -0.1004904, -0.36703555]],
                                       [[0.14414609, 0.30874186, 0.54393642]]]),
                       "da0": np.array([[0.17754831], [0.04920807]]),
                       "dWax": np.array([[-0.51102985, 0.7252448, 0.51102985],
                                         [0.97689194, -0.09321972, -0.97689194]]),
                       "dWaa": np.array([[0.296997, -0.17617967], [-0.01523162, -0.14130647]]),
                       "dba": np.array([[2.00969129], [-0.9647393]])}, "gradients")


def test_lstm_cell_backward_worked_example():
    _, _, _, cache = sub.lstm_cell_forward(X_LSTM[:, :, 0], A_PREV, C_PREV, LSTM_PARAMS)
    gradients = sub.lstm_cell_backward(np.array([[1.0], [-1.0]]), np.array([[0.5], [0.5]]), cache)
    expect(gradients["da_prev"], np.array([[0.10319158], [0.07387117]]), "da_prev")
    expect(gradients["dc_prev"], np.array([[0.55656427], [0.13676059]]), "dc_prev")
    expect(gradients["dxt"], np.array([[0.10318333]]), "dxt")
    expect(gradients["dbf"], np.array([[0.07241373], [-0.05488371]]), "dbf")
    expect(gradients["dbi"], np.array([[0.14254162], [-0.02830001]]), "dbi")
    expect(gradients["dbc"], np.array([[0.05062015], [0.09413519]]), "dbc")
    expect(gradients["dbo"], np.array([[0.213057], [0.17485099]]), "dbo")
    expect(gradients["dWf"], np.array([[0.03620686, -0.03620686, 0.07241373],
                                       [-0.02744186, 0.02744186, -0.05488371]]), "dWf")


def test_lstm_backward_worked_example():
    _, _, _, caches = sub.lstm_forward(X_LSTM, A_PREV, LSTM_PARAMS)
    gradients = sub.lstm_backward(DA, caches)
    expect(gradients["dx"], np.array([[[0.11051154, 0.25600897, 0.19048681]]]), "dx")
    expect(gradients["da0"], np.array([[-0.040376], [-0.0217949]]), "da0")
    expect(gradients["dbf"], np.array([[0.0606561], [0.0332273]]), "dbf")
    expect(gradients["dbc"], np.array([[0.29077574], [-0.42841906]]), "dbc")
    expect(gradients["dWo"], np.array([[-0.00504388, 0.00159343, 0.0441744],
                                       [0.00246759, -0.00324005, 0.01871874]]), "dWo")
