"""Case study: autonomous driving (an ML strategy simulator).

Your start-up fits delivery vans with a front camera and a network that reads the road ahead:
road signs (stop, pedestrian crossing, construction ahead) and traffic lights (red, green).
One picture can hold several of them at once, so each picture has FIVE labels, one per class,
in the order of CLASSES; some labels are missing (np.nan) because nobody filled them in.

You have 80,000 labelled pictures from your own vans and 1,200,000 labelled road pictures
collected from the internet: many more, but taken by other cameras in other places. Each
function below is one decision of the project, written as code. Errors are fractions (0.079
means 7.9 %); label arrays follow the course: one COLUMN per picture, shape (5, m). Picture
arrays put the examples first: shape (m, height, width, 3), values in [0, 1].
Write the six functions between the YOUR CODE markers.
"""

import warnings

import numpy as np

CLASSES = ["stop sign", "pedestrian crossing", "construction ahead", "red light",
           "green light"]

# The four gaps of an error table (see mismatch_report), in this order.
AVOIDABLE_BIAS = "avoidable bias"
VARIANCE = "variance"
DATA_MISMATCH = "data mismatch"
DEV_OVERFITTING = "overfitting to dev"

FOG_COLOUR = np.array([0.80, 0.82, 0.85])   # the grey-blue of fog, as an RGB triple

# The three ways to use an existing network for a new task (see transfer_plan).
FROM_SCRATCH = "train from scratch"
LAST_LAYER = "retrain the last layer"
FINE_TUNE = "fine-tune all layers"


def multitask_loss(Y_hat, Y):
    """The cost of a multi-task network: five logistic losses per picture, missing labels skipped.

    J = (1/m) * sum over pictures i and classes j WITH a label of
            -( y_j(i) log(yhat_j(i)) + (1 - y_j(i)) log(1 - yhat_j(i)) )

    A missing label is np.nan in Y; it adds nothing to the sum. The sum is divided by m, the
    number of pictures (the columns), as in the course.

    Arguments:
    Y_hat -- the network's sigmoid outputs, numpy array of shape (5, m), values in (0, 1)
    Y -- the labels, numpy array of shape (5, m): 1.0, 0.0 or np.nan (missing)

    Returns:
    cost -- the cost, a Python float
    """
    # YOUR CODE STARTS HERE
    # stub: cost = None
    m = Y.shape[1]
    known = ~np.isnan(Y)
    y = np.where(known, Y, 0.0)
    losses = -(y * np.log(Y_hat) + (1 - y) * np.log(1 - Y_hat))
    cost = np.sum(np.where(known, losses, 0.0)) / m
    # YOUR CODE ENDS HERE
    return float(cost)


def error_analysis(tags, dev_error):
    """Rank the categories of a hand-examined sample of dev-set errors.

    You looked at n misclassified dev pictures and wrote down what was going on in each: a list
    of tags per picture ("foggy", "mislabeled", ...), possibly several, possibly none. A tag's
    share is the fraction of the n pictures that carry it (so shares can add up to more than 1).
    Fixing every picture of a category could lower the dev error by at most share * dev_error:
    that is its ceiling.

    Arguments:
    tags -- a list of n lists of strings, one list per examined picture
    dev_error -- the dev-set error the examined pictures come from, a float

    Returns:
    ranking -- a list of tuples (tag, share, ceiling), one per distinct tag, sorted by share,
               largest first; equal shares in alphabetical order of the tag
    """
    # YOUR CODE STARTS HERE
    # stub: ranking = None
    n = len(tags)
    counts = {}
    for picture in tags:
        for tag in set(picture):
            counts[tag] = counts.get(tag, 0) + 1
    ranking = [(tag, count / n, count / n * dev_error) for tag, count in counts.items()]
    ranking.sort(key=lambda row: (-row[1], row[0]))
    # YOUR CODE ENDS HERE
    return ranking


def mismatch_report(human_error, train_error, train_dev_error, dev_error, test_error):
    """Split an error table into its four gaps and name the biggest.

    The training-dev set comes from the TRAINING distribution but is never trained on, so:
        avoidable bias     = train_error     - human_error
        variance           = train_dev_error - train_error
        data mismatch      = dev_error       - train_dev_error
        overfitting to dev = test_error      - dev_error

    Arguments:
    human_error -- human-level error, the proxy for the Bayes error, a float
    train_error, train_dev_error, dev_error, test_error -- the model's errors, floats

    Returns:
    report -- the tuple (gaps, focus): gaps is a dict with the keys AVOIDABLE_BIAS, VARIANCE,
              DATA_MISMATCH and DEV_OVERFITTING (in that order); focus is the key of the
              largest gap (on a tie, the first of them in that order)
    """
    # YOUR CODE STARTS HERE
    # stub: report = None
    gaps = {AVOIDABLE_BIAS: train_error - human_error,
            VARIANCE: train_dev_error - train_error,
            DATA_MISMATCH: dev_error - train_dev_error,
            DEV_OVERFITTING: test_error - dev_error}
    focus = max(gaps, key=gaps.get)
    report = (gaps, focus)
    # YOUR CODE ENDS HERE
    return report


def synthesize_fog(images, fog, density=0.6, max_reuse=50, seed=0):
    """Make clear pictures foggy by blending each one with a fog layer.

    Each picture i gets one layer of the fog library, chosen at random:
        rng = np.random.default_rng(seed)
        pick = rng.integers(0, k, size=m)          # picture i gets fog[pick[i]]
    The layer says how thick the fog is at every pixel (0: none, 1: full). Per pixel,
        alpha  = density * thickness
        foggy  = (1 - alpha) * picture + alpha * FOG_COLOUR
    The same alpha applies to the three colour channels.

    A small fog library is a trap: if every layer is reused on many pictures, the network can
    learn those few fog patterns by heart and still fail on real fog. When the library is
    reused more than max_reuse times per layer on average (m > max_reuse * k), call
    warnings.warn with a message saying so (the picture is still returned).

    Arguments:
    images -- clear pictures, numpy array of shape (m, height, width, 3), values in [0, 1]
    fog -- the fog library, numpy array of shape (k, height, width), values in [0, 1]
    density -- how strong the fog is overall, a float in [0, 1]
    max_reuse -- the most pictures per fog layer before the warning, an int
    seed -- the seed of the random choice of layers, an int

    Returns:
    foggy -- a NEW numpy array of shape (m, height, width, 3); images is left untouched
    """
    # YOUR CODE STARTS HERE
    # stub: foggy = None
    m, k = images.shape[0], fog.shape[0]
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, k, size=m)
    alpha = density * fog[pick][:, :, :, np.newaxis]
    foggy = (1 - alpha) * images + alpha * FOG_COLOUR
    if m > max_reuse * k:
        warnings.warn(f"{k} fog layers for {m} pictures: each layer is reused about "
                      f"{m // k} times, and the network may learn them by heart", stacklevel=2)
    # YOUR CODE ENDS HERE
    return foggy


def transfer_plan(source, target, factor=10, small=10_000):
    """How to reuse a trained network (task A, the source) for a new task B (the target).

    Transfer learning pays off when both tasks take the same kind of input and task A had much
    more data than task B: at least factor times as many examples. Otherwise train B from
    scratch. When transfer pays off, the amount of data for B decides how much to retrain:
    fewer than small examples, retrain only the last layer (the others stay frozen); small or
    more, fine-tune all layers.

    Arguments:
    source -- a dict with the keys "input" (a string such as "front camera") and "examples"
    target -- a dict with the same keys, for the new task
    factor -- how many times more examples task A needs, an int
    small -- below this many target examples, only the last layer is retrained, an int

    Returns:
    plan -- one of FROM_SCRATCH, LAST_LAYER, FINE_TUNE
    """
    # YOUR CODE STARTS HERE
    # stub: plan = None
    if source["input"] != target["input"] or source["examples"] < factor * target["examples"]:
        plan = FROM_SCRATCH
    elif target["examples"] < small:
        plan = LAST_LAYER
    else:
        plan = FINE_TUNE
    # YOUR CODE ENDS HERE
    return plan


def choose_pipeline(designs):
    """Pick between an end-to-end network and a pipeline of components.

    A design is a list of stages; each stage is a tuple (name, available, needed): how many
    labelled examples you have for what that stage must learn, and how many a task of its
    difficulty needs (0 for a hand-written stage, such as a route planner). A design is
    feasible when EVERY stage has at least what it needs. Among the feasible designs, choose
    the one with the fewest stages: end-to-end learning, when the data allows it, lets the data
    speak and saves hand-designing the pieces. On a tie, the first such design in the dict wins.

    Arguments:
    designs -- a dict: design name -> list of (name, available, needed) tuples

    Returns:
    name -- the name of the chosen design, or None if no design is feasible
    """
    # YOUR CODE STARTS HERE
    # stub: name = None
    name = None
    for design, stages in designs.items():
        feasible = all(available >= needed for _, available, needed in stages)
        if feasible and (name is None or len(stages) < len(designs[name])):
            name = design
    # YOUR CODE ENDS HERE
    return name
