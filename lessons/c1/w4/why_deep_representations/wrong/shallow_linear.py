def shallow_units(n):
    return n - 1
