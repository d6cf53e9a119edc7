def is_overlapping(segment_time, previous_segments):
    segment_start, segment_end = segment_time
    overlap = False
    for previous_start, previous_end in previous_segments:
        overlap = segment_start <= previous_end and segment_end >= previous_start
    return overlap
