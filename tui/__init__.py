"""The terminal front end: the Textual app, and the `dls-tui` command that shares its engine.

Never imports TensorFlow or learner code (a test proves it); heavy work happens in engine
children, and results arrive as messages.
"""
