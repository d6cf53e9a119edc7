"""Public tests: the explanation's numbers, with the paper's alpha = 1.2, beta = 1.1, gamma = 1.15."""

import submission as sub
from engine.testkit import expect

ALPHA, BETA, GAMMA = 1.2, 1.1, 1.15


def test_compound_multipliers_phi_2():
    expect(sub.compound_multipliers(2, ALPHA, BETA, GAMMA), (1.44, 1.21, 1.3225),
           "compound_multipliers(2, 1.2, 1.1, 1.15)")


def test_flops_factor_phi_1_and_2():
    expect(sub.flops_factor(1, ALPHA, BETA, GAMMA), 1.92027, "flops_factor(1, 1.2, 1.1, 1.15)")
    expect(sub.flops_factor(2, ALPHA, BETA, GAMMA), 3.6874368729, "flops_factor(2, 1.2, 1.1, 1.15)")


def test_scale_network_phi_2():
    base = {"depth": 16, "width": 32, "resolution": 224}
    expect(sub.scale_network(base, 2, ALPHA, BETA, GAMMA), {"depth": 24, "width": 39, "resolution": 297},
           "scale_network(base, 2, 1.2, 1.1, 1.15)")
