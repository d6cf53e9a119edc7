
def rank_ideas(ideas):
    return [idea[0] for idea in sorted(ideas, key=value_per_week)]
