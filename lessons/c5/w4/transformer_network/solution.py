"""The transformer network: one encoder layer, built from parts you know.

Sequences are batches of row matrices, shape (batch, seq_len, d_model). Multi-head attention
is given (you wrote it in the previous lesson). Write each function between the YOUR CODE
markers and keep the names and signatures.
"""

import numpy as np


def softmax(x, axis=-1):
    """Numerically stable softmax along one axis (given, not graded)."""
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def multi_head_attention(q_in, kv_in, params, num_heads, mask=None):
    """Multi-head attention (given, not graded): project with Wq, Wk, Wv, split into heads,
    scaled dot-product attention per head, combine, project with Wo.

    Returns (output (batch, seq_q, d_model), weights (batch, num_heads, seq_q, seq_k)).
    """
    def split(x):
        batch, seq_len, d_model = x.shape
        return x.reshape(batch, seq_len, num_heads, d_model // num_heads).transpose(0, 2, 1, 3)

    q = split(np.matmul(q_in, params["Wq"]))
    k = split(np.matmul(kv_in, params["Wk"]))
    v = split(np.matmul(kv_in, params["Wv"]))
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(k.shape[-1])
    if mask is not None:
        scores = scores + mask * -1e9
    weights = softmax(scores, axis=-1)
    heads = np.matmul(weights, v)
    batch, _, seq_q, depth = heads.shape
    combined = heads.transpose(0, 2, 1, 3).reshape(batch, seq_q, num_heads * depth)
    return np.matmul(combined, params["Wo"]), weights


def layer_norm(x, gamma, beta, eps=1e-6):
    """Normalize every token vector to mean 0 and variance 1, then scale and shift.

    Arguments:
    x -- array (..., d_model)
    gamma -- scale, array (d_model,)
    beta -- shift, array (d_model,)
    eps -- small number added to the variance

    Returns:
    out -- same shape as x: gamma * (x - mean) / sqrt(var + eps) + beta, with the mean and
           variance taken over the LAST axis (each token on its own)
    """
    # YOUR CODE STARTS HERE
    # stub: out = None
    mean = np.mean(x, axis=-1, keepdims=True)
    var = np.var(x, axis=-1, keepdims=True)
    x_hat = (x - mean) / np.sqrt(var + eps)
    out = gamma * x_hat + beta
    # YOUR CODE ENDS HERE
    return out


def feed_forward(x, W1, b1, W2, b2):
    """The position-wise feed-forward network: the same two layers applied to every token.

    Arguments:
    x -- array (..., d_model)
    W1 -- array (d_model, d_ff), b1 -- array (d_ff,)
    W2 -- array (d_ff, d_model), b2 -- array (d_model,)

    Returns:
    out -- array (..., d_model): relu(x W1 + b1) W2 + b2
    """
    # YOUR CODE STARTS HERE
    # stub: out = None
    hidden = np.maximum(0, np.matmul(x, W1) + b1)
    out = np.matmul(hidden, W2) + b2
    # YOUR CODE ENDS HERE
    return out


def encoder_layer(x, params, num_heads, mask=None):
    """One encoder layer: self-attention -> add & norm -> feed-forward -> add & norm.

    Arguments:
    x -- array (batch, seq_len, d_model)
    params -- dict with "Wq", "Wk", "Wv", "Wo" (d_model, d_model) for the attention,
              "W1", "b1", "W2", "b2" for the feed-forward network, and
              "gamma1", "beta1", "gamma2", "beta2" (d_model,) for the two layer norms
    num_heads -- number of attention heads
    mask -- None or a padding mask, passed on to the attention

    Returns:
    out2 -- array (batch, seq_len, d_model)
    """
    # YOUR CODE STARTS HERE
    # stub: out2 = None
    attn, _ = multi_head_attention(x, x, params, num_heads, mask)
    out1 = layer_norm(x + attn, params["gamma1"], params["beta1"])
    ffn = feed_forward(out1, params["W1"], params["b1"], params["W2"], params["b2"])
    out2 = layer_norm(out1 + ffn, params["gamma2"], params["beta2"])
    # YOUR CODE ENDS HERE
    return out2
