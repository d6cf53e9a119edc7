def is_overlapping(segment_time, previous_segments):
    segment_start, segment_end = segment_time
    for previous_start, previous_end in previous_segments:
        if previous_start <= segment_start <= previous_end:
            return True
    return False
