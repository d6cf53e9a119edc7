
def suspicious_parameters(grads, grads_approx, threshold=1e-5):
    differences = {key: relative_difference(grads[key], grads_approx[key]) for key in grads}
    suspects = [key for key in differences if differences[key] < threshold]
    suspects.sort(key=lambda key: differences[key], reverse=True)
    return suspects
