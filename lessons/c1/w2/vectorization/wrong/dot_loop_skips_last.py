
def vectorized_dot(x1, x2):
    dot = 0.0
    for i in range(len(x1) - 1):
        dot += x1[i] * x2[i]
    return dot
