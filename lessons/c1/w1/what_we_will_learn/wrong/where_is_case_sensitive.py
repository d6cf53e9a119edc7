
def where_is(topic, specialization):
    for c, (_title, weeks) in enumerate(specialization, start=1):
        for w, topics in enumerate(weeks, start=1):
            if topic in topics:
                return (c, w)
    return None
