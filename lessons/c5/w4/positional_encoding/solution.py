"""Positional encoding: giving a transformer a sense of word order.

Sequences are matrices of shape (seq_len, d_model): one ROW per position. Write each function
between the YOUR CODE markers and keep the names and signatures: the live heatmap of the
encoding calls them exactly like this.
"""

import numpy as np


def get_angles(pos, k, d):
    """The angle of every (position, dimension) pair.

    Arguments:
    pos -- column vector (positions, 1) of positions 0, 1, 2, ...
    k -- row vector (1, d) of dimension indices 0, 1, ..., d - 1
    d -- the encoding size d_model

    Returns:
    angles -- array (positions, d): pos / 10000^(2i / d) with i = k // 2, so dimensions 2i
              and 2i + 1 share the same angle
    """
    # YOUR CODE STARTS HERE
    # stub: angles = None
    i = k // 2
    angles = pos / np.power(10000, (2 * i) / d)
    # YOUR CODE ENDS HERE
    return angles


def positional_encoding(positions, d):
    """The sinusoidal positional encoding matrix.

    Arguments:
    positions -- how many positions to encode (0 .. positions - 1)
    d -- the encoding size d_model

    Returns:
    pe -- array (positions, d): sin of the angle in the even columns (0, 2, 4, ...), cos of
          the angle in the odd columns (1, 3, 5, ...)
    """
    # YOUR CODE STARTS HERE
    # stub: pe = None
    angles = get_angles(np.arange(positions)[:, np.newaxis], np.arange(d)[np.newaxis, :], d)
    pe = np.zeros((positions, d))
    pe[:, 0::2] = np.sin(angles[:, 0::2])
    pe[:, 1::2] = np.cos(angles[:, 1::2])
    # YOUR CODE ENDS HERE
    return pe


def add_positional_encoding(x, pe):
    """Scale the word embeddings and add the encoding of their positions.

    Arguments:
    x -- word embeddings (seq_len, d_model) or (batch, seq_len, d_model)
    pe -- a positional encoding (max_positions, d_model) with max_positions >= seq_len

    Returns:
    out -- x * sqrt(d_model) + pe[:seq_len], same shape as x (x itself is left unchanged)
    """
    # YOUR CODE STARTS HERE
    # stub: out = None
    seq_len, d_model = x.shape[-2], x.shape[-1]
    out = x * np.sqrt(d_model) + pe[:seq_len, :]
    # YOUR CODE ENDS HERE
    return out
