"""Hidden tests: fresh sizes and seeds, compared with the reference and with E @ O."""

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference


@pytest.mark.parametrize("seed,vocab_size,T", [(1, 7, 4), (5, 50, 9), (9, 12, 1)])
def test_one_hot_matrix_random(seed, vocab_size, T):
    """Shape (vocab_size, T): column t has a single 1 in row indices[t], counting from 0."""
    indices = [int(i) for i in np.random.default_rng(seed).integers(0, vocab_size, size=T)]
    expect(sub.one_hot_matrix(list(indices), vocab_size),
           reference().one_hot_matrix(indices, vocab_size), f"one_hot_matrix({indices}, {vocab_size})")


def test_one_hot_matrix_repeated_words():
    """A repeated word gets its own column each time it occurs; every column sums to 1."""
    O = np.asarray(sub.one_hot_matrix([2, 0, 2, 5], 6))
    assert O.shape == (6, 4), f"expected shape (6, 4), got {O.shape}"
    expect(O.sum(axis=0), np.ones(4), "the column sums of O")
    expect(O[:, 0], O[:, 2], "columns 0 and 2 (both the word 2)")
    expect(O[:, 3], np.eye(6)[:, 5], "column 3 (the word 5)")


@pytest.mark.parametrize("seed,n_e,vocab_size,T", [(2, 4, 9, 6), (11, 8, 30, 3), (20, 3, 5, 7)])
def test_embedding_lookup_random(seed, n_e, vocab_size, T):
    """Take COLUMNS of E: E[:, indices], shape (n_e, T), one column per word."""
    rng = np.random.default_rng(seed)
    E = rng.normal(size=(n_e, vocab_size))
    indices = [int(i) for i in rng.integers(0, vocab_size, size=T)]
    expected = reference().embedding_lookup(E.copy(), list(indices))
    expect(sub.embedding_lookup(E, indices), expected, "embedding_lookup(E, indices)")


def test_embedding_lookup_equals_matrix_product():
    """Indexing must give exactly E @ O, the product with the one-hot matrix."""
    rng = np.random.default_rng(33)
    E = rng.normal(size=(5, 11))
    indices = [10, 0, 4, 4, 7]
    O = np.zeros((11, 5))
    O[indices, range(5)] = 1.0
    expect(sub.embedding_lookup(E, indices), E @ O, "embedding_lookup(E, indices)")
