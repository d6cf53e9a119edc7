def count_windows(image_size, window_sizes, stride):
    H, W = image_size
    total = 0
    for f in window_sizes:
        if f > H or f > W:
            continue
        total += ((H - f) // stride + 1) ** 2
    return total
