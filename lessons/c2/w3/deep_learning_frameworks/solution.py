"""Deep learning frameworks: what they do for you, in miniature.

You describe a computation as a graph of small operations; forward_pass evaluates it and
backward_pass computes the derivative of its output with respect to every value, automatically.
Write both between the YOUR CODE markers. The table of operations below is given.

A graph is a list of nodes in the order they can be computed. Each node is a tuple
(name, op, args): the value called `name` is OPS[op] applied to the values named in args.
For example J = 3 * (a + b * c) is

    [("u", "mul", ("b", "c")),
     ("v", "add", ("a", "u")),
     ("J", "mul", ("three", "v"))]

evaluated with the inputs {"a": 5.0, "b": 3.0, "c": 2.0, "three": 3.0}.
"""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#: op name -> (forward, local_gradients). forward(*args) computes the node's value;
#: local_gradients(*args) returns one partial derivative d(node)/d(arg) per argument, in order.
OPS = {
    "add": (lambda a, b: a + b, lambda a, b: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda a, b: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda a, b: (b, a)),
    "exp": (lambda a: np.exp(a), lambda a: (np.exp(a),)),
    "log": (lambda a: np.log(a), lambda a: (1 / a,)),
    "sigmoid": (sigmoid, lambda a: (sigmoid(a) * (1 - sigmoid(a)),)),
}


def forward_pass(graph, inputs):
    """Evaluate every node of the graph, in order.

    Arguments:
    graph -- a list of nodes (name, op, args), each computable from the inputs and the nodes
             before it
    inputs -- a dict from input name to its value (a number or a numpy array)

    Returns:
    values -- a NEW dict holding every input and every node's value, by name; the caller's
              inputs dict is left unchanged
    """
    # YOUR CODE STARTS HERE
    # stub: values = None
    values = dict(inputs)
    for name, op, args in graph:
        forward, _ = OPS[op]
        values[name] = forward(*[values[arg] for arg in args])
    # YOUR CODE ENDS HERE
    return values


def backward_pass(graph, values, output):
    """Reverse-mode differentiation: d(output)/d(x) for every value x that output depends on.

    Arguments:
    graph -- the list of nodes (name, op, args) that forward_pass evaluated
    values -- the dict returned by forward_pass
    output -- the name of the value to differentiate (usually the cost, the last node)

    Returns:
    grads -- a dict from name to d(output)/d(name), with grads[output] = 1.0 and an entry for
             every input and node that output depends on. A value used several times collects
             the sum of the contributions of all its uses.
    """
    # YOUR CODE STARTS HERE
    # stub: grads = None
    grads = {output: 1.0}
    for name, op, args in reversed(graph):
        if name not in grads:
            continue
        _, local_gradients = OPS[op]
        partials = local_gradients(*[values[arg] for arg in args])
        for arg, partial in zip(args, partials, strict=True):
            grads[arg] = grads.get(arg, 0.0) + grads[name] * partial
    # YOUR CODE ENDS HERE
    return grads
