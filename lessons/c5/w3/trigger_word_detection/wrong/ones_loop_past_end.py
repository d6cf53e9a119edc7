def insert_ones(y, segment_end_ms):
    T_y = y.shape[1]
    y = y.copy()
    segment_end_y = int(segment_end_ms * T_y / 10000.0)
    for i in range(segment_end_y + 1, segment_end_y + 51):
        y[0, i] = 1
    return y
