
def looks_mismatched(regions, dev_idx, test_idx, tolerance=0.05):
    names = np.unique(regions)
    gap = np.abs(region_shares(regions, dev_idx, names) - region_shares(regions, test_idx, names))
    return bool(np.mean(gap) > tolerance)
