
def suspicious_parameters(grads, grads_approx, threshold=1e-5):
    grad = np.concatenate([grads[key].ravel() for key in grads])
    approx = np.concatenate([grads_approx[key].ravel() for key in grads])
    return list(grads) if relative_difference(grad, approx) > threshold else []
