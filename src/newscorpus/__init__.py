"""newscorpus: turn raw news documents into a clean, typed, auditable corpus.

Example:
    >>> import newscorpus
    >>> article = newscorpus.parse_text(
    ...     "Council approves new bridge\\n\\n"
    ...     "The city council approved the new bridge on Monday after a long debate.\\n\\n"
    ...     "- Advertisement -"
    ... )
    >>> article.title
    'Council approves new bridge'
    >>> [(r.reason, r.text) for r in article.removed]
    [('title', 'Council approves new bridge'), ('ad-label', '- Advertisement -')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newscorpus._corpus import Corpus, LoadErrors, Reject, iter_articles, iter_results, load
from newscorpus._model import Article, Origin, Quote, Removed, Source, SourceRole
from newscorpus._pipeline import Pipeline, parse_html, parse_text
from newscorpus._typing import Normaliser
from newscorpus.exceptions import LoadError, NewscorpusError

try:
    __version__ = version("newscorpus")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Corpus",
    "LoadError",
    "LoadErrors",
    "NewscorpusError",
    "Normaliser",
    "Origin",
    "Pipeline",
    "Quote",
    "Reject",
    "Removed",
    "Source",
    "SourceRole",
    "__version__",
    "iter_articles",
    "iter_results",
    "load",
    "parse_html",
    "parse_text",
]
