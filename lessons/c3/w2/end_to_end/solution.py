"""End-to-end deep learning versus a pipeline: a face-recognition turnstile built in stages.

Images are grey, numpy arrays of shape (h, w). Face vectors follow the course's layout:
columns are examples, so a face of n pixels is a column (n, 1) and a gallery of k enrolled
faces is an array of shape (n, k).
Write the three functions between the YOUR CODE markers.
"""

import numpy as np


def run_pipeline(x, stages):
    """Feed x through the stages in order, keeping every intermediate representation.

    Arguments:
    x -- the input of the first stage (anything the first stage accepts)
    stages -- a list of functions; stage t receives the output of stage t - 1

    Returns:
    representations -- a list of len(stages) + 1 items: x, then the output of each stage in
                       turn, the last item being the pipeline's final output
    """
    # YOUR CODE STARTS HERE
    # stub: representations = None
    representations = [x]
    for stage in stages:
        representations.append(stage(representations[-1]))
    # YOUR CODE ENDS HERE
    return representations


def crop_and_zoom(image, box, size):
    """Cut the face out of the camera image and resample it to size x size pixels.

    box = (top, left, height, width) is the face's rectangle: rows top .. top + height - 1 and
    columns left .. left + width - 1. The zoomed face takes its pixels by nearest neighbour:
        zoomed[r, c] = image[top + (r * height) // size, left + (c * width) // size]

    Arguments:
    image -- a grey image, numpy array of shape (h, w)
    box -- (top, left, height, width), four ints; the rectangle lies inside the image
    size -- the side of the zoomed face, an int

    Returns:
    zoomed -- numpy array of shape (size, size), with the dtype of image
    """
    top, left, height, width = box
    # YOUR CODE STARTS HERE
    # stub: zoomed = None
    rows = top + (np.arange(size) * height) // size
    cols = left + (np.arange(size) * width) // size
    zoomed = image[rows[:, None], cols[None, :]]
    # YOUR CODE ENDS HERE
    return zoomed


def identify(face, gallery, threshold):
    """Who is this? The nearest enrolled face, if it is near enough.

    Arguments:
    face -- a face vector, numpy array of shape (n, 1)
    gallery -- the k enrolled employees' faces as columns, numpy array of shape (n, k)
    threshold -- the largest Euclidean distance still accepted as a match, a float

    Returns:
    who -- the column index (a Python int) of the nearest enrolled face when its Euclidean
           distance to face is at most threshold, else -1 (a stranger: the gate stays shut)
    """
    # YOUR CODE STARTS HERE
    # stub: who = None
    distances = np.sqrt(np.sum((gallery - face) ** 2, axis=0))
    nearest = int(np.argmin(distances))
    who = nearest if distances[nearest] <= threshold else -1
    # YOUR CODE ENDS HERE
    return who
