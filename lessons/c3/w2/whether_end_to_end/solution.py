"""Whether to use end-to-end deep learning: let the labelled data you have decide.

A data collection is a list of records (dicts). Each record holds some representations of one
example under names such as "image", "face" and "identity"; a representation nobody recorded is
either absent from the dict or None. Any other value, 0 and "" included, is real data.
Write the three functions between the YOUR CODE markers.
"""


def count_pairs(records, x_key, y_key):
    """How many training pairs (x, y) can be built from the records?

    Arguments:
    records -- a list of dicts
    x_key -- the name of the input representation, a string
    y_key -- the name of the output representation, a string

    Returns:
    n -- the number of records in which both x_key and y_key are present and not None, an int
    """
    # YOUR CODE STARTS HERE
    # stub: n = None
    n = 0
    for record in records:
        if record.get(x_key) is not None and record.get(y_key) is not None:
            n += 1
    # YOUR CODE ENDS HERE
    return n


def data_per_stage(records, keys):
    """The data available to an end-to-end model and to each stage of a pipeline.

    keys lists the representations of the pipeline in order, e.g. ["image", "face",
    "identity"]: stage t learns keys[t] -> keys[t + 1], and the end-to-end model learns
    keys[0] -> keys[-1] directly.

    Arguments:
    records -- a list of dicts
    keys -- the names of the representations, a list of at least 2 strings

    Returns:
    n_end_to_end -- the number of (keys[0], keys[-1]) pairs, an int
    stage_counts -- a list of len(keys) - 1 ints: the number of (keys[t], keys[t + 1]) pairs
    """
    # YOUR CODE STARTS HERE
    # stub: n_end_to_end = None
    # stub: stage_counts = None
    n_end_to_end = count_pairs(records, keys[0], keys[-1])
    stage_counts = [count_pairs(records, keys[t], keys[t + 1]) for t in range(len(keys) - 1)]
    # YOUR CODE ENDS HERE
    return n_end_to_end, stage_counts


def choose_approach(n_end_to_end, stage_counts, needed_end_to_end, needed_per_stage):
    """Pick the approach the data can support.

    "end-to-end" when there are at least needed_end_to_end pairs for the direct mapping; else
    "pipeline" when EVERY stage t has at least needed_per_stage[t] pairs; else
    "collect more data".

    Arguments:
    n_end_to_end -- the number of (x, y) pairs, an int
    stage_counts -- the number of pairs for each stage, a list of ints
    needed_end_to_end -- how many pairs the direct mapping needs, an int
    needed_per_stage -- how many pairs each stage needs, a list of ints (same length)

    Returns:
    approach -- "end-to-end", "pipeline" or "collect more data"
    """
    # YOUR CODE STARTS HERE
    # stub: approach = None
    if n_end_to_end >= needed_end_to_end:
        approach = "end-to-end"
    elif all(n >= need for n, need in zip(stage_counts, needed_per_stage, strict=True)):
        approach = "pipeline"
    else:
        approach = "collect more data"
    # YOUR CODE ENDS HERE
    return approach
