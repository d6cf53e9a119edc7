
def one_epoch(w, b, mini_batches, learning_rate):
    costs = []
    for mini_batch_X, mini_batch_Y in mini_batches:
        _, dw, db = logistic_cost_and_grads(w, b, mini_batch_X, mini_batch_Y)
        w = w - learning_rate * dw
        b = b - learning_rate * db
        cost, _, _ = logistic_cost_and_grads(w, b, mini_batch_X, mini_batch_Y)
        costs.append(cost)
    return w, b, costs
