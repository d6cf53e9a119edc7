def deep_rnn_parameter_count(n_x, hidden_sizes, n_y):
    count = 0
    for n in hidden_sizes:
        count += n * (n + n_x) + n
    return int(count + n_y * hidden_sizes[-1] + n_y)
