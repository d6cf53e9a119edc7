"""Hidden tests: random lengths, hops that do not divide evenly, chirps and pure tones."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("n,L,hop", [(1000, 64, 16), (1003, 50, 7), (441000, 200, 80), (256, 256, 10), (99, 20, 20)])
def test_spectrogram_shape_cases(n, L, hop):
    """n_freqs = L // 2 + 1 (rfft keeps the non-negative frequencies); n_frames = 1 + (n - L) // hop whole frames."""
    expect(tuple(int(v) for v in sub.spectrogram_shape(n, L, hop)), (L // 2 + 1, 1 + (n - L) // hop),
           f"spectrogram_shape({n}, {L}, {hop})")


@pytest.mark.parametrize("seed,n,L,hop", [(1, 103, 16, 5), (2, 64, 8, 8), (3, 250, 40, 13), (4, 30, 30, 4)])
def test_frame_signal_random(seed, n, L, hop):
    """Frame i starts at sample i*hop (NOT i*frame_length); keep every whole frame, the last one included."""
    x = np.random.default_rng(seed).normal(0, 1, n)
    n_frames = 1 + (n - L) // hop
    expected = np.array([x[i * hop:i * hop + L] for i in range(n_frames)])
    expect(sub.frame_signal(x.copy(), L, hop), expected, f"frame_signal(x, {L}, {hop})")


def test_frame_signal_last_frame_reaches_end():
    """When the hop divides evenly, the last frame ends exactly at the last sample."""
    x = np.arange(20.0)
    frames = np.asarray(sub.frame_signal(x.copy(), 8, 4))
    assert frames.shape == (4, 8), f"shape {frames.shape}, expected (n_frames, frame_length) = (4, 8)"
    expect(frames[-1], x[12:], "last frame")


@pytest.mark.parametrize("seed,n,L,hop", [(5, 300, 32, 12), (6, 517, 64, 20), (7, 90, 10, 3)])
def test_spectrogram_random(seed, n, L, hop):
    """Window every frame with np.hanning(frame_length), take np.abs(np.fft.rfft(..., axis=1)), and put frequencies in ROWS (.T)."""
    x = np.random.default_rng(seed).normal(0, 1, n)
    expected = reference().spectrogram(x.copy(), L, hop)
    expect(sub.spectrogram(x.copy(), L, hop), expected, f"spectrogram(x, {L}, {hop})")


def test_spectrogram_tone_peaks_at_its_bin():
    """A pure tone of k cycles per frame puts its peak in row k of every column."""
    n = np.arange(400)
    L, k = 32, 5
    x = np.cos(2 * np.pi * k * n / L)
    spec = np.asarray(sub.spectrogram(x, L, 16))
    assert spec.shape == (L // 2 + 1, 1 + (400 - L) // 16), f"shape {spec.shape}"
    assert np.all(np.argmax(spec, axis=0) == k), "every column should peak at frequency bin 5"


def test_spectrogram_chirp_rises():
    """In a rising chirp the loudest frequency bin moves up from the first column to the last."""
    t = np.linspace(0, 1, 4000, endpoint=False)
    x = np.sin(2 * np.pi * (100 * t + 700 * t ** 2))
    expected = reference().spectrogram(x.copy(), 128, 64)
    spec = np.asarray(sub.spectrogram(x.copy(), 128, 64))
    expect(spec, expected, "spectrogram(chirp, 128, 64)")
    peaks = np.argmax(spec, axis=0)
    assert peaks[-1] > peaks[0] + 10, "the peak frequency should rise over time"
