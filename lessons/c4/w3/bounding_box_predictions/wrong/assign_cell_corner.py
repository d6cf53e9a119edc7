import numpy as np


def assign_cell(box, image_hw, grid_size):
    H, W = image_hw
    row = min(int(np.floor(box[1] / H * grid_size)), grid_size - 1)
    col = min(int(np.floor(box[0] / W * grid_size)), grid_size - 1)
    return (row, col)
