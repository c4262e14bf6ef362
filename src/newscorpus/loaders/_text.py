"""Plain-text loader: split a text dump into blocks, whatever its paragraph convention."""

from __future__ import annotations

import collections
import itertools
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


#: Lengths of the lines of a wrapped run inside a dump (wrap widths run from about 60 to 80).
_WRAP_MIN, _WRAP_MAX = 55, 100
#: How far apart the lengths of a wrapped run's full lines may lie.
_WRAP_BAND = 15
#: Fewest spaces in a full line of wrapped prose (a web address has none).
_WRAP_SPACES = 5
#: Longest speaker's label in capitals before a colon ("PRESENTER:").
_LABEL_CHARS = 20


def _wrapped_runs(lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """``(first, end, width)`` of every run of lines hard-wrapped at one width inside a
    dump that otherwise puts one block per line (a licence or a letter in ``<pre>``, an
    e-mail quoted into a page).

    ``lines[first:end]`` are three or more full lines of prose (:func:`_wrappable`): 55 to
    100 characters long, within 15 of each other; at least half of the lines after them
    open in lower case, for three in four of them the next line's first word would not
    have fitted (a list of similar items is no wrapped paragraph), and no one first word
    opens most of them (nor table rows: "candidate: …").  A run that fails is tried once
    more from its next line (a prose line of like length may stand right before a
    letter), then passed over.
    """
    i, n = 0, len(lines)
    retried = -1  # (a failed run is tried again from its second line, once: linear time)
    while i < n:
        if not _WRAP_MIN <= len(lines[i]) <= _WRAP_MAX or not _wrappable(lines[i]):
            i += 1  # (the length first: most lines of a dump are shorter or longer)
            continue
        lo = hi = len(lines[i])
        j = i + 1
        while j < n and _wrappable(lines[j]):
            length = len(lines[j])
            if max(hi, length) - min(lo, length) > _WRAP_BAND:
                break
            lo, hi = min(lo, length), max(hi, length)
            j += 1
        if j - i >= 3 and _wrapped(lines[i:j], hi):
            yield i, j, hi
            i = j
        elif retried != i - 1:
            retried, i = i, i + 1
        else:
            i = max(j, i + 1)


def _wrappable(line: str) -> bool:
    """Whether ``line`` may be a full line of wrapped prose: 55 to 100 characters, six words
    or more (not a web address), fewer commas than a list of tags has, not opened by a
    speaker's label in capitals ("PRESENTER: …", which starts a turn of its own)."""
    spaces = line.count(" ")
    if not _WRAP_MIN <= len(line) <= _WRAP_MAX or spaces < _WRAP_SPACES:
        return False
    if 3 * line.count(",") > spaces:
        return False  # a list of tags or names, a comma every two or three words
    label, colon, _ = line.partition(":")
    return not (colon and label.isupper() and len(label) <= _LABEL_CHARS)


def _wrapped(run: list[str], width: int) -> bool:
    """Whether the lines of ``run``, of like length, read as one paragraph wrapped at
    ``width`` (see :func:`_wrapped_runs`)."""
    pairs = list(itertools.pairwise(run))
    lower = sum(1 for _, b in pairs if b[:1].islower())
    full = sum(1 for a, b in pairs if len(a) + 1 + len(b.split(None, 1)[0]) > width)
    firsts = collections.Counter(line.split(None, 1)[0].lower() for line in run)
    return (
        2 * lower >= len(pairs)
        and 4 * full >= 3 * len(pairs)
        and 2 * firsts.most_common(1)[0][1] <= len(run)
    )


def _unwrap(lines: list[str]) -> list[str]:
    """*lines* with each hard-wrapped run (:func:`_wrapped_runs`) joined into its paragraphs.

    Inside a run a paragraph ends where the next line's first word would have fitted on the
    line before and the next line opens in upper case; the line after the run is the last
    line of its paragraph unless it is longer than the run's width, or the run ends a
    sentence and the line opens in upper case.
    """
    runs = {first: (end, width) for first, end, width in _wrapped_runs(lines)}
    if not runs:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in runs:
            out.append(lines[i])
            i += 1
            continue
        end, width = runs[i]
        paragraph = lines[i]
        k = i + 1
        while k <= end and k < len(lines):
            before, line = lines[k - 1], lines[k]
            opens_lower = line[:1].islower()
            if k == end and (len(line) > width or (before.endswith(_TERMINAL) and not opens_lower)):
                break
            if (
                k < end
                and not opens_lower
                and len(before) + 1 + len(line.split(None, 1)[0]) <= width
            ):
                out.append(paragraph)
                paragraph = line
            else:
                paragraph += " " + line
            k += 1
        out.append(paragraph)
        i = k
    return out


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
    """Split text into blocks: one per line, or one per paragraph when lines are hard-wrapped
    (the whole text, or runs of it inside a dump of one block per line).

    Example:
        >>> split_blocks("Title\\n\\nFirst line.\\nSecond line.")
        ['Title', 'First line.', 'Second line.']
    """
    if "\r" in text:  # (one quick scan: most texts have no carriage return to replace)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks, lines = _chunks(text)
    if len(chunks) > 1 and _hard_wrapped(chunks):
        return [" ".join(line.strip() for line in chunk) for chunk in chunks]
    return _unwrap(lines)


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
