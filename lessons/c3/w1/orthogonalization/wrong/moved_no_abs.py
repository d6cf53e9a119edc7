
def moved_steps(before, after, tolerance=0.005):
    def symptoms(errors):
        train_error, dev_error, test_error = errors
        return (train_error, dev_error - train_error, test_error - dev_error)

    return [step for step, old, new in zip((TRAIN, DEV, TEST), symptoms(before),
                                           symptoms(after), strict=True)
            if new - old > tolerance]
