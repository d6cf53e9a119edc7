def choose_approach(n_end_to_end, stage_counts, needed_end_to_end, needed_per_stage):
    if n_end_to_end >= needed_end_to_end:
        return "end-to-end"
    if sum(stage_counts) >= sum(needed_per_stage):
        return "pipeline"
    return "collect more data"
