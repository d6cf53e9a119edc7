"""The image set of Course 1: "shirt" vs "non-shirt" photos, in the course's cat/non-cat layout.

The original assignment's cat pictures cannot be shipped, so we use real photographs from
Fashion-MNIST (Zalando, MIT licence): 28x28 grey product photos, upsampled to 64x64 and
repeated over 3 channels so every shape matches the course (12,288 features per image).
Positive class: "shirt". Negative: any of the other nine kinds (T-shirts, pullovers, coats,
trousers, dresses, sandals, sneakers, bags, ankle boots), a varied "everything else" like
the course's non-cats, and hard, because T-shirts, pullovers and coats look like shirts.

Layout (as lr_utils.load_dataset gave it): train_set_x (209, 64, 64, 3) uint8, train_set_y
(1, 209), test_set_x (50, 64, 64, 3), test_set_y (1, 50), classes [b'non-shirt', b'shirt'].
`build()` regenerates the shipped file from Debian's dataset-fashion-mnist package.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

DATA_FILE = Path(__file__).resolve().parent / "fashion" / "shirts.h5"
SOURCE_DIR = Path("/usr/share/datasets/fashion-mnist")
SHIRT = 6
SIZE = 64
#: (shirts, non-shirts) per split, the proportions of the course's cat/non-cat set.
SPLITS = {"train": (72, 137), "test": (33, 17)}


def load_dataset() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """train_set_x, train_set_y, test_set_x, test_set_y, classes, as in the course."""
    import h5py

    with h5py.File(DATA_FILE, "r") as f:
        return (f["train_set_x"][:], f["train_set_y"][:].reshape(1, -1), f["test_set_x"][:],
                f["test_set_y"][:].reshape(1, -1), f["classes"][:])


def _read_idx(name: str, offset: int) -> np.ndarray:
    return np.frombuffer(gzip.open(SOURCE_DIR / name).read(), np.uint8, offset=offset)


def _upsample(images: np.ndarray) -> np.ndarray:
    """Bilinear 28 -> 64, then grey repeated to RGB."""
    src = images.shape[1]
    pos = (np.arange(SIZE) + 0.5) * src / SIZE - 0.5
    lo = np.clip(np.floor(pos).astype(int), 0, src - 1)
    hi = np.clip(lo + 1, 0, src - 1)
    frac = np.clip(pos - lo, 0, 1)
    x = images.astype(float)
    rows = x[:, lo] * (1 - frac)[None, :, None] + x[:, hi] * frac[None, :, None]
    both = rows[:, :, lo] * (1 - frac) + rows[:, :, hi] * frac
    grey = np.clip(np.rint(both), 0, 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=3)


def build(seed: int = 1) -> None:
    """Regenerate data/fashion/shirts.h5 (needs Debian's dataset-fashion-mnist)."""
    import h5py

    images = _read_idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28)
    labels = _read_idx("train-labels-idx1-ubyte.gz", 8)
    rng = np.random.default_rng(seed)
    shirts = rng.permutation(np.flatnonzero(labels == SHIRT))
    others = rng.permutation(np.flatnonzero(labels != SHIRT))
    DATA_FILE.parent.mkdir(exist_ok=True)
    with h5py.File(DATA_FILE, "w") as f:
        for split, (n_pos, n_neg) in SPLITS.items():
            pick = np.concatenate([shirts[:n_pos], others[:n_neg]])
            shirts, others = shirts[n_pos:], others[n_neg:]
            pick = rng.permutation(pick)
            f.create_dataset(f"{split}_set_x", data=_upsample(images[pick]),
                             compression="gzip", compression_opts=9)
            f.create_dataset(f"{split}_set_y", data=(labels[pick] == SHIRT).astype(np.int64))
        f.create_dataset("classes", data=np.array([b"non-shirt", b"shirt"]))


if __name__ == "__main__":
    build()
    print(f"wrote {DATA_FILE} ({DATA_FILE.stat().st_size} bytes)")
