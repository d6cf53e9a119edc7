"""Self-attention: scaled dot-product attention and its two masks.

Sequences are matrices of shape (seq_len, d_model): one ROW per token (or, with a batch,
(batch, seq_len, d_model)). Write each function between the YOUR CODE markers and keep the
names and signatures: the live attention heatmap calls them exactly like this.
"""

import numpy as np


def softmax(x, axis=-1):
    """Numerically stable softmax along one axis (given, not graded)."""
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def create_look_ahead_mask(size):
    """Mask that hides the future: position i may only look at positions 0..i.

    Arguments:
    size -- the sequence length

    Returns:
    mask -- float array (size, size): 1.0 where attention is BLOCKED (j > i), 0.0 elsewhere
    """
    # YOUR CODE STARTS HERE
    # stub: mask = None
    mask = 1.0 - np.tril(np.ones((size, size)))
    # YOUR CODE ENDS HERE
    return mask


def create_padding_mask(seq):
    """Mask that hides padding tokens (token id 0) from every query.

    Arguments:
    seq -- integer array (batch, seq_len) of token ids; 0 means padding

    Returns:
    mask -- float array (batch, 1, seq_len): 1.0 at padding positions, 0.0 at real tokens.
            The middle axis of size 1 lets it broadcast over all the queries of a sentence.
    """
    # YOUR CODE STARTS HERE
    # stub: mask = None
    mask = (seq == 0).astype(float)[:, np.newaxis, :]
    # YOUR CODE ENDS HERE
    return mask


def scaled_dot_product_attention(q, k, v, mask=None):
    """Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k) + mask * -1e9) V.

    Arguments:
    q -- queries, shape (..., seq_len_q, d_k)
    k -- keys, shape (..., seq_len_k, d_k)
    v -- values, shape (..., seq_len_k, d_v)
    mask -- None, or an array broadcastable to (..., seq_len_q, seq_len_k) holding 1.0 where
            attention is blocked

    Returns:
    output -- shape (..., seq_len_q, d_v): one weighted sum of the values per query
    attention_weights -- shape (..., seq_len_q, seq_len_k): each row sums to 1
    """
    # YOUR CODE STARTS HERE
    # stub: output = None
    # stub: attention_weights = None
    d_k = k.shape[-1]
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(d_k)
    if mask is not None:
        scores = scores + mask * -1e9
    attention_weights = softmax(scores, axis=-1)
    output = np.matmul(attention_weights, v)
    # YOUR CODE ENDS HERE
    return output, attention_weights
