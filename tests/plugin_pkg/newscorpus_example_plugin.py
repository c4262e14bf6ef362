"""An example newscorpus normaliser plugin, used by the tests and shown in docs/normalisers.md."""

from __future__ import annotations

import re

__all__ = ["exclamations"]

_RUN = re.compile(r"!{2,}")


def exclamations(text: str) -> str:
    """Collapse runs of exclamation marks to one (``No!!!`` -> ``No!``).

    Example:
        >>> exclamations("No!!! Never!!")
        'No! Never!'
    """
    return _RUN.sub("!", text)
