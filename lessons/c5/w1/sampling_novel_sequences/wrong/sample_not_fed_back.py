def sample_sequence(transitions, eos_index, max_length, seed, temperature=1.0):
    vocab_size = transitions.shape[0]
    rng = np.random.default_rng(seed)
    indices = []
    previous = eos_index
    while len(indices) < max_length:
        p = apply_temperature(transitions[:, previous], temperature)
        idx = int(rng.choice(vocab_size, p=p))
        indices.append(idx)
        if idx == eos_index:
            break
    if indices[-1] != eos_index:
        indices.append(eos_index)
    return indices
