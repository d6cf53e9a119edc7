"""The learner's learn_filter discovers an edge filter's nine weights by gradient descent.

Round 1 learns from one garment photo: the learned filter reproduces the target edge map
almost perfectly, yet its weights are not the target's (a smooth photo cannot tell apart
filters that only differ on fine, noisy detail). Round 2 learns from random noise, where every
weight matters, and recovers the target filter itself. The learner's filter_cost_and_gradient
is wrapped on the module so each round's cost streams while their learn_filter runs.
"""

from __future__ import annotations

import numpy as np

from data.fashion_shirts import load_dataset

COST_EVERY = 5


def to_picture(edges, scale):
    """Signed edge map -> [0, 1], grey = 0, with a shared scale so maps can be compared."""
    return np.clip(0.5 + 0.5 * np.asarray(edges) / scale, 0.0, 1.0)


def learn(learner, emit, name, image, target, params, offset):
    """Run the learner's learn_filter from zeros, streaming its cost under `name`."""
    original = learner.filter_cost_and_gradient
    total = int(params["num_iterations"])
    calls = {"n": 0}

    def wrapped(image_, kernel_, target_):
        cost, dK = original(image_, kernel_, target_)
        step = calls["n"]
        calls["n"] += 1
        if step % COST_EVERY == 0 or step == total - 1:
            emit.metric(step, f"cost ({name})", float(cost))
        emit.progress(offset + step + 1, 2 * total)
        return cost, dK

    learner.filter_cost_and_gradient = wrapped
    try:
        kernel, costs = learner.learn_filter(image, target, np.zeros((3, 3)), total,
                                             float(params["learning_rate"]))
    finally:
        learner.filter_cost_and_gradient = original
    return np.asarray(kernel, dtype=float), [float(c) for c in costs]


def train(learner, emit, params):
    targets = {"sobel": learner.SOBEL, "scharr": learner.SCHARR,
               "vertical": np.array([[1.0, 0, -1]] * 3)}
    if params["target"] not in targets:
        raise ValueError(f"target must be one of {', '.join(targets)}")
    true_kernel = np.asarray(targets[params["target"]], dtype=float)
    labels = ["top", "middle", "bottom"]
    emit.heatmap(f"target filter ({params['target']})", true_kernel, labels,
                 ["left", "centre", "right"])

    train_x, train_y, _, _, _ = load_dataset()
    rng = np.random.default_rng(params["seed"])
    index = int(rng.choice(np.flatnonzero(train_y[0] == 1)))
    photo = train_x[index, :, :, 0].astype(float) / 255.0
    photo_target = learner.conv2d(photo, true_kernel)
    emit.log(f"round 1: learning from shirt photo #{index} (64x64, one grey channel)")
    photo_kernel, photo_costs = learn(learner, emit, "photo", photo, photo_target, params, 0)
    emit.heatmap("filter learned from the photo", photo_kernel, labels,
                 ["left", "centre", "right"])

    noise = rng.random((40, 40))
    noise_target = learner.conv2d(noise, true_kernel)
    emit.log("round 2: learning from a 40x40 image of random noise")
    noise_kernel, noise_costs = learn(learner, emit, "noise", noise, noise_target, params,
                                      int(params["num_iterations"]))
    emit.heatmap("filter learned from noise", noise_kernel, labels,
                 ["left", "centre", "right"])

    scale = float(np.max(np.abs(photo_target))) or 1.0
    emit.image("the photo: target edge map, then the edge maps of the two learned filters",
               np.stack([to_picture(photo_target, scale),
                         to_picture(learner.conv2d(photo, photo_kernel), scale),
                         to_picture(learner.conv2d(photo, noise_kernel), scale)]),
               ["target", "learned from the photo", "learned from noise"])
    photo_error = float(np.max(np.abs(photo_kernel - true_kernel)))
    noise_error = float(np.max(np.abs(noise_kernel - true_kernel)))
    emit.log("learned from the photo:\n" + np.array2string(photo_kernel, precision=3)
             + f"\n(largest weight error {photo_error:.3f}: same edge map, different weights)")
    emit.log("learned from noise:\n" + np.array2string(noise_kernel, precision=3)
             + f"\n(largest weight error {noise_error:.2e})")
    return {"final_cost_photo": photo_costs[-1] if photo_costs else None,
            "final_cost_noise": noise_costs[-1] if noise_costs else None,
            "weight_error_photo": round(photo_error, 4),
            "weight_error_noise": float(f"{noise_error:.3e}")}
