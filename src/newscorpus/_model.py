"""The typed results: :class:`Article` and the values it holds.

All classes are frozen ``attrs`` classes with keyword-only arguments and tuples
for collections; validators hold the invariants, so an instance that exists
is consistent.  Change one with :func:`attrs.evolve`.  Building from foreign
data (JSON, dicts) lives in :mod:`newscorpus.serialise`, not here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = ["Article", "Origin", "Quote", "Removed", "Source", "SourceRole"]

PARAGRAPH_SEPARATOR = "\n\n"


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"expected a collection of strings, got a single string {value[:40]!r}"
        raise TypeError(msg)
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _removed(value: Iterable[Removed]) -> tuple[Removed, ...]:
    return tuple(value)


def _languages(value: Iterable[str | None]) -> tuple[str | None, ...]:
    return tuple(value)


class SourceRole(enum.StrEnum):
    """The part an outlet or agency played in an article.

    When one outlet plays two roles, :attr:`Article.sources` keeps one entry
    per (name, role) pair; see :mod:`newscorpus.extract.sources` for how
    conflicting readings are ranked.
    """

    #: The outlet that published this copy ("By Euronews", "reports Asian Lite News").
    PUBLISHER = "publisher"
    #: A wire agency that fed it ("with AFP, AP", "(Reuters) -").
    AGENCY = "agency"
    #: Where the text says it was taken from ("Source: Gestion").
    ORIGINAL = "original"
    #: An outlet the text cites ("The Guardian reported").
    CITED = "cited"
    #: A photo credit ("Credit: AP").
    PHOTO = "photo"


@attrs.frozen(kw_only=True)
class Origin:
    """Where an article was read from and how its bytes were decoded."""

    #: File path, or None for text given directly.
    path: str | None = None
    #: Loader that read it: ``"text"``, ``"html"``, ``"jsonl"``, ``"string"``...
    format: str = "text"
    #: Encoding used to decode bytes (``"utf-8"``, ``"utf-8-sig"``, ``"cp1252"``),
    #: or None when the input was already ``str``.
    encoding: str | None = None
    #: 1-based line number inside a JSON lines file, else None.
    line: int | None = None

    def __str__(self) -> str:
        where = self.path or f"<{self.format}>"
        return f"{where} line {self.line}" if self.line is not None else where


@attrs.frozen(kw_only=True)
class Removed:
    """A block that boilerplate removal took out, and the rule that took it."""

    #: The block's text as it was in the input.
    text: str
    #: Name of the rule that removed it (``"share-widget"``, ``"byline"``...).
    reason: str
    #: 0-based index of the block in the loaded document.
    where: int = attrs.field(default=-1)


def _check_offsets(instance: Quote, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or instance.end <= instance.start:
        msg = f"quote offsets must satisfy 0 <= start < end, got start={instance.start}, end={instance.end}"
        raise ValueError(msg)
    if instance.end - instance.start != len(instance.text):
        msg = (
            f"quote offsets span {instance.end - instance.start} characters "
            f"but the text has {len(instance.text)}: {instance.text[:40]!r}"
        )
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation found in :attr:`Article.text`.

    ``article.text[quote.start:quote.end] == quote.text`` always holds; the
    text excludes the quotation marks themselves.
    """

    #: The quoted words, without the quotation marks.
    text: str = attrs.field(validator=attrs.validators.min_len(1))
    #: Offset of the first quoted character in :attr:`Article.text`.
    start: int
    #: Offset just past the last quoted character.
    end: int = attrs.field(validator=_check_offsets)
    #: Full name as first introduced in the article, or None when the text names no one.
    speaker: str | None = None
    #: The words that credited the quote ("he", "the secretary general", "Stoltenberg").
    speaker_mention: str | None = None
    #: The verb or phrase that introduced it ("said", "told", "according to").
    cue: str | None = None
    #: True for a fragment inside reported speech rather than a full quoted sentence.
    partial: bool = False


@attrs.frozen(kw_only=True)
class Source:
    """An outlet, agency or credit behind an article."""

    #: The outlet's or agency's name as the article gives it ("Reuters", "The Guardian").
    name: str = attrs.field(validator=attrs.validators.min_len(1))
    #: The part it played; a plain string such as ``"agency"`` is converted.
    role: SourceRole = attrs.field(converter=SourceRole)
    #: The text the source was read from.
    evidence: str = ""


def _check_paragraphs(
    instance: Article, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if not value:
        msg = f"{instance.origin}: an article needs at least one paragraph, got none"
        raise ValueError(msg)
    for i, para in enumerate(value):
        # (a line break first: one quick scan, and most paragraphs have none)
        if not para.strip() or ("\n" in para and PARAGRAPH_SEPARATOR in para):
            msg = f"{instance.origin}: paragraph {i} must be non-blank and hold no blank line, got {para[:60]!r}"
            raise ValueError(msg)


def _check_text(instance: Article, attribute: attrs.Attribute[Any], value: str) -> None:
    if value != PARAGRAPH_SEPARATOR.join(instance.paragraphs):
        msg = f"{instance.origin}: Article.text must be the paragraphs joined by a blank line"
        raise ValueError(msg)


def _check_published(
    instance: Article, attribute: attrs.Attribute[Any], value: dt.datetime | None
) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        msg = (
            f"{instance.origin}: published must be timezone-aware, got naive {value.isoformat()!r}"
        )
        raise ValueError(msg)


def _check_quotes(
    instance: Article, attribute: attrs.Attribute[Any], value: tuple[Quote, ...]
) -> None:
    text = instance.text
    for q in value:
        if q.end > len(text) or text[q.start : q.end] != q.text:
            msg = f"{instance.origin}: quote [{q.start}:{q.end}] {q.text[:40]!r} does not match Article.text there"
            raise ValueError(msg)


def _check_paragraph_languages(
    instance: Article, attribute: attrs.Attribute[Any], value: tuple[str | None, ...]
) -> None:
    if value and len(value) != len(instance.paragraphs):
        msg = (
            f"{instance.origin}: paragraph_languages has {len(value)} entries "
            f"for {len(instance.paragraphs)} paragraphs"
        )
        raise ValueError(msg)


def _join(self: Article) -> str:
    return PARAGRAPH_SEPARATOR.join(self.paragraphs)


@attrs.frozen(kw_only=True)
class Article:
    """One news article: clean body, metadata, quotes and sources, with an audit trail.

    Example:
        >>> import newscorpus
        >>> a = newscorpus.parse_text("Rain is coming, the forecasters said on Monday.")
        >>> a.paragraphs
        ('Rain is coming, the forecasters said on Monday.',)
    """

    #: Stable identifier derived from where the article came from and its text.
    id: str
    #: The page's address when the input gave one (a crawler record, ``url=``), else None.
    url: str | None = None
    #: Where the article was read from and how its bytes were decoded.
    origin: Origin = attrs.field(factory=Origin)
    #: The headline, or None when none was found.
    title: str | None = None
    #: People who wrote it (never agencies, outlets or photographers).
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: Publication time when the text states it; always timezone-aware.
    published: dt.datetime | None = attrs.field(default=None, validator=_check_published)
    #: ISO 639-1 code of the body, or None when unknown (never a guess).
    language: str | None = None
    #: The body after boilerplate removal and normalisation, one string per paragraph.
    paragraphs: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_paragraphs)
    #: The paragraphs joined by a blank line; quote offsets index this.
    text: str = attrs.field(default=attrs.Factory(_join, takes_self=True), validator=_check_text)
    #: Direct quotations, in text order; their offsets index :attr:`text`.
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes, validator=_check_quotes)
    #: Outlets, agencies and credits behind the article, one per (name, role).
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    #: Every block boilerplate removal took out, with the rule that took it.
    removed: tuple[Removed, ...] = attrs.field(default=(), converter=_removed)
    #: Names of the normalisers that changed the text, in pipeline order.
    normalised_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: Language of each paragraph (same length as ``paragraphs``), or empty when not detected.
    paragraph_languages: tuple[str | None, ...] = attrs.field(
        default=(), converter=_languages, validator=_check_paragraph_languages
    )
    #: What decided :attr:`language`: ``"text"``, ``"html-lang"``, ``"json-ld"``, ``"og:locale"``... or None.
    language_source: str | None = None
