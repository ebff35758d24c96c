"""Scoring the pipeline against gold data, with the reference scorers' definitions."""
