"""Allow `python -m civicdesk`."""

import sys

from civicdesk import app

if __name__ == "__main__":
    sys.exit(app.main())
