def parity_tree(bits):
    parity = bits[0:1]
    depth = 0
    gates = 0
    for i in range(1, bits.shape[0]):
        parity = xor_gate(parity, bits[i:i + 1])
        gates += 1
        depth += 1
    return parity, depth, gates
