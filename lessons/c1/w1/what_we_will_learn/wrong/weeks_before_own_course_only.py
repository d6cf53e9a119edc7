
def weeks_before(topic, specialization):
    place = where_is(topic, specialization)
    if place is None:
        return None
    return place[1] - 1
