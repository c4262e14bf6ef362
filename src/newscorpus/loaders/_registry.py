"""The loader registry: format name -> loader, file suffix -> format name."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

from newscorpus.exceptions import PluginError

if TYPE_CHECKING:
    from newscorpus._model import Article
    from newscorpus.exceptions import LoadError
    from newscorpus.loaders._raw import RawDocument

__all__ = ["Loader", "for_path", "get", "register", "suffixes"]


class Loader(Protocol):
    """A loader reads one file's content and yields documents.

    It yields a :class:`RawDocument` per document, an :class:`~newscorpus.Article` for
    records that are already articles (our own JSONL), or a
    :class:`~newscorpus.exceptions.LoadError` for a bad record it could skip, so a batch
    load can record it as a reject and go on.
    """

    def __call__(
        self, data: str | bytes, *, path: str | None = None, url: str | None = None
    ) -> Iterator[RawDocument | Article | LoadError]: ...


_LOADERS: dict[str, Callable[[], Loader]] = {}
_SUFFIXES: dict[str, str] = {}


def register(
    name: str,
    factory: Callable[[], Loader],
    *,
    suffixes: tuple[str, ...] = (),
    replace: bool = False,
) -> None:
    """Register a loader under *name*, chosen for files ending in *suffixes*.

    *factory* is called lazily the first time the loader is needed, so a loader with
    heavy imports costs nothing until used.
    """
    if name in _LOADERS and not replace:
        msg = f"loader {name!r} is already registered; pass replace=True to override it"
        raise PluginError(msg)
    _LOADERS[name] = factory
    for sfx in suffixes:
        _SUFFIXES[sfx.lower()] = name


def get(name: str) -> Loader:
    """Return the loader registered as *name*."""
    try:
        factory = _LOADERS[name]
    except KeyError:
        msg = f"expected a loader name among {sorted(_LOADERS)}, got {name!r}"
        raise PluginError(msg) from None
    return factory()


def suffixes() -> dict[str, str]:
    """Map of known file suffixes to loader names."""
    return dict(_SUFFIXES)


def for_path(path: str | os.PathLike[str]) -> str:
    """Name of the loader for *path*, by suffix (``.txt`` and unknown suffixes read as text)."""
    name = os.fspath(path).lower()
    for sfx in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(sfx):
            return _SUFFIXES[sfx]
    return "text"


def _text() -> Loader:
    from newscorpus.loaders._text import load_text

    return load_text


def _html() -> Loader:
    from newscorpus.loaders._html import load_html

    return load_html


def _jsonl() -> Loader:
    from newscorpus.loaders._jsonl import load_jsonl

    return load_jsonl


register("text", _text, suffixes=(".txt", ".text"))
register("html", _html, suffixes=(".html", ".htm", ".xhtml"))
register("jsonl", _jsonl, suffixes=(".jsonl", ".ndjson", ".jsonl.txt"))
