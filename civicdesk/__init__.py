"""CivicDesk: members, volunteer shifts, support requests and reports for a neighborhood office."""

APP_NAME = "CivicDesk"
APP_ID = "civicdesk"
ORG_NAME = "CivicDesk"
__version__ = "0.1.0"
