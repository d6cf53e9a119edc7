
def suspicious_parameters(grads, grads_approx, threshold=1e-5):
    return [key for key in grads
            if relative_difference(grads[key], grads_approx[key]) > threshold]
