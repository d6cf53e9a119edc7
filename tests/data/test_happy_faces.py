"""The drawn happy/not-happy faces: layout, seeds, balance, and that the label is the smile."""

from __future__ import annotations

import numpy as np
import pytest

from data.happy_faces import (
    CLASS_NAMES,
    FLAT_BEND,
    RADIUS,
    SMILE_BEND,
    TEST_M,
    TRAIN_M,
    load_happy_dataset,
    make_faces,
)


def test_course_layout() -> None:
    x_train, y_train, x_test, y_test, classes = load_happy_dataset()
    assert x_train.shape == (TRAIN_M, 64, 64, 3) == (600, 64, 64, 3)
    assert x_test.shape == (TEST_M, 64, 64, 3) == (150, 64, 64, 3)
    assert y_train.shape == (1, 600) and y_test.shape == (1, 150)
    assert x_train.dtype == np.uint8 and x_test.dtype == np.uint8
    assert y_train.dtype.kind == "i" and set(np.unique(y_train)) == {0, 1}
    assert [c.decode() for c in classes] == list(CLASS_NAMES) == ["not happy", "happy"]
    assert y_train.T.shape == (600, 1)


def test_make_faces_shapes() -> None:
    X, Y = make_faces(7, seed=3)
    assert X.shape == (7, 64, 64, 3) and X.dtype == np.uint8
    assert Y.shape == (7, 1) and Y.dtype == np.int64


def test_balanced_labels() -> None:
    _, y_train, _, y_test, _ = load_happy_dataset()
    assert y_train.sum() == 300 and y_test.sum() == 75


def test_deterministic_by_seed() -> None:
    a, b, c = load_happy_dataset(1), load_happy_dataset(1), load_happy_dataset(2)
    for left, right in zip(a, b, strict=True):
        assert np.array_equal(left, right)
    assert not np.array_equal(a[0], c[0])


def test_copies_are_writable_and_independent() -> None:
    first = load_happy_dataset()
    first[0][0, 0, 0, 0] ^= 255
    first[1][0, 0] = 7
    again = load_happy_dataset()
    assert again[0][0, 0, 0, 0] != first[0][0, 0, 0, 0] and again[1][0, 0] in (0, 1)


def test_train_and_test_differ() -> None:
    x_train, _, x_test, _, _ = load_happy_dataset()
    assert not any(np.array_equal(x_test[0], picture) for picture in x_train)


def test_leaves_the_global_random_state_alone() -> None:
    np.random.seed(5)
    expected = np.random.rand()
    np.random.seed(5)
    make_faces(4, seed=9)
    assert np.random.rand() == expected


@pytest.mark.parametrize("seed", [0, 1, 11])
def test_the_label_is_the_smile(seed: int) -> None:
    _, Y, drawn = make_faces(40, seed=seed, details=True)
    for label, info in zip(Y[:, 0], drawn, strict=True):
        share = info["mouth_bend"] / info["radius"]
        assert info["happy"] == bool(label)
        if label:
            assert SMILE_BEND[0] <= share <= SMILE_BEND[1]
        else:
            assert share <= FLAT_BEND[1] < SMILE_BEND[0]


@pytest.mark.parametrize("seed", [2, 8])
def test_faces_are_drawn_where_described(seed: int) -> None:
    X, _, drawn = make_faces(30, seed=seed, details=True)
    for picture, info in zip(X, drawn, strict=True):
        assert RADIUS[0] <= info["radius"] <= RADIUS[1]
        cx, cy = info["face_centre"]
        assert info["radius"] <= cx <= 63 - info["radius"]
        # Between the eyes and the mouth the face's own colour shows (plus noise).
        row, col = int(round(cy + 0.1 * info["radius"])), int(round(cx))
        patch = picture[row - 1:row + 2, col - 1:col + 2].reshape(-1, 3).mean(axis=0)
        assert np.abs(patch - info["face_colour"]).max() < 40


def _ink_row(ink: np.ndarray, x: float, top: float, bottom: float) -> float:
    """The row, between top and bottom, where column x differs most from the face colour."""
    lo, hi = int(np.floor(top)), int(np.ceil(bottom)) + 1
    return lo + float(np.argmax(ink[lo:hi, int(round(x))]))


def test_the_smile_shows_in_the_pixels() -> None:
    """A smiling mouth's corners are drawn higher up than its middle; a frown's lower."""
    X, _, drawn = make_faces(60, seed=4, details=True)
    checked = 0
    for picture, info in zip(X, drawn, strict=True):
        ink = np.abs(picture.astype(float).mean(axis=-1) - float(np.mean(info["face_colour"])))
        mx, my = info["mouth_centre"]
        bend = info["mouth_bend"]
        top, bottom = my - max(bend, 0) - 3, my + max(-bend, 0) + 3
        reach = 0.85 * info["mouth_half_width"]
        corners = (_ink_row(ink, mx - reach, top, bottom)
                   + _ink_row(ink, mx + reach, top, bottom)) / 2
        middle = _ink_row(ink, mx, top, bottom)
        if bend > 3:
            assert corners < middle
            checked += 1
        elif bend < -3:
            assert corners > middle
            checked += 1
    assert checked > 20
