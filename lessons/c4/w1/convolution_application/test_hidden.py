"""Hidden tests: the layer lists are computed from the reference models (for other input
shapes too), and the models are run with shared random weights to compare what they compute."""

import numpy as np
import pytest
import tensorflow as tf

import submission as sub
from engine.testkit import expect, reference

SETTINGS = ("filters", "kernel_size", "strides", "padding", "pool_size", "units", "activation",
            "axis")


def _setting(layer, key, value):
    if key == "axis" and isinstance(value, int) and value < 0:
        return value + len(layer.input.shape)
    return tuple(value) if isinstance(value, list) else value


def layer_summary(model):
    """One dict per layer: class, output shape, parameter count and the settings that matter."""
    rows = []
    for layer in model.layers:
        try:
            shape = tuple(layer.output.shape)
        except (AttributeError, ValueError) as error:
            raise AssertionError(f"layer {layer.name} has no output shape yet ({error}): "
                                 f"does the model start from an Input?") from None
        row = {"class": type(layer).__name__, "output shape": shape,
               "parameters": layer.count_params()}
        config = layer.get_config()
        row.update({key: _setting(layer, key, config[key]) for key in SETTINGS if key in config})
        rows.append(row)
    return rows


def compare_layers(model, expected, what):
    actual = layer_summary(model)
    classes = [row["class"] for row in actual]
    wanted = [row["class"] for row in expected]
    assert classes == wanted, f"{what} has the layers {classes}, not the expected sequence"
    for i, (row, want) in enumerate(zip(actual, expected, strict=True)):
        expect(row, want, f"{what}, layer {i} ({want['class']})")


def _random_weights(model, seed):
    """Random values for every weight, scaled so that nothing saturates: kernels ~ 1/sqrt(fan
    in), BatchNormalization with a nonzero moving mean, positive variances and varied gamma."""
    rng = np.random.default_rng(seed)
    values = []
    for weight in model.weights:
        shape = tuple(weight.shape)
        name = weight.name
        if "variance" in name:
            value = rng.uniform(0.5, 2.0, shape)
        elif name == "gamma":
            value = rng.normal(1.0, 0.5, shape)
        elif len(shape) > 1:
            value = rng.normal(0.0, 1.0 / np.sqrt(np.prod(shape[:-1])), shape)
        else:
            value = rng.normal(0.0, 0.3, shape)
        values.append(value.astype(np.float32))
    return values


def _same_computation(model, ref, x, seed, what):
    """Give both models the same random weights, then compare their outputs on x."""
    ref_shapes = [tuple(w.shape) for w in ref.weights]
    shapes = [tuple(w.shape) for w in model.weights]
    assert shapes == ref_shapes, (f"{what}: the weight shapes {shapes} differ from the "
                                  f"expected model's; fix the layers first")
    values = _random_weights(ref, seed)
    ref.set_weights(values)
    expected = np.asarray(ref(x.copy(), training=False))
    model.set_weights(values)
    expect(np.asarray(model(x, training=False)), expected, what, rtol=1e-4, atol=1e-5)


# happyModel ----------------------------------------------------------------------------------

def test_happyModel_is_sequential():
    """happyModel returns tf.keras.Sequential([...]) with the layers inside the list."""
    model = sub.happyModel()
    assert isinstance(model, tf.keras.Sequential), f"got {type(model).__name__}"
    assert len(model.layers) > 0, "the Sequential model has no layers"


def test_happyModel_layer_list():
    """In order: ZeroPadding2D(3), Conv2D(32, 7x7, stride 1, no padding of its own),
    BatchNormalization(axis=3), ReLU, MaxPooling2D(), Flatten, Dense(1, sigmoid)."""
    expected = layer_summary(reference().happyModel())
    compare_layers(sub.happyModel(), expected, "happyModel()")


def test_happyModel_parameter_counts():
    """37,633 parameters, 37,569 trainable: BatchNormalization's moving mean and variance
    (2 x 32) are not trained."""
    model = sub.happyModel()
    trainable = sum(int(np.prod(w.shape)) for w in model.trainable_weights)
    expect(model.count_params(), 37633, "happyModel().count_params()")
    expect(trainable, 37569, "trainable parameters of happyModel()")


def test_happyModel_outputs_probabilities():
    """One sigmoid unit: a probability strictly between 0 and 1 per picture (a softmax over
    a single unit would always say 1)."""
    x = np.random.default_rng(3).uniform(0, 1, (5, 64, 64, 3)).astype(np.float32)
    model = sub.happyModel()
    model.set_weights(_random_weights(model, 4))
    out = np.asarray(model(x, training=False))
    assert out.shape == (5, 1), f"output shape {out.shape}, expected (5, 1)"
    assert np.all((out > 0) & (out < 1)), "outputs are not all strictly between 0 and 1"
    assert np.ptp(out) > 1e-6, "every picture gets the same output: is the activation right?"


@pytest.mark.parametrize("seed", [11, 12])
def test_happyModel_computes_like_the_reference(seed):
    """With the same weights your model must compute the same probabilities: padding, then
    the convolution, then BatchNormalization, THEN ReLU, pooling, flatten, sigmoid."""
    x = np.random.default_rng(seed).uniform(0, 1, (3, 64, 64, 3)).astype(np.float32)
    _same_computation(sub.happyModel(), reference().happyModel(), x, seed, "happyModel()(x)")


# convolutional_model -------------------------------------------------------------------------

@pytest.mark.parametrize("input_shape", [(64, 64, 3), (48, 80, 3), (32, 40, 1)])
def test_convolutional_model_layer_list(input_shape):
    """Input -> Conv2D(8, 4x4, 'same') -> ReLU -> MaxPool2D(8, stride 8, 'same') ->
    Conv2D(16, 2x2, 'same') -> ReLU -> MaxPool2D(4, stride 4, 'same') -> Flatten ->
    Dense(6, softmax); every shape follows from input_shape (pictures need not be square)."""
    expected = layer_summary(reference().convolutional_model(input_shape))
    compare_layers(sub.convolutional_model(input_shape), expected,
                   f"convolutional_model({input_shape})")


def test_convolutional_model_is_functional():
    """Build it with the Functional API: tf.keras.Input(shape=input_shape), layers called on
    tensors, and tf.keras.Model(inputs=input_img, outputs=outputs)."""
    model = sub.convolutional_model((40, 56, 3))
    assert isinstance(model, tf.keras.Model), f"got {type(model).__name__}"
    assert not isinstance(model, tf.keras.Sequential), "use the Functional API, not Sequential"
    expect(tuple(model.input_shape), (None, 40, 56, 3), "model.input_shape")
    expect(tuple(model.output_shape), (None, 6), "model.output_shape")


def test_convolutional_model_parameter_counts():
    """1,310 parameters for 64x64x3 pictures: 392 + 528 + 390. With one channel the first
    convolution has 4*4*1*8 + 8 = 136."""
    expect(sub.convolutional_model((64, 64, 3)).count_params(), 1310, "parameters (64, 64, 3)")
    expect(sub.convolutional_model((64, 64, 1)).count_params(), 1054, "parameters (64, 64, 1)")


def test_convolutional_model_softmax_rows():
    """The 6 outputs of one picture are probabilities that sum to 1 (a softmax)."""
    x = np.random.default_rng(5).uniform(0, 1, (4, 64, 64, 3)).astype(np.float32)
    model = sub.convolutional_model((64, 64, 3))
    out = np.asarray(model(x, training=False))
    assert out.shape == (4, 6), f"output shape {out.shape}, expected (4, 6)"
    expect(out.sum(axis=1), np.ones(4, dtype=np.float32), "sum of the 6 outputs", rtol=1e-4)
    assert np.all(out > 0), "softmax outputs are all positive"


@pytest.mark.parametrize("input_shape, seed", [((64, 64, 3), 21), ((48, 80, 3), 22)])
def test_convolutional_model_computes_like_the_reference(input_shape, seed):
    """With the same weights the outputs must match: every layer feeds the NEXT one
    (Z2 is computed from P1, F from P2), with ReLU after each convolution."""
    x = np.random.default_rng(seed).uniform(0, 1, (3, *input_shape)).astype(np.float32)
    _same_computation(sub.convolutional_model(input_shape),
                      reference().convolutional_model(input_shape), x, seed,
                      f"convolutional_model({input_shape})(x)")
