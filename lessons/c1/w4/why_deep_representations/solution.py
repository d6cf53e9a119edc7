"""Why deep representations? Parity of n bits, computed by a deep tree and by a shallow circuit.

Inputs are 0/1 integer arrays with one example per COLUMN: bits has shape (n, m).
Write each function between the YOUR CODE markers.
"""

import numpy as np


def xor_gate(a, b):
    """XOR of two 0/1 arrays, built from two ReLU units (given).

    relu(a + b) counts the ones; relu(a + b - 1) is 1 only when both are 1. So
    relu(a + b) - 2 relu(a + b - 1) is 0, 1, 1, 0 for (a, b) = (0,0), (0,1), (1,0), (1,1).
    """
    return np.maximum(0, a + b) - 2 * np.maximum(0, a + b - 1)


def parity_tree(bits):
    """The parity (XOR of all n bits) of every column, computed by a balanced tree of XOR gates.

    Each level pairs up rows 0 and 1, 2 and 3, ... and replaces every pair by its xor_gate; when
    a level has an odd number of rows, its last row is carried up unchanged. Levels repeat until
    one row is left.

    Arguments:
    bits -- 0/1 integer array of shape (n, m)

    Returns:
    parity -- array of shape (1, m): 1 where a column holds an odd number of ones
    depth -- number of levels of gates used (0 when n == 1)
    gates -- total number of xor_gate calls, counting one per pair (n - 1 in the end)
    """
    level = bits
    depth = 0
    gates = 0

    # YOUR CODE STARTS HERE
    while level.shape[0] > 1:
        pairs = level.shape[0] // 2
        merged = xor_gate(level[0:2 * pairs:2], level[1:2 * pairs:2])
        if level.shape[0] % 2 == 1:
            merged = np.vstack([merged, level[-1:]])
        gates += pairs
        depth += 1
        level = merged
    # YOUR CODE ENDS HERE

    parity = level
    return parity, depth, gates


def shallow_units(n):
    """Size of the best SHALLOW circuit for n-bit parity: an OR of ANDs (one hidden layer).

    Every AND gate of such a circuit can only recognise one complete input pattern, so it needs
    one AND gate per input with an odd number of ones.

    Arguments:
    n -- number of input bits (n >= 1)

    Returns:
    units -- an int: how many input patterns of n bits have an odd number of ones
    """
    # YOUR CODE STARTS HERE
    # stub: units = None
    units = 2 ** (n - 1)
    # YOUR CODE ENDS HERE
    return units
