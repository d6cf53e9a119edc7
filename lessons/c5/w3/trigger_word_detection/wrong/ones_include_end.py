def insert_ones(y, segment_end_ms):
    T_y = y.shape[1]
    y = y.copy()
    segment_end_y = int(segment_end_ms * T_y / 10000.0)
    y[0, segment_end_y:min(segment_end_y + 50, T_y)] = 1
    return y
