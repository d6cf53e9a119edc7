"""Public tests: the worked example of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect


def test_initialize_generated_example():
    content = np.array([0.2, 0.8]).reshape(1, 1, 2, 1)
    noise = np.array([1.0, 0.0]).reshape(1, 1, 2, 1)
    expect(sub.initialize_generated(content, noise, 0.25),
           np.array([0.4, 0.6]).reshape(1, 1, 2, 1), "initialize_generated(C, noise, 0.25)")


def test_pixel_gradient_step_example():
    G = np.array([0.4, 0.6, 0.95])
    dG = np.array([1.0, -2.0, -1.0])
    expect(sub.pixel_gradient_step(G, dG, 0.1), np.array([0.3, 0.8, 1.0]),
           "pixel_gradient_step(G, dG, 0.1)")
