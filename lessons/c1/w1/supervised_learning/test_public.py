"""Public tests: the applications of the explanation's table."""

import submission as sub
from engine.testkit import expect


def test_is_structured_house_prices():
    expect(sub.is_structured(["table"]), True, "is_structured(['table'])")


def test_is_structured_photo_tagging():
    expect(sub.is_structured(["image"]), False, "is_structured(['image'])")


def test_is_structured_self_driving():
    expect(sub.is_structured(["image", "table"]), False, "is_structured(['image', 'table'])")


def test_network_family_examples():
    expect(sub.network_family(["table"]), "standard", "network_family(['table'])")
    expect(sub.network_family(["table", "table"]), "standard", "network_family(['table', 'table'])")
    expect(sub.network_family(["image"]), "cnn", "network_family(['image'])")
    expect(sub.network_family(["audio"]), "rnn", "network_family(['audio'])")
    expect(sub.network_family(["text"]), "rnn", "network_family(['text'])")
    expect(sub.network_family(["image", "table"]), "hybrid", "network_family(['image', 'table'])")
