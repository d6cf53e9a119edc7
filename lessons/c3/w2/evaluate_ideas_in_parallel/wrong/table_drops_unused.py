from collections import Counter


def error_analysis_table(tags, categories):
    counts = Counter(tag for t in tags for tag in t if tag in categories)
    return {c: (n, 100 * n / len(tags)) for c, n in counts.items()}
