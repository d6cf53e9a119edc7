
def compute_da_dz(a, y):
    da = -y / a + (1 - y) / (1 - a)
    return da, da
