def choose_approach(n_end_to_end, stage_counts, needed_end_to_end, needed_per_stage):
    if all(n >= need for n, need in zip(stage_counts, needed_per_stage, strict=True)):
        return "pipeline"
    if n_end_to_end >= needed_end_to_end:
        return "end-to-end"
    return "collect more data"
