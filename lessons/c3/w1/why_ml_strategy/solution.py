"""Why ML strategy: spend your weeks on the ideas most likely to pay off.

An idea is a tuple (name, gain, probability, weeks):
    name        -- a short description, a str
    gain        -- how many percentage points of dev error the idea removes IF it works
    probability -- your honest estimate that it works, a number between 0 and 1
    weeks       -- how long it takes to try it, a positive number

Write the three functions between the YOUR CODE markers.
"""


def value_per_week(idea):
    """The expected gain of an idea per week of effort.

    An idea that works removes `gain` points of error, but it only works with the given
    probability, so on average it is worth probability * gain points. Divide by the weeks it
    costs to compare a quick experiment with a long project.

    Arguments:
    idea -- a tuple (name, gain, probability, weeks)

    Returns:
    value -- probability * gain / weeks, a number (expected points of error per week)
    """
    name, gain, probability, weeks = idea
    # YOUR CODE STARTS HERE
    # stub: value = None
    value = probability * gain / weeks
    # YOUR CODE ENDS HERE
    return value


def rank_ideas(ideas):
    """The names of the ideas, most valuable per week first.

    Ideas with exactly the same value keep the order they had in `ideas`. The caller's list
    is left as it was.

    Arguments:
    ideas -- a list of idea tuples (name, gain, probability, weeks)

    Returns:
    ranking -- a list of names, sorted by value_per_week from highest to lowest
    """
    # YOUR CODE STARTS HERE
    # stub: ranking = None
    ordered = sorted(ideas, key=value_per_week, reverse=True)
    ranking = [idea[0] for idea in ordered]
    # YOUR CODE ENDS HERE
    return ranking


def plan_weeks(ideas, weeks_available):
    """Fill a time budget with ideas, best value per week first.

    Go through the ideas from the highest value_per_week to the lowest (ties keep their
    order). Take an idea when its weeks still fit into the weeks that are left; when it does
    not fit, skip it and keep looking, since a later, shorter idea may still fit.

    Arguments:
    ideas -- a list of idea tuples (name, gain, probability, weeks)
    weeks_available -- the time budget, a number of weeks

    Returns:
    plan -- a tuple (chosen, expected_gain): the list of chosen names in the order they were
            taken, and the sum of probability * gain over the chosen ideas
    """
    # YOUR CODE STARTS HERE
    # stub: plan = None
    chosen = []
    expected_gain = 0.0
    weeks_left = weeks_available
    for name, gain, probability, weeks in sorted(ideas, key=value_per_week, reverse=True):
        if weeks <= weeks_left:
            chosen.append(name)
            expected_gain += probability * gain
            weeks_left -= weeks
    plan = (chosen, expected_gain)
    # YOUR CODE ENDS HERE
    return plan
