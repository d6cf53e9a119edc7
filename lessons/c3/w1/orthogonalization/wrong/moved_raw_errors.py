
def moved_steps(before, after, tolerance=0.005):
    return [step for step, old, new in zip((TRAIN, DEV, TEST), before, after, strict=True)
            if abs(new - old) > tolerance]
