
def first_system_plan(tasks):
    tasks.sort(key=lambda task: STAGES.index(task[1]))
    return [name for name, stage in tasks]
