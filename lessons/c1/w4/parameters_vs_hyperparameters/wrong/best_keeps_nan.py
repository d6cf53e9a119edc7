def best_learning_rate(final_costs):
    return min(final_costs, key=final_costs.get)
