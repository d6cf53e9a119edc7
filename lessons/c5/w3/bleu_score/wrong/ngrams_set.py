def ngram_counts(words, n):
    return {tuple(words[i:i + n]): 1 for i in range(len(words) - n + 1)}
