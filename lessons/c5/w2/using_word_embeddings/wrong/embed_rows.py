def embed_sentence(words, vocab, E):
    index = {word: j for j, word in enumerate(vocab)}
    unk = index["<unk>"]
    return E[:, [index.get(word, unk) for word in words]].T
