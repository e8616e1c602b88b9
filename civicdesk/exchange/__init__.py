"""Files in and out: import presets, export, calendars, backup and restore (no Qt)."""
