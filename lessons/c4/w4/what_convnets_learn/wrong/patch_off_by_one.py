def receptive_patch(image, h, w, field, stride):
    return image[h * stride:h * stride + field - 1, w * stride:w * stride + field - 1, :]
