
def region_shares(regions, idx, names):
    found, counts = np.unique(regions[idx], return_counts=True)
    return counts / len(idx)
