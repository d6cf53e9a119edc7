import numpy as np


def multi_head_attention(q_in, kv_in, params, num_heads, mask=None):
    q = np.matmul(q_in, params["Wq"])
    k = np.matmul(kv_in, params["Wk"])
    v = np.matmul(kv_in, params["Wv"])
    heads, attention_weights = scaled_dot_product_attention(q, k, v, mask)  # noqa: F821
    output = np.matmul(heads, params["Wo"])
    return output, attention_weights
