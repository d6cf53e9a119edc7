"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_split_heads_example():
    x = np.arange(8.0).reshape(1, 2, 4)
    expect(sub.split_heads(x, 2),
           np.array([[[[0.0, 1.0], [4.0, 5.0]], [[2.0, 3.0], [6.0, 7.0]]]]),
           "split_heads(x, 2)")


def test_combine_heads_example():
    heads = np.array([[[[0.0, 1.0], [4.0, 5.0]], [[2.0, 3.0], [6.0, 7.0]]]])
    expect(sub.combine_heads(heads), np.arange(8.0).reshape(1, 2, 4), "combine_heads(heads)")


def test_multi_head_attention_identity_weights():
    x = np.array([[[1.0, 0.0, 0.0, 2.0], [0.0, 1.0, 1.0, 0.0]]])
    params = {name: np.eye(4) for name in ("Wq", "Wk", "Wv", "Wo")}
    output, weights = sub.multi_head_attention(x, x, params, 2)
    expect(weights, np.array([[[[0.66976155, 0.33023845], [0.33023845, 0.66976155]],
                               [[0.94419278, 0.05580722], [0.33023845, 0.66976155]]]]),
           "attention_weights")
    expect(output, np.array([[[0.66976155, 0.33023845, 0.05580722, 1.88838556],
                              [0.33023845, 0.66976155, 0.66976155, 0.6604769]]]), "output")
