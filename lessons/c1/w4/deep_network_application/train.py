"""Train the learner's 2-layer and L-layer networks on the shirt / non-shirt photos.

Everything runs on the learner's own code: their two_layer_model, L_layer_model and predict,
built on the dnn_steps module (their step-by-step functions once that lesson has passed).
The cost is streamed live by wrapping compute_cost, which both models call once per iteration.
"""

import time

import dnn_steps
import numpy as np

from data.fashion_shirts import load_dataset

STREAM_EVERY = 10  # iterations between two points of the live cost curve
MAX_IMAGES = 20  # mislabeled photos shown per model


def _dims(value, name):
    """A layer list from the TOML default (a list) or from --set ("12288,20,7,5,1")."""
    if isinstance(value, str):
        value = [part for part in value.replace("[", "").replace("]", "").split(",") if part]
    dims = [int(v) for v in value]
    if len(dims) < 2 or dims[0] != 12288 or dims[-1] != 1:
        raise ValueError(f"{name} must start with 12288 (64*64*3 pixels) and end with 1, "
                         f"got {dims}")
    return dims


class _CostStream:
    """Wraps compute_cost so every call (one per iteration) can feed the live curve."""

    def __init__(self, learner, emit, name, offset, total):
        self.learner, self.emit, self.name = learner, emit, name
        self.offset, self.total = offset, total
        self.calls = 0
        self.active = False
        self.saved = []

    def _wrap(self, original):
        def compute_cost(AL, Y):
            if self.active:  # a compute_cost calling another one: count the iteration once
                return original(AL, Y)
            self.active = True
            try:
                cost = original(AL, Y)
            finally:
                self.active = False
            if self.calls % STREAM_EVERY == 0:
                self.emit.metric(self.calls, self.name, float(cost))
                self.emit.progress(min(self.offset + self.calls, self.total), self.total)
            self.calls += 1
            return cost
        return compute_cost

    def __enter__(self):
        for module in (self.learner, dnn_steps):
            if hasattr(module, "compute_cost"):
                self.saved.append((module, module.compute_cost))
                module.compute_cost = self._wrap(module.compute_cost)
        return self

    def __exit__(self, *exc):
        for module, original in self.saved:
            module.compute_cost = original


def _accuracy(learner, X, Y, parameters):
    p = learner.predict(X, Y, parameters)
    if p is None:
        raise ValueError("predict returned None: write predict first (dls-tui check shows how "
                         "far you are)")
    p = np.asarray(p, dtype=float).reshape(1, -1)
    return float(np.mean(p == Y)) * 100, p


def _train_one(learner, emit, params, kind, dims, data, offset, total):
    train_x, train_y, test_x, test_y = data
    label = f"{len(dims) - 1}-layer"
    model = learner.two_layer_model if kind == "two_layer" else learner.L_layer_model
    emit.log(f"training the {label} network {dims} for {params['num_iterations']} iterations, "
             f"learning rate {params['learning_rate']}")
    np.random.seed(params["seed"])  # each model starts from the same seed, alone or together
    swapped = None
    if kind == "L_layer" and params["init"] == "small":
        swapped = getattr(learner, "initialize_parameters_deep_scaled", None)
        learner.initialize_parameters_deep_scaled = dnn_steps.initialize_parameters_deep
        emit.log("init=small: the deep model starts from randn * 0.01 instead of "
                 "randn / sqrt(number of inputs of the layer)")
    start = time.perf_counter()
    try:
        with _CostStream(learner, emit, f"cost {label}", offset, total) as stream:
            parameters, costs = model(train_x, train_y, dims,
                                      learning_rate=params["learning_rate"],
                                      num_iterations=params["num_iterations"])
    finally:
        if swapped is not None:
            learner.initialize_parameters_deep_scaled = swapped
    seconds = time.perf_counter() - start
    if not isinstance(parameters, dict) or costs is None:
        raise ValueError(f"{kind}_model returned ({type(parameters).__name__}, "
                         f"{type(costs).__name__}), not (parameters dict, costs list): "
                         "finish the function first (dls-tui check shows how far you are)")
    if stream.calls == 0:  # the model never called compute_cost by name: use its costs list
        for i, cost in enumerate(costs):
            emit.metric(min(100 * i, params["num_iterations"] - 1), f"cost {label}", float(cost))
    train_acc, _ = _accuracy(learner, train_x, train_y, parameters)
    test_acc, p_test = _accuracy(learner, test_x, test_y, parameters)
    step = params["num_iterations"]
    emit.metric(step, f"train accuracy {label}", train_acc)
    emit.metric(step, f"test accuracy {label}", test_acc)
    final_cost = float(costs[-1]) if len(costs) else float("nan")
    emit.log(f"{label}: final cost {final_cost:.4f}, train accuracy {train_acc:.1f}%, "
             f"test accuracy {test_acc:.1f}% ({seconds:.1f} s)")
    return {"train": train_acc, "test": test_acc, "cost": final_cost, "seconds": seconds,
            "p_test": p_test, "label": label}


def _show_mislabeled(emit, result, test_x_orig, test_y, classes):
    wrong = np.flatnonzero(result["p_test"][0] != test_y[0])
    if wrong.size == 0:
        emit.log(f"{result['label']}: every test photo is classified correctly")
        return
    names = [c.decode() if isinstance(c, bytes) else str(c) for c in classes]
    shown = wrong[:MAX_IMAGES]
    captions = [f"true: {names[int(test_y[0, i])]} / "
                f"predicted: {names[int(result['p_test'][0, i])]}" for i in shown]
    emit.image(f"mislabeled test photos, {result['label']} ({wrong.size} of {test_y.shape[1]})",
               test_x_orig[shown], captions)


def train(learner, emit, params):
    kinds = {"both": ["two_layer", "L_layer"], "two_layer": ["two_layer"],
             "L_layer": ["L_layer"]}.get(params["model"])
    if kinds is None:
        raise ValueError(f"model must be 'two_layer', 'L_layer' or 'both', not {params['model']!r}")
    if params["init"] not in ("scaled", "small"):
        raise ValueError(f"init must be 'scaled' or 'small', not {params['init']!r}")
    dims = {"two_layer": _dims(params["two_layer_dims"], "two_layer_dims"),
            "L_layer": _dims(params["L_layer_dims"], "L_layer_dims")}
    if len(dims["two_layer"]) != 3:
        raise ValueError(f"two_layer_dims needs exactly 3 sizes, got {dims['two_layer']}")

    train_x_orig, train_y, test_x_orig, test_y, classes = load_dataset()
    # Flatten every 64x64x3 photo into a column of 12288 numbers, and scale them to [0, 1].
    train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
    test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
    source = "reference" if str(getattr(dnn_steps, "__file__", "")).endswith("solution.py") \
        else "yours"
    emit.log(f"{train_x.shape[1]} training and {test_x.shape[1]} test photos, "
             f"{train_x.shape[0]} features each; building blocks (dnn_steps): {source}")

    total = params["num_iterations"] * len(kinds)
    summary = {"building blocks": source}
    results = []
    for n, kind in enumerate(kinds):
        result = _train_one(learner, emit, params, kind, dims[kind],
                            (train_x, train_y, test_x, test_y),
                            n * params["num_iterations"], total)
        results.append(result)
        label = result["label"]
        summary[f"{label} train accuracy (%)"] = round(result["train"], 1)
        summary[f"{label} test accuracy (%)"] = round(result["test"], 1)
        summary[f"{label} final cost"] = round(result["cost"], 4)
        summary[f"{label} seconds"] = round(result["seconds"], 1)
    emit.progress(total, total)
    for result in results:
        _show_mislabeled(emit, result, test_x_orig, test_y, classes)
    return summary
