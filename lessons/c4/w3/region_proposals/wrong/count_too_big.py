def count_windows(image_size, window_sizes, stride):
    H, W = image_size
    total = 0
    for f in window_sizes:
        total += ((H - f) // stride + 1) * ((W - f) // stride + 1)
    return total
