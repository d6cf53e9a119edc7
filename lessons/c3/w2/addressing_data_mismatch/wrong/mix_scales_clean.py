def mix_at_snr(clean, noise, snr_db):
    p_clean = np.mean(clean ** 2, axis=0, keepdims=True)
    p_noise = np.mean(noise ** 2, axis=0, keepdims=True)
    scale = np.sqrt(p_clean / (p_noise * 10 ** (snr_db / 10)))
    return clean / scale + noise
