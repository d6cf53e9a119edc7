"""Hidden tests: generated spreadsheets with overlapping tags, untagged rows and unused
categories, compared with the reference and with independent counts."""

import copy

import numpy as np
import pytest

import submission as sub
from engine.testkit import expect, reference

NAMES = ["blurry", "dog", "great cat", "instagram", "low light", "mislabeled", "tiny cat"]


def make_tags(num_examples, seed, categories, p=0.3):
    """One list of tags per examined example; each category applies with probability p."""
    rng = np.random.default_rng(seed)
    return [[c for c in categories if rng.random() < p] for _ in range(num_examples)]


SHEETS = [(100, 1, 4), (37, 5, 6), (250, 9, 3), (12, 21, 5)]


@pytest.mark.parametrize("num_examples, seed, num_categories", SHEETS)
def test_error_analysis_table_matches_reference(num_examples, seed, num_categories):
    """count = examples that carry the tag; percentage = 100 * count / number of EXAMPLES."""
    categories = NAMES[:num_categories]
    tags = make_tags(num_examples, seed, categories)
    expected = reference().error_analysis_table(copy.deepcopy(tags), list(categories))
    expect(sub.error_analysis_table(tags, categories), expected,
           f"error_analysis_table(tags of {num_examples} examples, {categories})")


def test_error_analysis_table_overlapping_tags():
    """Categories overlap: an example with two tags counts in both columns, so the percentages
    may add up to more than 100."""
    tags = [["blurry", "great cat"], ["blurry", "great cat"], ["blurry"], ["great cat"]]
    expect(sub.error_analysis_table(tags, ["blurry", "great cat"]),
           {"blurry": (3, 75.0), "great cat": (3, 75.0)}, "error_analysis_table(tags, ...)")


def test_error_analysis_table_untagged_examples_count():
    """Examples with no tag are still examined mistakes: divide by len(tags), all of them."""
    tags = [["dog"], [], [], ["dog"], [], []]
    expect(sub.error_analysis_table(tags, ["dog"]), {"dog": (2, 100 * 2 / 6)},
           "error_analysis_table(tags, ['dog'])")


def test_error_analysis_table_unused_category():
    """Every category gets a row, even one that no example carries: (0, 0.0)."""
    tags = [["blurry"], ["blurry", "dog"], ["dog"], ["blurry"], []]
    table = sub.error_analysis_table(tags, ["dog", "instagram", "blurry"])
    assert isinstance(table, dict) and set(table) == {"dog", "instagram", "blurry"}, \
        f"the keys should be exactly the three categories, got {table!r}"
    expect(table, {"dog": (2, 40.0), "instagram": (0, 0.0), "blurry": (3, 60.0)},
           "error_analysis_table(tags, ['dog', 'instagram', 'blurry'])")


def test_error_analysis_table_ignores_other_tags():
    """Count only the categories you were asked about; other tags in the sheet are comments."""
    tags = [["dog", "pitbull"], ["pitbull"], ["rain"], ["dog"]]
    expect(sub.error_analysis_table(tags, ["dog"]), {"dog": (2, 50.0)},
           "error_analysis_table(tags, ['dog'])")


def test_error_analysis_table_leaves_inputs_alone():
    """Read the tags; do not change them."""
    tags = make_tags(30, 4, NAMES[:4])
    before = copy.deepcopy(tags)
    sub.error_analysis_table(tags, NAMES[:4])
    assert tags == before, "error_analysis_table changed its tags argument"


def make_table(seed, num_categories, num_examples):
    tags = make_tags(num_examples, seed, NAMES[:num_categories], p=0.25)
    return reference().error_analysis_table(tags, NAMES[:num_categories])


@pytest.mark.parametrize("seed, num_categories, num_examples, dev_error",
                         [(2, 5, 100, 0.1), (8, 7, 41, 0.035), (13, 3, 250, 0.22)])
def test_rank_ideas_matches_reference(seed, num_categories, num_examples, dev_error):
    """Best case = dev_error * (1 - percentage / 100); lowest best case first; ties by name."""
    table = make_table(seed, num_categories, num_examples)
    expected = reference().rank_ideas(copy.deepcopy(table), dev_error)
    expect(sub.rank_ideas(table, dev_error), expected, f"rank_ideas(table, {dev_error})")


def test_rank_ideas_most_promising_first():
    """The idea with the biggest share of the errors leaves the LOWEST error: it comes first."""
    table = {"a": (10, 10.0), "b": (70, 70.0), "c": (30, 30.0)}
    ranking = sub.rank_ideas(table, 0.2)
    assert isinstance(ranking, list) and [name for name, _ in ranking] == ["b", "c", "a"], \
        f"got {ranking!r}"


def test_rank_ideas_percentages_are_out_of_100():
    """The table holds percentages (0 to 100): divide by 100 before using them as a fraction."""
    expect(sub.rank_ideas({"fog": (25, 25.0)}, 0.08), [("fog", 0.06)],
           "rank_ideas({'fog': (25, 25.0)}, 0.08)")


def test_rank_ideas_ties_in_alphabetical_order():
    """Equal percentages are listed alphabetically."""
    table = {"zoom": (5, 20.0), "blur": (5, 20.0), "dog": (9, 36.0), "aliasing": (1, 4.0)}
    expect(sub.rank_ideas(table, 0.1),
           [("dog", 0.064), ("blur", 0.08), ("zoom", 0.08), ("aliasing", 0.096)],
           "rank_ideas(table, 0.1)")


FIXED = [[], ["blurry"], ["blurry", "dog"], ["dog", "great cat", "instagram"], NAMES[:5]]


@pytest.mark.parametrize("fixed", FIXED)
@pytest.mark.parametrize("num_examples, seed", [(100, 3), (29, 17)])
def test_best_case_combined_matches_reference(fixed, num_examples, seed):
    """A mistake disappears if it carries AT LEAST ONE fixed tag: count the union of the
    fixed categories, not the sum of their counts."""
    tags = make_tags(num_examples, seed, NAMES[:5], p=0.35)
    expected = reference().best_case_combined(copy.deepcopy(tags), list(fixed), 0.12)
    expect(sub.best_case_combined(tags, fixed, 0.12), expected,
           f"best_case_combined(tags, {fixed}, 0.12)")


def test_best_case_combined_never_negative():
    """Overlapping categories can add up to more than 100%, yet the error cannot go below 0."""
    tags = [["a", "b"], ["a", "b"], ["a"], ["b"], ["a", "b"]]
    expect(sub.best_case_combined(tags, ["a", "b"], 0.1), 0.0,
           "best_case_combined(tags, ['a', 'b'], 0.1)")


def test_best_case_combined_union_not_intersection():
    """An example needs only ONE of the fixed tags to be fixed, not all of them."""
    tags = [["a"], ["b"], ["a", "b"], []]
    expect(sub.best_case_combined(tags, ["a", "b"], 0.2), 0.05,
           "best_case_combined(tags, ['a', 'b'], 0.2)")


def test_best_case_combined_counts_untagged_examples():
    """Divide by ALL examined examples, the untagged ones too."""
    tags = [["a"], [], [], []]
    expect(sub.best_case_combined(tags, ["a"], 0.1), 0.075,
           "best_case_combined(tags, ['a'], 0.1)")


def test_best_case_combined_fixing_nothing():
    """With nothing fixed, the dev error stays where it is."""
    expect(sub.best_case_combined([["a"], ["b"]], [], 0.07), 0.07,
           "best_case_combined(tags, [], 0.07)")
