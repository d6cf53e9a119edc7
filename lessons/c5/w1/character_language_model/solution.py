"""Character-level language model: a small RNN that learns to invent dinosaur names.

Write each graded function between the YOUR CODE markers. Keep the names and signatures: the
tests and the training run call them exactly like this. The helpers at the top (softmax, the
RNN's forward and backward passes, the parameter update) are given.

Notation: the vocabulary has vocab_size symbols ('\\n' is index 0 in the names corpus, then
'a' = 1 ... 'z' = 26). A character enters the network as a one-hot COLUMN x of shape
(vocab_size, 1); the hidden state a has shape (n_a, 1).

    Wax (n_a, vocab_size)   Waa (n_a, n_a)   b (n_a, 1)
    Wya (vocab_size, n_a)   by (vocab_size, 1)
"""

import copy

import numpy as np

# ----------------------------------------------------------------------------------------------
# Given helpers (nothing to write here)
# ----------------------------------------------------------------------------------------------


def softmax(x):
    """Softmax over the rows of a column (or of each column): exp, then divide by the sum.
    The maximum is subtracted first so that exp never overflows."""
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum(axis=0)


def smooth(loss, cur_loss):
    """An exponential moving average of the per-name loss: old * 0.999 + new * 0.001."""
    return loss * 0.999 + cur_loss * 0.001


def get_initial_loss(vocab_size, seq_length):
    """The loss of a model that guesses uniformly: seq_length characters at -log(1/vocab_size)
    each. The smoothed loss starts here."""
    return -np.log(1.0 / vocab_size) * seq_length


def get_sample(sample_ix, ix_to_char):
    """Turn a list of indices into a name: join the characters, capitalize the first letter."""
    txt = "".join(ix_to_char[ix] for ix in sample_ix)
    return txt[0].upper() + txt[1:]


def print_sample(sample_ix, ix_to_char):
    """Print a sampled name (without its newline)."""
    print(get_sample(sample_ix, ix_to_char).rstrip("\n"))


def initialize_parameters(n_a, n_x, n_y):
    """Small random weights (randn * 0.01, drawn in the order Wax, Waa, Wya from numpy's global
    generator: the caller seeds it) and zero biases.

    Returns:
    parameters -- python dictionary with Wax (n_a, n_x), Waa (n_a, n_a), Wya (n_y, n_a),
                  b (n_a, 1), by (n_y, 1)
    """
    Wax = np.random.randn(n_a, n_x) * 0.01
    Waa = np.random.randn(n_a, n_a) * 0.01
    Wya = np.random.randn(n_y, n_a) * 0.01
    b = np.zeros((n_a, 1))
    by = np.zeros((n_y, 1))
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}


def rnn_step_forward(parameters, a_prev, x):
    """One time step: the new hidden state and the probabilities of the next character.

    a_next = tanh(Wax x + Waa a_prev + b)        y_hat = softmax(Wya a_next + by)
    """
    Waa, Wax, Wya = parameters["Waa"], parameters["Wax"], parameters["Wya"]
    b, by = parameters["b"], parameters["by"]
    a_next = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
    p_t = softmax(np.dot(Wya, a_next) + by)
    return a_next, p_t


def rnn_step_backward(dy, gradients, parameters, x, a, a_prev):
    """Add one time step's share to every gradient and pass da_next back one step.

    dy is y_hat - one_hot(target) for this step (the softmax + cross-entropy gradient).
    """
    gradients["dWya"] += np.dot(dy, a.T)
    gradients["dby"] += dy
    da = np.dot(parameters["Wya"].T, dy) + gradients["da_next"]
    daraw = (1 - a * a) * da                     # through tanh
    gradients["db"] += daraw
    gradients["dWax"] += np.dot(daraw, x.T)
    gradients["dWaa"] += np.dot(daraw, a_prev.T)
    gradients["da_next"] = np.dot(parameters["Waa"].T, daraw)
    return gradients


def rnn_forward(X, Y, a0, parameters, vocab_size=None):
    """Run the RNN over one name and add up the loss.

    Arguments:
    X -- list of input indices; None stands for the zero vector (the start of a name)
    Y -- list of target indices, as long as X
    a0 -- the hidden state to start from, shape (n_a, 1)
    parameters -- python dictionary with Wax, Waa, Wya, b, by
    vocab_size -- number of symbols (None: read it from Wax)

    Returns:
    loss -- the cross-entropy summed over the time steps: -sum_t log y_hat<t>[Y[t]]
    cache -- (y_hat, a, x): dictionaries keyed by the time step t; a[-1] is a copy of a0
    """
    if vocab_size is None:
        vocab_size = parameters["Wax"].shape[1]
    x, a, y_hat = {}, {}, {}
    a[-1] = np.copy(a0)
    loss = 0.0
    for t in range(len(X)):
        x[t] = np.zeros((vocab_size, 1))
        if X[t] is not None:
            x[t][X[t]] = 1
        a[t], y_hat[t] = rnn_step_forward(parameters, a[t - 1], x[t])
        loss -= np.log(y_hat[t][Y[t], 0])
    return loss, (y_hat, a, x)


def rnn_backward(X, Y, parameters, cache):
    """Backpropagation through time over one name.

    Returns:
    gradients -- python dictionary with dWax, dWaa, dWya, db, dby (shaped like their
                 parameters) and da_next
    a -- the hidden states of the forward pass, keyed by t (a[len(X) - 1] is the last one)
    """
    y_hat, a, x = cache
    gradients = {"dWax": np.zeros_like(parameters["Wax"]),
                 "dWaa": np.zeros_like(parameters["Waa"]),
                 "dWya": np.zeros_like(parameters["Wya"]),
                 "db": np.zeros_like(parameters["b"]),
                 "dby": np.zeros_like(parameters["by"]),
                 "da_next": np.zeros_like(a[0])}
    for t in reversed(range(len(X))):
        dy = np.copy(y_hat[t])
        dy[Y[t]] -= 1
        gradients = rnn_step_backward(dy, gradients, parameters, x[t], a[t], a[t - 1])
    return gradients, a


def update_parameters(parameters, gradients, lr):
    """One step of gradient descent, IN PLACE: every parameter array is changed where it lies
    and the same dictionary is returned."""
    parameters["Wax"] += -lr * gradients["dWax"]
    parameters["Waa"] += -lr * gradients["dWaa"]
    parameters["Wya"] += -lr * gradients["dWya"]
    parameters["b"] += -lr * gradients["db"]
    parameters["by"] += -lr * gradients["dby"]
    return parameters


# ----------------------------------------------------------------------------------------------
# Graded functions
# ----------------------------------------------------------------------------------------------


def clip(gradients, maxValue):
    """Clip every gradient to the interval [-maxValue, maxValue].

    The caller's arrays are left untouched: the function works on a copy and returns new
    arrays.

    Arguments:
    gradients -- python dictionary containing "dWaa", "dWax", "dWya", "db", "dby" (it may hold
                 other keys, such as "da_next"; they are not returned)
    maxValue -- every value above it becomes maxValue, every value below -maxValue becomes
                -maxValue

    Returns:
    gradients -- a NEW python dictionary with the five clipped gradients
    """
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya = gradients["dWaa"], gradients["dWax"], gradients["dWya"]
    db, dby = gradients["db"], gradients["dby"]
    # YOUR CODE STARTS HERE
    for gradient in [dWax, dWaa, dWya, db, dby]:
        np.clip(gradient, -maxValue, maxValue, out=gradient)
    # YOUR CODE ENDS HERE
    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}
    return gradients


def sample(parameters, char_to_ix, seed):
    """Generate one name, one character at a time, from the RNN's own predictions.

    Arguments:
    parameters -- python dictionary with Waa, Wax, Wya, by, b
    char_to_ix -- python dictionary mapping each character to its index ('\\n' ends a name)
    seed -- for the tests: the draw of step `counter` uses np.random.seed(counter + seed), and
            seed grows by 1 after every step

    Returns:
    indices -- a list of the sampled indices; it ends with the index of '\\n' (appended when
               the 50-character limit stops the loop)
    """
    Waa, Wax, Wya, by, b = (parameters["Waa"], parameters["Wax"], parameters["Wya"],
                            parameters["by"], parameters["b"])
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]

    # Step 1: the first input is the zero vector, and so is the hidden state before it.
    # YOUR CODE STARTS HERE
    # stub: x = None
    # stub: a_prev = None
    x = np.zeros((vocab_size, 1))
    a_prev = np.zeros((n_a, 1))
    # YOUR CODE ENDS HERE

    indices = []
    idx = -1                                     # nothing sampled yet
    counter = 0
    newline_character = char_to_ix["\n"]

    while idx != newline_character and counter != 50:
        # Step 2: forward one step; Step 3: draw the next index; Step 4: feed it back as x.
        # YOUR CODE STARTS HERE
        # stub: a = None
        # stub: z = None
        # stub: y = None
        # stub: np.random.seed(counter + seed)
        # stub: idx = None
        # stub: indices.append(idx)
        # stub: x = None
        # stub: a_prev = None
        a = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
        z = np.dot(Wya, a) + by
        y = softmax(z)
        np.random.seed(counter + seed)
        idx = np.random.choice(range(vocab_size), p=y.ravel())
        indices.append(idx)
        x = np.zeros((vocab_size, 1))
        x[idx] = 1
        a_prev = a
        seed += 1
        # YOUR CODE ENDS HERE
        counter += 1

    if counter == 50:
        indices.append(newline_character)
    return indices


def optimize(X, Y, a_prev, parameters, learning_rate=0.01):
    """One step of training on one name: forward, backward, clip to [-5, 5], update.

    Arguments:
    X -- list of input indices (None first: the zero vector)
    Y -- list of target indices: X shifted left by one, ending with the index of '\\n'
    a_prev -- the hidden state to start from, shape (n_a, 1)
    parameters -- python dictionary with Wax, Waa, Wya, b, by; UPDATED IN PLACE (through
                  update_parameters)
    learning_rate -- the step size

    Returns:
    loss -- the loss of this name (a float: the sum over its time steps)
    gradients -- python dictionary with dWax, dWaa, dWya, db, dby, clipped to [-5, 5]
    a[len(X) - 1] -- the last hidden state, shape (n_a, 1)
    """
    # YOUR CODE STARTS HERE
    # stub: loss, cache = None, None
    # stub: gradients, a = None, None
    # stub: gradients = None
    # stub: parameters = None
    loss, cache = rnn_forward(X, Y, a_prev, parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    gradients = clip(gradients, 5)
    parameters = update_parameters(parameters, gradients, learning_rate)
    # YOUR CODE ENDS HERE
    return loss, gradients, a[len(X) - 1]


def model(data_x, ix_to_char, char_to_ix, num_iterations=35000, n_a=50, dino_names=7,
          vocab_size=27, verbose=False):
    """Train the RNN one name per iteration, and sample names from it every 2000 iterations.

    Arguments:
    data_x -- list of names (strings; surrounding whitespace is stripped)
    ix_to_char, char_to_ix -- the two vocabulary dictionaries
    num_iterations -- how many names (iterations) to train on
    n_a -- number of hidden units
    dino_names -- how many names to sample each time
    vocab_size -- number of symbols
    verbose -- print the smoothed loss and the sampled names every 2000 iterations

    Returns:
    parameters -- the learnt parameters
    last_dino_name -- the last name sampled (capitalized, ending with '\\n')
    """
    n_x, n_y = vocab_size, vocab_size
    parameters = initialize_parameters(n_a, n_x, n_y)
    loss = get_initial_loss(vocab_size, dino_names)

    examples = [x.strip() for x in data_x]
    np.random.seed(0)
    np.random.shuffle(examples)
    a_prev = np.zeros((n_a, 1))
    last_dino_name = "abc"

    for j in range(num_iterations):
        # Pick the example (cycling through the list), build X and Y, take one optimize step.
        # YOUR CODE STARTS HERE
        # stub: idx = None
        # stub: single_example_ix = None
        # stub: X = None
        # stub: Y = None
        # stub: curr_loss, gradients, a_prev = None, None, None
        idx = j % len(examples)
        single_example_ix = [char_to_ix[ch] for ch in examples[idx]]
        X = [None] + single_example_ix
        Y = X[1:] + [char_to_ix["\n"]]
        curr_loss, gradients, a_prev = optimize(X, Y, a_prev, parameters, learning_rate=0.01)
        # YOUR CODE ENDS HERE

        loss = smooth(loss, curr_loss)

        if j % 2000 == 0:
            if verbose:
                print(f"Iteration: {j}, Loss: {loss:f}\n")
            for name_seed in range(dino_names):
                sampled_indices = sample(parameters, char_to_ix, name_seed)
                last_dino_name = get_sample(sampled_indices, ix_to_char)
                if verbose:
                    print(last_dino_name.replace("\n", ""))
            if verbose:
                print("\n")

    return parameters, last_dino_name
