def shallow_units(n):
    return 2 ** n
