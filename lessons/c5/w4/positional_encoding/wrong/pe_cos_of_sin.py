import numpy as np


def positional_encoding(positions, d):
    angles = get_angles(np.arange(positions)[:, np.newaxis],  # noqa: F821
                        np.arange(d)[np.newaxis, :], d)
    angles[:, 0::2] = np.sin(angles[:, 0::2])
    angles[:, 1::2] = np.cos(angles[:, 0::2])
    return angles
