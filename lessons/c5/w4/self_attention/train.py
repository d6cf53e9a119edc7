"""A live look at YOUR attention (nothing is trained here).

A short sentence becomes a (seq_len, d_model) matrix: each word gets a vector from a seeded
random embedding table (the same word always gets the same vector), plus a sinusoidal
positional encoding so that two copies of a word are not identical. The learner's
scaled_dot_product_attention then runs self-attention (Q = K = V = X) with no mask and with the
learner's look-ahead mask, and both weight matrices are shown as heatmaps
(rows = queries, cols = keys).
"""

from __future__ import annotations

import numpy as np


def sinusoidal_encoding(positions, d_model):
    """PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(same angle)."""
    pos = np.arange(positions)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angles = pos / np.power(10000.0, (2 * (i // 2)) / d_model)
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles))


def embed(tokens, d_model, scale):
    """One seeded random vector per distinct word, looked up for every token."""
    vocab = sorted(set(tokens))
    table = np.random.randn(len(vocab), d_model) * scale
    return np.stack([table[vocab.index(t)] for t in tokens])


def as_weights(value, shape, what):
    if value is None:
        raise ValueError(f"{what} is None: finish that function first (dls-tui check)")
    array = np.asarray(value, dtype=float)
    if array.shape != shape:
        raise ValueError(f"{what} has shape {array.shape}, expected {shape}")
    return array


def train(learner, emit, params):
    tokens = str(params["sentence"]).split()
    d_model = int(params["d_model"])
    n = len(tokens)
    emit.log(f"sentence of {n} tokens, d_model = {d_model}, seed {params['seed']}")

    x = embed(tokens, d_model, float(params["embedding_scale"]))
    x = x + sinusoidal_encoding(n, d_model)
    emit.heatmap("input X = embedding + positional encoding", x, tokens,
                 [f"d{j}" for j in range(d_model)])
    emit.progress(1, 4)

    output, weights = learner.scaled_dot_product_attention(x, x, x)
    weights = as_weights(weights, (n, n), "the attention_weights of your attention")
    emit.heatmap("self-attention weights (rows = queries, cols = keys)", weights, tokens, tokens)
    for i in range(n):
        emit.metric(i + 1, "weight on itself", float(weights[i, i]))
        emit.metric(i + 1, "largest weight on another token",
                    float(np.max(np.delete(weights[i], i))))
    emit.progress(2, 4)

    mask = learner.create_look_ahead_mask(n)
    as_weights(mask, (n, n), "your create_look_ahead_mask(seq_len)")
    _, masked = learner.scaled_dot_product_attention(x, x, x, mask)
    masked = as_weights(masked, (n, n), "the masked attention_weights")
    emit.heatmap("with the look-ahead mask (no peeking at later words)", masked, tokens, tokens)
    emit.progress(3, 4)

    leaked = float(np.sum(np.triu(masked, 1)))
    for i, token in enumerate(tokens):
        row = weights[i].copy()
        row[i] = -1.0
        j = int(np.argmax(row))
        emit.text(f"'{token}' (position {i}) looks most at '{tokens[j]}' (position {j}), "
                  f"weight {weights[i, j]:.3f}", channel="attention")
    emit.progress(4, 4)
    return {"tokens": n, "d_model": d_model,
            "mean_weight_on_itself": round(float(np.mean(np.diag(weights))), 4),
            "weight_leaked_to_future_with_mask": round(leaked, 6),
            "output_shape": list(np.shape(output))}
