"""Pipeline: loader -> boilerplate -> normalise -> extract -> Article.

Each stage is a plain function in its own module; a :class:`Pipeline` only
holds the choice of stages and rules, so it pickles for multiprocessing and
Dask.  The module-level functions use :meth:`Pipeline.default`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from newscorpus._model import Article, Removed
from newscorpus.boilerplate import Lexicon, guess_languages, load_lexicon, strip_boilerplate
from newscorpus.exceptions import ExtractionError, LoadError, NewscorpusError

if TYPE_CHECKING:
    from newscorpus.loaders import RawDocument
    from newscorpus.normalisers import NormaliserPipeline

__all__ = ["Pipeline", "parse_html", "parse_text"]

NormaliserSpec = str | Callable[[str], str]
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def _default_normalisers() -> tuple[NormaliserSpec, ...]:
    from newscorpus import normalisers

    return tuple(normalisers.DEFAULT)


@functools.lru_cache(maxsize=32)
def _normaliser_pipeline(steps: tuple[NormaliserSpec, ...]) -> NormaliserPipeline:
    from newscorpus.normalisers import NormaliserPipeline

    return NormaliserPipeline(steps)


def _article_id(origin_key: str, text: str) -> str:
    digest = hashlib.blake2b(digest_size=8)
    digest.update(origin_key.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@attrs.frozen(kw_only=True)
class Pipeline:
    """The choice of stages and rules that turns a :class:`~newscorpus.loaders.RawDocument` into an Article.

    Example:
        >>> from newscorpus import Pipeline, normalisers
        >>> p = Pipeline(normalisers=(*normalisers.DEFAULT, "place_names"), detect_language=False)
        >>> p.parse_text("Officials in Kiev said the talks would resume, the ministry said.").text
        'Officials in Kyiv said the talks would resume, the ministry said.'
    """

    #: Ordered normaliser steps: registered names, ``"pkg.module:func"`` or callables.
    normalisers: tuple[NormaliserSpec, ...] = attrs.field(
        factory=_default_normalisers, converter=tuple
    )
    #: Boilerplate lexicon; None picks the shipped lexicons of each document's language
    #: (by its function words) plus English, or all of them when the language is unclear.
    lexicon: Lexicon | None = None
    #: Set the article's and each paragraph's language (see :mod:`newscorpus.language`).
    detect_language: bool = True
    #: Find direct quotations and their speakers (see :mod:`newscorpus.extract.quotes`).
    extract_quotes: bool = True
    #: Find sources, authors and the publication date (see :mod:`newscorpus.extract.sources`).
    extract_sources: bool = True
    #: Documents longer than this (in characters) are refused rather than processed.
    max_chars: int = 20_000_000

    def __attrs_post_init__(self) -> None:
        # Resolve the steps now: a misspelt name is one clear error up front, not the same
        # reject for every document of a batch.
        self.normaliser().resolved()

    @classmethod
    def default(cls) -> Pipeline:
        """The pipeline the module-level functions use."""
        return _DEFAULT()

    def normaliser(self) -> NormaliserPipeline:
        """The normaliser steps as one callable with ``explain``."""
        return _normaliser_pipeline(self.normalisers)

    def process(self, doc: RawDocument) -> Article:
        """Run boilerplate removal, normalisers and extractors over one loaded document.

        Raises:
            LoadError: the document is too large, or no article text is left after
                boilerplate removal.
        """
        size = sum([len(b.text) for b in doc.blocks])
        if size > self.max_chars:
            msg = f"{doc.origin}: expected at most {self.max_chars:,} characters, got {size:,}"
            raise LoadError(msg)
        lexicon = self.lexicon
        if lexicon is None:
            # Furniture phrases of the document's language (and English), so that one
            # language's byline word ("Di", "Von") cannot fire on another's headline.
            lexicon = load_lexicon(guess_languages(b.text for b in doc.blocks))
        with _stage(doc, "boilerplate removal"):
            stripped = strip_boilerplate(doc.blocks, lexicon=lexicon, hints=doc.hints)
        norm = self.normaliser()
        paragraphs: list[str] = []
        removed: list[Removed] = list(stripped.removed)
        changed: dict[str, None] = {}
        blocks = [block for _, block in stripped.kept]
        if stripped.title:
            blocks.append(stripped.title)  # (one lookup of the steps for all of them)
        explained = norm.explain_many(blocks)
        for (where, block), (text, names) in zip(stripped.kept, explained, strict=False):
            if names:
                changed.update(dict.fromkeys(names))
            if "\n" in text:
                text = _BLANK_LINE.sub("\n", text)
            text = text.strip()
            if text:
                paragraphs.append(text)
            else:
                removed.append(Removed(text=block, reason="empty-after-normalise", where=where))
        if not paragraphs:
            reasons = sorted({r.reason for r in removed})
            msg = (
                f"{doc.origin}: expected article text, found none: "
                f"all {len(doc.blocks)} blocks were removed ({', '.join(reasons) or 'empty document'})"
            )
            raise LoadError(msg)
        if len(removed) > len(stripped.removed):  # blocks emptied by a normaliser join in order
            removed.sort(key=lambda r: r.where)
        title = None
        if stripped.title:
            title, names = explained[-1]
            changed.update(dict.fromkeys(names))
            title = " ".join(title.split()) or None
        text = "\n\n".join(paragraphs)
        fields: dict[str, Any] = {}
        if self.detect_language:
            from newscorpus.language import detect_article

            with _stage(doc, "language detection"):
                lang = detect_article(paragraphs, doc.hints)
            fields.update(
                language=lang.language,
                language_source=lang.source,
                paragraph_languages=lang.paragraph_languages,
            )
        language = fields.get("language")
        if self.extract_quotes:
            with _stage(doc, "quote extraction"):
                from newscorpus.extract.quotes import extract_quotes

                fields["quotes"] = extract_quotes(text, language=language)
        if self.extract_sources:
            with _stage(doc, "source extraction"):
                from newscorpus.extract.sources import extract_sources

                found = extract_sources(
                    paragraphs=paragraphs,
                    removed=removed,
                    title=title,
                    hints=doc.hints,
                    language=language,
                )
                fields.update(
                    sources=found.sources, authors=found.authors, published=found.published
                )
        origin_key = doc.url or doc.origin.path or ""
        if doc.origin.line is not None:
            origin_key += f"#{doc.origin.line}"
        return Article(
            id=_article_id(origin_key, text),
            url=doc.url,
            origin=doc.origin,
            title=title,
            paragraphs=paragraphs,
            text=text,
            removed=removed,
            normalised_by=tuple(changed),
            **fields,
        )

    def parse_text(self, text: str | bytes, *, url: str | None = None) -> Article:
        """Parse one plain-text document (see :func:`newscorpus.parse_text`)."""
        from newscorpus.loaders._text import load_text

        return self.process(_single(load_text(_check_input(text, "text"), url=url)))

    def parse_html(self, html: str | bytes, *, url: str | None = None) -> Article:
        """Parse one HTML page (see :func:`newscorpus.parse_html`)."""
        from newscorpus.loaders._html import load_html

        return self.process(_single(load_html(_check_input(html, "HTML"), url=url)))


@contextlib.contextmanager
def _stage(doc: RawDocument, stage: str) -> Iterator[None]:
    """Turn an unexpected failure inside an extractor into an ExtractionError naming the document.

    A bug met on one document of a million must become that document's reject, with the
    original exception chained for debugging, not stop the batch.
    """
    try:
        yield
    except NewscorpusError:
        raise
    except Exception as e:
        msg = f"{doc.origin}: {stage} failed: {type(e).__name__}: {e}"
        raise ExtractionError(msg) from e


@functools.lru_cache(maxsize=1)
def _DEFAULT() -> Pipeline:
    return Pipeline()


def _check_input(data: object, what: str) -> str | bytes:
    if isinstance(data, (str, bytes)):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    msg = f"expected {what} as str or bytes, got {type(data).__name__}"
    raise TypeError(msg)


def _single(docs: Any) -> RawDocument:
    doc = next(iter(docs))
    if isinstance(doc, Exception):
        raise doc
    return doc  # type: ignore[no-any-return]


def parse_text(
    text: str | bytes, url: str | None = None, pipeline: Pipeline | None = None
) -> Article:
    """Parse one plain-text news document into an :class:`~newscorpus.Article`.

    Bytes are decoded explicitly (BOM, UTF-8, then cp1252) and the encoding is recorded
    in ``article.origin.encoding``.

    Raises:
        LoadError: binary input, or no article text left after boilerplate removal.

    Example:
        >>> import newscorpus
        >>> a = newscorpus.parse_text("Bridge to reopen\\n\\nShare this article\\n\\n"
        ...     "The old bridge will reopen on Friday, the council said in a statement.")
        >>> a.title, a.paragraphs, [r.reason for r in a.removed]
        ('Bridge to reopen', ('The old bridge will reopen on Friday, the council said in a statement.',), ['title', 'share-widget'])
    """
    return (pipeline or Pipeline.default()).parse_text(text, url=url)


def parse_html(
    html: str | bytes, url: str | None = None, pipeline: Pipeline | None = None
) -> Article:
    """Parse one HTML page into an :class:`~newscorpus.Article`.

    Bytes are decoded by BOM, declared charset, UTF-8, then cp1252.
    """
    return (pipeline or Pipeline.default()).parse_html(html, url=url)
