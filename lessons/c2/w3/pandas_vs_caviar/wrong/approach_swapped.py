
def choose_approach(num_machines, hours_per_run, hours_available, min_models=10):
    num_models = num_machines * int(hours_available // hours_per_run)
    return ("panda" if num_models >= min_models else "caviar"), num_models
