"""The road-sign simulator: the learner's functions run the project on small synthetic scenes.

The pictures are 16 x 16 road scenes drawn by the code below: sky, road, and any of the five
classes (a stop sign, a pedestrian-crossing sign, a construction sign, a red or a green
traffic light), some at night. The "internet" pictures are always clear and some of their
labels are missing; the vans' own camera meets fog in 30 % of its pictures, and 1 % of those
pictures carry a wrong label.

1. A first system, quickly: a small multi-task network (5 sigmoid outputs) trains on the
   internet pictures plus a few van pictures; its cost curve is the learner's multitask_loss.
   Errors on train / train-dev / dev / test go through the learner's mismatch_report, and the
   dev errors, tagged by what was going on, through their error_analysis.
2. Fixing the data mismatch: the learner's synthesize_fog fogs 40 % of the internet pictures,
   first from a library of only 3 fog layers (their warning shows up in the log), then from
   400 layers; each time the network retrains and the gaps are measured again.
3. Two decisions on the side: transfer_plan for a colleague's yellow-light detector, and
   choose_pipeline between an end-to-end network and a pipeline.
"""

from __future__ import annotations

import warnings

import numpy as np

SIZE = 16
INTERNET = 17_500          # internet pictures, of which TRAIN_DEV are held out as train-dev
TRAIN_DEV = 1_500
VAN_TRAIN = 1_000          # van pictures added to the training set
VAN_DEV = 1_500
VAN_TEST = 1_500
VAN_FOG = 0.30             # share of van pictures taken in fog
NIGHT = 0.15               # share of pictures taken at night (both sources)
MISLABELED = 0.01          # share of van pictures with one wrong label
SYNTHETIC_SHARE = 0.4      # share of internet pictures given synthetic fog
EXAMINED = 100             # dev errors examined by hand

SKY = np.array([0.55, 0.65, 0.80])
ROAD = np.array([0.36, 0.36, 0.38])
RED = np.array([0.85, 0.10, 0.10])
GREEN = np.array([0.10, 0.80, 0.25])
BLUE = np.array([0.10, 0.30, 0.85])
ORANGE = np.array([0.95, 0.55, 0.05])
WHITE = np.array([0.95, 0.95, 0.95])
DARK = np.array([0.08, 0.08, 0.08])
REAL_FOG = np.array([0.80, 0.82, 0.85])


# ----------------------------------------------------------------------------- the scenes

def draw(picture, rng, labels):
    """Paint the objects whose labels are 1 onto one picture (H, W, 3), with jittered places."""
    def at(row, col):
        return row + int(rng.integers(-1, 2)), col + int(rng.integers(-1, 2))

    stop, crossing, construction, red, green = labels
    if red or green:
        r, c = at(1, 2)
        picture[r:r + 6, c:c + 3] = DARK
        lamp = (r + 1, c + 1) if red else (r + 4, c + 1)
        picture[lamp[0]:lamp[0] + 1, lamp[1] - 1:lamp[1] + 2] = RED if red else GREEN
    if crossing:
        r, c = at(2, 7)
        picture[r:r + 4, c:c + 4] = BLUE
        picture[r + 1:r + 3, c + 1:c + 3] = WHITE
    if stop:
        r, c = at(4, 12)
        picture[r:r + 3, c - 1:c + 2] = RED
        picture[r - 1, c] = RED
        picture[r + 3, c] = RED
    if construction:
        r, c = at(10, 12)
        for i in range(3):
            picture[r + i, c - i:c + i + 1] = ORANGE


def fog_layers(rng, k):
    """k smooth random thickness maps (k, SIZE, SIZE) in [0, 1]: coarse noise, smoothed."""
    coarse = rng.uniform(0.35, 1.0, (k, 5, 5))
    grid = np.linspace(0, 4, SIZE)
    i0 = np.minimum(grid.astype(int), 3)
    t = grid - i0
    rows = coarse[:, i0, :] * (1 - t)[None, :, None] + coarse[:, i0 + 1, :] * t[None, :, None]
    return rows[:, :, i0] * (1 - t) + rows[:, :, i0 + 1] * t


def road_scenes(rng, m, fog_share, mislabeled, missing):
    """m pictures (m, SIZE, SIZE, 3), their recorded labels (5, m) and what was going on."""
    truth = np.zeros((5, m))
    truth[:3] = rng.random((3, m)) < 0.35
    light = rng.random(m) < 0.5
    red = rng.random(m) < 0.5
    truth[3], truth[4] = light & red, light & ~red
    pictures = np.empty((m, SIZE, SIZE, 3))
    pictures[:, :7] = SKY
    pictures[:, 7:] = ROAD
    for i in range(m):
        draw(pictures[i], rng, truth[:, i])
    pictures += rng.normal(0, 0.03, pictures.shape)
    night = rng.random(m) < NIGHT
    pictures[night] *= 0.45
    foggy = rng.random(m) < fog_share
    if foggy.any():
        alpha = rng.uniform(0.45, 0.75, (int(foggy.sum()), 1, 1)) * fog_layers(
            rng, int(foggy.sum()))
        pictures[foggy] = ((1 - alpha[..., None]) * pictures[foggy]
                           + alpha[..., None] * REAL_FOG)
    pictures = np.clip(pictures, 0, 1)

    labels = truth.copy()
    wrong = rng.random(m) < mislabeled
    for i in np.flatnonzero(wrong):
        j = int(rng.integers(0, 5))
        labels[j, i] = 1 - labels[j, i]
    if missing:
        labels[3:, rng.random(m) < 0.4] = np.nan      # lights not labelled
        labels[:3, rng.random(m) < 0.2] = np.nan      # signs not labelled
    return pictures, labels, {"foggy": foggy, "night": night, "mislabeled": wrong}


# ----------------------------------------------------------------------------- the network

def flat(pictures):
    return pictures.reshape(pictures.shape[0], -1).T


def forward(params, X):
    A1 = np.maximum(0, params["W1"] @ X + params["b1"])
    return 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"]))), A1


def fit(rng, X, Y, learner, emit, label, epochs, n_h, progress, batch=128,
        learning_rate=0.003):
    """Mini-batch Adam on the masked multi-task loss; the learner's multitask_loss is plotted."""
    n_x, m = X.shape
    params = {"W1": rng.normal(0, np.sqrt(2 / n_x), (n_h, n_x)), "b1": np.zeros((n_h, 1)),
              "W2": rng.normal(0, np.sqrt(1 / n_h), (5, n_h)), "b2": np.zeros((5, 1))}
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    known, y_filled = ~np.isnan(Y), np.nan_to_num(Y)
    t = 0
    for epoch in range(epochs):
        order = rng.permutation(m)
        for start in range(0, m, batch):
            cols = order[start:start + batch]
            Xb, Kb, Yb = X[:, cols], known[:, cols], y_filled[:, cols]
            A2, A1 = forward(params, Xb)
            dZ2 = (A2 - Yb) * Kb / len(cols)
            dZ1 = (params["W2"].T @ dZ2) * (A1 > 0)
            grads = {"W2": dZ2 @ A1.T, "b2": dZ2.sum(axis=1, keepdims=True),
                     "W1": dZ1 @ Xb.T, "b1": dZ1.sum(axis=1, keepdims=True)}
            t += 1
            for k, g in grads.items():
                v, s = moments[k]
                v, s = 0.9 * v + 0.1 * g, 0.999 * s + 0.001 * g ** 2
                moments[k] = (v, s)
                params[k] -= learning_rate * (v / (1 - 0.9 ** t)) / (
                    np.sqrt(s / (1 - 0.999 ** t)) + 1e-8)
            if t % 25 == 0:
                cost = learner.multitask_loss(np.clip(A2, 1e-7, 1 - 1e-7), Y[:, cols])
                if cost is not None:
                    emit.metric(t, f"cost ({label})", float(cost))
        emit.progress(progress[0] + epoch + 1, progress[1])
    return params


def wrong_pictures(params, X, Y):
    """True for each picture with at least one labelled output on the wrong side of 0.5."""
    predicted = forward(params, X)[0] > 0.5
    known = ~np.isnan(Y)
    return np.any(known & (predicted != (np.nan_to_num(Y) > 0.5)), axis=0)


# ----------------------------------------------------------------------------- the run

def build_training_set(rng, learner, emit, internet, van, library_size, density, seed):
    """Internet pictures (some fogged by the learner's synthesize_fog) plus van pictures,
    shuffled; the first TRAIN_DEV of them become the train-dev set."""
    pictures, labels = internet[0].copy(), internet[1]
    if library_size:
        chosen = np.flatnonzero(rng.random(pictures.shape[0]) < SYNTHETIC_SHARE)
        library = fog_layers(rng, library_size)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            foggy = learner.synthesize_fog(pictures[chosen], library, density, seed=seed)
        for warning in caught:
            emit.log(f"synthesize_fog warned: {warning.message}", "warning")
        if library_size and not caught and len(chosen) > 50 * library_size:
            emit.log("synthesize_fog did not warn, yet each fog layer is reused "
                     f"{len(chosen) // library_size} times", "warning")
        if foggy is None or np.shape(foggy) != pictures[chosen].shape:
            raise ValueError(f"synthesize_fog returned {type(foggy).__name__} of shape "
                             f"{np.shape(foggy)}, expected {pictures[chosen].shape}")
        pictures[chosen] = foggy
    pictures = np.concatenate([pictures, van[0]])
    labels = np.concatenate([labels, van[1]], axis=1)
    order = rng.permutation(pictures.shape[0])
    pictures, labels = pictures[order], labels[:, order]
    return ((pictures[TRAIN_DEV:], labels[:, TRAIN_DEV:]),
            (pictures[:TRAIN_DEV], labels[:, :TRAIN_DEV]))


def tag(conditions, index, labels):
    tags = [name for name in ("foggy", "night", "mislabeled") if conditions[name][index]]
    if np.nansum(labels[:, index]) >= 3:
        tags.append("crowded")
    return tags


def evaluate(learner, emit, params, sets, human, conditions, round_name, step):
    """Errors on the four sets, the learner's mismatch_report and error_analysis."""
    errors = {}
    for name, (pictures, labels) in sets.items():
        errors[name] = float(np.mean(wrong_pictures(params, flat(pictures), labels)))
        emit.metric(step, f"{name} error %", 100 * errors[name])
    dev_pictures, dev_labels = sets["dev"]
    dev_wrong = wrong_pictures(params, flat(dev_pictures), dev_labels)
    foggy_error = float(np.mean(dev_wrong[conditions["foggy"]]))
    emit.metric(step, "foggy dev pictures error %", 100 * foggy_error)
    emit.log(f"{round_name}: human {100 * human:.1f} %, train {100 * errors['train']:.1f} %, "
             f"train-dev {100 * errors['train-dev']:.1f} %, dev {100 * errors['dev']:.1f} %, "
             f"test {100 * errors['test']:.1f} % (foggy dev pictures: {100 * foggy_error:.1f} %)")
    report = learner.mismatch_report(human, errors["train"], errors["train-dev"], errors["dev"],
                                      errors["test"])
    if not isinstance(report, tuple) or len(report) != 2:
        raise ValueError(f"mismatch_report returned {report!r}, not a (gaps, focus) pair")
    gaps, focus = report
    emit.log(f"{round_name}: mismatch_report says focus on {focus!r}")

    examined = np.flatnonzero(dev_wrong)[:EXAMINED]
    tags = [tag(conditions, i, dev_labels) for i in examined]
    ranking = learner.error_analysis(tags, errors["dev"])
    if ranking:
        emit.heatmap(f"error analysis, {round_name}: {len(tags)} dev errors examined",
                     [[100 * share, 100 * ceiling] for _, share, ceiling in ranking],
                     [t for t, _, _ in ranking], ["share", "ceil."], step=step)
        emit.log(f"{round_name}: error_analysis ranks " + ", ".join(
            f"{t} ({100 * s:.0f} % of errors, ceiling {100 * c:.1f} points)"
            for t, s, c in ranking))
    return errors, gaps, foggy_error


def train(learner, emit, params):
    seed = int(params["seed"])
    epochs = int(params["epochs"])
    density = float(params["density"])
    n_h = int(params["hidden_units"])
    rng = np.random.default_rng(seed)
    internet = road_scenes(rng, INTERNET, 0.0, MISLABELED, missing=True)
    van_train = road_scenes(rng, VAN_TRAIN, VAN_FOG, MISLABELED, missing=False)
    van_dev = road_scenes(rng, VAN_DEV, VAN_FOG, MISLABELED, missing=False)
    van_test = road_scenes(rng, VAN_TEST, VAN_FOG, MISLABELED, missing=False)
    human = float(np.mean(van_dev[2]["mislabeled"]))
    emit.log(f"{INTERNET:,} internet pictures (clear, some labels missing), {VAN_TRAIN:,} van "
             f"pictures in training, {VAN_DEV:,} dev and {VAN_TEST:,} test pictures from the "
             f"vans ({100 * VAN_FOG:.0f} % foggy); human level (the careful labellers "
             f"disagree with {100 * human:.1f} % of the dev labels)")
    first = np.arange(6)
    emit.image("internet pictures (clear)", internet[0][first],
               [describe(internet[1][:, i]) for i in first])
    fogged = np.flatnonzero(van_dev[2]["foggy"])[:6]
    emit.image("van pictures in real fog (dev set)", van_dev[0][fogged],
               [describe(van_dev[1][:, i]) for i in fogged])

    rounds = [0, int(params["small_library"]), int(params["large_library"])]
    rows, table, summary = [], [], {}
    for step, library_size in enumerate(rounds, start=1):
        name = f"{library_size} fog layers" if library_size else "first system"
        train_set, train_dev = build_training_set(rng, learner, emit, internet, van_train[:2],
                                                  library_size, density, seed)
        if library_size:
            synthetic = learner.synthesize_fog(internet[0][first], fog_layers(rng, library_size),
                                               density, max_reuse=10 ** 9, seed=seed)
            emit.image(f"your synthesize_fog, {name}", np.clip(synthetic, 0, 1),
                       [describe(internet[1][:, i]) for i in first], step=step)
        net = fit(rng, flat(train_set[0]), train_set[1], learner, emit, name, epochs, n_h,
                  ((step - 1) * epochs, len(rounds) * epochs))
        sets = {"train": train_set, "train-dev": train_dev, "dev": van_dev[:2],
                "test": van_test[:2]}
        errors, gaps, foggy_error = evaluate(learner, emit, net, sets, human, van_dev[2], name,
                                             step)
        rows.append(name)
        table.append([100 * float(v) for v in gaps.values()])
        summary[name] = {**{k: round(100 * v, 2) for k, v in errors.items()},
                         "foggy dev": round(100 * foggy_error, 2)}
        emit.heatmap("gaps in points (bias, variance, data mismatch, dev overfitting)",
                     np.round(table, 2), rows, ["bias", "var", "mism.", "dev-ov"], step=step)

    colleague = learner.transfer_plan({"input": "front camera", "examples": 1_280_000},
                                      {"input": "front camera", "examples": 4_000})
    emit.log(f"transfer_plan for a yellow-light detector with 4,000 pictures: {colleague!r}")
    designs = {"end-to-end": [("camera -> steering", 80_000, 10_000_000)],
               "pipeline": [("camera -> cars, pedestrians, signs", 1_280_000, 500_000),
                            ("plan a route", 0, 0), ("route -> steering", 0, 0)]}
    emit.log(f"choose_pipeline for steering: {learner.choose_pipeline(designs)!r}")
    return {"human_level_error": round(100 * human, 2), "rounds": summary,
            "transfer_plan": colleague}


def describe(labels):
    names = ["stop", "crossing", "works", "red", "green"]
    shown = [n for n, v in zip(names, labels, strict=True) if v == 1]
    return ", ".join(shown) or "nothing"
