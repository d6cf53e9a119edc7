"""Bounding box predictions on a grid (the YOLO way of writing labels).

The image (H pixels tall, W wide) is cut into an S x S grid; cell (row, col) covers a
(H / S) x (W / S) rectangle. A box is given in pixels by its corners (x1, y1, x2, y2), with x
to the right and y downwards. Each object belongs to the ONE cell that contains its midpoint.
"""

import numpy as np


def assign_cell(box, image_hw, grid_size):
    """The grid cell that owns an object: the cell containing the box's midpoint.

    Arguments:
    box -- tuple (x1, y1, x2, y2) in pixels
    image_hw -- tuple (H, W), image height and width in pixels
    grid_size -- int S, the grid has S rows and S columns

    Returns:
    cell -- tuple of Python ints (row, col), each in 0..S-1 (a midpoint on the far edge
            belongs to the last cell)
    """
    # YOUR CODE STARTS HERE
    # stub: cell = None
    H, W = image_hw
    x_mid = (box[0] + box[2]) / 2
    y_mid = (box[1] + box[3]) / 2
    row = min(int(np.floor(y_mid / H * grid_size)), grid_size - 1)
    col = min(int(np.floor(x_mid / W * grid_size)), grid_size - 1)
    cell = (row, col)
    # YOUR CODE ENDS HERE
    return cell


def relative_box(box, image_hw, grid_size):
    """The box written relative to the cell that owns it.

    Arguments:
    box -- tuple (x1, y1, x2, y2) in pixels
    image_hw -- tuple (H, W)
    grid_size -- int S

    Returns:
    rel -- numpy array [b_x, b_y, b_h, b_w]: the midpoint's position inside its cell (0..1,
           measured from the cell's top-left corner in units of the cell size), and the box's
           height and width in units of the cell height and width (these may exceed 1)
    """
    # YOUR CODE STARTS HERE
    # stub: rel = None
    H, W = image_hw
    cell_h, cell_w = H / grid_size, W / grid_size
    row, col = assign_cell(box, image_hw, grid_size)
    bx = (box[0] + box[2]) / 2 / cell_w - col
    by = (box[1] + box[3]) / 2 / cell_h - row
    bh = (box[3] - box[1]) / cell_h
    bw = (box[2] - box[0]) / cell_w
    rel = np.array([bx, by, bh, bw], dtype=float)
    # YOUR CODE ENDS HERE
    return rel


def grid_target(boxes, classes, image_hw, grid_size, n_classes=3):
    """The full S x S label volume for one image.

    Arguments:
    boxes -- list of boxes (x1, y1, x2, y2) in pixels
    classes -- list of class ids in 1..n_classes, one per box
    image_hw -- tuple (H, W)
    grid_size -- int S
    n_classes -- int K

    Returns:
    Y -- numpy array of shape (S, S, 5 + K). Y[row, col] is [p_c, b_x, b_y, b_h, b_w, c_1..c_K]
         for the cell that owns an object, and all zeros for every other cell.
    """
    # YOUR CODE STARTS HERE
    # stub: Y = None
    Y = np.zeros((grid_size, grid_size, 5 + n_classes))
    for box, class_id in zip(boxes, classes, strict=True):
        row, col = assign_cell(box, image_hw, grid_size)
        Y[row, col, 0] = 1.0
        Y[row, col, 1:5] = relative_box(box, image_hw, grid_size)
        Y[row, col, 4 + class_id] = 1.0
    # YOUR CODE ENDS HERE
    return Y
