"""Hidden tests: fresh sizes, compared with the reference solution and hand counts."""

import itertools

import pytest

import submission as sub
from engine.testkit import expect, reference


def _brute(image_size, window_sizes, stride):
    H, W = image_size
    n = 0
    for f in window_sizes:
        for top, left in itertools.product(range(0, H, stride), range(0, W, stride)):
            if top + f <= H and left + f <= W:
                n += 1
    return n


@pytest.mark.parametrize("size,windows,stride", [
    ((10, 17), [3, 5], 2), ((32, 20), [4, 8, 16], 4), ((9, 13), [2, 3, 7], 3), ((7, 7), [1], 1)])
def test_count_windows_matches_hand_count(size, windows, stride):
    """Positions per axis = floor((n - f) / s) + 1 (the +1 counts the first window); rows and columns can differ."""
    expect(sub.count_windows(size, list(windows), stride), _brute(size, windows, stride), "count_windows")


def test_count_windows_window_too_big():
    """A window larger than the image fits nowhere: it adds 0, never a negative or positive count."""
    expect(sub.count_windows((6, 6), [12, 3], 2), _brute((6, 6), [12, 3], 2), "count_windows")
    expect(sub.count_windows((5, 9), [7], 1), 0, "count_windows((5, 9), [7], 1)")


@pytest.mark.parametrize("method", ["rcnn", "fast", "faster"])
@pytest.mark.parametrize("r,conv,head,prop", [(300, 4.0, 0.2, 50.0), (17, 1.5, 3.0, 2.0)])
def test_detection_cost_matches_reference(method, r, conv, head, prop):
    """R-CNN runs the ConvNet once PER REGION; Fast R-CNN once per image; Faster R-CNN also drops the classical proposal step."""
    expected = reference().detection_cost(r, conv, head, prop, method)
    expect(sub.detection_cost(r, conv, head, prop, method), expected, f"detection_cost({method})")


def test_detection_cost_ordering_and_growth():
    """Each generation is cheaper, and only R-CNN's cost grows by conv_cost with every extra region."""
    costs = [sub.detection_cost(1000, 8.0, 0.1, 100.0, m) for m in ("rcnn", "fast", "faster")]
    assert costs[0] > costs[1] > costs[2], f"expected rcnn > fast > faster, got {costs}"
    step = sub.detection_cost(1001, 8.0, 0.1, 100.0, "rcnn") - costs[0]
    expect(step, 8.1, "extra cost of one more region for rcnn")


def test_detection_cost_unknown_method():
    """An unknown method name must raise ValueError."""
    with pytest.raises(ValueError):
        sub.detection_cost(10, 1.0, 1.0, 1.0, "yolo")
