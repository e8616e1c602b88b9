"""Generated from ui/*.ui by `make forms`; do not edit."""
