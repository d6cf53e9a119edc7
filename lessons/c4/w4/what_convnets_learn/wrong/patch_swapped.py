def receptive_patch(image, h, w, field, stride):
    return image[w * stride:w * stride + field, h * stride:h * stride + field, :]
