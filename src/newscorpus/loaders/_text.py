"""Plain-text loader: split a text dump into blocks, whatever its paragraph convention."""

from __future__ import annotations

from collections.abc import Iterator

from newscorpus._model import Origin
from newscorpus.loaders._raw import Block, RawDocument, decode_bytes

__all__ = ["load_text", "split_blocks"]

_BLANK_LINE = " \t\u00a0"
_TERMINAL = tuple(".!?:;\"'”’»)]…")


def _hard_wrapped(chunks: list[list[str]]) -> bool:
    """True when the text looks wrapped at a fixed width (lines of a paragraph cut mid-sentence).

    Scraped dumps put one block per line; wrapped text (e-mail, wire feeds, Project Gutenberg
    style) cuts prose lines at about the same width without ending punctuation.
    """
    inner = [line for chunk in chunks if len(chunk) > 1 for line in chunk[:-1]]
    if len(inner) < 3:
        return False
    lengths = sorted(len(line) for line in inner)
    median = lengths[len(lengths) // 2]
    if not 40 <= median <= 100:
        return False
    cut = sum(
        1 for line in inner if not line.rstrip().endswith(_TERMINAL) and len(line) >= 0.75 * median
    )
    return cut >= 0.7 * len(inner)


def _chunks(text: str) -> tuple[list[list[str]], list[str]]:
    """The non-blank lines of *text* (without ``\\r``) grouped in paragraphs, and all of them
    stripped, in order.

    A paragraph ends at a blank line: nothing but spaces, tabs and no-break spaces.  Other
    whitespace-only lines are dropped without ending one.
    """
    chunks: list[list[str]] = []
    chunk: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            chunk.append(line)
            lines.append(stripped)
        elif chunk and not line.strip(_BLANK_LINE):
            chunks.append(chunk)
            chunk = []
    if chunk:
        chunks.append(chunk)
    return chunks, lines


def split_blocks(text: str) -> list[str]:
    """Split text into blocks: one per line, or one per paragraph when lines are hard-wrapped.

    Example:
        >>> split_blocks("Title\\n\\nFirst line.\\nSecond line.")
        ['Title', 'First line.', 'Second line.']
    """
    if "\r" in text:  # (one quick scan: most texts have no carriage return to replace)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks, lines = _chunks(text)
    if _hard_wrapped(chunks):
        return [" ".join(line.strip() for line in chunk) for chunk in chunks]
    return lines


def load_text(
    data: str | bytes, *, path: str | None = None, url: str | None = None
) -> Iterator[RawDocument]:
    """Load one plain-text document.

    Bytes are decoded explicitly (BOM, UTF-8, then cp1252) and the encoding is recorded.
    """
    where = path or "<string>"
    if isinstance(data, bytes):
        text, encoding = decode_bytes(data, where=where)
    else:
        text, encoding = data, None
    origin = Origin(path=path, format="text" if path else "string", encoding=encoding)
    yield RawDocument(blocks=[Block(text=b) for b in split_blocks(text)], origin=origin, url=url)
