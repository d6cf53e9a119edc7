def split_dataset(camera, citizens, eval_fraction=0.025):
    sources = dict(camera)
    sources[CITIZENS] = citizens
    split = {"train": {}, "dev": {}, "test": {}}
    for source, count in sources.items():
        n_eval = round(eval_fraction * count)
        split["dev"][source] = n_eval
        split["test"][source] = n_eval
        split["train"][source] = count - 2 * n_eval
    return split
