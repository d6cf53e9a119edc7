"""A live look at YOUR multi-head attention (nothing is trained here).

A short sentence becomes a (1, seq_len, d_model) batch: seeded random word embeddings plus a
sinusoidal positional encoding. The learner's multi_head_attention runs self-attention with
seeded random projections Wq, Wk, Wv, Wo, and every head's weights are drawn as their own
heatmap (rows = queries, cols = keys): the heads look at different things.
"""

from __future__ import annotations

import numpy as np


def sinusoidal_encoding(positions, d_model):
    pos = np.arange(positions)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angles = pos / np.power(10000.0, (2 * (i // 2)) / d_model)
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles))


def train(learner, emit, params):
    tokens = str(params["sentence"]).split()
    d_model, num_heads = int(params["d_model"]), int(params["num_heads"])
    if d_model % num_heads:
        raise ValueError(f"d_model = {d_model} is not divisible by num_heads = {num_heads}")
    n = len(tokens)
    vocab = sorted(set(tokens))
    table = np.random.randn(len(vocab), d_model)
    x = np.stack([table[vocab.index(t)] for t in tokens]) + sinusoidal_encoding(n, d_model)
    x = x[np.newaxis]
    weights = {name: np.random.randn(d_model, d_model) * float(params["weight_scale"]) /
               np.sqrt(d_model) for name in ("Wq", "Wk", "Wv", "Wo")}
    emit.log(f"{n} tokens, d_model = {d_model}, {num_heads} heads of depth "
             f"{d_model // num_heads}, seed {params['seed']}")

    output, attention = learner.multi_head_attention(x, x, weights, num_heads)
    if attention is None or output is None:
        raise ValueError("multi_head_attention returned None: finish it first (dls-tui check)")
    attention = np.asarray(attention, dtype=float)
    if attention.shape != (1, num_heads, n, n):
        raise ValueError(f"your attention_weights have shape {attention.shape}, expected "
                         f"{(1, num_heads, n, n)}")
    if np.shape(output) != (1, n, d_model):
        raise ValueError(f"your output has shape {np.shape(output)}, expected {(1, n, d_model)}")

    focus = []
    for h in range(num_heads):
        w = attention[0, h]
        emit.heatmap(f"head {h + 1} (rows = queries, cols = keys)", w, tokens, tokens)
        entropy = float(np.mean(-np.sum(w * np.log(w + 1e-12), axis=-1)))
        emit.metric(h + 1, "mean entropy of a row (nats)", entropy)
        emit.metric(h + 1, "mean weight on itself", float(np.mean(np.diag(w))))
        j = int(np.argmax(w[-1]))
        focus.append(tokens[j])
        emit.text(f"head {h + 1}: '{tokens[-1]}' looks most at '{tokens[j]}' "
                  f"(weight {w[-1, j]:.3f})", channel="heads")
        emit.progress(h + 1, num_heads + 1)
    emit.heatmap("average over the heads", attention[0].mean(axis=0), tokens, tokens)
    emit.progress(num_heads + 1, num_heads + 1)
    return {"tokens": n, "num_heads": num_heads, "depth": d_model // num_heads,
            "output_shape": list(np.shape(output)),
            "last_token_focus_per_head": focus}
