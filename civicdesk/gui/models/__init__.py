"""Table models and their filter proxies."""
