"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("size", [1, 4, 7])
def test_create_look_ahead_mask_sizes(size):
    """Row i blocks (1.0) exactly the columns j > i: the future. The diagonal stays 0 (a token
    may look at itself)."""
    expect(sub.create_look_ahead_mask(size), reference().create_look_ahead_mask(size),
           f"create_look_ahead_mask({size})")


def test_create_look_ahead_mask_first_row():
    """The first token may only see itself: row 0 is [0, 1, 1, ...]; the last row is all 0."""
    mask = np.asarray(sub.create_look_ahead_mask(5))
    expect(mask[0], np.array([0.0, 1.0, 1.0, 1.0, 1.0]), "mask[0]")
    expect(mask[-1], np.zeros(5), "mask[-1]")


@pytest.mark.parametrize("seed", [2, 9])
def test_create_padding_mask_random(seed):
    """1.0 where the id is 0 (padding), and the shape is (batch, 1, seq_len) so the mask
    lines up with the KEYS (the last axis of the scores)."""
    rng = np.random.default_rng(seed)
    seq = rng.integers(0, 4, size=(3, 6))
    expected = reference().create_padding_mask(seq.copy())
    expect(sub.create_padding_mask(seq), expected, "create_padding_mask(seq)")


def random_qkv(seed, lead=()):
    rng = np.random.default_rng(seed)
    q = rng.normal(size=lead + (3, 4))
    k = rng.normal(size=lead + (5, 4))
    v = rng.normal(size=lead + (5, 2))
    return q, k, v


@pytest.mark.parametrize("seed", [0, 5, 17])
def test_scaled_dot_product_attention_random(seed):
    """Scores are Q K^T divided by sqrt(d_k) (d_k = the last axis of k, here 4 while d_v is 2);
    the softmax runs over the LAST axis (the keys)."""
    q, k, v = random_qkv(seed)
    expected = reference().scaled_dot_product_attention(q.copy(), k.copy(), v.copy())
    expect(sub.scaled_dot_product_attention(q, k, v), expected, "(output, attention_weights)")


def test_scaled_dot_product_attention_batched():
    """It must work on batches (batch, seq_len, d): transpose only the last two axes of k
    (np.swapaxes(k, -1, -2)) and use np.matmul."""
    q, k, v = random_qkv(3, lead=(2,))
    expected = reference().scaled_dot_product_attention(q.copy(), k.copy(), v.copy())
    expect(sub.scaled_dot_product_attention(q, k, v), expected, "(output, attention_weights)")


def test_scaled_dot_product_attention_masked():
    """A mask of 1.0 adds -1e9 to that score, so its weight becomes 0; the others share 1."""
    q, k, v = random_qkv(8, lead=(2,))
    mask = np.zeros((2, 1, 5))
    mask[0, 0, 3:] = 1.0
    mask[1, 0, 0] = 1.0
    expected = reference().scaled_dot_product_attention(q.copy(), k.copy(), v.copy(),
                                                        mask.copy())
    output, weights = sub.scaled_dot_product_attention(q, k, v, mask)
    expect((output, weights), expected, "(output, attention_weights) with a padding mask")


def test_scaled_dot_product_attention_rows_sum_to_one():
    """Each query's weights form a probability distribution over the keys: rows sum to 1."""
    q, k, v = random_qkv(21)
    _, weights = sub.scaled_dot_product_attention(q, k, v)
    expect(np.sum(weights, axis=-1), np.ones(3), "sum of each row of attention_weights")


def test_scaled_dot_product_attention_large_scores():
    """Large logits must not overflow: subtract the row max before exponentiating (the
    given softmax does this) and scale by sqrt(d_k)."""
    q = np.array([[30.0, 40.0, 0.0, 10.0]])
    k = np.array([[30.0, 40.0, 0.0, 10.0], [-5.0, 2.0, 1.0, 3.0]])
    v = np.array([[1.0], [2.0]])
    expected = reference().scaled_dot_product_attention(q.copy(), k.copy(), v.copy())
    expect(sub.scaled_dot_product_attention(q, k, v), expected, "(output, attention_weights)")


def test_scaled_dot_product_attention_leaves_inputs_alone():
    """Build new arrays (scores = ...) instead of modifying q, k, v or the mask in place."""
    q, k, v = random_qkv(4)
    mask = np.array([[0.0, 0.0, 0.0, 1.0, 1.0]])
    copies = [a.copy() for a in (q, k, v, mask)]
    sub.scaled_dot_product_attention(q, k, v, mask)
    for name, before, after in zip("qkv", copies[:3], (q, k, v), strict=True):
        expect(after, before, f"{name} after the call")
    expect(mask, copies[3], "mask after the call")
