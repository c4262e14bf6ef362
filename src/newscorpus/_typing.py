"""Public type aliases, in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from os import PathLike
from typing import IO, Literal, TypeAlias

__all__ = ["Normaliser", "OnError", "Source", "SourceLike"]

#: A normaliser is a pure, total, idempotent ``str -> str`` function.
Normaliser: TypeAlias = Callable[[str], str]

#: What a batch load does with a bad document.
OnError: TypeAlias = Literal["raise", "collect"]

#: One input: a path, a directory, a glob pattern, raw bytes or a file object.
Source: TypeAlias = "str | PathLike[str] | bytes | IO[str] | IO[bytes]"

#: Anything :func:`newscorpus.load` accepts.
SourceLike: TypeAlias = (
    "str | PathLike[str] | bytes | IO[str] | IO[bytes] | Iterable[str | PathLike[str]]"
)
