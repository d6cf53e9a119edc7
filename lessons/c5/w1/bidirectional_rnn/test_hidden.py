"""Hidden tests: other sizes and seeds compared with the reference, and what each direction
may and may not see."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

# (n_x, n_a, n_y, m, T_x): all different, so a wrong axis or a wrong stacking shows.
SHAPES = [(3, 5, 2, 4, 6), (2, 3, 4, 1, 5), (4, 2, 3, 6, 3), (1, 4, 5, 2, 1)]


def cell(rng, n_x, n_a):
    return {"Wax": rng.normal(0, 0.8, (n_a, n_x)), "Waa": rng.normal(0, 0.8, (n_a, n_a)),
            "ba": rng.normal(0, 0.5, (n_a, 1))}


def problem(seed, n_x, n_a, n_y, m, T_x):
    rng = np.random.default_rng(seed)
    return {"x": rng.normal(size=(n_x, m, T_x)), "a0_f": rng.normal(size=(n_a, m)),
            "a0_b": rng.normal(size=(n_a, m)), "parameters_f": cell(rng, n_x, n_a),
            "parameters_b": cell(rng, n_x, n_a), "Wy": rng.normal(0, 0.8, (n_y, 2 * n_a)),
            "by": rng.normal(0, 0.5, (n_y, 1))}


def copy_of(value):
    if isinstance(value, dict):
        return {k: copy_of(v) for k, v in value.items()}
    return value.copy()


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("seed, shape", list(enumerate(SHAPES)))
def test_rnn_sweep_random(seed, shape, reverse):
    """Forwards: t = 0 .. T_x - 1. Backwards: t = T_x - 1 .. 0. Either way feed x[:, :, t] and the
    previous state of THIS sweep, and store the new state at index t."""
    p = problem(seed, *shape)
    expected = reference().rnn_sweep(p["x"].copy(), p["a0_f"].copy(),
                                     copy_of(p["parameters_f"]), reverse)
    expect(sub.rnn_sweep(p["x"], p["a0_f"], p["parameters_f"], reverse), expected,
           f"rnn_sweep(x {p['x'].shape}, reverse={reverse})")


def test_rnn_sweep_backwards_is_forwards_on_the_flipped_sequence():
    """A backward sweep is a forward sweep over the reversed sequence, with the result flipped
    back so that index t belongs to x<t>."""
    p = problem(11, 3, 4, 2, 5, 7)
    forward_on_flipped = reference().rnn_sweep(p["x"][:, :, ::-1].copy(), p["a0_b"].copy(),
                                               copy_of(p["parameters_b"]))
    expect(sub.rnn_sweep(p["x"], p["a0_b"], p["parameters_b"], reverse=True),
           forward_on_flipped[:, :, ::-1], "rnn_sweep(x, ..., reverse=True)")


def test_rnn_sweep_first_steps():
    """The first state a sweep computes uses only a0 and ONE input: x<0> going forwards,
    x<T_x - 1> going backwards."""
    p = problem(12, 2, 3, 2, 4, 5)
    x, a0, params = p["x"], p["a0_f"], p["parameters_f"]
    step = reference().rnn_cell_step
    expect(sub.rnn_sweep(x, a0, params)[:, :, 0], step(x[:, :, 0], a0, params), "forward a<0>")
    expect(sub.rnn_sweep(x, a0, params, reverse=True)[:, :, 4], step(x[:, :, 4], a0, params),
           "backward a<T_x - 1>")


def test_rnn_sweep_carries_the_state():
    """Each step must use the state of the step before (not a0 again): a<1> = cell(x<1>, a<0>)."""
    p = problem(13, 2, 3, 2, 4, 5)
    x, a0, params = p["x"], p["a0_f"], p["parameters_f"]
    a = sub.rnn_sweep(x, a0, params)
    expect(a[:, :, 1], reference().rnn_cell_step(x[:, :, 1], a[:, :, 0], params), "forward a<1>")


@pytest.mark.parametrize("seed, shape", list(enumerate(SHAPES)))
def test_brnn_forward_random(seed, shape):
    """a_f: a forward sweep with parameters_f from a0_f; a_b: a backward sweep with parameters_b
    from a0_b; y_hat<t> = softmax(Wy [a_f<t>; a_b<t>] + by) with the forward state on top."""
    p = problem(seed + 20, *shape)
    expected = reference().brnn_forward(**copy_of(p))
    expect(sub.brnn_forward(**p), expected, f"brnn_forward(x {p['x'].shape})")


def test_brnn_forward_sees_past_and_future():
    """Changing the LAST input changes the backward state at t = 0 but not the forward one:
    the backward sweep carries the future back to the start."""
    p = problem(31, 3, 4, 2, 3, 6)
    _, a_f1, a_b1 = sub.brnn_forward(**copy_of(p))
    p["x"][:, :, -1] += 1.0
    _, a_f2, a_b2 = sub.brnn_forward(**p)
    expect(a_f2[:, :, 0], a_f1[:, :, 0], "forward state at t = 0 after changing x<T_x - 1>")
    assert not np.allclose(a_b2[:, :, 0], a_b1[:, :, 0]), (
        "the backward state at t = 0 did not notice a change in the last input")


def test_brnn_forward_output_halves():
    """Wy's first n_a columns read the FORWARD state: with the second half of Wy set to 0 the
    prediction depends on a_f alone."""
    p = problem(32, 2, 3, 4, 5, 4)
    p["Wy"][:, 3:] = 0.0
    y_hat, a_f, _ = sub.brnn_forward(**p)
    softmax = reference().softmax
    for t in range(4):
        expect(y_hat[:, :, t], softmax(p["Wy"][:, :3] @ a_f[:, :, t] + p["by"]), f"y_hat<{t}>")


def test_brnn_forward_distributions_and_inputs():
    """Every column of every y_hat<t> is a distribution, and the inputs stay unchanged."""
    p = problem(33, 3, 2, 4, 5, 6)
    before = copy_of(p)
    y_hat, _, _ = sub.brnn_forward(**p)
    expect(y_hat.sum(axis=0), np.ones((5, 6)), "y_hat summed over the n_y classes")
    expect(p, before, "the inputs after brnn_forward")
