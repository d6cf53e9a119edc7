
def where_is(topic, specialization):
    place = None
    for c, (_title, weeks) in enumerate(specialization, start=1):
        for w, topics in enumerate(weeks, start=1):
            if any(t.lower() == topic.lower() for t in topics):
                place = (c, w)
    return place
