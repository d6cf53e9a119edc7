"""Hidden tests: fresh shapes and seeds, compared with the reference and with properties."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("shape", [(3, 5), (2, 4, 6), (1, 7, 3)])
def test_layer_norm_random(shape):
    """Mean and variance over the LAST axis (each token on its own), keepdims=True, then
    gamma * x_hat + beta."""
    rng = np.random.default_rng(sum(shape))
    x = rng.normal(2, 3, size=shape)
    gamma, beta = rng.normal(size=shape[-1]), rng.normal(size=shape[-1])
    expected = reference().layer_norm(x.copy(), gamma.copy(), beta.copy())
    expect(sub.layer_norm(x, gamma, beta), expected, "layer_norm(x, gamma, beta)")


def test_layer_norm_each_token_standardized():
    """With gamma = 1 and beta = 0 every token vector has mean 0 and variance 1."""
    x = np.random.default_rng(3).normal(5, 4, size=(2, 3, 8))
    out = np.asarray(sub.layer_norm(x, np.ones(8), np.zeros(8)))
    expect(out.mean(axis=-1), np.zeros((2, 3)), "mean of each token", atol=1e-6)
    expect(out.var(axis=-1), np.ones((2, 3)), "variance of each token", rtol=1e-4)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_feed_forward_random(seed):
    """relu(x W1 + b1) W2 + b2, applied to every token (d_model -> d_ff -> d_model)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(2, 3, 4))
    W1, b1 = rng.normal(size=(4, 6)), rng.normal(size=6)
    W2, b2 = rng.normal(size=(6, 4)), rng.normal(size=4)
    args = [a.copy() for a in (x, W1, b1, W2, b2)]
    expected = reference().feed_forward(*args)
    expect(sub.feed_forward(x, W1, b1, W2, b2), expected, "feed_forward(x, W1, b1, W2, b2)")


def encoder_params(seed, d_model, d_ff):
    rng = np.random.default_rng(seed)
    params = {name: rng.normal(size=(d_model, d_model)) / np.sqrt(d_model)
              for name in ("Wq", "Wk", "Wv", "Wo")}
    params.update(W1=rng.normal(size=(d_model, d_ff)), b1=rng.normal(size=d_ff),
                  W2=rng.normal(size=(d_ff, d_model)) / np.sqrt(d_ff), b2=rng.normal(size=d_model),
                  gamma1=rng.uniform(0.5, 2, size=d_model), beta1=rng.normal(size=d_model),
                  gamma2=rng.uniform(0.5, 2, size=d_model), beta2=rng.normal(size=d_model))
    return params


def copied(params):
    return {k: v.copy() for k, v in params.items()}


@pytest.mark.parametrize("seed, num_heads", [(4, 2), (5, 4)])
def test_encoder_layer_random(seed, num_heads):
    """attention -> layer_norm(x + attention) -> feed-forward -> layer_norm(out1 + ffn), each
    norm with its OWN gamma and beta (post-norm, as in the original transformer)."""
    x = np.random.default_rng(seed).normal(size=(2, 5, 8))
    params = encoder_params(seed, 8, 16)
    expected = reference().encoder_layer(x.copy(), copied(params), num_heads)
    expect(sub.encoder_layer(x, params, num_heads), expected, "encoder_layer(x, params)")


def test_encoder_layer_padding_mask():
    """Pass the mask on to the attention: padded tokens must not be attended to."""
    x = np.random.default_rng(6).normal(size=(2, 4, 8))
    params = encoder_params(6, 8, 12)
    mask = np.zeros((2, 1, 1, 4))
    mask[1, ..., 2:] = 1.0
    expected = reference().encoder_layer(x.copy(), copied(params), 2, mask.copy())
    expect(sub.encoder_layer(x, params, 2, mask), expected, "encoder_layer(x, params, mask)")


def test_encoder_layer_output_is_normalized():
    """The layer ends with a layer norm: with gamma2 = 1, beta2 = 0 every output token has mean
    0 and variance 1."""
    x = np.random.default_rng(7).normal(size=(1, 3, 6))
    params = encoder_params(7, 6, 10)
    params["gamma2"], params["beta2"] = np.ones(6), np.zeros(6)
    out = np.asarray(sub.encoder_layer(x, params, 3))
    expect(out.mean(axis=-1), np.zeros((1, 3)), "mean of each output token", atol=1e-6)
    expect(out.var(axis=-1), np.ones((1, 3)), "variance of each output token", rtol=1e-4)
