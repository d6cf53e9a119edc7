
def weeks_before(topic, specialization):
    place = where_is(topic, specialization)
    if place is None:
        return None
    course, week = place
    return sum(len(w) for _title, w in specialization[:course - 1]) + week
