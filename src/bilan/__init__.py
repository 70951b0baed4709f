"""bilan: conflict events and casualty figures from news articles, with their evidence."""

__version__ = "0.1.0"
