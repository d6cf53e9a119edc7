"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_num_windows_example():
    expect(sub.num_windows((100, 160), (40, 40), 20), 28, "num_windows((100, 160), (40, 40), 20)")
    expect(sub.num_windows((100, 160), (40, 40), 4), 496, "num_windows((100, 160), (40, 40), 4)")


def test_crop_windows_small_image():
    image = np.arange(20).reshape(4, 5, 1)
    expected = np.array([[[0, 1, 2], [5, 6, 7]], [[2, 3, 4], [7, 8, 9]],
                         [[10, 11, 12], [15, 16, 17]], [[12, 13, 14], [17, 18, 19]]])[..., None]
    expect(sub.crop_windows(image, (2, 3), 2), expected, "crop_windows(image, (2, 3), 2)")


def test_total_windows_example():
    expect(sub.total_windows((100, 160), [40, 80, 120], 20), 38,
           "total_windows((100, 160), [40, 80, 120], 20)")
