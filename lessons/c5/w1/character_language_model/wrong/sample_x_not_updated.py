def sample(parameters, char_to_ix, seed):
    Waa, Wax, Wya, by, b = (parameters["Waa"], parameters["Wax"], parameters["Wya"],
                            parameters["by"], parameters["b"])
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]

    # Step 1: the first input is the zero vector, and so is the hidden state before it.
    x = np.zeros((vocab_size, 1))
    a_prev = np.zeros((n_a, 1))

    indices = []
    idx = -1                                     # nothing sampled yet
    counter = 0
    newline_character = char_to_ix["\n"]

    while idx != newline_character and counter != 50:
        # Step 2: forward one step; Step 3: draw the next index; Step 4: feed it back as x.
        a = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
        z = np.dot(Wya, a) + by
        y = softmax(z)
        np.random.seed(counter + seed)
        idx = np.random.choice(range(vocab_size), p=y.ravel())
        indices.append(idx)
        a_prev = a
        seed += 1
        counter += 1

    if counter == 50:
        indices.append(newline_character)
    return indices
