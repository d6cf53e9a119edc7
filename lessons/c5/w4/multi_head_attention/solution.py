"""Multi-head attention: several attentions side by side, each in its own slice of d_model.

Sequences are batches of row matrices, shape (batch, seq_len, d_model). A projection is a
matrix product on the right: Q = X Wq with Wq of shape (d_model, d_model). Write each function
between the YOUR CODE markers and keep the names and signatures: the live per-head heatmaps
call them exactly like this.
"""

import numpy as np


def softmax(x, axis=-1):
    """Numerically stable softmax along one axis (given, not graded)."""
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def scaled_dot_product_attention(q, k, v, mask=None):
    """softmax(Q K^T / sqrt(d_k) + mask * -1e9) V over the last two axes (given, not graded).

    Returns (output, attention_weights); mask holds 1.0 where attention is blocked.
    """
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(k.shape[-1])
    if mask is not None:
        scores = scores + mask * -1e9
    weights = softmax(scores, axis=-1)
    return np.matmul(weights, v), weights


def split_heads(x, num_heads):
    """Cut the last axis into num_heads slices and move the heads in front of the sequence.

    Arguments:
    x -- array (batch, seq_len, d_model), d_model divisible by num_heads
    num_heads -- how many heads

    Returns:
    heads -- array (batch, num_heads, seq_len, depth) with depth = d_model // num_heads;
             heads[:, h] holds columns h*depth .. (h+1)*depth - 1 of x
    """
    # YOUR CODE STARTS HERE
    # stub: heads = None
    batch, seq_len, d_model = x.shape
    depth = d_model // num_heads
    heads = x.reshape(batch, seq_len, num_heads, depth).transpose(0, 2, 1, 3)
    # YOUR CODE ENDS HERE
    return heads


def combine_heads(heads):
    """The inverse of split_heads: put the heads' slices side by side again.

    Arguments:
    heads -- array (batch, num_heads, seq_len, depth)

    Returns:
    x -- array (batch, seq_len, num_heads * depth): head 0's columns first, then head 1's, ...
    """
    # YOUR CODE STARTS HERE
    # stub: x = None
    batch, num_heads, seq_len, depth = heads.shape
    x = heads.transpose(0, 2, 1, 3).reshape(batch, seq_len, num_heads * depth)
    # YOUR CODE ENDS HERE
    return x


def multi_head_attention(q_in, kv_in, params, num_heads, mask=None):
    """Multi-head attention of the queries q_in over the keys/values kv_in.

    Arguments:
    q_in -- array (batch, seq_len_q, d_model): the sequence asking
    kv_in -- array (batch, seq_len_k, d_model): the sequence looked at (q_in itself for
             self-attention)
    params -- dict with "Wq", "Wk", "Wv", "Wo", each of shape (d_model, d_model)
    num_heads -- how many heads
    mask -- None, or an array broadcastable to (batch, num_heads, seq_len_q, seq_len_k) with
            1.0 where attention is blocked

    Returns:
    output -- array (batch, seq_len_q, d_model)
    attention_weights -- array (batch, num_heads, seq_len_q, seq_len_k)
    """
    # YOUR CODE STARTS HERE
    # stub: output = None
    # stub: attention_weights = None
    q = split_heads(np.matmul(q_in, params["Wq"]), num_heads)
    k = split_heads(np.matmul(kv_in, params["Wk"]), num_heads)
    v = split_heads(np.matmul(kv_in, params["Wv"]), num_heads)
    heads, attention_weights = scaled_dot_product_attention(q, k, v, mask)
    output = np.matmul(combine_heads(heads), params["Wo"])
    # YOUR CODE ENDS HERE
    return output, attention_weights
