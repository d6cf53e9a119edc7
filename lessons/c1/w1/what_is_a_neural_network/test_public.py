"""Public tests: the worked examples of the explanation."""

import numpy as np

import submission as sub
from engine.testkit import expect

W1 = np.array([[0.5, 0.5, 0.0, 0.0],
               [0.0, 0.0, 0.4, 0.0],
               [0.0, 0.0, 0.0, 0.5]])
B1 = np.array([[-1.5], [-2.0], [-2.5]])
W2 = np.array([[100.0, 50.0, 80.0]])
B2 = np.array([[120.0]])


def test_relu_neuron_four_sizes():
    sizes = np.array([100.0, 200.0, 1000.0, 2000.0])
    expect(sub.relu_neuron(sizes, 0.15, -30.0), np.array([0.0, 0.0, 120.0, 270.0]),
           "relu_neuron(sizes, 0.15, -30)")


def test_house_price_network_one_house():
    x = np.array([[2.0], [3.0], [7.0], [4.0]])
    expect(sub.house_price_network(x, W1, B1, W2, B2), np.array([[260.0]]),
           "house_price_network(x, W1, b1, W2, b2)")


def test_house_price_network_three_houses():
    X = np.array([[2.0, 1.0, 3.0],
                  [3.0, 2.0, 4.0],
                  [7.0, 9.0, 2.0],
                  [4.0, 8.0, 9.0]])
    expect(sub.house_price_network(X, W1, B1, W2, B2), np.array([[260.0, 320.0, 480.0]]),
           "house_price_network(X, W1, b1, W2, b2)")
