def split_dataset(camera, citizens, eval_fraction=0.025):
    split = {"train": {}, "dev": {}, "test": {}}
    for district, count in camera.items():
        n_eval = round(eval_fraction * count)
        split["dev"][district] = n_eval
        split["test"][district] = n_eval
        split["train"][district] = count - 2 * n_eval
    split["train"][CITIZENS] = 0
    split["dev"][CITIZENS] = 0
    split["test"][CITIZENS] = citizens
    return split
