
def rank_ideas(ideas):
    ideas.sort(key=value_per_week, reverse=True)
    return [idea[0] for idea in ideas]
