
def performance(m, ceiling, half_point):
    return ceiling * m / half_point
