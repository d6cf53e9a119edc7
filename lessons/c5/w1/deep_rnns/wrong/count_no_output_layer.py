def deep_rnn_parameter_count(n_x, hidden_sizes, n_y):
    count, previous = 0, n_x
    for n in hidden_sizes:
        count += n * (n + previous) + n
        previous = n
    return int(count)
