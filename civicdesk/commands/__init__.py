"""The headless commands, one module each (`register()` adds it to the parser, `run()` runs it)."""
