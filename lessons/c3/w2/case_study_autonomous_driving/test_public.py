"""Public tests: these are shown to you, with the values they expect.

They use the examples worked through in the explanation.
"""

import warnings

import numpy as np

import submission as sub
from engine.testkit import expect

NAN = np.nan


def test_multitask_loss_example():
    Y = np.array([[1, 0, NAN],
                  [0, 0, 1],
                  [NAN, 1, 0],
                  [1, NAN, 0],
                  [0, 0, NAN]])
    Y_hat = np.array([[0.9, 0.2, 0.5],
                      [0.1, 0.3, 0.8],
                      [0.4, 0.7, 0.1],
                      [0.6, 0.5, 0.2],
                      [0.2, 0.1, 0.3]])
    expect(sub.multitask_loss(Y_hat, Y), 0.8460639265105333, "multitask_loss(Y_hat, Y)",
           strict_type=True)


def test_multitask_loss_one_picture():
    Y = np.array([[1], [0], [NAN], [1], [0]])
    Y_hat = np.array([[0.9], [0.1], [0.4], [0.6], [0.2]])
    expect(sub.multitask_loss(Y_hat, Y), 0.944690206395853,
           "multitask_loss for one picture (the third label is missing)", strict_type=True)


def test_error_analysis_example():
    tags = [["foggy"], ["foggy", "night"], ["mislabeled"], [], ["glare"], ["foggy"], ["night"],
            ["foggy", "glare"], [], ["night"]]
    expect(sub.error_analysis(tags, 0.136), [("foggy", 0.4, 0.0544), ("night", 0.3, 0.0408),
                                             ("glare", 0.2, 0.0272),
                                             ("mislabeled", 0.1, 0.0136)],
           "error_analysis(tags, 0.136)")


def test_mismatch_report_bias_first():
    expect(sub.mismatch_report(0.008, 0.079, 0.083, 0.136, 0.140),
           ({"avoidable bias": 0.071, "variance": 0.004, "data mismatch": 0.053,
             "overfitting to dev": 0.004}, "avoidable bias"),
           "mismatch_report(0.008, 0.079, 0.083, 0.136, 0.140)")


def test_mismatch_report_data_mismatch():
    expect(sub.mismatch_report(0.005, 0.012, 0.016, 0.069, 0.071),
           ({"avoidable bias": 0.007, "variance": 0.004, "data mismatch": 0.053,
             "overfitting to dev": 0.002}, "data mismatch"),
           "mismatch_report(0.005, 0.012, 0.016, 0.069, 0.071)")


IMAGES = np.array([[[[0.8, 0.1, 0.1], [0.2, 0.2, 0.2]]],
                   [[[0.0, 0.5, 0.0], [1.0, 1.0, 1.0]]]])     # 2 pictures of 1 x 2 pixels
FOG = np.array([[[0.5, 1.0]],
                [[0.0, 0.25]]])                                 # 2 fog layers of 1 x 2 pixels


def test_synthesize_fog_example():
    # with seed=1, picture 0 gets fog layer 0 and picture 1 gets fog layer 1
    expect(sub.synthesize_fog(IMAGES, FOG, density=0.6, seed=1),
           np.array([[[[0.8, 0.316, 0.325], [0.56, 0.572, 0.59]]],
                     [[[0.0, 0.5, 0.0], [0.97, 0.973, 0.9775]]]]),
           "synthesize_fog(images, fog, density=0.6, seed=1)")


def test_synthesize_fog_warns_about_a_small_library():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sub.synthesize_fog(np.zeros((5, 1, 2, 3)), FOG, density=0.6, max_reuse=2)
    expect(len(caught) > 0, True, "a warning for 5 pictures and 2 fog layers with max_reuse=2")


CAMERA_NET = {"input": "front camera", "examples": 1_280_000}


def test_transfer_plan_examples():
    expect(sub.transfer_plan(CAMERA_NET, {"input": "front camera", "examples": 3_000}),
           "retrain the last layer", "transfer_plan(signs and lights, yellow lights: 3,000)")
    expect(sub.transfer_plan(CAMERA_NET, {"input": "front camera", "examples": 50_000}),
           "fine-tune all layers", "transfer_plan(signs and lights, cyclists: 50,000)")
    expect(sub.transfer_plan(CAMERA_NET, {"input": "microphone", "examples": 2_000}),
           "train from scratch", "transfer_plan(signs and lights, sirens: 2,000)")


def test_choose_pipeline_example():
    designs = {"end-to-end": [("camera -> steering", 80_000, 10_000_000)],
               "pipeline": [("camera -> cars, pedestrians, signs", 1_280_000, 500_000),
                            ("plan a route", 0, 0), ("route -> steering", 0, 0)]}
    expect(sub.choose_pipeline(designs), "pipeline", "choose_pipeline(designs)")
    designs["end-to-end"] = [("camera -> steering", 20_000_000, 10_000_000)]
    expect(sub.choose_pipeline(designs), "end-to-end",
           "choose_pipeline(designs) with 20,000,000 recorded drives")
