"""The training panel: a pure event-fed model (``model``) and the widgets that draw it.

Live runs and replays feed the same ``TrainingView`` with the same events, so what a learner
sees while training is exactly what a replay of the saved run shows.
"""
