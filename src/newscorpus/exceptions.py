"""Errors raised by newscorpus.

Every error is a :class:`NewscorpusError` and also subclasses the built-in it
resembles, so ``except ValueError`` keeps working for callers who do not know
about this library.  Messages say what was expected, what came, and where.
"""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "LoadError",
    "NewscorpusError",
    "NormaliserError",
    "PluginError",
    "SchemaError",
]


class NewscorpusError(Exception):
    """Base class of every error this library raises on purpose."""


class LoadError(NewscorpusError, ValueError):
    """A document could not be read, decoded or parsed into an article."""


class SchemaError(NewscorpusError, ValueError):
    """A serialised record does not match the JSON contract."""


class NormaliserError(NewscorpusError, RuntimeError):
    """A normaliser step raised, or returned something other than ``str``."""


class PluginError(NewscorpusError, LookupError):
    """A plugin name is unknown, claimed twice, or fails to import."""


class ExtractionError(NewscorpusError, RuntimeError):
    """An extractor failed on a document it was given."""
