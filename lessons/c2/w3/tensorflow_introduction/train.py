"""Train the learner's 3-layer TensorFlow network on six kinds of clothing.

Everything that defines the model is the learner's: their one_hot_matrix encodes the labels,
their initialize_parameters makes the Variables, and every step of every minibatch runs their
forward_propagation and compute_total_loss under a GradientTape. This file only provides what
the course's notebook gave: the data pipeline, Adam, the loop, and the accuracy bookkeeping.
"""

import time

import numpy as np
import tensorflow as tf

from data.fashion_six import load_dataset

N_CLASSES = 6
SHAPES = {"W1": (25, 12288), "b1": (25, 1), "W2": (12, 25), "b2": (12, 1), "W3": (6, 12),
          "b3": (6, 1)}
#: How many test pictures the prediction grid shows.
GRID = 12


def _normalize(images):
    """(m, 64, 64, 3) uint8 -> (m, 12288) float32 in [0, 1]: one picture per ROW, as tf.data
    hands them out; the training step transposes each minibatch into columns."""
    return (images.reshape(images.shape[0], -1) / 255.0).astype(np.float32)


def _one_hot_labels(learner, labels):
    """The learner's one_hot_matrix applied to every label, through tf.data like the course.

    One label is checked eagerly first, so that a wrong shape gets a clear message instead of
    an error from deep inside tf.data."""
    sample = learner.one_hot_matrix(tf.constant(labels[0], dtype=tf.int64), N_CLASSES)
    if not tf.is_tensor(sample):
        raise TypeError(f"one_hot_matrix returned {type(sample).__name__}, expected a tensor")
    if tuple(sample.shape) != (N_CLASSES,):
        raise ValueError(f"one_hot_matrix(label, 6) has shape {tuple(sample.shape)}, "
                         f"expected (6,)")
    if int(tf.argmax(sample)) != int(labels[0]):
        raise ValueError(f"one_hot_matrix({labels[0]}, 6) puts its 1 at position "
                         f"{int(tf.argmax(sample))}")
    dataset = tf.data.Dataset.from_tensor_slices(labels.astype(np.int64))
    try:
        encoded = dataset.map(learner.one_hot_matrix)
        return np.stack([np.asarray(y, dtype=np.float32) for y in encoded.as_numpy_iterator()])
    except Exception:  # noqa: BLE001 - numpy inside the function cannot run in a tf.data graph
        return np.stack([np.asarray(learner.one_hot_matrix(tf.constant(y), N_CLASSES),
                                    dtype=np.float32) for y in labels])


def _check_parameters(parameters):
    if not isinstance(parameters, dict):
        raise TypeError(f"initialize_parameters returned {type(parameters).__name__}, "
                        f"expected a dict")
    for key, shape in SHAPES.items():
        if key not in parameters:
            raise KeyError(f"initialize_parameters returned no {key!r}")
        value = parameters[key]
        if not isinstance(value, tf.Variable):
            raise TypeError(f"{key} is not a tf.Variable (it is {type(value).__name__}): "
                            f"only Variables can be trained")
        if tuple(value.shape) != shape:
            raise ValueError(f"{key} has shape {tuple(value.shape)}, expected {shape}")


def _predict(learner, parameters, X):
    """Class numbers for the rows of X, from the learner's forward pass."""
    logits = learner.forward_propagation(tf.transpose(tf.constant(X)), parameters)
    return np.argmax(np.asarray(logits), axis=0)


def _prediction_grid(images, labels, predicted, names):
    """Wrong predictions first, then right ones, with true and predicted class."""
    wrong = np.flatnonzero(predicted != labels)
    right = np.flatnonzero(predicted == labels)
    picks = np.concatenate([wrong[:GRID // 2], right])[:GRID]
    captions = [f"true {names[labels[i]]} / predicted {names[predicted[i]]}"
                f"{'' if predicted[i] == labels[i] else ' (WRONG)'}" for i in picks]
    return images[picks], captions


def train(learner, emit, params):
    seed = int(params["seed"])
    num_epochs = int(params["num_epochs"])
    learning_rate = float(params["learning_rate"])
    minibatch_size = int(params["minibatch_size"])

    train_x_orig, train_y, test_x_orig, test_y, classes = load_dataset()
    names = [c.decode() for c in classes]
    train_labels, test_labels = train_y[0], test_y[0]
    X_train, X_test = _normalize(train_x_orig), _normalize(test_x_orig)
    m = X_train.shape[0]
    emit.log(f"{m} training and {X_test.shape[0]} test pictures of {', '.join(names)}; "
             f"each flattened to 12288 numbers in [0, 1]")
    rng = np.random.default_rng(seed)
    sample = rng.choice(m, size=12, replace=False)
    emit.image("training examples", train_x_orig[sample],
               [f"y = {train_labels[i]}: {names[train_labels[i]]}" for i in sample])

    Y_train = _one_hot_labels(learner, train_labels)
    emit.log(f"your one_hot_matrix turned label {train_labels[0]} into "
             f"{Y_train[0].astype(int).tolist()}")

    parameters = learner.initialize_parameters()
    _check_parameters(parameters)
    variables = [parameters[key] for key in SHAPES]
    optimizer = tf.keras.optimizers.Adam(learning_rate=learning_rate)

    dataset = tf.data.Dataset.from_tensor_slices((X_train, Y_train))
    minibatches = (dataset.shuffle(m, seed=seed, reshuffle_each_iteration=True)
                   .batch(minibatch_size).prefetch(8))
    n_batches = -(-m // minibatch_size)
    emit.log(f"training: {num_epochs} epochs of {n_batches} minibatches of {minibatch_size}, "
             f"Adam(learning_rate={learning_rate})")

    start = time.monotonic()
    cost = train_acc = test_acc = None
    for epoch in range(num_epochs):
        epoch_total_loss = 0.0
        for minibatch_X, minibatch_Y in minibatches:
            with tf.GradientTape() as tape:
                Z3 = learner.forward_propagation(tf.transpose(minibatch_X), parameters)
                minibatch_total_loss = learner.compute_total_loss(Z3, tf.transpose(minibatch_Y))
            if not tf.is_tensor(minibatch_total_loss) or minibatch_total_loss.shape.rank != 0:
                raise TypeError("compute_total_loss must return a scalar tensor, got "
                                f"{type(minibatch_total_loss).__name__} "
                                f"{getattr(minibatch_total_loss, 'shape', '')}")
            grads = tape.gradient(minibatch_total_loss, variables)
            missing = [key for key, g in zip(SHAPES, grads, strict=True) if g is None]
            if missing:
                raise ValueError(f"no gradient reaches {', '.join(missing)}: every step of "
                                 f"forward_propagation and compute_total_loss must be a "
                                 f"TensorFlow operation on the Variables")
            optimizer.apply_gradients(zip(grads, variables, strict=True))
            epoch_total_loss += float(minibatch_total_loss)
        # The total loss of the epoch over the number of examples: the mean cost per picture.
        cost = epoch_total_loss / m
        train_acc = 100 * float(np.mean(_predict(learner, parameters, X_train) == train_labels))
        test_acc = 100 * float(np.mean(_predict(learner, parameters, X_test) == test_labels))
        emit.metric(epoch, "cost", cost)
        emit.metric(epoch, "train accuracy", train_acc)
        emit.metric(epoch, "test accuracy", test_acc)
        emit.progress(epoch + 1, num_epochs)
        if epoch % 10 == 0 or epoch == num_epochs - 1:
            emit.log(f"epoch {epoch}: cost {cost:.4f}, train accuracy {train_acc:.1f} %, "
                     f"test accuracy {test_acc:.1f} %")
    emit.log(f"{num_epochs} epochs in {time.monotonic() - start:.0f} s")

    predicted = _predict(learner, parameters, X_test)
    confusion = np.zeros((N_CLASSES, N_CLASSES), dtype=int)
    np.add.at(confusion, (test_labels, predicted), 1)
    emit.heatmap("confusion matrix (test set): rows true class, columns predicted",
                 confusion, rows=names, cols=names)
    pairs = [(confusion[i, j] + confusion[j, i], names[i], names[j])
             for i in range(N_CLASSES) for j in range(i + 1, N_CLASSES)]
    count, first, second = max(pairs)
    if count:
        emit.log(f"the most confused pair: {first} and {second} ({count} test pictures)")
    images, captions = _prediction_grid(test_x_orig, test_labels, predicted, names)
    emit.image("test predictions", images, captions)

    summary = {"train_accuracy": None if train_acc is None else round(train_acc, 2),
               "test_accuracy": None if test_acc is None else round(test_acc, 2),
               "final_cost": None if cost is None else round(cost, 6)}
    return summary
