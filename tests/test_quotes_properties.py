"""Properties of quote extraction that hold on any text."""

from __future__ import annotations

import itertools
import re
import time

from hypothesis import example, given
from hypothesis import strategies as st

from newscorpus.extract import quotes, speakers
from newscorpus.extract.quotes import extract_quotes
from strategies import paragraph_text, quote_heavy_text

any_text = st.text(max_size=400) | quote_heavy_text | paragraph_text


@given(any_text, st.sampled_from([None, "en", "fr", "de", "es", "xx"]))
def test_offsets_slice_the_quote_text(text: str, language: str | None) -> None:
    """``text[q.start:q.end] == q.text`` for every quote, on any input and language."""
    for q in extract_quotes(text, language=language):
        assert text[q.start : q.end] == q.text
        assert q.text.strip() == q.text and q.text


@given(any_text)
def test_sorted_and_never_overlapping(text: str) -> None:
    """Quotes come sorted by start and never overlap (nested quotes stay inside their outer one)."""
    quotes = extract_quotes(text)
    for a, b in itertools.pairwise(quotes):
        assert a.start < b.start
        assert a.end <= b.start


@given(quote_heavy_text)
# (a dash alone after a sentence's indefinite opening once raised IndexError)
@example(
    "Eine Erstattung für Monats- und Jahreskarten sei nicht vorgesehen. „Wir bitten“, sagte sie."
)
def test_total_and_deterministic(text: str) -> None:
    """Extraction never raises and gives the same answer twice."""
    assert extract_quotes(text) == extract_quotes(text)


@given(
    st.integers(1, 4000), st.sampled_from(["“", '"', "'", "’", "«", "„", "“a ", "'s ", "said “"])
)
def test_no_catastrophic_backtracking(n: int, piece: str) -> None:
    """Long runs of marks and cue fragments are handled in linear-ish time."""
    text = (piece * n)[:20000]
    started = time.perf_counter()
    extract_quotes(text)
    assert time.perf_counter() - started < 2.0


@given(
    st.lists(
        st.sampled_from(["don’t", "it's", "’90s", "rock ’n’ roll", "Russia’s", "allies’"]),
        min_size=1,
        max_size=20,
    )
)
def test_apostrophes_are_never_quotes(words: list[str]) -> None:
    """Contractions, possessives and elisions alone never make a quotation."""
    assert extract_quotes(" ".join(words) + ".") == ()


@given(
    st.text(alphabet="abcdefghij ", min_size=6, max_size=60).filter(lambda s: len(s.split()) >= 2)
)
def test_every_convention_is_found(body: str) -> None:
    """A clean quotation of two or more words is found in each mark convention."""
    body = body.strip()
    for pair in ["“”", '""', "‘’", "«»", "»«", "„“", "‚‘", "「」", "‹›"]:
        o, c = pair[0], pair[1]
        text = f"{o}{body}{c} said Ann Lee."
        quotes = extract_quotes(text)
        assert [q.text for q in quotes] == [body], (o, c)


# The speed-ups below replaced slower code; these pin them to what they replaced.

_OLD_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[;\n]")


def _sentence_ends_reference(text: str) -> list[int]:
    """Sentence ends as first written: a full stop after an abbreviation is no end."""
    ends = []
    for m in _OLD_SENTENCE_END.finditer(text):
        if m.group() == "." and speakers._ABBREVIATION.search(
            text, max(0, m.start() - 6), m.start()
        ):
            continue
        ends.append(m.end())
    return ends


sentence_text = (
    st.text(alphabet="Mr.Dr Sgt.J. ab!?…;\n\t,AZ", max_size=120)
    | paragraph_text
    # runs of end marks longer than the bound the sentence-end pattern reads them with
    | st.lists(
        st.sampled_from(["." * 17, "." * 40, "!" * 20, "?…" * 9, ".", " ", "Mr", "x", ";", "\n"])
    ).map("".join)
)


@given(sentence_text)
def test_sentence_ends_match_the_reference(text: str) -> None:
    """One regex with abbreviation lookbehinds finds what regex + per-stop check found."""
    assert speakers._sentence_ends(text, 0, len(text)) == _sentence_ends_reference(text)


@given(any_text, st.sampled_from([None, "en", "fr"]))
def test_one_pass_over_paragraphs_matches_one_pass_each(text: str, language: str | None) -> None:
    """Sentences and the cast found over the whole article equal those found per paragraph."""
    bounds = quotes._paragraph_bounds(text)
    lex = speakers.load_lexicon(language)
    assert speakers._blank_line_separated(text, bounds)
    sentences = []
    for lo, hi in bounds:
        a = lo
        for b in speakers._sentence_ends(text, lo, hi):
            sentences.append((a, b, lo, hi))
            a = b
        if a < hi:
            sentences.append((a, hi, lo, hi))  # the last sentence runs to the paragraph's end
    assert speakers._sentence_spans(text, bounds, True) == sentences
    assert speakers._build_cast(text, bounds, lex, joined=True) == speakers._build_cast(
        text, bounds, lex, joined=False
    )


@given(any_text | quote_heavy_text, st.integers(0, 400), st.integers(0, 400))
def test_mark_offsets_match_a_character_class(text: str, a: int, b: int) -> None:
    """Sentence-end marks and quotation marks found by ``str.find`` are where a regex class finds them."""
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for chars in (speakers._END_MARKS, quotes._MARK_CHARS):
        marks = re.compile(f"[{re.escape(chars)}]")
        expected = [m.start() for m in marks.finditer(text, lo, hi)]
        assert speakers._offsets_of(text, chars, lo, hi) == expected


#: The token pattern itself, found match by match (initials keep their full stop before a
#: name, and a plural possessive its apostrophe before a word).
_OLD_TOKEN = re.compile(speakers._TOKEN)


def _tokens_reference(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Frame tokens as first written: one match object per token."""
    out = []
    for m in _OLD_TOKEN.finditer(text, start, end):
        word, at = m.group(), m.start()
        elided = speakers._ELIDED.match(word) if len(word) > 2 and word[1] in "'’u" else None
        if elided is not None:
            out.append((elided.group(), at, at + elided.end()))
            word, at = word[elided.end() :], at + elided.end()
        out.append((word, at, m.end()))
    return out


token_text = st.text(alphabet="ab lL'’d-.qu \n\t\u00a0\u2003é1,“”«»_U", max_size=60) | any_text


@given(token_text, st.integers(0, 400), st.integers(0, 400))
def test_frame_tokens_match_the_reference(text: str, a: int, b: int) -> None:
    """Tokens found by one ``findall`` with the gaps equal those of ``finditer``."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = [(t.text, t.start, t.end) for t in speakers._tokens(text, start, end)]
    assert found == _tokens_reference(text, start, end)


@given(st.integers(1, 20000), st.sampled_from([".", "!", "?.", "…"]))
def test_long_runs_of_end_marks_are_linear(n: int, mark: str) -> None:
    """A run of thousands of end marks glued to a word after a quotation is read once, not
    once per mark (that took seconds for 20,000 full stops)."""
    text = f"“Yes,” said John Smith{(mark * n)[:20000]}x and more"
    started = time.perf_counter()
    extract_quotes(text)
    assert time.perf_counter() - started < 2.0


@given(sentence_text, st.integers(0, 200))
def test_trailing_sentence_end_starts_where_the_unbounded_pattern_did(text: str, lo: int) -> None:
    """The bounded sentence-end pattern, with its run start restored, finds what the unbounded
    one found: the same start and end from any offset."""
    unbounded = re.compile(
        speakers._SENTENCE_END_TRUE.pattern.replace(f"{{0,{speakers._MARK_RUN}}}", "*").replace(
            f"{{1,{speakers._MARK_RUN}}}", "+"
        )
    )
    lo = min(lo, len(text))
    old, new = unbounded.search(text, lo), speakers._SENTENCE_END_TRUE.search(text, lo)
    assert (old is None) == (new is None)
    if old is not None and new is not None:
        assert (old.start(), old.end()) == (speakers._run_start(text, lo, new.start()), new.end())
