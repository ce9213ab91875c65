"""roadmap: a city's digital-transformation strategy as code."""

__version__ = "0.1.0"
