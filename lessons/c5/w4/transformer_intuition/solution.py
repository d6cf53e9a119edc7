"""Transformer intuition: attention as a soft dictionary lookup.

A 'dictionary' here is n entries, each with a key (a row of keys, shape (n, d_k)) and a value
(a row of values, shape (n, d_v)). A query (d_k,) does not pick one entry: it takes a blend of
all of them. Write each function between the YOUR CODE markers and keep the names and
signatures.
"""

import numpy as np


def similarity_scores(query, keys):
    """How well the query matches each key: one dot product per entry.

    Arguments:
    query -- array (d_k,)
    keys -- array (n, d_k), one key per ROW

    Returns:
    scores -- array (n,): scores[j] = keys[j] . query
    """
    # YOUR CODE STARTS HERE
    # stub: scores = None
    scores = np.dot(keys, query)
    # YOUR CODE ENDS HERE
    return scores


def softmax_weights(scores):
    """Turn scores into positive weights that sum to 1 (numerically stable).

    Arguments:
    scores -- array (n,)

    Returns:
    weights -- array (n,): exp(scores - max) / sum(exp(scores - max))
    """
    # YOUR CODE STARTS HERE
    # stub: weights = None
    e = np.exp(scores - np.max(scores))
    weights = e / np.sum(e)
    # YOUR CODE ENDS HERE
    return weights


def soft_lookup(query, keys, values):
    """Look the query up softly: a weighted average of ALL the values.

    Arguments:
    query -- array (d_k,)
    keys -- array (n, d_k)
    values -- array (n, d_v), one value per ROW

    Returns:
    output -- array (d_v,): sum over j of weights[j] * values[j]
    weights -- array (n,): softmax of the similarity scores
    """
    # YOUR CODE STARTS HERE
    # stub: output = None
    # stub: weights = None
    weights = softmax_weights(similarity_scores(query, keys))
    output = np.dot(weights, values)
    # YOUR CODE ENDS HERE
    return output, weights
