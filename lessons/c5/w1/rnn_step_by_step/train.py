"""A live look inside YOUR recurrent networks (nothing is trained here).

A short two-channel signal (a sine wave and a brief pulse) runs through the learner's
rnn_forward and lstm_forward with seeded random parameters. The hidden states fill in column by
column as heatmaps (rows = hidden units, columns = time steps), the LSTM's gate activity is
plotted per time step from the learner's own caches, and, if the backward functions are
written, the gradient that reaches each earlier input from the last step is plotted too.
"""

from __future__ import annotations

import time

import numpy as np

N_Y = 3
PERIOD = 8.0
PULSE = (3, 6)          # the pulse is on for time steps 3, 4 and 5


def make_signal(T_x):
    """x of shape (2, 1, T_x): row 0 a sine wave, row 1 a short pulse (the event to remember)."""
    t = np.arange(T_x)
    x = np.zeros((2, 1, T_x))
    x[0, 0, :] = np.sin(2 * np.pi * t / PERIOD)
    x[1, 0, PULSE[0]:PULSE[1]] = 1.0
    return x


def rnn_parameters(n_x, n_a, n_y):
    """Seeded random weights, scaled so that tanh is neither flat nor saturated."""
    return {"Wax": np.random.randn(n_a, n_x),
            "Waa": np.random.randn(n_a, n_a) / np.sqrt(n_a),
            "Wya": np.random.randn(n_y, n_a) / np.sqrt(n_a),
            "ba": np.zeros((n_a, 1)),
            "by": np.zeros((n_y, 1))}


def lstm_parameters(n_x, n_a, n_y):
    """Seeded random weights; the forget gate's bias starts at +1 so that it leans 'keep'."""
    scale = 1 / np.sqrt(n_a + n_x)
    parameters = {}
    for gate in "fico":
        parameters["W" + gate] = np.random.randn(n_a, n_a + n_x) * scale * 2
        parameters["b" + gate] = np.zeros((n_a, 1))
    parameters["bf"] += 1.0
    parameters["Wy"] = np.random.randn(n_y, n_a) / np.sqrt(n_a)
    parameters["by"] = np.zeros((n_y, 1))
    return parameters


def as_states(value, shape, what):
    """The learner's array as floats, or a clear error when it is missing or mis-shaped."""
    if value is None:
        raise ValueError(f"{what} is None: finish that function first (dls-tui check)")
    array = np.asarray(value, dtype=float)
    if array.shape != shape:
        raise ValueError(f"{what} has shape {array.shape}, expected {shape}")
    return array


def stream_states(emit, name, states, rows, cols, delay, progress):
    """Emit the heatmap once per time step, with the columns computed so far filled in."""
    T_x = states.shape[1]
    for t in range(T_x):
        frame = np.zeros_like(states)
        frame[:, :t + 1] = states[:, :t + 1]
        emit.heatmap(name, frame, rows, cols, step=t + 1)
        progress()
        if delay:
            time.sleep(delay)


def gradient_flow(emit, label, backward, da, caches):
    """Norm of the gradient that reaches the input at each step from the last step alone."""
    try:
        gradients = backward(da, caches)
        dx = np.asarray(gradients["dx"], dtype=float)
    except Exception as exc:  # noqa: BLE001 - the backward functions are optional
        emit.log(f"{label}: backward pass not available yet ({type(exc).__name__}); write it "
                 "to see how far the gradient travels back in time", "warning")
        return None
    norms = np.linalg.norm(dx[:, 0, :], axis=0)
    for t, value in enumerate(norms):
        emit.metric(t + 1, f"{label} gradient reaching x<t>", value)
    return norms


def train(learner, emit, params):
    seed = int(params["seed"])
    T_x = int(params["T_x"])
    n_a = int(params["n_a"])
    delay = float(params["frame_delay"])
    x = make_signal(T_x)
    n_x, m, _ = x.shape
    total = 2 * T_x + 2
    done = {"steps": 0}

    def progress():
        done["steps"] += 1
        emit.progress(done["steps"], total)

    rows = [f"h{i + 1}" for i in range(n_a)]
    cols = [str(t + 1) for t in range(T_x)]
    emit.log(f"input x {x.shape}: row 0 a sine wave (period {PERIOD:g} steps), row 1 a pulse "
             f"at steps {PULSE[0] + 1}-{PULSE[1]}; n_a = {n_a}, seed {seed}")
    emit.heatmap("input x<t> (sine, pulse)", x[:, 0, :], ["sine", "pulse"], cols)

    np.random.seed(seed)
    rnn_params = rnn_parameters(n_x, n_a, N_Y)
    lstm_params = lstm_parameters(n_x, n_a, N_Y)
    a0 = np.zeros((n_a, m))

    a, y_pred, rnn_caches = learner.rnn_forward(x, a0, rnn_params)
    a = as_states(a, (n_a, m, T_x), "the a returned by your rnn_forward")
    for t in range(T_x):
        emit.metric(t + 1, "RNN |a<t>|", np.linalg.norm(a[:, 0, t]))
    stream_states(emit, "RNN hidden state a<t>", a[:, 0, :], rows, cols, delay, progress)

    a_l, y_l, c_l, lstm_caches = learner.lstm_forward(x, a0, lstm_params)
    a_l = as_states(a_l, (n_a, m, T_x), "the a returned by your lstm_forward")
    c_l = as_states(c_l, (n_a, m, T_x), "the c returned by your lstm_forward")
    gates = {"forget gate": 4, "update gate": 5, "output gate": 7}
    means = {name: [] for name in gates}
    for t, cache in enumerate(lstm_caches[0]):
        for name, index in gates.items():
            value = float(np.mean(cache[index]))
            means[name].append(value)
            emit.metric(t + 1, name, value)
        emit.metric(t + 1, "LSTM |c<t>|", np.linalg.norm(c_l[:, 0, t]))
    stream_states(emit, "LSTM hidden state a<t>", a_l[:, 0, :], rows, cols, delay, progress)
    emit.heatmap("LSTM memory cell c<t>", c_l[:, 0, :], rows, cols, step=T_x)
    progress()

    # How much of a gradient at the last step reaches each earlier input?
    da = np.zeros((n_a, m, T_x))
    da[:, :, -1] = 1.0
    rnn_flow = gradient_flow(emit, "RNN", learner.rnn_backward, da, rnn_caches)
    lstm_flow = gradient_flow(emit, "LSTM", learner.lstm_backward, da, lstm_caches)
    progress()

    summary = {"x": list(x.shape), "rnn_a": list(a.shape), "rnn_y_pred": list(np.shape(y_pred)),
               "lstm_a": list(a_l.shape), "lstm_y": list(np.shape(y_l)),
               "lstm_c": list(c_l.shape),
               "rnn_final_state_norm": round(float(np.linalg.norm(a[:, 0, -1])), 4),
               "lstm_final_state_norm": round(float(np.linalg.norm(a_l[:, 0, -1])), 4),
               "lstm_final_cell_norm": round(float(np.linalg.norm(c_l[:, 0, -1])), 4),
               "mean_forget_gate": round(float(np.mean(means["forget gate"])), 4)}
    if rnn_flow is not None:
        summary["rnn_gradient_first_over_last"] = float(f"{rnn_flow[0] / rnn_flow[-1]:.3g}")
    if lstm_flow is not None:
        summary["lstm_gradient_first_over_last"] = float(f"{lstm_flow[0] / lstm_flow[-1]:.3g}")
    emit.log(f"final |a<T_x>|: RNN {summary['rnn_final_state_norm']}, LSTM "
             f"{summary['lstm_final_state_norm']} (memory cell {summary['lstm_final_cell_norm']})")
    return summary
