
def network_family(input_kinds):
    family_of = {"table": "standard", "image": "cnn", "audio": "rnn", "text": "standard"}
    families = {family_of[kind] for kind in input_kinds}
    return families.pop() if len(families) == 1 else "hybrid"
