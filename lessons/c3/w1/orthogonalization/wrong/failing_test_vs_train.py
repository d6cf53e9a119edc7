
def first_failing_step(train_error, dev_error, test_error, users_happy,
                       target_error=0.0, tolerance=0.02):
    if train_error - target_error > tolerance:
        return TRAIN
    if dev_error - train_error > tolerance:
        return DEV
    if test_error - train_error > tolerance:
        return TEST
    if not users_happy:
        return REAL_WORLD
    return None
