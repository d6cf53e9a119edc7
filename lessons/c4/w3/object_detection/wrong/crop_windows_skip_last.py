import numpy as np


def crop_windows(image, window_hw, stride):
    H, W, _ = image.shape
    h, w = window_hw
    crops = []
    for top in range(0, H - h, stride):
        for left in range(0, W - w, stride):
            crops.append(image[top:top + h, left:left + w, :])
    return np.array(crops).reshape(-1, h, w, image.shape[2])
