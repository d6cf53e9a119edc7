"""A six-class picture set in the layout of the course's SIGNS data (hand signs for 0 to 5).

The SIGNS photographs cannot be shipped, so this set keeps their shapes and keys with real
photographs from Fashion-MNIST (Zalando, MIT licence): its first six classes, T-shirt,
trouser, pullover, dress, coat and sandal, labelled 0 to 5. Each 28x28 grey picture is
upsampled bilinearly to 64x64 and repeated over 3 channels (the function of
`data.fashion_shirts`), so a picture is 12,288 numbers, as in the course.

File layout (`fashion/six.h5`, one gzip chunk per picture):

- `train_set_x` (1080, 64, 64, 3) uint8, `train_set_y` (1080,) int64: 180 per class, drawn
  from Fashion-MNIST's training file;
- `test_set_x` (120, 64, 64, 3) uint8, `test_set_y` (120,) int64: 20 per class, drawn from
  Fashion-MNIST's test file, so no test picture was ever a training picture;
- `list_classes` (6,) bytes: the class names, index = label.

`load_dataset()` returns the labels as rows, shape (1, m), like the course's loader; reading the
file with h5py gives them as (m,), which is what `tf.data.Dataset.from_tensor_slices` wants.
`build()` regenerates the file from Debian's dataset-fashion-mnist package.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from data.fashion_shirts import _read_idx, _upsample

DATA_FILE = Path(__file__).resolve().parent / "fashion" / "six.h5"
#: Label -> name; Fashion-MNIST's classes 0 to 5 keep their numbers.
CLASS_NAMES = ("T-shirt", "trouser", "pullover", "dress", "coat", "sandal")
#: Pictures per class in each split, and the Fashion-MNIST file each split is drawn from.
SPLITS = {"train": (180, "train"), "test": (20, "t10k")}


def load_dataset() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """train_set_x (1080, 64, 64, 3), train_set_y (1, 1080), test_set_x (120, 64, 64, 3),
    test_set_y (1, 120), classes (6,) bytes, as the course's loader returns them."""
    import h5py

    with h5py.File(DATA_FILE, "r") as f:
        return (f["train_set_x"][:], f["train_set_y"][:].reshape(1, -1), f["test_set_x"][:],
                f["test_set_y"][:].reshape(1, -1), f["list_classes"][:])


def _pick(labels: np.ndarray, per_class: int, rng: np.random.Generator) -> np.ndarray:
    """per_class random indices of each class 0..5, shuffled together."""
    chosen = [rng.choice(np.flatnonzero(labels == c), size=per_class, replace=False)
              for c in range(len(CLASS_NAMES))]
    return rng.permutation(np.concatenate(chosen))


def build(seed: int = 1) -> None:
    """Regenerate data/fashion/six.h5 (needs Debian's dataset-fashion-mnist)."""
    import h5py

    rng = np.random.default_rng(seed)
    DATA_FILE.parent.mkdir(exist_ok=True)
    with h5py.File(DATA_FILE, "w") as f:
        for split, (per_class, source) in SPLITS.items():
            images = _read_idx(f"{source}-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28)
            labels = _read_idx(f"{source}-labels-idx1-ubyte.gz", 8)
            pick = _pick(labels, per_class, rng)
            f.create_dataset(f"{split}_set_x", data=_upsample(images[pick]),
                             chunks=(1, 64, 64, 3), compression="gzip", compression_opts=9)
            f.create_dataset(f"{split}_set_y", data=labels[pick].astype(np.int64))
        f.create_dataset("list_classes", data=np.array([n.encode() for n in CLASS_NAMES]))


if __name__ == "__main__":
    build()
    print(f"wrote {DATA_FILE} ({DATA_FILE.stat().st_size} bytes)")
