"""Public tests: the dog-on-the-sofa examples of the explanation."""

import submission as sub
from engine.testkit import expect

REFS = [["a", "dog", "sleeps", "on", "the", "sofa"], ["the", "dog", "is", "asleep", "on", "the", "sofa"]]
GREEDY_THE = ["the", "the", "the", "the", "the", "the"]
REPEATS = ["the", "dog", "the", "dog", "on", "the", "sofa"]
GOOD = ["the", "dog", "sleeps", "on", "the", "sofa"]
SHORT = ["the", "dog", "sleeps"]


def test_ngram_counts_example():
    expect(sub.ngram_counts(REPEATS, 2), {("the", "dog"): 2, ("dog", "the"): 1, ("dog", "on"): 1,
                                          ("on", "the"): 1, ("the", "sofa"): 1}, "ngram_counts(candidate, 2)")


def test_modified_precision_example():
    expect(sub.modified_precision(GREEDY_THE, REFS, 1), 2 / 6, "modified_precision('the the ...', refs, 1)")
    expect(sub.modified_precision(REPEATS, REFS, 1), 5 / 7, "modified_precision(candidate, refs, 1)")
    expect(sub.modified_precision(REPEATS, REFS, 2), 3 / 6, "modified_precision(candidate, refs, 2)")


def test_brevity_penalty_example():
    expect(sub.brevity_penalty(GOOD, REFS), 1.0, "brevity_penalty(6 words, refs)")
    expect(sub.brevity_penalty(SHORT, REFS), 0.36787944117144233, "brevity_penalty(3 words, refs)")


def test_bleu_example():
    expect(sub.bleu(GOOD, REFS), 0.8408964152537145, "bleu('the dog sleeps on the sofa', refs)")
    expect(sub.bleu(REPEATS, REFS), 0.0, "bleu('the dog the dog on the sofa', refs)")
    expect(sub.bleu(REPEATS, REFS, max_n=2), 0.5976143046671969, "bleu(candidate, refs, max_n=2)")
