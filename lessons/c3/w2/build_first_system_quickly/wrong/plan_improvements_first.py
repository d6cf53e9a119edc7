
def first_system_plan(tasks):
    ordered = sorted(tasks, key=lambda task: STAGES.index(task[1]), reverse=True)
    return [name for name, stage in ordered]
