def mirror(images):
    return images[..., ::-1].copy()
