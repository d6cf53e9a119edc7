"""Train the 3-layer network on the moons with the learner's optimizers, one after the other.

The learner's ``model`` (given code in their file) runs with their random_mini_batches and
their update rules: plain mini-batch gradient descent, momentum and Adam. Its ``callback``
argument, called once per epoch, lets the run stream each optimizer's cost as its own curve
("cost gd", "cost momentum", "cost adam", overlaid), redraw that optimizer's decision
boundary every BOUNDARY_EVERY epochs, and, with a decay, draw the learning rate the learner's
decay function gives.
"""

from __future__ import annotations

import time

import numpy as np

from data.planar import boundary_grid, course_layout, make_moons

LAYERS = [2, 5, 2, 1]
M = 300
NOISE = 0.2
COST_EVERY = 20
BOUNDARY_EVERY = 1000
OPTIMIZERS = ("gd", "momentum", "adam")
LABELS = {"gd": "mini-batch gradient descent", "momentum": "momentum", "adam": "Adam"}
#: decay parameter -> the learner's function that computes the rate (None: a fixed rate)
DECAYS = {"none": None, "schedule": "schedule_lr_decay", "update_lr": "update_lr"}


def accuracy(predictions, Y):
    """Percentage of columns where the 0/1 prediction equals the label."""
    predictions = np.asarray(predictions, dtype=float).reshape(Y.shape)
    return float(np.mean(predictions == Y) * 100)


def choices(params):
    """The optimizers to train and the decay function's name, checked."""
    optimizer = str(params["optimizer"])
    if optimizer != "all" and optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {optimizer!r}: use gd, momentum, adam or all")
    decay = str(params["decay"])
    if decay not in DECAYS:
        raise ValueError(f"unknown decay {decay!r}: use none, schedule or update_lr")
    return (OPTIMIZERS if optimizer == "all" else (optimizer,)), decay


def _arrays_like(result, reference, what):
    """Raise a plain-words error unless result holds an array shaped like each reference one."""
    for key, value in reference.items():
        got = result.get(key) if isinstance(result, dict) else None
        if not isinstance(got, np.ndarray) or got.shape != value.shape:
            raise ValueError(f"{what} does not give {key} as an array of shape {value.shape} "
                             f"yet (got {type(got).__name__}): finish it and run the checks "
                             "first (dls-tui check)")


def preflight(learner, X, Y, optimizers, decay, params):
    """Try each function the run needs once on a small case, so that an unfinished one is
    named in plain words instead of failing deep inside the training loop."""
    batches = learner.random_mini_batches(X, Y, int(params["mini_batch_size"]), 1)
    ok = isinstance(batches, list) and batches and all(
        isinstance(b, tuple) and len(b) == 2 and isinstance(b[0], np.ndarray)
        and isinstance(b[1], np.ndarray) for b in batches)
    if not ok or sum(b[0].shape[1] for b in batches) != X.shape[1]:
        raise ValueError("your random_mini_batches does not cut X and Y into mini-batches yet: "
                         "finish it and run the checks first (dls-tui check)")
    parameters = learner.initialize_parameters(list(LAYERS))
    _, cache = learner.forward_propagation(X, parameters)
    grads = learner.backward_propagation(X, Y, cache)
    copy = {key: value.copy() for key, value in parameters.items()}
    zeros = {"d" + key: np.zeros_like(value) for key, value in parameters.items()}
    for optimizer in optimizers:
        if optimizer == "gd":
            _arrays_like(learner.update_parameters_with_gd(dict(copy), grads, 0.01), parameters,
                         "your update_parameters_with_gd")
        elif optimizer == "momentum":
            v = learner.initialize_velocity(dict(copy))
            _arrays_like(v, zeros, "your initialize_velocity")
            new, v = learner.update_parameters_with_momentum(dict(copy), grads, v, 0.9, 0.01)
            _arrays_like(new, parameters, "your update_parameters_with_momentum")
            _arrays_like(v, zeros, "your update_parameters_with_momentum (the velocity v)")
        else:
            v, s = learner.initialize_adam(dict(copy))
            _arrays_like(v, zeros, "your initialize_adam (v)")
            _arrays_like(s, zeros, "your initialize_adam (s)")
            new = learner.update_parameters_with_adam(dict(copy), grads, v, s, 1)[0]
            _arrays_like(new, parameters, "your update_parameters_with_adam")
    if decay != "none":
        rate = getattr(learner, DECAYS[decay])(float(params["learning_rate0"]), 0,
                                                float(params["decay_rate"]))
        if not isinstance(rate, (int, float, np.number)):
            raise ValueError(f"your {DECAYS[decay]} does not return a learning rate yet (got "
                             f"{type(rate).__name__}): finish it and run the checks first")


def draw(learner, emit, name, parameters, X, Y, step):
    """The network's P(class 1) over the plane, with the points on top."""
    def probability(points):
        return learner.forward_propagation(points, parameters)[0]

    grid, x_range, y_range = boundary_grid(probability, X)
    grid = np.clip(np.nan_to_num(grid, nan=0.5), 0.0, 1.0)
    emit.boundary(name, grid, x_range, y_range, X, Y.ravel(), step=step)


def train_one(learner, emit, X, Y, optimizer, params, *, decay, offset, total, show_rate):
    """Train with one optimizer through the learner's model; return (parameters, last cost)."""
    epochs = int(params["num_epochs"])
    label = LABELS[optimizer]
    state = {"cost": float("nan")}

    def callback(epoch, cost, learning_rate, parameters):
        state["cost"] = float(cost)
        last = epoch == epochs - 1
        if epoch % COST_EVERY == 0 or last:
            emit.metric(epoch, f"cost {optimizer}", cost)
            if show_rate:
                emit.metric(epoch, "learning rate", learning_rate)
            emit.progress(offset + epoch + 1, total)
        if epoch % BOUNDARY_EVERY == 0 and epoch > 0:
            draw(learner, emit, label, parameters, X, Y, epoch)
            emit.log(f"{label}, epoch {epoch}: cost {cost:.4f}, learning rate "
                     f"{learning_rate:.3g}")

    decay_fn = None if decay == "none" else getattr(learner, DECAYS[decay])
    learning_rate = float(params["learning_rate"] if decay == "none"
                          else params["learning_rate0"])
    parameters = learner.model(X, Y, list(LAYERS), optimizer, learning_rate=learning_rate,
                               mini_batch_size=int(params["mini_batch_size"]),
                               beta=float(params["beta"]), num_epochs=epochs, print_cost=False,
                               decay=decay_fn, decay_rate=float(params["decay_rate"]),
                               callback=callback)
    draw(learner, emit, label, parameters, X, Y, epochs)
    return parameters, state["cost"]


def train(learner, emit, params):
    seed = int(params["seed"])
    optimizers, decay = choices(params)
    epochs = int(params["num_epochs"])
    X, Y = course_layout(*make_moons(M, noise=NOISE, seed=seed))
    preflight(learner, X, Y, optimizers, decay, params)
    rate = (f"learning rate {params['learning_rate']}" if decay == "none" else
            f"learning rate {params['learning_rate0']} decayed with your "
            f"{DECAYS[decay]} (decay_rate {params['decay_rate']})")
    emit.log(f"moons: X {X.shape}, Y {Y.shape} (seed {seed}); network {LAYERS}; "
             f"{epochs} epochs of mini-batches of {params['mini_batch_size']}; {rate}")

    summary = {"accuracy": {}, "final_cost": {}, "seconds": {}, "decay": decay}
    rows = []
    for k, optimizer in enumerate(optimizers):
        start = time.monotonic()
        parameters, cost = train_one(learner, emit, X, Y, optimizer, params, decay=decay,
                                     offset=k * epochs, total=len(optimizers) * epochs,
                                     show_rate=(decay != "none" and k == 0))
        seconds = time.monotonic() - start
        acc = accuracy(learner.predict(X, parameters), Y)
        emit.metric(epochs, f"accuracy {optimizer}", acc / 100)
        emit.log(f"{LABELS[optimizer]}: accuracy {acc:.2f} %, final cost {cost:.4f} "
                 f"({seconds:.1f} s)")
        summary["accuracy"][optimizer] = round(acc, 2)
        summary["final_cost"][optimizer] = round(cost, 4)
        summary["seconds"][optimizer] = round(seconds, 2)
        rows.append(f"{LABELS[optimizer]:<28} {acc:6.2f} %   cost {cost:.4f}")
    emit.text("\n".join([f"{'optimizer':<28} accuracy   final cost", *rows]), channel="summary")
    return summary
