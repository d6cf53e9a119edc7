def concat_skip(decoder_map, encoder_map):
    return np.concatenate([encoder_map, decoder_map], axis=-1)
