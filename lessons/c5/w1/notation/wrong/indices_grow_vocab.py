
def words_to_indices(words, word_to_index):
    return [word_to_index.setdefault(w, len(word_to_index)) for w in words]
