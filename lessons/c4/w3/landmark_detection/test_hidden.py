"""Hidden tests: other image sizes, landmark counts and batches, compared with the reference."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

SEEDS = [6, 31, 58]


@pytest.mark.parametrize("seed", SEEDS)
def test_normalize_landmarks_non_square_image(seed):
    """x is divided by the WIDTH and y by the HEIGHT; a non-square image tells them apart."""
    rng = np.random.default_rng(seed)
    width, height = 320, 96
    points = rng.uniform(0, 1, size=(seed % 5 + 3, 2)) * [width, height]
    expected = reference().normalize_landmarks(points.copy(), width, height)
    expect(sub.normalize_landmarks(points, width, height), expected, "normalize_landmarks(...)")


def test_normalize_landmarks_leaves_input_alone():
    """Return a new array: do not divide the learner's points in place."""
    points = np.array([[10.0, 20.0], [30.0, 5.0]])
    sub.normalize_landmarks(points, 40, 50)
    expect(points, np.array([[10.0, 20.0], [30.0, 5.0]]), "points after the call")


@pytest.mark.parametrize("n", [1, 4, 64])
def test_landmark_target_sizes(n):
    """y has 1 + 2n rows and one column; coordinates are interleaved x1, y1, x2, y2, ..."""
    points = np.random.default_rng(n).uniform(0, 1, size=(n, 2))
    expect(sub.landmark_target(True, points), reference().landmark_target(True, points.copy()), "y")


def test_landmark_target_interleaved():
    """Each point contributes its x then its y before the next point starts (not all x, then all y)."""
    points = np.array([[0.1, 0.2], [0.3, 0.4]])
    expect(sub.landmark_target(True, points)[:, 0], np.array([1, 0.1, 0.2, 0.3, 0.4]), "y[:, 0]")


def test_landmark_target_no_face():
    """With no face only p_c = 0 matters: everything else stays 0."""
    points = np.random.default_rng(3).uniform(0, 1, size=(5, 2))
    expect(sub.landmark_target(False, points), np.zeros((11, 1)), "y with no face")


def batch(seed, n, m):
    rng = np.random.default_rng(seed)
    Y = np.zeros((1 + 2 * n, m))
    faces = rng.random(m) < 0.6
    faces[0], faces[1] = True, False
    Y[0] = faces
    Y[1:, faces] = rng.uniform(0, 1, size=(2 * n, int(faces.sum())))
    return Y + rng.normal(0, 0.2, size=Y.shape), Y


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", [(3, 6), (10, 4)])
def test_landmark_loss_random(seed, shape):
    """p_c error always; coordinate errors only when the label has a face; mean over the m columns."""
    n, m = shape
    Y_hat, Y = batch(seed, n, m)
    expected = reference().landmark_loss(Y_hat.copy(), Y.copy())
    expect(sub.landmark_loss(Y_hat, Y), expected, "landmark_loss(Y_hat, Y)")


def test_landmark_loss_ignores_coordinates_without_face():
    """When the label has no face, the predicted coordinates are 'don't care'."""
    Y = np.zeros((5, 2))
    Y_hat = np.array([[0.3, 0.4], [9, -9], [5, 5], [7, 1], [2, 2]], dtype=float)
    expect(sub.landmark_loss(Y_hat, Y), (0.09 + 0.16) / 2, "landmark_loss with no faces")


def test_landmark_loss_is_float():
    """Return a plain Python float."""
    Y_hat, Y = batch(1, 2, 3)
    assert isinstance(sub.landmark_loss(Y_hat, Y), float), "landmark_loss should return a float"


def test_landmark_loss_mask_from_labels():
    """Whether coordinates count is decided by the LABEL's p_c (Y[0]), not by the prediction's."""
    Y = np.array([[1.0, 0.0], [0.5, 0.0], [0.5, 0.0]])
    Y_hat = np.array([[0.2, 0.9], [0.1, 0.3], [0.5, 0.3]])
    expect(sub.landmark_loss(Y_hat, Y), ((0.64 + 0.16) + 0.81) / 2, "landmark_loss(Y_hat, Y)")
