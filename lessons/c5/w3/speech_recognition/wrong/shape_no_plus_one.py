def spectrogram_shape(n_samples, frame_length, hop):
    return (frame_length // 2 + 1, (n_samples - frame_length) // hop)
