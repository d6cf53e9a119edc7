def parity_tree(bits):
    level = bits
    depth = 0
    gates = 0
    while level.shape[0] > 1:
        pairs = level.shape[0] // 2
        merged = level[0:2 * pairs:2] + level[1:2 * pairs:2]
        if level.shape[0] % 2 == 1:
            merged = np.vstack([merged, level[-1:]])
        gates += pairs
        depth += 1
        level = merged
    return level, depth, gates
