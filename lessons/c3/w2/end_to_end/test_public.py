"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

IMAGE = np.arange(48).reshape(6, 8)        # a 6 x 8 grey "camera image" holding 0..47
GALLERY = np.array([[0.0, 1.0, 0.0],       # three enrolled faces of 4 pixels, as columns
                    [0.0, 1.0, 1.0],
                    [1.0, 0.0, 1.0],
                    [1.0, 0.0, 0.0]])


def test_run_pipeline_example():
    stages = [lambda v: v + 1, lambda v: 2 * v, lambda v: v ** 2]
    expect(sub.run_pipeline(3, stages), [3, 4, 8, 64], "run_pipeline(3, [+1, *2, **2])")


def test_crop_and_zoom_example():
    expect(sub.crop_and_zoom(IMAGE, (1, 2, 4, 6), 3),
           np.array([[10, 12, 14], [18, 20, 22], [26, 28, 30]]),
           "crop_and_zoom(IMAGE, (1, 2, 4, 6), 3)")


def test_identify_employee():
    expect(sub.identify(np.array([[0.9], [0.8], [0.1], [0.0]]), GALLERY, 0.5), 1,
           "identify([0.9, 0.8, 0.1, 0.0], GALLERY, 0.5)")


def test_identify_stranger():
    expect(sub.identify(np.full((4, 1), 0.5), GALLERY, 0.5), -1,
           "identify([0.5, 0.5, 0.5, 0.5], GALLERY, 0.5)")
