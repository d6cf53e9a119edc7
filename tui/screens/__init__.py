"""The app's screens: home (the lesson tree), a lesson, and small modal dialogs."""
