"""Hidden tests: other shapes, AlexNet, and VGG-16's famous 138 million."""

import copy

import pytest

import submission as sub
from engine.testkit import expect, reference


def _vgg16():
    layers = []
    for n_C, reps in [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)]:
        layers += [{"type": "conv", "f": 3, "p": 1, "n_C": n_C} for _ in range(reps)]
        layers.append({"type": "pool", "f": 2, "s": 2})
    layers += [{"type": "fc", "units": 4096}, {"type": "fc", "units": 4096},
               {"type": "fc", "units": 1000}]
    return layers


@pytest.mark.parametrize("shape, layer", [
    ((20, 30, 7), {"type": "conv", "f": 3, "n_C": 5}),
    ((9, 4, 2), {"type": "conv", "f": 1, "n_C": 11}),
    ((227, 227, 3), {"type": "conv", "f": 11, "s": 4, "n_C": 96}),
    ((6, 6, 256), {"type": "fc", "units": 4096}),
    ((3, 7, 2), {"type": "fc", "units": 9}),
    ((37,), {"type": "fc", "units": 4}),
])
def test_layer_params_varied(shape, layer):
    """conv: (f * f * n_C_prev + 1) * n_C (one bias per filter); fc: (n_H * n_W * n_C + 1) *
    units, counting every number of the flattened input."""
    expected = reference().layer_params(shape, dict(layer))
    expect(sub.layer_params(shape, layer), expected, f"layer_params({shape}, {layer})")


def test_layer_params_conv_ignores_image_size():
    """A filter is shared across the whole picture: the image size does not change a conv
    layer's count, only f, n_C_prev and n_C do."""
    layer = {"type": "conv", "f": 3, "n_C": 8}
    small = sub.layer_params((8, 8, 4), layer)
    big = sub.layer_params((300, 200, 4), layer)
    expect(big, small, "conv count on a bigger image")
    expect(small, 3 * 3 * 4 * 8 + 8, "conv count: weights plus one bias per filter")


def test_count_parameters_vgg16():
    """VGG-16 has 138,357,544 parameters: each layer's count uses the shape produced by the
    previous layer, and pooling adds nothing."""
    counts = sub.count_parameters((224, 224, 3), _vgg16())
    expect(len(counts), 21, "one count per layer")
    expect(sum(counts), 138357544, "total parameters of VGG-16")


def test_count_parameters_small_rectangles():
    """Walk the layers in order, carrying the shape forward after counting each layer."""
    layers = [{"type": "conv", "f": 3, "n_C": 4}, {"type": "pool", "f": 2, "s": 2},
              {"type": "conv", "f": 2, "n_C": 6}, {"type": "fc", "units": 5}]
    expected = reference().count_parameters((12, 8, 3), copy.deepcopy(layers))
    expect(sub.count_parameters((12, 8, 3), layers), expected, "count_parameters((12, 8, 3), ...)")
