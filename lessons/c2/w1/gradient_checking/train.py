"""A short demo of the learner's gradient checks; nothing is trained.

1. The 1-D check of J = theta * x at x = 3, theta = 4, with the learner's three functions.
2. The learner's gradient_check_n on the backprop in their file (backward_propagation_n, with
   its planted bugs unless they fixed them) and on a corrected backprop written here.
3. Where the disagreement lives: for each parameter block (W1, b1, ...) the relative difference
   between each backprop and a numerical gradient taken with the learner's forward pass, as a
   heatmap.
4. How epsilon matters: the learner's gradient_check_n for epsilon = 1e-1 ... 1e-12, as the
   curves "log10 difference ..." (x = k for epsilon = 10^-k), next to the 2e-7 threshold.
"""

from __future__ import annotations

import numpy as np

THRESHOLD = 2e-7
SWEEP = range(1, 13)  # epsilon = 10 ** -k


def make_problem(seed, m, shapes):
    """X (4, m) and the parameters from numpy's seeded randn (X first), labels 1, 1, 0, ..."""
    np.random.seed(seed)
    X = np.random.randn(4, m)
    parameters = {name: np.random.randn(*shape) for name, shape in shapes}
    Y = (np.arange(m) % 3 != 2).astype(int).reshape(1, m)
    return X, Y, parameters


def corrected_backward(X, Y, cache):
    """Backpropagation for the 3-layer network, without bugs."""
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dZ2 = np.dot(W3.T, dZ3) * (A2 > 0)
    dZ1 = np.dot(W2.T, dZ2) * (A1 > 0)
    return {"dW3": np.dot(dZ3, A2.T) / m, "db3": np.sum(dZ3, axis=1, keepdims=True) / m,
            "dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
            "dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m}


def numerical_gradient(forward, X, Y, parameters, epsilon):
    """Two-sided differences of the cost for every entry of every parameter."""
    slopes = {}
    for name, value in parameters.items():
        slope = np.zeros_like(value, dtype=float)
        for index in np.ndindex(value.shape):
            plus = {k: np.array(v, dtype=float, copy=True) for k, v in parameters.items()}
            minus = {k: np.array(v, dtype=float, copy=True) for k, v in parameters.items()}
            plus[name][index] += epsilon
            minus[name][index] -= epsilon
            slope[index] = (float(forward(X, Y, plus)[0]) - float(forward(X, Y, minus)[0])) \
                / (2 * epsilon)
        slopes[name] = slope
    return slopes


def relative(a, b):
    a, b = np.ravel(a), np.ravel(b)
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / denominator) if denominator else 0.0


def checked(value, what):
    """The learner's difference as a float, or a clear error if it is not a number."""
    if value is None:
        raise ValueError(f"{what} returned None: write it first")
    return float(np.squeeze(value))


def verdict(difference):
    return "DISAGREE (above 2e-7)" if difference > THRESHOLD else "agree"


def train(learner, emit, params):
    epsilon = float(params["epsilon"])
    m = int(params["m"])
    names = [name for name, _ in learner.SHAPES]

    d1 = checked(learner.gradient_check(3.0, 4.0, epsilon), "gradient_check")
    emit.log(f"1-D check of J = theta * x at x = 3, theta = 4: difference = {d1:.3g}, "
             f"{verdict(d1)}")

    X, Y, parameters = make_problem(int(params["seed"]), m, learner.SHAPES)
    cost, cache = learner.forward_propagation_n(X, Y, parameters)
    emit.log(f"3-layer network, X {X.shape}, Y {Y.tolist()}, cost {float(cost):.4f}")
    yours = learner.backward_propagation_n(X, Y, cache)
    fixed = corrected_backward(X, Y, cache)
    d_yours = checked(learner.gradient_check_n(parameters, yours, X, Y, epsilon),
                      "gradient_check_n")
    d_fixed = checked(learner.gradient_check_n(parameters, fixed, X, Y, epsilon),
                      "gradient_check_n")
    emit.log(f"your gradient_check_n on backward_propagation_n: difference = {d_yours:.3g}, "
             f"{verdict(d_yours)}")
    emit.log(f"your gradient_check_n on a corrected backprop: difference = {d_fixed:.3g}, "
             f"{verdict(d_fixed)}")

    slopes = numerical_gradient(learner.forward_propagation_n, X, Y, parameters, epsilon)
    table = np.array([[relative(yours["d" + n], slopes[n]), relative(fixed["d" + n], slopes[n])]
                      for n in names])
    emit.heatmap("relative difference per parameter", table, [f"d{n}" for n in names],
                 ["backward_propagation_n", "corrected"])
    suspects = [f"d{n}" for n, row in zip(names, table, strict=True) if row[0] > THRESHOLD]
    if suspects:
        emit.log(f"backward_propagation_n disagrees with the numerical gradient in: "
                 f"{', '.join(suspects)}; look at the lines that compute them", "warning")
    else:
        emit.log("backward_propagation_n agrees with the numerical gradient everywhere")

    for k in SWEEP:
        eps = 10.0 ** -k
        for label, grads in (("backward_propagation_n", yours), ("corrected", fixed)):
            d = checked(learner.gradient_check_n(parameters, grads, X, Y, eps),
                        "gradient_check_n")
            emit.metric(k, f"log10 difference, {label}", np.log10(max(d, 1e-300)))
        emit.metric(k, "log10 threshold 2e-7", np.log10(THRESHOLD))
        emit.progress(k, len(SWEEP))

    return {"difference_1d": d1, "difference_backward_propagation_n": d_yours,
            "difference_corrected": d_fixed, "suspects": suspects}
