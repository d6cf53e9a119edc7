def choose_pipeline(designs):
    name, most = None, -1
    for design, stages in designs.items():
        total = sum(available for _, available, _ in stages)
        if total > most:
            name, most = design, total
    return name
