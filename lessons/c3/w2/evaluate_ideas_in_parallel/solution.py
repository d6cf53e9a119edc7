"""Evaluating multiple ideas in parallel: one spreadsheet of tagged mistakes tells you which
ideas are worth pursuing, and how much fixing several of them together could buy.

Each examined misclassified dev example carries a list of tags (the categories you noticed
while looking at it). Categories overlap: a blurry picture of a lion is tagged with both.
Errors are fractions: 0.10 means 10% of the dev examples are misclassified.
Write the three functions between the YOUR CODE markers.
"""


def error_analysis_table(tags, categories):
    """Count each category over the examined examples, as in the course's spreadsheet.

    Arguments:
    tags -- a list with one entry per examined misclassified example; each entry is a list of
            the category names that apply to it (no repeats, possibly empty)
    categories -- the list of category names to count

    Returns:
    table -- a dict {category: (count, percentage)} with one key per category (zero counts
             included); count is the number of examples that carry the tag, an int, and
             percentage = 100 * count / number of examined examples, a float
    """
    # YOUR CODE STARTS HERE
    # stub: table = None
    num_examined = len(tags)
    table = {}
    for category in categories:
        count = sum(1 for example_tags in tags if category in example_tags)
        table[category] = (count, 100 * count / num_examined)
    # YOUR CODE ENDS HERE
    return table


def rank_ideas(table, dev_error):
    """Order the ideas by their ceiling: the most promising one first.

    Fixing a category completely would leave dev_error * (1 - percentage / 100).
    Categories with equal percentages are listed in alphabetical order.

    Arguments:
    table -- a dict {category: (count, percentage)}, as returned by error_analysis_table
    dev_error -- the current dev error, a float in [0, 1]

    Returns:
    ranking -- a list of (category, best_case_error) tuples, lowest best_case_error first
    """
    # YOUR CODE STARTS HERE
    # stub: ranking = None
    ranking = [(category, dev_error * (1 - percentage / 100))
               for category, (count, percentage) in table.items()]
    ranking.sort(key=lambda item: (item[1], item[0]))
    # YOUR CODE ENDS HERE
    return ranking


def best_case_combined(tags, fixed, dev_error):
    """The dev error left if every category in fixed were solved at once.

    A mistake disappears if it carries AT LEAST ONE of the fixed tags; an example tagged with
    two fixed categories is still only one mistake.

    Arguments:
    tags -- the tagged examined examples, as in error_analysis_table
    fixed -- a list of category names you plan to fix together
    dev_error -- the current dev error, a float in [0, 1]

    Returns:
    error -- the best case dev error, a float
    """
    # YOUR CODE STARTS HERE
    # stub: error = None
    removed = sum(1 for example_tags in tags if any(c in example_tags for c in fixed))
    error = dev_error * (1 - removed / len(tags))
    # YOUR CODE ENDS HERE
    return error
