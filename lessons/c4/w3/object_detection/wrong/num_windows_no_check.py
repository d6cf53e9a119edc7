def num_windows(image_hw, window_hw, stride):
    H, W = image_hw
    h, w = window_hw
    return int(((H - h) // stride + 1) * ((W - w) // stride + 1))
