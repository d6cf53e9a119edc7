"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

CLEAN = np.array([[1.0, 2.0], [-1.0, -2.0], [1.0, 2.0], [-1.0, -2.0]])
NOISE = np.array([[0.5, 0.5], [0.5, 0.5], [-0.5, -0.5], [-0.5, -0.5]])


def test_mix_at_snr_example():
    expect(sub.mix_at_snr(CLEAN, NOISE, 20),
           np.array([[1.1, 2.2], [-0.9, -1.8], [0.9, 1.8], [-1.1, -2.2]]),
           "mix_at_snr(clean, noise, 20)")


def test_mix_at_snr_zero_db():
    expect(sub.mix_at_snr(CLEAN, NOISE, 0),
           np.array([[2.0, 4.0], [0.0, 0.0], [0.0, 0.0], [-2.0, -4.0]]),
           "mix_at_snr(clean, noise, 0)")


def test_synthesize_example():
    clean = np.tile(np.array([[1.0], [-1.0], [1.0], [-1.0]]), (1, 4))
    bank = np.array([[0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [-0.5, -0.5, 0.5], [-0.5, 0.5, 0.5]])
    mixed, noise_ids = sub.synthesize(clean, bank, 20, seed=0)
    expect(noise_ids, np.array([2, 1, 1, 0]), "noise_ids")
    expect(mixed, np.array([[1.1, 1.1, 1.1, 1.1], [-0.9, -1.1, -1.1, -0.9],
                            [1.1, 0.9, 0.9, 0.9], [-0.9, -0.9, -0.9, -1.1]]), "mixed")


def test_background_reuse_example():
    expect(sub.background_reuse([3, 3, 7, 3, 0, 7]), (3, 2.0, 0.5),
           "background_reuse([3, 3, 7, 3, 0, 7])")
