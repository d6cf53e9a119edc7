def concat_skip(decoder_map, encoder_map):
    return np.concatenate([decoder_map, encoder_map], axis=0)
