
def tokenize(sentence):
    return sentence.lower().split() + [EOS]
