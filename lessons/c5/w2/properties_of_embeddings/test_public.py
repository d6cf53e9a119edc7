"""Public tests: these are shown to you, with the values they expect."""

import submission as sub


def test_nearest_words_to_queen():
    result = sub.nearest_words(sub.WORD_TO_VEC["queen"], sub.WORD_TO_VEC, 3)
    assert result == ["queen", "princess", "woman"], f"expected ['queen', 'princess', 'woman'], got {result}"


def test_nearest_words_excluding_apple():
    result = sub.nearest_words(sub.WORD_TO_VEC["apple"], sub.WORD_TO_VEC, 1, exclude=("apple",))
    assert result == ["apples"], f"expected ['apples'], got {result}"


def test_complete_analogy_examples():
    for a, b, c, d in [("man", "woman", "king", "queen"), ("france", "paris", "italy", "rome"),
                       ("apple", "apples", "car", "cars"), ("Man", "Woman", "Boy", "girl")]:
        result = sub.complete_analogy(a, b, c, sub.WORD_TO_VEC)
        assert result == d, f"{a} : {b} :: {c} : ? should be {d!r}, got {result!r}"
