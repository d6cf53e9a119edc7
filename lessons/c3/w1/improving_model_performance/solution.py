"""Improving your model performance: the whole recipe, from the gaps to the next action.

Two problems, each with its own tactics:
    "bias"     -- avoidable bias = train_error - human_error is too big
    "variance" -- variance = dev_error - train_error is too big
Errors are fractions: 0.08 means 8%. Write the three functions between the YOUR CODE markers.
"""

# The tactics of the course, one name each.
BIGGER_MODEL = "train a bigger model"
TRAIN_LONGER = "train longer or with a better optimizer (momentum, RMSprop, Adam)"
ARCHITECTURE_SEARCH = "change the architecture or search the hyperparameters"
MORE_DATA = "get more training data"
REGULARIZATION = "regularize (L2, dropout, data augmentation)"
DONE = "done"


def tactics_for(problem):
    """The tactics that attack one problem.

    Arguments:
    problem -- "bias", "variance", or None (nothing to fix)

    Returns:
    tactics -- a NEW list of tactic names (the constants above), in any order; [] for None
    """
    # YOUR CODE STARTS HERE
    # stub: tactics = None
    if problem == "bias":
        tactics = [BIGGER_MODEL, TRAIN_LONGER, ARCHITECTURE_SEARCH]
    elif problem == "variance":
        tactics = [MORE_DATA, REGULARIZATION, ARCHITECTURE_SEARCH]
    else:
        tactics = []
    # YOUR CODE ENDS HERE
    return tactics


def problems_to_fix(human_error, train_error, dev_error, tolerance=0.01):
    """The problems worth working on, the biggest first.

    A problem is worth working on when its gap is bigger than the tolerance. When both are,
    the one with the bigger gap comes first; on a tie, "bias" comes first.

    Arguments:
    human_error -- human-level error (the Bayes proxy), a float
    train_error -- the training error, a float
    dev_error -- the dev error, a float
    tolerance -- gaps this small or smaller are good enough, a float

    Returns:
    problems -- a list: [], ["bias"], ["variance"], ["bias", "variance"] or
                ["variance", "bias"]
    """
    # YOUR CODE STARTS HERE
    # stub: problems = None
    avoidable_bias = train_error - human_error
    variance = dev_error - train_error
    problems = []
    if avoidable_bias > tolerance:
        problems.append("bias")
    if variance > tolerance:
        problems.append("variance")
    if problems == ["bias", "variance"] and variance > avoidable_bias:
        problems = ["variance", "bias"]
    # YOUR CODE ENDS HERE
    return problems


def run_recipe(evaluate, human_error, tolerance=0.01, max_rounds=20):
    """Run the recipe: measure, fix the biggest problem with one knob, measure again.

    The model has two knobs: its size (starting at 1) and its regularization strength
    (starting at 0). Each round:
        1. train_error, dev_error = evaluate(size, strength)
        2. problems = problems_to_fix(human_error, train_error, dev_error, tolerance)
        3. no problems: record DONE and stop;
           the first problem is "bias": size += 1 and record BIGGER_MODEL;
           the first problem is "variance": strength += 1 and record REGULARIZATION.
    Stop after max_rounds rounds even if the model is not done.

    Arguments:
    evaluate -- a function (size, strength) -> (train_error, dev_error)
    human_error -- human-level error, a float
    tolerance -- as in problems_to_fix, a float
    max_rounds -- the most rounds (calls to evaluate) to run, an int

    Returns:
    actions -- the list of recorded actions, one per round
    """
    # YOUR CODE STARTS HERE
    # stub: actions = None
    size, strength = 1, 0
    actions = []
    for _ in range(max_rounds):
        train_error, dev_error = evaluate(size, strength)
        problems = problems_to_fix(human_error, train_error, dev_error, tolerance)
        if not problems:
            actions.append(DONE)
            break
        if problems[0] == "bias":
            size += 1
            actions.append(BIGGER_MODEL)
        else:
            strength += 1
            actions.append(REGULARIZATION)
    # YOUR CODE ENDS HERE
    return actions
