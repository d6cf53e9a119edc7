"""A live look at YOUR encoder layer (nothing is trained here).

A short sentence (seeded word embeddings scaled by sqrt(d_model), plus a sinusoidal positional
encoding) passes through a stack of the learner's encoder_layer, each layer with its own seeded
random weights. After every layer the token representations are drawn as a heatmap
(rows = tokens, cols = dimensions), next to the cosine similarity between the tokens, and the
per-token mean and spread show the learner's layer norm at work.
"""

from __future__ import annotations

import numpy as np


def sinusoidal_encoding(positions, d_model):
    pos = np.arange(positions)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angles = pos / np.power(10000.0, (2 * (i // 2)) / d_model)
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles))


def layer_params(d_model, d_ff):
    params = {name: np.random.randn(d_model, d_model) / np.sqrt(d_model)
              for name in ("Wq", "Wk", "Wv", "Wo")}
    params.update(W1=np.random.randn(d_model, d_ff) / np.sqrt(d_model), b1=np.zeros(d_ff),
                  W2=np.random.randn(d_ff, d_model) / np.sqrt(d_ff), b2=np.zeros(d_model),
                  gamma1=np.ones(d_model), beta1=np.zeros(d_model),
                  gamma2=np.ones(d_model), beta2=np.zeros(d_model))
    return params


def cosine(x):
    unit = x / np.linalg.norm(x, axis=-1, keepdims=True)
    return unit @ unit.T


def train(learner, emit, params):
    tokens = str(params["sentence"]).split()
    d_model, num_heads = int(params["d_model"]), int(params["num_heads"])
    num_layers, d_ff = int(params["num_layers"]), int(params["d_ff"])
    n = len(tokens)
    vocab = sorted(set(tokens))
    table = np.random.randn(len(vocab), d_model) * 0.3
    x = np.stack([table[vocab.index(t)] for t in tokens]) * np.sqrt(d_model)
    x = (x + sinusoidal_encoding(n, d_model))[np.newaxis]
    cols = [f"d{j}" for j in range(d_model)]
    emit.log(f"{n} tokens through {num_layers} encoder layers (d_model {d_model}, {num_heads} "
             f"heads, d_ff {d_ff}), seed {params['seed']}")
    emit.heatmap("layer 0: the input", x[0], tokens, cols, step=0)
    for layer in range(1, num_layers + 1):
        out = learner.encoder_layer(x, layer_params(d_model, d_ff), num_heads)
        if out is None:
            raise ValueError("encoder_layer returned None: finish it first (dls-tui check)")
        out = np.asarray(out, dtype=float)
        if out.shape != x.shape:
            raise ValueError(f"your encoder_layer returned shape {out.shape}, expected "
                             f"{x.shape}")
        x = out
        emit.heatmap(f"after layer {layer}", x[0], tokens, cols, step=layer)
        emit.heatmap(f"cosine similarity between tokens after layer {layer}", cosine(x[0]),
                     tokens, tokens, step=layer)
        emit.metric(layer, "mean |token mean|", float(np.mean(np.abs(x[0].mean(axis=-1)))))
        emit.metric(layer, "mean token std", float(np.mean(x[0].std(axis=-1))))
        off_diagonal = cosine(x[0])[~np.eye(n, dtype=bool)]
        emit.metric(layer, "mean cosine between tokens", float(off_diagonal.mean()))
        emit.progress(layer, num_layers)
    return {"tokens": n, "num_layers": num_layers, "output_shape": list(x.shape),
            "final_token_std": round(float(np.mean(x[0].std(axis=-1))), 4),
            "final_mean_cosine": round(float(off_diagonal.mean()), 4)}
