
def tokenize(sentence):
    tokens = [w.strip(PUNCTUATION) for w in sentence.lower().split()]
    return [w for w in tokens if w]
