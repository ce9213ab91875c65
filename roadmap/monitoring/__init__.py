"""Monitoring and evaluation: where the strategy stands at a month, against its plan."""
