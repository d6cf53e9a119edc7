"""Hidden tests: other coefficients and base networks, plus the properties of compound scaling."""

import math

import pytest

import submission as sub
from engine.testkit import expect

COEFFS = [(1.2, 1.1, 1.15), (1.3, 1.05, 1.2), (1.1, 1.25, 1.08)]


@pytest.mark.parametrize("phi", [0, 1, 3, 0.5])
@pytest.mark.parametrize("alpha, beta, gamma", COEFFS)
def test_compound_multipliers_values(phi, alpha, beta, gamma):
    """Depth uses alpha, width beta, resolution gamma, each RAISED to the power phi."""
    expect(sub.compound_multipliers(phi, alpha, beta, gamma), (alpha ** phi, beta ** phi, gamma ** phi),
           "compound_multipliers(phi, alpha, beta, gamma)")


def test_compound_multipliers_phi_0_is_the_base():
    """phi = 0 means no scaling at all: every multiplier is exactly 1."""
    expect(sub.compound_multipliers(0, 1.3, 1.2, 1.1), (1.0, 1.0, 1.0), "compound_multipliers(0, ...)")


@pytest.mark.parametrize("phi", [1, 2, 4, 1.5])
@pytest.mark.parametrize("alpha, beta, gamma", COEFFS)
def test_flops_factor_values(phi, alpha, beta, gamma):
    """FLOPS grow with depth, width squared and resolution squared: (alpha * beta^2 * gamma^2) ** phi."""
    expect(sub.flops_factor(phi, alpha, beta, gamma), (alpha * beta ** 2 * gamma ** 2) ** phi,
           "flops_factor(phi, alpha, beta, gamma)")


def test_flops_factor_matches_the_multipliers():
    """The factor must equal d * w^2 * r^2 built from compound_multipliers' own d, w, r."""
    d, w, r = 1.3 ** 3, 1.05 ** 3, 1.2 ** 3
    expect(sub.flops_factor(3, 1.3, 1.05, 1.2), d * w ** 2 * r ** 2, "flops_factor(3, 1.3, 1.05, 1.2)")


BASES = [{"depth": 18, "width": 41, "resolution": 241}, {"depth": 7, "width": 23, "resolution": 129},
         {"depth": 31, "width": 67, "resolution": 301}]


@pytest.mark.parametrize("phi", [1, 3])
@pytest.mark.parametrize("index", range(3))
def test_scale_network_values(phi, index):
    """Each size is multiplied by its own multiplier and rounded UP (math.ceil) to an int."""
    base = dict(BASES[index])
    alpha, beta, gamma = COEFFS[index]
    expected = {"depth": math.ceil(base["depth"] * alpha ** phi), "width": math.ceil(base["width"] * beta ** phi),
                "resolution": math.ceil(base["resolution"] * gamma ** phi)}
    expect(sub.scale_network(base, phi, alpha, beta, gamma), expected, "scale_network(base, phi, alpha, beta, gamma)")


def test_scale_network_returns_ints():
    """The sizes are counts of layers, channels and pixels: return Python ints."""
    scaled = sub.scale_network({"depth": 18, "width": 40, "resolution": 240}, 2, 1.2, 1.1, 1.15)
    assert all(isinstance(v, int) for v in scaled.values()), f"expected ints, got {scaled}"


def test_scale_network_leaves_base_alone():
    """Build a new dict: the base network description must not change."""
    base = {"depth": 18, "width": 40, "resolution": 240}
    sub.scale_network(base, 2, 1.2, 1.1, 1.15)
    expect(base, {"depth": 18, "width": 40, "resolution": 240}, "base after the call")
