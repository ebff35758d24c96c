"""stancedb: who said what about whom in the news.

Find the direct quotes in news articles, attribute each to its speaker, score the
speaker's stance toward the actors it is about, and store it all in SQL.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("stancedb")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
