
def words_to_indices(words, word_to_index):
    return [word_to_index[w] for w in words]
