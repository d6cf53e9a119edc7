def embed_sentence(words, vocab, E):
    index = {word: j for j, word in enumerate(vocab)}
    return E[:, [index.get(word, 0) for word in words]]
