
def network_family(input_kinds):
    family_of = {"table": "standard", "image": "cnn", "audio": "rnn", "text": "rnn"}
    return family_of[input_kinds[0]]
