def concat_skip(decoder_map, encoder_map):
    return decoder_map + encoder_map
