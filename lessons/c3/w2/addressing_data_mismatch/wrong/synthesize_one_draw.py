def synthesize(clean, noise_bank, snr_db, seed=0):
    m = clean.shape[1]
    k = noise_bank.shape[1]
    rng = np.random.default_rng(seed)
    noise_ids = np.full(m, rng.integers(0, k))
    mixed = mix_at_snr(clean, noise_bank[:, noise_ids], snr_db)
    return mixed, noise_ids
