import numpy as np


def frame_signal(x, frame_length, hop):
    n_frames = 1 + (len(x) - frame_length) // hop
    return np.stack([x[i * frame_length:i * frame_length + frame_length] for i in range(n_frames)])
