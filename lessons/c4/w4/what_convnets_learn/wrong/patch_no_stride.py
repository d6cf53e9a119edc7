def receptive_patch(image, h, w, field, stride):
    return image[h:h + field, w:w + field, :]
