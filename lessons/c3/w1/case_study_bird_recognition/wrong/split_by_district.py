def split_dataset(camera, citizens, eval_fraction=0.025):
    split = {"train": {}, "dev": {}, "test": {}}
    districts = list(camera)
    half = (len(districts) + 1) // 2
    for i, district in enumerate(districts):
        count = camera[district]
        n_eval = 2 * round(eval_fraction * count)
        split["dev"][district] = n_eval if i < half else 0
        split["test"][district] = 0 if i < half else n_eval
        split["train"][district] = count - n_eval
    split["train"][CITIZENS] = citizens
    split["dev"][CITIZENS] = 0
    split["test"][CITIZENS] = 0
    return split
