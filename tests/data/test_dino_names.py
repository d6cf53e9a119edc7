"""The pseudo-dinosaur names: count, the 27-symbol vocabulary, and a seeded, reproducible list."""

from __future__ import annotations

import numpy as np

from data.dino_names import (
    COUNT,
    VOCABULARY,
    generate_names,
    load_names,
    load_text,
    names_text,
    vocabulary_maps,
)


def test_count_and_distinct() -> None:
    names = load_names()
    assert len(names) == COUNT == 1536
    assert len(set(names)) == len(names)
    assert names == sorted(names)


def test_vocabulary_is_exactly_27_symbols() -> None:
    text = load_text()
    assert set(text) == set(VOCABULARY)
    assert len(set(text)) == 27
    assert text.endswith("\n") and "\n\n" not in text


def test_names_are_lowercase_letters_of_sensible_length() -> None:
    for name in load_names():
        assert name.isascii() and name.isalpha() and name.islower(), name
        assert 5 <= len(name) <= 22, name


def test_looks_like_dinosaurs() -> None:
    names = load_names()
    endings = ("saurus", "raptor", "don", "ceratops", "mimus")
    for ending in endings:
        assert any(name.endswith(ending) for name in names), ending
    saurus = sum(name.endswith("saurus") for name in names)
    assert saurus > len(names) / 4, "-saurus should be the most common ending"


def test_shipped_file_is_the_generated_list() -> None:
    assert load_text() == names_text(generate_names())


def test_deterministic_by_seed() -> None:
    assert generate_names(200, seed=3) == generate_names(200, seed=3)
    assert generate_names(200, seed=3) != generate_names(200, seed=4)


def test_leaves_the_global_random_state_alone() -> None:
    np.random.seed(5)
    expected = np.random.rand()
    np.random.seed(5)
    generate_names(50, seed=1)
    assert np.random.rand() == expected


def test_vocabulary_maps_are_inverse() -> None:
    char_to_ix, ix_to_char = vocabulary_maps()
    assert char_to_ix["\n"] == 0 and char_to_ix["a"] == 1 and char_to_ix["z"] == 26
    assert all(ix_to_char[i] == ch for ch, i in char_to_ix.items())
    assert len(char_to_ix) == len(ix_to_char) == 27
