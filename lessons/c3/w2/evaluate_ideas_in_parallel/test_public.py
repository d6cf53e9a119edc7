"""Public tests: these are shown to you, with the values they expect."""

import submission as sub
from engine.testkit import expect

TAGS = [["dog"], ["great cat", "blurry"], ["blurry"], ["great cat"], ["blurry", "instagram"],
        [], ["great cat", "blurry"], ["instagram"], ["blurry"], ["great cat"]]
CATEGORIES = ["dog", "great cat", "blurry", "instagram"]
TABLE = {"dog": (1, 10.0), "great cat": (4, 40.0), "blurry": (5, 50.0), "instagram": (2, 20.0)}


def test_error_analysis_table_ten_examples():
    expect(sub.error_analysis_table(TAGS, CATEGORIES), TABLE,
           "error_analysis_table(tags, categories)")


def test_rank_ideas_ten_examples():
    expect(sub.rank_ideas(TABLE, 0.10),
           [("blurry", 0.05), ("great cat", 0.06), ("instagram", 0.08), ("dog", 0.09)],
           "rank_ideas(table, 0.10)")


def test_best_case_combined_cats_and_blur():
    expect(sub.best_case_combined(TAGS, ["great cat", "blurry"], 0.10), 0.03,
           "best_case_combined(tags, ['great cat', 'blurry'], 0.10)")
