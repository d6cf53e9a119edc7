def parity_tree(bits):
    level = bits
    depth = 0
    gates = 0
    while level.shape[0] > 1:
        pairs = level.shape[0] // 2
        level = xor_gate(level[0:2 * pairs:2], level[1:2 * pairs:2])
        gates += pairs
        depth += 1
    return level, depth, gates
