def encoder_layer(x, params, num_heads, mask=None):
    normed = layer_norm(x, params["gamma1"], params["beta1"])  # noqa: F821
    attn, _ = multi_head_attention(normed, normed, params, num_heads, mask)  # noqa: F821
    out1 = x + attn
    normed = layer_norm(out1, params["gamma2"], params["beta2"])  # noqa: F821
    ffn = feed_forward(normed, params["W1"], params["b1"], params["W2"],  # noqa: F821
                       params["b2"])
    return out1 + ffn
