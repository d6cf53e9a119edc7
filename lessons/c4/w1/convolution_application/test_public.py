"""Public tests: your models' layers, one by one, against the lists printed here.

Each layer is summarised as a dict: its class, its output shape (None is the batch size), its
number of parameters, and the settings that matter for it (filters, kernel size, strides,
padding, pool size, units, activation, the normalisation axis).
"""

import submission as sub
from engine.testkit import expect

SETTINGS = ("filters", "kernel_size", "strides", "padding", "pool_size", "units", "activation",
            "axis")

HAPPY_LAYERS = [
    {"class": "ZeroPadding2D", "output shape": (None, 70, 70, 3), "parameters": 0,
     "padding": ((3, 3), (3, 3))},
    {"class": "Conv2D", "output shape": (None, 64, 64, 32), "parameters": 4736, "filters": 32,
     "kernel_size": (7, 7), "strides": (1, 1), "padding": "valid", "activation": "linear"},
    {"class": "BatchNormalization", "output shape": (None, 64, 64, 32), "parameters": 128,
     "axis": 3},
    {"class": "ReLU", "output shape": (None, 64, 64, 32), "parameters": 0},
    {"class": "MaxPooling2D", "output shape": (None, 32, 32, 32), "parameters": 0,
     "pool_size": (2, 2), "strides": (2, 2), "padding": "valid"},
    {"class": "Flatten", "output shape": (None, 32768), "parameters": 0},
    {"class": "Dense", "output shape": (None, 1), "parameters": 32769, "units": 1,
     "activation": "sigmoid"},
]

CONVOLUTIONAL_LAYERS = [
    {"class": "InputLayer", "output shape": (None, 64, 64, 3), "parameters": 0},
    {"class": "Conv2D", "output shape": (None, 64, 64, 8), "parameters": 392, "filters": 8,
     "kernel_size": (4, 4), "strides": (1, 1), "padding": "same", "activation": "linear"},
    {"class": "ReLU", "output shape": (None, 64, 64, 8), "parameters": 0},
    {"class": "MaxPooling2D", "output shape": (None, 8, 8, 8), "parameters": 0,
     "pool_size": (8, 8), "strides": (8, 8), "padding": "same"},
    {"class": "Conv2D", "output shape": (None, 8, 8, 16), "parameters": 528, "filters": 16,
     "kernel_size": (2, 2), "strides": (1, 1), "padding": "same", "activation": "linear"},
    {"class": "ReLU", "output shape": (None, 8, 8, 16), "parameters": 0},
    {"class": "MaxPooling2D", "output shape": (None, 2, 2, 16), "parameters": 0,
     "pool_size": (4, 4), "strides": (4, 4), "padding": "same"},
    {"class": "Flatten", "output shape": (None, 64), "parameters": 0},
    {"class": "Dense", "output shape": (None, 6), "parameters": 390, "units": 6,
     "activation": "softmax"},
]


def _setting(layer, key, value):
    if key == "axis" and isinstance(value, int) and value < 0:
        return value + len(layer.input.shape)
    return tuple(value) if isinstance(value, list) else value


def layer_summary(model):
    """One dict per layer of the model, in order."""
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
    assert classes == wanted, f"{what} has the layers {classes}; expected {wanted}"
    for i, (row, want) in enumerate(zip(actual, expected, strict=True)):
        expect(row, want, f"{what}, layer {i} ({want['class']})")


def test_happyModel_layers():
    model = sub.happyModel()
    assert isinstance(model, sub.tf.keras.Sequential), "happyModel must return a Sequential"
    compare_layers(model, HAPPY_LAYERS, "happyModel()")
    assert model.count_params() == 37633, f"{model.count_params()} parameters, expected 37633"


def test_convolutional_model_layers():
    model = sub.convolutional_model((64, 64, 3))
    compare_layers(model, CONVOLUTIONAL_LAYERS, "convolutional_model((64, 64, 3))")
    assert model.count_params() == 1310, f"{model.count_params()} parameters, expected 1310"
