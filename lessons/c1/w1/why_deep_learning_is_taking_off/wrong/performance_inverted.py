
def performance(m, ceiling, half_point):
    return ceiling * half_point / (m + half_point)
