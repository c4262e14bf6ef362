"""Loaders turn files, strings and bytes into :class:`RawDocument` values.

A registry by format name and file suffix; third parties add loaders the same
way the built-ins are added, with :func:`register`.
"""

from __future__ import annotations

from newscorpus.loaders._raw import Block, RawDocument, decode_bytes
from newscorpus.loaders._registry import Loader, for_path, get, register, suffixes

__all__ = [
    "Block",
    "Loader",
    "RawDocument",
    "decode_bytes",
    "for_path",
    "get",
    "register",
    "suffixes",
]
