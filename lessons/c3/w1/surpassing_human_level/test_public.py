"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect

TEAM_AND_ONE = {"team of experts": 0.005, "one expert": 0.01}
DOCTORS = {"typical human": 0.03, "typical doctor": 0.01, "experienced doctor": 0.007,
           "team of experienced doctors": 0.005}


def test_avoidable_bias_if_known_examples():
    expect(sub.avoidable_bias_if_known(0.005, 0.006), 0.001,
           "avoidable_bias_if_known(0.005, 0.006)")
    expect(sub.avoidable_bias_if_known(0.005, 0.003), None,
           "avoidable_bias_if_known(0.005, 0.003)")


def test_diagnose_examples():
    expect(sub.diagnose(TEAM_AND_ONE, 0.006, 0.008),
           {"proxy": 0.005, "avoidable_bias": 0.001, "variance": 0.002, "focus": "variance"},
           "diagnose(TEAM_AND_ONE, 0.006, 0.008)")
    expect(sub.diagnose(TEAM_AND_ONE, 0.003, 0.004),
           {"proxy": 0.005, "avoidable_bias": None, "variance": 0.001, "focus": "unknown"},
           "diagnose(TEAM_AND_ONE, 0.003, 0.004)")


def test_surpassed_levels_examples():
    expect(sub.surpassed_levels(DOCTORS, 0.008), ["typical human", "typical doctor"],
           "surpassed_levels(DOCTORS, 0.008)")
    expect(sub.surpassed_levels(DOCTORS, 0.004),
           ["typical human", "typical doctor", "experienced doctor",
            "team of experienced doctors"], "surpassed_levels(DOCTORS, 0.004)")
