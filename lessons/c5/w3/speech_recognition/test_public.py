"""Public tests: the eight-sample example and the course's 10-second clip."""

import numpy as np

import submission as sub
from engine.testkit import expect

X = np.arange(8.0)


def test_spectrogram_shape_example():
    expect(sub.spectrogram_shape(441000, 200, 80), (101, 5511), "spectrogram_shape(441000, 200, 80)")
    expect(sub.spectrogram_shape(8, 4, 2), (3, 3), "spectrogram_shape(8, 4, 2)")


def test_frame_signal_example():
    expect(sub.frame_signal(X.copy(), 4, 2), np.array([[0.0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7]]),
           "frame_signal(arange(8), 4, 2)")


def test_spectrogram_example():
    expect(sub.spectrogram(X.copy(), 4, 2),
           np.array([[2.25, 5.25, 8.25], [1.67705098, 3.75, 5.85768726], [0.75, 0.75, 0.75]]),
           "spectrogram(arange(8), 4, 2)")
