
def error_analysis_table(tags, categories):
    tagged = [t for t in tags if t]
    table = {}
    for category in categories:
        count = sum(1 for t in tagged if category in t)
        table[category] = (count, 100 * count / len(tagged))
    return table
