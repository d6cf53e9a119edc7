def insert_ones(y, segment_end_ms):
    y = y.copy()
    segment_end_y = int(segment_end_ms * 1375 / 10000.0)
    y[0, segment_end_y + 1:segment_end_y + 51] = 1
    return y
