def ngram_counts(words, n):
    counts = {}
    for i in range(len(words) - n):
        gram = tuple(words[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts
