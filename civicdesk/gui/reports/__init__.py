"""Reports in the GUI: generating off the GUI thread, the preview, the options form."""
