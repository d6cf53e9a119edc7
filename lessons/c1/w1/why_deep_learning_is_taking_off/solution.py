"""Why is deep learning taking off? A toy model of performance against the amount of data.

Each model's performance follows a saturating curve: it climbs with the number m of labelled
examples and levels off at a ceiling. Bigger models have higher ceilings but need more data
to get there. Write the two functions between the YOUR CODE markers.
"""

MODELS = {
    "traditional": (0.70, 100.0),
    "small network": (0.80, 500.0),
    "medium network": (0.88, 2000.0),
    "large network": (0.95, 8000.0),
}


def performance(m, ceiling, half_point):
    """Performance of a model trained on m labelled examples.

    Arguments:
    m -- the amount of labelled data: a number or a numpy array of numbers (m >= 0)
    ceiling -- the best performance the model can ever reach (a number)
    half_point -- the amount of data at which the model reaches half its ceiling (a number)

    Returns:
    p -- ceiling * m / (m + half_point), element by element; same shape as m
    """
    # YOUR CODE STARTS HERE
    # stub: p = None
    p = ceiling * m / (m + half_point)
    # YOUR CODE ENDS HERE
    return p


def best_model(m, models):
    """The name of the model that performs best with m labelled examples.

    Arguments:
    m -- the amount of labelled data (a number)
    models -- a dict {name: (ceiling, half_point)}

    Returns:
    name -- the key of the model with the highest performance(m, ceiling, half_point)
    """
    # YOUR CODE STARTS HERE
    # stub: name = None
    name = max(models, key=lambda k: performance(m, *models[k]))
    # YOUR CODE ENDS HERE
    return name
