import numpy as np


def add_positional_encoding(x, pe):
    seq_len, d_model = x.shape[-2], x.shape[-1]
    x *= np.sqrt(d_model)
    x += pe[:seq_len, :]
    return x
