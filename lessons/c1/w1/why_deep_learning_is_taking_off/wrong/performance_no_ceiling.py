
def performance(m, ceiling, half_point):
    return m / (m + half_point)
