def error_analysis(tags, dev_error):
    counts = {}
    for picture in tags:
        for tag in set(picture):
            counts[tag] = counts.get(tag, 0) + 1
    total = sum(counts.values())
    ranking = [(tag, count / total, count / total * dev_error) for tag, count in counts.items()]
    ranking.sort(key=lambda row: (-row[1], row[0]))
    return ranking
