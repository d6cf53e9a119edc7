
def network_family(input_kinds):
    family_of = {"table": "standard", "image": "cnn", "audio": "rnn", "text": "rnn"}
    kinds = set(input_kinds)
    return family_of[kinds.pop()] if len(kinds) == 1 else "hybrid"
