def embed_sentence(words, vocab, E):
    index = {word: j for j, word in enumerate(vocab)}
    return E[:, [index[word] for word in words if word in index]]
