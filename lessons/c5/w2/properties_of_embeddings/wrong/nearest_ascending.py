def nearest_words(vector, word_to_vec, k, exclude=()):
    scores = [(cosine_similarity(vector, e), word) for word, e in word_to_vec.items()
              if word not in exclude]
    scores.sort(key=lambda pair: pair[0])
    return [word for _, word in scores[:k]]
