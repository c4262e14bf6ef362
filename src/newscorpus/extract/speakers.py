"""Speakers: credit each quotation to the person or organisation who said it.

The rules read the words around a quotation, never a model:

* the *frame* of a quotation is the text of its sentence outside the marks:
  after the closing mark (``,” he said.``, ``”, affirmed the secretary``) and
  before the opening mark (``Truss said in a statement: “``, ``with X saying
  it would “``);
* a frame credits a quotation when it holds a cue verb from the language's
  lexicon (``lexicons/cues_<lang>.json``) with a subject on either side
  (``X said``, ``said X``, ``according to X``); a participle with no subject
  of its own (``…, adding: “``) borrows the subject of the cue before it;
* the subject is a name (titles stripped: ``US Defense Secretary Lloyd
  Austin`` -> ``Lloyd Austin``), an organisation (``NATO``, ``the Ukrainian
  Ministry of Defense``), a pronoun or a role noun (``the secretary
  general``); pronouns and role nouns resolve to the most recent compatible
  person or organisation outside quotation marks, role nouns preferring a
  person who bore that title;
* a name is given in the fullest form the article uses (``Stoltenberg`` ->
  ``Jens Stoltenberg``);
* a quotation with no frame of its own inherits from the quotation it
  continues (same sentence, multi-paragraph quote, or a paragraph that is
  only a quotation following a credited one); otherwise its speaker is None.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Credit", "Lexicon", "QuoteSpan", "attribute", "load_lexicon"]

_LEXICONS = Path(__file__).with_name("lexicons")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?…]+(?=\s|$)|[;\n]"
)
_PUNCT_BOUNDARY = frozenset(";:—–()[]“”\"„«»‘’'")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_NOUN_MARKERS = _DETERMINERS | {
    "such",
    "these",
    "those",
    "some",
    "many",
    "any",
    "no",
    "recent",
    "new",
    "press",
    "of",
    "and",
}
_MAX_TRAILING_CUE = 9  # a trailing attribution sits near the closing mark


@attrs.frozen
class QuoteSpan:
    """A quotation found in the text, before it is credited."""

    start: int
    end: int
    #: Offset of the opening mark.
    open_pos: int
    #: Offset of the closing mark, or None when the quotation runs to the paragraph end.
    close_pos: int | None
    #: Index of the paragraph holding it.
    para: int
    #: ``open_pos`` of the segment this one continues (multi-paragraph quotes).
    continued_from: int | None = None
    partial: bool = False


@attrs.frozen
class Credit:
    """Who said a quotation, the words that said so, and the cue."""

    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None


@attrs.frozen
class Lexicon:
    """Word lists for one language (or the union of all), read from JSON."""

    cues: frozenset[str]
    multi_cues: tuple[tuple[str, ...], ...]
    pronouns: dict[str, str]
    titles: frozenset[str]
    person_roles: frozenset[str]
    org_roles: frozenset[str]
    acronym_roles: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    calendar: frozenset[str]
    skip: frozenset[str]
    function_words: frozenset[str]
    place_prepositions: frozenset[str]
    clause_boundaries: frozenset[str]
    name_connectors: frozenset[str]


def _norm(word: str) -> str:
    return word.lower().replace("-", " ").replace("’", "'")


@functools.lru_cache(maxsize=16)
def load_lexicon(language: str | None = None) -> Lexicon:
    """Load the cue lexicon for ``language``, or the union of every lexicon for None.

    Unknown languages fall back to the union, so a mislabelled article still
    finds its English or French cues.
    """
    files = sorted(_LEXICONS.glob("cues_*.json"))
    chosen = [f for f in files if f.stem == f"cues_{language}"] or files
    merged: dict[str, Any] = {}
    for f in chosen:
        data = json.loads(f.read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
    cues = [_norm(c) for c in merged.get("cues", [])]

    def words(key: str) -> frozenset[str]:
        return frozenset(_norm(w) for w in merged.get(key, []))

    return Lexicon(
        cues=frozenset(c for c in cues if " " not in c),
        multi_cues=tuple(
            sorted({tuple(c.split()) for c in cues if " " in c}, key=len, reverse=True)
        ),
        pronouns={_norm(k): v for k, v in merged.get("pronouns", {}).items()},
        titles=words("titles"),
        person_roles=words("person_roles"),
        org_roles=words("org_roles"),
        acronym_roles=words("acronym_roles"),
        org_words=words("org_words"),
        place_words=words("place_words"),
        calendar=words("calendar"),
        skip=words("skip"),
        function_words=words("function_words"),
        place_prepositions=words("place_prepositions"),
        clause_boundaries=words("clause_boundaries"),
        name_connectors=words("name_connectors"),
    )


# ---------------------------------------------------------------------------
# Tokens and name runs


@attrs.frozen
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return _norm(self.text)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@attrs.frozen
class _Run:
    """A run of capitalised words: a name, an organisation or a place."""

    kind: str  # person | org | single | place
    name: str
    title: str
    start: int
    end: int
    subject: bool  # not the object of a preposition nor a possessor


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def _is_title(low: str, lex: Lexicon) -> bool:
    return low in lex.titles or all(part in lex.titles for part in low.split())


def _classify_run(words: list[_Tok], before: _Tok | None, lex: Lexicon) -> _Run | None:
    texts = [w.text for w in words]
    while texts and texts[0].lower() in lex.function_words:
        texts.pop(0)
        words = words[1:]
    if not texts:
        return None
    last, possessive = _strip_possessive(texts[-1])
    texts[-1] = last
    cut = 0
    for i, t in enumerate(texts):
        if _is_title(_norm(t), lex) or (t.isupper() and len(t) > 1 and i + 1 < len(texts)):
            cut = i + 1
    title, name = texts[:cut], texts[cut:]
    while name and name[0].lower() in lex.name_connectors:
        name.pop(0)
    lows = {_norm(t) for t in texts}
    start, end = words[0].start, words[-1].end
    after_prep = before is not None and before.low in lex.place_prepositions
    if lows & lex.org_words:
        return _Run("org", " ".join(texts), "", start, end, not possessive)
    if not name:
        if len(title) == 1 and title[0].isupper() and len(title[0]) > 1:
            return _Run("org", title[0], "", start, end, not possessive)
        return None
    nlows = {_norm(t) for t in name}
    if nlows & (lex.place_words | lex.calendar):
        return _Run("place", " ".join(name), "", start, end, False)
    subject = not possessive and not after_prep
    if len(name) == 1:
        kind = "org" if name[0].isupper() and len(name[0]) > 1 else "single"
        return _Run(kind, name[0], " ".join(title), start, end, subject)
    return _Run("person", " ".join(name), " ".join(title), start, end, subject)


def _runs(toks: Sequence[_Tok], lex: Lexicon) -> list[_Run]:
    out: list[_Run] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not (t.is_word and t.is_cap and not t.text[0].isdigit()):
            i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            if u.is_word and u.is_cap:
                j += 1
            elif (
                u.low in lex.name_connectors
                and j + 1 < n
                and toks[j + 1].is_word
                and toks[j + 1].is_cap
            ):
                j += 2
            else:
                break
        run = _classify_run(list(toks[i:j]), toks[i - 1] if i else None, lex)
        if run is not None:
            out.append(run)
        i = j
    return out


# ---------------------------------------------------------------------------
# Mentions in frames


@attrs.frozen
class _Mention:
    kind: str  # person | org | single | pronoun | role
    text: str  # the crediting words
    value: str  # name, pronoun class, or role head
    pos: int
    cue: str


def _cue_at(toks: Sequence[_Tok], i: int, lex: Lexicon) -> int:
    """Length in tokens of the cue starting at ``toks[i]``, or 0."""
    for multi in lex.multi_cues:
        k = len(multi)
        if tuple(t.low for t in toks[i : i + k]) == multi:
            return k
    return 1 if toks[i].low in lex.cues else 0


def _cues(toks: Sequence[_Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each cue in ``toks``."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        k = _cue_at(toks, i, lex) if t.is_word and (not t.is_cap or i == 0) else 0
        if k and i and toks[i - 1].low in _NOUN_MARKERS:
            k = 0  # "such reports", "his comments": a noun, not a verb of saying
        if k:
            found.append((i, i + k))
            i += k
        else:
            i += 1
    return found


def _role_at_end(seg: Sequence[_Tok], lex: Lexicon) -> tuple[str, str, int] | None:
    """``(kind, head, index of determiner)`` when ``seg`` ends with a role noun phrase."""
    for width in (3, 2, 1):
        if len(seg) < width:
            continue
        head = " ".join(t.low for t in seg[-width:])
        kind = "person" if head in lex.person_roles else "org" if head in lex.org_roles else None
        if kind is None:
            continue
        for d in range(len(seg) - width - 1, max(-1, len(seg) - width - 6), -1):
            if seg[d].low in _DETERMINERS:
                return kind, head, d
            if not seg[d].is_word:
                break
        if kind == "org" and head in lex.org_roles and len(seg) == width:
            return None
    return None


def _mention_from(
    seg: Sequence[_Tok], cue: str, lex: Lexicon, *, inverted: bool
) -> _Mention | None:
    if not seg:
        return None
    pron = seg[0] if inverted else seg[-1]
    if pron.low in lex.pronouns and lex.pronouns[pron.low] != "none":
        return _Mention("pronoun", pron.text, lex.pronouns[pron.low], pron.start, cue)
    role = None if inverted else _role_at_end(seg, lex)
    if inverted and seg[0].low in _DETERMINERS:
        for k in range(len(seg), 0, -1):
            role = _role_at_end(seg[:k], lex)
            if role is not None:
                seg = seg[:k]
                break
    if role is not None and not (inverted and cue == "according to"):
        kind, head, d = role
        text = " ".join(t.text for t in seg[d:])
        return _Mention("role", text, f"{kind}:{head}", seg[d].start, cue)
    runs = [r for r in _runs(seg, lex) if r.kind != "place"]
    for kinds in (("person",), ("org",), ("single",)):
        for r in runs:
            if r.kind in kinds and (r.subject or inverted):
                return _Mention(r.kind, r.name, r.name, r.start, cue)
    if role is not None:
        kind, head, d = role
        text = " ".join(t.text for t in seg[d:])
        return _Mention("role", text, f"{kind}:{head}", seg[d].start, cue)
    return None


def _subject_before(toks: Sequence[_Tok], cue_i: int, lex: Lexicon) -> _Mention | None:
    cue = " ".join(t.low for t in toks[cue_i : cue_i + _cue_at(toks, cue_i, lex)])
    j = cue_i - 1
    start = 0
    while j >= 0:
        t = toks[j]
        if t.low in lex.clause_boundaries or t.text in _PUNCT_BOUNDARY:
            relative = t.low in {"who", "which", "whose", "whom", "where"}
            if relative and j > 0 and toks[j - 1].text == ",":
                j -= 2  # skip ", who … ," and keep walking to its antecedent
                continue
            start = j + 1
            break
        j -= 1
    seg = list(toks[start:cue_i])
    # Drop what sits between a subject and its verb: "has", "also", "on Tuesday".
    trimmed = False
    while seg and (
        seg[-1].low in lex.skip
        or seg[-1].low in lex.calendar
        or seg[-1].text == ","
        or (seg[-1].low.endswith("ly") and not seg[-1].is_cap)
    ):
        trimmed = trimmed or seg[-1].text == ","
        seg.pop()
    if cue.endswith("ing") and (not seg or trimmed):
        return None  # "…, adding:" has no subject of its own
    return _mention_from(seg, cue, lex, inverted=False)


def _subject_after(toks: Sequence[_Tok], cue_end: int, lex: Lexicon, cue: str) -> _Mention | None:
    seg: list[_Tok] = []
    for t in toks[cue_end:]:
        if t.text in ",.;:!?" or t.text in _PUNCT_BOUNDARY:
            break
        if seg and not t.is_cap and t.low in lex.place_prepositions | lex.clause_boundaries:
            break
        seg.append(t)
    return _mention_from(seg, cue, lex, inverted=True)


def _from_frame(toks: Sequence[_Tok], lex: Lexicon, *, trailing: bool) -> _Mention | None:
    cues = _cues(toks, lex)
    if trailing:
        for i, j in cues:
            if i > _MAX_TRAILING_CUE:
                break
            cue = " ".join(t.low for t in toks[i:j])
            lead = [t for t in toks[:i] if t.is_word]
            if cue.endswith("ing") and cue != "according to":
                m = _subject_before(toks, i, lex) if lead else None
            elif cue == "according to" or not lead:
                m = _subject_after(toks, j, lex, cue)
            else:
                m = _subject_before(toks, i, lex)
            if m is not None:
                return m
        return None
    for i, j in reversed(cues):
        cue = " ".join(t.low for t in toks[i:j])
        if cue.endswith("ing") and cue != "according to" and not toks[i].is_cap:
            m = _subject_before(toks, i, lex)  # a participle is never inverted
        elif cue == "according to" or not any(t.is_word for t in toks[:i]):
            m = _subject_after(toks, j, lex, cue)
        else:
            m = _subject_before(toks, i, lex)
        if m is not None:
            return m
    return None


# ---------------------------------------------------------------------------
# The article's cast: names, titles, and who was talked about when


@attrs.define
class _Cast:
    """People and organisations the article names, in order of mention."""

    fullest: dict[str, str] = attrs.field(factory=dict)  # last word -> fullest name
    titles: dict[str, set[str]] = attrs.field(factory=dict)
    people: list[tuple[int, str]] = attrs.field(factory=list)  # (position, name)
    orgs: list[tuple[int, str]] = attrs.field(factory=list)

    def full(self, name: str) -> str:
        last = name.split()[-1]
        full = self.fullest.get(last)
        if full and len(full) > len(name) and full.endswith(name):
            return full
        return name

    def is_person(self, name: str) -> bool:
        return name.split()[-1] in self.fullest

    def latest(self, events: list[tuple[int, str]], pos: int) -> str | None:
        best: tuple[int, str] | None = None
        for p, name in events:
            if p < pos and (best is None or p >= best[0]):
                best = (p, name)
        return best[1] if best else None


def _masked(text: str, spans: Sequence[QuoteSpan]) -> str:
    """The text with every quotation (marks included) blanked, offsets kept."""
    parts: list[str] = []
    pos = 0
    for s in spans:
        a = s.open_pos
        b = (s.close_pos + 1) if s.close_pos is not None else s.end
        if a < pos:
            continue
        parts.append(text[pos:a])
        parts.append(" " * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < hi:
        out.append((pos, hi))
    return out


def _build_cast(masked: str, bounds: Sequence[tuple[int, int]], lex: Lexicon) -> _Cast:
    cast = _Cast()
    per_sentence: list[list[_Run]] = []
    for lo, hi in bounds:
        for a, b in _sentences(masked, lo, hi):
            runs = _runs(_tokens(masked, a, b), lex)
            per_sentence.append(runs)
            for r in runs:
                if r.kind == "person":
                    last = r.name.split()[-1]
                    if len(r.name) > len(cast.fullest.get(last, "")):
                        cast.fullest[last] = r.name
                    if r.title:
                        cast.titles.setdefault(r.name, set()).add(_norm(r.title))
    for runs in per_sentence:
        subject = next(
            (
                r
                for r in runs
                if r.subject
                and (r.kind == "person" or (r.kind == "single" and cast.is_person(r.name)))
            ),
            None,
        )
        if subject is not None:
            cast.people.append((subject.start, cast.full(subject.name)))
        cast.orgs.extend((r.start, r.name) for r in runs if r.kind == "org")
    return cast


def _resolve(m: _Mention, pos: int, cast: _Cast, lex: Lexicon) -> str | None:
    if m.kind == "person":
        return cast.full(m.value)
    if m.kind == "single":
        return cast.full(m.value)
    if m.kind == "org":
        return re.sub(r"^(?:the|The)\s+", "", m.value)
    if m.kind == "pronoun":
        if m.value == "person":
            return cast.latest(cast.people, pos)
        return cast.latest(cast.orgs, pos) if m.value == "group" else None
    kind, _, head = m.value.partition(":")
    if kind == "person":
        titled = [
            (p, n)
            for p, n in cast.people
            if any(head in t or head.split()[-1] in t.split() for t in cast.titles.get(n, ()))
        ]
        return cast.latest(titled, pos) or cast.latest(cast.people, pos)
    named = [(p, n) for p, n in cast.orgs if head.split()[-1] in _norm(n)]
    if named:
        return cast.latest(named, pos)
    if head in lex.acronym_roles:
        acronyms = [(p, n) for p, n in cast.orgs if n.isupper()]
        return cast.latest(acronyms, pos)
    return None


# ---------------------------------------------------------------------------
# Frames and inheritance


def _leading_frame(
    text: str, lo: int, span: QuoteSpan, prev: QuoteSpan | None
) -> tuple[int, int, bool]:
    """``(start, end, same_sentence)`` of the text before the opening mark in its sentence."""
    a = lo
    if prev is not None and prev.para == span.para and prev.close_pos is not None:
        a = prev.close_pos + 1
    b = span.open_pos
    cut = a
    for m in _SENTENCE_END.finditer(text, a, b):
        cut = m.end()
    same_sentence = cut == a and a > lo
    return cut, b, same_sentence


def _trailing_frame(text: str, hi: int, span: QuoteSpan, nxt: QuoteSpan | None) -> tuple[int, int]:
    if span.close_pos is None:
        return span.end, span.end
    a = span.close_pos + 1
    b = nxt.open_pos if nxt is not None and nxt.para == span.para else hi
    m = _SENTENCE_END.search(text, a, b)
    return a, (m.start() if m else b)


def attribute(
    text: str,
    spans: Sequence[QuoteSpan],
    bounds: Sequence[tuple[int, int]],
    *,
    language: str | None = None,
) -> list[Credit]:
    """Credit each quotation span to its speaker.

    Args:
        text: The article text.
        spans: Quotation spans sorted by start, as found by
            :func:`newscorpus.extract.quotes.find_quote_spans`.
        bounds: ``(start, end)`` of each paragraph in ``text``.
        language: ISO 639-1 code choosing the lexicon, None for all.

    Returns:
        One :class:`Credit` per span, in the same order.
    """
    lex = load_lexicon(language)
    masked = _masked(text, spans)
    cast = _build_cast(masked, bounds, lex)
    credits: list[Credit] = []
    by_open: dict[int, int] = {}
    for k, span in enumerate(spans):
        lo, hi = bounds[span.para]
        prev = spans[k - 1] if k else None
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        la, lb, same_sentence = _leading_frame(text, lo, span, prev)
        ta, tb = _trailing_frame(text, hi, span, nxt)
        lead_toks = _tokens(text, la, lb)
        trail_toks = _tokens(text, ta, tb)
        ends_sentence = text[span.end - 1] in ".!?…"
        tries: list[tuple[list[_Tok], bool]] = [(trail_toks, True), (lead_toks, False)]
        if span.partial:
            tries.reverse()
        mention: _Mention | None = None
        for toks, trailing in tries:
            if trailing and ends_sentence and toks and toks[0].is_cap and len(toks) > 6:
                continue  # a new sentence, not an attribution
            mention = _from_frame(toks, lex, trailing=trailing)
            if mention is not None:
                break
        credit = Credit()
        if mention is not None:
            where = mention.pos if mention.pos < span.open_pos else span.open_pos
            speaker = _resolve(mention, where, cast, lex)
            credit = Credit(speaker=speaker, mention=mention.text, cue=mention.cue)
        elif span.continued_from is not None and span.continued_from in by_open:
            credit = credits[by_open[span.continued_from]]
        elif prev is not None and credits and credits[-1].speaker is not None:
            only_quote = not any(t.is_word for t in lead_toks) and la == lo
            near = span.para - prev.para <= 1
            if (same_sentence and prev.para == span.para) or (only_quote and near):
                credit = attrs.evolve(credits[-1]) if same_sentence else Credit(credits[-1].speaker)
        if credit.speaker is not None:
            if cast.is_person(credit.speaker):
                cast.people.append((span.open_pos, credit.speaker))
            elif credit.speaker.isupper() or (mention is not None and mention.kind == "org"):
                cast.orgs.append((span.open_pos, credit.speaker))
        by_open[span.open_pos] = len(credits)
        credits.append(credit)
    _share_within_groups(spans, credits)
    return credits


def _share_within_groups(spans: Sequence[QuoteSpan], credits: list[Credit]) -> None:
    """Give every segment of a multi-paragraph quotation the credit one of them found."""
    index = {s.open_pos: i for i, s in enumerate(spans)}
    groups: dict[int, list[int]] = {}
    for i in range(len(spans)):
        root = i
        while spans[root].continued_from is not None and spans[root].continued_from in index:
            root = index[spans[root].continued_from]  # type: ignore[index]
        groups.setdefault(root, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        found = next((credits[i] for i in members if credits[i].speaker is not None), None)
        if found is None:
            continue
        for i in members:
            if credits[i].speaker is None:
                credits[i] = found
