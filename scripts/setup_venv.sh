#!/bin/sh
# Create the virtual environment if missing and install CivicDesk with its dev tools.
# Called by `make setup` only when pyproject.toml changed since the last install.
set -eu
PYTHON=${1:-python3}
VENV=${2:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating $VENV with $($PYTHON --version 2>&1)"
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[dev]"
"$VENV/bin/python" -c "import PySide6, peewee, reportlab; print('CivicDesk environment ready:', \
'PySide6', PySide6.__version__, '| peewee', peewee.__version__, '| reportlab', reportlab.Version)"
