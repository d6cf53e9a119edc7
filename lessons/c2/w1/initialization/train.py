"""Train the 3-layer network on the two circles once per initializer, with the learner's own.

The learner's model (given in their file) calls their initialize_parameters_<method>. Their
compute_loss and update_parameters are wrapped on the module while it runs, so each cost curve
("cost zeros", "cost random", "cost he") streams into one chart and the decision boundary is
redrawn as it forms. At the end of each run: train and test accuracy (as fractions, the
course's format) and the final boundary under the method's name.
"""

from __future__ import annotations

import time

import numpy as np

from data.planar import boundary_grid, course_layout, make_circles

METHODS = ("zeros", "random", "he")
LAYERS_DIMS = [2, 10, 5, 1]
COST_EVERY = 100
BOUNDARY_EVERY = 1000


def load_dataset():
    """The course's circles: 300 training points (seed 1) and 100 test points (seed 2)."""
    train_X, train_Y = course_layout(*make_circles(300, noise=0.05, seed=1))
    test_X, test_Y = course_layout(*make_circles(100, noise=0.05, seed=2))
    return train_X, train_Y, test_X, test_Y


def accuracy(predictions, Y):
    """Fraction of columns where the 0/1 prediction equals the label."""
    predictions = np.asarray(predictions, dtype=float).reshape(Y.shape)
    return float(np.mean(predictions == Y))


def check_initializer(learner, method, seed):
    """Call the learner's initializer once and say clearly what is wrong with its output."""
    name = f"initialize_parameters_{method}"
    np.random.seed(seed)
    parameters = getattr(learner, name)(list(LAYERS_DIMS))
    if not isinstance(parameters, dict):
        raise TypeError(f"{name} returned {type(parameters).__name__}, not a dictionary")
    for l in range(1, len(LAYERS_DIMS)):
        for key, shape in ((f"W{l}", (LAYERS_DIMS[l], LAYERS_DIMS[l - 1])),
                           (f"b{l}", (LAYERS_DIMS[l], 1))):
            value = parameters.get(key)
            if value is None:
                raise ValueError(f"{name}({LAYERS_DIMS}) gave no {key} (it is None or missing)")
            if np.shape(value) != shape:
                raise ValueError(f"{name}({LAYERS_DIMS}): {key} has shape {np.shape(value)}, "
                                 f"expected {shape}")
    return parameters


def train_one(learner, emit, method, data, params, offset, total):
    """Run the learner's model with one initializer; stream its cost; return the parameters."""
    train_X, train_Y = data[0], data[1]
    iterations = int(params["num_iterations"])
    learning_rate = float(params["learning_rate"])
    seed = int(params["seed"])
    delay = float(params.get("frame_delay", 0))
    original_loss = learner.compute_loss
    original_update = learner.update_parameters
    forward = learner.forward_propagation
    state = {"i": 0, "first": None}

    def draw(parameters, step):
        grid, x_range, y_range = boundary_grid(lambda P: forward(P, parameters)[0], train_X,
                                               margin=0.3)
        grid = np.clip(np.nan_to_num(grid, nan=0.5), 0.0, 1.0)
        emit.boundary(method, grid, x_range, y_range, train_X, train_Y.ravel(), step=step)

    def compute_loss(a3, Y):
        cost = original_loss(a3, Y)
        i = state["i"]
        if state["first"] is None:
            state["first"] = cost
        if i % COST_EVERY == 0 or i == iterations - 1:
            emit.metric(i, f"cost {method}", cost)
        return cost

    def update_parameters(parameters, grads, learning_rate):
        new = original_update(parameters, grads, learning_rate)
        state["i"] += 1
        i = state["i"]
        if i % COST_EVERY == 0 or i == iterations:
            emit.progress(offset + i, total)
        if i % BOUNDARY_EVERY == 0:
            draw(new, i)
            if delay:
                time.sleep(delay)
        return new

    first_weights = check_initializer(learner, method, seed)["W1"]
    emit.log(f"{method}: W1 starts with standard deviation {np.std(first_weights):.4g}")
    np.random.seed(seed)
    learner.compute_loss = compute_loss
    learner.update_parameters = update_parameters
    try:
        parameters = learner.model(train_X, train_Y, learning_rate=learning_rate,
                                   num_iterations=iterations, print_cost=False,
                                   initialization=method)
    finally:
        learner.compute_loss = original_loss
        learner.update_parameters = original_update
    draw(parameters, state["i"])
    return parameters, state["first"]


def train(learner, emit, params):
    choice = str(params["initialization"])
    methods = METHODS if choice == "all" else (choice,)
    if any(m not in METHODS for m in methods):
        raise ValueError(f"initialization must be one of zeros, random, he or all, not {choice!r}")
    data = load_dataset()
    train_X, train_Y, test_X, test_Y = data
    iterations = int(params["num_iterations"])
    emit.log(f"two circles: train X {train_X.shape}, test X {test_X.shape}; network "
             f"{LAYERS_DIMS}, {iterations} iterations at learning rate "
             f"{float(params['learning_rate'])}, initializer seed {int(params['seed'])}")
    summary = {}
    for k, method in enumerate(methods):
        parameters, first_cost = train_one(learner, emit, method, data, params,
                                           offset=k * iterations,
                                           total=iterations * len(methods))
        final_cost = learner.compute_loss(learner.forward_propagation(train_X, parameters)[0],
                                          train_Y)
        train_acc = accuracy(learner.predict(train_X, parameters), train_Y)
        test_acc = accuracy(learner.predict(test_X, parameters), test_Y)
        emit.metric(iterations, f"train accuracy {method}", train_acc)
        emit.metric(iterations, f"test accuracy {method}", test_acc)
        emit.log(f"{method}: cost {first_cost:.4f} -> {final_cost:.4f}; "
                 f"train accuracy {train_acc:.4f}, test accuracy {test_acc:.4f}")
        summary[method] = {"first_cost": round(float(first_cost), 4),
                           "final_cost": round(float(final_cost), 4),
                           "train_accuracy": round(train_acc, 4),
                           "test_accuracy": round(test_acc, 4)}
    return summary
