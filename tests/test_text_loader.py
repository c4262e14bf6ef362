"""The plain-text loader: block splitting conventions and explicit decoding."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.exceptions import LoadError
from newscorpus.loaders import decode_bytes
from newscorpus.loaders._text import load_text, split_blocks


def test_blank_line_paragraphs() -> None:
    """Blank-line separated paragraphs become one block each."""
    assert split_blocks("One.\n\nTwo.\n\n\nThree.") == ["One.", "Two.", "Three."]


def test_single_newline_paragraphs() -> None:
    """A dump with one paragraph per line (no blank lines) gives one block per line."""
    assert split_blocks("First para.\nSecond para.\nThird.") == [
        "First para.",
        "Second para.",
        "Third.",
    ]


def test_hard_wrapped_text_is_joined() -> None:
    """Text wrapped at a fixed width is joined back into paragraphs."""
    para = (
        "The harbour reopened on Monday after a two-week closure caused by\n"
        "the storm that swept the coast, port officials said in a statement\n"
        "issued late on Sunday evening, adding that ships would be unloaded\n"
        "in the order in which they had arrived at the outer anchorage."
    )
    assert split_blocks(para + "\n\n" + para) == [" ".join(para.split("\n"))] * 2


def test_crlf_and_cr() -> None:
    """Windows and old Mac line endings split like Unix ones."""
    assert split_blocks("A.\r\n\r\nB.\rC.") == ["A.", "B.", "C."]


@given(st.lists(st.text(alphabet="abc .,", min_size=1).filter(str.strip), min_size=1, max_size=10))
def test_blocks_come_from_input(lines: list[str]) -> None:
    """Every block is text found in the input: splitting never invents words."""
    text = "\n".join(lines)
    for block in split_blocks(text):
        for word in block.split():
            assert word in text


def test_decode_utf8_bom() -> None:
    """A UTF-8 byte-order mark is used and recorded."""
    assert decode_bytes(codecs.BOM_UTF8 + "café".encode(), where="x") == ("café", "utf-8-sig")


def test_decode_utf16_bom() -> None:
    """UTF-16 with a BOM decodes despite its NUL bytes."""
    text, enc = decode_bytes("hello".encode("utf-16"), where="x")
    assert (text, enc) == ("hello", "utf-16")


def test_decode_fallback_cp1252() -> None:
    """Bytes that are not UTF-8 fall back to cp1252, which is recorded."""
    assert decode_bytes("naïve “quote”".encode("cp1252"), where="x") == ("naïve “quote”", "cp1252")


def test_binary_refused_with_location() -> None:
    """Binary data is a LoadError naming where it came from."""
    with pytest.raises(LoadError, match=r"img\.png: expected text, got binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", where="img.png")


def test_load_text_records_encoding() -> None:
    """The loader records the encoding it used in the origin."""
    (doc,) = load_text("Ünïcode text.".encode(), path="a.txt")
    assert doc.origin.encoding == "utf-8"
    assert doc.origin.path == "a.txt"
    assert [b.text for b in doc.blocks] == ["Ünïcode text."]


def _reference_chunks(text: str) -> list[list[str]]:
    """Paragraphs as the first version of the loader cut them: at ``\\n[ \\t\\xa0]*\\n``."""
    import re

    chunks = [
        [ln for ln in c.split("\n") if ln.strip()] for c in re.split(r"\n[ \t\u00a0]*\n", text)
    ]
    return [c for c in chunks if c]


@given(
    st.lists(st.sampled_from(["a", "b.", " ", "\t", "\xa0", "\u2003", "\x0b", "\n"])).map("".join)
)
def test_paragraphs_are_cut_at_blank_lines_only(text: str) -> None:
    """The line-by-line paragraph cut agrees with cutting at blank-line runs."""
    from newscorpus.loaders._text import _chunks

    chunks, lines = _chunks(text)
    assert chunks == _reference_chunks(text)
    assert lines == [line.strip() for chunk in chunks for line in chunk]
