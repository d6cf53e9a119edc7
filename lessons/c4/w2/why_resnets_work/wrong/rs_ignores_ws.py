def residual_stack(A0, blocks):
    A = A0
    for block in blocks:
        A = residual_block(A, block["W1"], block["b1"], block["W2"], block["b2"])
    return A
