"""Parameters vs hyperparameters: what the network learns, and what you choose for it.

Write each function between the YOUR CODE markers.
"""

import numpy as np


def is_parameter(name):
    """Is this name one of the network's learnt parameters, in the course's naming?

    Parameters are named "W" or "b" followed by a layer number: "W1", "b1", "W12", ...
    Everything else is not a parameter: settings you choose ("learning_rate", "beta",
    "num_iterations", "layers_dims", ...) and gradients ("dW1", "db1").

    Arguments:
    name -- a string

    Returns:
    True if name is "W" or "b" followed by one or more digits, False otherwise
    """
    # YOUR CODE STARTS HERE
    # stub: result = None
    result = len(name) >= 2 and name[0] in ("W", "b") and name[1:].isdigit()
    # YOUR CODE ENDS HERE
    return result


def best_learning_rate(final_costs):
    """Pick the learning rate whose training run ended with the lowest cost.

    Runs that diverged ended with a cost of nan or inf; they cannot win. If every run
    diverged, there is no best learning rate.

    Arguments:
    final_costs -- dict {learning_rate: final cost of the run trained with it}

    Returns:
    best -- the learning rate (a key of final_costs) with the smallest finite cost, or None
    """
    # YOUR CODE STARTS HERE
    # stub: best = None
    best = None
    for rate, cost in final_costs.items():
        if np.isfinite(cost) and (best is None or cost < final_costs[best]):
            best = rate
    # YOUR CODE ENDS HERE
    return best
