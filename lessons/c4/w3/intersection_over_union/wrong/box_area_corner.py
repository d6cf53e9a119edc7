def box_area(box):
    x1, y1, x2, y2 = box
    return float(x2 * y2)
