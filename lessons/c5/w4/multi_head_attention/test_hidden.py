"""Hidden tests: fresh shapes and seeds, compared with the reference solution."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("batch, seq_len, d_model, num_heads", [(2, 3, 12, 3), (1, 5, 8, 4),
                                                                (3, 2, 6, 2)])
def test_split_heads_shapes(batch, seq_len, d_model, num_heads):
    """Reshape to (batch, seq_len, num_heads, depth) FIRST, then swap axes 1 and 2: reshaping
    straight to (batch, num_heads, seq_len, depth) scrambles tokens and heads."""
    x = np.random.default_rng(d_model).normal(size=(batch, seq_len, d_model))
    expected = reference().split_heads(x.copy(), num_heads)
    expect(sub.split_heads(x, num_heads), expected, f"split_heads(x, {num_heads})")


def test_split_heads_first_head_is_first_columns():
    """Head 0 of every token must be that token's first depth columns."""
    x = np.random.default_rng(1).normal(size=(2, 4, 9))
    heads = np.asarray(sub.split_heads(x, 3))
    expect(heads[:, 0], x[:, :, :3], "split_heads(x, 3)[:, 0]")


@pytest.mark.parametrize("shape", [(2, 3, 4, 5), (1, 2, 6, 3)])
def test_combine_heads_shapes(shape):
    """Swap the head and sequence axes back (transpose(0, 2, 1, 3)) before reshaping."""
    heads = np.random.default_rng(sum(shape)).normal(size=shape)
    expected = reference().combine_heads(heads.copy())
    expect(sub.combine_heads(heads), expected, "combine_heads(heads)")


def test_combine_heads_undoes_split_heads():
    """combine_heads(split_heads(x, h)) must give x back exactly."""
    x = np.random.default_rng(2).normal(size=(2, 5, 12))
    expect(sub.combine_heads(reference().split_heads(x, 4)), x, "combine_heads(split_heads(x))")


def random_params(seed, d_model):
    rng = np.random.default_rng(seed)
    return {name: rng.normal(size=(d_model, d_model)) / np.sqrt(d_model)
            for name in ("Wq", "Wk", "Wv", "Wo")}


def check(q_in, kv_in, params, num_heads, mask=None):
    copies = [q_in.copy(), kv_in.copy(), {k: w.copy() for k, w in params.items()}]
    if mask is not None:
        copies.append(mask.copy())
    expected = reference().multi_head_attention(*copies[:3], num_heads,
                                                None if mask is None else copies[3])
    expect(sub.multi_head_attention(q_in, kv_in, params, num_heads, mask), expected,
           "(output, attention_weights)")


@pytest.mark.parametrize("seed, num_heads", [(0, 2), (7, 4), (13, 1)])
def test_multi_head_attention_self(seed, num_heads):
    """Project with X Wq, X Wk, X Wv (weights on the RIGHT), split, attend, combine, then
    project with Wo."""
    x = np.random.default_rng(seed).normal(size=(2, 4, 8))
    check(x, x, random_params(seed, 8), num_heads)


def test_multi_head_attention_cross():
    """Queries come from q_in, keys AND values from kv_in (here 3 queries over 5 keys)."""
    rng = np.random.default_rng(3)
    q_in, kv_in = rng.normal(size=(2, 3, 6)), rng.normal(size=(2, 5, 6))
    check(q_in, kv_in, random_params(3, 6), 3)


def test_multi_head_attention_padding_mask():
    """The mask is simply passed on to the attention; the padded keys get weight 0 in EVERY
    head."""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(2, 4, 8))
    mask = np.zeros((2, 1, 1, 4))
    mask[0, ..., 3] = 1.0
    check(x, x, random_params(5, 8), 2, mask)


def test_multi_head_attention_leaves_inputs_alone():
    """Build new arrays; do not modify q_in, kv_in or the weights in place."""
    rng = np.random.default_rng(9)
    x = rng.normal(size=(1, 3, 4))
    params = random_params(9, 4)
    before = x.copy(), {k: w.copy() for k, w in params.items()}
    sub.multi_head_attention(x, x, params, 2)
    expect((x, params), before, "(q_in, params) after the call")
