"""The plain-text loader: block splitting conventions and explicit decoding."""

from __future__ import annotations

import codecs
import json
import pathlib

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


LICENCE = """\
Home
Licences
The Riverside Community Licence
Everyone may copy and share this notice.
Preamble
The Riverside Community Licence is a short licence for the notes, maps
and photographs that members of the association publish on this site.
It is meant to let anyone reuse that material, as long as they say
where it came from and do not sell it on as their own work.
When we speak of reuse, we mean printing, copying, translating and
quoting the material in whole or in part, in any medium and for any
purpose that is not commercial.
Contact us
"""


def test_wrapped_run_inside_a_dump_is_joined() -> None:
    """A run hard-wrapped at one width inside a one-line-per-block dump (a licence printed
    in ``<pre>``) becomes its paragraphs; the lines around it stay blocks of their own."""
    blocks = split_blocks(LICENCE)
    assert blocks[:5] == LICENCE.split("\n")[:5]
    assert blocks[5].startswith("The Riverside Community Licence is a short licence")
    assert blocks[5].endswith("do not sell it on as their own work.")
    assert blocks[6].startswith("When we speak of reuse")
    assert blocks[6].endswith("purpose that is not commercial.")
    assert blocks[7:] == ["Contact us"]


def test_similar_list_items_stay_apart() -> None:
    """List items of like length that open in lower case are no wrapped paragraph: the next
    item's first word would often have fitted on the line before."""
    items = [
        "demountable barriers kept in the village hall for the winter",
        "a second pump at the culvert under the church road bridge",
        "free flood doors for forty-six homes on the lower terraces",
        "a text alert system run together with the river authority",
    ]
    text = "The plan includes:\n" + "\n".join(items) + "\nWork starts in March."
    assert split_blocks(text) == ["The plan includes:", *items, "Work starts in March."]


_WRAP_WORDS = st.text(alphabet="abcdefgh", min_size=1, max_size=9)


@given(
    st.lists(
        st.builds(
            lambda first, rest, stop: " ".join([first, *rest]) + stop,
            st.sampled_from(["the", "The", "and", "When", "of", "A"]),
            st.lists(_WRAP_WORDS, min_size=6, max_size=16),
            st.sampled_from(["", ",", "."]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_splitting_keeps_every_word_in_order(lines: list[str]) -> None:
    """Whether or not lines are joined, the blocks hold the input's words, all of them, in
    their order: joining never invents, drops or moves a word."""
    text = "\n".join(lines)
    assert [w for b in split_blocks(text) for w in b.split()] == text.split()


SPLIT_CASES = json.loads(
    (pathlib.Path(__file__).parent / "data" / "split_cases.json").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c["xfail"], strict=True))
        if "xfail" in c
        else c
        for c in SPLIT_CASES
    ],
    ids=[c["name"] for c in SPLIT_CASES],
)
def test_split_case(case: dict[str, object]) -> None:
    """Each dump of the table splits into exactly the listed blocks."""
    assert split_blocks(str(case["text"])) == case["blocks"]


def test_wrapped_run_scan_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of like lines that never make a wrapped run (each opens with the same word)
    are each looked at a bounded number of times, not once per line before them: a failed
    run is tried again from its next line once, then passed over (it was quadratic: 4,000
    such lines took 12 s)."""
    from newscorpus.loaders import _text

    calls = 0
    wrappable = _text._wrappable

    def counting(line: str) -> bool:
        nonlocal calls
        calls += 1
        return wrappable(line)

    monkeypatch.setattr(_text, "_wrappable", counting)
    line = "The same sort of line that goes on and on for sixty characters or so"
    lines = [line] * 3000
    assert split_blocks("\n".join(lines)) == lines
    assert calls <= 4 * len(lines)


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
