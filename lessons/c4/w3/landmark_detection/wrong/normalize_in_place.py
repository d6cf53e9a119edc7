def normalize_landmarks(points, width, height):
    points[:, 0] /= width
    points[:, 1] /= height
    return points
