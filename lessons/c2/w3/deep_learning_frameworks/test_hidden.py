"""Hidden tests: a logistic-regression graph, random graphs, reused values, numerical checks."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

LOGISTIC_GRAPH = [("wx", "mul", ("w", "x")),
                  ("z", "add", ("wx", "b")),
                  ("a", "sigmoid", ("z",)),
                  ("log_a", "log", ("a",)),
                  ("one_minus_a", "sub", ("one", "a")),
                  ("log_one_minus_a", "log", ("one_minus_a",)),
                  ("one_minus_y", "sub", ("one", "y")),
                  ("t1", "mul", ("y", "log_a")),
                  ("t2", "mul", ("one_minus_y", "log_one_minus_a")),
                  ("s", "add", ("t1", "t2")),
                  ("L", "sub", ("zero", "s"))]


def logistic_inputs(seed, size):
    rng = np.random.default_rng(seed)
    return {"w": rng.normal(size=size), "x": rng.normal(size=size), "b": rng.normal(size=size),
            "y": (rng.random(size) > 0.5).astype(float), "one": np.ones(size),
            "zero": np.zeros(size)}


def random_graph(seed, n_inputs=3, n_nodes=10):
    """A random chain over inputs in [-1, 1]: each node works on the latest value and often on
    an earlier one as well, so values are reused; log and exp only see sigmoid outputs. The
    output adds a product of the inputs, so every input matters."""
    rng = np.random.default_rng(seed)
    inputs = {f"x{i}": float(rng.uniform(-1, 1)) for i in range(n_inputs)}
    names, graph = list(inputs), []
    for k in range(n_nodes):
        op = ["add", "sub", "mul", "sigmoid", "log", "exp"][rng.integers(0, 6)]
        latest, other = names[-1], names[rng.integers(0, len(names))]
        if op in ("log", "exp"):
            graph.append((f"s{k}", "sigmoid", (latest,)))
            graph.append((f"n{k}", op, (f"s{k}",)))
            names += [f"s{k}", f"n{k}"]
            continue
        if op == "sigmoid":
            graph.append((f"n{k}", op, (latest,)))
        else:
            graph.append((f"n{k}", op, (other, latest) if rng.random() < 0.5 else (latest, other)))
        names.append(f"n{k}")
    graph.append(("p", "mul", ("x0", "x1")))
    graph.append(("q", "mul", ("p", "x2")))
    graph.append(("out", "add", (names[-1], "q")))
    return graph, inputs


def numerical_gradients(graph, inputs, output, names, eps=1e-6):
    """Central differences of the reference forward pass, one input at a time."""
    forward = reference().forward_pass
    result = {}
    for name in names:
        up, down = dict(inputs), dict(inputs)
        up[name] += eps
        down[name] -= eps
        result[name] = (forward(graph, up)[output] - forward(graph, down)[output]) / (2 * eps)
    return result


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forward_pass_logistic_graph(seed):
    """Evaluate the nodes in order, each with OPS[op][0] applied to the values of its args (in
    the order given: "sub" is a - b, not b - a), and store every node's value under its name."""
    inputs = logistic_inputs(seed, 4)
    a = 1 / (1 + np.exp(-(inputs["w"] * inputs["x"] + inputs["b"])))
    y = inputs["y"]
    values = sub.forward_pass(LOGISTIC_GRAPH, dict(inputs))
    expect(values, {**inputs, "z": inputs["w"] * inputs["x"] + inputs["b"], "a": a,
                    "one_minus_a": 1 - a, "L": -(y * np.log(a) + (1 - y) * np.log(1 - a))},
           "forward_pass(logistic loss graph)")


@pytest.mark.parametrize("seed", [4, 5, 6, 7])
def test_forward_pass_random_graphs(seed):
    """Every input and every node must appear in the result, with the value of its operation,
    including the last node."""
    graph, inputs = random_graph(seed)
    expected = reference().forward_pass(graph, dict(inputs))
    expect(sub.forward_pass(graph, dict(inputs)), expected, f"forward_pass(random graph {seed})")


def test_forward_pass_leaves_inputs_alone():
    """Return a NEW dict: copy the inputs first (dict(inputs)), or the caller's dict fills up
    with every node of the graph."""
    graph, inputs = random_graph(8)
    before = dict(inputs)
    sub.forward_pass(graph, inputs)
    assert set(inputs) == set(before), \
        f"forward_pass added {sorted(set(inputs) - set(before))} to the caller's inputs dict"
    expect(inputs, before, "inputs after forward_pass")


@pytest.mark.parametrize("seed", [1, 2])
def test_backward_pass_logistic_graph(seed):
    """Go through the nodes in REVERSE order and apply the chain rule: the gradient reaching an
    argument is the node's gradient times the local partial derivative. For the logistic loss
    this gives dL/dz = a - y, dL/dw = (a - y) x and dL/db = a - y."""
    inputs = logistic_inputs(seed, 5)
    values = reference().forward_pass(LOGISTIC_GRAPH, dict(inputs))
    residual = values["a"] - inputs["y"]
    expect(sub.backward_pass(LOGISTIC_GRAPH, values, "L"),
           {"L": 1.0, "z": residual, "w": residual * inputs["x"], "b": residual,
            "x": residual * inputs["w"]},
           "backward_pass(logistic loss graph)", rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("seed", [4, 5, 6, 7, 9])
def test_backward_pass_random_graphs(seed):
    """Your gradients must match numerical slopes of the graph's output. Values used by several
    nodes ADD UP the contributions of all their uses (+=, starting from 0)."""
    graph, inputs = random_graph(seed)
    values = reference().forward_pass(graph, dict(inputs))
    expected_grads = reference().backward_pass(graph, values, "out")
    grads = sub.backward_pass(graph, dict(values), "out")
    expect(grads, expected_grads, f"backward_pass(random graph {seed})", rtol=1e-6, atol=1e-9)
    used = [name for name in inputs if name in expected_grads]
    expect({name: grads.get(name) for name in used},
           numerical_gradients(graph, inputs, "out", used),
           "gradients against numerical slopes", rtol=1e-4, atol=1e-6)


def test_backward_pass_value_used_many_times():
    """x3 = (x * x) * x uses x three times; d(x3)/dx = 3 x^2 only if every use adds its
    contribution instead of overwriting the previous one."""
    graph = [("x2", "mul", ("x", "x")), ("x3", "mul", ("x2", "x"))]
    for x in (0.5, -2.0, 3.0):
        values = {"x": x, "x2": x * x, "x3": x ** 3}
        expect(sub.backward_pass(graph, values, "x3"), {"x3": 1.0, "x2": x, "x": 3 * x * x},
               f"backward_pass(x * x * x at x = {x})")


def test_backward_pass_intermediate_output():
    """The output need not be the last node: nodes computed after it do not change it, so they
    contribute nothing to its gradients. Start from d(output)/d(output) = 1."""
    graph = [("u", "mul", ("p", "q")), ("v", "exp", ("u",)), ("later", "mul", ("v", "p"))]
    p, q = 0.5, -1.5
    values = {"p": p, "q": q, "u": p * q, "v": np.exp(p * q), "later": np.exp(p * q) * p}
    expect(sub.backward_pass(graph, values, "v"),
           {"v": 1.0, "u": np.exp(p * q), "p": q * np.exp(p * q), "q": p * np.exp(p * q)},
           "backward_pass(graph, values, 'v')")


def test_backward_pass_on_arrays():
    """Nothing in the graph is specific to numbers: element-wise operations on numpy arrays give
    element-wise gradients."""
    rng = np.random.default_rng(10)
    graph = [("h", "sigmoid", ("x",)), ("g", "mul", ("h", "x")), ("out", "sub", ("g", "c"))]
    x, c = rng.normal(size=(2, 3)), rng.normal(size=(2, 3))
    h = 1 / (1 + np.exp(-x))
    values = {"x": x, "c": c, "h": h, "g": h * x, "out": h * x - c}
    grads = sub.backward_pass(graph, values, "out")
    assert isinstance(grads, dict), f"backward_pass returned {type(grads).__name__}, not a dict"
    expected = {"c": -np.ones((2, 3)), "h": x, "x": h + x * h * (1 - h)}
    for name in expected:
        assert name in grads, f"backward_pass gave no gradient for {name!r}"
    # the gradient of a value may be a number that stands for a whole array of that number
    expect({name: np.broadcast_to(np.asarray(grads[name], dtype=float), (2, 3)).copy()
            for name in expected}, expected, "backward_pass(sigmoid(x) * x - c)")
