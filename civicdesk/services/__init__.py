"""Use cases: validation, permissions, audit and transactions, shared by the GUI, CLI and tests."""
