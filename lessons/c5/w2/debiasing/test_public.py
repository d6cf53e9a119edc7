"""Public tests: these are shown to you, with the values they expect."""

import numpy as np

import submission as sub
from engine.testkit import expect

PAIRS = [("man", "woman"), ("he", "she"), ("boy", "girl")]
G = np.array([1.6932666667, 0.0, 0.0, 0.0568666667, -0.0568666667, 0.0])


def test_bias_direction_one_pair():
    expect(sub.bias_direction([("man", "woman")], sub.WORD_TO_VEC),
           np.array([1.8732, 0.0, 0.0, 0.0937, -0.0937, 0.0]), "bias_direction([('man', 'woman')])")


def test_bias_direction_three_pairs():
    expect(sub.bias_direction(PAIRS, sub.WORD_TO_VEC), G, "bias_direction(PAIRS)")


def test_neutralize_receptionist():
    expect(sub.neutralize("receptionist", G, sub.WORD_TO_VEC),
           np.array([-0.0225223159, 0.0, 0.1411, 0.8290631901, 0.1584368099, 0.0]),
           "neutralize('receptionist', g)")


def test_equalize_actor_actress():
    e_1, e_2 = sub.equalize(("actor", "actress"), G, sub.WORD_TO_VEC)
    expect(e_1, np.array([-0.9357239444, 0.0, 0.1724, -0.0324395891, 0.2960895891, 0.0]), "e_actor")
    expect(e_2, np.array([0.953528872, 0.0, 0.1724, 0.0310090763, 0.2326409237, 0.0]), "e_actress")
