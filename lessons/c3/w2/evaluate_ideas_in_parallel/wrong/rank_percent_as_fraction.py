
def rank_ideas(table, dev_error):
    ranking = [(c, dev_error * (1 - pct)) for c, (n, pct) in table.items()]
    ranking.sort(key=lambda item: (item[1], item[0]))
    return ranking
