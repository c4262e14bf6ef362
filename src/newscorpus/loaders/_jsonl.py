"""JSON lines loader: our own article records (round-trip) and crawler records."""

from __future__ import annotations

import codecs
import io
import json
import os
from collections.abc import Iterator
from typing import IO, Any

from newscorpus._model import Article, Origin
from newscorpus.exceptions import LoadError, SchemaError
from newscorpus.loaders._raw import Block, RawDocument, decode_bytes

__all__ = ["iter_jsonl_file", "load_jsonl"]

# Keys crawlers use for the body, most specific first.
_HTML_KEYS = ("html", "raw_html", "content_html", "body_html")
_TEXT_KEYS = ("text", "maintext", "content", "body", "article", "article_text", "full_text")
_HINT_KEYS = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "published": (
        "published",
        "date_publish",
        "date_published",
        "datePublished",
        "date",
        "pubdate",
    ),
    "lang": ("language", "lang", "inLanguage"),
    "site_name": ("site_name", "source", "publisher"),
    "domain": ("source_domain", "domain"),
    "description": ("description", "summary"),
}


def _hints(record: dict[str, Any]) -> dict[str, str]:
    hints: dict[str, str] = {}
    for hint, keys in _HINT_KEYS.items():
        for key in keys:
            value = record.get(key)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value if isinstance(v, str))
            if isinstance(value, str) and value.strip():
                hints[hint] = value.strip()
                break
    return hints


def _record(
    record: Any, path: str | None, where: str, line: int, encoding: str | None
) -> RawDocument | Article:
    from newscorpus import serialise

    if serialise.is_article_record(record):
        return serialise.from_dict(record, where=where)
    if not isinstance(record, dict):
        msg = f"{where}: expected a JSON object, got {type(record).__name__} {str(record)[:60]!r}"
        raise LoadError(msg)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    for key in _HTML_KEYS:
        if isinstance(record.get(key), str) and record[key].strip():
            from newscorpus.loaders._html import load_html

            try:
                doc = next(load_html(record[key], path=where, url=url))
            except LoadError as e:
                msg = f"{where}: field {key!r}: {e}"
                raise LoadError(msg) from None
            hints = {**_hints(record), **doc.hints}
            origin = Origin(path=path, format="jsonl", encoding=encoding, line=line)
            return RawDocument(blocks=doc.blocks, origin=origin, url=url, hints=hints)
    for key in _TEXT_KEYS:
        if isinstance(record.get(key), str) and record[key].strip():
            from newscorpus.loaders._text import split_blocks

            origin = Origin(path=path, format="jsonl", encoding=encoding, line=line)
            blocks = [Block(text=b) for b in split_blocks(record[key])]
            return RawDocument(blocks=blocks, origin=origin, url=url, hints=_hints(record))
    keys = ", ".join(sorted(record)[:12])
    msg = f"{where}: expected a text field ({', '.join(_TEXT_KEYS + _HTML_KEYS)}), got keys {keys}"
    raise LoadError(msg)


def iter_jsonl_file(path: str | os.PathLike[str]) -> Iterator[RawDocument | Article | LoadError]:
    """Like :func:`load_jsonl` on a file, reading one line at a time (flat memory).

    Each line is decoded on its own: UTF-8 (a BOM on the first line is dropped), else
    cp1252; the encoding used is recorded per record.
    """
    where_file = os.fspath(path)
    with open(path, "rb") as fp:
        yield from _iter_binary(fp, where_file, where_file)


def _iter_binary(
    fp: IO[bytes], path: str | None, where_file: str
) -> Iterator[RawDocument | Article | LoadError]:
    """Records of a binary JSON lines stream, each line decoded on its own."""
    head = fp.read(4)
    fp.seek(0)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # lines of UTF-16/32 cannot be split on the byte b"\n": decode the stream whole
        text, encoding = decode_bytes(fp.read(), where=where_file)
        yield from _iter_text(text, path, encoding)
        return
    for n, raw in enumerate(fp, start=1):
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            line, encoding = decode_bytes(raw, where=f"{where_file} line {n}")
        except LoadError as e:
            yield e
            continue
        yield from _parse_line(line.removesuffix("\n").removesuffix("\r"), n, path, encoding)


def _iter_text(
    text: str, path: str | None, encoding: str | None
) -> Iterator[RawDocument | Article | LoadError]:
    # Records end at "\n" only: str.splitlines would also cut at U+2028, NEL and friends,
    # which JSON allows raw inside strings.
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield from _parse_line(line.removesuffix("\r"), n, path, encoding)


def _parse_line(
    line: str, n: int, path: str | None, encoding: str | None
) -> Iterator[RawDocument | Article | LoadError]:
    where = f"{path or '<jsonl>'} line {n}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        yield LoadError(
            f"{where}: expected a JSON object, got malformed JSON ({e.msg} at column {e.colno})"
        )
        return
    except RecursionError:
        yield LoadError(f"{where}: expected a JSON object, got JSON nested too deeply to read")
        return
    try:
        yield _record(record, path, where, n, encoding)
    except (LoadError, SchemaError) as e:
        yield e if isinstance(e, LoadError) else LoadError(str(e))


def load_jsonl(
    data: str | bytes, *, path: str | None = None, url: str | None = None
) -> Iterator[RawDocument | Article | LoadError]:
    """Load every record of a JSON lines file.

    A bad line yields a :class:`LoadError` naming the file and line, so a batch load
    can record it and go on; blank lines are not records.  Bytes are decoded line by
    line (UTF-8, else cp1252), as :func:`iter_jsonl_file` does.
    """
    if isinstance(data, bytes):
        # line by line, like a file: one line in cp1252 must not turn the others into
        # mojibake by sending the whole blob to the fallback encoding
        yield from _iter_binary(io.BytesIO(data), path, path or "<jsonl>")
        return
    yield from _iter_text(data, path, None)
