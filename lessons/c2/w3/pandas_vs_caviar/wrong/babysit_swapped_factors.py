
def babysit(w, train_one_day, learning_rate, num_days, grow=1.2, shrink=0.5):
    best_w, best_cost = w, np.inf
    learning_rates = []
    for _ in range(num_days):
        learning_rates.append(learning_rate)
        new_w, cost = train_one_day(best_w, learning_rate)
        if cost < best_cost:
            best_w, best_cost = new_w, cost
            learning_rate = learning_rate * shrink
        else:
            learning_rate = learning_rate * grow
    return best_w, best_cost, learning_rates
