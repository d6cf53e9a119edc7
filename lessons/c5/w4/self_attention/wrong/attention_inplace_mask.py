import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    d_k = k.shape[-1]
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(d_k)
    if mask is not None:
        mask *= -1e9
        scores = scores + mask
    attention_weights = softmax(scores, axis=-1)  # noqa: F821
    output = np.matmul(attention_weights, v)
    return output, attention_weights
