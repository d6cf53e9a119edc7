def best_learning_rate(final_costs):
    finite = [cost for cost in final_costs.values() if np.isfinite(cost)]
    return min(finite) if finite else None
