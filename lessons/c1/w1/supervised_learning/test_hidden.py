"""Hidden tests: every mix of kinds, in every order, against the rules of the explanation."""

import itertools

import pytest

import submission as sub
from engine.testkit import expect

KINDS = ["table", "image", "audio", "text"]
MIXES = [list(p) for n in (1, 2, 3) for p in itertools.product(KINDS, repeat=n)]
SEQUENCES = {"audio", "text"}


def expected_family(kinds):
    if set(kinds) == {"table"}:
        return "standard"
    if set(kinds) == {"image"}:
        return "cnn"
    if set(kinds) <= SEQUENCES:
        return "rnn"
    return "hybrid"


def test_is_structured_every_mix():
    """Structured means EVERY part is a table; one image, sound or text makes it unstructured."""
    for kinds in MIXES:
        expect(sub.is_structured(kinds), set(kinds) == {"table"}, f"is_structured({kinds})")


@pytest.mark.parametrize("kinds", [["table", "image"], ["table", "text"], ["table", "audio", "table"]])
def test_is_structured_table_first(kinds):
    """A table first does not make the whole input structured: look at every part."""
    expect(sub.is_structured(kinds), False, f"is_structured({kinds})")


def test_is_structured_text_is_unstructured():
    """Free text (a review, a sentence) is unstructured: its words are not database columns."""
    expect(sub.is_structured(["text"]), False, "is_structured(['text'])")
    expect(sub.is_structured(["table", "table", "table"]), True,
           "is_structured(['table', 'table', 'table'])")


def test_network_family_every_mix():
    """Map each part to its family (table: standard, image: cnn, audio and text: rnn), then
    answer 'hybrid' only if the FAMILIES differ."""
    for kinds in MIXES:
        expect(sub.network_family(kinds), expected_family(kinds), f"network_family({kinds})")


def test_network_family_two_sequences():
    """Audio and text are both sequences, so together they still call for an RNN."""
    expect(sub.network_family(["audio", "text"]), "rnn", "network_family(['audio', 'text'])")
    expect(sub.network_family(["text", "audio", "text"]), "rnn",
           "network_family(['text', 'audio', 'text'])")


def test_network_family_order_does_not_matter():
    """Every part counts, not only the first: an image with a table is hybrid in any order."""
    expect(sub.network_family(["table", "image"]), "hybrid", "network_family(['table', 'image'])")
    expect(sub.network_family(["audio", "image"]), "hybrid", "network_family(['audio', 'image'])")
