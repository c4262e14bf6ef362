"""Articles to and from plain dicts, JSON and JSON lines (the JSON contract in DESIGN.md).

``to_dict`` / ``from_dict`` use a cattrs converter; the model classes know
nothing about serialisation.  Every record carries ``schema``: the version of
the contract it was written under.

Example:
    >>> import newscorpus
    >>> from newscorpus import serialise
    >>> a = newscorpus.parse_text("The mayor said the road would reopen on Friday after repairs.")
    >>> serialise.from_json(serialise.to_json(a)) == a
    True
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

import cattrs

from newscorpus._model import Article, Quote, Removed, Source, SourceRole
from newscorpus.exceptions import SchemaError

__all__ = [
    "SCHEMA_VERSION",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "is_article_record",
    "iter_dicts",
    "to_dict",
    "to_json",
]

#: Version of the JSON contract; bumped when the meaning of a key changes (adding keys does not).
SCHEMA_VERSION = 1

_converter = cattrs.Converter(forbid_extra_keys=False)
_converter.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
_converter.register_structure_hook(dt.datetime, lambda v, _: _parse_datetime(v))
_converter.register_unstructure_hook(SourceRole, lambda r: r.value)
_converter.register_structure_hook(SourceRole, lambda v, _: SourceRole(v))


# cattrs would turn anything into ``str`` (None -> "None") and iterate a string into a tuple of
# letters; a record with the wrong types must be refused, not silently reshaped.
def _strict_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {value!r:.60}"
        raise TypeError(msg)
    return value


def _strict_int(value: Any, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"expected an integer, got {type(value).__name__} {value!r:.60}"
        raise TypeError(msg)
    return value


def _strict_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {value!r:.60}"
        raise TypeError(msg)
    return value


def _string_tuple(value: Any, _: type) -> tuple[str, ...]:
    if not isinstance(value, list):
        msg = f"expected a list of strings, got {type(value).__name__} {value!r:.60}"
        raise TypeError(msg)
    return tuple(_strict_str(v, str) for v in value)


def _optional_string_tuple(value: Any, _: type) -> tuple[str | None, ...]:
    if not isinstance(value, list):
        msg = f"expected a list, got {type(value).__name__} {value!r:.60}"
        raise TypeError(msg)
    return tuple(None if v is None else _strict_str(v, str) for v in value)


_converter.register_structure_hook(str, _strict_str)
_converter.register_structure_hook(int, _strict_int)
_converter.register_structure_hook(bool, _strict_bool)
_converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _string_tuple)
_converter.register_structure_hook_func(
    lambda t: t == tuple[str | None, ...], _optional_string_tuple
)


def _parse_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 date-time string, got {value!r}"
        raise SchemaError(msg)
    return dt.datetime.fromisoformat(value)


# The order the keys are written in: the contract's order, for readable output.
_KEYS = (
    "schema", "id", "url", "origin", "title", "authors", "published", "language", "paragraphs", "text",
    "quotes", "sources", "removed", "normalised_by", "paragraph_languages", "language_source",
)  # fmt: skip


def to_dict(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict in the contract's key order, with ``schema`` first."""
    raw = _converter.unstructure(article)
    raw["schema"] = SCHEMA_VERSION
    return {k: raw[k] for k in _KEYS}


def is_article_record(record: object) -> bool:
    """True when *record* looks like a serialised :class:`~newscorpus.Article` (ours).

    A crawler record (a page to parse) is not one.
    """
    return (
        isinstance(record, dict)
        and "schema" in record
        and "paragraphs" in record
        and "id" in record
    )


def from_dict(record: dict[str, Any], *, where: str = "<dict>") -> Article:
    """Rebuild an :class:`~newscorpus.Article` from :func:`to_dict` output.

    Raises:
        SchemaError: the record is not an article of a schema version this library reads.
    """
    if not isinstance(record, dict):
        msg = f"{where}: expected a JSON object, got {type(record).__name__} {str(record)[:60]!r}"
        raise SchemaError(msg)
    version = record.get("schema")
    if type(version) is not int or version != SCHEMA_VERSION:
        msg = f"{where}: expected schema {SCHEMA_VERSION}, got {version!r}"
        raise SchemaError(msg)
    body = {k: v for k, v in record.items() if k != "schema"}
    if "origin" in body and not isinstance(body["origin"], dict):
        msg = f"{where}: origin expected a JSON object, got {body['origin']!r:.60}"
        raise SchemaError(msg)
    for key in ("quotes", "sources", "removed"):
        items = body.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            msg = f"{where}: {key} expected a list of JSON objects, got {items!r:.60}"
            raise SchemaError(msg)
    try:
        return _converter.structure(body, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as e:
        detail = "; ".join(_flatten(e))
        msg = f"{where}: not a valid article record: {detail}"
        raise SchemaError(msg) from e


def _flatten(exc: BaseException) -> list[str]:
    if isinstance(exc, BaseExceptionGroup):
        out = []
        notes = [str(n) for n in getattr(exc, "__notes__", [])]
        for sub in exc.exceptions:
            sub_notes = [str(n) for n in getattr(sub, "__notes__", [])]
            for line in _flatten(sub):
                out.append(
                    f"{line} ({', '.join(sub_notes or notes)})" if sub_notes or notes else line
                )
        return out
    return [f"{type(exc).__name__}: {exc}"]


def to_json(article: Article) -> str:
    """One line of JSON: non-ASCII kept as is, except what could break a line or an encoder.

    Lone surrogates (from a ``\\udc80`` escape in crawler JSON) and the line separators
    U+2028/U+2029 are written as ``\\u`` escapes, so every record is one line of valid UTF-8.
    """
    line = json.dumps(to_dict(article), ensure_ascii=False)
    if not line.isascii() and _UNSAFE.search(line):
        line = _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


_UNSAFE = re.compile("[\\ud800-\\udfff\\u2028\\u2029\\u0085]")


def from_json(line: str, *, where: str = "<json>") -> Article:
    """Parse one JSON line written by :func:`to_json`."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        msg = f"{where}: expected a JSON object, got malformed JSON ({e.msg} at column {e.colno})"
        raise SchemaError(msg) from None
    except RecursionError:
        msg = f"{where}: expected a JSON object, got JSON nested too deeply to read"
        raise SchemaError(msg) from None
    return from_dict(record, where=where)


def dump_jsonl(articles: Iterable[Article], fp: IO[str]) -> int:
    """Write *articles* to *fp* as JSON lines; return how many were written."""
    n = 0
    for a in articles:
        fp.write(to_json(a))
        fp.write("\n")
        n += 1
    return n


def iter_dicts(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """Dicts for each article, e.g. for ``pandas.DataFrame.from_records``."""
    for a in articles:
        yield to_dict(a)


# Referenced so the converter knows the nested classes up front (keeps first use fast).
for _cls in (Quote, Source, Removed):
    _converter.get_structure_hook(_cls)
