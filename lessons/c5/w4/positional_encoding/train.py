"""A live look at YOUR positional encoding (nothing is trained here).

The learner's positional_encoding(positions, d_model) is drawn as a heatmap (rows = positions,
cols = dimensions): fast stripes on the left, slow waves on the right. Then two of its
properties are measured on the learner's own matrix: every row has the same norm sqrt(d/2), and
the distance between two positions depends only on how far apart they are.
"""

from __future__ import annotations

import numpy as np


def train(learner, emit, params):
    positions = int(params["positions"])
    d_model = int(params["d_model"])
    pe = learner.positional_encoding(positions, d_model)
    if pe is None:
        raise ValueError("positional_encoding returned None: finish it first (dls-tui check)")
    pe = np.asarray(pe, dtype=float)
    if pe.shape != (positions, d_model):
        raise ValueError(f"your positional_encoding returned shape {pe.shape}, expected "
                         f"{(positions, d_model)}")
    emit.log(f"positional encoding of {positions} positions in {d_model} dimensions")
    rows = [f"pos {p}" for p in range(positions)]
    cols = [f"d{j}" for j in range(d_model)]
    emit.heatmap("positional encoding (rows = positions, cols = dimensions)", pe, rows, cols)
    emit.progress(1, 3)

    norms = np.linalg.norm(pe, axis=1)
    for p in range(positions):
        emit.metric(p, "norm of the row", float(norms[p]))
    distances = np.linalg.norm(pe[:, np.newaxis, :] - pe[np.newaxis, :, :], axis=-1)
    emit.heatmap("distance between positions", distances, rows, [str(p) for p in
                                                                 range(positions)])
    emit.progress(2, 3)

    start = positions // 2
    spread = 0.0
    for offset in range(positions - start):
        emit.metric(offset, "distance from pos 0", float(distances[0, offset]))
        emit.metric(offset, f"distance from pos {start}", float(distances[start, start + offset]))
        spread = max(spread, abs(distances[0, offset] - distances[start, start + offset]))
    emit.text(f"every row has norm {norms.mean():.6f} (sqrt(d/2) = {np.sqrt(d_model / 2):.6f}); "
              f"distance for an offset of 4: {distances[0, 4]:.6f} from pos 0, "
              f"{distances[start, start + 4]:.6f} from pos {start}", channel="properties")
    emit.progress(3, 3)
    return {"positions": positions, "d_model": d_model,
            "row_norm_min": round(float(norms.min()), 6),
            "row_norm_max": round(float(norms.max()), 6),
            "sqrt_d_over_2": round(float(np.sqrt(d_model / 2)), 6),
            "distance_offset_4": round(float(distances[0, 4]), 6),
            "max_offset_distance_difference": float(f"{spread:.3g}")}
