
def weeks_before(topic, specialization):
    place = where_is(topic, specialization)
    if place is None:
        return None
    course, week = place
    return 4 * (course - 1) + (week - 1)
