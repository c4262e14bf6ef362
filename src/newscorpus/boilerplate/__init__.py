"""Boilerplate removal: keep the article, record every removed block with the rule that took it.

Rules are data: the phrases live in per-language JSON lexicons under
``newscorpus/boilerplate/lexicons/``; add a site's own phrases with
:meth:`Lexicon.extended` and pass the lexicon to :class:`newscorpus.Pipeline`.
"""

from __future__ import annotations

from newscorpus.boilerplate._lexicon import (
    Lexicon,
    available_languages,
    guess_languages,
    load_lexicon,
    match_key,
)
from newscorpus.boilerplate._text import METADATA_REASONS, Stripped, strip_boilerplate

__all__ = [
    "METADATA_REASONS",
    "Lexicon",
    "Stripped",
    "available_languages",
    "guess_languages",
    "load_lexicon",
    "match_key",
    "strip_boilerplate",
]
