"""Hidden tests: other depths, sizes and seeds compared with the reference, a one-layer network
checked against an independent loop, causality, and parameter counts of built networks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, [n[1], ..., n[L]], m, T_x): sizes differ from layer to layer and from n_x.
CASES = [(3, [5, 2], 4, 6), (2, [4, 6, 3], 1, 5), (4, [2], 3, 4), (1, [3, 5, 2, 4], 2, 3)]


def problem(seed, n_x, sizes, m, T_x):
    rng = np.random.default_rng(seed)
    parameters, a0, previous = [], [], n_x
    for n in sizes:
        parameters.append({"Wa": rng.normal(0, 0.7, (n, n + previous)),
                           "ba": rng.normal(0, 0.5, (n, 1))})
        a0.append(rng.normal(size=(n, m)))
        previous = n
    return rng.normal(size=(n_x, m, T_x)), a0, parameters


def copies(x, a0, parameters):
    return (x.copy(), [a.copy() for a in a0],
            [{k: v.copy() for k, v in p.items()} for p in parameters])


@pytest.mark.parametrize("seed, case", list(enumerate(CASES)))
def test_deep_rnn_forward_random(seed, case):
    """a[l]<t> = tanh(Wa[l] [a[l]<t-1>; a[l-1]<t>] + ba[l]): own previous state on top, the layer
    below at the SAME time step underneath, a[0]<t> = x<t>."""
    x, a0, parameters = problem(seed, *case)
    expected = reference().deep_rnn_forward(*copies(x, a0, parameters))
    expect(sub.deep_rnn_forward(x, a0, parameters), expected,
           f"deep_rnn_forward (n_x={case[0]}, layers {case[1]}, m={case[2]}, T_x={case[3]})")


def test_deep_rnn_forward_one_layer_is_a_basic_rnn():
    """With L = 1 the network is a basic RNN: Wa = [Waa | Wax] applied to [a<t-1>; x<t>], carrying
    a<t> from step to step."""
    x, a0, parameters = problem(9, 3, [4], 2, 5)
    Waa, Wax, ba = parameters[0]["Wa"][:, :4], parameters[0]["Wa"][:, 4:], parameters[0]["ba"]
    a_prev, expected = a0[0], np.zeros((4, 2, 5))
    for t in range(5):
        a_prev = np.tanh(Waa @ a_prev + Wax @ x[:, :, t] + ba)
        expected[:, :, t] = a_prev
    expect(sub.deep_rnn_forward(x, a0, parameters), [expected], "deep_rnn_forward with L = 1")


def test_deep_rnn_forward_layer_above_reads_the_same_step():
    """Layer 2 at time t reads layer 1 at the SAME time t (computed first), and its own state at
    t - 1."""
    x, a0, parameters = problem(10, 2, [3, 4], 3, 4)
    a = sub.deep_rnn_forward(x, a0, parameters)
    for t in range(4):
        own = a0[1] if t == 0 else a[1][:, :, t - 1]
        stacked = np.concatenate((own, a[0][:, :, t]), axis=0)
        expect(a[1][:, :, t], np.tanh(parameters[1]["Wa"] @ stacked + parameters[1]["ba"]),
               f"layer 2 at t = {t} from your own layer 1")


def test_deep_rnn_forward_is_causal():
    """Changing x<2> changes no state before t = 2, in any layer, and changes the top layer at
    t = 2."""
    x, a0, parameters = problem(11, 3, [4, 2, 3], 2, 5)
    before = sub.deep_rnn_forward(*copies(x, a0, parameters))
    x[:, :, 2] += 1.0
    after = sub.deep_rnn_forward(x, a0, parameters)
    for l in range(3):
        expect(after[l][:, :, :2], before[l][:, :, :2], f"layer {l + 1} before t = 2")
    assert not np.allclose(after[2][:, :, 2], before[2][:, :, 2]), (
        "the top layer at t = 2 did not react to x<2>")


def test_deep_rnn_forward_leaves_the_inputs_alone():
    """Work on new arrays: x, the initial states and the parameters must not change."""
    x, a0, parameters = problem(12, 2, [3, 2], 2, 3)
    before = copies(x, a0, parameters)
    sub.deep_rnn_forward(x, a0, parameters)
    expect((x, a0, parameters), before, "the inputs after deep_rnn_forward")


@pytest.mark.parametrize("n_x, sizes, n_y", [(10, [7], 3), (5, [8, 3, 6], 2), (1, [1, 1], 1),
                                             (100, [64, 32], 10), (4, [9, 9, 9, 9], 4)])
def test_deep_rnn_parameter_count_formula(n_x, sizes, n_y):
    """Each recurrent layer: n[l] (n[l] + n[l-1]) weights plus n[l] biases, where n[l-1] is the
    size of the layer BELOW (n_x only for layer 1); then the output layer n_y n[L] + n_y."""
    dims = [n_x] + sizes
    expected = sum(dims[l] * (dims[l] + dims[l - 1]) + dims[l] for l in range(1, len(dims)))
    expected += n_y * sizes[-1] + n_y
    expect(sub.deep_rnn_parameter_count(n_x, list(sizes), n_y), expected,
           f"deep_rnn_parameter_count({n_x}, {sizes}, {n_y})", strict_type=True)


def test_deep_rnn_parameter_count_matches_built_arrays():
    """The count equals the number of entries of the arrays a real network of that shape holds."""
    _, _, parameters = problem(13, 6, [5, 7, 2], 1, 1)
    total = sum(p["Wa"].size + p["ba"].size for p in parameters) + 4 * 2 + 4
    expect(sub.deep_rnn_parameter_count(6, [5, 7, 2], 4), total,
           "deep_rnn_parameter_count(6, [5, 7, 2], 4)")
