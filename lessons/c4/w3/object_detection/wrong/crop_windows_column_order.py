import numpy as np


def crop_windows(image, window_hw, stride):
    H, W, _ = image.shape
    h, w = window_hw
    crops = []
    for left in range(0, W - w + 1, stride):
        for top in range(0, H - h + 1, stride):
            crops.append(image[top:top + h, left:left + w, :])
    return np.array(crops).reshape(-1, h, w, image.shape[2])
