
def first_system_plan(tasks):
    return [name for name, stage in sorted(tasks, key=lambda task: task[1])]
