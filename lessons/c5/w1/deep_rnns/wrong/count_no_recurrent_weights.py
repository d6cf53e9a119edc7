def deep_rnn_parameter_count(n_x, hidden_sizes, n_y):
    count, previous = 0, n_x
    for n in hidden_sizes:
        count += n * previous + n
        previous = n
    return int(count + n_y * previous + n_y)
