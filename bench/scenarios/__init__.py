"""Benchmark scenarios, one module per area; each module has `scenarios(env)`."""
