
def rank_ideas(ideas):
    return [idea[0] for idea in sorted(ideas, key=lambda idea: idea[1], reverse=True)]
