"""Realistic, deterministic demo data for trying CivicDesk and for benchmarks."""
