"""Hidden tests: other numbers of models, picture sizes and toy models."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


def random_probs(k, m, K, seed):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(k):
        E = np.exp(rng.normal(size=(m, K)))
        out.append(E / E.sum(axis=1, keepdims=True))
    return out


@pytest.mark.parametrize("k, m, K", [(3, 4, 5), (5, 2, 3), (2, 6, 4), (1, 3, 2)])
def test_ensemble_predict_random(k, m, K):
    """The ensemble's prediction is the MEAN of the k models' probabilities, entry by entry: shape (m, K)."""
    probs = random_probs(k, m, K, seed=k * m + K)
    expected = sum(p.copy() for p in probs) / k
    expect(sub.ensemble_predict(probs), expected, "ensemble_predict(prob_list)")


def test_ensemble_predict_is_a_distribution():
    """Averaging probability distributions gives a distribution: every row still sums to 1."""
    P = sub.ensemble_predict(random_probs(4, 5, 3, seed=2))
    expect(P.sum(axis=1), np.ones(5), "row sums of the ensemble's prediction")


@pytest.mark.parametrize("n_H, n_W, n_C, crop_h, crop_w", [(8, 7, 3, 5, 4), (6, 9, 1, 3, 6), (9, 6, 2, 4, 3)])
def test_ten_crops_random(n_H, n_W, n_C, crop_h, crop_w):
    """Centre at ((n_H - crop_h) // 2, (n_W - crop_w) // 2), corners flush with the edges, then the same five of the LEFT-RIGHT mirror."""
    image = np.random.default_rng(n_H * n_W).random((n_H, n_W, n_C))
    expected = reference().ten_crops(image.copy(), crop_h, crop_w)
    expect(sub.ten_crops(image, crop_h, crop_w), expected, "ten_crops(image, crop_h, crop_w)")


def test_ten_crops_mirror_half():
    """Crops 5 to 9 are crops 0 to 4 of the mirrored picture: mirror the picture, not the rows."""
    image = np.random.default_rng(4).random((7, 10, 3))
    crops = sub.ten_crops(image, 4, 6)
    expect(crops[5:], reference().ten_crops(image[:, ::-1, :].copy(), 4, 6)[:5], "crops 5 to 9")


def test_ten_crops_bottom_right_corner():
    """The bottom-right crop touches the last row and the last column of the picture."""
    image = np.random.default_rng(6).random((9, 8, 2))
    expect(sub.ten_crops(image, 3, 5)[4], image[6:, 3:, :], "the bottom-right crop")


def position_model(batch):
    """A toy model whose output depends on where the pixels are, so every crop matters."""
    weights = np.linspace(1, 2, batch.shape[1] * batch.shape[2] * batch.shape[3])
    score = batch.reshape(len(batch), -1) @ weights / weights.sum()
    return np.stack([score, 1 - score, np.full_like(score, 0.5)], axis=1)


@pytest.mark.parametrize("n_H, n_W, crop_h, crop_w", [(8, 7, 5, 4), (6, 9, 3, 6), (10, 10, 7, 7)])
def test_multi_crop_predict_random(n_H, n_W, crop_h, crop_w):
    """Average predict(...) over all TEN crops, along axis 0: the result has one entry per class."""
    image = np.random.default_rng(n_H + n_W).random((n_H, n_W, 3))
    expected = reference().multi_crop_predict(position_model, image.copy(), crop_h, crop_w)
    expect(sub.multi_crop_predict(position_model, image, crop_h, crop_w), expected,
           "multi_crop_predict(predict, image, crop_h, crop_w)")


def test_multi_crop_predict_calls_the_model_on_ten_crops():
    """predict should receive the batch of 10 crops, each crop_h x crop_w."""
    seen = []

    def spy(batch):
        seen.append(batch.shape)
        return np.ones((len(batch), 2)) / 2
    sub.multi_crop_predict(spy, np.zeros((7, 9, 3)), 4, 5)
    assert seen == [(10, 4, 5, 3)], f"predict was called with shapes {seen}"
