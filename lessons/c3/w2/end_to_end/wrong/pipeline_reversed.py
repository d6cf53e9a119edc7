def run_pipeline(x, stages):
    representations = [x]
    for stage in reversed(stages):
        representations.append(stage(representations[-1]))
    return representations
