"""Corpus: many articles, the documents that could not be loaded, and operations across them."""

from __future__ import annotations

import collections
import glob
import multiprocessing
import os
import pathlib
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, overload

import attrs

from newscorpus._model import Article
from newscorpus._pipeline import Pipeline
from newscorpus._typing import OnError
from newscorpus.exceptions import ExtractionError, LoadError, NewscorpusError, PluginError
from newscorpus.normalisers._registry import _register_all, _registered_at_run_time

__all__ = ["Corpus", "LoadErrors", "Reject", "iter_articles", "iter_results", "load"]


@attrs.frozen(kw_only=True)
class Reject:
    """A document that could not become an article, and why."""

    #: Where it came from: a path, ``<bytes>``, ``<text>``...
    source: str
    #: 1-based line inside a JSON lines file, else None.
    line: int | None = None
    #: The error message (what was expected, what came, where).
    reason: str
    #: The error's class name, e.g. ``"LoadError"``.
    error: str = "LoadError"


class LoadErrors(ExceptionGroup[NewscorpusError], NewscorpusError, ValueError):
    """Every bad document of a batch load with ``on_error="raise"``, gathered in one group.

    Like each :class:`LoadError` it holds, it is a ``ValueError``; each member carries a
    note saying where it came from (``@ corpus.jsonl line 17``).
    """


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


def _rejects(value: Iterable[Reject]) -> tuple[Reject, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Corpus:
    """Articles loaded together, with the documents that were rejected.

    ``len(corpus) + len(corpus.rejects)`` is the number of documents read.
    """

    #: The articles, in the order their documents were read.
    articles: tuple[Article, ...] = attrs.field(default=(), converter=_articles)
    #: Every document that could not become an article, with its reason.
    rejects: tuple[Reject, ...] = attrs.field(default=(), converter=_rejects)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return attrs.evolve(self, articles=self.articles[index])
        return self.articles[index]

    def to_jsonl(self, path: str | os.PathLike[str] | IO[str]) -> int:
        """Write the articles as JSON lines (the contract ``load`` reads back); return the count."""
        from newscorpus.serialise import dump_jsonl

        if hasattr(path, "write"):
            return dump_jsonl(self.articles, path)  # type: ignore[arg-type]
        with open(path, "w", encoding="utf-8") as fp:
            return dump_jsonl(self.articles, fp)

    def filter(
        self,
        predicate: Callable[[Article], bool] | None = None,
        *,
        language: str | Iterable[str] | None = None,
    ) -> Corpus:
        """A corpus of the articles that pass; rejects are kept as they were.

        Example:
            >>> corpus.filter(language="en")          # doctest: +SKIP
            >>> corpus.filter(lambda a: len(a.quotes) > 3)  # doctest: +SKIP
        """
        langs = (
            {language}
            if isinstance(language, str)
            else set(language)
            if language is not None
            else None
        )

        def keep(a: Article) -> bool:
            if langs is not None and a.language not in langs:
                return False
            return predicate is None or predicate(a)

        return attrs.evolve(self, articles=[a for a in self.articles if keep(a)])

    def languages(self) -> dict[str | None, int]:
        """How many articles per language (None for undetermined), most common first."""
        return dict(collections.Counter(a.language for a in self.articles).most_common())

    def quotes(self) -> list[dict[str, Any]]:
        """Every quote as a row (article id, speaker, text, partial...), ready for pandas."""
        return list(quote_rows(self.articles))

    def sources(self) -> list[dict[str, Any]]:
        """Every source as a row (article id, name, role, evidence), ready for pandas."""
        return [
            {"article": a.id, "name": s.name, "role": s.role.value, "evidence": s.evidence}
            for a in self.articles
            for s in a.sources
        ]


def quote_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One flat row per quote, streamed: the shape of :meth:`Corpus.quotes` and ``newscorpus quotes``."""
    for a in articles:
        for q in a.quotes:
            yield {
                "article": a.id,
                "speaker": q.speaker,
                "text": q.text,
                "partial": q.partial,
                "speaker_mention": q.speaker_mention,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
                "path": a.origin.path,
            }


# --- reading -----------------------------------------------------------------------------------


def _expand(source: Any) -> Iterator[tuple[str, Any]]:
    """Turn any accepted source into ``(label, path or content)`` pairs, one per file or blob."""
    if isinstance(source, (bytes, bytearray)):
        yield "<bytes>", bytes(source)
        return
    if hasattr(source, "read"):
        name = getattr(source, "name", None)
        yield (name if isinstance(name, str) else "<stream>"), source.read()
        return
    if isinstance(source, (str, os.PathLike)):
        path = pathlib.Path(source)
        if path.is_dir():
            # A directory holds documents and other files (READMEs, manifests): read the files
            # a loader claims by suffix, skipping hidden ones.
            from newscorpus.loaders import suffixes

            known = tuple(suffixes())
            for p in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in p.relative_to(path).parts)
                if p.is_file() and not hidden and p.name.lower().endswith(known):
                    yield str(p), p
            return
        if path.is_file():
            yield str(path), path
            return
        text = os.fspath(source)
        if glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            for m in matches:
                yield from _expand(m)
            if matches:
                return
        msg = f"expected an existing file, directory or glob pattern, got {text!r} (nothing there)"
        raise LoadError(msg)
    if isinstance(source, Iterable):
        for item in source:
            try:
                yield from _expand(item)
            except LoadError as e:
                # one missing path among many is that path's reject, not the batch's end
                yield str(item), e
        return
    msg = f"expected a path, directory, glob, bytes, file object or iterable of paths, got {type(source).__name__}"
    raise TypeError(msg)


def _sniff(data: bytes | str) -> str:
    """Loader name for content without a file name: JSON lines, HTML or plain text."""
    if isinstance(data, bytes):
        from newscorpus.loaders import decode_bytes

        try:
            head, _ = decode_bytes(data[:4096], where="<bytes>")
        except NewscorpusError:
            # The cut may split a character, and only the shape is read here: every byte
            # reads as Latin-1, and the loader chosen reports a real decoding error.
            head = data[:4096].decode("latin-1")
    else:
        head = data[:4096]
    head = head.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "jsonl"
    low = head[:2048].lower()
    if (
        low.startswith(("<!doctype html", "<html"))
        or "<body" in low
        or "<p>" in low
        or "<div" in low
    ):
        return "html"
    return "text"


def _read_one(label: str, item: Any, pipeline: Pipeline) -> Iterator[Article | Reject]:
    """Load and process one file or blob; every document becomes an Article or a Reject, lazily."""
    from newscorpus import loaders

    if isinstance(item, LoadError):
        yield _reject(label, item)
        return
    try:
        path: str | None = None if label.startswith("<") else label
        if isinstance(item, pathlib.Path):
            fmt = loaders.for_path(item)
            if fmt == "jsonl":
                # record by record, so a huge JSON lines file is never held whole
                from newscorpus.loaders._jsonl import iter_jsonl_file

                docs: Iterable[Any] = iter_jsonl_file(item)
            else:
                docs = loaders.get(fmt)(item.read_bytes(), path=path)
        else:
            docs = loaders.get(_sniff(item))(item, path=path)
        for doc in docs:
            if isinstance(doc, Exception):
                yield _reject(label, doc)
            elif isinstance(doc, Article):
                yield doc
            else:
                try:
                    yield pipeline.process(doc)
                except NewscorpusError as e:
                    yield _reject(label, e, line=doc.origin.line)
    except NewscorpusError as e:
        yield _reject(label, e)
    except OSError as e:
        yield _reject(label, LoadError(f"{label}: could not read the file: {e.strerror or e}"))


def _reject(label: str, exc: Exception, line: int | None = None) -> Reject:
    if line is None:
        parts = str(exc).split(" line ", 1)
        if len(parts) == 2 and parts[1].split(":", 1)[0].isdigit():
            line = int(parts[1].split(":", 1)[0])
    return Reject(source=label, line=line, reason=str(exc), error=type(exc).__name__)


def _as_error(reject: Reject) -> LoadError:
    err = LoadError(reject.reason)
    err.add_note(f"@ {reject.source}" + (f" line {reject.line}" if reject.line else ""))
    return err


def _chunked_read(
    pairs: Iterable[tuple[str, Any]], pipeline: Pipeline, workers: int
) -> Iterator[Article | Reject]:
    if workers <= 1:
        for label, item in pairs:
            yield from _read_one(label, item, pipeline)
        return
    # Normalisers registered at run time are sent along: a worker started by spawn or
    # forkserver imports the package afresh and would not know them.
    registered = _registered_at_run_time(pipeline.normalisers)
    try:
        pickle.dumps(registered)
    except Exception as e:
        names = ", ".join(sorted(registered))
        msg = (
            f"normalisers registered at run time ({names}) cannot be sent to worker processes "
            f"({type(e).__name__}: {e}); register module-level functions, or use workers=1"
        )
        raise PluginError(msg) from e
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_MP_CONTEXT,
        initializer=_register_all,
        initargs=(registered,),
    ) as pool:
        batch: list[tuple[str, Any]] = []
        pending = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= 64:
                pending.append(pool.submit(_read_batch, batch, pipeline))
                batch = []
                if len(pending) >= 2 * workers:
                    yield from _result(pending.pop(0))
        if batch:
            pending.append(pool.submit(_read_batch, batch, pipeline))
        for fut in pending:
            yield from _result(fut)


def _result(future: Future[list[Article | Reject]]) -> list[Article | Reject]:
    try:
        return future.result()
    except BrokenProcessPool as e:
        msg = (
            f"a worker process ended abruptly ({e}); it may have run out of memory, or could "
            "not import a normaliser registered at run time (one defined in __main__ or a "
            "notebook cannot reach a spawned worker): use workers=1 to see the error"
        )
        raise ExtractionError(msg) from e


#: The multiprocessing start method's context for worker pools (None: the platform default).
_MP_CONTEXT: multiprocessing.context.BaseContext | None = None


def _read_batch(batch: Sequence[tuple[str, Any]], pipeline: Pipeline) -> list[Article | Reject]:
    return [r for label, item in batch for r in _read_one(label, item, pipeline)]


def iter_results(
    source: Any, *, pipeline: Pipeline | None = None, workers: int = 1
) -> Iterator[Article | Reject]:
    """Stream an :class:`Article` or a :class:`Reject` for every document in *source*, in order."""
    yield from _chunked_read(_expand(source), pipeline or Pipeline.default(), workers)


def iter_articles(
    source: Any,
    *,
    on_error: OnError = "raise",
    pipeline: Pipeline | None = None,
    rejects: list[Reject] | None = None,
    workers: int = 1,
) -> Iterator[Article]:
    """Stream articles one document at a time, so memory stays flat whatever the corpus size.

    Args:
        source: a path, directory, glob pattern, bytes, file object, or an iterable of paths.
        on_error: ``"raise"`` stops at the first bad document with its :class:`LoadError`;
            ``"collect"`` appends a :class:`Reject` to *rejects* and goes on.
        rejects: the list that receives rejects when collecting (required then, so that
            nothing is dropped silently).

    Example:
        >>> rejects = []
        >>> for article in iter_articles("crawl/", on_error="collect", rejects=rejects):  # doctest: +SKIP
        ...     print(article.title)
    """
    _check_on_error(on_error)
    if on_error == "collect" and rejects is None:
        msg = (
            "iter_articles(on_error='collect') needs a list to receive the rejects: pass rejects=[]"
        )
        raise TypeError(msg)
    for result in iter_results(source, pipeline=pipeline, workers=workers):
        if isinstance(result, Reject):
            if on_error == "raise":
                raise _as_error(result)
            assert rejects is not None
            rejects.append(result)
        else:
            yield result


def _check_on_error(on_error: str) -> None:
    if on_error not in ("raise", "collect"):
        msg = f"expected on_error='raise' or 'collect', got {on_error!r}"
        raise ValueError(msg)


def load(
    source: Any, on_error: OnError = "raise", pipeline: Pipeline | None = None, workers: int = 1
) -> Corpus:
    """Load every document in *source* into a :class:`Corpus`.

    Args:
        source: a path, directory (read recursively: the files whose suffix a loader claims,
            ``.txt``, ``.html``, ``.jsonl``...), glob pattern, bytes, file object, or an iterable
            of paths.  ``.txt`` reads as plain text, ``.html`` as HTML, ``.jsonl`` as
            JSON lines (our own records round-trip; crawler records are parsed).
        on_error: ``"raise"`` reads everything, then raises one :class:`LoadErrors` group with
            every bad document; ``"collect"`` keeps them in :attr:`Corpus.rejects`.
        workers: processes to use; 1 runs in this process.

    Example:
        >>> corpus = load("articles/", on_error="collect")   # doctest: +SKIP
        >>> len(corpus) + len(corpus.rejects)                # documents read  # doctest: +SKIP
    """
    _check_on_error(on_error)
    articles: list[Article] = []
    rejects: list[Reject] = []
    for result in iter_results(source, pipeline=pipeline, workers=workers):
        (rejects if isinstance(result, Reject) else articles).append(result)  # type: ignore[arg-type]
    if rejects and on_error == "raise":
        msg = f"{len(rejects)} of {len(rejects) + len(articles)} documents could not be loaded"
        raise LoadErrors(msg, [_as_error(r) for r in rejects])
    return Corpus(articles=articles, rejects=rejects)
