
def stratified_split(regions, seed=0):
    dev, test = [], []
    for name in np.unique(regions):
        members = np.flatnonzero(regions == name)
        half = len(members) // 2
        dev.append(members[:half])
        test.append(members[half:])
    return (np.sort(np.concatenate(dev)), np.sort(np.concatenate(test)))
