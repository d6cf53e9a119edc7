def best_learning_rate(final_costs):
    finite = [rate for rate, cost in final_costs.items() if np.isfinite(cost)]
    return min(finite) if finite else None
