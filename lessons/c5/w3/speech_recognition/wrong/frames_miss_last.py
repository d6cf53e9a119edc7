import numpy as np


def frame_signal(x, frame_length, hop):
    n_frames = (len(x) - frame_length) // hop
    return np.stack([x[i * hop:i * hop + frame_length] for i in range(n_frames)])
