
def plan_weeks(ideas, weeks_available):
    chosen = []
    expected_gain = 0.0
    weeks_left = weeks_available
    for name, gain, probability, weeks in sorted(ideas, key=value_per_week, reverse=True):
        if weeks < weeks_left:
            chosen.append(name)
            expected_gain += probability * gain
            weeks_left -= weeks
    return (chosen, expected_gain)
