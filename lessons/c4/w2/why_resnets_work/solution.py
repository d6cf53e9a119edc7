"""Why ResNets work: a residual block can always fall back to the identity.

Columns are examples: A_prev is (n, m); W1 is (n1, n), W2 is (n2, n1). When n2 != n the
shortcut goes through a projection Ws of shape (n2, n). Write residual_block and
residual_stack between the YOUR CODE markers.
"""

import numpy as np


def relu(Z):
    """ReLU, elementwise (given)."""
    return np.maximum(Z, 0)


def residual_block(A_prev, W1, b1, W2, b2, Ws=None):
    """A residual block whose shortcut may change size.

    a[l+2] = g(z[l+2] + a[l])        when Ws is None (identity shortcut, n2 == n)
    a[l+2] = g(z[l+2] + Ws a[l])     otherwise (projection shortcut)

    Arguments:
    A_prev -- a[l], shape (n, m)
    W1, b1 -- (n1, n), (n1, 1)
    W2, b2 -- (n2, n1), (n2, 1)
    Ws -- None, or the projection matrix of shape (n2, n)

    Returns:
    A2 -- a[l+2], shape (n2, m)
    """
    # YOUR CODE STARTS HERE
    # stub: A2 = None
    A1 = relu(np.dot(W1, A_prev) + b1)
    Z2 = np.dot(W2, A1) + b2
    shortcut = A_prev if Ws is None else np.dot(Ws, A_prev)
    A2 = relu(Z2 + shortcut)
    # YOUR CODE ENDS HERE
    return A2


def residual_stack(A0, blocks):
    """Run a batch through several residual blocks, one after the other.

    Arguments:
    A0 -- the input activations, shape (n, m)
    blocks -- list of dicts with keys "W1", "b1", "W2", "b2" and optionally "Ws"

    Returns:
    A -- the output of the last block
    """
    # YOUR CODE STARTS HERE
    # stub: A = None
    A = A0
    for block in blocks:
        A = residual_block(A, block["W1"], block["b1"], block["W2"], block["b2"],
                           block.get("Ws"))
    # YOUR CODE ENDS HERE
    return A
