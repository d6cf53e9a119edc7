def is_overlapping(segment_time, previous_segments):
    segment_start, segment_end = segment_time
    for previous_start, previous_end in previous_segments:
        if segment_start < previous_end and segment_end > previous_start:
            return True
    return False
