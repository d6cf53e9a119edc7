
def error_analysis_table(tags, categories):
    counts = {c: sum(1 for t in tags if c in t) for c in categories}
    total_ticks = sum(counts.values())
    return {c: (n, 100 * n / total_ticks) for c, n in counts.items()}
