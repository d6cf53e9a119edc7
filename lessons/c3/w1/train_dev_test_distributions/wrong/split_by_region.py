
def stratified_split(regions, seed=0):
    names = np.unique(regions)
    half = len(names) // 2
    dev = np.flatnonzero(np.isin(regions, names[:half]))
    test = np.flatnonzero(np.isin(regions, names[half:]))
    return (dev, test)
