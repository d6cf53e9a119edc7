"""Train the learner's 2-layer network on the flower (or another planar set), live.

First the baseline: logistic regression (the week 2 model, through [[uses]] as ``logreg``)
draws a straight line and gets about half the points right. Then the learner's own nn_model
trains; their compute_cost and update_parameters are wrapped on the module so the cost and
the decision boundary (drawn with their forward_propagation) stream while it learns.
"""

from __future__ import annotations

import time

import numpy as np

from data.planar import boundary_grid, course_layout, load_extra_datasets, load_planar_dataset

BASELINE_ITERATIONS = 2000
BASELINE_LEARNING_RATE = 0.5
COST_EVERY = 100
BOUNDARY_EVERY = 500
COMPARE_SIZES = (1, 2, 3, 4, 5, 20, 50)
COMPARE_ITERATIONS = 5000


def load_data(name, seed):
    """X (2, m), Y (1, m) for the chosen set."""
    if name == "flower":
        return load_planar_dataset(seed)
    extra = load_extra_datasets(seed)
    if name not in extra:
        choices = ", ".join(["flower", *extra])
        raise ValueError(f"unknown dataset {name!r}; choose one of {choices}")
    return course_layout(*extra[name])


def accuracy(predictions, Y):
    """Percentage of columns where the 0/1 prediction equals the label."""
    predictions = np.asarray(predictions, dtype=float).reshape(Y.shape)
    return float(np.mean(predictions == Y) * 100)


def run_baseline(emit, X, Y):
    """Logistic regression with the week 2 model: a straight line through the plane."""
    import logreg

    d = logreg.model(X, Y, X, Y, num_iterations=BASELINE_ITERATIONS,
                     learning_rate=BASELINE_LEARNING_RATE, print_cost=False)
    w, b = np.asarray(d["w"], dtype=float).reshape(-1, 1), float(np.squeeze(d["b"]))

    def probability(points):
        return 1 / (1 + np.exp(-(w.T @ points + b)))

    acc = accuracy(probability(X) > 0.5, Y)
    emit.metric(0, "baseline accuracy", acc)
    grid, x_range, y_range = boundary_grid(probability, X)
    emit.boundary("logistic regression", grid, x_range, y_range, X, Y.ravel(), step=0)
    emit.log(f"logistic regression: {acc:.2f} % of the points right (a straight line cannot "
             "follow the petals)")
    return acc


def train_network(learner, emit, X, Y, n_h, iterations, params, *, label, offset, total,
                  live_boundary):
    """Run the learner's nn_model with streaming wrappers; return its parameters.

    update_parameters is wrapped to count iterations, pass the run's learning rate (whatever
    nn_model asked for) and draw
    the boundary every BOUNDARY_EVERY steps; compute_cost is wrapped to emit the cost.
    """
    original_cost = learner.compute_cost
    original_update = learner.update_parameters
    forward = learner.forward_propagation
    learning_rate = float(params["learning_rate"])
    delay = float(params["frame_delay"])
    state = {"i": 0}
    cost_name = "cost" if label is None else f"cost n_h={n_h}"
    boundary_name = f"hidden layer size {n_h}" if label is None else label

    def draw(parameters, step):
        grid, x_range, y_range = boundary_grid(lambda P: forward(P, parameters)[0], X)
        grid = np.clip(np.nan_to_num(grid, nan=0.5), 0.0, 1.0)
        emit.boundary(boundary_name, grid, x_range, y_range, X, Y.ravel(), step=step)

    def compute_cost(A2, Y_):
        cost = original_cost(A2, Y_)
        i = state["i"]
        if i % COST_EVERY == 0 or i == iterations - 1:
            emit.metric(i, cost_name, cost)
        return cost

    def update_parameters(parameters, grads, *_ignored, **_also_ignored):
        new = original_update(parameters, grads, learning_rate)
        state["i"] += 1
        i = state["i"]
        if i % COST_EVERY == 0 or i == iterations:
            emit.progress(offset + i, total)
        if live_boundary and (i % BOUNDARY_EVERY == 0 or i == 1):
            draw(new, i)
            if delay:
                time.sleep(delay)
        return new

    learner.compute_cost = compute_cost
    learner.update_parameters = update_parameters
    try:
        parameters = learner.nn_model(X, Y, n_h, num_iterations=iterations, print_cost=False)
    finally:
        learner.compute_cost = original_cost
        learner.update_parameters = original_update
    if state["i"] == 0:
        emit.log("your nn_model never called update_parameters: nothing was learnt", "warning")
    draw(parameters, state["i"])
    return parameters


def train(learner, emit, params):
    seed = int(params["seed"])
    X, Y = load_data(params["dataset"], seed)
    emit.log(f"dataset {params['dataset']}: X {X.shape}, Y {Y.shape}, seed {seed}")
    baseline = run_baseline(emit, X, Y)

    if params["compare_hidden_sizes"]:
        iterations = min(COMPARE_ITERATIONS, int(params["num_iterations"]))
        total = iterations * len(COMPARE_SIZES)
        accuracies = {}
        for k, n_h in enumerate(COMPARE_SIZES):
            np.random.seed(seed)
            parameters = train_network(learner, emit, X, Y, n_h, iterations, params,
                                       label=f"n_h = {n_h}", offset=k * iterations,
                                       total=total, live_boundary=False)
            acc = accuracy(learner.predict(parameters, X), Y)
            accuracies[f"n_h={n_h}"] = round(acc, 2)
            emit.metric(n_h, f"accuracy n_h={n_h}", acc)
            emit.log(f"hidden layer of size {n_h}: {acc:.2f} %")
        return {"accuracies": accuracies, "baseline_accuracy": round(baseline, 2),
                "iterations": iterations}

    iterations = int(params["num_iterations"])
    n_h = int(params["n_h"])
    np.random.seed(seed)
    parameters = train_network(learner, emit, X, Y, n_h, iterations, params, label=None,
                               offset=0, total=iterations, live_boundary=True)
    acc = accuracy(learner.predict(parameters, X), Y)
    final_cost = learner.compute_cost(learner.forward_propagation(X, parameters)[0], Y)
    emit.metric(iterations, "accuracy", acc)
    emit.log(f"2-layer network, {n_h} hidden units: {acc:.2f} % (logistic regression: "
             f"{baseline:.2f} %)")
    return {"accuracy": round(acc, 2), "baseline_accuracy": round(baseline, 2),
            "final_cost": float(final_cost)}
