def sample_sequence(transitions, eos_index, max_length, seed, temperature=1.0):
    indices = []
    previous = eos_index
    while len(indices) < max_length:
        p = apply_temperature(transitions[:, previous], temperature)
        idx = int(np.argmax(p))
        indices.append(idx)
        if idx == eos_index:
            break
        previous = idx
    if indices[-1] != eos_index:
        indices.append(eos_index)
    return indices
