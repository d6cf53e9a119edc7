"""What we'll learn: a map of the Deep Learning Specialization you can query.

SPECIALIZATION lists the five courses in the order you take them. Each course is a pair
(title, weeks); each week is a list of topic names. Write the two functions between the
YOUR CODE markers; they must work for ANY map laid out this way, not only for this one.
"""

SPECIALIZATION = [
    ("Neural Networks and Deep Learning", [
        ["what is a neural network", "supervised learning", "why deep learning is taking off"],
        ["logistic regression", "gradient descent", "vectorization"],
        ["shallow neural networks", "activation functions", "random initialization"],
        ["deep neural networks", "forward and backward propagation", "hyperparameters"],
    ]),
    ("Improving Deep Neural Networks", [
        ["regularization", "dropout", "gradient checking"],
        ["mini-batch gradient descent", "momentum", "adam"],
        ["hyperparameter tuning", "batch normalization", "softmax regression", "tensorflow"],
    ]),
    ("Structuring Machine Learning Projects", [
        ["orthogonalization", "single number evaluation metric", "human-level performance"],
        ["error analysis", "mismatched data distributions", "transfer learning",
         "end-to-end deep learning"],
    ]),
    ("Convolutional Neural Networks", [
        ["convolutions", "padding and strides", "pooling"],
        ["residual networks", "inception", "mobilenet", "transfer learning"],
        ["object detection", "yolo", "u-net"],
        ["face recognition", "neural style transfer"],
    ]),
    ("Sequence Models", [
        ["recurrent neural networks", "gru", "lstm"],
        ["word embeddings", "word2vec", "glove"],
        ["sequence to sequence models", "beam search", "attention"],
        ["transformers", "self-attention", "multi-head attention"],
    ]),
]


def where_is(topic, specialization):
    """Find the first place a topic is taught.

    Arguments:
    topic -- a topic name; compare it with the map's names ignoring upper/lower case
    specialization -- a list of (title, weeks) pairs; weeks is a list of lists of topic names

    Returns:
    place -- a tuple (course_number, week_number), both counted from 1, for the FIRST course and
             week (in study order) that lists the topic exactly; None if no week lists it
    """
    # YOUR CODE STARTS HERE
    # stub: place = None
    place = None
    wanted = topic.lower()
    for c, (_title, weeks) in enumerate(specialization, start=1):
        for w, topics in enumerate(weeks, start=1):
            if any(t.lower() == wanted for t in topics):
                return (c, w)
    # YOUR CODE ENDS HERE
    return place


def weeks_before(topic, specialization):
    """How many whole weeks you study before the week that teaches a topic begins.

    Arguments:
    topic -- a topic name (case is ignored, as in where_is)
    specialization -- the map, laid out as in where_is

    Returns:
    weeks -- an int: all the weeks of the earlier courses plus the earlier weeks of the topic's
             own course; None if the topic is not taught
    """
    # YOUR CODE STARTS HERE
    # stub: weeks = None
    place = where_is(topic, specialization)
    if place is None:
        return None
    course, week = place
    weeks = sum(len(w) for _title, w in specialization[:course - 1]) + (week - 1)
    # YOUR CODE ENDS HERE
    return weeks
