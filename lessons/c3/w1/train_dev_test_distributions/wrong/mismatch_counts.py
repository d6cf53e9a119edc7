
def looks_mismatched(regions, dev_idx, test_idx, tolerance=0.05):
    names = np.unique(regions)
    dev_counts = np.array([np.sum(regions[dev_idx] == name) for name in names])
    test_counts = np.array([np.sum(regions[test_idx] == name) for name in names])
    return bool(np.max(np.abs(dev_counts - test_counts)) > tolerance)
