"""Trigger word detection: labels for a 10-second clip, and non-overlapping inserts.

Times are in milliseconds within a 10,000 ms clip. A segment is a tuple (start_ms, end_ms),
both ends included. y has shape (1, T_y): one label per output step of the model.
"""

import numpy as np  # noqa: F401 (available to your code)


def is_overlapping(segment_time, previous_segments):
    """Does segment_time overlap any of the previous segments (ends included)?

    Arguments:
    segment_time -- tuple (start_ms, end_ms)
    previous_segments -- list of tuples (start_ms, end_ms)

    Returns:
    overlap -- bool, True if it shares at least one millisecond with any previous segment
    """
    segment_start, segment_end = segment_time
    # YOUR CODE STARTS HERE
    # stub: overlap = None
    overlap = False
    for previous_start, previous_end in previous_segments:
        if segment_start <= previous_end and segment_end >= previous_start:
            overlap = True
    # YOUR CODE ENDS HERE
    return overlap


def insert_ones(y, segment_end_ms):
    """Label the 50 output steps right after the end of an "activate" as 1.

    Arguments:
    y -- numpy array of shape (1, T_y), the labels so far
    segment_end_ms -- int, where the word ends in the 10,000 ms clip

    Returns:
    y -- numpy array of shape (1, T_y): steps segment_end_y + 1 .. segment_end_y + 50 set to 1
         (those that exist), where segment_end_y = int(segment_end_ms * T_y / 10000)
    """
    T_y = y.shape[1]
    y = y.copy()
    # YOUR CODE STARTS HERE
    # stub: pass
    segment_end_y = int(segment_end_ms * T_y / 10000.0)
    y[0, segment_end_y + 1:min(segment_end_y + 51, T_y)] = 1
    # YOUR CODE ENDS HERE
    return y
