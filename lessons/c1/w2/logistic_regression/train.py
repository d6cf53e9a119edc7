"""Train the learner's one-neuron network on the shirt/non-shirt photos, streaming the cost.

Everything that learns here is the learner's own code: their ``model`` calls their
``initialize_with_zeros``, ``optimize`` and ``predict``, and their ``optimize`` calls their
``propagate``. We only wrap ``propagate`` on the learner's module so that each call also
reports its cost, which makes the learning curve appear while ``optimize`` is still running.
"""

import numpy as np

from data.fashion_shirts import load_dataset

#: Report the cost (and progress) every this many calls of propagate.
EVERY = 10
#: The optional comparison: three learning rates, as many iterations each.
COMPARE_RATES = (0.01, 0.001, 0.0001)
COMPARE_ITERATIONS = 1500
#: Measure train and test accuracy with the learner's predict every this many iterations.
WATCH_EVERY = 100
#: How many test pictures the prediction grid shows.
GRID = 12


def _flatten(images):
    """(m, 64, 64, 3) uint8 pictures -> (12288, m) floats in [0, 1], one picture per column."""
    return images.reshape(images.shape[0], -1).T / 255.0


def _number(value):
    """The learner's cost as a float, or None when it is not a single number yet."""
    try:
        return float(np.squeeze(np.asarray(value, dtype=float)))
    except (TypeError, ValueError):
        return None


def _accuracy(predictions, labels):
    """Percentage of correct labels, as the course computes it."""
    return float(100 - np.mean(np.abs(predictions - labels)) * 100)


class CostStream:
    """Stands in for the learner's propagate: calls it, then reports the cost it returned.

    ``watch(step, w, b)``, when set, is called every WATCH_EVERY iterations with the current
    parameters (the ones this propagate call evaluates).
    """

    def __init__(self, propagate, emit, total):
        self.propagate = propagate
        self.emit = emit
        self.total = total
        self.done_before = 0  # iterations finished in earlier phases, for the progress bar
        self.name = "cost"
        self.calls = 0
        self.last_cost = None
        self.warned = False
        self.watch = None

    def start(self, name):
        self.done_before += self.calls
        self.name = name
        self.calls = 0
        self.warned = False

    def __call__(self, w, b, X, Y):
        grads, cost = self.propagate(w, b, X, Y)
        step = self.calls
        if self.watch is not None and step % WATCH_EVERY == 0:
            self.watch(step, w, b)
        self.calls += 1
        value = _number(cost)
        if value is not None:
            self.last_cost = value
            if not np.isfinite(value) and not self.warned:
                self.warned = True
                self.emit.log(f"the cost became {value} at iteration {step}: some probability "
                              "reached exactly 0 or 1 and its log is infinite; a smaller "
                              "learning rate avoids it", level="warning")
        if step % EVERY == 0:
            if value is not None:
                self.emit.metric(step, self.name, value)
            self.emit.progress(min(self.done_before + self.calls, self.total), self.total)
        return grads, cost


def _check_result(d, m_train, m_test):
    """Stop with a clear message if the learner's model did not return what the lesson needs."""
    if not isinstance(d, dict):
        raise TypeError(f"model must return a dict, it returned {type(d).__name__}")
    for key in ("Y_prediction_train", "Y_prediction_test", "w", "b", "costs"):
        if key not in d or d[key] is None:
            raise KeyError(f"model's dict has no value for {key!r}")
    for key, m in (("Y_prediction_train", m_train), ("Y_prediction_test", m_test)):
        if np.shape(d[key]) != (1, m):
            raise ValueError(f"d[{key!r}] has shape {np.shape(d[key])}, expected (1, {m})")


def _label(y, classes):
    return classes[int(y)].decode()


def _example_images(images, labels, classes, rng, per_class=3):
    """A few training pictures of each class, shuffled, with their labels."""
    picks = []
    for value in (1, 0):
        where = np.flatnonzero(labels[0] == value)
        picks.extend(rng.choice(where, size=min(per_class, where.size), replace=False))
    picks = rng.permutation(picks)
    captions = [f"y = {int(labels[0, i])}: {_label(labels[0, i], classes)}" for i in picks]
    return images[picks], captions


def _prediction_grid(images, labels, predictions, classes):
    """The test pictures the model gets wrong first, then right ones, with true/predicted."""
    wrong = np.flatnonzero(predictions[0] != labels[0])
    right = np.flatnonzero(predictions[0] == labels[0])
    picks = np.concatenate([wrong[:GRID // 2 + 2], right])[:GRID]
    captions = []
    for i in picks:
        mark = "ok" if predictions[0, i] == labels[0, i] else "WRONG"
        captions.append(f"true {_label(labels[0, i], classes)} / "
                        f"predicted {_label(predictions[0, i], classes)} ({mark})")
    return images[picks], captions, int(wrong.size)


def _weight_picture(w, shape):
    """The learned weights as a picture: red pixels vote 'shirt', blue ones 'non-shirt'."""
    grey = np.asarray(w, dtype=float).reshape(shape).mean(axis=2)
    scale = np.max(np.abs(grey)) or 1.0
    v = grey / scale
    rgb = np.stack([1 - np.clip(-v, 0, 1), 1 - np.abs(v), 1 - np.clip(v, 0, 1)], axis=2)
    return (rgb[None] * 255).round().astype(np.uint8)


def train(learner, emit, params):
    rng = np.random.default_rng(params["seed"])
    num_iterations = int(params["num_iterations"])
    learning_rate = float(params["learning_rate"])
    compare = bool(params.get("compare_rates", False))

    train_x_orig, train_y, test_x_orig, test_y, classes = load_dataset()
    train_x, test_x = _flatten(train_x_orig), _flatten(test_x_orig)
    m_train, m_test = train_x.shape[1], test_x.shape[1]
    emit.log(f"training pictures {train_x_orig.shape}, test pictures {test_x_orig.shape}; "
             f"flattened and divided by 255: train_set_x {train_x.shape}, "
             f"test_set_x {test_x.shape}")
    emit.log(f"{int(train_y.sum())} of {m_train} training pictures and {int(test_y.sum())} "
             f"of {m_test} test pictures are shirts")
    images, captions = _example_images(train_x_orig, train_y, classes, rng)
    emit.image("training examples", images, captions)

    total = num_iterations + (COMPARE_ITERATIONS * len(COMPARE_RATES) if compare else 0)
    stream = CostStream(learner.propagate, emit, total)
    learner.propagate = stream

    def watch(step, w, b):
        """Train and test accuracy of the current w, b with the learner's own predict."""
        try:
            train_now = _accuracy(learner.predict(w, b, train_x), train_y)
            test_now = _accuracy(learner.predict(w, b, test_x), test_y)
        except Exception as exc:  # noqa: BLE001 - a broken predict only stops the live curve
            stream.watch = None
            emit.log(f"no live accuracy: your predict raised {type(exc).__name__}: {exc}",
                     level="warning")
            return
        emit.metric(step, "train_accuracy", train_now / 100)
        emit.metric(step, "test_accuracy", test_now / 100)

    stream.watch = watch
    emit.log(f"training your model: {num_iterations} iterations, learning_rate={learning_rate}")
    d = learner.model(train_x, train_y, test_x, test_y, num_iterations=num_iterations,
                      learning_rate=learning_rate, print_cost=False)
    stream.watch = None
    if stream.calls == 0:
        emit.log("your optimize never called propagate, so no cost could be streamed",
                 level="warning")
    _check_result(d, m_train, m_test)
    final_cost = stream.last_cost

    train_acc = _accuracy(d["Y_prediction_train"], train_y)
    test_acc = _accuracy(d["Y_prediction_test"], test_y)
    # Accuracies are charted as fractions so they share the cost's axis; the summary uses %.
    emit.metric(num_iterations, "train_accuracy", train_acc / 100)
    emit.metric(num_iterations, "test_accuracy", test_acc / 100)
    emit.log(f"train accuracy {train_acc:.2f} %, test accuracy {test_acc:.2f} %: a gap of "
             f"{train_acc - test_acc:.1f} points between pictures it trained on and new ones")

    grid, grid_captions, n_wrong = _prediction_grid(test_x_orig, test_y,
                                                    d["Y_prediction_test"], classes)
    emit.log(f"{n_wrong} of {m_test} test pictures are misclassified; the grid shows them first")
    emit.image("test predictions", grid, grid_captions)
    emit.image("learned weights", _weight_picture(d["w"], train_x_orig.shape[1:]),
               ["red pixels push towards 'shirt', blue ones towards 'non-shirt'"])

    summary = {"train_accuracy": round(train_acc, 2), "test_accuracy": round(test_acc, 2),
               "final_cost": None if final_cost is None else round(final_cost, 6)}

    if compare:
        for rate in COMPARE_RATES:
            stream.start(f"cost (learning_rate={rate})")
            emit.log(f"comparison: {COMPARE_ITERATIONS} iterations with learning_rate={rate}")
            other = learner.model(train_x, train_y, test_x, test_y,
                                  num_iterations=COMPARE_ITERATIONS, learning_rate=rate,
                                  print_cost=False)
            _check_result(other, m_train, m_test)
            other_train = _accuracy(other["Y_prediction_train"], train_y)
            other_test = _accuracy(other["Y_prediction_test"], test_y)
            emit.log(f"learning_rate={rate}: final cost {stream.last_cost:.6f}, "
                     f"train {other_train:.2f} %, test {other_test:.2f} %")
            summary[f"test_accuracy (learning_rate={rate})"] = round(other_test, 2)

    emit.progress(total, total)
    return summary
