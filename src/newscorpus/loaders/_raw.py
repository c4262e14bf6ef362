"""RawDocument: what every loader produces, before boilerplate removal."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Mapping

import attrs

from newscorpus._model import Origin
from newscorpus.exceptions import LoadError

__all__ = ["Block", "RawDocument", "decode_bytes"]


@attrs.frozen(kw_only=True)
class Block:
    """One block of a loaded document: a line or paragraph of text, or an HTML block element."""

    #: The block's text, whitespace collapsed.
    text: str
    #: The HTML element the block came from (``"p"``, ``"h1"``, ``"li"``, ``"nav"``...), None for text.
    tag: str | None = None
    #: HTML ancestry hint: True when the block sits in ``nav``, ``header``, ``footer``, ``aside``
    #: or an element whose class/id says menu, cookie, share, related...
    chrome: bool = False


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class RawDocument:
    """A decoded document split into blocks, with hints from its markup and where it came from."""

    #: The document's blocks, in order.
    blocks: tuple[Block, ...] = attrs.field(converter=_blocks)
    #: Where it was read from and how it was decoded.
    origin: Origin = attrs.field(factory=Origin)
    #: The page's address, when known.
    url: str | None = None
    #: Metadata found in markup: ``title``, ``lang``, ``og:locale``, ``json-ld:inLanguage``,
    #: ``author``, ``published``, ``site_name``, ``publisher``, ``description``.
    hints: Mapping[str, str] = attrs.field(factory=dict)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(
    data: bytes, *, where: str, declared: str | None = None, fallback: str = "cp1252"
) -> tuple[str, str]:
    """Decode *data* explicitly and say which encoding was used.

    Order: a byte-order mark, then a declared charset (e.g. from HTTP or ``<meta>``), then
    UTF-8, then *fallback*.  Binary data (NUL bytes outside a UTF-16/32 BOM) is refused.

    Returns:
        ``(text, encoding)``.

    Raises:
        LoadError: the bytes look binary or decode under none of the encodings tried.

    Example:
        >>> decode_bytes("café".encode("cp1252"), where="x.txt")
        ('café', 'cp1252')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                msg = f"{where}: expected {name} text after its byte-order mark, got undecodable bytes at {e.start}"
                raise LoadError(msg) from None
    if b"\x00" in data[:8192]:
        head = data[:16]
        msg = f"{where}: expected text, got binary data (NUL bytes) starting {head!r}"
        raise LoadError(msg)
    tried = [e for e in (declared, "utf-8", fallback) if e]
    for enc in dict.fromkeys(tried):
        try:
            codecs.lookup(enc)
        except LookupError:
            continue
        try:
            return data.decode(enc), codecs.lookup(enc).name
        except UnicodeDecodeError:
            continue
    head = data[:16]
    msg = f"{where}: expected text in {' or '.join(tried)}, got undecodable bytes starting {head!r}"
    raise LoadError(msg)
