"""Benchmarks: synthetic portfolios and timing scripts (not part of the package)."""
