"""PyInstaller runtime hook (Linux): programs CivicDesk starts get the user's library path.

The bootloader puts the bundle's folder first on LD_LIBRARY_PATH so Python finds its
libraries; the dynamic loader has read it by now, so undoing it here changes nothing for
CivicDesk itself. Without this, a PDF viewer opened by "Open in system viewer" (xdg-open)
would load the bundle's copies of glib, fontconfig ... and could crash.
"""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is not None:
    os.environ["LD_LIBRARY_PATH"] = _original
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
