
def where_is(topic, specialization):
    for c, (_title, weeks) in enumerate(specialization):
        for w, topics in enumerate(weeks):
            if any(t.lower() == topic.lower() for t in topics):
                return (c, w)
    return None
