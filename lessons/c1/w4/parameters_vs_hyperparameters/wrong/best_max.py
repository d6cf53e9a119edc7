def best_learning_rate(final_costs):
    finite = {rate: cost for rate, cost in final_costs.items() if np.isfinite(cost)}
    return max(finite, key=finite.get) if finite else None
