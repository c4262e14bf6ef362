"""Direct quotations: find them in any of the world's quotation conventions.

:func:`extract_quotes` is what the pipeline calls on
:attr:`Article.text <newscorpus.Article.text>`.  It works in two passes:

1. A linear scan over the quotation marks of each paragraph pairs openers and
   closers with a small stack.  Each mark is first classified from its
   neighbours (an apostrophe in ``don’t``, ``’90s`` or ``rock ’n’ roll`` is
   never a mark), then paired with a closer its convention allows, including
   the broken pairings scraping and translation leave behind (a straight mark
   closing a curly one, a stray opening mark used as a closer).  A quotation
   left open at the end of a paragraph continues into the next paragraph when
   that one starts with an opening mark (the newspaper convention for
   multi-paragraph quotes).
2. ``newscorpus.extract.speakers`` credits each quotation.

Example:
    >>> from newscorpus.extract.quotes import extract_quotes
    >>> [q.text for q in extract_quotes("“We will stay,” she said. He called it “a «bold» move”.")]
    ['We will stay,', 'a «bold» move']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newscorpus._model import Quote
from newscorpus.extract.speakers import (
    Credit,
    QuoteSpan,
    _norm,
    _offsets_of,
    attribute,
    load_lexicon,
)

__all__ = ["extract_quotes"]

#: Opening mark -> the marks that may close it (broken pairings included).
_CLOSERS: dict[str, str] = {
    "“": '”"“',  # English; a second “ closes a pending one (translation damage)
    '"': '"”“',
    "„": '“”"',  # German, Polish, Czech...
    "‘": "’'‘",
    "'": "'’",
    "‚": "‘’'",
    "«": "»",
    "»": "«",  # German and Danish »…«
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "”": '”"',  # Swedish and Finnish ”…”
    "’": "’",
}
_DOUBLE = frozenset('“"„”«»「『')
#: Every quotation mark, opening or closing, of every convention.
_MARK_CHARS = "“”\"„‘’'‚«»‹›「」『』"
# Elisions that start with an apostrophe: ’em, ’til, ’cause, ’n’ ...
_ELISION = re.compile(
    r"(?:n[’']|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|s\b)", re.IGNORECASE
)
_LATER_SINGLE_CLOSER = re.compile(r"[^\s][’'](?=[\s.,;:!?)\"”—–-]|$)")
_TERMINAL = ".!?…"
_MAX_DEPTH = 4
_SCARE_WORDS = 4  # uncredited fragments this short are not quotations of speech


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Say whether the mark at ``text[i]`` may open and whether it may close a quotation.

    ``lo``/``hi`` bound the paragraph, so a paragraph edge counts as whitespace.
    """
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "’'‘":
        if _is_word(prev) and _is_word(nxt):
            return False, False  # don’t, Russia’s, rock’n’roll
        if (prev.isspace() or prev in "(-—–") and (
            nxt.isdigit() or _ELISION.match(text, i + 1, hi)
        ):
            return False, False  # ’90s, ’em, rock ’n’ roll
        if prev == "n" and i >= 2 and text[i - 2] in "’'":
            return False, False  # the closing half of ’n’
    if ch in "“„‚«‹「『":
        # French spacing « texte », and translation damage like `dawn : “ We have…`.
        can_open = (
            not nxt.isspace()
            or ch in "«‹"
            or (ch in "“„" and (prev.isspace() or prev in _TERMINAL or i == lo))
        )
        return can_open, ch in "“«‹"
    if ch in "」』":
        return False, True
    if ch in "»›":
        return not nxt.isspace() and (prev.isspace() or prev in "(—–-"), True
    if ch in "”’":
        can_open = (prev.isspace() or prev in "(—–") and not nxt.isspace() and ch == "”"
        return can_open, not (prev.isspace() and _is_word(nxt)) or ch == "”"
    if ch == "‘":
        # Opens in English; closes ‚…‘ in German when it follows a word or punctuation.
        return not nxt.isspace(), not prev.isspace() and not _is_word(nxt)
    # Straight marks: the neighbours decide.
    can_open = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
    can_close = not prev.isspace() or not _is_word(nxt)
    return can_open, can_close


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """Whether the single mark at ``i`` is the apostrophe of ``players' reaction``.

    It is when it follows an ``s``, a lower-case word follows it, and a more
    likely closer (a single mark before punctuation or the paragraph end)
    comes later in the paragraph.
    """
    if text[i - 1 : i] not in ("s", "z") or not text[i + 1 : i + 3].startswith(" "):
        return False
    if not text[i + 2 : i + 3].islower():
        return False
    return _LATER_SINGLE_CLOSER.search(text, i + 1, hi) is not None


class _Open:
    """An opening mark waiting for its closer, and the quotes found inside it so far."""

    __slots__ = ("children", "mark", "pos")

    def __init__(self, mark: str, pos: int) -> None:
        self.mark = mark
        self.pos = pos
        self.children: list[QuoteSpan] = []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ALNUM = re.compile(r"[^\W_]")  # \w less the underscore: what str.isalnum accepts


def _has_word(text: str, start: int, end: int) -> bool:
    return _ALNUM.search(text, start, end) is not None


_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _starts_with_opener(text: str, lo: int, hi: int) -> str | None:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if i < hi and text[i] in _CLOSERS and text[i] not in "’»›":
        return text[i]
    return None


def _scan_paragraph(
    text: str, lo: int, hi: int, para: int, marks: Sequence[int] | None = None
) -> tuple[list[QuoteSpan], _Open | None]:
    """Pair the marks of one paragraph; return the quotes and the outermost opener left open.

    ``marks`` are the offsets of the paragraph's quotation marks, when the caller
    found them already.
    """
    out: list[QuoteSpan] = []
    stack: list[_Open] = []

    def emit(op: _Open, close: int | None, end: int) -> None:
        s, e = _trimmed(text, op.pos + 1, end)
        if e > s and _has_word(text, s, e):
            span = QuoteSpan(s, e, op.pos, close, para)  # start, end, open_pos, close_pos, para
            (stack[-1].children if stack else out).append(span)
        elif stack:
            stack[-1].children.extend(op.children)
        else:
            out.extend(op.children)

    def drop(op: _Open) -> None:
        # A false opener: whatever it seemed to enclose stands on its own.
        (stack[-1].children if stack else out).extend(op.children)

    last_curly_close = text.rfind("”", lo, hi)
    if marks is None:
        marks = _offsets_of(text, _MARK_CHARS, lo, hi)
    for i in marks:
        ch = text[i]
        if ch in "’'‘" and lo < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # don’t, Russia’s: the commonest mark, settled before _classify
        can_open, can_close = _classify(text, i, lo, hi)
        if not (can_open or can_close):
            continue
        if ch in "'’" and stack and stack[-1].mark in "'‘" and _plural_possessive(text, i, hi):
            continue
        if can_close and stack:
            k = len(stack) - 1
            while k >= 0 and ch not in _CLOSERS[stack[k].mark]:
                k -= 1  # the innermost opener this mark may close
            depth = k if k >= 0 else None
            if depth is not None:
                same_kind = ch == stack[depth].mark and ch in "“"
                if same_kind and last_curly_close > i:
                    # “A … “B …” — the first opener lost its closer; B is a new quote.
                    while len(stack) > depth:
                        drop(stack.pop())
                    stack.append(_Open(ch, i))
                    continue
                if ch in _DOUBLE and stack[depth].mark not in _DOUBLE and not can_open:
                    depth = None  # a double closer never closes a single opener
                elif depth != len(stack) - 1 and can_open and ch not in _CLOSERS[stack[-1].mark]:
                    depth = None  # nested opener of a new kind, not a close
            if depth is not None:
                while len(stack) > depth + 1:
                    drop(stack.pop())
                op = stack.pop()
                emit(op, i, i)
                continue
        if can_open and len(stack) < _MAX_DEPTH:
            if ch in "’" or (ch == "'" and stack and stack[-1].mark == "'"):
                continue
            stack.append(_Open(ch, i))
    outer: _Open | None = stack[0] if stack else None
    while len(stack) > 1:
        drop(stack.pop())
    if outer is not None:
        out.extend(outer.children)
        outer.children = []
    return out, outer


def _looks_like_unclosed_quote(text: str, lo: int, op: _Open) -> bool:
    """Whether an opener left open to the end of its paragraph still opens a quotation."""
    before = text[lo : op.pos].rstrip()
    return not before or before[-1] in ":," or (op.mark in _DOUBLE and before[-1] in _TERMINAL)


def _is_partial(
    text: str, lo: int, span: QuoteSpan, prev: QuoteSpan | None, openers: frozenset[str]
) -> bool:
    """A fragment inside a reported sentence rather than a quoted sentence of its own
    (one opening with a capital right after one of the verbs ``openers`` is not: ``Roe
    said “We will”``)."""
    if span.continued_from is not None:
        return False
    before = text[lo : span.open_pos].rstrip()
    if not before or before[-1] in ":" + _TERMINAL or before[-1] in "”\"»«’'」":
        return False
    first = text[span.start]
    if before[-1] in ",—–-":
        # “…,” he said, “so …” continues a full quote; “X said, “We …” opens one.
        return not first.isupper() and (prev is None or prev.para != span.para)
    if first.isupper():
        return _norm(before.rsplit(None, 1)[-1]) not in openers
    return True


def find_quote_spans(text: str, bounds: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Locate every top-level quotation in ``text`` without crediting it.

    Args:
        text: The article text, paragraphs separated by a blank line.
        bounds: ``(start, end)`` of each paragraph, when the caller already has them.

    Returns:
        Spans sorted by start; a multi-paragraph quotation gives one span per
        paragraph, each after the first linked by ``continued_from``.
    """
    spans: list[QuoteSpan] = []
    bounds = bounds if bounds is not None else _paragraph_bounds(text)
    carried: QuoteSpan | None = None
    # Every mark of the article at once; most paragraphs have none and are skipped.
    marks = _offsets_of(text, _MARK_CHARS, 0, len(text))
    for para, (lo, hi) in enumerate(bounds):
        first = bisect.bisect_left(marks, lo)
        k = bisect.bisect_left(marks, hi, first)
        if first == k:
            found: list[QuoteSpan] = []
            left_open: _Open | None = None
        else:
            found, left_open = _scan_paragraph(text, lo, hi, para, marks[first:k])
        if carried is not None and found and found[0].open_pos == _first_mark(text, lo, hi):
            found[0] = _with(found[0], continued_from=carried.open_pos)
        carried_here = carried
        carried = None
        spans.extend(found)
        if left_open is None:
            continue
        nxt = bounds[para + 1] if para + 1 < len(bounds) else None
        continues = nxt is not None and _starts_with_opener(text, *nxt) is not None
        opens_paragraph = left_open.pos == _first_mark(text, lo, hi)
        if _looks_like_unclosed_quote(text, lo, left_open):
            s, e = _trimmed(text, left_open.pos + 1, hi)
            if e > s and _has_word(text, s, e):
                link = (
                    carried_here.open_pos if carried_here is not None and opens_paragraph else None
                )
                span = QuoteSpan(
                    start=s,
                    end=e,
                    open_pos=left_open.pos,
                    close_pos=None,
                    para=para,
                    continued_from=link,
                )
                spans.append(span)
                if continues:
                    carried = span
    spans.sort(key=lambda s: s.start)
    return _drop_overlaps(spans)


def _with(
    span: QuoteSpan, *, continued_from: int | None = None, partial: bool | None = None
) -> QuoteSpan:
    """``attrs.evolve`` for the two fields that change, without its generic overhead."""
    return QuoteSpan(  # positional: the generated __init__ is quicker so
        span.start,
        span.end,
        span.open_pos,
        span.close_pos,
        span.para,
        span.continued_from if continued_from is None else continued_from,
        span.partial if partial is None else partial,
    )


def _first_mark(text: str, lo: int, hi: int) -> int:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    return i


def _drop_overlaps(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    kept: list[QuoteSpan] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def extract_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    """Find the direct quotations in an article's text and credit their speakers.

    Args:
        text: :attr:`Article.text <newscorpus.Article.text>` (paragraphs joined by a
            blank line).
        language: ISO 639-1 code choosing the cue-verb lexicon; None tries them all.

    Returns:
        Quotes sorted by start, with ``text[q.start:q.end] == q.text``.

    Example:
        >>> q, = extract_quotes("“It is over,” Jane Doe told reporters.")
        >>> (q.text, q.speaker, q.cue)
        ('It is over,', 'Jane Doe', 'told')
    """
    if not isinstance(text, str) or not text:
        return ()
    bounds = _paragraph_bounds(text)
    spans = find_quote_spans(text, bounds)
    if not spans:
        return ()
    openers = load_lexicon(language).quote_openers
    prev: QuoteSpan | None = None
    flagged: list[QuoteSpan] = []
    for span in spans:
        lo = bounds[span.para][0]
        if _is_partial(text, lo, span, prev, openers):
            span = _with(span, partial=True)  # most quotes are full: skip the copy
        flagged.append(span)
        prev = span
    credits = attribute(text, flagged, bounds, language=language)
    quotes: list[Quote] = []
    for s, c in zip(flagged, credits, strict=True):
        if _scare_quote(text, s, c) or _title(text, s, c, language):
            continue
        if c.incise is None:
            quotes.append(_quote(text, s.start, s.end, s, c))
            continue
        # "« Nous sommes prêts, affirme-t-il, à discuter »": the incise is not quoted (see
        # speakers._find_incise: nothing after it when no word follows).
        cut, resume = c.incise
        quotes.append(_quote(text, s.start, cut, s, c))
        if resume < s.end:
            quotes.append(_quote(text, resume, s.end, s, c))
    return tuple(quotes)


def _quote(text: str, start: int, end: int, span: QuoteSpan, credit: Credit) -> Quote:
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        speaker=credit.speaker,
        speaker_mention=credit.mention,
        cue=credit.cue,
        partial=span.partial,
    )


#: What may stand around a word's letters in a fragment ("“Wait,", "Me!”").
_WORD_EDGES = ".,;:!?…\"'“”‘’«»()[]-–—"


def _scare_quote(text: str, span: QuoteSpan, credit: Credit) -> bool:
    """A fragment that is a term rather than speech: a scare quote, a title, a nickname.

    Single quoted words inside a sentence (``provide “support”``) and fragments written
    as titles after a possessive (``on NBC’s “Meet the Press.”``) are labels even next to
    a cue; short fragments nobody is credited with are too.
    """
    if not span.partial:
        return False
    words = text[span.start : span.end].split()
    if len(words) == 1:
        return True
    return (
        (credit.speaker is None or credit.inferred)
        and credit.cue is None
        and len(words) <= _SCARE_WORDS
    )


#: Most words of a quoted title ("Once Upon A Time in Hollywood").
_TITLE_WORDS = 8


def _title(text: str, span: QuoteSpan, credit: Credit, language: str | None) -> bool:
    """A work's, a programme's or a show's title in quotation marks: "thriller “Parasite”",
    "on NBC’s “Meet the Press.”".

    Written as a title (see :func:`_title_cased`; one word only when bare or cut from a
    sentence), not right after a verb of saying or showing ("a banner reading “Trust Was
    Not For Sale”", "he said: “Thank You All”"), and either after a possessive or with no
    cue nor speaker: a fragment someone is credited with ("Roe said the plan was “Dead On
    Arrival”") stays a quotation.  Not in a language that capitalises every noun, where
    a quoted phrase of nouns looks like a title.
    """
    possessive = _after_possessive(text, span.open_pos, language)
    if not possessive and (
        (credit.speaker is not None and not credit.inferred) or credit.cue is not None
    ):
        return False  # (most quotations: checked before the words are split)
    words = text[span.start : span.end].split()
    if len(words) > _TITLE_WORDS or (
        # "“Never,” was the answer.": a one-word answer; "“Parasite” won": a title
        len(words) == 1 and not span.partial and not words[0].isalpha()
    ):
        return False
    if not _title_cased(words):
        return False
    lex = load_lexicon(language)
    if lex.nouns_capitalised:
        return False
    before = text[max(0, span.open_pos - 30) : span.open_pos].split()
    after = text[span.end : span.end + 30].split()
    return not any(
        (word := _norm(found.strip(',:;.”’"»“‘«'))) in lex.cues or word in lex.relay_verbs
        for found in (before[-1:] + after[:2])
    )


def _after_possessive(text: str, at: int, language: str | None) -> bool:
    """Whether a possessive ends just before ``at`` ("NBC’s ", "the network's "), not a
    contraction ("It's ", "Here's ")."""
    if not text.endswith(("’s ", "'s "), 0, at):
        return False
    owner = text[max(0, at - 30) : at - 3].split()
    if not owner:
        return False
    lex = load_lexicon(language)
    word = _norm(owner[-1])
    return word not in lex.pronouns and word not in lex.function_words


def _title_cased(words: list[str]) -> bool:
    """Whether a fragment is written as a title ("Meet the Press", "Wait, Wait … Don’t Tell
    Me!", "Parasite,"): its first word in mixed case (an all-capitals sign shouts, it names
    nothing), every word of four letters or more capitalised, and two capitalised words or
    more ("That's on me." is a sentence), or one word without a sentence's full stop
    ("Never.")."""
    if not words or not any(c.islower() for c in words[0]):
        return False
    capitalised = 0
    for word in words:
        letters = word.strip(_WORD_EDGES)
        if not letters[:1].isalpha():
            continue
        if letters[0].isupper():
            capitalised += 1
        elif len(letters) >= 4 or not capitalised:
            return False
    if len(words) == 1:
        return capitalised == 1 and not words[0].endswith((".", "!", "?", "…"))
    return capitalised >= 2
