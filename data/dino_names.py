"""Pseudo-dinosaur names for the character-level language model of Course 5 week 1.

The course trains on a list of real dinosaur names that we cannot ship. This module writes its
own list instead: every name is built by a small syllable grammar,

    name = head + [middle] + tail        e.g.  "gor" + "ano" + "raptor" -> "gorano" + "raptor"

where the head is an onset, a vowel and an optional coda ("br" + "a" + "x"), the middle an
optional linking syllable ("ano", "ithe", ...) and the tail one of the classic endings
(-saurus, -raptor, -don, -ceratops, -odon, -mimus, ...), chosen with weights so that -saurus
is the most common, as in the real list. Where two vowels or two consonants would collide at
a joint, the joint is smoothed ("gorgo" + "odon" -> "gorgodon", "tar" + "saurus" ->
"tarosaurus").

* ``generate_names(count=1536, seed=0)``: the sorted list of ``count`` distinct names;
  seeded, so the same arguments always give the same list (numpy's global random state is
  left alone).
* ``load_names()``: the shipped list, read from ``dino_names.txt`` (one name per line).
* ``load_text()``: that file's text, lowercase a-z and '\\n' only, so the vocabulary has exactly
  27 symbols, like the course's ``dinos.txt``.

Rebuild the shipped file with ``python -m data.dino_names``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

#: Names in the shipped list (the course's file has 1,536 as well).
COUNT = 1536
SEED = 0
PATH = Path(__file__).with_name("dino_names.txt")
#: The vocabulary: '\n' first, then a-z, as the course orders it.
VOCABULARY = "\n" + "abcdefghijklmnopqrstuvwxyz"

ONSETS = ("b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kr", "l", "m",
          "n", "p", "pr", "qu", "r", "s", "sc", "st", "t", "tr", "th", "v", "w", "x", "z", "",
          "", "")
VOWELS = ("a", "a", "e", "i", "o", "o", "u", "y", "ae", "eu")
CODAS = ("", "", "", "", "l", "n", "r", "s", "m", "x", "rg", "nt", "st", "lc")
MIDDLES = ("", "", "", "", "", "ano", "ero", "ito", "ylo", "acro", "eno", "oro", "amo",
           "ithe", "odo", "ula", "ipo", "eso", "avi", "onto", "icho", "ele")
#: (ending, weight): -saurus dominates, as in the real list.
TAILS = (("saurus", 30), ("raptor", 6), ("don", 5), ("ceratops", 5), ("odon", 5),
         ("mimus", 4), ("nykus", 3), ("venator", 3), ("tops", 4), ("pteryx", 3),
         ("titan", 4), ("rhinus", 2), ("lophus", 3), ("suchus", 3), ("cephale", 2),
         ("nychus", 3), ("dromeus", 3), ("gnathus", 3), ("ops", 2), ("pelta", 3),
         ("avis", 2), ("draco", 2), ("saura", 2), ("spondylus", 2), ("tholus", 2),
         ("onyx", 2), ("cursor", 2), ("rex", 1), ("long", 2), ("morpha", 1))
VOWEL_LETTERS = set("aeiouy")
MIN_LENGTH, MAX_LENGTH = 5, 22


def _join(stem: str, tail: str) -> str:
    """Glue two parts, smoothing the joint: no vowel pile-up, no hard consonant clash."""
    if not stem or not tail:
        return stem + tail
    if stem[-1] in VOWEL_LETTERS and tail[0] in VOWEL_LETTERS:
        return (stem.rstrip("aeiouy") or stem[0]) + tail
    if stem[-1] not in VOWEL_LETTERS and tail[0] not in VOWEL_LETTERS:
        return stem + "o" + tail
    return stem + tail


def _one_name(rng: np.random.Generator) -> str:
    def pick(options: tuple[str, ...]) -> str:
        return options[int(rng.integers(len(options)))]

    onset = pick(ONSETS)
    vowel = pick(VOWELS if onset else VOWELS[:-3])   # no bare "y", "ae" or "eu" up front
    coda = pick(CODAS)
    head = onset + vowel + coda
    if not coda and rng.random() < 0.45:         # an open syllable may take a second one
        head = head + pick(("b", "d", "g", "l", "m", "n", "r", "t", "v")) + pick(VOWELS)
    stem = _join(head, pick(MIDDLES)) if rng.random() < 0.6 else head
    tails, weights = zip(*TAILS, strict=True)
    p = np.array(weights, dtype=float) / sum(weights)
    tail = tails[int(rng.choice(len(tails), p=p))]
    return _join(stem, tail)


def generate_names(count: int = COUNT, seed: int = SEED) -> list[str]:
    """``count`` distinct names, lowercase a-z, sorted alphabetically.

    Drawn from ``np.random.default_rng(seed)`` (numpy's global state is untouched); names
    shorter than 5 or longer than 22 letters, or with a doubled a, i, u or y, are redrawn.
    """
    rng = np.random.default_rng(seed)
    names: set[str] = set()
    while len(names) < count:
        name = _one_name(rng)
        if MIN_LENGTH <= len(name) <= MAX_LENGTH and not any(v + v in name for v in "aiuy"):
            names.add(name)
    return sorted(names)


def names_text(names: list[str]) -> str:
    """The file format: one name per line, each line ended by '\\n'."""
    return "".join(name + "\n" for name in names)


def load_text() -> str:
    """The shipped corpus as one string (lowercase a-z and '\\n': 27 symbols)."""
    return PATH.read_text(encoding="ascii")


def load_names() -> list[str]:
    """The shipped names as a list of strings, without the newlines."""
    return load_text().split("\n")[:-1]


def vocabulary_maps() -> tuple[dict[str, int], dict[int, str]]:
    """char_to_ix and ix_to_char for the 27 symbols: '\\n' is 0, 'a' is 1, ..., 'z' is 26."""
    char_to_ix = {ch: i for i, ch in enumerate(VOCABULARY)}
    ix_to_char = {i: ch for i, ch in enumerate(VOCABULARY)}
    return char_to_ix, ix_to_char


if __name__ == "__main__":
    PATH.write_text(names_text(generate_names()), encoding="ascii")
    print(f"wrote {COUNT} names to {PATH}")
