"""Run the learner's detect_edges on real photographs and show the two edge maps.

Nothing is learned here: the filters are fixed. The point is to see what the learner's own
conv2d and detect_edges make of real pictures: the half-bright toy image first, then a few
garment photos (one grey channel of the shirt / non-shirt set).
"""

from __future__ import annotations

import numpy as np

from data.fashion_shirts import load_dataset


def to_grey_picture(edges):
    """Signed edge map -> [0, 1]: grey is no edge, white a light-to-dark edge, black the reverse."""
    scale = max(float(np.max(np.abs(edges))), 1e-9)
    return np.clip(0.5 + 0.5 * edges / scale, 0.0, 1.0)


def train(learner, emit, params):
    toy = np.array([[10.0, 10, 10, 0, 0, 0]] * 6)
    vertical, horizontal = learner.detect_edges(toy)
    emit.log("half-bright 6x6 image, vertical edges:\n" + np.array2string(np.asarray(vertical)))
    emit.log("and horizontal edges (there are none):\n"
             + np.array2string(np.asarray(horizontal)))

    train_x, train_y, _, _, classes = load_dataset()
    rng = np.random.default_rng(params["seed"])
    count = int(params["photos"])
    shirts = np.flatnonzero(train_y[0] == 1)
    others = np.flatnonzero(train_y[0] == 0)
    picks = np.concatenate([rng.choice(shirts, size=(count + 1) // 2, replace=False),
                            rng.choice(others, size=count // 2, replace=False)])
    captions = [classes[train_y[0, i]].decode() for i in picks]

    photos, verticals, horizontals = [], [], []
    for step, i in enumerate(picks, start=1):
        grey = train_x[i, :, :, 0].astype(float) / 255.0
        vertical, horizontal = learner.detect_edges(grey)
        photos.append(grey)
        verticals.append(to_grey_picture(np.asarray(vertical)))
        horizontals.append(to_grey_picture(np.asarray(horizontal)))
        emit.progress(step, count)

    emit.image("photos (one grey channel)", np.stack(photos), captions)
    emit.image("vertical edges: white = bright on the left", np.stack(verticals), captions)
    emit.image("horizontal edges: white = bright on top", np.stack(horizontals), captions)
    strength_v = float(np.mean([np.mean(np.abs(v - 0.5)) for v in verticals]))
    strength_h = float(np.mean([np.mean(np.abs(h - 0.5)) for h in horizontals]))
    emit.log(f"{count} photos filtered; each 64x64 photo gives a 62x62 edge map "
             "(a 3x3 filter fits 64 - 3 + 1 = 62 times along each axis).")
    return {"photos": count, "edge_map_size": int(np.asarray(verticals[0]).shape[0]),
            "mean_vertical_strength": round(strength_v, 4),
            "mean_horizontal_strength": round(strength_h, 4)}
