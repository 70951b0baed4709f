"""Command-line interface (``bilan``)."""
