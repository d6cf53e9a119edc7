
def error_analysis_table(tags, categories):
    table = {}
    for category in categories:
        count = sum(1 for t in tags if t and t[0] == category)
        table[category] = (count, 100 * count / len(tags))
    return table
