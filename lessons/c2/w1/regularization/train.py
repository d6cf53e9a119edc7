"""Train the 3-layer network on the goalkeeper data: plain, with L2, with dropout.

The learner's model (given in their file) picks their regularized functions from lambd and
keep_prob. Their compute_cost, compute_cost_with_regularization and update_parameters are
wrapped on the module while it runs, so the cost of each mode streams into one chart
("cost none", "cost l2", "cost dropout") and the decision boundary, drawn without dropout,
is redrawn as it forms. Each mode ends with its boundary and its train and test accuracy.
"""

from __future__ import annotations

import time

import numpy as np

from data.football import load_2D_dataset
from data.planar import boundary_grid

MODES = ("none", "l2", "dropout")
COST_EVERY = 100
BOUNDARY_EVERY = 1000


def accuracy(predictions, Y):
    """Fraction of columns where the 0/1 prediction equals the label."""
    predictions = np.asarray(predictions, dtype=float).reshape(Y.shape)
    return float(np.mean(predictions == Y))


def settings(mode, params):
    """The model's keyword arguments for one mode: one technique at a time, as in the course."""
    if mode == "l2":
        return {"lambd": float(params["lambd"]), "keep_prob": 1}
    if mode == "dropout":
        return {"lambd": 0, "keep_prob": float(params["keep_prob"])}
    return {"lambd": 0, "keep_prob": 1}


def train_one(learner, emit, mode, data, params, offset, total):
    """Run the learner's model in one mode with streaming wrappers; return its parameters."""
    train_X, train_Y = data[0], data[1]
    iterations = int(params["num_iterations"])
    delay = float(params.get("frame_delay", 0))
    originals = {name: getattr(learner, name) for name in
                 ("compute_cost", "compute_cost_with_regularization", "update_parameters")}
    forward = learner.forward_propagation
    state = {"i": 0, "cost": None, "first": None}

    def draw(parameters, step):
        grid, x_range, y_range = boundary_grid(lambda P: forward(P, parameters)[0], train_X,
                                               margin=0.1)
        grid = np.clip(np.nan_to_num(grid, nan=0.5), 0.0, 1.0)
        emit.boundary(mode, grid, x_range, y_range, train_X, train_Y.ravel(), step=step)

    def record(cost):
        state["cost"] = cost
        return cost

    def compute_cost(A3, Y):
        return record(originals["compute_cost"](A3, Y))

    def compute_cost_with_regularization(A3, Y, parameters, lambd):
        # Recorded after the inner compute_cost call, so the full regularized cost wins.
        return record(originals["compute_cost_with_regularization"](A3, Y, parameters, lambd))

    def update_parameters(parameters, grads, learning_rate):
        i = state["i"]
        if i == 0:
            state["first"] = state["cost"]
        if state["cost"] is not None and (i % COST_EVERY == 0 or i == iterations - 1):
            emit.metric(i, f"cost {mode}", state["cost"])
        new = originals["update_parameters"](parameters, grads, learning_rate)
        state["i"] = i = i + 1
        if i % COST_EVERY == 0 or i == iterations:
            emit.progress(offset + i, total)
        if i % BOUNDARY_EVERY == 0:
            draw(new, i)
            if delay:
                time.sleep(delay)
        return new

    np.random.seed(int(params["seed"]))
    learner.compute_cost = compute_cost
    learner.compute_cost_with_regularization = compute_cost_with_regularization
    learner.update_parameters = update_parameters
    try:
        parameters = learner.model(train_X, train_Y, learning_rate=float(params["learning_rate"]),
                                   num_iterations=iterations, print_cost=False,
                                   **settings(mode, params))
    finally:
        for name, function in originals.items():
            setattr(learner, name, function)
    draw(parameters, state["i"])
    return parameters, state["first"], state["cost"]


def train(learner, emit, params):
    choice = str(params["mode"])
    modes = MODES if choice == "all" else (choice,)
    if any(m not in MODES for m in modes):
        raise ValueError(f"mode must be one of none, l2, dropout or all, not {choice!r}")
    data = load_2D_dataset()
    train_X, train_Y, test_X, test_Y = data
    iterations = int(params["num_iterations"])
    emit.log(f"goalkeeper data: train X {train_X.shape}, test X {test_X.shape}; network "
             f"[2, 20, 3, 1], {iterations} iterations at learning rate "
             f"{float(params['learning_rate'])}; lambd {float(params['lambd'])}, keep_prob "
             f"{float(params['keep_prob'])}")
    summary = {}
    for k, mode in enumerate(modes):
        parameters, first_cost, last_cost = train_one(learner, emit, mode, data, params,
                                                      offset=k * iterations,
                                                      total=iterations * len(modes))
        train_acc = accuracy(learner.predict(train_X, parameters), train_Y)
        test_acc = accuracy(learner.predict(test_X, parameters), test_Y)
        emit.metric(iterations, f"train accuracy {mode}", train_acc)
        emit.metric(iterations, f"test accuracy {mode}", test_acc)
        emit.log(f"{mode}: cost {first_cost:.4f} -> {last_cost:.4f}; train accuracy "
                 f"{100 * train_acc:.1f} %, test accuracy {100 * test_acc:.1f} %")
        summary[mode] = {"first_cost": round(float(first_cost), 4),
                         "last_cost": round(float(last_cost), 4),
                         "train_accuracy": round(train_acc, 4),
                         "test_accuracy": round(test_acc, 4)}
    if len(modes) > 1:
        best = max(modes, key=lambda m: summary[m]["test_accuracy"])
        emit.log(f"best on the test set: {best} ({100 * summary[best]['test_accuracy']:.1f} %)")
    return summary
