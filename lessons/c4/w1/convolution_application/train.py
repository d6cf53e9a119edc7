"""Train the learner's two Keras models: happyModel on drawn faces, convolutional_model on
six kinds of clothing (the stand-in for the course's SIGNS pictures).

The models are the learner's own: this file only does what the course's notebook did around
them (load and scale the pictures, compile, fit, evaluate) and reports every epoch through a
Keras callback. Accuracies are reported in percent.
"""

import time

import numpy as np
import tensorflow as tf

from data.fashion_six import load_dataset
from data.happy_faces import load_happy_dataset

#: How many test pictures each prediction grid shows.
GRID = 12


class EpochReporter(tf.keras.callbacks.Callback):
    """Streams loss, accuracy, val_loss and val_accuracy after every epoch."""

    def __init__(self, emit, label, epochs, offset, total):
        super().__init__()
        self.emit, self.label, self.epochs = emit, label, epochs
        self.offset, self.total = offset, total
        self.started = time.monotonic()
        self.last = {}

    def on_epoch_end(self, epoch, logs=None):
        logs = dict(logs or {})
        step = epoch + 1
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            if key in logs:
                value = float(logs[key]) * (100 if key.endswith("accuracy") else 1)
                self.emit.metric(step, f"{self.label} {key}", value)
                self.last[key] = value
        self.emit.progress(self.offset + step, self.total)
        if step == 1 or step % 5 == 0 or step == self.epochs:
            self.emit.log(
                f"{self.label} epoch {step}/{self.epochs}: loss {self.last.get('loss', 0):.4f}, "
                f"accuracy {self.last.get('accuracy', 0):.1f} %, val_loss "
                f"{self.last.get('val_loss', 0):.4f}, val_accuracy "
                f"{self.last.get('val_accuracy', 0):.1f} % "
                f"({time.monotonic() - self.started:.0f} s)")


def _check_model(model, what, output_shape):
    if not isinstance(model, tf.keras.Model):
        raise TypeError(f"{what} returned {type(model).__name__}, expected a Keras model")
    if not model.layers:
        raise ValueError(f"{what} has no layers yet: write them between the markers")
    shape = tuple(model.output_shape)
    if shape != output_shape:
        raise ValueError(f"{what} gives outputs of shape {shape}; the training expects "
                         f"{output_shape}. Run the checks first.")


def _layer_table(model, what):
    """The model's layers as text: class, output shape and parameters, with the totals."""
    lines = [f"{what}", f"{'layer':<22}{'output shape':<24}{'parameters':>11}"]
    for layer in model.layers:
        lines.append(f"{type(layer).__name__:<22}{str(tuple(layer.output.shape)):<24}"
                     f"{layer.count_params():>11,}")
    trainable = sum(int(np.prod(w.shape)) for w in model.trainable_weights)
    lines.append(f"total {model.count_params():,} parameters, {trainable:,} trainable")
    return "\n".join(lines)


def _prediction_grid(images, labels, predicted, caption):
    """Wrong predictions first (up to half the grid), then right ones."""
    wrong = np.flatnonzero(predicted != labels)
    right = np.flatnonzero(predicted == labels)
    picks = np.concatenate([wrong[:GRID // 2], right])[:GRID]
    return images[picks], [caption(i) for i in picks]


def train_happy(learner, emit, params, offset, total):
    x_train_orig, y_train_orig, x_test_orig, y_test_orig, classes = load_happy_dataset()
    X_train, X_test = x_train_orig / 255.0, x_test_orig / 255.0
    Y_train, Y_test = y_train_orig.T, y_test_orig.T
    names = [c.decode() for c in classes]
    emit.log(f"happy faces: X_train {X_train.shape}, Y_train {Y_train.shape}, "
             f"X_test {X_test.shape}, Y_test {Y_test.shape}")
    emit.image("happy faces (training set)", x_train_orig[:GRID],
               [f"y = {y}: {names[y]}" for y in y_train_orig[0, :GRID]])

    model = learner.happyModel()
    _check_model(model, "happyModel()", (None, 1))
    emit.text(_layer_table(model, "happyModel()"), channel="models")
    model.compile(optimizer=tf.keras.optimizers.Adam(
        learning_rate=float(params["learning_rate_happy"])),
        loss="binary_crossentropy", metrics=["accuracy"])
    epochs, batch = int(params["epochs_happy"]), int(params["batch_size_happy"])
    emit.log(f"happyModel: {epochs} epochs, batches of {batch}, Adam, binary cross-entropy")
    start = time.monotonic()
    model.fit(X_train, Y_train, epochs=epochs, batch_size=batch, verbose=0,
              validation_data=(X_test, Y_test),
              callbacks=[EpochReporter(emit, "happy", epochs, offset, total)])
    seconds = time.monotonic() - start

    train_loss, train_acc = model.evaluate(X_train, Y_train, verbose=0)
    test_loss, test_acc = model.evaluate(X_test, Y_test, verbose=0)
    emit.log(f"happyModel after {seconds:.0f} s: train accuracy {100 * train_acc:.1f} %, "
             f"test accuracy {100 * test_acc:.1f} % (test loss {test_loss:.4f})")
    p = model.predict(X_test, verbose=0)[:, 0]
    predicted = (p > 0.5).astype(int)
    labels = Y_test[:, 0]
    images, captions = _prediction_grid(
        x_test_orig, labels, predicted,
        lambda i: f"p(happy) = {p[i]:.2f}: {names[predicted[i]]}"
                  f"{'' if predicted[i] == labels[i] else ' (WRONG)'}")
    emit.image("happyModel on test faces", images, captions)
    return {"happy_train_accuracy": round(100 * train_acc, 2),
            "happy_test_accuracy": round(100 * test_acc, 2),
            "happy_seconds": round(seconds, 1)}


def train_signs(learner, emit, params, offset, total):
    x_train_orig, y_train_orig, x_test_orig, y_test_orig, classes = load_dataset()
    names = [c.decode() for c in classes]
    n_classes = len(names)
    X_train, X_test = x_train_orig / 255.0, x_test_orig / 255.0
    Y_train = np.eye(n_classes)[y_train_orig[0]]
    Y_test = np.eye(n_classes)[y_test_orig[0]]
    emit.log(f"six classes ({', '.join(names)}): X_train {X_train.shape}, Y_train "
             f"{Y_train.shape} one-hot, X_test {X_test.shape}, Y_test {Y_test.shape}")
    emit.image("six classes (training set)", x_train_orig[:GRID],
               [f"y = {y}: {names[y]}" for y in y_train_orig[0, :GRID]])

    model = learner.convolutional_model((64, 64, 3))
    _check_model(model, "convolutional_model((64, 64, 3))", (None, n_classes))
    emit.text(_layer_table(model, "convolutional_model((64, 64, 3))"), channel="models")
    model.compile(optimizer=tf.keras.optimizers.Adam(
        learning_rate=float(params["learning_rate_signs"])),
        loss="categorical_crossentropy", metrics=["accuracy"])
    epochs, batch = int(params["epochs_signs"]), int(params["batch_size_signs"])
    train_dataset = tf.data.Dataset.from_tensor_slices((X_train, Y_train)).batch(batch)
    test_dataset = tf.data.Dataset.from_tensor_slices((X_test, Y_test)).batch(batch)
    emit.log(f"convolutional_model: {epochs} epochs, tf.data batches of {batch}, "
             f"Adam(learning_rate={params['learning_rate_signs']}), categorical cross-entropy")
    start = time.monotonic()
    model.fit(train_dataset, epochs=epochs, validation_data=test_dataset, verbose=0,
              callbacks=[EpochReporter(emit, "signs", epochs, offset, total)])
    seconds = time.monotonic() - start

    _, train_acc = model.evaluate(train_dataset, verbose=0)
    _, test_acc = model.evaluate(test_dataset, verbose=0)
    emit.log(f"convolutional_model after {seconds:.0f} s: train accuracy "
             f"{100 * train_acc:.1f} %, test accuracy {100 * test_acc:.1f} %")
    probabilities = model.predict(X_test, verbose=0)
    predicted = probabilities.argmax(axis=1)
    labels = y_test_orig[0]
    confusion = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(confusion, (labels, predicted), 1)
    emit.heatmap("confusion matrix (test set): rows true class, columns predicted",
                 confusion, rows=names, cols=names)
    pairs = [(confusion[i, j] + confusion[j, i], names[i], names[j])
             for i in range(n_classes) for j in range(i + 1, n_classes)]
    count, first, second = max(pairs)
    if count:
        emit.log(f"the most confused pair: {first} and {second} ({count} test pictures)")
    images, captions = _prediction_grid(
        x_test_orig, labels, predicted,
        lambda i: f"true {names[labels[i]]} / predicted {names[predicted[i]]} "
                  f"({probabilities[i, predicted[i]]:.2f})"
                  f"{'' if predicted[i] == labels[i] else ' (WRONG)'}")
    emit.image("convolutional_model on test pictures", images, captions)
    return {"signs_train_accuracy": round(100 * train_acc, 2),
            "signs_test_accuracy": round(100 * test_acc, 2),
            "signs_seconds": round(seconds, 1)}


def train(learner, emit, params):
    which = str(params["model"]).lower()
    if which not in ("happy", "signs", "both"):
        raise ValueError(f"model must be 'happy', 'signs' or 'both', not {which!r}")
    tf.keras.utils.set_random_seed(int(params["seed"]))
    happy_epochs = int(params["epochs_happy"]) if which in ("happy", "both") else 0
    signs_epochs = int(params["epochs_signs"]) if which in ("signs", "both") else 0
    total = happy_epochs + signs_epochs
    start = time.monotonic()
    summary = {}
    if happy_epochs:
        summary.update(train_happy(learner, emit, params, 0, total))
    if signs_epochs:
        summary.update(train_signs(learner, emit, params, happy_epochs, total))
    summary["seconds"] = round(time.monotonic() - start, 1)
    return summary
