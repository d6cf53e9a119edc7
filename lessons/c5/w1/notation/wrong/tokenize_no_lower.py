
def tokenize(sentence):
    tokens = [w.strip(PUNCTUATION) for w in sentence.split()]
    return [w for w in tokens if w] + [EOS]
