"""Editors and questions: each has load()/save() and an ask() classmethod."""
