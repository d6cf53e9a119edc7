
def words_to_indices(words, word_to_index):
    return [word_to_index.get(w, 0) for w in words]
