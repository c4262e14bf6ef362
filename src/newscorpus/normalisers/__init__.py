"""Pluggable text normalisers: a registry other packages extend, built-in repairs, a pipeline.

A normaliser is a pure, total, idempotent ``str -> str`` function applied to
one paragraph at a time.  Normalisers are found by name in the entry-point
group ``newscorpus.normalisers`` (our built-ins register there too), or
registered in code with :func:`register`.  A :class:`NormaliserPipeline` runs
an explicit ordered list of them and can :meth:`~NormaliserPipeline.explain`
which steps changed a text.

Example:
    >>> from newscorpus import normalisers
    >>> pipeline = normalisers.NormaliserPipeline()
    >>> pipeline.explain("“Stop the escalation immediately, ”he said.. Then")
    ('“Stop the escalation immediately,” he said. Then', ('quote_marks', 'punctuation'))
"""

from __future__ import annotations

from ._builtin import (
    DEFAULT,
    GluedWordSplitter,
    PlaceNames,
    brand_parts,
    camel_case_names,
    place_name_table,
)
from ._pipeline import NormaliserPipeline
from ._registry import (
    ENV_NO_PLUGINS,
    GROUP,
    available,
    describe,
    get,
    refresh,
    register,
    resolve,
)

__all__ = [
    "DEFAULT",
    "ENV_NO_PLUGINS",
    "GROUP",
    "GluedWordSplitter",
    "NormaliserPipeline",
    "PlaceNames",
    "available",
    "brand_parts",
    "camel_case_names",
    "describe",
    "get",
    "place_name_table",
    "refresh",
    "register",
    "resolve",
]
