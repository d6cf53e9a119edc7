"""The six-class Fashion-MNIST set that stands in for SIGNS: layout, balance and provenance."""

from __future__ import annotations

import h5py
import numpy as np
import pytest

from data import fashion_six
from data.fashion_shirts import SOURCE_DIR
from data.fashion_six import CLASS_NAMES, DATA_FILE, load_dataset


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


def test_shapes_and_dtypes(dataset) -> None:
    train_x, train_y, test_x, test_y, classes = dataset
    assert train_x.shape == (1080, 64, 64, 3) and train_x.dtype == np.uint8
    assert test_x.shape == (120, 64, 64, 3) and test_x.dtype == np.uint8
    assert train_y.shape == (1, 1080) and train_y.dtype == np.int64
    assert test_y.shape == (1, 120) and test_y.dtype == np.int64
    assert classes.shape == (6,)


def test_file_keys_and_label_layout() -> None:
    with h5py.File(DATA_FILE, "r") as f:
        assert set(f) == {"train_set_x", "train_set_y", "test_set_x", "test_set_y",
                          "list_classes"}
        assert f["train_set_y"].shape == (1080,) and f["test_set_y"].shape == (120,)


def test_every_class_is_equally_represented(dataset) -> None:
    _, train_y, _, test_y, _ = dataset
    assert np.bincount(train_y[0], minlength=6).tolist() == [180] * 6
    assert np.bincount(test_y[0], minlength=6).tolist() == [20] * 6


def test_labels_are_shuffled(dataset) -> None:
    _, train_y, _, test_y, _ = dataset
    for y in (train_y[0], test_y[0]):
        assert not np.all(np.diff(y) >= 0), "labels should not come sorted by class"


def test_class_names(dataset) -> None:
    classes = dataset[4]
    assert [c.decode() for c in classes] == list(CLASS_NAMES)
    assert CLASS_NAMES == ("T-shirt", "trouser", "pullover", "dress", "coat", "sandal")


def test_pictures_are_grey_over_three_channels(dataset) -> None:
    for x in (dataset[0], dataset[2]):
        assert np.array_equal(x[..., 0], x[..., 1]) and np.array_equal(x[..., 0], x[..., 2])


def test_pictures_look_like_photos(dataset) -> None:
    train_x = dataset[0]
    assert train_x.min() == 0 and train_x.max() == 255
    # Fashion-MNIST products sit on a black background: the corners are dark.
    assert train_x[:, :4, :4].mean() < 10
    # No blank pictures.
    assert (train_x.reshape(1080, -1).std(axis=1) > 10).all()


def test_no_test_picture_is_a_training_picture(dataset) -> None:
    train_x, _, test_x, _, _ = dataset
    seen = {x.tobytes() for x in train_x[..., 0]}
    assert not any(x.tobytes() in seen for x in test_x[..., 0])


def test_file_stays_small() -> None:
    assert DATA_FILE.stat().st_size < 6_000_000


@pytest.mark.skipif(not (SOURCE_DIR / "t10k-labels-idx1-ubyte.gz").exists(),
                    reason="Debian's dataset-fashion-mnist is not installed")
def test_build_reproduces_the_shipped_file(dataset, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(fashion_six, "DATA_FILE", tmp_path / "six.h5")
    fashion_six.build()
    rebuilt = fashion_six.load_dataset()
    for shipped, again in zip(dataset, rebuilt, strict=True):
        assert np.array_equal(shipped, again)
