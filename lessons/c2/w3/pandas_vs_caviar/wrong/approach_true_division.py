
def choose_approach(num_machines, hours_per_run, hours_available, min_models=10):
    num_models = num_machines * hours_available / hours_per_run
    return ("caviar" if num_models >= min_models else "panda"), num_models
