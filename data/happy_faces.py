"""Drawn faces that smile or do not: the stand-in for the course's "Happy House" pictures.

The Happy House photographs (C4W1, "Convolutional Neural Networks: Application") cannot be
shipped, so this module draws its own, with seeded numpy code and nothing else. Every picture is
64x64x3 uint8, like the course's:

- a background of a random colour with a gentle gradient, and up to two random rectangles
  behind the face (clutter, so that colour alone tells nothing);
- a face: a filled, slightly oval disc of a random colour and size (radius 15 to 23 pixels),
  always clearly different from the background, roughly centred like a framed portrait (the
  centre strays up to 3 pixels each way);
- two dark eyes of random size and spacing;
- a mouth: a thick arc under the eyes. Label 1 ("happy") when the arc bends UP at the corners
  (a smile); label 0 when it is flat or bends DOWN (half of the unhappy faces each). A small
  random tilt is added to every mouth, so a flat mouth is not perfectly level;
- Gaussian pixel noise of a random strength.

The only thing that decides the label is the shape of a small curve, never in quite the same
place (the face's size and position vary): a job for convolutions, which find local patterns
wherever they are. The framing is kept loose but not wild on purpose: happyModel's last layer
is one Dense unit over every position of its feature maps, and with 600 pictures it learns the
smile reliably only when the mouth is roughly where it was in the training faces (as in the
course's portraits).

Nothing is stored on disk: ``load_happy_dataset()`` draws the 600 training and 150 test faces
(in well under a second) and keeps them in memory. The same seed always gives the same pictures.

- ``make_faces(m, seed, details=False)``: X (m, 64, 64, 3) uint8 and Y (m, 1) int64 (half of
  the faces happy, in random order); with ``details=True`` also a list of dicts describing each
  drawing (face centre and radius, mouth centre and bend) for tests and explanations.
- ``load_happy_dataset(seed=1)``: the course's five values, ``train_set_x`` (600, 64, 64, 3),
  ``train_set_y`` (1, 600), ``test_set_x`` (150, 64, 64, 3), ``test_set_y`` (1, 150) and
  ``classes`` (names as bytes), labels as ROWS like the course's loader, so the notebook's
  ``Y_train = Y_train_orig.T`` gives (600, 1).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

#: Sizes of the course's files.
TRAIN_M = 600
TEST_M = 150
SIZE = 64
#: Label -> name.
CLASS_NAMES = ("not happy", "happy")
#: Face radius range, in pixels, and how far the face centre may stray from the picture's
#: centre (like a photographer's framing: faces are roughly, not exactly, centred).
RADIUS = (15.0, 23.0)
JITTER = 3.0
#: Mouth bend (vertical distance between the middle of the mouth and its corners), as a share
#: of the face radius. Positive: the corners are higher (a smile).
SMILE_BEND = (0.16, 0.30)
FROWN_BEND = (-0.28, -0.14)
FLAT_BEND = (-0.035, 0.035)

_ROWS, _COLS = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)


def _coverage(distance_inside: np.ndarray) -> np.ndarray:
    """Anti-aliased coverage in [0, 1] from a signed distance (positive inside, in pixels)."""
    return np.clip(distance_inside + 0.5, 0.0, 1.0)[..., None]


def _paint(image: np.ndarray, alpha: np.ndarray, colour: np.ndarray) -> None:
    image *= 1.0 - alpha
    image += alpha * colour


def _contrasting_colour(rng: np.random.Generator, against: np.ndarray,
                        min_distance: float) -> np.ndarray:
    for _ in range(100):
        colour = rng.uniform(40, 255, 3)
        if np.linalg.norm(colour - against) >= min_distance:
            return colour
    return 255.0 - against


def _background(rng: np.random.Generator) -> np.ndarray:
    base = rng.uniform(0, 255, 3)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * (_COLS - 32) + np.sin(angle) * (_ROWS - 32)) / 32
    image = base + rng.uniform(10, 45) * ramp[..., None] * rng.choice([-1.0, 1.0], 3)
    for _ in range(rng.integers(0, 3)):
        top, left = rng.integers(0, SIZE - 8, 2)
        height, width = rng.integers(6, 28, 2)
        image[top:top + height, left:left + width] = rng.uniform(0, 255, 3)
    return image


def _mouth_alpha(cx: float, cy: float, half_width: float, bend: float, tilt: float,
                 thickness: float) -> np.ndarray:
    """Coverage of a thick arc y(u) = cy - bend * u^2 + tilt * u * half_width, u in [-1, 1]."""
    u = np.linspace(-1.0, 1.0, 41)
    xs = cx + u * half_width
    ys = cy - bend * u ** 2 + tilt * u * half_width
    top, bottom = int(max(ys.min() - 4, 0)), int(min(ys.max() + 5, SIZE))
    left, right = int(max(xs.min() - 4, 0)), int(min(xs.max() + 5, SIZE))
    rows, cols = _ROWS[top:bottom, left:right], _COLS[top:bottom, left:right]
    d2 = (rows[..., None] - ys) ** 2 + (cols[..., None] - xs) ** 2
    alpha = np.zeros((SIZE, SIZE, 1))
    alpha[top:bottom, left:right] = _coverage(thickness - np.sqrt(d2.min(axis=-1)))
    return alpha


def _draw(rng: np.random.Generator, happy: bool) -> tuple[np.ndarray, dict]:
    image = _background(rng)
    radius = rng.uniform(*RADIUS)
    stretch = rng.uniform(1.0, 1.15)
    margin = radius * stretch + 1
    centre = (SIZE - 1) / 2
    cx = np.clip(centre + rng.uniform(-JITTER, JITTER), radius + 1, SIZE - 2 - radius)
    cy = np.clip(centre + rng.uniform(-JITTER, JITTER), margin, SIZE - 1 - margin)
    face = _contrasting_colour(rng, image[int(cy), int(cx)], 120.0)
    ellipse = np.sqrt(((_COLS - cx) / radius) ** 2 + ((_ROWS - cy) / (radius * stretch)) ** 2)
    _paint(image, _coverage((1.0 - ellipse) * radius), face)

    ink = rng.uniform(0, 70, 3) if face.mean() > 110 else rng.uniform(200, 255, 3)
    eye_dx, eye_dy = radius * rng.uniform(0.28, 0.42), radius * rng.uniform(0.15, 0.35)
    eye_r = radius * rng.uniform(0.09, 0.15)
    for side in (-1, 1):
        d = np.sqrt((_COLS - cx - side * eye_dx) ** 2 + (_ROWS - cy + eye_dy) ** 2)
        _paint(image, _coverage(eye_r - d), ink)

    if happy:
        share = rng.uniform(*SMILE_BEND)
    elif rng.random() < 0.5:
        share = rng.uniform(*FLAT_BEND)
    else:
        share = rng.uniform(*FROWN_BEND)
    bend = share * radius
    mouth_x = cx + rng.uniform(-1.5, 1.5)
    mouth_y = cy + radius * rng.uniform(0.38, 0.52) + max(bend, 0) / 2
    half_width = radius * rng.uniform(0.32, 0.5)
    tilt = rng.uniform(-0.08, 0.08)
    thickness = rng.uniform(1.0, 1.9)
    _paint(image, _mouth_alpha(mouth_x, mouth_y, half_width, bend, tilt, thickness), ink)

    image += rng.normal(0.0, rng.uniform(3, 14), image.shape)
    details = {"happy": happy, "face_centre": (cx, cy), "radius": radius,
               "face_colour": face, "mouth_centre": (mouth_x, mouth_y),
               "mouth_bend": bend, "mouth_half_width": half_width}
    return np.clip(np.rint(image), 0, 255).astype(np.uint8), details


def make_faces(m: int, seed: int = 1, details: bool = False):
    """m drawn faces: X (m, 64, 64, 3) uint8 and Y (m, 1) int64, half of them happy (label 1).

    With ``details=True`` a third value lists, per face, how it was drawn: ``happy``,
    ``face_centre`` (x, y), ``radius``, ``face_colour``, ``mouth_centre`` (x, y),
    ``mouth_bend`` (pixels; > 0 means the corners are higher, a smile) and
    ``mouth_half_width``. The global numpy random state is left alone.
    """
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(m) < (m + 1) // 2)[:, None].astype(np.int64)
    X = np.empty((m, SIZE, SIZE, 3), dtype=np.uint8)
    drawn = []
    for i in range(m):
        X[i], info = _draw(rng, bool(labels[i, 0]))
        drawn.append(info)
    return (X, labels, drawn) if details else (X, labels)


@lru_cache(maxsize=4)
def _splits(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    train_seed, test_seed = np.random.SeedSequence(seed).generate_state(2)
    X_train, Y_train = make_faces(TRAIN_M, int(train_seed))
    X_test, Y_test = make_faces(TEST_M, int(test_seed))
    for array in (X_train, Y_train, X_test, Y_test):
        array.setflags(write=False)
    return X_train, Y_train, X_test, Y_test


def load_happy_dataset(seed: int = 1):
    """train_set_x (600, 64, 64, 3), train_set_y (1, 600), test_set_x (150, 64, 64, 3),
    test_set_y (1, 150), classes (2,) bytes: the course loader's values (labels as rows).

    Fresh, writable copies on every call; the drawing itself is cached per seed.
    """
    X_train, Y_train, X_test, Y_test = _splits(int(seed))
    classes = np.array([name.encode() for name in CLASS_NAMES])
    return X_train.copy(), Y_train.T.copy(), X_test.copy(), Y_test.T.copy(), classes


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    x_train, y_train, x_test, y_test, names = load_happy_dataset()
    print(f"{x_train.shape} {y_train.shape} {x_test.shape} {y_test.shape} {names} "
          f"in {time.perf_counter() - start:.2f} s; happy share {y_train.mean():.2f}")
