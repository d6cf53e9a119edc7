def data_per_stage(records, keys):
    n_end_to_end = sum(1 for record in records
                       if all(record.get(key) is not None for key in keys))
    stage_counts = [count_pairs(records, keys[t], keys[t + 1]) for t in range(len(keys) - 1)]
    return n_end_to_end, stage_counts
