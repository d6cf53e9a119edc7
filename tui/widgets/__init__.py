"""Widgets shared by the screens: the code editor, the results panel, cached line drawing."""
