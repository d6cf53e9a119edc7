import numpy as np


def relative_box(box, image_hw, grid_size):
    H, W = image_hw
    bx = (box[0] + box[2]) / 2 / W
    by = (box[1] + box[3]) / 2 / H
    bh = (box[3] - box[1]) / H
    bw = (box[2] - box[0]) / W
    return np.array([bx, by, bh, bw], dtype=float)
