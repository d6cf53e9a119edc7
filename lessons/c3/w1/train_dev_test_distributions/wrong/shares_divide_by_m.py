
def region_shares(regions, idx, names):
    in_set = regions[idx]
    return np.array([np.sum(in_set == name) for name in names]) / len(regions)
