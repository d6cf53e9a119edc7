def ngram_counts(words, n):
    counts = {}
    for i in range(0, len(words) - n + 1, n):
        gram = tuple(words[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts
