"""Everything that uses Qt: the main window, panes, models, dialogs, background tasks."""
