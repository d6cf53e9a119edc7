def run_pipeline(x, stages):
    representations = []
    for stage in stages:
        representations.append(stage(x))
        x = representations[-1]
    return representations
