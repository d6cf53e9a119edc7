
def one_epoch(w, b, mini_batches, learning_rate):
    costs, dw_sum, db_sum = [], 0, 0
    for mini_batch_X, mini_batch_Y in mini_batches:
        cost, dw, db = logistic_cost_and_grads(w, b, mini_batch_X, mini_batch_Y)
        costs.append(cost)
        dw_sum, db_sum = dw_sum + dw, db_sum + db
    w = w - learning_rate * dw_sum / len(mini_batches)
    b = b - learning_rate * db_sum / len(mini_batches)
    return w, b, costs
