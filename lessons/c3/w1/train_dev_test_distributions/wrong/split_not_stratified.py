
def stratified_split(regions, seed=0):
    rng = np.random.default_rng(seed)
    shuffled = rng.permutation(len(regions))
    half = len(regions) // 2
    return (np.sort(shuffled[:half]), np.sort(shuffled[half:]))
