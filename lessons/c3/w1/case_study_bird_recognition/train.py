"""The Quietbay flight simulator: the learner's decisions run a small bird-detection project.

1. Setting up: the learner's pick_metric chooses among the team's candidate models, their
   split_dataset splits the 10,000,000 camera images (a heatmap, in thousands), and their
   bayes_proxy reads a panel of five observers to set the human-level error.
2. The months: a real (small) network is trained every month on a stand-in for the camera
   images: each sky image is reduced to two numbers, and the birds occupy a wavy region of
   that plane; 4 % of the images are specks nobody can call, labelled by a coin toss, so the
   Bayes error is about 2 %. Each month the team trains a few networks, keeps the one with the lowest dev error,
   measures train / dev / test errors, and the learner's next_step decides what changes next
   month: a bigger network (bias), more training data (variance), a bigger dev set, or a stop.
3. The council's new rule: a missed bird is ten times worse than a false alarm. The learner's
   change_metric compares the final network at three thresholds under both metrics.
"""

from __future__ import annotations

import numpy as np

from data.planar import boundary_grid

AMBIGUOUS = 0.04          # share of images whose label is a coin toss: Bayes error 2 %
POOL = 8_000              # simulated camera images available for training
DEV_POOL = 10_000         # the dev set grows up to this size
TEST_SIZE = 5_000
OBSERVERS = [("passer-by", 0.08), ("harbour guard", 0.04), ("ornithologist A", 0.015),
             ("ornithologist B", 0.02), ("ornithologist C", 0.012)]
CANDIDATES_PER_MONTH = 5
MAX_HIDDEN = 32
SHORT = {"harbour": "harbr", "old town": "oldtwn", "citizens": "citzns"}   # heatmap columns


# ----------------------------------------------------------------------------- the data

def bird_rule(X):
    """1 where the point lies in the birds' region: above a wave."""
    return (X[1] > 0.9 * np.sin(1.8 * X[0]) + 0.15 * X[0]).astype(int)


def sky_images(rng, m):
    """m stand-in images X (2, m), their true classes and their labels (2 % ambiguous)."""
    X = np.stack([rng.uniform(-2.5, 2.5, m), rng.uniform(-2.2, 2.2, m)])
    truth = bird_rule(X)
    ambiguous = rng.random(m) < AMBIGUOUS
    labels = np.where(ambiguous, rng.integers(0, 2, m), truth)
    return X, truth.reshape(1, m), labels.reshape(1, m)


def panel_answers(rng, truth):
    """Each observer sees the true class and slips with their own rate."""
    slips = rng.random((len(OBSERVERS), truth.shape[1])) < np.array([[r] for _, r in OBSERVERS])
    return np.where(slips, 1 - truth, truth)


# ----------------------------------------------------------------------------- the network

def init_network(rng, n_h):
    return {"W1": rng.normal(0, 1.0, (n_h, 2)), "b1": np.zeros((n_h, 1)),
            "W2": rng.normal(0, 1.0 / np.sqrt(n_h), (1, n_h)), "b2": np.zeros((1, 1))}


def probability(params, X):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    return 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"]))), A1


def fit(rng, X, Y, n_h, iterations, learning_rate=0.02):
    """A 2-layer tanh network trained with Adam on the full batch."""
    params = init_network(rng, n_h)
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    m = X.shape[1]
    for t in range(1, iterations + 1):
        A2, A1 = probability(params, X)
        dZ2 = (A2 - Y) / m
        dZ1 = (params["W2"].T @ dZ2) * (1 - A1 ** 2)
        grads = {"W2": dZ2 @ A1.T, "b2": dZ2.sum(axis=1, keepdims=True),
                 "W1": dZ1 @ X.T, "b1": dZ1.sum(axis=1, keepdims=True)}
        for k, g in grads.items():
            v, s = moments[k]
            v = 0.9 * v + 0.1 * g
            s = 0.999 * s + 0.001 * g ** 2
            moments[k] = (v, s)
            v_hat, s_hat = v / (1 - 0.9 ** t), s / (1 - 0.999 ** t)
            params[k] = params[k] - learning_rate * v_hat / (np.sqrt(s_hat) + 1e-8)
    return params


def error(params, X, Y, threshold=0.5):
    return float(np.mean((probability(params, X)[0] > threshold).astype(int) != Y))


# ----------------------------------------------------------------------------- the run

def number(value, what):
    """The learner's answer as a float, or a clear error if it is not a number yet."""
    if value is None:
        raise ValueError(f"{what} returned None: write it first (dls-tui check shows how)")
    return float(value)


def setting_up(learner, emit, rng):
    """pick_metric, split_dataset and bayes_proxy on the scenario's numbers."""
    models = learner.candidate_models()
    chosen = learner.pick_metric(models, learner.MAX_RUNTIME, learner.MAX_MEMORY)
    emit.log(f"pick_metric: of {', '.join(m['name'] for m in models)} you ship {chosen!r} "
             f"(accuracy optimized; runtime <= {learner.MAX_RUNTIME} s and memory <= "
             f"{learner.MAX_MEMORY} MB satisficed)")

    camera = learner.camera_districts()
    split = learner.split_dataset(camera, 1_000_000, 0.025)
    sources = [*camera, learner.CITIZENS]
    parts = ["train", "dev", "test"]
    sizes = {**camera, learner.CITIZENS: 1_000_000}
    try:
        table = np.array([[100 * split[p].get(s, 0) / sizes[s] for s in sources] for p in parts])
        emit.heatmap("split_dataset: % of each source's images in each set", table.round(2),
                     parts, [SHORT.get(s, s[:6]) for s in sources])
        emit.log("split_dataset: " + "; ".join(
            f"{p} {sum(split[p].values()):,}" for p in parts) + " images")
    except (TypeError, KeyError, AttributeError) as exc:
        emit.log(f"split_dataset did not return a split ({exc!r}); skipping its picture",
                 "warning")
    return chosen


def month(rng, config, pool, dev, test):
    """Train a few networks, keep the one with the lowest dev error, measure it."""
    X_pool, Y_pool = pool
    X_train, Y_train = X_pool[:, :config["m_train"]], Y_pool[:, :config["m_train"]]
    X_dev, Y_dev = dev[0][:, :config["m_dev"]], dev[1][:, :config["m_dev"]]
    best = None
    for _ in range(CANDIDATES_PER_MONTH):
        params = fit(rng, X_train, Y_train, config["n_h"], config["iterations"])
        dev_error = error(params, X_dev, Y_dev)
        if best is None or dev_error < best[0]:
            best = (dev_error, params)
    dev_error, params = best
    return params, {"train": error(params, X_train, Y_train), "dev": dev_error,
                    "test": error(params, *test)}


def apply(step, config, learner):
    """Next month's plan for the learner's decision: (new config, what changed), or
    (None, why the project stops)."""
    new = dict(config)
    if step == learner.REDUCE_BIAS and config["n_h"] < MAX_HIDDEN:
        new["n_h"] = min(config["n_h"] * 4, MAX_HIDDEN)
        new["iterations"] = config["iterations"] + 500
        return new, f"hidden units {config['n_h']} -> {new['n_h']}"
    if step == learner.REDUCE_VARIANCE and config["m_train"] < POOL:
        new["m_train"] = min(config["m_train"] * 4, POOL)
        return new, f"training images {config['m_train']:,} -> {new['m_train']:,}"
    if step == learner.BIGGER_DEV_SET and config["m_dev"] < DEV_POOL:
        new["m_dev"] = min(config["m_dev"] * 10, DEV_POOL)
        return new, f"dev images {config['m_dev']:,} -> {new['m_dev']:,}"
    if step == learner.SURPASSED:
        return None, "the simulator stops here"
    if step in (learner.REDUCE_BIAS, learner.REDUCE_VARIANCE, learner.BIGGER_DEV_SET):
        return None, "the simulator has no more of that to give; it stops here"
    return None, f"next_step returned {step!r}, which is none of the four steps; stopping"


def train(learner, emit, params):
    seed = int(params["seed"])
    rng = np.random.default_rng(seed)
    setting_up(learner, emit, rng)

    X_pool, _, Y_pool = sky_images(rng, POOL)
    X_dev, truth_dev, Y_dev = sky_images(rng, DEV_POOL)
    X_test, _, Y_test = sky_images(rng, TEST_SIZE)
    human = number(learner.bayes_proxy(panel_answers(rng, truth_dev), Y_dev), "bayes_proxy")
    emit.log(f"bayes_proxy: the panel of {len(OBSERVERS)} observers puts human-level error "
             f"at {100 * human:.2f} % (ambiguous specks: {100 * AMBIGUOUS:.0f} % of labels)")

    config = {"n_h": int(params["hidden_units"]), "m_train": int(params["training_images"]),
              "m_dev": int(params["dev_images"]), "iterations": int(params["iterations"])}
    months = int(params["months"])
    good_enough = float(params["good_enough"])
    history, net = [], None
    for k in range(1, months + 1):
        net, errors = month(rng, config, (X_pool, Y_pool), (X_dev, Y_dev), (X_test, Y_test))
        for name, value in errors.items():
            emit.metric(k, f"{name} error %", 100 * value)
        emit.metric(k, "human level %", 100 * human)
        grid, x_range, y_range = boundary_grid(lambda P, n=net: probability(n, P)[0],
                                               X_pool[:, :600], margin=0.2)
        units = "unit" if config["n_h"] == 1 else "units"
        emit.boundary(f"month {k}: {config['n_h']} hidden {units}, {config['m_train']:,} "
                      f"training images", grid, x_range, y_range,
                      X_pool[:, :config["m_train"]][:, :600],
                      Y_pool[0, :config["m_train"]][:600], step=k)
        step = learner.next_step(human, errors["train"], errors["dev"], errors["test"])
        history.append((errors, step))
        if errors["dev"] - human <= good_enough:
            new, change = None, (f"dev error within {100 * good_enough:.1f} point of human "
                                 "level: ship it")
        else:
            new, change = apply(step, config, learner)
        emit.log(f"month {k}: train {100 * errors['train']:.2f} %, dev {100 * errors['dev']:.2f} "
                 f"% ({config['m_dev']:,} images), test {100 * errors['test']:.2f} % -> "
                 f"next_step: {step!r} ({change})")
        emit.progress(k, months)
        if new is None:
            break
        config = new

    emit.progress(months, months)
    rows = [f"month {k}" for k in range(1, len(history) + 1)]
    gaps = np.array([[100 * (e["train"] - human), 100 * (e["dev"] - e["train"]),
                      100 * (e["test"] - e["dev"])] for e, _ in history])
    emit.heatmap("gaps in points: bias = train - human, var = dev - train, t-dev = test - dev",
                 gaps.round(2), rows, ["bias", "var", "t-dev"])

    predictions = {f"threshold {t}": (probability(net, X_test)[0] > t).astype(int)
                   for t in (0.5, 0.3, 0.15)}
    for name, y_hat in predictions.items():
        plain = number(learner.weighted_error(Y_test, y_hat, 1), "weighted_error")
        weighted = number(learner.weighted_error(Y_test, y_hat, 10), "weighted_error")
        emit.log(f"final network at {name}: plain error {100 * plain:.2f} %, weighted error "
                 f"{100 * weighted:.2f} %")
    decision = learner.change_metric(predictions, Y_test, 10)
    if not isinstance(decision, tuple) or len(decision) != 2:
        raise ValueError(f"change_metric returned {decision!r}, not a (choice, changed) pair")
    choice, changed = decision
    emit.log(f"change_metric (a missed bird costs 10 false alarms): choose {choice!r}; "
             + ("the plain error would have chosen another model: the metric had to change"
                if changed else "the plain error agrees"))
    return {"human_level_error": round(100 * human, 2),
            "final_errors": {k: round(100 * v, 2) for k, v in history[-1][0].items()},
            "decisions": [s for _, s in history], "weighted_choice": choice}
