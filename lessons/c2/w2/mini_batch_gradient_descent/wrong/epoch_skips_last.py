
def one_epoch(w, b, mini_batches, learning_rate):
    costs = []
    for mini_batch_X, mini_batch_Y in mini_batches[:-1]:
        cost, dw, db = logistic_cost_and_grads(w, b, mini_batch_X, mini_batch_Y)
        costs.append(cost)
        w = w - learning_rate * dw
        b = b - learning_rate * db
    return w, b, costs
