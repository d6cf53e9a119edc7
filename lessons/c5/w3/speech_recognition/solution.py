"""A spectrogram with numpy: cut the audio into overlapping frames, window them, take |FFT|.

x -- 1-D numpy array of audio samples, shape (n_samples,)
frame_length -- samples per frame (the FFT size); hop -- samples between two frame starts
"""

import numpy as np


def spectrogram_shape(n_samples, frame_length, hop):
    """Shape of the spectrogram of n_samples samples (frequencies first, like the course's (101, 5511)).

    Arguments:
    n_samples, frame_length, hop -- positive ints, n_samples >= frame_length

    Returns:
    shape -- tuple (n_freqs, n_frames) of ints: n_freqs = frame_length // 2 + 1,
             n_frames = 1 + (n_samples - frame_length) // hop
    """
    # YOUR CODE STARTS HERE
    # stub: shape = None
    n_freqs = frame_length // 2 + 1
    n_frames = 1 + (n_samples - frame_length) // hop
    shape = (n_freqs, n_frames)
    # YOUR CODE ENDS HERE
    return shape


def frame_signal(x, frame_length, hop):
    """Cut x into overlapping frames.

    Arguments:
    x -- numpy array of shape (n_samples,)
    frame_length -- int, samples per frame
    hop -- int, distance between the starts of two consecutive frames

    Returns:
    frames -- numpy array of shape (n_frames, frame_length); frame i is x[i*hop : i*hop + frame_length].
              Only whole frames: n_frames = 1 + (n_samples - frame_length) // hop
    """
    # YOUR CODE STARTS HERE
    # stub: frames = None
    n_frames = 1 + (len(x) - frame_length) // hop
    frames = np.stack([x[i * hop:i * hop + frame_length] for i in range(n_frames)])
    # YOUR CODE ENDS HERE
    return frames


def spectrogram(x, frame_length, hop):
    """Magnitude spectrogram of x.

    Arguments:
    x -- numpy array of shape (n_samples,)
    frame_length, hop -- ints, as in frame_signal

    Returns:
    spec -- numpy array of shape (frame_length // 2 + 1, n_frames): column i holds
            |rfft(hanning window * frame i)|
    """
    # YOUR CODE STARTS HERE
    # stub: spec = None
    frames = frame_signal(x, frame_length, hop)
    windowed = frames * np.hanning(frame_length)
    spec = np.abs(np.fft.rfft(windowed, axis=1)).T
    # YOUR CODE ENDS HERE
    return spec
