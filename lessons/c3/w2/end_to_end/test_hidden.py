"""Hidden tests: pipelines of several lengths, images and boxes of several non-square shapes
compared with a plain double loop, galleries of several sizes, and the whole turnstile."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("x, n_stages", [(2.0, 1), (-1.5, 4), (7.0, 6)])
def test_run_pipeline_matches_reference(x, n_stages):
    """Start the list with x; each stage is applied to the output of the stage before it, in
    the order given, and its output is appended."""
    stages = [lambda v, a=a: a * v + 1 for a in range(2, 2 + n_stages)]
    expect(sub.run_pipeline(x, stages), reference().run_pipeline(x, stages),
           f"run_pipeline({x}, {n_stages} stages)")


def test_run_pipeline_chains_stages():
    """Stage t receives the output of stage t - 1, not the original input x."""
    rep = sub.run_pipeline("audio", [lambda s: s + ">features", lambda s: s + ">phonemes",
                                     lambda s: s + ">words"])
    expect(rep, ["audio", "audio>features", "audio>features>phonemes",
                 "audio>features>phonemes>words"], "run_pipeline('audio', ...)")


def test_run_pipeline_order_matters():
    """The stages run first to last, in the order of the list: (v - 10) then v * 3, not v * 3
    then v - 10."""
    rep = sub.run_pipeline(1, [lambda v: v - 10, lambda v: v * 3])
    expect(rep, [1, -9, -27], "run_pipeline(1, [v - 10, v * 3])")


def test_run_pipeline_end_to_end_is_one_stage():
    """An end-to-end model is a pipeline of a single stage: [x, model(x)]. With no stage at all
    the list holds only x."""
    expect(sub.run_pipeline(5, [lambda v: v * v]), [5, 25], "run_pipeline(5, [model])")
    expect(sub.run_pipeline(5, []), [5], "run_pipeline(5, [])")


def crop_by_loop(image, box, size):
    top, left, height, width = box
    out = np.zeros((size, size), dtype=image.dtype)
    for r in range(size):
        for c in range(size):
            out[r, c] = image[top + (r * height) // size, left + (c * width) // size]
    return out


CROPS = [((10, 14), (2, 3, 6, 9), 4), ((9, 7), (0, 0, 9, 7), 5), ((12, 20), (5, 1, 7, 3), 7),
         ((8, 8), (3, 2, 5, 4), 3)]


@pytest.mark.parametrize("shape, box, size", CROPS)
def test_crop_and_zoom_matches_reference(shape, box, size):
    """zoomed[r, c] = image[top + (r * height) // size, left + (c * width) // size]: rows come
    from top and height, columns from left and width."""
    image = np.random.default_rng(sum(shape)).integers(0, 256, size=shape).astype(np.uint8)
    expected = reference().crop_and_zoom(image.copy(), box, size)
    expect(sub.crop_and_zoom(image, box, size), expected,
           f"crop_and_zoom(image {shape}, {box}, {size})")


@pytest.mark.parametrize("shape, box, size", CROPS)
def test_crop_and_zoom_by_loop(shape, box, size):
    """Compared with a double loop over the output pixels. A 2-D result needs every (row,
    column) pair: index with rows[:, None] and cols[None, :], not image[rows, cols]."""
    image = np.random.default_rng(7 * sum(shape)).normal(size=shape)
    expected = crop_by_loop(image, box, size)
    expect(sub.crop_and_zoom(image, box, size), expected,
           f"crop_and_zoom(image {shape}, {box}, {size})")


def test_crop_and_zoom_stays_in_the_box():
    """Every pixel comes from inside the box: in a zero image with a box of ones, the zoomed face
    is all ones (the last row used is top + height - 1)."""
    image = np.zeros((10, 12))
    image[2:7, 3:11] = 1.0                         # the box (2, 3, 5, 8)
    expect(sub.crop_and_zoom(image, (2, 3, 5, 8), 6), np.ones((6, 6)),
           "crop_and_zoom of a box of ones")


def test_crop_and_zoom_same_size_is_a_crop():
    """When size equals the box's height and width, the zoomed face is exactly the crop."""
    image = np.arange(70).reshape(7, 10)
    expect(sub.crop_and_zoom(image, (1, 4, 5, 5), 5), image[1:6, 4:9],
           "crop_and_zoom(image, (1, 4, 5, 5), 5)")


def test_crop_and_zoom_keeps_dtype():
    """Pixels stay pixels: a uint8 image gives a uint8 face."""
    image = np.random.default_rng(3).integers(0, 256, size=(9, 9)).astype(np.uint8)
    zoomed = np.asarray(sub.crop_and_zoom(image, (1, 1, 6, 6), 4))
    assert zoomed.dtype == np.uint8, f"the face has dtype {zoomed.dtype}, expected uint8"


def gallery_and_faces(n, k, seed):
    rng = np.random.default_rng(seed)
    gallery = rng.random((n, k))
    faces = gallery[:, rng.integers(0, k, size=5)] + rng.normal(0, 0.05, size=(n, 5))
    return gallery, faces


@pytest.mark.parametrize("n, k, seed", [(16, 5, 1), (9, 12, 2), (30, 3, 3)])
def test_identify_matches_reference(n, k, seed):
    """The Euclidean distance from the face to each COLUMN of the gallery (sum over axis 0); the
    smallest wins if it is at most threshold, otherwise -1."""
    gallery, faces = gallery_and_faces(n, k, seed)
    for threshold in [0.05, 0.3, 1.0]:
        for i in range(faces.shape[1]):
            face = faces[:, i:i + 1]
            expected = reference().identify(face.copy(), gallery.copy(), threshold)
            expect(sub.identify(face, gallery, threshold), expected,
                   f"identify(face {i}, gallery {gallery.shape}, {threshold})")


def test_identify_exact_match():
    """An enrolled face, presented again, is identified even with threshold 0."""
    gallery, _ = gallery_and_faces(12, 6, 4)
    for j in range(6):
        expect(sub.identify(gallery[:, j:j + 1].copy(), gallery, 0.0), j, f"identify(column {j})")


def test_identify_nearest_not_farthest():
    """The match is the SMALLEST distance (np.argmin)."""
    gallery = np.array([[0.0, 10.0, 3.0], [0.0, 10.0, 4.0]])
    expect(sub.identify(np.array([[2.9], [4.1]]), gallery, 1.0), 2, "identify((2.9, 4.1))")


def test_identify_threshold_is_a_distance():
    """Compare the distance itself, with its square root, to the threshold: a face at distance
    0.8 is a stranger at threshold 0.7, and a face at exactly the threshold is accepted."""
    gallery = np.array([[0.0, 5.0], [0.0, 5.0]])
    expect(sub.identify(np.array([[0.8], [0.0]]), gallery, 0.7), -1,
           "identify(a face 0.8 away, threshold 0.7)")
    expect(sub.identify(np.array([[0.0], [0.5]]), gallery, 0.5), 0,
           "identify(a face 0.5 away, threshold 0.5)")


def test_identify_stranger_stays_out():
    """Someone far from every enrolled face gets -1: the nearest is not good enough."""
    gallery, _ = gallery_and_faces(10, 4, 5)
    expect(sub.identify(np.full((10, 1), 9.0), gallery, 0.5), -1, "identify(a stranger)")


def test_identify_returns_a_python_int():
    """who is a plain int (int(np.argmin(...))), so the gate can compare it with -1."""
    gallery, faces = gallery_and_faces(8, 3, 6)
    who = sub.identify(faces[:, :1], gallery, 1.0)
    assert type(who) is int, f"who is a {type(who).__name__}, expected int"


def test_identify_whole_turnstile():
    """The two-step pipeline with your functions: crop and zoom the face, flatten it into a
    column, identify it. The employee standing at the box is found."""
    rng = np.random.default_rng(8)
    faces = rng.random((4, 4, 3))                  # three employees' 4 x 4 faces
    gallery = faces.reshape(16, 3)
    camera = rng.random((20, 30)) * 0.1
    camera[5:13, 11:19] = np.kron(faces[:, :, 2], np.ones((2, 2)))   # employee 2, twice as big
    stages = [lambda im: sub.crop_and_zoom(im, (5, 11, 8, 8), 4), lambda f: f.reshape(-1, 1),
              lambda v: sub.identify(v, gallery, 0.1)]
    expect(sub.run_pipeline(camera, stages)[-1], 2, "the turnstile's answer")
