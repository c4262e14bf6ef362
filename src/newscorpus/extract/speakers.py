"""Speakers: credit each quotation to the person or organisation who said it.

Rules read the words around a quotation, and a small fitted score decides only what
they leave open:

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
  only a quotation following a credited one);
* a quotation still uncredited, when nothing around it says that it is no one's
  (no verb of saying, no question or colon before it, no one unnamed in between),
  goes to the person or body the context offers whose features score highest
  (:func:`_by_context`; weights fitted on the annotated dev set by
  ``benchmarks/fit_context.py`` and shipped in ``context_weights.json``), if that
  score passes a margin; otherwise its speaker is None.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from newscorpus.extract._classes import _NEVER
from newscorpus.extract._classes import Credit as Credit
from newscorpus.extract._classes import Lexicon as Lexicon
from newscorpus.extract._classes import QuoteSpan as QuoteSpan
from newscorpus.extract.metadata import _fold, agency_name

__all__ = ["Credit", "Lexicon", "QuoteSpan", "attribute", "load_lexicon"]

_LEXICONS = Path(__file__).with_name("lexicons")
#: A token: a word, with its inner hyphens, apostrophes and full stops ("U.S"), or one
#: other character; initials written together keep their last full stop before a name
#: ("K.S. Poovaiah"), and a plural possessive its apostrophe before a word ("Processors’
#: Council", "a tenants’ advocacy group").
_TOKEN = (
    r"\w+(?:[-'’.]\w+)*(?:\.(?<=\.[A-Z]\.)(?=[ \t]+[A-Z])|['’](?<=[a-z]s.)(?=[ \t]+\w\w))?|[^\w\s]"
)
# Elided French/Italian articles ("l'entreprise") are tokens of their own.
_ELIDED = re.compile(r"(?:[lLdD]|[Qq]u|[Uu]n)['’](?=\w)")


def _unelided(word: str) -> str:
    """``word`` without the elided article it opens with ("assessora" of "L'assessora")."""
    head = word[:3]
    if "'" not in head and "’" not in head:
        return word  # (most words: an elided article's apostrophe is among the first three)
    m = _ELIDED.match(word)
    return word[m.end() :] if m else word


_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[;\n]")


def _read_every_lexicon(key: str) -> tuple[str, ...]:
    """Every lexicon's list under ``key``, as one sorted tuple.  Sentences are cut before
    the language is known to the splitter, so the languages' lists are read as one:
    ``abbreviations`` (titles that end in a full stop without ending the sentence, "Sgt.
    Dunn", "Srta. Benítez") and ``months`` (the month names a day's number written with a
    full stop comes before, "am 30. März") and ``ordinal_openers`` (the words after
    which a number written with a full stop is an ordinal, "zum 80. Geburtstag").
    """
    found: set[str] = set()
    for f in sorted(_LEXICONS.glob("cues_*.json")):
        found.update(json.loads(f.read_text(encoding="utf-8")).get(key, []))
    return tuple(sorted(found))


_ABBREVIATIONS = _read_every_lexicon("abbreviations")
_MONTHS = _read_every_lexicon("months")
_ORDINAL_OPENERS = _read_every_lexicon("ordinal_openers")
_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)}|[A-Z])\Z")


def _sentence_end_pattern() -> re.Pattern[str]:
    """:data:`_SENTENCE_END` with a lone full stop after an abbreviation left out.

    One lookbehind per abbreviation length (lookbehinds have a fixed width), so
    finding sentence ends needs no Python check per full stop.
    """
    by_len: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_len.setdefault(len(word), []).append(word)
    behind = r"(?<!\b[A-Z]\.)" + "".join(
        rf"(?<!\b(?:{'|'.join(words)})\.)" for _, words in sorted(by_len.items())
    )
    # "am 30. März 2017": a day's number written as an ordinal before its month.
    ordinal = (
        rf"(?!(?:(?<=\b\d\.)|(?<=\b\d\d\.))[^\S\n]+(?:{'|'.join(map(re.escape, _MONTHS))})\b)"
        if _MONTHS
        else ""
    )
    # "zu seinem 80. Geburtstag", "im 2. Wahlgang": a number written as an ordinal after
    # a determiner or preposition (one lookbehind per width; a full stop after no digit
    # passes the first branch at once).
    widths: dict[int, set[str]] = {}
    for word in _ORDINAL_OPENERS:
        for digits in (1, 2, 3):
            widths.setdefault(len(word) + 2 + digits, set()).add(
                rf"{re.escape(word)}[ \t]\d{{{digits}}}"
            )
    ordinal += (
        r"(?:(?<!\d\.)|"
        + "".join(rf"(?<!\b(?:{'|'.join(sorted(ws))})\.)" for _, ws in sorted(widths.items()))
        + ")"
        if widths
        else ""
    )
    # The mark comes first and lookbehinds then say which it was, so the regex engine
    # skips ahead to candidate marks instead of trying every offset.  The marks after it
    # are bounded: a run of thousands of dots glued to a word would otherwise be read to
    # its end from each of its dots (quadratic).  A longer run still ends where it did; a
    # match then starts inside it, which _run_start undoes.
    return re.compile(
        rf"[.!?…;\n](?:(?<=[;\n])|(?<=[!?…])[.!?…]{{0,{_MARK_RUN}}}(?=\s|$)"
        rf"|(?<=\.)[.!?…]{{1,{_MARK_RUN}}}(?=\s|$)|(?<=\.)(?=\s|$){behind}{ordinal})"
    )


#: Most marks after the first that one sentence end is read with (see _sentence_end_pattern).
_MARK_RUN = 16


def _run_start(text: str, lo: int, start: int) -> int:
    """Where the run of end marks holding the match at ``start`` begins (not before ``lo``)."""
    if text[start] in ";\n":
        return start  # these end a sentence on their own
    while start > lo and text[start - 1] in ".!?…":
        start -= 1
    return start


#: Sentence ends, abbreviations excluded: what :func:`_sentence_ends` finds.
_SENTENCE_END_TRUE = _sentence_end_pattern()
_PUNCT_BOUNDARY = frozenset(";:—–()[]“”\"„«»‘’'")
_MAX_TRAILING_CUE = 12  # a trailing attribution sits near the closing mark
_MAX_APPOSED_CUE = 30  # ... or after a name and its apposition, closed by a comma
_FRAME_CHARS = 300  # how far from a mark a frame is read
_MISSING: Any = object()  # a cache miss (None is a cached verdict)


@functools.lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return word.lower().replace("-", " ").replace("’", "'")


def _age_patterns(nouns: Sequence[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``age_role`` and ``age_in`` for the words written after an age ("year old")."""
    if not nouns:
        return _NEVER, _NEVER
    alts = "|".join(
        sorted((r"[- ]".join(map(re.escape, n.lower().split())) for n in nouns), reverse=True)
    )
    return (
        re.compile(rf"\d+[- ](?:{alts})$"),
        re.compile(rf"\b(\d+)[- ](?:{alts})\b", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=16)
def load_lexicon(language: str | None = None) -> Lexicon:
    """Load the cue lexicon for ``language``, or the union of every lexicon for None.

    Unknown languages fall back to the union, so a mislabelled article still
    finds its English or French cues.

    Example:
        >>> "said" in load_lexicon("en").cues
        True
    """
    files = sorted(_LEXICONS.glob("cues_*.json"))
    code = language.replace("_", "-").split("-")[0].lower() if language else None  # "en-GB"
    chosen = [f for f in files if f.stem == f"cues_{code}"] or files
    merged: dict[str, Any] = {}
    for f in chosen:
        data = json.loads(f.read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, bool):
                merged[key] = merged.get(key, False) or value  # a flag: any file sets it

    def words(key: str) -> frozenset[str]:
        return frozenset(_norm(w) for w in merged.get(key, []))

    def phrases(key: str, *, as_tokens: bool = False) -> tuple[tuple[str, ...], ...]:
        # as_tokens: cut as the text is ("d'après" is "d'" and "après"), for phrases
        # matched token by token
        found = {
            tuple(t.low for t in _tokens(c, 0, len(c))) if as_tokens else tuple(_norm(c).split())
            for c in merged.get(key, [])
        }
        return tuple(sorted(found, key=len, reverse=True))

    cues = [_norm(c) for c in merged.get("cues", [])]
    gender_words: dict[str, tuple[str, int]] = {}
    # Generic masculine nouns first: where a language lists a word as plainly masculine,
    # that stronger entry is the one kept.
    for key, gender, strength in _GENDER_LISTS:
        for w in merged.get(key, []):
            gender_words[w if w[:1].isupper() else _norm(w)] = (gender, strength)
    titles = words("titles") | words("person_roles")
    equivalents: dict[str, tuple[frozenset[str], ...]] = {}
    for group in merged.get("role_equivalents", []):
        forms = [_norm(w) for w in group]
        sets = tuple(frozenset(form.split()) for form in forms)
        for form in forms:
            equivalents[form] = equivalents.get(form, ()) + sets
    age_role, age_in = _age_patterns(merged.get("age_nouns", []))
    single = frozenset(c for c in cues if " " not in c)
    multi = tuple(p for p in phrases("cues") if len(p) > 1)
    return Lexicon(
        cues=single,
        multi_cues=multi,
        cue_starts=single | {p[0] for p in multi},
        according=phrases("according_cues", as_tokens=True),
        pronouns={_norm(k): v for k, v in merged.get("pronouns", {}).items()},
        determiners=words("determiners"),
        indefinite=words("indefinite"),
        titles=titles,
        title_suffixes=tuple(_norm(w) for w in merged.get("title_suffixes", [])),
        person_roles=words("person_roles") | words("demonyms"),
        generic_roles=words("generic_roles") | words("demonyms"),
        # "the Chinese", "the Swiss": also a people, so no role, but no name either.
        demonyms=words("demonyms") | words("invariant_demonyms"),
        org_roles=words("org_roles"),
        acronym_roles=words("acronym_roles"),
        role_markers={
            _norm(role): frozenset(_norm(w) for w in marks)
            for role, marks in merged.get("role_markers", {}).items()
        },
        role_kin={
            _norm(role): frozenset(_norm(w) for w in kin)
            for role, kin in merged.get("role_kin", {}).items()
        },
        org_words=words("org_words"),
        place_words=words("place_words"),
        place_prefixes=words("place_prefixes"),
        calendar=words("calendar") | words("weekdays") | words("dates_or_names"),
        weekdays=words("weekdays"),
        dates_or_names=words("dates_or_names"),
        skip=words("skip"),
        function_words=words("function_words"),
        place_prepositions=words("place_prepositions"),
        clause_boundaries=words("clause_boundaries"),
        name_connectors=words("name_connectors"),
        pronoun_genders={_norm(k): v for k, v in merged.get("pronoun_genders", {}).items()},
        gender_words=gender_words,
        inscriptions=words("inscriptions"),
        coordinators=words("coordinators"),
        speech_nouns=words("speech_nouns"),
        speech_links=words("speech_links"),
        statement_nouns=words("statement_nouns"),
        source_nouns=words("source_nouns"),
        lowercase_bodies=tuple(sorted(merged.get("lowercase_bodies", []), key=len, reverse=True)),
        body_adjectives=tuple(sorted(merged.get("body_adjectives", []), key=len, reverse=True)),
        naming_words=words("naming_words"),
        body_roles=words("body_roles"),
        role_equivalents=equivalents,
        role_prefixes=words("role_prefixes"),
        distinct_roles=tuple((frozenset(p), p[0]) for p in phrases("distinct_roles") if p),
        youth_roles=words("youth_roles"),
        relatives=words("relatives"),
        agent_endings=tuple(sorted({w.lower() for w in merged.get("agent_endings", [])})),
        named_roles=words("named_roles"),
        portfolio_endings=tuple(sorted({w.lower() for w in merged.get("portfolio_endings", [])})),
        participle_endings=tuple(sorted({w.lower() for w in merged.get("participle_endings", [])})),
        person_noun_endings=tuple(
            sorted({w.lower() for w in merged.get("person_noun_endings", [])})
        ),
        epithet_endings=tuple(sorted({w.lower() for w in merged.get("epithet_endings", [])})),
        addressed=words("addressed"),
        auxiliaries=words("auxiliaries"),
        ambiguous_titles=words("ambiguous_titles"),
        list_openers=words("list_openers"),
        relay_verbs=words("relay_verbs"),
        given_name_honorifics=dict(merged.get("given_name_honorifics", {})),
        noun_determiners=words("noun_determiners"),
        # (a word order is a language's: not applied when the language is unknown)
        fronted_openers=words("fronted_openers") if len(chosen) == 1 else frozenset(),
        post_nominals=words("post_nominals"),
        relative_pronouns=words("relative_pronouns"),
        thing_relatives=words("thing_relatives"),
        feminine_endings=tuple(sorted(words("feminine_endings"))),
        possessives=words("possessives"),
        object_pronouns=words("object_pronouns"),
        stressed_pronouns={_norm(k): v for k, v in merged.get("stressed_pronouns", {}).items()},
        postpositions=words("postpositions"),
        noun_markers=words("noun_markers"),
        org_links=words("org_links"),
        employer_links=words("employer_links"),
        strong_determiners=words("strong_determiners"),
        apposition_tails=words("apposition_tails"),
        quote_openers=words("quote_openers"),
        org_endings=words("org_endings"),
        surname_endings=words("surname_endings"),
        legal_forms=words("legal_forms"),
        org_modifiers=words("org_modifiers"),
        number_words=words("number_words"),
        addressee_prepositions=words("addressee_prepositions"),
        narrative_infinitives=words("narrative_infinitives"),
        group_nouns=words("group_nouns"),
        common_acronyms=words("common_acronyms"),
        oblique_determiners=words("oblique_determiners"),
        reported_speech_markers=words("reported_speech_markers"),
        impersonal_openings=frozenset(
            " ".join(w.lower().split()) for w in merged.get("impersonal_openings", [])
        ),
        subject_drop=len(chosen) == 1 and bool(merged.get("subject_drop")),
        participle_links=words("participle_links"),
        modifier_prepositions=words("modifier_prepositions"),
        determiner_genders={_norm(k): v for k, v in merged.get("determiner_genders", {}).items()},
        spokesperson_roles=words("spokesperson_roles"),
        spokesperson_links=words("spokesperson_links"),
        body_links=words("body_links"),
        age_role=age_role,
        age_in=age_in,
        nouns_capitalised=len(chosen) == 1 and bool(merged.get("noun_determiners")),
        inverted_pronouns=tuple(
            sorted({_norm(w).strip() for w in merged.get("inverted_pronouns", [])}, key=len)[::-1]
        ),
    )


#: Lexicon keys holding gendered words: (key, gender, strength), weakest first.
_GENDER_LISTS = (
    ("masculine_generic", "male", 1),
    ("masculine", "male", 2),
    ("feminine", "female", 2),
)


# ---------------------------------------------------------------------------
# Tokens and name runs


class _Tok:
    """A word or punctuation token with its offsets (plain slots: built by the thousand)."""

    __slots__ = ("end", "is_cap", "is_lower_word", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, info: _TokInfo) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low, self.is_word, self.is_cap, self.is_lower_word, _ = info

    def __repr__(self) -> str:
        return f"_Tok({self.text!r}, {self.start})"


#: What a token's text says of it: (normalised form, is a word, capitalised,
#: lower-case, length of the elided article it starts with ("l'" of "l'entreprise") or 0).
_TokInfo = tuple[str, bool, bool, bool, int]
#: Token text -> its :data:`_TokInfo`: the same words recur.
_TOK_INFO: dict[str, _TokInfo] = {}


def _tok_info(text: str) -> _TokInfo:
    info = _TOK_INFO.get(text)
    if info is None:
        first = text[0]
        elided = _ELIDED.match(text) if len(text) > 2 and text[1] in "'’un" else None
        info = (
            _norm(text),
            first.isalnum() or first == "_",
            first.isupper(),
            first.islower(),
            0 if elided is None else elided.end(),
        )
        if len(_TOK_INFO) > 100_000:
            _TOK_INFO.clear()  # bounded, like the other caches
        _TOK_INFO[text] = info
    return info


def _two_words(first: str, second: str) -> str:
    """Two words as written: an elided article takes no space ("un'infermiera")."""
    return f"{first}{second}" if first.endswith(("'", "’")) else f"{first} {second}"


def _tok(text: str, start: int, end: int) -> _Tok:
    return _Tok(text, start, end, _tok_info(text))


#: One token (:data:`_TOKEN`).
_TOKEN_AT = re.compile(_TOKEN)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of ``text[start:end]`` (:data:`_TOKEN`), in order.

    Only whitespace separates tokens and no token holds any, so the text is cut at
    whitespace first (``str.split``: the same whitespace as the regex's class).  A
    piece of letters and digits alone is one token, as the regex would find it; only
    the other pieces ("said,", "“It", "U.S.", "l'entreprise") go through the regex,
    which reads on to ``end`` for its lookaheads.  Most pieces are plain words, and a
    regex match costs far more than ``str.isalnum``.
    """
    out: list[_Tok] = []
    append, tok, info_of = out.append, _Tok, _TOK_INFO.get  # (locals: built by the thousand)
    find, match = text.find, _TOKEN_AT.match
    pos = start
    for piece in text[start:end].split():
        # Only whitespace stands between ``pos`` and the piece: most often one space,
        # and the piece starts right after it (no search needed).
        one_space = text[pos] == " " and not text[pos + 1].isspace()
        at = pos + 1 if one_space else find(piece, pos)
        pos = at + len(piece)
        if piece.isalnum():
            # A plain word: one token, and no elided article (which has an apostrophe).
            append(tok(piece, at, pos, info_of(piece) or _tok_info(piece)))
            continue
        while at < pos:
            m = match(text, at, end)
            assert m is not None  # (every character that is no whitespace opens a token)
            word, stop = m.group(), m.end()
            info = info_of(word) or _tok_info(word)
            if info[4]:
                # French elided articles ("l'entreprise") are tokens of their own.
                cut = at + info[4]
                append(_tok(word[: info[4]], at, cut))
                word, at = word[info[4] :], cut
                info = _tok_info(word)
            append(tok(word, at, stop, info))
            at = stop
    return out


class _Run(NamedTuple):
    """A run of capitalised words: a name, an organisation or a place."""

    kind: str  # person | org | single | place
    name: str
    title: str
    start: int
    end: int
    subject: bool  # not the object of a preposition nor a possessor
    first: int  # index of its first token in the token list it came from
    last: int  # index after its last token


def _acronym(t: _Tok) -> bool:
    return len(t.text) > 1 and t.text.isupper()


#: Word endings of a possessive: "Roe's", and a name ending in s with the apostrophe
#: alone ("Jones' side", "Albers’ Gruppe").
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def _is_title(low: str, lex: Lexicon) -> bool:
    if low in lex.titles or lex.age_role.search(low):
        return True
    parts = low.split()
    if len(parts) > 1 and parts[0] in lex.role_prefixes:
        parts = parts[1:]  # "co-leader", "ex-minister"
    if parts and lex.titles.issuperset(parts):
        return True
    return bool(lex.title_suffixes) and low.endswith(lex.title_suffixes)


def _initial_of(texts: Sequence[str], i: int, cut: int) -> bool:
    """Whether ``texts[i]``, an honorific that is also an initial ("M.", "D."), is the initial.

    It is an honorific where a name starts (``cut``: after the titles) and before a
    known first name ("M. Jean Mourey"); an initial after a given name ("Brian M.
    Good") or before an unknown one ("M. Night Shyamalan").  Before a surname alone
    it stays, and :meth:`_Cast.full` reads it as an honorific only when the article
    gives a fuller name with that surname ("M. Mourey" is "Jean-Pierre Mourey").
    """
    t = texts[i]
    if len(t) != 2 or t[1] != ".":
        return False
    if i != cut or i + 2 >= len(texts):
        return True
    return all(_first_name_gender(p) is None for p in texts[i + 1].split("-"))  # "Jean-Pierre"


def _bare_ambiguous_title(texts: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Whether ``texts[i]``, a short title that is also a name or a word ("Hon", "Maj",
    "Det", "Gen"), is here no title: followed by neither another title ("Det Sgt") nor
    a first name and more ("Gen Mark Milley").  So "Hon Hai", "Maj Sjöwall" and "Det
    Norske Veritas" keep their first word; "Gen Milley" is read by :meth:`_Cast.full`.
    """
    if _norm(texts[i]) not in lex.ambiguous_titles:
        return False
    if i + 1 < len(texts) and _is_title(_norm(texts[i + 1]), lex):
        return False
    return not (i + 2 < len(texts) and _first_name_gender(texts[i + 1].split("-")[0]) is not None)


def _personal_title(title: str, lex: Lexicon) -> bool:
    """Whether ``title`` is an honorific for a man or a woman ("Mr", "Madam", "Ms."): one
    of the gendered words the lexicons write capitalised, not a noun ("mother")."""
    return _norm(title).rstrip(".").capitalize() in lex.gender_words


def _employer_at(name: list[str], lex: Lexicon) -> int:
    """Where a person's name ends before "of" and the body or place they belong to, or 0.

    "Keith Morrow of Acme Lindqvist LLP", "Jo Roe of Leeds University" and "Dale Pruett
    of Idaho" end at "of"; "the Duke of York", "Bank of France" and "Velmoran Chamber of
    Commerce" do not: a cut needs a body after "of" (its last word an organisation word),
    or a known first name and a surname before one word, and no title, organisation or
    place word before it.  Two capitalised words
    before "of" are not enough: "Chamber of Commerce" and "Ministry of Defence"
    look the same.
    """
    k = next((i for i, t in enumerate(name) if t in lex.employer_links), 0)
    if k == 0 or k + 1 >= len(name):
        return 0
    before = [_norm(t) for t in name[:k]]
    after = [_norm(t) for t in name[k + 1 :]]
    # ("Pieter van der Merwe of …": a surname's particles after a known first name)
    known_first = _first_name_gender(name[0]) is not None
    if any(
        w in lex.org_words
        or w in lex.place_words
        or (w in lex.name_connectors and not (known_first and i))
        or _is_title(w, lex)
        for i, w in enumerate(before)
    ):
        return 0
    if any(t.isupper() and len(t) > 1 for t in name[:k]):
        return 0  # an acronym: a body ("BBC of …")
    if after[-1] in lex.org_words:
        return k
    if known_first and k > 1 and not lex.org_words.isdisjoint(after):
        return k  # "Jane Smith of the University of Leeds"
    # "Sen. Dale Pruett of Idaho", "Renee Calloway of Des Moines": a known first name and
    # a surname, then a place of a word or a few (its links not counted: "Rodolfo Almazan
    # of San Isidro del Mar").
    place = sum(w not in lex.name_connectors for w in after)
    return k if k == 2 and place <= 3 and known_first else 0


#: Fewest letters of a compound noun read for the organisation word it ends in.
_COMPOUND_CHARS = 7
#: Fewest letters of a capitalised participle opening a run ("Sentencing Duffy").
_PARTICIPLE_CHARS = 7


def _agent_title(word: str, lex: Lexicon) -> bool:
    """Whether the capitalised ``word`` is a noun for what someone does, too long for a
    first name ("Schauspielerin", "Regisseurin"), where nouns are capitalised."""
    return bool(lex.agent_endings) and len(word) > 6 and word.lower().endswith(lex.agent_endings)


def _given_name_after_title(name: Sequence[str], lex: Lexicon) -> int:
    """Index of the known first name that follows one or two capitalised words none of
    which is a first name, the last a noun for what someone does ("County Recorder Teresa
    Ybarra" -> 2, "Defenceman Owen Petruk" -> 1), with a surname after it; or 0 (not
    "Xosé Manuel Rivas", whose first name the tables lack)."""
    endings = lex.agent_endings + lex.epithet_endings
    for k in range(1, min(3, len(name) - 1)):
        word = name[k - 1]
        if _first_name_gender(word.split("-")[0]) is not None or not word[:1].isupper():
            return 0
        if _first_name_gender(name[k].split("-")[0]) is not None:
            low = _norm(word)
            return k if low.endswith(endings) or _is_title(low, lex) else 0
    return 0


def _classify_run(
    words: list[_Tok],
    before: _Tok | None,
    lex: Lexicon,
    span: tuple[int, int] = (0, 0),
    *,
    after_prep: bool | None = None,
    noun_first: bool = False,
) -> _Run | None:
    """What a run of capitalised ``words`` names; ``noun_first`` when a noun determiner
    stands before it ("der Gewerkschafter", see ``Lexicon.noun_determiners``)."""
    first = 0
    while (
        first < len(words)
        and (
            (
                words[first].low in lex.function_words
                # (an article in capitals is no acronym: "THE Eilean Sgarbh Business
                # Association has accused …", a lead's first words set in capitals)
                and (
                    not _acronym(words[first])
                    or (
                        len(words[first].text) > 2
                        and words[first].low in lex.determiners
                        and first + 1 < len(words)  # ("THE said": Times Higher Education)
                    )
                )
            )
            # an elided article on its own ("L'" of "L'analyste estime"): never a name
            or (len(words[first].text) <= 3 and words[first].text[-1:] in "'’")
            # an adjective before a name ("Denver-based Kestrel Energy", "Paris-born …")
            or (
                first + 1 < len(words)
                and "-" in words[first].text
                and words[first].text.rpartition("-")[2][:1].islower()
                # (a participle: "-based", "-owned"; not "Jin-young Ko")
                and words[first].text.endswith(lex.participle_endings)
                and not _is_title(words[first].low, lex)  # ("Co-leader Ana Berglund")
            )
            # a noun determiner opening the sentence ("Sein Team habe gekämpft"), or a
            # number word where nouns are capitalised ("Sechs Jahre später")
            or words[first].low in lex.noun_determiners
            or (
                lex.nouns_capitalised
                and words[first].low in lex.number_words
                and first + 1 < len(words)  # (not the surname "Knapp" alone)
            )
        )
    ):
        first += 1
    if first and (
        words[first - 1].low in lex.noun_determiners
        or (lex.nouns_capitalised and words[first - 1].low in lex.number_words)
    ):
        noun_first = True  # "Der Erste Bevollmächtigte", "Sechs Jahre": a noun, not a name
    # "The Frenchwoman, 27, …": a determiner opening the run is one before the name
    opener = words[first - 1] if first else None
    words = words[first:]
    if not words:
        return None
    # "on Tuesday, …", "Monday Olga Petrova", "in March": a date is never part of a name.
    dated = first > 0 or bool(after_prep)
    lead = 0
    while lead < len(words):
        low = words[lead].low
        if low in lex.weekdays or (low in lex.dates_or_names and (dated or lead > 0)):
            lead += 1
        else:
            break
    tail = len(words)
    while tail > lead and words[tail - 1].low in lex.weekdays:
        tail -= 1
    if lead or tail < len(words):
        if tail <= lead:
            return _Run(
                "date",
                " ".join(w.text for w in words),
                "",
                words[0].start,
                words[-1].end,
                False,
                *span,
            )
        words = words[lead:tail]
        after_prep = after_prep and not lead  # "on Tuesday Priya Annadurai said"
    while len(words) > 1 and _norm(words[-1].text.rstrip(".")) in lex.post_nominals:
        words = words[:-1]  # "Ronan Heffernan SC": letters after the name, not its end
    for q in range(len(words) - 1):
        nxt = words[q + 1].low
        if (
            len(words[q].text) > 2
            and _INITIALS.match(words[q].text)
            and (nxt in lex.pronouns or nxt in lex.function_words or nxt in lex.determiners)
        ):
            # "… in the U.S. He added": the sentence ended at the initials' full stop
            words = words[: q + 1]
            break
    if lex.nouns_capitalised:
        for q in range(1, len(words)):
            if words[q].low in lex.pronouns:
                # "Haben Sie …?", "Wissen Sie": a verb and the polite pronoun, no name
                words = words[:q]
                break
    owned = False  # "Whitfield's Bakery": the owner's business or thing, not a name
    # (an apostrophe alone only on the first word: "Albers’ Gruppe", not "Irish Dairy
    # Farmers’ Forum")
    p = next(
        (
            k
            for k in range(len(words) - 1)
            if words[k].text.endswith(("'s", "’s") if k else _POSSESSIVE_ENDS)
        ),
        None,
    )
    if p is not None:
        rest = words[p + 1 :]
        if (
            len(rest) > 1
            or _is_first_name(rest[0].text.split("-")[0])
            or (p == 0 and sum(c.isupper() for c in words[0].text) >= 2)
        ):
            # "Labour's Nadia Rahman", "France's President Emmanuel Macron", "CNN's
            # Carroll": the owner qualifies what follows, read on its own
            words = rest
        else:
            owned = True  # "Whitfield's Bakery", "Kreuzberg's Frühburgunder"
    texts = [w.text for w in words]
    texts[-1], possessive = _strip_possessive(texts[-1])
    cut = 0
    for i, t in enumerate(texts):
        if len(t) > 2 and i + 1 < len(texts) and _INITIALS.match(t):
            cut = i  # "Deputy Conservator K.S. Poovaiah": initials open the name
            continue
        acronym = t.isupper() and len(t.rstrip(".")) > 1  # "NATO", not the initial "M."
        if acronym and i + 1 == len(texts):
            # "Jo Roe MP" ends with a role; "Smith PR" with no honorific (the French "Pr").
            if _norm(t) in lex.person_roles:
                cut = i + 1
        elif acronym or (
            _is_title(_norm(t), lex)
            # (a plural possessive names a body's members: "Pelagic Producers’ Organisation")
            and not t.endswith(("s'", "s’"))
            and not _initial_of(texts, i, cut)
            and not _bare_ambiguous_title(texts, i, lex)
            # (a surname that ends like a title after a first name: "Sabine Hoffmeister")
            and not (
                i
                and _norm(t) not in lex.titles
                and _is_first_name(texts[i - 1])
                and _norm(texts[i - 1]) not in lex.function_words
            )
        ):
            cut = i + 1
    if cut and cut + 2 < len(texts) and texts[cut].lower() in lex.org_links:
        # "Deputy Commissioner of Police Meenakshi Rao", "Chief of Staff Ron Klain": the
        # body of the title runs to a known first name
        # (the last such name, and none a place prefix names: "Mayor of San Jose Matt
        # Mahan")
        firsts = [
            i
            for i in range(cut + 2, len(texts) - 1)
            if _is_first_name(texts[i].split("-")[0])
            and _norm(texts[i - 1]) not in lex.place_prefixes
        ]
        if firsts:
            cut = firsts[-1]
    title, name = texts[:cut], texts[cut:]
    while name and name[0].lower() in lex.name_connectors:
        name.pop(0)
    employer = _employer_at(name, lex)
    if employer:
        # "Keith Morrow of Acme Partners LLP": the name, not the firm he works for.
        cut_at = len(words) - (len(name) - employer)
        words, texts, name = words[:cut_at], texts[:cut_at], name[:employer]
        possessive = False
    lows = {_norm(t) for t in texts}
    start, end = words[0].start, words[-1].end
    if after_prep is None:
        after_prep = (
            before is not None and before.is_lower_word and before.low in lex.place_prepositions
        )
    subject = not possessive and not after_prep
    if owned:
        return _Run("org", " ".join(texts), "", start, end, subject, *span)
    org = (
        not lows.isdisjoint(lex.org_words)
        or (
            len(texts) > 1
            and _norm(texts[-1]) in lex.org_endings
            # (not "Samantha Power", "Janet Mills": a first name and a surname)
            and not (
                len(texts) == 2
                and _is_first_name(texts[0].split("-")[0])
                and _norm(texts[-1]) in lex.surname_endings
            )
            # (nor "Minister for Health": a title, a link and its field; "King Power" is
            # a firm; nor "Mr Mills": a short honorific and a surname)
            and not (
                len(texts) > 2
                and _is_title(_norm(texts[0]), lex)
                and _norm(texts[1]) in lex.org_links
            )
            and not (len(texts[0].rstrip(".")) <= 3 and _is_title(_norm(texts[0].rstrip(".")), lex))
        )
        # "Kirchengemeinde Lindenau", "Landratsamt Kirchau": a compound ending in one
        # (a compound is long: not "Samt")
        or (
            lex.nouns_capitalised
            and any(len(w) >= _COMPOUND_CHARS and w.endswith(lex.org_word_endings) for w in lows)
        )
    )
    if org and cut and len(name) > 1 and lex.org_words.isdisjoint(map(_norm, name)):
        org = False  # "Superior Court Judge Angela Whitcombe": the body names her title
    if org and not lex.nouns_capitalised and len(texts) > 3:
        # "(in the) Municipal Corporation Suresh Kulkarni": a body's name glued to the
        # name of the person who speaks for it, a known first name opening theirs
        k = next(
            (
                k
                for k in range(2, len(texts) - 1)
                if _norm(texts[k - 1]) in lex.org_words and _is_first_name(texts[k].split("-")[0])
            ),
            None,
        )
        if k is not None and lex.org_words.isdisjoint(map(_norm, texts[k:])):
            return _classify_run(words[k:], None, lex, span, after_prep=after_prep)
    if org or not lex.org_links.isdisjoint(w.lower() for w in name):
        # "Office for the Coordination of Humanitarian Affairs": people's names have no "of".
        return _Run("org", " ".join(texts), "", start, end, subject, *span)
    if not name:
        if (
            len(title) == 1
            and title[0].isupper()
            and len(title[0]) > 1
            and _norm(title[0]) not in lex.common_acronyms
        ):
            return _Run("org", title[0], "", start, end, subject, *span)
        return None
    if (
        len(name) > 3
        and not noun_first  # (German nouns and names are told apart below)
        and not lex.nouns_capitalised
        and not _is_first_name(name[0].split("-")[0])
    ):
        # "Décès de Gilles Lapointe", "Hommage à …": words and a link before a known
        # first name and a surname are no part of the name ("Charles de Gaulle" opens
        # with his first name).
        link = next((i for i in range(1, len(name) - 2) if name[i] in lex.name_connectors), 0)
        given = next(
            (
                i
                for i in range(link + 1, len(name) - 1)
                if name[i][:1].isupper() and _is_first_name(name[i].split("-")[0])
            ),
            0,
        )
        if link and given:
            start = words[len(texts) - len(name) + given].start
            name = name[given:]
    if (
        len(name) > 3
        and not lex.nouns_capitalised
        and not title
        and _is_title(_norm(name[1]), lex)
        # (a first name or its initial: "District Collector P. Anuradha")
        and (_is_first_name(name[2].split("-")[0]) or _INITIALS.match(name[2]) is not None)
        and not _is_first_name(name[0].split("-")[0])
        and not _is_title(_norm(name[0]), lex)
    ):
        # "Township Supervisor Janet Pruitt", "Labour MP Jo Roe": a word that qualifies a
        # title, the title, then the name
        start = words[len(texts) - len(name) + 2].start
        title, name = name[:2], name[2:]
    elif len(name) > 2 and not lex.nouns_capitalised and not title:
        given = _given_name_after_title(name, lex)
        if given:
            # "County Recorder Teresa Ybarra", "Defenceman Owen Petruk": capitalised words
            # no list holds before a known first name and a surname are a title
            start = words[len(texts) - len(name) + given].start
            title, name = name[:given], name[given:]
    if lex.nouns_capitalised and not noun_first and not cut and len(name) > 2:
        # "Landrat Jürgen Pfaff", "Sportvorstand Helmut Raabe": in a language that
        # capitalises its nouns, words before a known first name and a surname are a title.
        k = _name_after_noun(name)
        if k is None and name[1].islower() and not _is_first_name(name[0].split("-")[0]):
            # "Doppelpack von Okafor", "Foto von Claas Relotius": a noun, a link word, the
            # name ("Ursula von der Leyen" opens with a first name)
            k = next((i for i in range(2, len(name)) if name[i][:1].isupper()), None)
            if k is not None:
                start = words[len(texts) - len(name) + k].start
                name = name[k:]
        elif k is not None and k + 1 < len(name) and not _is_first_name(name[0]):
            start = words[len(texts) - len(name) + k].start
            title, name = name[:k], name[k:]
        elif k is None and _agent_title(name[0], lex):
            # "Schauspielerin Gertraud Lechner": a noun for what she does (a first name
            # the tables lack after it), then the name
            start = words[len(texts) - len(name) + 1].start
            title, name = name[:1], name[1:]
    elif (
        lex.nouns_capitalised
        and not noun_first
        and not cut
        and len(name) == 2
        and _agent_title(name[0], lex)
        and not _is_first_name(name[0].split("-")[0])
    ):
        # "Regisseurin Vogt verteidigte …": the noun for what she does, then her surname
        start = words[len(texts) - 1].start
        title, name = name[:1], name[1:]
    if noun_first and not cut:
        # "der Gewerkschafter", "die Ökonomin Jutta Roth": the noun is no name; the name
        # that follows it starts at a known first name, and the noun is its title.  A
        # known first name first is the name itself ("sah das Jürgen Bauer": the word
        # before was a pronoun).
        k = 0 if len(name) > 1 and _is_first_name(name[0].split("-")[0]) else _name_after_noun(name)
        if k is None and len(name) > 1:
            # "der Gewerkschafter Müller", "der Trainer Tuchel": a noun, then the surname;
            # "die Deutsche Bahn" (an adjective first) stays one name.
            head = _norm(name[0])
            role = head in lex.person_roles or head in lex.generic_roles
            k = 1 if role or not head.endswith(("e", "en")) else 0
            if k == 0:
                # an adjective or a noun first and no first name anywhere ("die Deutsche
                # Bahn", "eine Tasse Kaffee"): a body or a thing, never a person
                return _Run("org", " ".join(name), "", start, end, subject, *span)
        if k is None:
            return None
        while k < len(name) - 1 and name[k].lower() in lex.name_connectors:
            k += 1  # "einem Foto von Claas Relotius": the link word is no part of the name
        start = words[len(texts) - len(name) + k].start
        title, name = name[:k], name[k:]
    if (
        len(name) == 3
        and not title
        and not lex.nouns_capitalised
        and (
            (opener is not None and opener.low in lex.determiners)
            or (before is not None and before.low in lex.determiners)
        )
        and _says_who(name, lex)
    ):
        # "l'Estonienne Kadri Raudsepp", "la Belge Lotte Vermeiren": after a determiner,
        # a word that is no first name and then a known first name and a surname: the
        # word says who she is (a nationality, a kind), the name follows
        start = words[len(texts) - 2].start
        title, name = name[:1], name[1:]
    nlows = [_norm(t) for t in name]
    place = nlows[-1] in lex.place_words or (len(nlows) > 1 and nlows[0] in lex.place_prefixes)
    if place or all(w in lex.calendar for w in nlows):
        return _Run("place", " ".join(name), "", start, end, False, *span)
    if len(name) == 1:
        if (
            not title
            and nlows[0] in lex.demonyms
            and (
                (opener is not None and opener.low in lex.determiners)
                or (
                    before is not None
                    and (
                        before.low in lex.determiners or lex.age_role.search(before.low) is not None
                    )
                )
            )
        ):
            # "the Croatian", "the 34-year-old Spaniard": a role (see _role_at_end);
            # "Finn said", "said Catalan" stay a surname.
            return None
        if name[0].isupper() and _norm(name[0]) in lex.person_roles:
            return None  # "the CFO": a role, read as one (see _role_at_end)
        if name[0].rpartition("-")[2][:1].islower():
            return None  # "Singapore-based", "Paris-born": an adjective, not a name
        if name[0].isupper() and _norm(name[0]) in lex.common_acronyms:
            return None  # "AI", "GDP": an abbreviation for a thing, no body
        kind = "org" if name[0].isupper() and len(name[0]) > 1 else "single"
        return _Run(kind, name[0], " ".join(title), start, end, subject, *span)
    return _Run("person", " ".join(name), " ".join(title), start, end, subject, *span)


#: id(lexicon) -> (the lexicon, (run words, follows a place preposition) -> position-free
#: verdict of :func:`_classify_run`: kind, name, title, subject and how many words it skipped).
_RUN_VERDICTS: dict[int, tuple[Lexicon, dict[Any, Any]]] = {}


def _lexicon_cache(
    store: dict[int, tuple[Lexicon, dict[Any, Any]]], lex: Lexicon
) -> dict[Any, Any]:
    """The part of ``store`` (keyed by ``id(lex)``) that remembers verdicts made with ``lex``.

    The lexicon is kept beside its verdicts, so a lexicon freed and another one
    allocated at the same address never reads the first one's verdicts.
    """
    entry = store.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(store) > 64:
            store.clear()
        entry = store[id(lex)] = (lex, {})
    return entry[1]


def _classify_toks(toks: Sequence[_Tok], i: int, j: int, lex: Lexicon) -> _Run | None:
    """:func:`_classify_run` on ``toks[i:j]``, remembered by the words' text."""
    before = toks[i - 1] if i else None
    after_prep = (
        before is not None and before.is_lower_word and before.low in lex.place_prepositions
    )
    noun_first = (
        before is not None
        and (
            before.low in lex.noun_determiners
            # "der 57-jährige Schäfer": an age between the determiner and the noun
            or (before.text[:1].isdigit() and i > 1 and toks[i - 2].low in lex.noun_determiners)
        )
    )
    words = toks[i:j]
    entry = _RUN_VERDICTS.get(id(lex))
    cache = (
        entry[1] if entry is not None and entry[0] is lex else _lexicon_cache(_RUN_VERDICTS, lex)
    )
    key = (tuple([t.text for t in words]), after_prep, noun_first)
    hit = cache.get(key, _MISSING)
    if hit is _MISSING:
        run = _classify_run(list(words), None, lex, after_prep=after_prep, noun_first=noun_first)
        if run is None:
            hit = None
        else:
            skipped = next(k for k, t in enumerate(words) if t.start == run.start)
            hit = (run.kind, run.name, run.title, run.subject, skipped)
        if len(cache) > 50_000:
            cache.clear()  # bounded
        cache[key] = hit
    if hit is None:
        return None
    kind, name, title, subject, skipped = hit
    return _Run(kind, name, title, words[skipped].start, words[-1].end, subject, i, j)


def _runs(toks: Sequence[_Tok], lex: Lexicon) -> list[_Run]:
    out: list[_Run] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not (t.is_word and t.is_cap):
            i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            if u.is_word and u.is_cap:
                j += 1
                continue
            # "Bank of France", "Ursula von der Leyen": lower-case links between names
            k = j
            while k < n and k - j < 2 and toks[k].low in lex.name_connectors:
                k += 1
            if k > j and k < n and toks[k].is_word and toks[k].is_cap:
                j = k + 1
                continue
            break
        if j == i + 1 < n and toks[j].text == "." and t.low in lex.ambiguous_titles:
            i = j  # "Det. Sgt. Roe", "Gen. Milley": with its full stop, a title
            continue
        run = _classify_toks(toks, i, j, lex)
        if run is not None and run.kind in ("person", "single") and _title_then_name(toks, j, lex):
            run = run._replace(kind="org")  # "Rovers boss Danny Roe": a team, then a name
        if run is not None and run.subject and j < n and toks[j].low in lex.postpositions:
            run = run._replace(subject=False)  # "Bendels hatte CORRECTIV gegenüber gesagt"
        if (
            run is not None
            and run.kind == "person"
            and i > 0
            and j - i == 3
            and run.start == t.start
            and toks[i - 1].is_lower_word
            and (toks[i - 1].low in lex.determiners or toks[i - 1].low.endswith("'"))
            and not _is_first_name(t.text.split("-")[0])
            and _is_first_name(toks[i + 1].text.split("-")[0])
        ):
            # "le ministre de la Santé Yannick Neuder": the body of the title, then him
            run = run._replace(
                name=f"{toks[i + 1].text} {toks[i + 2].text}", start=toks[i + 1].start, first=i + 1
            )
        if run is not None and lex.org_modifiers:
            run, j = _with_lower_case_parts(toks, i, j, run, lex)
        if (
            run is not None
            and j < n
            and toks[j].is_lower_word
            and toks[j].low in lex.legal_forms
            and run.end == toks[j - 1].end
        ):
            # "Edilmessapia srl": a company's legal form, written in lower case
            run = run._replace(
                kind="org", name=f"{run.name} {toks[j].text}", end=toks[j].end, last=j + 1
            )
            j += 1
        if run is not None:
            out.append(run)
        i = j
    return out


def _elided_capital(t: _Tok, lex: Lexicon) -> bool:
    """Whether ``t`` is a link word elided onto a capitalised word ("dell'Emilia")."""
    k = max(t.text.find("'"), t.text.find("’"))
    return (
        0 < k < len(t.text) - 1
        and t.text[k + 1].isupper()
        and _norm(t.text[: k + 1]) in lex.org_modifiers
    )


def _joined(words: Sequence[_Tok]) -> str:
    """The words' text, with no space after an elided article ("de l'Agriculture"; a
    plural possessive keeps its: "the referees' body")."""
    out = ""
    for k, w in enumerate(words):
        out += w.text if k == 0 or _elided(words[k - 1].text) else " " + w.text
    return out


def _elided(word: str) -> bool:
    """Whether ``word`` is an elided article or preposition ("l'", "d’", "qu'", "dell'")."""
    return word[-1:] in ("'", "’") and 2 <= len(word) <= 5 and word[:-1].isalpha()


def _with_lower_case_parts(
    toks: Sequence[_Tok], i: int, j: int, run: _Run, lex: Lexicon
) -> tuple[_Run, int]:
    """The run ``toks[i:j]`` with the lower-case parts of a body's name around it (see
    ``Lexicon.org_modifiers``), and the index after it."""
    n = len(toks)
    if not (i > 1 and toks[i - 1].is_lower_word) and not (j < n and toks[j].is_lower_word):
        return run, j  # most runs: nothing lower-case on either side
    first = i
    if (
        run.kind in ("single", "org", "place")
        and i > 1
        and _norm(toks[i - 1].text) in lex.org_modifiers
    ):
        # "le ministère de l'Agriculture", "la préfecture du Lot": a lower-case head before
        k = i - 1
        while k > 0 and k > i - 3 and _norm(toks[k - 1].text) in lex.org_modifiers:
            k -= 1
        if k > 0 and toks[k - 1].is_lower_word and _body_noun(toks[k - 1].low, lex):
            first = k - 1
    last = j
    head = next((k for k in range(i, j) if toks[k].start == run.start), i)
    if first == i and _body_noun(toks[head].low, lex) and run.end == toks[j - 1].end:
        # "Protezione civile regionale", "Consorzio di bonifica dell'Emilia Centrale"
        k = j
        while k < n:
            u = toks[k]
            lower_part = u.is_lower_word and _norm(u.text) in lex.org_modifiers
            # (a capital after a lower-case part: "… dell'Emilia Centrale")
            if not (lower_part or _elided_capital(u, lex) or (u.is_word and u.is_cap and k > j)):
                break
            k += 1
        while k > j and toks[k - 1].is_lower_word and toks[k - 1].low in lex.name_connectors:
            k -= 1  # not "il Comune di" of "il Comune di tutti"
        last = k
    if first == i and last == j:
        return run, j
    words = toks[first if first < i else head : last]
    return (
        run._replace(
            kind="org",
            name=_joined(words),
            start=words[0].start,
            end=words[-1].end,
            first=first if first < i else head,
            last=last,
        ),
        last,
    )


def _preposition(t: _Tok, lex: Lexicon) -> bool:
    """Whether ``t`` is a preposition and no article ("de", "from"; not the "der" of
    "der Vorsitzende Stefan Keuter", which may open a subject)."""
    return t.low in lex.place_prepositions and t.low not in lex.determiners


def _after_preposition(seg: Sequence[_Tok], r: _Run, lex: Lexicon) -> bool:
    """Whether a preposition stands right before the name of the run ``r`` ("from
    Bologna"; not "im ZDF Olaf Scholz", where the name follows a word of its run, nor a
    person's name or a name's particle right after the cue, "dijo de Guindos")."""
    if r.kind == "person" and any(_is_first_name(w.split("-")[0]) for w in r.name.split()):
        return False  # "dijo desde Bruselas Josep Borrell": a person's name all the same
    first_word = r.name.split(" ", 1)[0]
    k = next((i for i in range(r.first, r.last) if seg[i].text == first_word), r.first)
    if k == 1 and seg[0].low in lex.name_connectors:
        return False  # "dijo de Guindos": the particle of a name, right after the cue
    return k > 0 and _preposition(seg[k - 1], lex)


def _body_noun(low: str, lex: Lexicon) -> bool:
    """Whether ``low`` names a body or a part of one ("group", "council", "party")."""
    return low in lex.org_roles or low in lex.org_words or low in lex.acronym_roles


def _title_then_name(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether a lower-case title, maybe after a noun for a body or a part of one, and a
    capitalised word follow ``toks[j]`` on: "boss Danny Roe", "group leader Cllr Helen
    Marsh"."""
    n = len(toks)
    if j < n and toks[j].is_lower_word and j + 2 < n and toks[j + 1].is_lower_word:
        if not (
            _body_noun(toks[j].low, lex)
            or _is_title(f"{toks[j].low} {toks[j + 1].low}", lex)  # "general secretary"
        ):
            return False  # ("Tavik Brandt met actress Zorva Quell": a verb, no body's noun)
        j += 1  # "group" of "group leader"
    return (
        j + 1 < n and toks[j].is_lower_word and _is_title(toks[j].low, lex) and toks[j + 1].is_cap
    )


# ---------------------------------------------------------------------------
# Mentions in frames


class _Mention(NamedTuple):
    """Who a frame credits, before resolution (a tuple: one is built per frame read)."""

    kind: str  # person | org | single | pronoun | role | implicit | thing
    text: str | None  # the crediting words
    value: str  # name, pronoun class, or "kind:head" for a role
    pos: int
    cue: str
    indefinite: bool = False


def _phrase_at(toks: Sequence[_Tok], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length of the longest phrase of ``index`` (by first word) at ``toks[i]``, or 0."""
    phrases = index.get(toks[i].low)
    if phrases is None:
        return 0
    for phrase in phrases:
        k = len(phrase)
        if len(toks) - i >= k and all(toks[i + m].low == phrase[m] for m in range(1, k)):
            return k
    return 0


def _cue_at(toks: Sequence[_Tok], i: int, lex: Lexicon) -> int:
    """Length in tokens of the cue starting at ``toks[i]``, or 0."""
    k = _phrase_at(toks, i, lex.multi_cue_index)
    if k:
        return k
    return 1 if toks[i].low in lex.cues else 0


def _cues(toks: Sequence[_Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each cue verb in ``toks``."""
    found: list[tuple[int, int]] = []
    starts = lex.cue_starts
    after = 0  # tokens before this one belong to a cue already found
    for i, t in enumerate(toks):
        if t.low not in starts or i < after:
            continue  # few tokens may start a cue: the others are passed over at once
        k = _cue_at(toks, i, lex) if t.is_word and (not t.is_cap or i == 0) else 0
        if k and i and (toks[i - 1].low in lex.noun_markers or toks[i - 1].low in lex.determiners):
            k = 0  # "such reports", "his comments": a noun, not a verb of saying
        if k:
            found.append((i, i + k))
            after = i + k
    return found


def _cue_text(toks: Sequence[_Tok], i: int, j: int) -> str:
    """The normalised words of the cue ``toks[i:j]`` (most cues are one word)."""
    return toks[i].low if j == i + 1 else " ".join(t.low for t in toks[i:j])


def _role_at_end(seg: Sequence[_Tok], lex: Lexicon) -> tuple[str, str, int] | None:
    """``(kind, head, index of determiner)`` when ``seg`` ends with a role noun phrase."""
    if not seg:
        return None
    tail = seg[-1].low.rsplit(" ", 1)[-1]
    if tail not in lex.role_tails and not lex.age_role.search(seg[-1].low):
        # No role ends so, nor an age ("45-year-old"); "the epidemiologist" may still be
        # a role the article gave someone (resolved by :func:`_introduced_as`).
        return _unlisted_role(seg, lex)
    for width in (3, 2, 1):
        if len(seg) < width:
            continue
        head = " ".join(t.low for t in seg[-width:])
        if width == 1 and head not in lex.person_roles:
            first, _, rest = head.rpartition(" ") if "-" in seg[-1].text else ("", "", "")
            if rest in lex.person_roles and (first in lex.role_prefixes or seg[-1].is_cap):
                # "the Green co-leader": a leader (and "Green" no name); "die
                # CDU-Politikerin": a party's politician
                head = rest
        if head in lex.person_roles or (width == 1 and lex.age_role.search(head)):
            kind = "person"
        elif head in lex.org_roles:
            kind = "org"
        else:
            continue
        for d in range(len(seg) - width - 1, max(-1, len(seg) - width - 6), -1):
            if (
                seg[d].low in lex.determiners
                # a capital only where the sentence starts, before a lower-case noun
                # ("La préfète a déclaré", "L'analyste estime"), not in a name ("Le Monde"),
                # or before any noun where every noun is capitalised ("Die Ministerin")
                and (
                    not seg[d].is_cap
                    or seg[d + 1].is_lower_word
                    or (lex.nouns_capitalised and seg[d].low in lex.noun_determiners)
                )
            ) or seg[d].low in lex.strong_determiners:
                return kind, head, d
            if not seg[d].is_word and seg[d].text not in "'’":
                break
    return None


def _unlisted_role(seg: Sequence[_Tok], lex: Lexicon) -> tuple[str, str, int] | None:
    """``("unlisted", noun, index of determiner)`` when ``seg`` ends with a definite
    determiner and a lower-case noun no list holds ("the epidemiologist", "the
    dad-of-three"), or a capitalised one after a noun determiner ("die Ökonomin"): a
    role only if the article gave it to someone.  The phrase must be
    the whole subject ("the epidemiologist said"), never the end of a clause ("Il
    capitano Luca Ferraro ha difeso i compagni:").
    """
    if not lex.unlisted_roles or not 2 <= len(seg) <= 2 + _UNLISTED_ADJECTIVES:
        return None
    det, noun = seg[0], seg[-1]
    if len(seg) > 2 and (
        # "the retired postman", "the traditional ruler": adjectives before a noun for a
        # person, after an article that says no gender (after one that does, "el propio
        # jugador" may be anyone the article is about)
        _norm(det.text) in lex.determiner_genders
        or not (noun.low.endswith(lex.epithet_endings) or _gender_word(noun.text, lex))
        or any(
            not t.is_lower_word or t.low in lex.function_words or t.low in lex.place_prepositions
            for t in seg[1:-1]
        )
    ):
        return None
    if (
        det.low not in lex.determiners
        or det.low in lex.indefinite
        # "der Gewerkschafter": every noun is capitalised after a noun determiner.
        or not (noun.is_lower_word or (noun.is_word and det.low in lex.noun_determiners))
        or noun.low in lex.function_words
        or noun.low in lex.skip
        or noun.low in lex.pronouns
        or noun.low in lex.cue_starts
        # "the statement said", "the sign read": a text, never a person's role.
        or noun.low in lex.statement_nouns
        or noun.low in lex.speech_nouns
        or noun.low in lex.inscriptions
    ):
        return None
    return "unlisted", noun.text.lower(), 0


#: Most adjectives between the determiner and an unlisted role noun ("the retired postman").
_UNLISTED_ADJECTIVES = 2

_UNLISTED: dict[int, tuple[Lexicon, Lexicon]] = {}


def _reading_unlisted(lex: Lexicon) -> Lexicon:
    """``lex`` that also reads "the <lower-case noun>" no list holds as a role (made once)."""
    entry = _UNLISTED.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_UNLISTED) > 64:
            _UNLISTED.clear()
        entry = _UNLISTED[id(lex)] = (lex, attrs.evolve(lex, unlisted_roles=True))
    return entry[1]


def _is_pronoun(t: _Tok, lex: Lexicon) -> bool:
    if t.text.isupper() and len(t.text) > 1:
        return False  # "US", "WHO"
    return lex.pronouns.get(t.low, "none") != "none"


def _role_mention(
    seg: Sequence[_Tok], role: tuple[str, str, int], cue: str, lex: Lexicon
) -> _Mention:
    kind, head, d = role
    text = _joined(seg[d:])
    return _Mention(
        "role", text, f"{kind}:{head}", seg[d].start, cue, indefinite=seg[d].low in lex.indefinite
    )


def _determiner_of(seg: Sequence[_Tok], k: int, lex: Lexicon) -> int:
    """Index of the determiner of the noun ``seg[k]``, up to three lower-case words before it, or -1."""
    j = k - 1
    while j >= 0 and k - j <= 3 and seg[j].is_lower_word and seg[j].low not in lex.determiners:
        j -= 1
    return j if j >= 0 and seg[j].low in lex.determiners else -1


def _inscription_at(seg: Sequence[_Tok], lex: Lexicon) -> int:
    """Index of the determiner opening "a sign", "the hand-lettered banner" in ``seg``, or -1.

    The phrase must open ``seg`` or follow its last comma ("On the door of the
    town hall, a note read"), and its noun be no part of a person's ("the sign
    writer").
    """
    if not lex.inscriptions or not seg:
        return -1
    j = 0
    if seg[0].low not in lex.determiners:
        j = len(seg)
        while j > 0 and seg[j - 1].text != ",":
            j -= 1  # after the last comma (0: there is none)
        if not j or j >= len(seg) or seg[j].low not in lex.determiners:
            return -1
    for k in range(j + 1, min(len(seg), j + 5)):
        if seg[k].low in lex.inscriptions:
            if k + 1 < len(seg) and _agent_noun(seg[k + 1], lex):
                return -1  # "the sign writer", "the banner maker": a person
            return j if _determiner_of(seg, k, lex) == j else -1
    return -1


def _grammar_word(low: str, lex: Lexicon) -> bool:
    """Whether ``low`` is a function word, preposition, adverb or conjunction: no noun, no name."""
    return (
        low in lex.function_words
        or low in lex.place_prepositions
        or low in lex.skip
        or low in lex.clause_boundaries
    )


def _agent_noun(tok: _Tok, lex: Lexicon) -> bool:
    """Whether ``tok`` names a person by what they do ("writer", "painter", "lawyer")."""
    low = tok.low
    if not tok.is_lower_word or _grammar_word(low, lex):
        return False  # "a sign under the clock", "a note later read"
    return low in lex.person_roles or (bool(lex.agent_endings) and low.endswith(lex.agent_endings))


def _inscription_since(text: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """Whether "a sign", "the banner" stands after ``lo`` in the sentence before ``pos`` or its own.

    Then an "it" at ``pos`` means the inscription rather than the body named at ``lo``.
    """
    a = max(lo + 1, pos - _FRAME_CHARS)
    ends = _sentence_ends(text, a, pos)
    a = ends[-2] if len(ends) > 1 else a
    window = text[a:pos].lower().replace("-", " ")  # as the lexicon words are normalised
    for word in lex.inscriptions:
        for i, _ in _word_offsets(window, word):
            before = window[max(0, i - 60) : i].split()[-4:]  # a determiner, three words
            if any(w in lex.determiners for w in before):
                return True
    return False


def _with_initials(seg: Sequence[_Tok]) -> Sequence[_Tok]:
    """``seg`` with each initial joined to its full stop: "G", "." -> "G." ("G. Roe said")."""
    out: list[_Tok] | None = None
    for k in range(1, len(seg) - 1):
        t = seg[k]
        if t.text == "." and len(seg[k - 1].text) == 1 and seg[k - 1].is_cap and seg[k + 1].is_cap:
            if out is None:
                out = list(seg[:k])
            initial = out.pop()
            out.append(_tok(initial.text + ".", initial.start, t.end))
        elif out is not None:
            out.append(t)
    if out is None:
        return seg
    out.append(seg[-1])
    return out


def _mention_from(
    seg: Sequence[_Tok], cue: str, lex: Lexicon, *, inverted: bool, closed: bool = False
) -> _Mention | None:
    """Who ``seg``, the subject of the cue ``cue``, names; ``inverted`` when it follows the cue.

    ``closed`` says a comma ended the subject before its verb ("Jo Roe, a doctor, said").
    """
    if not seg:
        return None
    k = 1 if len(seg) > 1 and seg[0].low in lex.determiners else 0
    if seg[k].low in lex.lowercase_body_starts:
        # "la direction académique a indiqué", "a indiqué le conseil départemental"
        joined = _joined(seg[k:])
        body = _lowercase_body_pattern(lex.lowercase_bodies, lex.body_adjectives).match(joined)
        if body is not None and " " in body.group("name"):
            # (a bare "le ministère" is a role noun: the ministry named before)
            name = body.group("name")
            return _Mention("org", name, name, seg[k].start, cue)
    seg = _with_initials(seg)
    pron = seg[0] if inverted else seg[-1]
    if _is_pronoun(pron, lex):
        return _Mention("pronoun", pron.text, lex.pronouns[pron.low], pron.start, cue)
    sign = _inscription_at(seg, lex)
    if sign >= 0:
        # "A sign taped to the door read: …": text on display is no one's speech.
        words = " ".join(t.text for t in seg[sign:])
        return _Mention("thing", words, "thing", seg[sign].start, cue)
    # The subject of a verb of saying is a speaker even when its name looks like a
    # place ("Lee Park said"): there the cue outweighs the word list.
    runs = [
        r._replace(kind="person" if " " in r.name else "single", subject=True)
        if r.kind == "place"
        else r
        for r in _runs(seg, lex)
    ]
    if not inverted:
        named = _apposed_name(seg, runs, closed, lex)
        if named is not None:
            return _Mention(named.kind, named.name, named.name, named.start, cue)
    if (
        len(seg) == 2
        and seg[1].low in lex.statement_nouns
        and seg[0].low in lex.determiners
        and seg[0].low not in lex.indefinite
    ):
        # "the statement said": the body that issued it, if the text said who (see _resolve).
        return _Mention("statement", f"{seg[0].text} {seg[1].text}", seg[1].low, seg[0].start, cue)
    if (
        not inverted
        and len(seg) >= 2
        and seg[-1].low in lex.statement_nouns
        and seg[-2].is_cap
        and seg[-2].text.endswith(_POSSESSIVE_ENDS)
    ):
        # "SIAL’s statement went on:", "Smith's letter said": the statement's owner speaks
        owner = next((r for r in runs if r.last == len(seg) - 1), None)
        if (
            owner is not None
            and owner.kind in ("org", "person", "single")
            and _norm(owner.name) not in lex.calendar  # ("Friday’s statement said")
        ):
            return _Mention(owner.kind, owner.name, owner.name, owner.start, cue)
    if not inverted and len(seg) > 2 and seg[-1].low in lex.statement_nouns:
        # "A university statement said": the body speaks, whatever the article says of
        # the statement ("a" is its article, not the body's).
        issued = _role_at_end(seg[:-1], lex)
        if issued is not None and issued[0] == "org":
            return _role_mention(seg, issued, cue, lex)._replace(indefinite=False)
    role = None
    head_end = len(seg)
    if inverted:
        if seg[0].low in lex.determiners:
            for k in range(len(seg), 0, -1):
                role = _role_at_end(seg[:k], lex)
                if role is not None:
                    head_end = k
                    break
    else:
        role = _role_at_end(seg, lex)
    if role is not None:
        # "a Bank of France estimate": the capitalised head belongs to a name, not a role.
        inside = any(r.first < head_end <= r.last - 1 for r in runs if r.kind != "single")
        # ("der Trainer Tuchel", "the coach Smith": a lone name right after the role)
        later = any(
            # (not a name between the determiner and a person's role: "a Vale Water
            # spokesperson"; before a body's, it is the body: "the Hamburg SV team")
            (r.kind == "person" and r.first > role[2] and (role[0] == "org" or r.first >= head_end))
            # (ending the subject, and not a German genitive: "der Bürgermeister Berlins")
            or (
                r.kind == "single"
                and r.last == len(seg)
                and (r.first == head_end or r.first < head_end < r.last)
                and not (lex.nouns_capitalised and r.name.endswith("s"))
            )
            for r in runs
        )
        # "Chief James Hall with the police said": the role modifies the name before it.
        modifier = (
            role[2] > 0
            and seg[role[2] - 1].low in lex.modifier_prepositions
            and any(r.kind == "person" and r.last <= role[2] for r in runs)
        )
        # "the Vellmar Port Authority said": capitalised words before a capitalised head
        # name the body itself; "the Ministry said" and "the company said" stay roles.
        named = (
            next(
                (r for r in runs if r.kind == "org" and r.last == head_end and " " in r.name),
                None,
            )
            if role[0] == "org" and seg[head_end - 1].is_cap
            else None
        )
        if named is not None and not inside and not modifier:
            return _Mention("org", named.name, named.name, named.start, cue)
        if not inside and not later and not modifier:
            return _role_mention(seg[:head_end], role, cue, lex)
    for kind in ("person", "org", "single"):
        for r in runs:
            if (
                r.kind == kind
                and (
                    r.subject
                    # ("said a pensioner from Bologna": a place after a preposition)
                    or (inverted and not _after_preposition(seg, r, lex))
                )
                and not _opening_word(seg, r, runs, lex, closed=closed)
                and (inverted or not _modifies_noun(seg, r, lex))
            ):
                return _Mention(r.kind, r.name, r.name, r.start, cue)
    return None


def _modifies_noun(seg: Sequence[_Tok], r: _Run, lex: Lexicon) -> bool:
    """Whether the run ``r`` only modifies the noun that ends the subject ``seg``: "the
    Berlin wine merchant", "a Kremlin official" (a determiner before it, one or two
    lower-case words after, none of them a verb's helper)."""
    return (
        r.first > 0
        and 1 <= len(seg) - r.last <= 2
        and seg[-1].low not in lex.org_roles  # "the Hamburg SV team": the body itself
        and seg[r.first - 1].low in lex.determiners
        and all(
            t.is_lower_word and t.low not in lex.skip and t.low not in lex.auxiliaries
            for t in seg[r.last :]
        )
    )


def _apposed_name(
    seg: Sequence[_Tok], runs: Sequence[_Run], closed: bool, lex: Lexicon
) -> _Run | None:
    """A person's name set off by commas in a subject: the subject itself.

    "The leader of the Social Democrats, Helena Brandt," names Helena Brandt, not
    the body: a name after a comma that ends the subject.  "Jo Roe, a paediatrician
    at Kingsgate Hospital," names Jo Roe: a name that opens the subject (after a title
    at most: "Dr. Jo Roe", "Society chairwoman Jo Roe") and a comma after it, when a
    comma also ``closed`` the subject before its verb ("Unlike Jo Roe, the minister
    said" has none).
    """
    for r in runs:
        if (
            r.kind == "single"
            and r.subject
            and r.first == 0
            and closed
            and r.last + 1 < len(seg)
            and seg[r.last].text == ","
            and (seg[r.last + 1].low in lex.indefinite or seg[r.last + 1].text.isdigit())
        ):
            return r  # "Mrs Ellery, 71, a retired headteacher, said": her, not "a headteacher"
        if (
            r.kind == "org"
            and closed
            and (r.first == 0 or (r.first == 1 and seg[0].low in lex.determiners))
            and r.last + 1 < len(seg)
            and seg[r.last].text == ","
            and seg[r.last + 1].low in lex.indefinite
        ):
            return r  # "The Harbour Trust, a charity, said": the body, not "a charity"
        if r.kind != "person" or not r.subject:
            continue
        if r.first and seg[r.first - 1].text == ",":
            if r.last == len(seg):
                return r
        elif (
            closed
            and r.last < len(seg)
            and seg[r.last].text == ","
            and all(
                t.is_cap or t.text == "." or (t.is_lower_word and _is_title(t.low, lex))
                for t in seg[: r.first]
            )
        ):
            return r
    return None


def _opening_word(
    seg: Sequence[_Tok], r: _Run, runs: Sequence[_Run], lex: Lexicon, *, closed: bool = False
) -> bool:
    """Whether ``r`` is a capitalised word opening a clause before its subject, not a name.

    A sentence's first word is capitalised whatever it is.  A lone first word is
    no name when the lexicon knows it as a function word, preposition or adverb
    ("Outside the court, Roe said", "Still, …"); when it is a participle followed
    by a preposition and its clause closes with a comma ("Confronted with …,",
    "Preguntada por …,"); or when a comma follows it and a name ends the subject
    ("Outside, Roe said") or, when a comma also ``closed`` the subject, directly
    follows the comma ("Afterwards, Roe, 45, said").  A comma after a name also
    opens its apposition, so otherwise the word stays a name ("Will, 34, said",
    "Machado, de 45 años, dijo", "Smith, a friend of Jones, said").
    """
    if r.kind != "single" or r.first != 0 or r.last >= len(seg) or " " in r.name:
        return False
    low = _norm(r.name)
    nxt = seg[r.last]
    if nxt.text == ",":
        return any(
            o.first == r.last + 1 or (not closed and o.first > r.last and o.last == len(seg))
            for o in runs
            if o.kind in ("person", "single")
        )
    if _grammar_word(low, lex):
        return True
    return (
        _participle_then_link(low, nxt, lex)
        # "Machado en rueda de prensa dijo" has no clause before its subject.
        and any(t.text == "," for t in seg[r.last :])
    )


def _participle_then_link(low: str, nxt: _Tok, lex: Lexicon) -> bool:
    """Whether ``low`` is a participle opening a phrase with the link word ``nxt``
    ("Confronted with", "Asked about", "Preguntada por"), or with its object pronoun
    or a possessive ("Representing himself", "Defending her record")."""
    return (
        low.endswith(lex.participle_endings)
        and nxt.is_lower_word
        and (
            nxt.low in lex.modifier_prepositions
            or nxt.low in lex.participle_links
            or nxt.low in lex.place_prepositions
            or nxt.low in lex.object_pronouns
            or nxt.low in lex.possessives
        )
    )


def _role_opening(text: str, a: int, b: int, lex: Lexicon) -> tuple[int, str, str] | None:
    """``(position, words, role)`` when the sentence at ``a`` opens with a definite role
    noun as its subject ("The mayor", "Der Bürgermeister", "L'élue"), else None."""
    words = text[a : min(b, a + 48)].split(None, 2)
    if not words:
        return None
    first = _norm(words[0])
    if first[:2] == "l'" and len(first) > 2:
        head, said = first[2:], words[0]  # "L'élue"
    elif len(words) > 1 and first in lex.determiners and first not in lex.indefinite:
        head, said = _norm(words[1].rstrip(",.;:")), f"{words[0]} {words[1].rstrip(',.;:')}"
    else:
        return None
    if head in lex.person_roles or _is_title(head, lex):
        return a, said, head
    return None


def _latest_role_subject(cast: _Cast, since: int, pos: int) -> int:
    """Index in ``cast.role_subjects`` of the latest sentence-opening role noun between
    ``since`` and ``pos``, or -1."""
    k = bisect.bisect_left(cast.role_subjects, (pos, "", ""))
    return k - 1 if k and cast.role_subjects[k - 1][0] > since else -1


def _role_subject_since(cast: _Cast, since: int, pos: int, lex: Lexicon) -> str | None:
    """The person the latest sentence-opening role noun between ``since`` and ``pos``
    means ("La préfète a indiqué …"), or None."""
    k = _latest_role_subject(cast, since, pos)
    if k < 0:
        return None
    at, said, head = cast.role_subjects[k]
    m = _Mention("role", said, f"person:{head}", at, "")
    found = _resolve(m, at, cast, lex)
    return found if found and cast.is_person(found) else None


#: An apostrophe, to split an elided article off the word after it ("l'Hérault").
_ELIDED_SPLIT = re.compile("['’]")


def _place_before_name(name: str, text: str, at: int, lo: int, preps: frozenset[str]) -> str | None:
    """The name without the place glued before it, when the run follows a place
    preposition and a known first name opens the rest ("de Charente-Maritime Étienne
    Vaudrey" -> "Étienne Vaudrey"), else None."""
    words = name.split()
    if _is_first_name(words[0].split("-")[0]):
        return None
    k = next(
        (i for i in range(1, len(words) - 1) if _first_name_gender(words[i].split("-")[0])),
        None,
    )
    if k is None:
        return None
    if not _after_place_preposition(text, at, lo, preps):
        # ("de la Santé Yannick Neuder", "de l'Hérault Chantal Mauchet": an article
        # between the preposition and the place)
        before = _ELIDED_SPLIT.sub("' ", text[max(lo, at - 24) : at]).split()
        if len(before) < 2 or _norm(before[-2]) not in preps or not before[-1][:1].islower():
            return None
    return " ".join(words[k:])


def _participle_phrase(text: str, a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """``(end of its first word, comma)`` when a participle phrase opens the sentence
    ``text[a:b]`` and a comma closes it ("Speaking to the Daily Graphic on Monday, Nana
    Essel said", "Asked whether Northgate is buying, she …"), else ``(-1, -1)``: a name
    between the two is in the phrase, and the sentence's subject comes after the comma.
    "According to Priya Nair, …" is no such phrase (the source the sentence reports)."""
    endings = lex.participle_endings
    if not endings:
        return -1, -1
    if text[a : a + 1] == " ":
        a = _blank_end(text, a, b)
    space = text.find(" ", a, b)
    first = text[a:space]
    # (most sentences fail here, at their first word: checked before the rest is read)
    if space < 0 or not (len(first) > 4 and first[0].isupper() and first.lower().endswith(endings)):
        return -1, -1
    comma = text.find(",", space, b)
    if comma < 0 or _is_first_name(first):
        return -1, -1
    # A participle takes a link or function word ("Speaking to", "Asked whether",
    # "Writing in"); an adjective takes a noun ("Retired nurse Jean Smith", "Defending
    # champion", "Trading Standards officer").
    nxt = text[space:comma].split(None, 1)
    word = _norm(nxt[0]) if nxt else ""
    if not (
        word[:1].islower()
        and (
            word in lex.function_words
            or word in lex.clause_boundaries
            or word in lex.place_prepositions
            or word in lex.participle_links
        )
    ):
        return -1, -1
    words = text[a:comma].lower().split()
    if any(" ".join(words[:k]) in lex.according_openings for k in (1, 2, 3)):
        return -1, -1
    return space, comma


def _clause_subject(toks: Sequence[_Tok], cue: str, lex: Lexicon) -> _Mention | None:
    """The subject that opens the last clause of ``toks`` (after its last comma, and a
    link word: "Smith criticised the vote, but Jones welcomed it"): a name, a pronoun or
    a role noun first, not a possessor ("Tom Hart's lawyer"); or None."""
    cut = max((k + 1 for k, t in enumerate(toks) if t.text in ",;"), default=0)
    while cut < len(toks) and toks[cut].is_lower_word and toks[cut].low in lex.clause_boundaries:
        cut += 1
    first = _first_word_index(toks[cut:])
    if first < 0 or (
        toks[cut + first].is_lower_word
        and toks[cut + first].low not in lex.determiners
        and not _is_pronoun(toks[cut + first], lex)
    ):
        # nothing or a verb after the last comma: it closed an apposition or an aside
        # ("The league's chief executive, Caroline Westaway, presented the cup and
        # said"): the clause opens the sentence
        cut = 0
        first = _first_word_index(toks)
        if first < 0:
            return None
        clause = list(_after_opening_phrase(toks[first:], lex))
    else:
        clause = list(toks[cut + first :])
    if not clause:
        return None
    m = _mention_from(clause, cue, lex, inverted=True)
    if m is None:
        return None
    end = m.pos + len(m.text or "")
    if any(t.start < end <= t.end and t.text.endswith(_POSSESSIVE_ENDS) for t in clause):
        return None  # "Tom Hart's lawyer … and said": the possessor is no subject
    if m.kind in ("person", "single", "org"):
        return m if m.pos == _first_name_pos(clause, lex, skip_titles=True) else None
    return m if m.pos == clause[0].start and m.kind in ("pronoun", "role") else None


def _inside_body_name(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether the link word at ``toks[j]`` joins two capitalised words of one body's name
    that a link word opened before it ("Department of Transport and Main Roads"), not
    two names ("Smith and Jones")."""
    if j + 1 >= len(toks) or not toks[j + 1].is_cap or j < 3 or not toks[j - 1].is_cap:
        return False
    k = j - 2
    while k > 0 and (toks[k].is_cap or toks[k].low in lex.org_links):
        if toks[k].low in lex.org_links and toks[k].is_lower_word and toks[k - 1].is_cap:
            return True
        k -= 1
    return False


def _subject_before(
    toks: Sequence[_Tok], cue_i: int, lex: Lexicon, cue: str | None = None
) -> _Mention | None:
    """The subject before the cue at ``toks[cue_i]``; ``cue`` is its text when known."""
    if cue is None:
        cue = _cue_text(toks, cue_i, cue_i + _cue_at(toks, cue_i, lex))
    j = cue_i - 1
    start = 0
    end = cue_i
    dropped = False  # a relative clause closed by a comma before the cue was dropped
    while j >= 0:
        t = toks[j]
        boundary = t.is_lower_word and t.low in lex.clause_boundaries
        if boundary and t.low in lex.modifier_prepositions and j > 0 and toks[j - 1].text != ",":
            boundary = False  # "Chief James Hall with the police said": part of the subject
        elif (
            boundary
            and t.low in lex.relative_pronouns
            and t.low in lex.determiners
            and j > 0
            and toks[j - 1].text != ","
        ):
            boundary = False  # "an der Hauptstraße": an article, not a relative pronoun
        elif boundary and t.low in lex.body_links and _inside_body_name(toks, j, lex):
            boundary = False  # "the Department of Transport and Main Roads said"
        if (
            boundary
            and t.low in lex.coordinators
            and end == cue_i
            and all(u.is_word and u.low in lex.skip for u in toks[j + 1 : end])
        ):
            # "Jo Roe welcomed the decision but said it …": the verbs share the subject
            # that opens the clause
            shared = _clause_subject(toks[:j], cue, lex)
            if shared is not None:
                return shared
        if boundary or t.text in _PUNCT_BOUNDARY:
            closed = any(u.text == "," for u in toks[j + 1 : end])
            if t.low in lex.relative_pronouns and j > 0 and toks[j - 1].text == "," and closed:
                comma = max(k for k in range(j + 1, end) if toks[k].text == ",")
                after = toks[comma + 1] if comma + 1 < end else None
                if after is not None and after.is_cap and after.low not in lex.calendar:
                    # "Asked about the price, which undercuts rivals, Oyelaran said": the
                    # clause closes before a subject of the cue's own
                    start = comma + 1
                    break
                # Drop ", who … ," (closed before the cue) and walk on to its antecedent.
                end = j - 1
                j -= 2
                dropped = True
                continue
            if (
                t.low in lex.relative_pronouns
                and j > 0
                and end == cue_i
                and toks[end - 1].text == ","
            ):
                # "X, a doctor at Y who was not involved, said": the clause closes the
                # apposition; the subject is before it.
                end = j
                j -= 1
                dropped = True
                continue
            if (
                boundary
                and t.low not in lex.relative_pronouns
                and end == cue_i
                and toks[end - 1].text == ","
                # a preposition's phrase may hold a comma ("in Halifax, Nova Scotia,"); after
                # "that" a clause with a subject of its own may follow ("that Jo Roe, a
                # nurse, said")
                and (
                    t.low in lex.place_prepositions
                    or t.low in lex.participle_links
                    or not any(u.text == "," for u in toks[j + 1 : end - 1])
                )
            ):
                # "The mother, who works as a care assistant, said": a boundary word inside
                # a relative clause closed before the cue; walk on to its relative pronoun.
                k = j - 1
                while k > 0 and toks[k].text not in ",;:" and toks[k].text not in _PUNCT_BOUNDARY:
                    k -= 1
                if k > 0 and toks[k].text == "," and toks[k + 1].low in lex.relative_pronouns:
                    j = k + 1
                    continue
                if (
                    k > 0
                    and toks[k].text == ","
                    and toks[k + 1].low in lex.determiners
                    and toks[k - 1].is_cap
                ):
                    # "Dr Tom Ashworth, a freshwater ecologist at … who has sampled the river
                    # since 2015, said": the whole apposition goes; its name is the subject.
                    end = k
                    j = k - 1
                    dropped = True
                    continue
            if (
                t.text == ")"
                and j > 1
                and toks[j - 2].text == "("
                and _acronym(toks[j - 1])
                and not any(u.is_word and u.low not in lex.skip for u in toks[j + 1 : end])
            ):
                # "The Harbour and Transport Union (HTU) said": the body the acronym names.
                return _named_before(toks, j - 2, cue, lex)
            if t.text == ")" and end - j <= 1:
                k = next((k for k in range(j - 1, max(0, j - 6), -1) if toks[k].text == "("), 0)
                if k > 0 and toks[k - 1].is_cap and all(u.is_word for u in toks[k + 1 : j]):
                    # "Bürgermeister Alois Pfurtscheller (Liste Pfurtscheller) sprach": the
                    # party or place in brackets after the name is no part of the subject
                    end = k
                    j = k - 1
                    dropped = True
                    continue
            start = j + 1
            break
        j -= 1
    seg = list(toks[start:end])
    if len(seg) > 3 and seg[0].is_cap and _opens_with_preposition(seg, lex):
        # "Of Friar Lawrence, Prelogar said": the phrase before the comma is no subject.
        comma = next(k for k, t in enumerate(seg) if t.text == ",")
        if any(t.is_word for t in seg[comma + 1 :]):
            seg = seg[comma + 1 :]
    # Drop what sits between a subject and its verb: "has", "also", "on Tuesday", ", once again,".
    trimmed = False
    while seg and (
        (seg[-1].low in lex.skip and not seg[-1].is_cap)
        or seg[-1].low in lex.calendar
        or seg[-1].text == ","
        or (seg[-1].low.endswith("ly") and seg[-1].is_lower_word)
    ):
        trimmed = trimmed or seg[-1].text == ","
        seg.pop()
    if cue.endswith("ing") and (not seg or trimmed):
        return None  # "…, adding:" has no subject of its own
    if len(seg) > 3 and seg[1].low in lex.spokesperson_roles:
        spokesperson = _spokesperson_for(seg, cue, lex)
        if spokesperson is not None:
            return spokesperson
    if (
        start > 2
        and toks[start - 1].low in lex.relative_pronouns
        and toks[start - 2].text == ","
        and not seg  # (only auxiliaries and adverbs: "which he said" has its own subject)
    ):
        # "Whitcombe, who had earlier called the proposal “…”": the relative pronoun is
        # the subject; its antecedent, before the comma, is who spoke.
        return _named_before(toks, start - 2, cue, lex)
    unnamed = _unnamed_with_modifier(seg, cue, lex)
    if unnamed is not None:
        return unnamed
    return _mention_from(seg, cue, lex, inverted=False, closed=trimmed or dropped)


def _unnamed_with_modifier(seg: Sequence[_Tok], cue: str, lex: Lexicon) -> _Mention | None:
    """An indefinite person noun whose phrase goes on with a preposition or a participle
    ("A neighbour on Mill Street said", "A man leaving morning Mass in the town, who …,
    said"): someone unnamed; the names after the noun place the person, never name them.

    Not a spokesperson's phrase ("A spokesman for Vale Water", read before) nor a
    statement's ("A statement from the ministry"), and not when a comma sets a name off
    ("A neighbour, Mary Kerr, said").
    """
    if len(seg) < 4 or seg[0].low not in lex.indefinite or any(t.text == "," for t in seg):
        return None
    k = 1
    while (
        k < len(seg)
        and seg[k].is_word
        # (German capitalises its nouns: "Eine Mieterin aus dem Hafenviertel")
        and (seg[k].is_lower_word or (lex.nouns_capitalised and k == 1))
        and seg[k].low not in lex.place_prepositions
        and not (k > 1 and seg[k].low.endswith(lex.participle_endings))
    ):
        k += 1
    if not (1 < k < len(seg) - 1) or not seg[k].is_lower_word:
        return None
    if seg[k].low not in lex.place_prepositions and seg[k + 1].is_cap:
        return None  # "A woman named Sarah Kentwell", "A man called Derek Hallam": named
    nouns = seg[1:k]
    if not any(
        t.low in lex.person_roles or t.low in lex.generic_roles or _gender_word(t.text, lex)
        for t in nouns
    ) or any(t.low in lex.statement_nouns or t.low in lex.spokesperson_roles for t in nouns):
        return None
    if not any(t.is_cap for t in seg[k + 1 :]):
        return None  # no name after it: the usual reading finds the same
    noun = nouns[-1]
    return _Mention(
        "role",
        _two_words(seg[0].text, noun.text),
        f"person:{noun.low}",
        seg[0].start,
        cue,
        indefinite=True,
    )


def _spokesperson_for(seg: Sequence[_Tok], cue: str, lex: Lexicon) -> _Mention | None:
    """ "a spokesman for Vale Water" as one subject, the spokesperson (whom
    :func:`_spoken_for` credits to the body), when ``seg`` opens with it."""
    if len(seg) < 4 or not lex.spokesperson_roles:
        return None
    det, noun, link = seg[0], seg[1], seg[2]
    if (
        det.low not in lex.indefinite
        or noun.low not in lex.spokesperson_roles
        or link.low not in lex.spokesperson_links
        or not any(t.is_cap for t in seg[3:])
    ):
        return None
    return _Mention(
        "role",
        _two_words(det.text, noun.text),
        f"person:{noun.low}",
        det.start,
        cue,
        indefinite=True,
    )


def _opens_with_preposition(seg: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether ``seg`` opens with a prepositional or participle phrase closed by a comma
    ("Of X, …", "On the economy, …", "Asked about X, …"); a determiner is never taken for
    a preposition."""
    low = seg[0].low
    if low in lex.determiners:
        return False
    if not (
        low in lex.place_prepositions
        or low in lex.participle_links
        or _participle_then_link(low, seg[1], lex)
    ):
        return False
    return any(t.text == "," for t in seg[1:])


def _named_before(toks: Sequence[_Tok], k: int, cue: str, lex: Lexicon) -> _Mention | None:
    """The name ending just before ``toks[k]``, links between its words ("and", "of") kept."""
    i = k
    while i > 0 and (
        (toks[i - 1].is_word and toks[i - 1].is_cap)
        or (toks[i - 1].low in lex.org_links and i > 1 and toks[i - 2].is_cap)
    ):
        i -= 1
    run = _classify_toks(toks, i, k, lex) if i < k else None
    if run is None or run.kind in ("place", "date") or not run.subject:
        return None  # "a spokesperson for the Employers' Association (EA)": not the body
    before = toks[i - 1] if i else None
    if before is not None and before.low in lex.strong_determiners and i > 1:
        before = toks[i - 2]  # "for the Port Union (PU)": the body is no subject
    if before is not None and (
        before.text in "'’" or (before.is_lower_word and before.low in lex.place_prepositions)
    ):
        return None  # a name cut at a possessive ("Employers’ Association") or an object
    return _Mention(run.kind, run.name, run.name, run.start, cue)


def _past_phrases(toks: Sequence[_Tok], j: int, lex: Lexicon) -> int:
    """Where the subject starts after the prepositional phrases that open ``toks[j:]``
    ("explicó en rueda de prensa el comandante", "dijo a los periodistas el alcalde"):
    the determiner after them, before a lower-case noun, or ``j`` when they are not
    followed by one (the whole is read as before: "dijo a la prensa el Gobierno")."""
    n = len(toks)
    k = j
    while k < n and k - j < 10 and toks[k].is_lower_word and toks[k].low in lex.place_prepositions:
        k += 1
        if k < n and toks[k].is_lower_word and toks[k].low in lex.determiners:
            k += 1  # the phrase's own determiner
        nouns = k
        while (
            k < n
            and toks[k].is_lower_word
            and toks[k].low not in lex.place_prepositions
            and toks[k].low not in lex.determiners
        ):
            k += 1
        if k == nouns:
            return j  # a preposition with no noun: no phrase
    if (
        k > j
        and k + 1 < n
        and toks[k].is_lower_word
        and toks[k].low in lex.determiners
        and toks[k + 1].is_lower_word
    ):
        return k
    return j


def _past_addressee(toks: Sequence[_Tok], j: int, lex: Lexicon) -> int:
    """Where the words after a verb of saying go on past the phrase naming whom the
    speaker spoke to ("declaró a este Diario", "ha detto all'ANSA il sindaco", "a-t-il
    confié au Parisien"; see ``Lexicon.addressee_prepositions``), or ``j`` when
    ``toks[j]`` opens no such phrase.  The phrase runs to the punctuation, to a place
    preposition ("dijo a los periodistas en …") or to where a subject after it starts:
    its determiner ("dijo a EFE el portavoz"), a name after a lower-case noun ("ha detto
    ai giornalisti Matteo Salvini") or a known first name after the addressee's name
    ("ha detto all'ANSA Giuseppe Sala")."""
    preps = lex.addressee_prepositions
    if j >= len(toks) or not preps or not toks[j].is_lower_word:
        return j
    low = toks[j].low
    if low in preps:
        k = j + 1
        while k < len(toks) and toks[k].is_lower_word and toks[k].low in lex.determiners:
            k += 1  # "a este", "à l'", "gegenüber dem"
    elif "'" in low and low[: low.index("'") + 1] in preps and not toks[j].text.endswith("'"):
        k = j  # "all'ANSA": the elided preposition is one word with the name
    else:
        return j
    start, n = k, len(toks)
    linked = False  # the word before is a link inside the name
    while k < n and toks[k].is_word:
        t = toks[k]
        if k > start and t.is_lower_word:
            # (a link inside the name goes on: "al Corriere della Sera")
            linked = (
                t.low in lex.name_connectors
                and toks[k - 1].is_cap
                and k + 1 < n
                and toks[k + 1].is_cap
            )
            if not linked and (t.low in lex.place_prepositions or t.low in lex.determiners):
                break  # where ("… a los periodistas en …"), or the subject's ("… el portavoz")
        elif (
            k > start
            and t.is_cap
            and not linked
            and (toks[k - 1].is_lower_word or _is_first_name(t.text.split("-")[0]))
        ):
            break  # "ai giornalisti Matteo Salvini", "all'ANSA Giuseppe Sala": the speaker
        else:
            linked = False
        k += 1
    return k if k > start else j


def _no_subject_after(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether no name follows the cue ending at ``toks[j]``, but for whom the speaker
    spoke to ("«…», declaró a este Diario.") and, where the language drops its
    subjects, where ("dijo a los periodistas en los pasillos de la Cámara")."""
    rest = toks[_past_addressee(toks, j, lex) :]
    return not any(t.is_cap for t in rest) or (
        lex.subject_drop
        and len(rest) > 0
        and rest[0].is_lower_word
        and rest[0].low in lex.place_prepositions
    )


def _subject_after(toks: Sequence[_Tok], cue_end: int, lex: Lexicon, cue: str) -> _Mention | None:
    seg: list[_Tok] = []
    n = len(toks)
    i = _past_phrases(toks, cue_end, lex)
    if i == cue_end:
        i = _past_addressee(toks, i, lex)  # "declaró a este Diario": whom, not who
        if (
            i > cue_end
            and i < n
            and toks[i].is_lower_word
            and toks[i].low in lex.place_prepositions
        ):
            return None  # "dijo a los periodistas en los pasillos de la Cámara": no subject
    while i < n:
        t = toks[i]
        if t.text == "." and seg and _ABBREVIATION.search(seg[-1].text):
            if len(seg[-1].text) == 1:  # "said G. Roe": an initial keeps its full stop
                seg[-1] = _tok(seg[-1].text + ".", seg[-1].start, t.end)
            i += 1  # "said Sgt. Michael Dunn"
            continue
        if (
            t.text == "("
            and seg
            and seg[-1].is_cap
            and i + 3 < n
            and toks[i + 1].is_cap
            and toks[i + 2].text == ")"
            and toks[i + 3].is_cap
        ):
            i += 3  # "said Deputy Commissioner of Police (Cyber) Meenakshi Rao": a title's note
            continue
        if t.text in ",.;:!?" or t.text in _PUNCT_BOUNDARY:
            break
        if (
            not seg
            and t.is_lower_word
            and t.low in lex.skip
            # (not "son entraîneur", "este vecino": determiners of the subject)
            and t.low not in lex.determiners
            and t.low not in lex.possessives
            and i + 1 < n
            and toks[i + 1].low in lex.determiners
        ):
            i += 1  # "erinnert sich der Chorleiter", "sagt noch der 79-jährige Pfister"
            continue
        if (
            lex.nouns_capitalised
            and len(seg) >= 2
            and seg[0].low in lex.determiners
            and len(t.text) > 2
            and t.text.isupper()
        ):
            break  # "erzählt die Rentnerin BILD": the paper she told, not the subject
        if seg and t.is_lower_word:
            linked = t.low in lex.name_connectors and _links_to_name(toks, i + 1, lex)
            stop = t.low in lex.place_prepositions or t.low in lex.clause_boundaries
            if (stop and not linked) or (t.low in lex.determiners and any(s.is_cap for s in seg)):
                break
        seg.append(t)
        i += 1
    if (
        len(seg) > 1
        and seg[1].is_lower_word
        and _is_pronoun(seg[0], lex)
        # (not "schickt sie ihm": a subject, then an object pronoun)
        and (seg[0].low in lex.possessives or not lex.possessives)
        and seg[1].low not in lex.object_pronouns
    ):
        # "said her father, Esteban Quintero": "her" owns the noun after it, no subject.
        mention = _mention_from(seg[1:], cue, lex, inverted=True)
    else:
        mention = _mention_from(seg, cue, lex, inverted=True)
    while i < n and i - cue_end < 12 and toks[i].text not in ",.;:":
        i += 1
    if (
        i < n
        and toks[i].text == ","
        and (
            mention is None
            or mention.kind in ("role", "org")
            # "la segretaria di Sinistra Unita, Francesca Lodi": a name after a role
            # noun is its body's; the apposed name is the subject
            or any(t.low in lex.person_roles and t.start < mention.pos for t in seg)
            # "said Estonia’s defence minister, Kaarel Tammsaar,": a place's or body's
            # role, then the name of who holds it
            or (
                seg
                and seg[0].text.endswith(("’s", "'s"))
                and any(t.low in lex.person_roles or _is_title(t.low, lex) for t in seg[1:])
            )
        )
    ):
        # "the spokesman of the company, Ramón Gil, said": the name in apposition wins.
        # (a party or an age in brackets may follow: "le bourgmestre, Jean-Luc Dethier (MR).")
        apposed = _person_opening(toks, i + 1, i + 8, ",.;:(", cue, lex)
        if apposed is not None:
            return apposed
    return mention


def _links_to_name(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """Whether a capitalised word follows at ``toks[k]``, maybe after an article ("de
    l'Agriculture", "de la Santé")."""
    if k < len(toks) and toks[k].is_cap:
        return True
    return (
        k + 1 < len(toks)
        and toks[k].is_lower_word
        and (toks[k].low in lex.determiners or toks[k].low.endswith("'"))
        and toks[k].low not in lex.indefinite
        and toks[k + 1].is_cap
    )


def _person_opening(
    toks: Sequence[_Tok], k: int, end: int, closers: str, cue: str, lex: Lexicon
) -> _Mention | None:
    """The person's name that opens ``toks[k:end]`` when it ends ``toks`` or one of
    ``closers`` follows it: a name in apposition after a comma, maybe after a title in
    lower case ("…, colonnello Roberta Ferrante.", "…, il colonnello Alessandro Vitale,")."""
    end = min(end, len(toks))
    if (
        k + 1 < end
        and toks[k].is_lower_word
        and toks[k].low in lex.determiners
        and toks[k].low not in lex.indefinite
        and _is_title(toks[k + 1].low, lex)
    ):
        k += 1
    for _ in range(2):
        if k < end and toks[k].is_lower_word and _is_title(toks[k].low, lex):
            k += 1
    runs = _runs(toks[k:end], lex)
    if not runs or runs[0].first != 0 or runs[0].kind != "person":
        return None
    after = k + runs[0].last
    if after < len(toks) and toks[after].text not in closers:
        return None
    return _Mention("person", runs[0].name, runs[0].name, runs[0].start, cue)


def _subject_after_verb(
    toks: Sequence[_Tok], first: int, end: int, lex: Lexicon
) -> _Mention | None:
    """In a clause that a fronted phrase opens (``toks[first]``, see
    ``Lexicon.fronted_openers``), the subject right after the finite verb: the first
    lower-case word that is no function word, determiner or preposition (after a fronted
    preposition, only once its noun has come: "Am späten Abend schickt sie")."""
    head = first + 1
    if toks[first].low in lex.place_prepositions:
        while head < end and not toks[head].is_cap and toks[head].text != ",":
            head += 1  # "In der vergangenen Woche": the phrase's adjectives, up to its noun
    for v in range(head, end):
        t = toks[v]
        if t.text == ",":
            return None  # "Im Interview, das er gab, …": a clause of its own first
        if (
            t.is_lower_word
            and t.low not in lex.function_words
            and t.low not in lex.noun_determiners
            and t.low not in lex.determiners
            and t.low not in lex.place_prepositions
        ):
            break
    else:
        return None
    k = v + 1
    while k < end and toks[k].is_lower_word and toks[k].low in lex.skip:
        k += 1  # "zeigte sich der Biologe"
    j = k
    while j < end and j - k < 3 and toks[j].is_lower_word:
        j += 1  # a determiner and adjectives ("der erfahrene Biologe")
    while j < end and toks[j].is_cap:
        j += 1  # the noun or name
    if j == k or not toks[j - 1].is_cap:
        return None
    m = _subject_after(toks[:j], k, lex, "")
    if m is None or not toks[k].start <= m.pos < toks[j - 1].end:
        return None  # (the subject phrase is "der Biologe Jan Ott": either may be read)
    if _subject_pronoun(m, lex) and m.pos == toks[k].start:
        return m  # "In der Nacht schickt sie ihm eine Nachricht:"
    return None if m.kind in ("pronoun", "implicit", "thing") else m


def _name_apposed_to_role(clause: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """The person's name that ends a colon clause after a comma, when a role noun comes
    before it ("Più diretto il capogruppo di Patto Democratico alla Camera, Marco
    Silvestri:"), or None."""
    comma = next((k for k in range(len(clause) - 1, 0, -1) if clause[k].text == ","), -1)
    if comma < 1 or not any(
        t.low in lex.person_roles or (t.is_lower_word and _is_title(t.low, lex))
        for t in clause[:comma]
    ):
        return None
    # (words after the name: it is no apposition ending the clause)
    return _person_opening(clause, comma + 1, len(clause), "", "", lex)


def _first_name_pos(toks: Sequence[_Tok], lex: Lexicon, *, skip_titles: bool = False) -> int:
    """Offset of the frame's first capitalised word that is not a function word, nor a
    noun after its determiner ("Die Finanzwissenschaftlerin Friederike Sanders"), or -1."""
    return next(
        (
            t.start
            for k, t in enumerate(toks)
            if t.is_word
            and t.is_cap
            and t.low not in lex.function_words
            and not (k and toks[k - 1].low in lex.noun_determiners)
            # (a title before the name: "Rep. Tom Garrity of Ohio … was blunt:")
            and not (skip_titles and k + 1 < len(toks) and _is_title(t.low.rstrip("."), lex))
        ),
        -1,
    )


def _after_participle_phrase(toks: Sequence[_Tok], first: int, cue: int, lex: Lexicon) -> int:
    """Where the clause starts after an opening participle phrase closed by a comma
    ("Asked whether Hartline would keep it, Ellsworth said"): the index after the last
    comma before the cue that a capitalised word follows, or 0 when no such phrase opens
    ``toks``."""
    if not (
        0 <= first < cue - 2
        and toks[first].is_cap
        and toks[first].low.endswith(lex.participle_endings)
        and toks[first + 1].is_lower_word
    ):
        return 0
    for k in range(cue - 1, first, -1):
        if toks[k].text == "," and toks[k + 1].is_cap:
            return k + 1
    return 0


def _after_opening_phrase(clause: Sequence[_Tok], lex: Lexicon) -> Sequence[_Tok]:
    """``clause`` without an opening prepositional or participle phrase closed by a
    comma ("Asked whether she expected it to change anything, Lopez was blunt:",
    "Sollicitée, la chambre …")."""
    if len(clause) < 3 or not clause[0].is_cap:
        return clause
    opening = _opens_with_preposition(clause, lex) or (
        clause[0].low.endswith(lex.participle_endings)
        and (clause[1].text == "," or clause[1].is_lower_word)
    )
    if not opening:
        return clause
    comma = next((k for k, t in enumerate(clause) if t.text == ","), -1)
    return clause[comma + 1 :] if 0 < comma < len(clause) - 1 else clause


def _addressed(toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether a clause's subject is spoken to or shown something ("He was asked", "Smith
    was later shown a text message"): what its colon introduces is someone else's.
    """
    for i, t in enumerate(toks):
        if t.low not in lex.auxiliaries:
            continue
        for u in toks[i + 1 : i + 4]:
            if u.low in lex.addressed:
                return True
            if not u.is_word or (u.low not in lex.skip and u.low not in lex.auxiliaries):
                break
    return False


def _relays(toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether a clause voices words not its subject's ("The judge read the letter aloud")."""
    return any(t.low in lex.relay_verbs for t in toks if t.is_lower_word)


def _split_inverted(toks: Sequence[_Tok], lex: Lexicon) -> Sequence[_Tok]:
    """``toks`` with each cue joined to its subject pronoun ("lance-t-elle") as two tokens."""
    if not lex.inverted_pronouns:
        return toks  # a language that joins no pronoun to its verb
    out: list[_Tok] | None = None
    for k, t in enumerate(toks):
        low = t.low
        for suffix in lex.inverted_pronouns if " " in low else ():
            stem = low[: -len(suffix) - 1]
            if low.endswith(" " + suffix) and stem in lex.cues:
                if out is None:
                    out = list(toks[:k])
                pron = t.text[t.text.rfind("-") + 1 :]
                out.append(_tok(t.text[: len(stem)], t.start, t.start + len(stem)))
                out.append(_tok(pron, t.end - len(pron), t.end))
                break
        else:
            if out is not None:
                out.append(t)
    return toks if out is None else out


def _subject_pronoun(m: _Mention, lex: Lexicon) -> bool:
    """Whether ``m`` is a person's subject pronoun ("he"), not a possessive ("Her plan")."""
    return (
        m.kind == "pronoun" and m.value == "person" and _norm(m.text or "") not in lex.determiners
    )


def _first_word_index(toks: Sequence[_Tok]) -> int:
    """Index of the first word token of ``toks``, or -1."""
    for k, t in enumerate(toks):
        if t.is_word:
            return k
    return -1


def _according_subject(toks: Sequence[_Tok], k: int, lex: Lexicon) -> _Mention | None:
    """Whom an "according to" phrase at ``toks[k]`` credits ("laut Ulrich Müller"), or
    None when no such phrase starts there or it names no one."""
    n = _phrase_at(toks, k, lex.according_index)
    if not n:
        return None
    cue = " ".join(t.low for t in toks[k : k + n])
    j = k + n
    if j < len(toks) and toks[j].is_lower_word and toks[j].low in lex.stressed_pronouns:
        # "selon lui", "d'après elle": a pronoun after its preposition
        said = lex.stressed_pronouns[toks[j].low]
        return _Mention("pronoun", toks[j].text, "person" if said else "group", toks[j].start, cue)
    return _subject_after(toks, j, lex, cue)


def _from_frame(toks: Sequence[_Tok], lex: Lexicon, *, trailing: bool) -> _Mention | None:
    """Find the cue and its subject in a frame; None when it credits no one."""
    toks = _split_inverted(toks, lex)
    first = _first_word_index(toks)
    if first >= 0:
        m = _according_subject(toks, first, lex)
        if m is not None:
            return (None if trailing else _said_after_source(toks, m, lex)) or m
    cues = _cues(toks, lex)
    if trailing and first > 0 and toks[first - 1].text in "—–-":
        # "“…” — Mike Pompeo, College Station": an epigraph's signature.
        signed = _signed_by(toks[first : first + 6], lex)
        if signed is not None:
            return signed
    if trailing:
        for i, j in cues:
            if i > _MAX_TRAILING_CUE and not (
                # "“…,” Jo Roe, a resident who tweeted about the smoke, said.": a long
                # apposition closed by a comma before the cue.
                i <= _MAX_APPOSED_CUE and toks[i - 1].text == "," and toks[first].is_cap
            ):
                break
            cue = _cue_text(toks, i, j)
            # a word before the cue, other than an auxiliary ("«…», ha aggiunto.")
            lead = 0 <= first < i and (
                not (toks[first].is_lower_word and toks[first].low in lex.skip)
                or any(
                    t.is_word and not (t.is_lower_word and t.low in lex.skip)
                    for t in toks[first + 1 : i]
                )
            )
            if cue.endswith("ing"):
                m = _subject_before(toks, i, lex, cue) if lead else None
            else:
                m = _subject_before(toks, i, lex, cue) if lead else None
                if m is None and not lead:
                    m = _someone_after(toks, j, lex, cue)
                if m is None and not (
                    lead and toks[first].low in lex.determiners and toks[i].low in lex.addressed
                ):
                    # ("the retired dinner lady told the Echo": a subject of its own before
                    # the cue; what follows is whom she told)
                    m = _subject_after(toks, j, lex, cue)
                if m is None and not lead and _no_subject_after(toks, j, lex):
                    # "«…», explicó." — a verb with no subject: the speaker is implied; and
                    # "afirmó el funcionario", a noun no list holds: most often the person
                    # named last, if the determiner's gender lets it be.
                    det = _definite_after(toks, j, lex)
                    said = f"{det.text} {toks[toks.index(det) + 1].text}" if det else None
                    if said is not None or lex.subject_drop or not _bare_plural_at(toks, j, lex):
                        m = _Mention("implicit", said, "person", toks[i].start, cue)
                    # ("“…,” said researchers": a plural noun with no article is a group
                    # the text does not name, where the language never drops its subject)
            if m is not None:
                return m
        return None
    for i, j in reversed(cues):
        cue = _cue_text(toks, i, j)
        if cue.endswith("ing") and not toks[i].is_cap:
            m = _subject_before(toks, i, lex, cue)  # a participle is never inverted
        elif not 0 <= first < i:  # no word before the cue
            m = _subject_after(toks, j, lex, cue)
        elif toks[first].low in lex.fronted_openers and not any(
            t.text == "," for t in toks[first:i]
        ):
            # "Im Interview sagte Angela Merkel": the verb comes second, its subject after;
            # "So soll der Vorsitzende Stefan Keuter gesagt haben": after the helper verb.
            m = (
                _subject_after(toks, j, lex, cue)
                or _subject_before(toks, i, lex, cue)
                or _subject_after_verb(toks, first, i, lex)
            )
        elif (
            toks[i - 1].text == ","
            and toks[i].low not in lex.addressed  # ("Jane Roe, 45, told CNN, “…”")
            and (
                _name_then_comma(toks, j, lex)
                or _pronoun_closes(toks, j, lex)
                or _noun_closes(toks, j, lex)
            )
        ):
            # "Frauen würden gefördert, sagt Reimann, »…«", "Es habe Momente gegeben,
            # räumte er ein.": a cue set off by a comma, its subject the name or pronoun
            # after it (before it stands what was said).
            m = _subject_after(toks, j, lex, cue) or _subject_before(toks, i, lex, cue)
        elif (
            lex.nouns_capitalised
            and toks[first].low in lex.noun_determiners
            and toks[first].low not in lex.oblique_determiners  # ("Dem SPIEGEL sagte X:")
            and first + 1 < i
            and toks[first + 1].is_cap
            # (not "Das Urteil kommentierte Anwalt Peter Meier": a person after the verb)
            and not _person_follows(toks, j, lex)
            # (not "Dem Protokoll zufolge sagte …": a phrase a postposition closes)
            and not any(t.low in lex.postpositions for t in toks[first:i])
            # (not "Die Vorwürfe träfen ihn, sagt er.": an inverted cue after a comma)
            and not (
                toks[i - 1].text == ","
                and j < len(toks)
                and (toks[j].low in lex.pronouns or _name_then_comma(toks, j, lex))
            )
        ):
            # "Der Passant … schilderte der Polizei den Moment:": a subject of its own
            # opens the clause; after the verb comes whom it was told to.
            m = _subject_before(toks, i, lex, cue)
        else:
            # "The initiative, said Nagel, “…”": an inverted cue inside the frame.
            m = _subject_before(toks, i, lex, cue) or _subject_after(toks, j, lex, cue)
            after = _after_participle_phrase(toks, first, i, lex)
            if after > 0 and (m is None or m.pos < toks[after].start):
                # "Asked whether Hartline would keep the plant, Ellsworth said:": the
                # subject after the opening phrase, not a name inside it
                m = _subject_before(toks[after:], i - after, lex, cue) or m
        if (
            m is None
            and lex.subject_drop
            and not any(
                t.low in lex.determiners or (t.is_cap and k != first)
                for k, t in enumerate(toks[:i])
            )
        ):
            # "Sin embargo, reconoció que …: «…»": a language that drops its subject
            # pronoun; only openers before the verb, so the subject is implied.
            m = _Mention("implicit", None, "person", toks[i].start, cue)
        if m is not None:
            if m.kind in ("role", "org") and i > cues[0][0]:
                # "Ntuli said the party would announce … after consulting “…”": words
                # reported of a body; the quotation is the reporter's, who said it
                outer = _subject_before(toks, cues[0][0], lex, _cue_text(toks, *cues[0]))
                if outer is not None and outer.kind in ("person", "single"):
                    return outer
            return m
    opening_cue = (  # "Asked whether …, Lopez was blunt:": the cue opens a participle phrase
        len(cues) == 1
        and cues[0][0] == first
        and toks[first].is_cap
        and toks[first].low.endswith(lex.participle_endings)
    )
    if (not cues or opening_cue) and len(toks) > 1 and toks[-1].text == ":":
        # "Il capitano Luca Ferraro ha difeso i compagni: «…»": a colon introduction
        # credits the clause's subject even without a verb of saying.
        if first >= 0 and toks[first].low in lex.fronted_openers:
            # "Im Interview zeigte sich der Biologe verständnisvoll: „…“": verb second,
            # its subject right after it.
            return _subject_after_verb(toks, first, len(toks) - 1, lex)
        clause = _after_opening_phrase(toks[first:-1], lex) if first >= 0 else []
        spokesperson = _spokesperson_for(clause, "", lex)
        if spokesperson is not None:
            return spokesperson  # "Ein Sprecher der Pflegekasse Mittelland begrüßte das Urteil:"
        apposed = _name_apposed_to_role(clause, lex)
        if apposed is not None:
            return apposed  # "Più diretto il capogruppo di Patto Democratico, Marco Silvestri:"
        named = _appositive_name(clause, 0, _runs(clause, lex), lex) if clause else None
        if named is not None:
            # "L'assessore regionale alle Infrastrutture, Paolo Sgarbossa, ha respinto le accuse:"
            return _Mention(named.kind, named.name, named.name, named.start, "")
        m = _mention_from(clause, "", lex, inverted=True) if clause else None
        opener = _first_name_pos(clause, lex)
        if m is not None and m.pos != opener and m.kind in ("person", "single", "org"):
            opener = _first_name_pos(clause, lex, skip_titles=True)
        if m is not None and m.pos != opener and m.kind in ("person", "single", "org"):
            # "Die Finanzwissenschaftlerin Friederike Sanders vom Rheinischen Institut …:":
            # the clause's first name is its subject, not the last one it holds.
            r = next((r for r in _runs(clause, lex) if r.start == opener), None)
            if r is not None and r.kind in ("person", "single", "org") and r.subject:
                m = _Mention(r.kind, r.name, r.name, r.start, "")
        if m is not None and (
            _addressed(toks, lex) or any(t.low in lex.list_openers for t in toks)
        ):
            # "He was shown a text message: “…”", "He faces the following charges:": what
            # the colon opens is a message, a list or a document, not his words.
            m = None
        if m is not None and (
            (m.kind in ("person", "single", "org") and m.pos == opener)
            # "He gave no all-clear: „…“": a subject pronoun opening the clause; "Die
            # Anwältin kündigte an, eine Revision zu prüfen: „…“": a role noun opening it.
            or (
                (
                    _subject_pronoun(m, lex)
                    or (
                        m.kind == "role"
                        and not m.indefinite
                        # (not "Su vecino …:", someone else's neighbour)
                        and _norm((m.text or "").split()[0]) not in lex.possessives
                    )
                )
                and m.pos == clause[0].start
            )
        ):
            return m
    if (
        cues
        and cues[-1][0]
        and _cue_text(toks, *cues[-1]).endswith("ing")
        and _opens_participle(toks, cues[-1][0], lex)
    ):
        # "X launched an attack on Y, branding it “…”": the clause's own subject speaks.
        head = toks[: cues[-1][0]]
        m = _mention_from(head, "", lex, inverted=True)
        if m is not None and m.kind == "org":
            # "Wall referred to the University of North Carolina case, saying": the name
            # opening the clause is its subject, not a body named after the verb.
            m = _opening_name(head, lex)
        if m is not None and (
            m.kind in ("person", "single")
            # "He questioned the estimate, calling it": a subject pronoun, not "Her plan".
            or _subject_pronoun(m, lex)
        ):
            return m._replace(cue=_cue_text(toks, *cues[-1]))
    return None


def _said_after_source(toks: Sequence[_Tok], source: _Mention, lex: Lexicon) -> _Mention | None:
    """The subject of a verb of saying after the source of a report that opens a frame:
    "Laut Unterlagen antwortet Keith dem Parteichef:", "According to the filing, Roe
    wrote:" quote Keith and Roe, as the documents report it.  None without such a verb."""
    for i, j in _cues(toks, lex):
        if toks[i].start <= source.pos:
            continue
        cue = _cue_text(toks, i, j)
        m = _subject_before(toks, i, lex, cue)
        if m is None or m.pos <= source.pos:
            m = _subject_after(toks, j, lex, cue)  # verb second: "Laut X antwortet Keith"
        return m if m is not None and m.pos > source.pos else None
    return None


def _bare_plural_at(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether ``toks[j]`` is a lower-case word ending in "s" that no list holds as a
    function word, a determiner, a preposition or a word between a subject and its
    verb: a plural noun without an article ("researchers", "officials")."""
    if j >= len(toks) or not toks[j].is_lower_word or not toks[j].low.endswith("s"):
        return False
    low = toks[j].low
    if low in lex.group_nouns:
        return True  # ("said officials": a group, though no name at a sentence's start)
    return not (
        low in lex.function_words
        or low in lex.determiners
        or low in lex.place_prepositions
        or low in lex.skip
        or low in lex.calendar
    )


def _person_follows(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether a person's name or a role noun for one comes within four words after
    ``toks[j]`` ("kommentierte Anwalt Peter Meier", "begründete der Richter Keller")."""
    window = toks[j : j + 5]
    return any(t.low in lex.person_roles for t in window) or any(
        r.kind == "person" for r in _runs(window, lex)
    )


def _name_then_comma(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether capitalised words from ``toks[j]`` on end at a comma, a full stop, a colon,
    the frame's end or a preposition ("sagt Reimann,", "sagte Jürgen Vogt vom Werbering",
    "betont Reinhardt: Die Daten …"),
    not at a verb ("said Tom was")."""
    k = j
    while k < len(toks) and toks[k].is_word and toks[k].is_cap:
        k += 1
    return k > j and (
        k == len(toks) or toks[k].text in ",.:" or toks[k].low in lex.place_prepositions
    )


def _noun_closes(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether a noun determiner at ``toks[j]`` and capitalised words after it end the
    clause, where every noun is capitalised ("erklärt die Ärztin Miriam Ostholt.", "so
    der Geschäftsführer.", "sagte die 61-Jährige.")."""
    if (
        not lex.nouns_capitalised
        or j >= len(toks)
        or toks[j].low not in lex.noun_determiners
        # (not whom it was told to: "sagte unserer Redaktion:", "sagte dem Sender")
        or toks[j].low in lex.oblique_determiners
        or toks[j].low in lex.possessives
    ):
        return False
    k = j + 1
    while k < len(toks) and k - j <= 4 and (toks[k].is_cap or lex.age_role.search(toks[k].low)):
        k += 1
    return k > j + 1 and (k == len(toks) or toks[k].text in ".,;:")


def _pronoun_closes(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Whether a gendered subject pronoun at ``toks[j]`` ends the clause, maybe before a
    verb particle ("sagte er.", "räumte er ein.")."""
    if j >= len(toks) or toks[j].low not in lex.pronoun_genders or not toks[j].is_lower_word:
        return False
    k = j + 1
    if k < len(toks) and toks[k].is_lower_word and k + 1 < len(toks) and toks[k + 1].text in ".,;:":
        k += 1  # a separable verb's particle
    return k == len(toks) or toks[k].text in ".,;:"


def _determiner_after_cue(toks: Sequence[_Tok], j: int, lex: Lexicon) -> int:
    """Index of the determiner that follows a cue ending at ``j`` at once or after one
    adverb or adjective, with a word after it ("a dit le restaurateur", "commenta
    soddisfatto un volontario"), or -1; a preposition first ("dijo a los periodistas",
    "aseguró durante la sesión") opens no subject."""
    for k in range(j, min(j + 2, len(toks) - 1)):
        t = toks[k]
        if t.low in lex.determiners or t.low in lex.indefinite:
            return k if toks[k + 1].is_word else -1
        if (
            not t.is_lower_word
            or t.low in lex.function_words
            or t.low in lex.place_prepositions
            or t.low in lex.spokesperson_links
        ):
            return -1
    return -1


def _definite_after(toks: Sequence[_Tok], j: int, lex: Lexicon) -> _Tok | None:
    """The definite determiner after a cue (:func:`_determiner_after_cue`), or None."""
    k = _determiner_after_cue(toks, j, lex)
    return toks[k] if k >= 0 and toks[k].low not in lex.indefinite else None


def _someone_after(toks: Sequence[_Tok], j: int, lex: Lexicon, cue: str) -> _Mention | None:
    """An indefinite subject right after a trailing cue, maybe after one adjective or
    adverb ("confie un homme de 71 ans", "commenta soddisfatto un volontario della Pro
    Loco", "contó otro vecino"): someone new and unnamed, whatever the person noun."""
    k = _determiner_after_cue(toks, j, lex)
    if k < 0 or toks[k].low not in lex.indefinite or not toks[k + 1].is_lower_word:
        return None
    det, noun = toks[k], toks[k + 1]
    head = _norm(noun.text)
    if not (
        head in lex.person_roles
        or head in lex.generic_roles
        or head in lex.gender_words
        or (len(head) > 4 and head.endswith(lex.agent_endings))
        # ("a confié un acériculteur de l'Estrie": a noun for what a person does)
        or (len(head) > 5 and head.endswith(lex.person_noun_endings))
    ):
        return None  # "dijo una vez más", "a confié un peu plus tard": no one new
    if k + 3 < len(toks) and toks[k + 2].text == ",":
        # "racconta una vicina, Rosa Loiacono.": the name in apposition names her
        apposed = _person_opening(toks, k + 3, k + 10, ",.;:(", cue, lex)
        if apposed is not None:
            return apposed
    return _Mention(
        "role", _two_words(det.text, noun.text), f"person:{head}", det.start, cue, indefinite=True
    )


def _opens_participle(toks: Sequence[_Tok], i: int, lex: Lexicon) -> bool:
    """Whether the participle at ``toks[i]`` opens a clause of its own (", branding it",
    "by asking", "with Antony Blinken saying"), not one that modifies the noun before it
    ("the letter threatening")."""
    if i == 0:
        return True
    before = toks[i - 1]
    return (
        not before.is_word
        or before.is_cap
        or any(t.low in lex.clause_boundaries for t in toks[max(0, i - 5) : i])
        or before.low in lex.participle_links
        or before.low in lex.place_prepositions
        or before.low in lex.skip
        or before.low in lex.pronouns
    )


def _opening_name(toks: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """A person's name, or a lone name, that opens the clause ``toks`` as its first word
    (not "The Democratic governor"), as its subject."""
    first = _first_word_index(toks)
    if first < 0 or toks[first].low in lex.determiners:
        return None  # "The Democratic governor …": a noun phrase, not a name
    runs = _runs(toks, lex)
    for r in runs:
        if (
            r.first == first
            and r.kind in ("person", "single")
            and r.subject
            and not _opening_word(toks, r, runs, lex)
        ):
            return _Mention(r.kind, r.name, r.name, r.start, "")
    return None


# ---------------------------------------------------------------------------
# Gender: what a "he" or "she" may refer to


@functools.cache
def _first_names() -> dict[str, str]:
    """First name (lower case, unaccented) -> ``"male"`` or ``"female"``, read once.

    The table is data derived from public-domain US Census and Social Security
    name counts (``lexicons/first_names.json``; its ``about`` says how, and
    ``benchmarks/build_name_genders.py`` rebuilds it).
    """
    path = resources.files("newscorpus.extract").joinpath("lexicons", "first_names.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    table = dict.fromkeys(data.get("either", ()), "either")
    table.update(dict.fromkeys(data["female"], "female"))
    table.update(dict.fromkeys(data["male"], "male"))
    # European names the US records lack or give to neither sex (hand-written).
    path = resources.files("newscorpus.extract").joinpath("lexicons", "first_names_europe.json")
    europe = json.loads(path.read_text(encoding="utf-8"))
    for gender in ("female", "male"):
        for name in europe[gender]:
            if table.get(name, "either") == "either":
                table[name] = gender
    return table


@functools.lru_cache(maxsize=8192)
def _first_name_gender(word: str) -> str | None:
    """The usual gender of a first name, or None: unknown, an initial, or mixed parts.

    Accents are dropped ("José" -> "jose"); a hyphenated name counts only when
    all its parts agree ("Anne-Marie", not "Marie-Claude").
    """
    parts = _fold(word).split("-")
    if not all(p.isalpha() and len(p) > 1 for p in parts):
        return None  # "J.", "J.R.", "O'Neill"
    table = _first_names()
    said = [table.get(p) for p in parts]
    if len(said) == 1:
        return None if said[0] == "either" else said[0]
    # A part of either sex does not decide against the others: "Marie-Claude" is a
    # woman's name, "Jean-Luc" a man's; "Jean-Marie" (a man's) is left undecided.
    first, rest = said[0], set(said[1:]) - {"either"}
    if first == "either":
        return "male" if rest == {"male"} else None
    return first if first is not None and rest <= {first} else None


def _other_gender(first_name: str) -> str | None:
    """The gender opposite to ``first_name``'s, or None when it has none."""
    said = _first_name_gender(first_name)
    return {"male": "female", "female": "male"}.get(said or "")


@functools.lru_cache(maxsize=8192)
def _is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name, of either sex ("Andrea", "Jean", "Sam")."""
    parts = _fold(word).split("-")
    table = _first_names()
    return all(p.isalpha() and len(p) > 1 and p in table for p in parts)


#: What ends a phrase in apposition; :data:`_PHRASE` is the text up to one.
_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]—–\"“”«»\n]")
_PHRASE = re.compile(r"[^,.;:!?()\[\]—–\"“”«»\n]*")
#: How far around a name's mention its honorific and appositions are looked for, and
#: how far back is read first (enough for a title or a noun before the name).
_GENDER_WINDOW = 160
_GENDER_NEAR = 48
#: Most words in a phrase in apposition whose head may give a gender.
_APPOSITION_WORDS = 8


def _gender_word(word: str, lex: Lexicon) -> tuple[str, int] | None:
    """``(gender, strength)`` that ``word`` gives a name next to it, or None.

    A hyphenated noun counts by its first or last part ("mother-of-two", "ex-wife").
    """
    found = lex.gender_words.get(word)
    if found is None:
        low = _norm(word)
        found = lex.gender_words.get(low)
        parts = low.split() if found is None and " " in low else ()
        if parts:  # (a dash alone, as in "Monats- und Jahreskarten", has no parts)
            found = lex.gender_words.get(parts[0]) or lex.gender_words.get(parts[-1])
    return found


def _after_last_preposition(words: Sequence[str], lex: Lexicon) -> int:
    """Index after the last preposition among ``words`` when a participle stands before
    it ("issued by", "signed by"), or their length (no tail: "a friend of his late wife,
    Jordan Keane" is the friend, not the wife)."""
    for k in range(len(words) - 1, 0, -1):
        if _norm(words[k]) in lex.place_prepositions:
            return k + 1 if _norm(words[k - 1]).endswith(lex.participle_endings) else len(words)
    return len(words)


def _apposition_head(words: Sequence[str], lex: Lexicon) -> str | None:
    """The head noun of a determiner phrase ("the mother of the victim" -> "mother"), or None.

    ``words`` is the phrase between commas.  It must open with a determiner or a
    possessive name ("Acme's chairwoman"); the head is the word before the first
    preposition or relative word, or its last word.  Anything longer, not so
    shaped ("After speaking to his wife") or joined to more ("her husband and
    sons") gives None.
    """
    if not words or len(words) > _APPOSITION_WORDS:
        return None
    if _norm(words[0]) in lex.determiners:
        rest = words[1:]
    else:
        owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), -1)
        if owner < 0 or not all(w[:1].isupper() for w in words[: owner + 1]):
            return None
        rest = words[owner + 1 :]
    head = None
    for w in rest:
        low = _norm(w)
        if low in lex.place_prepositions or low in lex.relative_pronouns:
            break
        if low in lex.clause_boundaries:
            return None  # "her husband and sons": not one person's noun
        head = w
    return head


def _word_offsets(text: str, word: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each whole-word occurrence of ``word`` ("Roe's" holds one).

    Found with ``str.find``: a regex would try its word-boundary test at every offset.
    """
    out = []
    find = text.find
    n = len(word)
    i = find(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’.-")) and (
            j == len(text) or not (text[j].isalnum() or text[j] in "_-")
        ):
            out.append((i, j))
        i = find(word, j)
    return out


def _word_before(text: str, start: int, own: set[str]) -> str:
    """The whitespace-separated chunk before the name that ends at ``start``.

    The name's own words are passed over, and the full stop of an abbreviated
    title ("Mrs. Roe", "M. Dupont") dropped so that the title itself is the
    answer.  A chunk that ends a sentence is ".", and "" means the text starts.
    Plain ``str.split`` on a short stretch: this runs for every mention.
    """
    for reach in (_GENDER_NEAR, _GENDER_WINDOW):
        lo = max(0, start - reach)
        chunks = text[lo:start].split()
        k = len(chunks) - 1
        while k >= 0 and chunks[k].rstrip(".") in own:
            k -= 1
        if k >= 1 or lo == 0:
            break  # the first chunk of a stretch may be a cut word: take a longer one
    if k < 0:
        return ""
    chunk = chunks[k]
    if chunk[-1] in ".!?…":
        bare = chunk.rstrip(".")
        return bare if bare in _ABBREVIATIONS or len(bare) == 1 else "."
    return chunk


def _gender_evidence(
    text: str, name: str, lex: Lexicon, *, bare: bool = True
) -> list[tuple[str, int]]:
    """``(gender, strength)`` for each honorific or gendered noun the text sets by ``name``.

    An honorific the name itself kept counts ("M. Paul Dupont").  Every mention of
    the name's last word is read: the word just before the name ("Mrs", "Sir",
    "actress", "husband"), a determiner phrase in apposition before it ("Her
    husband, Tom Roe,") or after it ("Jo Roe, the mother of the victim,", an age
    between commas skipped).  A mention after another capitalised word that is no
    title ("Tom Roe" when the name is "Jo Roe") is someone else's; without ``bare``, so is
    the last word alone ("Ms Keane" when the name is "Pádraig Keane" and the lone surname
    means his mother).
    """
    words = name.split()
    own = {w.rstrip(".") for w in words}
    found: list[tuple[str, int]] = []
    if len(words) > 1:
        # An honorific the name kept ("M. Paul Dupont", "Herrn Paul Weber").
        said = lex.gender_words.get(words[0].rstrip("."))
        if said is not None:
            found.append(said)
    for start, end in _word_offsets(text, words[-1]):
        if not bare and len(words) > 1:
            nearest = text[max(0, start - 40) : start].split()[-1:]
            if not nearest or nearest[0].rstrip(".") not in own:
                continue
        prev = _word_before(text, start, own)
        if prev.endswith(","):
            # "Her husband, Tom Roe": the phrase between the comma and the clause before.
            comma = text.rfind(",", 0, start)
            phrase = _CLAUSE_MARK.split(text[max(0, comma - _GENDER_WINDOW) : comma])[-1].split()
            head = _apposition_head(phrase, lex) or _apposition_head(
                # "… a statement issued by his daughter, Nóirín Mulqueen-Breen": the
                # phrase after the clause's last preposition
                phrase[_after_last_preposition(phrase, lex) :],
                lex,
            )
            said = _gender_word(head, lex) if head else None
            if said is not None:
                found.append(said)
        elif prev[:1].isalpha():
            said = _gender_word(prev, lex)
            if said is not None:
                found.append(said)
            elif prev[:1].isupper() and _norm(prev) not in lex.titles:
                continue  # "Tom Roe": another person of the same surname
        if not text.startswith(",", end):
            continue  # no apposition; "Roe's husband" is not Roe
        after = _PHRASE.match(text, end + 1, end + _GENDER_WINDOW)
        words_after = after.group().split() if after else []
        if (
            after
            and len(words_after) == 1
            and words_after[0].isdigit()
            and text.startswith(",", after.end())
        ):
            # "Jo Roe, 45, a mother of three,": the age is passed over.
            after = _PHRASE.match(text, after.end() + 1, after.end() + _GENDER_WINDOW)
            words_after = after.group().split() if after else []
        head = _apposition_head(words_after, lex)
        said = _gender_word(head, lex) if head else None
        if said is not None:
            found.append(said)
    return found


#: What ends the clause after a name, for :func:`_pronoun_agreement`.
_CLAUSE_END = re.compile(r"[.!?;:\n“”\"«»„]")


def _pronoun_agreement(text: str, last: str, own: set[str], lex: Lexicon) -> str | None:
    """The gender the text's own pronouns give the person of surname ``last``: the
    first gendered subject pronoun after each mention in its clause, before any other
    name or verb of saying ("Rewiti knew he had torn it"; not "Reid said she left"),
    when two mentions or more agree and none disagrees.  Stronger than the first-name table, which knows
    only US usage ("Tama" is a man's name in New Zealand)."""
    votes: dict[str, int] = {}
    genders = lex.pronoun_genders
    for _, end in _word_offsets(text, last):
        if text.startswith(("'", "’"), end):
            continue  # "Kvist's grandmother … she": someone else's pronoun
        clause = text[end : end + 120]
        cut = _CLAUSE_END.search(clause)
        for word in (clause[: cut.start()] if cut else clause).split():
            word = word.strip(",()")
            if not word:
                continue
            said = genders.get(word)
            if said is not None:
                # a subject pronoun: not "her" or "him", which may be someone else
                if word not in lex.possessives and word not in lex.object_pronouns:
                    votes[said] = votes.get(said, 0) + 1
                    break
            elif word[:1].isupper() and word not in own:
                break  # another name: its pronoun, maybe
            elif word in lex.cues:
                break  # "Reid said she left": reported words, maybe about someone else
    if len(votes) == 1:
        ((gender, count),) = votes.items()
        return gender if count > 1 else None
    return None


# ---------------------------------------------------------------------------
# The article's cast: names, titles, and who was talked about when


class _Cast:
    """People and organisations the article names, in order of mention.

    A plain class, not an attrs one, so that mypyc can compile it with this module.
    """

    #: Last word -> fullest name.
    fullest: dict[str, str]
    #: A person's name as written -> the name without a word glued before it.
    aliases: dict[str, str]
    titles: dict[str, set[str]]
    #: (position, name) of sentence subjects and speakers; "" for an unnamed person.
    people: list[tuple[int, str]]
    #: (position, name) of every mention of a person with a role ("coach Jo Roe").
    bearers: list[tuple[int, str]]
    orgs: list[tuple[int, str]]
    #: The first organisation named in each sentence.
    first_orgs: list[tuple[int, str]]
    #: Every organisation named, not only each sentence's first: role nouns search these.
    all_orgs: list[tuple[int, str]]
    #: (position, gender or None) of each quotation credited to someone unnamed ("says
    #: a doctor from Hebron"): a he or she after it of a fitting gender means them.
    unnamed: list[tuple[int, str | None]]
    #: (position, body) of each quotation credited to a body through an unnamed
    #: spokesperson ("ein Sprecher der Polizei"): "der Sprecher" after it speaks for it.
    spoken_for: list[tuple[int, str]]
    #: (position, words, role) of each sentence a definite role noun opens ("La préfète a
    #: indiqué", "Der Bürgermeister räumte ein"): resolved only when a he or she, or "the
    #: 58-year-old", needs the latest subject.
    role_subjects: list[tuple[int, str, str]]
    #: The text the cast was read from (quotations blanked).
    text: str
    _title_words: dict[str, set[str]]
    #: A person's name as written -> the name with a glued word undone (:func:`_unglue`).
    unglued: dict[str, str]
    #: (offset, name as written) of each name that follows a lower-case word.
    after_lower: list[tuple[int, str]]
    #: Whether the lower-case roles before names have been read (see :meth:`read_roles`).
    _roles_read: bool
    _genders: dict[str, str | None]
    #: Surname -> how many distinct unglued names end in it (see :meth:`_surname_counts`).
    _surnames: dict[str, int] | None
    #: How many entries of ``fullest`` the full-name indexes were read from, and the
    #: indexes: see :meth:`_name_indexes`.
    _name_index: tuple[int, dict[str, list[str]], dict[str, list[str]]]
    #: Results of :meth:`fuller_firm` and :meth:`fullest_body`, by name.
    _fuller: dict[str, str]
    #: Results of :meth:`spelled_out`, by acronym.
    _spelled: dict[str, str]
    _fullest_bodies: dict[str, str]
    _bodies_starting: dict[str, str | None]
    #: One-word body name -> its fuller name with a link word (see :meth:`linked_body`).
    _linked: dict[str, str]
    #: The names in ``all_orgs``, and how many events they were read from.
    _org_names: tuple[int, frozenset[str]]
    #: Honorifics that look like initials ("m." for Monsieur): see :meth:`full`.
    honorific_initials: frozenset[str]
    #: Short titles that are also names ("gen", "hon"): see :meth:`full`.
    ambiguous_titles: frozenset[str]
    #: The lexicon's title endings and role prefixes: see :meth:`title_words`.
    title_suffixes: tuple[str, ...]
    role_prefixes: frozenset[str]
    #: An organisation's short name -> the name the article introduced it with
    #: ("UFCW" -> "United Food and Commercial Workers"): the speaker's fullest form.
    acronyms: dict[str, str]

    def __init__(
        self,
        *,
        text: str = "",
        honorific_initials: frozenset[str] = frozenset(),
        ambiguous_titles: frozenset[str] = frozenset(),
        title_suffixes: tuple[str, ...] = (),
        role_prefixes: frozenset[str] = frozenset(),
    ) -> None:
        self.fullest = {}
        self.aliases = {}
        self.titles = {}
        self.people = []
        self.bearers = []
        self.orgs = []
        self.first_orgs = []
        self.all_orgs = []
        self.unnamed = []
        self.spoken_for = []
        self.role_subjects = []
        self.text = text
        self._title_words = {}
        self.unglued = {}
        self.after_lower = []
        self._roles_read = False
        self._genders = {}
        self._surnames = None
        self._name_index = (-1, {}, {})
        self._fuller = {}
        self._spelled = {}
        self._fullest_bodies = {}
        self._bodies_starting = {}
        self._linked = {}
        self._org_names = (-1, frozenset())
        self.honorific_initials = honorific_initials
        self.ambiguous_titles = ambiguous_titles
        self.title_suffixes = title_suffixes
        self.role_prefixes = role_prefixes
        self.acronyms = {}

    def _state(self) -> tuple[object, ...]:
        return (
            self.fullest, self.aliases, self.titles, self.people, self.bearers, self.orgs,
            self.first_orgs, self.all_orgs, self.unnamed, self.spoken_for, self.role_subjects,
            self.text, self._title_words, self.unglued, self.after_lower, self._roles_read,
            self._genders, self._surnames, self._name_index, self._fuller, self._spelled,
            self._fullest_bodies, self._bodies_starting, self._linked, self._org_names,
            self.honorific_initials, self.ambiguous_titles, self.title_suffixes,
            self.role_prefixes, self.acronyms,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        """Equal when every field is (as for an attrs class: the property tests compare casts)."""
        return isinstance(other, _Cast) and self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]  # (mutable: unhashable, as attrs makes it)

    def _name_indexes(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The full names by their first word and second-to-last (:meth:`_by_other_word`)
        and by their openings of two words and more (:meth:`_by_opening`), built again
        only when names were added."""
        count, by_word, by_opening = self._name_index
        if count != len(self.fullest) + len(self.unglued):
            by_word, by_opening = {}, {}
            # (every person's name, not only the fullest per surname: "Meera Kulkarni"
            # beside her husband "Anil Kulkarni")
            for full in set(self.fullest.values()) | set(self.unglued.values()):
                parts = full.split()
                if len(parts) > 1:
                    by_word.setdefault(parts[0], []).append(full)
                    if len(parts) > 2 and parts[-2] != parts[0]:
                        by_word.setdefault(parts[-2], []).append(full)
                if len(parts) <= 6:  # (a run that long is no one's name)
                    for k in range(2, len(parts)):
                        by_opening.setdefault(" ".join(parts[:k]), []).append(full)
            self._name_index = (len(self.fullest) + len(self.unglued), by_word, by_opening)
        return by_word, by_opening

    def _by_other_word(self, word: str) -> str:
        """The one full name ``word`` is another part of than the surname, or ``word``:
        the first name ("Karen" for "Karen Leach", as tabloids write it) or, in a name of
        three words or more, the first of two surnames ("Ruiz" for "Antonio Ruiz
        Salcedo") or its first word, a first name or not ("Goh" for "Goh Kok Seng",
        "Rosnah" for "Rosnah Abdul Hamid")."""
        index = self._name_indexes()[0]
        if word not in index:
            return word  # (most lone words: no full name holds them)
        found = {
            full
            for full in index.get(word, ())
            if (parts := full.split())
            and (
                # (a first word no table holds, only of a name of three words or more:
                # "Goh" of "Goh Kok Seng", "Rosnah" of "Rosnah Abdul Hamid"; two
                # capitalised words are too often a club or a firm read as a person)
                (
                    parts[0] == word
                    # (or a person the article gave a title: "Datuk Azman Rafiq … said Azman")
                    and (len(parts) > 2 or _is_first_name(word) or full in self.titles)
                )
                or (
                    len(parts) > 2
                    and parts[-2] == word
                    # (not a second first name: "Luis" of "José Luis Ortega"; "Molina",
                    # a rare woman's name in US records, after "Andrés" is a surname)
                    and _first_name_gender(word) in (None, _other_gender(parts[0]))
                )
            )
        }
        return found.pop() if len(found) == 1 else word

    def _by_opening(self, words: str) -> str:
        """The one full name of three words or more that opens with ``words`` (two words
        or more), or ``words``."""
        found = self._name_indexes()[1].get(words, ())
        return found[0] if len(found) == 1 else words

    def full(self, name: str) -> str:
        """The fullest form of a person's name the article gives.

        "Roe" and "J. Roe" become "Jane Roe" when the article names her so; a word
        glued before the name ("Substitute Jane Roe") is dropped (:func:`_unprefixed`).
        """
        name = self.aliases.get(name, name)
        words = name.split()
        full = self.fullest.get(words[-1])
        if len(words) == 1 and (full is None or full == name):
            # (also a first name the article gave alone with an age: "Graham, 64,")
            return self._by_other_word(name)
        if (full is None or full == name) and len(words) > 1:
            # "Mohd Faizal" of "Mohd Faizal Ismail": the one longer name it opens
            return self._by_opening(name)
        if full is None or len(full) <= len(name):
            return name
        if full.endswith(name):
            return full
        if len(words) == 2 and words[0].lower() in self.ambiguous_titles:
            return full  # "Gen Milley" -> "Mark Milley" ("Hon Hai" has no fuller form)
        if len(words) > 1 and all(_INITIALS.match(w) for w in words[:-1]):
            # "G. Roe" -> "Grace Roe": the initials are the first letters of the full name.
            letters = "".join(words[:-1]).replace(".", "")
            given = full.split()[:-1]
            if len(given) >= len(letters) and all(
                g[0] == c for g, c in zip(given, letters, strict=False)
            ):
                return full
            if (
                given
                and all(w.lower() in self.honorific_initials for w in words[:-1])
                and _first_name_gender(given[0].split("-")[0]) != "female"
            ):
                # "M. Mourey" -> "Jean-Pierre Mourey": Monsieur (or Don), no initial; never
                # a woman's name ("her brother M. Smith" is not "Jane Smith").
                return full
        return name

    def is_person(self, name: str) -> bool:
        return name.split()[-1] in self.fullest

    def fuller_firm(self, name: str, endings: frozenset[str]) -> str:
        """The longest name of a body the article gives that opens with ``name`` and
        adds only words of ``endings`` ("Corvane Semiconductor Inc" for "Corvane"), when
        every such name is a form of it; else ``name``.  Remembered per name."""
        found = self._fuller.get(name)
        if found is None:
            longer = sorted(
                {
                    n
                    for _, n in self.all_orgs
                    if n.startswith(name + " ")
                    and all(_norm(w) in endings for w in n[len(name) :].split())
                },
                key=len,
            )
            ok = bool(longer) and all(longer[-1].startswith(n) for n in longer)
            found = self._fuller[name] = longer[-1] if ok else name
        return found

    def compound_body(self, noun: str, pos: int) -> str:
        """The one body named before ``pos`` with a word ending in ``noun`` ("Verein" ->
        "Förderverein Hallenbad Mühlgraben"), or ``noun`` when none or several are."""
        low = _norm(noun)
        fuller = {
            n
            for at, n in self.all_orgs
            if at < pos and n != noun and any(w.endswith(low) for w in _norm(n).split())
        }
        return fuller.pop() if len(fuller) == 1 else noun

    def linked_body(self, name: str, lex: Lexicon) -> str:
        """The one fuller name the text gives a body by ``name``, a link word and
        capitalised words ("Landesamt für Denkmalpflege" for "Landesamt", "Bundesamt für
        Migration und Flüchtlinge" for "Bundesamt"), or ``name``.  Remembered per name."""
        found = self._linked.get(name)
        if found is None:
            tail = _linked_tail(lex.body_links - lex.coordinators, lex.coordinators)
            text, head = self.text, name + " "
            names = set()
            i = text.find(head)
            while i >= 0 and tail is not None:
                m = None if i and text[i - 1].isalnum() else tail.match(text, i + len(name))
                if m is not None:
                    names.add(text[i : m.end()])
                i = text.find(head, i + 1)
            found = self._linked[name] = names.pop() if len(names) == 1 else name
        return found

    def spelled_out(self, short: str) -> str:
        """The one body the article names whose words' capitals are ``short``, spelled
        out without brackets ("the Therapeutic Goods Administration" … "A TGA
        spokeswoman"), or ``short``.  Remembered per name."""
        found = self._spelled.get(short)
        if found is None:
            full = {
                n
                for _, n in self.all_orgs
                if " " in n and "".join(w[0] for w in n.split() if w[:1].isupper()) == short
            }
            found = self._spelled[short] = full.pop() if len(full) == 1 else short
        return found

    def fullest_body(self, name: str) -> str:
        """The one longer name of a body in the article that ends with ``name`` ("U.S.
        Forest Service" for "Forest Service") or, when none does, that starts with it
        ("Buckeye Fresh Markets" for "Buckeye Fresh"); or ``name`` when there is none or
        several ("the Israeli Health Ministry" and "the Palestinian Health Ministry")."""
        found = self._fullest_bodies.get(name)
        if found is None:
            tail = " " + name
            longer = {other for _, other in self.all_orgs if other.endswith(tail)}
            if not longer:
                found = self._fullest_bodies[name] = self.body_starting(name) or name
            else:
                found = self._fullest_bodies[name] = longer.pop() if len(longer) == 1 else name
        return found

    def body_starting(self, name: str) -> str | None:
        """The one body's name in the article that starts with ``name`` and goes on,
        or None (remembered per name: every quotation a person speaks asks)."""
        if name in self._bodies_starting:
            return self._bodies_starting[name]
        head = name + " "
        longer = {other for _, other in self.all_orgs if other.startswith(head)}
        found = self._bodies_starting[name] = longer.pop() if len(longer) == 1 else None
        return found

    def read_roles(self, lex: Lexicon) -> None:
        """Add the lower-case roles written before names ("Acme chief executive Jo Roe",
        "coach Ange Postecoglou") to ``titles`` and ``bearers``.

        Read once, and only when a role noun needs resolving, from the names that
        follow a lower-case word (``after_lower``, noted while the cast was built).
        """
        if self._roles_read:
            return
        self._roles_read = True
        text, titles = self.text, lex.titles
        rfind = text.rfind
        for at, written in self.after_lower:
            lo = at - 40 if at > 40 else 0
            # "L'avvocato Paolo Conti": the role after an elided article is one word.
            nearest = _unelided(text[rfind(" ", lo, at - 1) + 1 : at - 1])
            if nearest not in titles and "-" not in nearest:
                continue  # most names follow a word that is no role: tell so at once
            # Up to three role words before the name, nearest first.
            role_words: list[str] = []
            before = text[lo:at].split()[-3:]
            for w in reversed(before):
                bare = _unelided(w)
                if not bare[0].islower() or not _is_title(_norm(bare), lex):
                    break
                role_words.append(_norm(bare))
                if bare is not w:
                    break  # the article opens the role
            # "chief financial officer Jo Roe": a role of several words the lexicon knows
            # ("the CFO"), though not each of its words is a title
            role_words.extend(_known_role_phrases(before, lex))
            name = self.full(written)
            if not role_words or not self.is_person(name):
                continue
            self.titles.setdefault(name, set()).update(role_words)
            self._title_words.pop(name, None)
            self.add(self.bearers, at, name)

    def title_words(self, name: str) -> set[str]:
        # Titles are complete once the cast is built, so each name's words are kept.
        out = self._title_words.get(name)
        if out is None:
            out = set()
            for t in self.titles.get(name, ()):
                out.update(t.split())
                out.add(t)
                if self.title_suffixes and t.endswith(self.title_suffixes) and " " not in t:
                    # "Kultusministerin" is a "Ministerin"; "Vizekanzler" is no "Kanzler".
                    suffix = max((x for x in self.title_suffixes if t.endswith(x)), key=len)
                    if t != suffix and not t.startswith(tuple(self.role_prefixes)):
                        out.add(suffix)
            self._title_words[name] = out
        return out

    def gender(self, name: str, lex: Lexicon) -> str | None:
        """``"male"``, ``"female"`` or None (unknown or contradictory) for a person's name.

        Read only when a gendered pronoun needs it, then remembered: the strongest
        evidence wins, and evidence of both genders at that strength is none.  In the
        text, an honorific or a noun next to the name ("Mrs Roe", "actress Jo Roe",
        "Jo Roe, the mother of") is strong and a generic masculine noun ("chairman")
        weak; the first-name table (:func:`_first_name_gender`) is as weak.
        """
        if name in self._genders:
            return self._genders[name]
        words = name.split()
        shared = self._surname_counts().get(words[-1], 0) > 1
        # (a surname two people share: its lone mentions are the one it means alone)
        evidence = _gender_evidence(
            self.text, name, lex, bare=not shared or self.full(words[-1]) == name
        )
        if not shared:
            # (not for a surname two people share: "Mara Quintero" and her father)
            agreed = _pronoun_agreement(self.text, words[-1], set(words), lex)
            if agreed is not None:
                evidence.append((agreed, 2))
        if len(words) > 2 and words[0].rstrip(".") in lex.gender_words:
            words.pop(0)  # "M. Paul Dupont": the first name follows the honorific
        table = _first_name_gender(words[0])
        if table is not None:
            evidence.append((table, 1))
        found = None
        if evidence:
            best = max(strength for _, strength in evidence)
            genders = {g for g, strength in evidence if strength == best}
            found = genders.pop() if len(genders) == 1 else None
        self._genders[name] = found
        return found

    def _surname_counts(self) -> dict[str, int]:
        """How many distinct names in ``unglued`` end in each surname, counted at the
        first call: :meth:`gender` asks it for every name, and ``unglued`` is complete
        once :func:`_build_cast` returns, before any gender is read."""
        if self._surnames is None:
            counts: dict[str, int] = {}
            for n in set(self.unglued.values()):
                last = n.split()[-1]
                counts[last] = counts.get(last, 0) + 1
            self._surnames = counts
        return self._surnames

    def org_names(self) -> frozenset[str]:
        """Every name in ``all_orgs`` (read again only when events were added)."""
        count, names = self._org_names
        if count != len(self.all_orgs):
            names = frozenset(n for _, n in self.all_orgs)
            self._org_names = (len(self.all_orgs), names)
        return names

    def may_be(self, name: str, gender: str, lex: Lexicon) -> bool:
        """Whether ``name`` may be what a pronoun of ``gender`` refers to.

        An unnamed person ("" for "one fan") and a name of unknown gender may; an
        organisation never may (a lone word the article also names as a body).
        """
        if not name:
            return True
        orgs = self.org_names()
        if not self.is_person(name) and name in orgs:
            return False
        given, _, last = name.rpartition(" ")
        if (
            given
            and (name in orgs or last in orgs)
            and _first_name_gender(given.split()[0]) is None
        ):
            return False  # "Eastbank Rovers", also written as the body "Rovers": a team
        found = self.gender(name, lex)
        return found is None or found == gender

    @staticmethod
    def latest(
        events: list[tuple[int, str]],
        pos: int,
        accept: Callable[[str], bool] | None = None,
        reach: int | None = None,
    ) -> str | None:
        """The most recent event before ``pos`` (that ``accept`` takes, among the last
        ``reach`` events when given), by bisection."""
        found = _Cast.latest_event(events, pos, accept, reach)
        return None if found is None else found[1]

    @staticmethod
    def latest_event(
        events: list[tuple[int, str]],
        pos: int,
        accept: Callable[[str], bool] | None = None,
        reach: int | None = None,
    ) -> tuple[int, str] | None:
        """:meth:`latest` with the event's position."""
        k = bisect.bisect_left(events, (pos, ""))
        stop = 0 if reach is None else max(0, k - reach)
        while k > stop:
            k -= 1
            name = events[k][1]
            if accept is None or accept(name):
                return events[k]
        return None

    @staticmethod
    def add(events: list[tuple[int, str]], pos: int, name: str) -> None:
        bisect.insort(events, (pos, name))


#: Most people mentioned since that a gendered pronoun passes over to reach its person
#: (a bound that keeps long documents of many people linear; no article needs more).
_PRONOUN_REACH = 40
#: How far after naming a person a noun of their gender may stand for them (two
#: sentences or so): "Richterin Elisabeth Grabner … sagte die Vorsitzende".
_EPITHET_REACH = 300


def _masked(text: str, spans: Sequence[QuoteSpan], lex: Lexicon) -> str:
    """The text with every quotation (marks included) blanked, offsets kept: with spaces,
    or with tabs for a nickname inside a name (:func:`_nickname`)."""
    parts: list[str] = []
    pos = 0
    for s in spans:
        a = s.open_pos
        b = (s.close_pos + 1) if s.close_pos is not None else s.end
        if a < pos:
            continue
        parts.append(text[pos:a])
        # A nickname inside a name ("Rodolfo “Dodong” Almazan") is blanked with tabs, which
        # no normalised text holds: a run of names reads on across them (_run_pattern).
        parts.append(("\t" if _nickname(text, a, b, lex) else " ") * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Offsets just past each sentence end in ``text[lo:hi]`` ("Mr." and "U.S." are not ends)."""
    return [m.end() for m in _SENTENCE_END_TRUE.finditer(text, lo, hi)]


# Capitalised words, found without tokenising the whole article (the cast is built
# from every sentence, so this is the hot loop); the case is checked in Python.
_FIRST_WORD = re.compile(r"\w+")
_INITIALS = re.compile(r"^(?:\w\.)+$")


_CAP = "A-ZÀ-ÖØ-ÞĀ-ɏА-ЯЁΑ-Ω"

#: A quoted capitalised word, then a space and a capital: a nickname inside a name (from
#: its opening mark to the capital after its closing one; not two words, a song's title:
#: "Elton “Cold Heart” Dua Lipa").
_NICKNAME = re.compile(rf"\W[{_CAP}][\w'’.-]*\W[ ][{_CAP}]\Z")


def _nickname(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether the quotation ``text[a:b]`` (marks included) is a nickname between a first
    name and a surname: "Rodolfo “Dodong” Almazan", "Donald ‘Dòmhnall’ Maclean"."""
    if a < 2 or text[a - 1] != " " or text[b : b + 1] != " " or not text[a - 2].isalpha():
        return False
    if _NICKNAME.match(text, a, b + 2) is None:
        return False
    word = text.rfind(" ", max(0, a - 40), a - 1) + 1
    given = text[word : a - 1]
    if _is_first_name(given.split("-")[0]):
        return True
    # Another capitalised word after a lower-case noun ("branch secretary Tama “Nugget”
    # Whaanga", "Wales wing Rhodri ‘Roc’ Jenkins"); not one opening a sentence ("It's
    # “Game Over” Jo Roe said") nor after a function word ("the Netflix “Adolescence”").
    before = text[max(0, word - 30) : word].split()
    return (
        given[:1].isupper()
        and given.isalpha()
        and bool(before)
        and before[-1].isalpha()
        and before[-1].islower()
        and before[-1] not in lex.function_words
        and before[-1] not in lex.determiners
        and before[-1] not in lex.place_prepositions
    )


# A word inside a run ends with a full stop only as an initial ("J. Smith", and the
# surname of "Johann K., 52,"), so a run stops at a sentence end ("Monday. John").  Its
# letters are a plain repeat with the rare inner full stop ("U.S") as a group: the regex
# engine loops faster so.  That group is possessive (``*+``): nothing after it can match
# what it gave back, and the engine keeps no state to backtrack into it.
#: The full stop that ends initials written together ("K.S." of "K.S. Poovaiah").
_INITIALS_END = rf"(?:\.(?<=\.[{_CAP}]\.)(?=[ \t,;)]))?"
_RUN_WORD = rf"(?:[{_CAP}]\.(?=[ \t,;)])|[{_CAP}][\w'’-]*(?:\.(?=\w)[\w'’-]*)*+{_INITIALS_END})"
_TOKEN_IN_RUN = re.compile(rf"{_RUN_WORD}\.?|\S+")


def _name_after_noun(words: Sequence[str]) -> int | None:
    """Index of the known first name after the noun ``words[0]`` opens, or None."""
    return next(
        (
            k
            for k in range(1, len(words))
            # (a capital: "von" of "Doppelpack von Okafor" is a link word, not "Von")
            if words[k][:1].isupper() and _is_first_name(words[k].split("-")[0])
        ),
        None,
    )


@functools.lru_cache(maxsize=16)
def _run_pattern(connectors: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words joined by spaces or by up to two connectors ("Bank of France")."""
    links = _alternation(connectors)
    # The first word's capital comes first and its lookbehind after it, so the regex
    # engine skips ahead to candidate capitals instead of trying every offset.
    first = rf"[{_CAP}](?<![\w'’-].)(?:\.(?=[ \t])|[\w'’-]*(?:\.(?=\w)[\w'’-]*)*+{_INITIALS_END})"
    # (At most three spaces between words: a blanked quotation between two capitalised
    # words, "It's “Game Over” Jo Roe said", keeps them apart.  Every part after the
    # first word is optional, so the run never backtracks into its words: possessive.)
    # (A nickname blanked with tabs joins them: "Rodolfo “Dodong” Almazan", see _masked.)
    gap = r"(?:[ \t]{1,3}|[ ]\t+[ ])"
    return re.compile(rf"{first}(?:{gap}(?:(?:{links}){gap}){{0,2}}{_RUN_WORD})*+")


_Verdict = tuple[str, str, str, bool, int, int] | None
#: id(lexicon) -> (the lexicon, run text -> verdict of :func:`_classify_run`).  The
#: lexicon is kept beside its verdicts, so a lexicon freed and another one allocated
#: at the same address never reads the first one's verdicts.
_CLASSIFIED: dict[int, tuple[Lexicon, dict[Any, Any]]] = {}


def _run_verdict(
    run_text: str, lex: Lexicon, cache: dict[str, _Verdict], *, noun_first: bool = False
) -> _Verdict:
    """:func:`_classify_run` on a run's text, remembered: the same names recur in every article.

    A verdict is ``(kind, name, title, subject, start, end)`` with offsets in
    ``run_text``, or None, for a run that does not follow a place preposition.
    After one ("in Paris", "at NATO") a run is never a subject and nothing else
    changes, so the caller only clears ``subject`` then.  The run pattern's
    capitals include the lower-case letters of Latin Extended ("ł"): a run that
    starts with one is no run (and the capitals it swallowed are none either).
    ``noun_first``: a noun determiner stands before the run (see :func:`_classify_run`).
    """
    key = "\0" + run_text if noun_first else run_text
    hit = cache.get(key, _MISSING)
    if hit is _MISSING:
        hit = None
        if run_text[0].isupper():
            toks: list[_Tok] = []
            noun = False  # (the run opened with an article and a noun, skipped)
            for m in _TOKEN_IN_RUN.finditer(run_text):
                word = m.group()
                if word.endswith(".") and not _INITIALS.match(word):
                    word = word[:-1]
                if not toks and (elided := _ELIDED.match(word)) and word[elided.end()].islower():
                    noun = True
                    continue  # "L’anthropologue Éric Chauvier": an article and a noun first
                toks.append(_tok(word, m.start(), m.start() + len(word)))
            run = (
                _classify_run(toks, None, lex, after_prep=False, noun_first=noun_first)
                if toks
                else None
            )
            if run is not None:
                # "L'allenatore della Nautica Rivabella, Marco Ghiglione,": a name after the
                # noun's link word is its complement, never the sentence's subject
                subject = run.subject and not (noun and toks[0].text[:1].islower())
                hit = (run.kind, run.name, run.title, subject, run.start, run.end)
        if len(cache) > 50_000:
            cache.clear()  # bounded: a long-running process must not grow without end
        cache[key] = hit
    return hit  # type: ignore[no-any-return]


_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _blank_line_separated(text: str, bounds: Sequence[tuple[int, int]]) -> bool:
    """Whether only blank lines separate the paragraphs (as ``_paragraph_bounds`` makes them).

    Then a regex can run over all of them at once: none of the patterns read
    here matches across a line break, and one at a paragraph's end sees a line
    break where the paragraph alone would end.
    """
    return all(
        # (most often one empty line: two line breaks, no regex needed)
        text[hi:lo] == "\n\n" or _BLANK_LINES.fullmatch(text, hi, lo) is not None
        for (_, hi), (lo, _) in itertools.pairwise(bounds)
    )


#: A sentence of the cast's text: ``(start, end, paragraph start, paragraph end)``.
_Sentence = tuple[int, int, int, int]


def _offsets_of(text: str, chars: str, lo: int, hi: int) -> list[int]:
    """Sorted offsets of every occurrence of any of ``chars`` in ``text[lo:hi]``.

    One ``str.find`` loop per character: a regex character class would test
    every character of the text in turn, which costs far more when, as with
    quotation marks and sentence ends, the characters are rare.
    """
    out: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch, lo, hi)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1, hi)
    out.sort()
    return out


_END_MARKS = ".!?…;\n"  # the first character of every :data:`_SENTENCE_END_TRUE` match


def _sentence_spans(text: str, bounds: Sequence[tuple[int, int]], joined: bool) -> list[_Sentence]:
    """Every sentence of the paragraphs, in order (see :func:`_sentence_ends`).

    Sentences are contiguous and cover each paragraph: the last one runs to the
    paragraph's end whatever ends it, and an empty paragraph has none.  The ends
    are what ``_SENTENCE_END_TRUE.finditer`` finds, tried only where a mark
    stands (:func:`_offsets_of`).  With ``joined`` (see
    :func:`_blank_line_separated`) the marks of all paragraphs are found at once
    and the line breaks between paragraphs are skipped.
    """
    out: list[_Sentence] = []
    if not bounds:
        return out
    if joined:
        chunks = [(bounds, bounds[0][0], bounds[-1][1])]
    else:
        chunks = [([(lo, hi)], lo, hi) for lo, hi in bounds]
    match = _SENTENCE_END_TRUE.match
    for paragraphs, start, stop in chunks:
        chars = _END_MARKS
        if joined and text.count("\n", start, stop) == 2 * (len(paragraphs) - 1):
            # Each blank line between paragraphs holds two line breaks: when they are
            # all there is, no paragraph holds one and none need finding.
            chars = _END_MARKS.replace("\n", "")
        marks = _offsets_of(text, chars, start, stop)
        k, n = 0, len(marks)
        for lo, hi in paragraphs:
            while k < n and marks[k] < lo:
                k += 1  # a line break between paragraphs
            a = lo
            while k < n and marks[k] < hi:
                i = marks[k]
                k += 1
                if i < a:
                    continue  # part of the end just found ("?!", "...")
                if text[i] in ";\n":
                    e = i + 1  # these end a sentence wherever they stand
                else:
                    m = match(text, i, stop)
                    if m is None:
                        continue
                    e = m.end()
                out.append((a, e, lo, hi))
                a = e
            if a < hi:
                out.append((a, hi, lo, hi))
    return out


def _blank_start(text: str, lo: int, i: int) -> int:
    """The first offset ``>= lo`` from which only spaces lead up to ``i``.

    Blanked quotations are long runs of spaces: they are skipped a slice at a
    time, not a character at a time.
    """
    while i > lo:
        w = max(lo, i - 256)
        kept = text[w:i].rstrip(" ")
        if kept:
            return w + len(kept)
        i = w
    return lo


def _blank_end(text: str, i: int, hi: int) -> int:
    """The first offset ``>= i`` and ``< hi`` that is not a space, else ``hi``."""
    if i + 1 < hi and text[i + 1] != " ":
        return i if text[i] != " " else i + 1  # (most often: one space)
    while i < hi:
        w = min(hi, i + 256)
        kept = text[i:w].lstrip(" ")
        if kept:
            return w - len(kept)
        i = w
    return hi


_CLAUSE_PUNCT = re.compile(r"[,.;:]")


def _appositive_titles(text: str, a: int, b: int, start: int, end: int, lex: Lexicon) -> set[str]:
    """Role words set off by commas around a name: "the mayor of X, Jane Roe," / "Roe, a judge,".

    The name is ``text[start:end]`` in the sentence ``text[a:b]``; the caller has
    seen a comma next to it, spaces aside.
    """
    found: set[str] = set()
    roles = lex.titles  # person roles are titles too (see load_lexicon)
    before = text[max(a, start - 90) : start].rstrip()
    if before.endswith(","):
        clause = _CLAUSE_PUNCT.split(before[:-1])[-1]
        found.update(roles.intersection(map(_norm, map(_unelided, clause.split()[-8:]))))
        found.update(_known_role_phrases(clause.split()[-4:], lex))
    after = text[end : min(b, end + 70)].lstrip()
    if after.startswith(","):
        clause = _CLAUSE_PUNCT.split(after[1:])[0]
        words = clause.split()[:7]
        for k, w in enumerate(words):
            if w[0].isupper():
                low = _norm(w)
                nxt = words[k + 1] if k + 1 < len(words) else ""
                if low in roles and not (nxt[:1].isupper() and _norm(nxt) not in roles):
                    found.add(low)  # "Acme's CEO", "Chief Executive Officer of Acme"
                elif not w.endswith(("'s", "’s")):
                    break  # another name ("Mayor Tom Lee"); "Acme's" is the employer
            elif _norm(w) in roles:
                found.add(_norm(w))
        # "Roe, the chief financial officer," (not "Roe, who reports to the chief …")
        found.update(_known_role_phrases(words, lex, lead=3))
    return found


def _known_role_phrases(words: Sequence[str], lex: Lexicon, lead: int = 99) -> set[str]:
    """The roles of two or three words in ``words`` that the lexicon's role equivalents
    know ("chief financial officer" for "the CFO"), though not each word is a title;
    starting in the first ``lead`` words, and not after a word that makes it another role
    ("former", "deputy": ``Lexicon.role_prefixes``)."""
    cache = _lexicon_cache(_ROLE_PHRASES, lex)
    heads = cache.get("heads")
    if heads is None:
        heads = cache["heads"] = frozenset(k.split()[0] for k in lex.role_equivalents if " " in k)
    if heads.isdisjoint(w.lower() for w in words[:-1]):
        return set()  # (most appositions: no word opens such a role)
    lows = [_norm(w.strip(",;:")) for w in words]
    return {
        phrase
        for k in (2, 3)
        for i in range(min(lead, len(lows) - k + 1))
        if (phrase := " ".join(lows[i : i + k])) in lex.role_equivalents
        and not (i and lows[i - 1] in lex.role_prefixes)
    }


#: id(lexicon) -> (the lexicon, {"heads": first words of its roles of several words}).
_ROLE_PHRASES: dict[int, tuple[Lexicon, dict[Any, Any]]] = {}


def _title_of(run_text: str, name: str) -> bool:
    """Whether a lower-case word links the title in ``run_text`` to ``name``.

    "Mayor of London", "PDG de Renault", "PDG d'Airbus": the name is the place or
    body the title is of, not the person who bears it ("Mayor Khan").
    """
    if name[:1].islower():
        return True  # "d'Airbus"
    before = run_text[: run_text.rfind(name)].split()
    return bool(before) and before[-1].islower()


def _unglue(name: str, known: set[str], calendar: frozenset[str]) -> str:
    """Undo a scraper's glued word at the end of a name: "Jens Roeaccusing" -> "Jens Roe".

    Only when the article also writes the name's last word on its own, and that
    word is no month or day ("Marchetti" is not "March" glued to "etti").
    """
    *rest, last = name.split()
    for cut in range(len(last) - 3, 2, -1):
        if last[cut:].islower() and last[:cut] in known and _norm(last[:cut]) not in calendar:
            return " ".join([*rest, last[:cut]])
    return name


def _unprefixed(
    name: str, words: Callable[[], frozenset[str]], agent_endings: tuple[str, ...] = ()
) -> str:
    """``name`` without a word glued before the first name: "Substitute Freya Dunn" -> "Freya Dunn".

    The word goes when it is not a known first name and the article shows it is
    none: hyphenated with a lower-case tail ("Co-author"), or written in lower case
    elsewhere (``words()``: the article's words) before a known first name
    ("substitute").  Two-word names are left alone ("Young Kim", "Van Morrison"),
    and so is a word before a lower-case one ("Artikel von Anna Roe").  (A place
    glued before a name, "Resident of Kyzylzhar Aigerim Roe", stays: telling it from
    a first name missing from the table, as in "Ali Abdullah Saleh", takes more than
    the article's spelling.)
    """
    lead, _, rest = name.partition(" ")
    if " " not in rest or not rest[0].isupper() or _first_name_gender(lead) is not None:
        return name
    if lead.partition("-")[2][:1].islower():
        return rest
    if (
        agent_endings
        and len(lead) > 5
        and lead.lower().endswith(agent_endings)
        and _first_name_gender(rest.partition(" ")[0]) is not None
    ):
        return rest  # "Forecaster Keith Amundsen": a noun for what one does, then a name
    if _first_name_gender(rest.partition(" ")[0]) is not None and lead.lower() in words():
        return rest
    return name


#: A word as _unprefixed looks for it in lower case: a run of letters, digits,
#: apostrophes and hyphens.
_WORD_RUN = re.compile(r"[\w'’-]+")


def _clear_caches() -> None:
    """Forget every remembered word, run and verdict (benchmarks measure a cold start so)."""
    _CLASSIFIED.clear()
    _RUN_VERDICTS.clear()
    _UNLISTED.clear()
    _TOK_INFO.clear()
    _norm.cache_clear()
    _first_name_gender.cache_clear()
    _is_first_name.cache_clear()


#: A sentence's possible subject: ``(offset, name, is a person, run match offset,
#: paragraph start)``; the last two say where to look for a place preposition.
_Candidate = tuple[int, str, bool, int, int]


def _after_place_preposition(
    text: str,
    at: int,
    lo: int,
    preps: frozenset[str],
    determiners: frozenset[str] = frozenset(),
    *,
    capitalised: bool = False,
) -> bool:
    """Whether the run at ``text[at]`` follows a place preposition ("in Paris", "at NATO"),
    or one and a word of ``determiners`` ("At the Creekside Bakery").

    Such a run is never a subject.  The word before is what lies between the last
    space and the run, spaces aside, within the paragraph starting at ``lo``;
    ``capitalised`` lets the preposition open the sentence (a determiner followed it,
    so no run took it in).
    """
    j = at
    if j > lo and text[j - 1] == " ":
        j = _blank_start(text, lo, j - 1) if text[j - 2] == " " else j - 1
    if j > lo and text[j - 1].isalnum():
        k = max(lo, text.rfind(" ", lo, j) + 1)
        before = _norm(text[k:j])
        # (a capital only on a one-letter word, which no run takes in: "À Courtelaine, …")
        if before in preps:
            return text[k].islower() or j - k == 1 or capitalised
        if determiners and before in determiners and k - 1 > lo:
            # ("At the …": the determiner keeps a capitalised preposition out of the run)
            return _after_place_preposition(text, k - 1, lo, preps, capitalised=True)
    return False


#: What may follow a name: a comma, spaces aside (group 1), or a lower-case word and
#: then a capital (group 2): "Rovers boss Danny Roe" makes "Rovers" a team.  The
#: quantifiers are possessive (what each one stops at is never what it repeats, so
#: giving back could not help): after a name a blanked quotation may stand, hundreds
#: of spaces that the engine would otherwise give back one by one on failing.
_AFTER_NAME = re.compile(r" *+(,)|\s++([^\W\d_A-Z][\w-]*+)\s++(?:([^\W\d_A-Z][\w-]*+)\s++)?[A-Z]")


#: A short name in brackets: "(KVG)", "(UFCW)".
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜ&]{1,7})\)")


def _initials_within(name: Sequence[str], short: str) -> bool:
    """Whether the capitals that open the words of ``name`` occur in ``short`` in order
    ("United Food and Commercial Workers" in "UFCW", "Kesselbacher
    Verkehrsgesellschaft" in "KVG"; not "Authority of Emergency and Civil Protection"
    in "ANEPC")."""
    at = 0
    for word in name:
        if word[:1].isupper():
            at = short.find(word[0], at) + 1
            if at == 0:
                return False
    return True


def _acronyms(text: str, lex: Lexicon) -> dict[str, str]:
    """Short names in brackets and the organisation names they follow ("United Food and
    Commercial Workers (UFCW)", "Kesselbacher Verkehrsgesellschaft (KVG)"): capitalised
    words and the links between them whose capitals the short name holds in order, the
    longest such; never a person's name ("Christian Müller (CDU)")."""
    found: dict[str, str] = {}
    links: frozenset[str] | None = None
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        if text[m.start() - 1 : m.start()] != " ":
            continue
        if links is None:
            links = lex.name_connectors | lex.org_links | lex.body_links
        short = m[1]
        words = text[max(0, m.start() - 120) : m.start()].split()
        k = len(words)
        while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in links):
            k -= 1
        candidates = words[k:]
        for i, first in enumerate(candidates):
            name = candidates[i:]
            if (
                len(name) > 1
                and first[:1] == short[0]
                and first.lower() not in lex.determiners
                and _initials_within(name, short)
                and not _is_first_name(first.split("-")[0])
            ):
                found.setdefault(short, " ".join(name))
                break
    return found


#: An age in apposition after the comma that follows a name: " 74," of "Alzira, 74,".
_AGE_AFTER = re.compile(r" *\d{1,3} *[,)]")


_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _person_noun_at(text: str, at: int, hi: int, lex: Lexicon) -> bool:
    """Whether the word at ``text[at:hi]`` names a person ("lawyer", "wife", "lawyers"),
    or is a title of one or two words with a name set off after it ("managing director,
    Gareth Pickersgill,"): "Smith's lawyer, Jo Roe, said" has the lawyer for its subject,
    not Smith.
    """
    m = _NEXT_WORD.match(text, at, hi)
    if m is None:
        return False
    low = _norm(m[1])
    forms = (low, low[:-1]) if low.endswith("s") else (low,)
    if any(f in lex.person_roles or f in lex.gender_words for f in forms):
        return True
    # A title ending a phrase of a few words, with a name set off after it: "Pennine
    # Link's managing director, Gareth Pickersgill,", "BirdLife Australia's beach-nesting
    # birds program manager, Megan Tulloch," (not "Harrower's forward line": no name).
    words = [low]
    for _ in range(_TITLE_PHRASE_WORDS):
        if _NAME_SET_OFF.match(text, m.end(), hi) is not None:
            return _is_title(words[-1], lex) or (
                len(words) > 1 and _is_title(f"{words[-2]} {words[-1]}", lex)
            )
        m = _NEXT_WORD.match(text, m.end(), hi)
        if m is None or not m[1][0].islower():
            return False
        words.append(_norm(m[1]))
    return False


#: Most words in the phrase between a possessive and the title that ends it.
_TITLE_PHRASE_WORDS = 5


#: A comma, then a capitalised word: a name set off after a title.
_NAME_SET_OFF = re.compile(rf",[ \t]+[{_CAP}]")


def _person_apposed_after(text: str, at: int, hi: int, lex: Lexicon) -> bool:
    """Whether ``text[at:hi]`` opens with a determiner and a noun for a person ("une
    locataire", "a nurse", "the club's captain" is not read): an apposition that makes
    the lone name before it a person's."""
    m = _NEXT_WORD.match(text, at, hi)
    if m is None or _norm(m[1]) not in lex.determiners:
        return False
    return _person_noun_at(text, m.end(), hi, lex)


def _leads(before: list[str], lex: Lexicon) -> bool:
    """Whether words before a sentence's first name leave it leading: "Later on Friday the"."""
    return len(before) <= 2 or all(
        _norm(w) in lex.function_words or _norm(w) in lex.calendar for w in before
    )


#: What ends a dateline after its capitalised place: "KESSING —", "OSLO, Norway (Reuters) -".
_DATELINE_END = re.compile(
    r"(?:,[^\S\n]*[A-Z][\w. ]{0,25})?[^\S\n]*(?:\([^()\n]{1,25}\)[^\S\n]*)?(?:[—–]|--?)[^\S\n]"
)


#: How many words after an indefinite opening ("One senior Liberal official") are read
#: for the noun that says whether it is a person, and how much of the sentence is read
#: for a verb of saying.
_OPENING_WORDS = 6
_SENTENCE_CHARS = 200
#: Characters of a sentence read for a name's "'s" and the noun it owns, and the most
#: words of that name.
_OPENING_CHARS = 60
_KIN_NAME_WORDS = 3
#: How far into a sentence a fronted phrase ("Outside the station on Thursday,") may end.
_FRONTED_CHARS = 80


@functools.lru_cache(maxsize=16)
def _opening_pattern(indefinite: frozenset[str], coordinators: frozenset[str]) -> re.Pattern[str]:
    """A sentence's first word when it is indefinite, after a coordinator at most ("But a")."""

    return re.compile(
        rf"\W*(?:(?:{_alternation(coordinators)})\W+)?({_alternation(indefinite)})(?!\w)",
        re.IGNORECASE,
    )


def _may_be_someone(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """Whether the sentence ``text[at:end]``, opening with an indefinite word, may be about a person.

    It may when a noun for a person or an age follows within a few words ("One
    senior official", "A 34-year-old", "Another resident"), when the indefinite
    word stands alone ("Another, who asked not to be named,"), or when the sentence
    holds a verb of saying; "A handwritten note taped above it reads" is not.
    """
    stop = min(end, at + _SENTENCE_CHARS)
    # The opening words are read first, from a short slice: most sentences are
    # decided by them (its last token may be cut, so one more than needed is read).
    read = min(stop, at + 12 * _OPENING_WORDS)
    toks = _tokens(text, at, read)
    if read < stop and len(toks) < _OPENING_WORDS + 3:
        toks, read = _tokens(text, at, stop), stop
    if toks and toks[0].low in lex.oblique_determiners:
        return False  # "Einen Teil seiner Flächen habe er verloren, sagte …": no subject
    head = toks[1 : 1 + _OPENING_WORDS]
    if not head or not head[0].is_word or head[0].low in lex.place_prepositions:
        return True  # "Another, who …", "One of the pilots"
    for t in head:
        low = t.low
        if low in lex.inscriptions:
            return False
        if (
            low in lex.person_roles
            or low in lex.generic_roles
            or low in lex.titles
            or lex.age_role.search(low)
            or _gender_word(t.text, lex) is not None
        ):
            return True
    if read < stop:
        toks = _tokens(text, at, stop)
    return _says(toks, lex)


def _says(toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether ``toks`` hold a verb of saying whose subject is no pronoun ("A boardwalk
    would cost more, she told the committee", "…, sagte sie": the pronoun's person speaks,
    not the sentence's opening)."""
    pronouns = lex.subject_pronouns
    return any(
        not (i and toks[i - 1].low in pronouns)
        # (", sagte sie" inverted; not ", said she had …", where "she" opens what was said:
        # in English only a pronoun that ends the clause is inverted)
        and not (
            i
            and toks[i - 1].text == ","
            and j < len(toks)
            and toks[j].low in pronouns
            and (j + 1 == len(toks) or not toks[j + 1].is_word or lex.nouns_capitalised)
        )
        for i, j in _cues(toks, lex)
    )


def _kin_opening(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """Whether the sentence ``text[at:end]`` opens with a name's relative or agent and
    says something ("Pruitt’s daughter, who lives in Columbus, said …", "Ada Okafor's
    lawyer told the court …"): its subject is someone the text does not name."""
    opening = text[at : min(end, at + _OPENING_CHARS)]
    if "’s " not in opening and "'s " not in opening:
        return False  # (most sentences: no possessive near their start)
    words = opening.split(maxsplit=_KIN_NAME_WORDS + 1)
    for k, word in enumerate(words[: _KIN_NAME_WORDS + 1]):
        if not word[:1].isupper():
            return False
        if word.endswith(("’s", "'s")) and len(word) > 2:
            if k + 1 >= len(words):
                return False
            noun = words[k + 1].rstrip(",;:").lower()
            if noun not in lex.relatives and noun not in lex.person_roles:
                return False
            start = text.find(words[k + 1], at)
            return _says(_tokens(text, start, min(end, at + _SENTENCE_CHARS)), lex)
    return False


def _build_cast(
    masked: str, bounds: Sequence[tuple[int, int]], lex: Lexicon, joined: bool | None = None
) -> _Cast:
    """The people and organisations an article names, and where.

    ``masked`` is the text with its quotations blanked (:func:`_masked`): the cast
    is who the narration talks about.  The article is read in one pass over its
    capitalised runs (:func:`_run_pattern`, classified by :func:`_run_verdict`)
    walking alongside its sentences (:func:`_sentence_spans`); each run goes to the
    sentence it starts in.  Organisations go to the cast at once.  What depends on
    names the article may only give later -- a name's fullest form ("Stoltenberg"
    -> "Jens Stoltenberg"), whether a lone word is a person's surname -- is noted
    per sentence during the pass and settled by a short second pass over the notes.
    Checks that only matter for some runs (the word before a run, which only a
    sentence's subject needs) are made only for those.

    ``joined`` says whether one regex pass may serve all paragraphs
    (:func:`_blank_line_separated`, found when None); otherwise each paragraph is
    read on its own.
    """
    cast = _Cast(
        text=masked,
        honorific_initials=lex.honorific_initials,
        ambiguous_titles=lex.ambiguous_titles,
        title_suffixes=lex.title_suffixes,
        role_prefixes=lex.role_prefixes,
    )
    if joined is None:
        joined = _blank_line_separated(masked, bounds)
    pattern = _run_pattern(lex.name_connectors)
    verdicts: dict[str, _Verdict] = _lexicon_cache(_CLASSIFIED, lex)
    initials, coordinated = lex.indefinite_initials, lex.coordinator_openings
    opening_match = _opening_pattern(lex.indefinite, lex.coordinators).match
    preps = lex.place_prepositions
    after_name = _AFTER_NAME.match
    all_orgs, first_orgs, orgs = cast.all_orgs, cast.first_orgs, cast.orgs
    after_lower = cast.after_lower
    nouns = lex.noun_determiners
    determiners = lex.determiners
    definite_openings = lex.definite_openings
    definite_initials = lex.definite_initials
    according = lex.according_openings
    subject_pronouns, pronoun_initials = lex.subject_pronouns, lex.subject_pronoun_initials

    persons: list[str] = []  # every person's name as written, in order
    honoured: set[str] = set()  # lone names after an honorific ("Mr Chow")
    and_links = frozenset(w for w in lex.org_links if w in lex.coordinators or w == "&")
    #: (offset, name, is a person, titles) for every titled mention of a person or lone name.
    titled: list[tuple[int, str, bool, set[str]]] = []
    #: (offset of an indefinite opening word or -1, subject candidates) per sentence.
    notes: list[tuple[int, list[_Candidate]]] = []

    def close(a: int, b: int, candidates: list[_Candidate]) -> None:
        # "One engineer, who asked not to be named, said…": someone new and unnamed.
        if masked[a] == " ":
            a = _blank_end(masked, a, b)  # a blanked quotation: skip it at once
        open_at = -1
        c = masked[a] if a < b else "_"
        # Most sentences start with a word whose first letter no indefinite word has.
        if not ((c.isalnum() or c == "_") and c.lower()[0] not in initials) or (
            masked.startswith(coordinated, a)
        ):
            opening = opening_match(masked, a, b)  # "A …", "But one …"
            if opening is not None and _may_be_someone(masked, opening.start(1), b, lex):
                open_at = opening.start(1)
        if open_at < 0 and c.isalpha() and masked[a : a + 12].split(" ", 1)[0].lower() in preps:
            # "Outside the polling station on Thursday, one voter, who …, said": after a
            # fronted phrase of place or time
            # (up to two commas: "Devant la grille de l'école, mardi matin, une maman …")
            comma = a
            for _ in range(2):
                comma = masked.find(", ", comma + 1, min(b, a + _FRONTED_CHARS))
                if comma < 0 or not subject_pronouns.isdisjoint(masked[a:comma].lower().split()):
                    break  # (not "Am Volkstheater spielte sie …, eine Rolle, die …")
                opening = opening_match(masked, comma + 2, b)
                if opening is not None:
                    if _may_be_someone(masked, opening.start(1), b, lex):
                        open_at = opening.start(1)
                    break
        if open_at < 0 and c.isupper() and _kin_opening(masked, a, b, lex):
            # ("Pruitt’s daughter … said"; "Voss's attorney, Jo Roe," names her): the
            # possessor is no candidate for the subject
            open_at = a
            candidates = [
                x
                for x in candidates
                if x[0] >= a + _OPENING_CHARS
                or not masked.startswith(("’s", "'s"), x[0] + len(x[1]))
            ]
        if candidates and c in pronoun_initials:
            first = masked[a : a + 16].split(maxsplit=2)[:2]
            if (
                first
                and first[0].lower() in subject_pronouns
                # (not "Il y a dix ans, Jean Dupont a fondé …": an impersonal opening)
                and " ".join(first).lower() not in lex.impersonal_openings
            ):
                # "He started under his grandfather, Arthur, who …": the pronoun is the
                # subject; the people named after it are not.
                candidates = []
        if candidates or open_at >= 0:
            notes.append((open_at, candidates))
        if (
            open_at < 0
            # (a sentence naming someone has its subject among them; German nouns are
            # capitalised, so there the role noun itself is a candidate)
            and (not candidates or lex.nouns_capitalised)
            and c in definite_initials
            and masked.startswith(definite_openings, a)
        ):
            role = _role_opening(masked, a, b, lex)
            # (only one that speaks: "The minister was not available." is no speaker)
            if role is not None and not lex.cues.isdisjoint(
                w.strip(",.;:!?") for w in masked[a:b].lower().split()
            ):
                cast.role_subjects.append(role)

    if joined:
        chunks = [(bounds[0][0], bounds[-1][1], bounds)] if bounds else []
    else:
        chunks = [(lo, hi, [(lo, hi)]) for lo, hi in bounds]
    definites = lex.strong_determiners - lex.indefinite
    for start, stop, paragraphs in chunks:
        sentences = _sentence_spans(masked, paragraphs, joined)
        if not sentences:
            continue
        si = 0
        a, b, lo, hi = sentences[0]
        candidates: list[_Candidate] = []
        lead = first_org = True  # no run / no organisation yet in this sentence
        person_seen = False  # a person is this sentence's subject candidate
        phrase: tuple[int, int] | None = None  # the sentence's opening participle phrase
        for m in pattern.finditer(masked, start, stop):
            run_text = m.group()
            hit = verdicts.get(run_text, _MISSING)
            if hit is _MISSING:
                hit = _run_verdict(run_text, lex, verdicts)
            if hit is None:
                continue
            at = m.start()
            if (
                nouns
                and (hit[0] == "person" or hit[0] == "single")
                and (before_run := masked[max(0, at - 12) : at].rsplit(None, 1))
                and (
                    before_run[-1] in nouns
                    # "der 57-jährige Schäfer": an age between the determiner and the noun
                    or (
                        before_run[-1][:1].isdigit()
                        and "-" in before_run[-1]
                        and _noun_before_age(masked, at, nouns)
                    )
                )
            ):
                # "der Gewerkschafter": a noun, not a name (German capitalises every noun).
                hit = _run_verdict(run_text, lex, verdicts, noun_first=True)
                if hit is None:
                    continue
            kind, name, title, subject, rs, re_ = hit
            rs += at
            re_ += at
            if kind == "person" and not title and _definite_before(masked, rs, definites):
                # "the Red Cross", "The Grace Trust said": a definite article before a first
                # name and a surname means a body, never a person
                kind = "org"
            while rs >= b:  # the run starts a later sentence
                close(a, b, candidates)
                si += 1
                a, b, lo, hi = sentences[si]
                candidates = []
                lead = first_org = True
                person_seen = False
                phrase = None  # (see _participle_phrase: found when first needed)
            if (
                lex.nouns_capitalised
                and (kind == "person" or kind == "single")
                and at > 1
                and masked[at - 1] == " "
                and (
                    masked[at - 2].isdigit()
                    or masked[max(lo, at - 16) : at - 1].rpartition(" ")[2] in lex.number_words
                )
                and not _is_first_name(name.split(" ", 1)[0])
            ):
                continue  # "40 Millionen Euro", "rund neun Millionen Euro": a quantity, no one
            if (
                (kind == "person" or kind == "single")
                and at > 2
                and masked[at - 1] == "("
                and masked[re_ : re_ + 1] == ")"
                and masked[at - 3 : at - 2].isalpha()
                and masked[at - 2] == " "
            ):
                continue  # "Jürgen Bauer (Freie Wähler)": the party after a name, no one
            if (
                lex.nouns_capitalised
                and kind == "person"
                and not title
                and name.count(" ") == 1
                and run_text == name
                and _blank_end(masked, a, at) == at
                and not _is_first_name(name.split(" ", 1)[0])
                and _noun_not_surname(masked, name.rpartition(" ")[2], lex)
            ):
                # "Kleine Betriebe hätten …", "Grazer Familien": an adjective and a noun
                # opening a sentence, where nouns are capitalised; a person's surname
                # comes back in the article ("Mette Frederiksen … Frederiksen sagte")
                continue
            if (
                kind == "person"
                and _norm(name.split(" ", 1)[0]) in lex.dates_or_names
                and run_text.startswith(name.split(" ", 1)[0], rs - at)
                and _after_place_preposition(masked, at, lo, preps)
            ):
                # "in October Wilmer Ostrand": the month is a date, not part of the name.
                rest = rs + len(name.split(" ", 1)[0]) - at
                rest += len(run_text) - rest - len(run_text[rest:].lstrip())
                again = _verdict_after(run_text, rest, at, lex, verdicts)
                if again is None:
                    continue
                kind, name, title, subject, rs, re_ = again
            elif (
                kind == "person"
                and not title
                and not lex.nouns_capitalised
                and name.count(" ") == 2
                and _determiner_opens(masked, at, run_text, lo, lex)
                and _says_who(name.split(" "), lex)
            ):
                # "la Belge Lotte Vermeiren", "L'Estonienne Kadri Raudsepp": after a
                # determiner, a word that is no first name says who she is; her name follows
                rest = run_text.index(" ") + 1
                again = _verdict_after(run_text, rest, at, lex, verdicts)
                if again is None:
                    continue
                kind, name, _, subject, rs, re_ = again
                title = run_text[: rest - 1]
            elif (
                kind == "person"
                and rs == at
                and name == run_text
                and name.count(" ") == 1
                and masked.startswith(", ", re_)
                and masked[re_ + 2 : re_ + 3].isupper()
                and _participle_before_name(name, lex)
            ):
                # "Sentencing Duffy, Judge Fiona Geraghty said": a participle opening the
                # sentence, the name it governs, then the sentence's subject (not "Xiaoming
                # Wang, a professor at Stanford,")
                rest = run_text.index(" ") + 1
                again = _verdict_after(run_text, rest, at, lex, verdicts)
                if again is None:
                    continue
                kind, name, title, _, rs, re_ = again
                subject = False
            if (
                kind == "person"
                and title
                and f" of {name}" in run_text
                and masked[_blank_start(masked, lo, at) - 1 : at].strip() == ","
                and masked[re_ : re_ + 1] in ",.;"
            ):
                # "Jo Roe, Chief Executive Officer of Acme Cell.": her title, then the body.
                kind = "org"
            elif title and (kind == "person" or kind == "single") and _title_of(run_text, name):
                title = ""  # "Sadiq Khan, Mayor of London": the place bears no title
            elif not title and kind == "person" and masked[rs - 2 : rs] == ". ":
                # "Sen. Dale Pruett": the abbreviated title is a run of its own
                abbreviation = masked[max(lo, rs - 8) : rs - 2].rpartition(" ")[2]
                if abbreviation and _is_title(_norm(abbreviation), lex):
                    title = abbreviation
            if kind == "person" and name.count(" ") > 1:
                placed = _place_before_name(name, masked, at, lo, preps)
                if placed:
                    # "le député de Charente-Maritime Étienne Vaudrey": the place, then him
                    rs += run_text.find(placed, rs - at) - (rs - at)
                    name = placed
            if masked[rs - 1] == " " and masked[rs - 2].islower() and rs - 2 >= lo:
                after_lower.append((rs, name))  # "coach Jo Roe": see _Cast.read_roles
            after = None
            if kind == "person" or kind == "single":
                after = after_name(masked, re_, hi)
                if after is not None and after.lastindex and after.lastindex > 1:
                    # "Rovers boss Danny Roe", "Liberal Democrat group leader Cllr Helen
                    # Marsh": a team or a party, then its member's title and name
                    word = after[3] or after[2]
                    if _is_title(_norm(word), lex) and (
                        after[3] is None
                        or _body_noun(_norm(after[2]), lex)
                        # "Manch general secretary Dilip Tanti": a title of two words
                        or _is_title(f"{_norm(after[2])} {_norm(word)}", lex)
                    ):
                        kind = "org"
            if (
                rs == lo
                and kind == "org"
                and name.isupper()
                and _DATELINE_END.match(masked, re_, min(hi, re_ + 40)) is not None
            ):
                continue  # "KESSING — Talks collapsed": a dateline names a place, not a body
            if (
                kind == "person"
                and lex.thing_relatives
                and masked.startswith(", ", re_)
                and masked[re_ + 2 : re_ + 12].split(" ", 1)[0] in lex.thing_relatives
                # (the sentence's subject: not "The jury acquitted Tom Brown, which stunned
                # the courtroom", where "which" means the acquittal)
                and all(_norm(w) in lex.function_words for w in masked[a:rs].split())
            ):
                kind = "org"  # "Tri-State Secure Transport, which operated the truck,"
            if kind == "date" or (kind == "place" and _norm(name) in lex.calendar):
                continue  # "Later on Friday the Green Party …": a day does not lead
            first_run = lead
            if lead:
                lead = False
                if (
                    kind == "org"
                    and subject
                    and _leads(masked[a:rs].split(), lex)
                    and not _after_place_preposition(masked, at, lo, preps)
                ):
                    # Only an organisation that leads its sentence is a likely "it" or "they".
                    orgs.append((rs, name))
            if kind == "org":
                body_start = _org_joined_before(
                    masked, rs, name, lo, and_links, persons, all_orgs, lex
                )
                if body_start >= 0:
                    # "Vale and Moor Coaches", "Ashworth and District NHS Foundation Trust":
                    # one body, not "Moor Coaches" after someone called Vale
                    name = masked[body_start:rs] + name
                    rs = body_start
                    for read in (all_orgs, orgs, first_orgs):
                        if read and read[-1][0] == rs:
                            read[-1] = (rs, name)  # the body read first was only its start
                    if all_orgs and all_orgs[-1] == (rs, name):
                        continue
                name = _org_joined_after(masked, rs, name, and_links, lex)
                all_orgs.append((rs, name))
                if first_org:
                    first_orgs.append((rs, name))
                    first_org = False
                continue
            if kind != "person" and kind != "single":
                continue
            is_person = kind == "person"
            if (
                not is_person
                and after is not None
                and after[1] is not None
                # (not a place: "À Courtelaine, le maire …" names the mayor after it)
                and not (rs > at and _norm(masked[at:rs].strip()) in preps)
            ):
                # "His wife, Alzira, 74,": a lone name given an age is a person's, and so
                # is one set off after a noun for a person ("His wife, Nuala, who …").
                is_person = (
                    _AGE_AFTER.match(masked, after.end(), hi) is not None
                    or _apposed_to_person_noun(masked, lo, rs, lex)
                    # "Fatima, une locataire de 58 ans,": a noun for a person after it
                    or _person_apposed_after(masked, after.end(), hi, lex)
                )
            if is_person:
                persons.append(name)
            elif (
                title
                and _personal_title(title, lex)
                and not lex.cues.isdisjoint(w.strip(",.;:") for w in masked[a:b].lower().split())
            ):
                honoured.add(name)  # (one who speaks: not "Mr Chow was not at home")
            # Appositive titles need a comma next to the name: look before reading them.
            comma = after is not None and after[1] is not None and re_ < b
            if not comma:
                i = rs
                if i > a and masked[i - 1] == " ":
                    i = _blank_start(masked, a, i - 1) if masked[i - 2] == " " else i - 1
                comma = i > a and masked[i - 1] == ","
            if comma:
                titles = _appositive_titles(masked, a, b, rs, re_, lex)
                if title:
                    titles.add(_norm(title))
                if titles:
                    titled.append((rs, name, is_person, titles))
            elif title:
                titled.append((rs, name, is_person, {_norm(title)}))
            if (
                not subject
                and first_run
                and run_text.endswith(("'s", "’s"))
                and _leads(masked[a:rs].split(), lex)
                and not _person_noun_at(masked, re_, hi, lex)
            ):
                # "Harrower's side travel to Millbrook.": the owner leads, a candidate for "he".
                subject = True
            if subject:
                if phrase is None:
                    phrase = _participle_phrase(masked, a, b, lex)
                if phrase[0] < rs < phrase[1] and masked[phrase[0] : rs].strip():
                    # "Asked about Toohey, Pereira was generous.", "Speaking to the Daily
                    # Graphic on Monday, Nana Essel said"
                    subject = False
            if subject and not person_seen:
                # A lone name is a subject only if it is a person's: known in the second pass.
                if not is_person:
                    candidates.append((rs, name, False, at, lo))
                elif _qualifies_role(masked, rs, re_, lo, lex) or _after_oblique(
                    masked, at, lo, lex
                ):
                    # "The Class XI student, who …, said": the student is the subject;
                    # "kostet den ersten Grünen Veltliner": an object
                    pass
                elif not _after_place_preposition(
                    masked, at, lo, preps, frozenset() if title else determiners
                ) or _according_opening(
                    masked[a:rs].lower().split(), according, title.lower(), lex
                ):
                    # ("According to Priya Nair, …", "Laut der Meteorologin Sabine Kogler
                    # habe …": the source the sentence reports)
                    candidates.append((rs, name, True, at, lo))
                    person_seen = True
        close(a, b, candidates)
        for a, b, _, _ in sentences[si + 1 :]:
            close(a, b, [])

    # Second pass: every name is known now.  Each name is read once, in the order of its
    # first mention: a name mentioned again ranks as it did then, and the ranks below only
    # grow, so its later mentions change nothing.
    named = list(dict.fromkeys(persons))
    # A month or day ("March") is no name a word was glued to ("Marchetti").
    # (a person's surname: "San" of "Ospedale San Giovanni" is not one "Santis" holds, nor
    # the state "Ogun" one "Ogunyemi" does)
    known = {name.rpartition(" ")[2] for name in named}
    unglued = cast.unglued = {name: _unglue(name, known, lex.calendar) for name in named}
    words: frozenset[str] | None = None

    def article_words() -> frozenset[str]:
        nonlocal words
        if words is None:
            words = frozenset(_WORD_RUN.findall(masked))
        return words

    for name in set(unglued.values()):
        bare = _unprefixed(name, article_words, lex.agent_endings)
        if bare != name:
            cast.aliases[name] = bare
            for written in [k for k, v in unglued.items() if v == name]:
                cast.aliases[written] = unglued[written] = bare
    fullest = cast.fullest
    rank: dict[str, tuple[bool, int]] = {}
    for name in named:
        name = unglued[name]
        given, _, last = name.rpartition(" ")
        # A name with a known first name beats a longer one without: "Luka Kovac", not
        # the headline's "Late Kovac".
        ranked = (
            any(
                _first_name_gender(w.split("-")[0]) is not None
                # (a first name the tables give no gender, written alone too: "Jayden says";
                # not "Little" of "Little Rock")
                or (_is_first_name(w.split("-")[0]) and masked.count(w) > masked.count(name))
                for w in given.split()
            ),
            len(name),
        )
        if (
            last in rank
            and ranked[0]
            and rank[last][0]
            and given.split()[0] != fullest[last].split()[0]
        ):
            # Another person of the surname ("her father, Esteban Quintero", after
            # "Mara Quintero"): the lone surname stays the one introduced first's.
            continue
        if last not in rank or ranked > rank[last]:
            fullest[last], rank[last] = name, ranked
    for rs, name, is_person, titles in titled:
        key = cast.full(unglued[name] if is_person else name)
        cast.titles.setdefault(key, set()).update(titles)
        cast.bearers.append((rs, key))
    for open_at, candidates in notes:
        # A sentence's subject: its first person, or lone name the article gives a person.
        subject_at, subject_name = -1, ""
        for rs, name, is_person, at, lo in candidates:
            # A lone name is one word: it is a person's when it ends a person's name.
            if (
                is_person
                or (
                    # (or the first of two surnames: "Marín" of "Elena Marín Soler")
                    (name in fullest or cast._by_other_word(name) != name)
                    and not _after_place_preposition(masked, at, lo, preps)
                )
                # "Mr Chow, a 71-year-old retired cleaner, said": an honorific before a
                # lone name no fuller name holds makes it a person's
                or (name in honoured and name not in cast._name_indexes()[0])
            ):
                subject_at, subject_name = rs, unglued[name] if is_person else name
                break
            aged = _AGE_APPOSITION.match(masked, rs + len(name)) if rs == at else None
            if (
                aged is not None
                and int(aged[1]) >= _ADULT_AGE
                and _first_name_gender(name) is not None
            ):
                # "Josiane, 74 ans, tient la billetterie": a first name alone, with an
                # adult's age, is the person (a feature's or a witness's; a child's is
                # more often spoken about: "Emma, 7 ans, a reçu le prix. « … », souligne-t-elle")
                fullest.setdefault(name, name)
                subject_at, subject_name = rs, name
                break
        if subject_at < 0 and candidates and not candidates[0][2]:
            rs, name, _, _, lo = candidates[0]
            verb = _LOWER_WORD_AFTER.match(masked, rs + len(name)) if rs - lo < 3 else None
            if (
                verb is not None
                and verb[1] in lex.cues
                and not masked[lo:rs].strip()
                and not _is_first_name(name.split("-")[0])
                and (rs, name) not in cast.orgs
            ):
                # "Aeralis said no passengers would be stranded.": a lone name no person
                # bears, opening its sentence before a verb of saying, speaks as a body
                # (a later "it said" means it)
                bisect.insort(cast.orgs, (rs, name))
                bisect.insort(cast.all_orgs, (rs, name))
        if (
            open_at >= 0
            and (
                subject_at < 0
                or (
                    subject_at - open_at > 24
                    # ("One of those apprentices is Kwame Asante-Reid, 26,": named after "is")
                    and (masked[open_at:subject_at].split() or [""])[-1].lower()
                    not in lex.auxiliaries
                    # ("a representative of the Taxi Drivers' Association, Pat Geraghty,": the
                    # one comma sets the name off after the noun phrase)
                    and not (
                        _before_apposed_name(masked[open_at:subject_at], lex).endswith(",")
                        and masked.count(",", open_at, subject_at) == 1
                    )
                )
                # "One Hollins Green resident said": a name before the noun qualifies it
                or _qualifies_noun(masked, open_at, subject_at, subject_name, lex)
            )
        ):
            # "One fan, Jess Hartley, 22, said": a name in apposition names them.
            cast.people.append((open_at, ""))
        elif subject_at >= 0:
            cast.people.append((subject_at, cast.full(subject_name)))
    if "(" in masked:
        cast.acronyms = _acronyms(masked, lex)
    for pos, name in _lowercase_bodies(masked, lex):
        # (for role nouns to find, "a précisé le ministère": not the latest body any noun
        # means, "a indiqué la mairie" after "la préfecture de la Sarthe")
        if (pos, name) not in cast.all_orgs:
            bisect.insort(cast.all_orgs, (pos, name))
    for events in (cast.orgs, cast.first_orgs, cast.all_orgs):
        # "RIDGEFIELD, Ohio, March 4 -", "PARIS, 18 mars (AFP) -": a dateline's place
        events[:] = [
            e
            for e in events
            if (masked[e[0] - 1 : e[0]] not in ("", "\n") or not _DATELINE.match(masked, e[0]))
            and not (e[1].isupper() and _shouted(masked, e[0]))
        ]
    return cast


def _shouted(text: str, at: int) -> bool:
    """Whether the paragraph around ``at`` is written in capitals only (a tabloid's
    headline: "BOSS BLASTS REF"), where a word in capitals is no acronym's body."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    return paragraph.isupper() and len(paragraph.split()) > 2


def _definite_before(text: str, at: int, definites: frozenset[str]) -> bool:
    """Whether the word right before ``at`` is a determiner that stays one before a capital
    ("the", not "Le" of "Le Monde")."""
    if not definites:
        return False
    before = text[max(0, at - 8) : at].rsplit(None, 1)
    return bool(before) and text[at - 1 : at] == " " and before[-1].lower() in definites


@functools.lru_cache(maxsize=16)
def _lowercase_body_pattern(
    nouns: tuple[str, ...], adjectives: tuple[str, ...] = ()
) -> re.Pattern[str]:
    # a capitalised word of the domain, and an adjective of the name after it ("Travaux
    # publics", "Éducation nationale")
    cap = r"[A-ZÀ-Þ][\w'’-]*"
    if adjectives:
        cap += rf"(?:[ \t]+(?:{'|'.join(re.escape(a) for a in adjectives)})(?![\w'’-]))?"
    link = r"(?:de la|de l['’]|du|des|de|d['’])"
    return re.compile(
        rf"(?<![\w'’-])(?P<name>(?:{'|'.join(re.escape(n) for n in nouns)})"
        rf"(?:[ \t]+{link}[ \t]*{cap}(?:[ \t]+(?:et[ \t]+)?{link}?[ \t]*{cap})*)?)(?![\w'’-])"
    )


def _lowercase_bodies(masked: str, lex: Lexicon) -> list[tuple[int, str]]:
    """The institutions ``masked`` names in lower case (``lowercase_bodies``), with the
    place or domain after them ("le ministère de la Culture et des Communications", "la
    préfecture de la Sarthe"): (offset, name)."""
    if not lex.lowercase_bodies:
        return []
    pattern = _lowercase_body_pattern(lex.lowercase_bodies, lex.body_adjectives)
    return [(m.start("name"), m.group("name")) for m in pattern.finditer(masked)]


#: A dateline at a paragraph's start: a place in capitals, then a comma, a bracket or a dash.
_DATELINE = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{2,}(?=[ \t]*[,(—–-][^\n]{0,60}?(?:\)[ \t]*[—–-]|[ \t][—–-][ \t]))"
)


#: A link word and up to three capitalised words after a body's name ("… and Main Roads").
_JOINED_AFTER = re.compile(
    rf"[ \t]+(\S+)[ \t]+([{_CAP}][\w'’-]*(?:[ \t]+[{_CAP}][\w'’-]*){{0,2}})(?![\w'’-])"
)


def _org_joined_after(text: str, rs: int, name: str, links: frozenset[str], lex: Lexicon) -> str:
    """``name`` with the words a link joins after it when they belong to it: a body named
    by what it is "of" or "for" goes on past "and" to two or three more words ("Department
    of Transport and Main Roads", "Ministry of Housing and Urban Affairs"), or to one that
    names a field ("Department of Water and Sanitation", see
    ``Lexicon.portfolio_endings``), none of them a title, a first name, an acronym or a
    body's word ("and Dr Tony Holohan", "and Nato", "and World Health Organization":
    someone else)."""
    if " " not in name or not any(f" {w} " in name for w in lex.org_links if w not in links):
        return name
    found = _JOINED_AFTER.match(text, rs + len(name))
    if found is None or found[1] not in links:
        return name
    words = found[2].split()
    if (
        # ("… and Nato", "… and Barclays": another body)
        (len(words) < 2 and not words[0].lower().endswith(lex.portfolio_endings))
        or any(
            w.isupper()
            or _is_first_name(w.split("-")[0])
            or _is_title(_norm(w), lex)
            or _norm(w) in lex.function_words
            or _norm(w) in lex.org_words  # ("and World Health Organization")
            for w in words
        )
    ):
        return name
    return name + found[0]


def _org_joined_before(
    text: str,
    rs: int,
    body: str,
    lo: int,
    links: frozenset[str],
    persons: Sequence[str],
    orgs: Sequence[tuple[int, str]],
    lex: Lexicon,
) -> int:
    """Where a body's name starts when a link ("and", "&") and what it joins stand right
    before the run at ``rs`` that names it, or -1: a body just read ("Mitchell Downs
    Hospital and Health Service", not one with its legal form: "Harlan Foods Inc and
    Petrel Brands Ltd"), or up to three capitalised words ("Vale and Moor Coaches"),
    none an acronym ("the CIA and Adelson's Sands" are two bodies), the
    first no common first name nor the surname of someone already named ("Maria and
    Acme Ltd", "Lopez and Acme Ltd": a person and a body); and never when the text also
    names the body ``body`` alone ("Hull and Beverley Council's depot … Beverley Council
    said": a place and a council).
    """
    if rs - lo < 6 or text[rs - 1] != " ":
        return -1
    link_start = text.rfind(" ", lo, rs - 1) + 1
    if link_start <= lo or text[link_start : rs - 1] not in links:
        return -1
    link = text[link_start : rs - 1]
    if text.count(body) > text.count(f"{link} {body}"):
        return -1  # "Hull and Beverley Council": "Beverley Council" stands alone elsewhere
    if orgs and orgs[-1][0] + len(orgs[-1][1]) == link_start - 1:
        before = orgs[-1][1]
        if before.isupper() or _norm(before.rsplit(" ", 1)[-1]) in lex.legal_forms:
            return -1  # "Harlan Foods Inc and Petrel Brands Ltd": two companies
        return orgs[-1][0]
    start = link_start - 1
    words: list[str] = []
    while len(words) <= _JOINED_WORDS and start > lo:
        word_start = text.rfind(" ", lo, start) + 1
        word = text[word_start:start]
        if not (
            word[:1].isupper()
            and word.replace("'", "").replace("’", "").isalpha()
            and _norm(word) not in lex.determiners  # ("The Arthritis and Joint Care Alliance")
        ):
            break
        words.append(word)
        start = word_start - 1
    if not words or len(words) > _JOINED_WORDS or any(w.isupper() for w in words):
        return -1
    if _first_name_gender(words[-1]) is not None or any(
        p.rsplit(" ", 1)[-1] in words for p in persons
    ):
        return -1
    return start + 1 if start >= lo and text[start : start + 1] == " " else lo


#: Most capitalised words before "and" that :func:`_org_joined_before` joins to a body.
_JOINED_WORDS = 3


def _before_apposed_name(text: str, lex: Lexicon) -> str:
    """``text``, the words before a name, without the age that may stand right before it
    ("One of them, 24-year-old " -> "One of them,")."""
    head, _, last = text.rstrip().rpartition(" ")
    return head.rstrip() if last and lex.age_role.search(last.lower()) else text.rstrip()


def _no_agency(name: str) -> bool:
    """Whether ``name`` is no wire agency's (whose credit a dateline may hold)."""
    return agency_name(name, credit=False) is None


def _lone_subject(cast: _Cast, pos: int, lex: Lexicon) -> str | None:
    """The one word that opens the latest sentence before ``pos`` as the subject of a cue
    verb, when the article gives it no fuller form and names nothing since ("VantaGrid
    said it disagrees. “…,” the company said"): a body the lexicons cannot tell from a
    capitalised word, which an organisation's role noun then means (a person is named in
    full first)."""
    found = None
    for m in _LONE_OPENING.finditer(cast.text, max(0, pos - _UNMARKED_REACH), pos):
        found = m
    if found is None or _norm(found[2]) not in lex.cues:
        return None
    name = found[1]
    if name.lower() in lex.function_words or cast.full(name) != name or name in cast.fullest:
        return None
    if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", cast.text):
        return None  # (a common noun the text also writes in lower case: "Shareholders")
    if _CAPITALISED_AFTER_WORD.search(cast.text, found.end(), pos) is not None:
        return None  # (another name since, which may be the body meant)
    return name


#: A sentence opened by one capitalised word and the verb after it ("VantaGrid said"),
#: maybe after a short phrase and its comma ("In a statement, VantaGrid said").
_LONE_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[{_CAP}]\w*(?:[ \t]+\w+){{0,4}},[ \t]+)?"
    rf"([{_CAP}][\w&'’-]+)[ \t]+(\w+)"
)


def _other_party_since(cast: _Cast, event: tuple[int, str], pos: int) -> bool:
    """Whether, between the body ``event`` names and ``pos``, the text names another body
    ("… cut its grant to the Hartwell Trust") or opens a sentence with someone unnamed
    ("One of them runs three food banks"): then "the organisation" may be that one."""
    at, name = event
    k = bisect.bisect_right(cast.all_orgs, (at, name))
    if any(a < pos and other != name for a, other in cast.all_orgs[k:]):
        return True
    k = bisect.bisect_right(cast.people, (at, name))
    return any(a < pos and not who for a, who in cast.people[k:])


def _noun_not_surname(text: str, word: str, lex: Lexicon) -> bool:
    """Whether the capitalised ``word`` is read as a noun in ``text``, not a surname: the
    article never gives it again, or gives it after a determiner ("der Betriebe")."""
    if text.count(word) == 1:
        return True
    return _after_determiner(lex.noun_determiners, word).search(text) is not None


@functools.lru_cache(maxsize=256)
def _after_determiner(determiners: frozenset[str], word: str) -> re.Pattern[str]:
    """``word`` right after one of ``determiners`` ("der Betriebe")."""
    return re.compile(rf"(?i:\b(?:{_alternation(determiners)}))[ \t]+{re.escape(word)}\b")


def _verdict_after(
    run_text: str, rest: int, at: int, lex: Lexicon, verdicts: dict[str, _Verdict]
) -> tuple[str, str, str, bool, int, int] | None:
    """The verdict on ``run_text[rest:]``, the run at ``at`` without its first words,
    with its offsets in the whole text."""
    again = _run_verdict(run_text[rest:], lex, verdicts)
    if again is None:
        return None
    kind, name, title, subject, rs, re_ = again
    return kind, name, title, subject, rs + at + rest, re_ + at + rest


def _participle_before_name(name: str, lex: Lexicon) -> bool:
    """Whether the first of two words is a long participle that is no first name or title
    ("Sentencing" of "Sentencing Duffy")."""
    word = name.split(" ", 1)[0]
    return (
        len(word) >= _PARTICIPLE_CHARS
        and word.lower().endswith(tuple(e for e in lex.participle_endings if len(e) > 2))
        and not _is_first_name(word)
        and not _is_title(_norm(word), lex)
    )


def _says_who(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether the first of three capitalised ``words`` after a determiner says who the
    person named by the other two is: a demonym ("la Belge Lotte Vermeiren")."""
    if not (words[1][:1].isupper() and words[2][:1].isupper()):
        return False  # "la Compagnia del Ponte": a link word, a body's name
    # (only a demonym: "Teatro Carlo Felice", "Lycée Victor Hugo" are bodies named after
    # people)
    return _norm(_unelided(words[0])) in lex.demonyms


def _determiner_opens(text: str, at: int, run_text: str, lo: int, lex: Lexicon) -> bool:
    """Whether a determiner stands right before the run at ``text[at]`` ("la Belge …"), or
    an elided one opens it ("L'Estonienne …")."""
    return bool(_ELIDED.match(run_text)) or _determiner_before(text, at, lo, lex)


def _determiner_before(text: str, at: int, lo: int, lex: Lexicon) -> bool:
    """Whether the word right before ``text[at]``, one space between, in the paragraph
    starting at ``lo``, is a determiner ("the", "la")."""
    if at - 1 <= lo or text[at - 1] != " ":
        return False
    k = max(lo, text.rfind(" ", lo, at - 1) + 1)
    return text[k : at - 1].lower() in lex.determiners


def _after_oblique(text: str, at: int, lo: int, lex: Lexicon) -> bool:
    """Whether the run at ``text[at]`` follows a determiner of no subject ("den", "dem"; see
    ``Lexicon.oblique_determiners``), maybe with a lower-case adjective between ("den
    ersten Grünen Veltliner")."""
    if not lex.oblique_determiners:
        return False
    words = text[max(lo, at - 40) : at].split()[-2:]
    if not words:
        return False
    return words[-1] in lex.oblique_determiners or (
        len(words) == 2 and words[-1][:1].islower() and words[0] in lex.oblique_determiners
    )


def _qualifies_role(text: str, at: int, end: int, lo: int, lex: Lexicon) -> bool:
    """Whether the run ``text[at:end]`` stands between a determiner and a lower-case noun
    for a person ("The Class XI student", "the Labour candidate"): it qualifies the noun,
    which is the one the sentence is about."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.start(1) != end + 1 or not m[1][0].islower():
        return False
    return _norm(m[1]) in lex.person_roles and _determiner_before(text, at, lo, lex)


def _qualifies_noun(text: str, opening: int, at: int, name: str, lex: Lexicon) -> bool:
    """Whether the name at ``at``, after an indefinite opening at ``opening``, qualifies
    the noun for a person after it ("One Hollins Green resident") rather than naming
    someone in apposition ("One fan, Jess Hartley,"), as a predicate ("Einer von ihnen
    ist Bernd Vogelsang") or after an adjective ("A confident Joe Biden said")."""
    if "," in text[opening:at]:
        return False
    m = _NEXT_WORD.match(text, at + len(name))
    if m is None or not m[1][:1].islower():
        return False
    if lex.nouns_capitalised:
        return True  # ("Ein 52-jähriger Skifahrer aus …": the capitalised word is a noun)
    word = _norm(m[1])
    return any(
        w in lex.person_roles or w in lex.generic_roles or w in lex.gender_words
        for w in (word, word[:-1] if word.endswith("s") else word)
    )


def _according_opening(
    words: Sequence[str], according: frozenset[str], title: str, lex: Lexicon
) -> bool:
    """Whether ``words`` are an "according to" phrase, maybe with a determiner and the
    name's ``title`` after it ("laut der Meteorologin"), before a name."""
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in according:
            rest = words[k:]
            return len(rest) <= 3 and all(
                w in lex.determiners or w in title.split() or _is_title(w, lex) for w in rest
            )
    return False


def _noun_before_age(text: str, at: int, nouns: frozenset[str]) -> bool:
    """Whether a noun determiner stands before the age word just before ``at``."""
    words = text[max(0, at - 32) : at].split()
    return len(words) > 1 and words[-2] in nouns


def _apposed_to_person_noun(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether the name at ``start`` follows a comma after a noun for a person ("His wife,
    Nuala, …", "the club's captain, Ade, …"), or such a noun after a possessive right
    before it ("His wife Sue, who …")."""
    before = text[max(lo, start - 40) : start].rstrip()
    comma = before.endswith(",")
    words = (before[:-1] if comma else before).split()
    if not words:
        return False
    word = _norm(words[-1])
    if not comma and not (len(words) > 1 and _norm(words[-2]) in lex.possessives):
        return False
    return word in lex.gender_words or word in lex.person_roles


@functools.lru_cache(maxsize=64)
def _linked_tail(links: frozenset[str], joins: frozenset[str]) -> re.Pattern[str] | None:
    """What follows a body's first word in its fuller name: one of ``links`` and up to
    four capitalised words, the later ones maybe after one of ``joins`` (" für Migration
    und Flüchtlinge")."""
    if not links:
        return None
    word = rf"[{_CAP}][\w’'-]*"
    return re.compile(
        rf" (?:{_alternation(links)}) {word}(?: (?:(?:{_alternation(joins)}) )?{word}){{0,3}}"
    )


def _alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, longest first; one that never matches when empty."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


@functools.lru_cache(maxsize=64)
def _introduced_pattern(
    nouns: frozenset[str],
    determiners: frozenset[str],
    links: frozenset[str],
    tails: frozenset[str],
    joins: frozenset[str] = frozenset(),
) -> re.Pattern[str]:
    """A name after one of ``nouns`` (not followed by one of the ``links`` and another
    name: "the company Vinto of Bergen") or a one-word name with one of them in apposition.

    The name after the noun is one word, or up to four joined by spaces or one of the
    ``joins`` ("la hilandería Hilados del Sur"). The apposition is one of the
    ``determiners``, up to two modifiers and the noun, then a comma, a full stop or one of
    the ``tails`` that starts a qualifier ("Vinto, a ferry line,", "Cloudmere, the hosting
    platform used by").
    """
    words = _alternation(nouns)
    name = rf"[{_CAP}][\w’'-]*\w"
    joined = rf"{name}(?: (?:(?:{_alternation(joins)}) )?{name}){{0,3}}"
    return re.compile(
        rf"(?<![\w-])(?:{words}) ({joined})"
        rf"(?![\w’'-]| [{_CAP}]| (?:{_alternation(links)}) [{_CAP}])"
        rf"|(?<![\w’'-])(?<!\w )({name}), (?:{_alternation(determiners)}) (?:[a-z-]+ ){{0,2}}?"
        rf"(?:{words})(?=[,.]| (?:{_alternation(tails)})\b)"
    )


#: Endings of nouns for someone by what they do ("examiner", "courier", "monitor"): a
#: newspaper's name may end in one, and "the examiner" is then a person, not the paper.
_AGENT_NOUN_ENDINGS = ("er", "or")


def _body_of_noun(cast: _Cast, noun: str, pos: int, lex: Lexicon) -> str | None:
    """The body "the <noun>", a noun no list holds, means at ``pos``: the latest whose
    name ends with the noun ("St Brendan’s Hospice … the hospice said"), else one the
    text introduced with it ("Norlufthavn, the state-owned airport operator, … the
    operator said"), within the reach of a role noun; or None."""
    lo = max(0, pos - _BODY_REACH)
    # (not a noun for a person that ends a name: "the Irish Examiner … the examiner said")
    named = (
        cast.latest(cast.all_orgs, pos, lambda n: _norm(n.rsplit(" ", 1)[-1]) == noun and " " in n)
        if not noun.endswith(_AGENT_NOUN_ENDINGS)
        else None
    )
    if named and any(at >= lo for at, n in cast.all_orgs if n == named and at < pos):
        return named
    introduced = [
        name
        for m in _introduced_pattern(
            frozenset({noun}),
            lex.determiners,
            lex.name_connectors | lex.org_links,
            lex.apposition_tails,
            lex.name_connectors - lex.org_links,
        ).finditer(cast.text, lo, pos)
        if _names_a_body(name := m[1] or m[2], lex) and not cast.is_person(name)
    ]
    return str(introduced[-1]) if introduced else None


def _named_before_role(text: str, head: str, cast: _Cast, lex: Lexicon) -> str | None:
    """The last name ``text`` writes between a determiner and the role noun ``head``
    ("RMT" of "The RMT union"), or None: an acronym or a body the article names (not "the
    Swedish union", "the Saudi-led coalition"), no person, nation or date."""
    found = None
    for m in _ROLE_AFTER_NAME.finditer(text):
        if m[3] == head and _norm(m[1]) in lex.determiners:
            found = m
    if found is None:
        return None
    name = found[2]
    if not (name.isupper() and len(name) > 1) and not any(n == name for _, n in cast.all_orgs):
        return None  # (a name no body bears: "the Saudi-led coalition", "the Grangemouth union")
    if any(
        _norm(w) in lex.demonyms or _norm(w) in lex.calendar or _is_title(_norm(w), lex)
        for w in name.split()
    ) or cast.is_person(name):
        return None
    return name


#: A determiner, capitalised words, then a lower-case noun: "The RMT union".
_ROLE_AFTER_NAME = re.compile(
    rf"(?<![\w'’-])(\w+)[ \t]+([{_CAP}][\w'’-]*(?:[ \t]+[{_CAP}][\w'’-]*){{0,2}})[ \t]+([a-z]+)\b"
)


def _names_a_body(name: str, lex: Lexicon) -> bool:
    """Whether a word introduced as a company ("Vinto, a ferry line,") can name one: not
    a date word ("the carrier Tuesday") nor an adverb or function word opening a sentence
    ("However, the company, which ...")."""
    low = _norm(name)
    return low not in lex.calendar and low not in lex.skip and low not in lex.function_words


#: A name just before an age: "Sofia Lindqvist, " of "Sofia Lindqvist, 29,", "Roe (" of "Roe (29)".
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w'’-])([{_CAP}][\w'’-]*(?:[ \t]+[{_CAP}][\w'’-]*)*)[ \t]*[,(][ \t]*\Z"
)
#: A name just after an age: "-year-old Oliver Mensah" of "15-year-old Oliver Mensah".
_NAME_AFTER_AGE = re.compile(rf"[- ]year[- ]old[ \t]+([{_CAP}][\w'’-]*(?:[ \t]+[{_CAP}][\w'’-]*)*)")


def _age_in(words: str, lex: Lexicon) -> str:
    """The age of a role phrase ("41" of "the 41-year-old researcher"), or ""."""
    found = lex.age_in.search(words)
    return found[1] if found else ""


def _of_age(cast: _Cast, age: str, pos: int, lex: Lexicon) -> str | None:
    """The person last given ``age`` before ``pos`` ("Jo Roe, 29," or "29-year-old Jo Roe").

    The name is given in its fullest form, unless the words before the surname are
    another first name than that form's ("Grace Mensah" when the fullest is "Oliver
    Mensah"); a sentence's capitalised first word or a title before it is passed over.
    """
    text = cast.text
    i = text.rfind(age, 0, pos)
    while i >= 0:
        j = i + len(age)
        if (i == 0 or not text[i - 1].isalnum()) and not text[j : j + 1].isalnum():
            name = None
            if text[j : j + 1] in ",)":
                m = _NAME_BEFORE_AGE.search(text, max(0, i - 80), i)
                name = m.group(1) if m else None
            else:
                m = _NAME_AFTER_AGE.match(text, j, j + 80)
                name = m.group(1) if m else None
            words = name.split() if name else []
            full = cast.fullest.get(words[-1]) if words else None
            if full is not None:
                if len(words) == 1 or full.split()[0] in words or _is_title(_norm(words[-2]), lex):
                    return full
                return " ".join(words[-2:])
        i = text.rfind(age, 0, i)
    return None


#: How far before a gendered pronoun a person named but not a subject is looked for.
_MENTION_WINDOW = 300


def _named_near(cast: _Cast, lo: int, pos: int, gender: str, lex: Lexicon) -> str | None:
    """The latest person named in ``text[lo:pos]`` whose gender is known to be ``gender``.

    Only the last sentence of that stretch is read: a name in an earlier one is
    followed by a sentence with a subject of its own, named or not ("The minister
    said …").  The names are read again (their verdicts are remembered): only a
    gendered pronoun whose latest subject it cannot mean asks.
    """
    text = cast.text
    end = lo + len(text[lo:pos].rstrip())
    lo = max(lo, *(text.rfind(stop, lo, end - 1) + 1 for stop in (". ", "! ", "? ", "\n")))
    verdicts: dict[str, _Verdict] = _lexicon_cache(_CLASSIFIED, lex)
    found = None
    for m in _run_pattern(lex.name_connectors).finditer(text, lo, pos):
        hit = _run_verdict(m.group(), lex, verdicts)
        if hit is None or hit[0] not in ("person", "single"):
            continue
        name = cast.full(cast.unglued.get(hit[1], hit[1]))
        if (hit[0] == "person" or cast.is_person(name)) and cast.gender(name, lex) == gender:
            found = name
    return found


#: How far before a quotation "the teenager" looks for the age given with a name.
_YOUTH_WINDOW = 2000


def _young(cast: _Cast, name: str, pos: int, lex: Lexicon) -> bool:
    """Whether the article gave ``name`` an age under 20 ("Dunn, 19,", "Nwosu, a
    19-year-old who", "19-year-old Dunn") in the ``_YOUTH_WINDOW`` characters before
    ``pos``; the words of an age are the lexicon's (``age_in``)."""
    last = name.rsplit(None, 1)[-1]
    window = cast.text[max(0, pos - _YOUTH_WINDOW) : pos]
    if _age_after_pattern(last, lex.indefinite).search(window):
        return True
    name_after = re.compile(rf" (?:\w+ ){{0,3}}?{re.escape(last)}\b")
    return any(
        len(m[1]) == 2 and m[1][0] == "1" and name_after.match(window, m.end())
        for m in lex.age_in.finditer(window)
    )


@functools.lru_cache(maxsize=256)
def _age_after_pattern(last: str, indefinite: frozenset[str]) -> re.Pattern[str]:
    """An age under 20 right after the surname ``last``, maybe after an indefinite word:
    "Dunn, 19,", "Nwosu, a 19-year-old"."""
    return re.compile(rf"\b{re.escape(last)},? (?:(?:{_alternation(indefinite)}) )?1\d\b")


#: Most people mentioned since that a role noun passes over to reach the one who bears it.
_ROLE_REACH = 40


def _role_holder(
    cast: _Cast, m: _Mention, pos: int, head: str, gender: str | None, lex: Lexicon
) -> str | None:
    """The latest person before ``pos`` the article gave the role ``head``, or None.

    A person bears it who was given all its words or those of an equivalent
    ("the CEO" -> "chief executive Jo Roe"); failing that, its last word ("the
    head coach" -> "coach Ana Roe").  Sentence subjects and every titled mention
    count, the last ``_ROLE_REACH`` of each; a gendered role ("the spokeswoman")
    passes over the other gender.  A role qualified by a name ("the Rovers
    manager") prefers a bearer introduced with that name ("Rovers boss Jo Roe").
    """
    words = head.split()
    asked = frozenset(words)
    forms = (asked, *lex.role_equivalents.get(head, ()))
    last = words[-1]

    def other(own: set[str]) -> bool:
        # "Attorney General Jo Roe" is neither "the lawyer" nor "the general".
        return any(d <= own and not d <= asked for d, _ in lex.distinct_roles)

    def by_head(name: str) -> bool:
        # Last resort: "the secretary" for "Secretary General Jo Roe" when no one else is
        # one; never "the general", nor an equivalent ("the lawyer" for an attorney general).
        own = cast.title_words(name)
        return any(d <= own and words == [first] for d, first in lex.distinct_roles)

    def whole(name: str) -> bool:
        own = cast.title_words(name)
        return any(f <= own for f in forms) and not other(own)

    def tail(name: str) -> bool:
        own = cast.title_words(name)
        return last in own and not other(own)

    wanted = gender or ""  # a str for the closures below

    def fits(name: str) -> bool:
        return not wanted or cast.may_be(name, wanted, lex)

    said = (m.text or "").split()[1:]
    qualifiers = [w for w in said if w[:1].isupper() and _norm(w) not in words]
    if qualifiers:
        k = bisect.bisect_left(cast.bearers, (pos, ""))
        for at, name in reversed(cast.bearers[max(0, k - _ROLE_REACH) : k]):
            near = cast.text[max(0, at - 40) : at]
            if whole(name) and any(q in near for q in qualifiers) and fits(name):
                return name
    for holds in (whole, tail, by_head):

        def accept(name: str, holds: Callable[[str], bool] = holds) -> bool:
            return bool(name) and holds(name) and fits(name)

        found = [
            e
            for events in (cast.people, cast.bearers)
            if (e := cast.latest_event(events, pos, accept, _ROLE_REACH)) is not None
        ]
        if found:
            return max(found)[1]
    return None


def _honorific_of(m: _Mention, text: str) -> str:
    """The word before a lone name ("Sir" of "Sir Geoffrey", "Mrs" of "Mrs Smith"), or "".

    The mention starts at its title or, with the title dropped, at the name itself.
    """
    at = text[m.pos : m.pos + 12].split(maxsplit=1)[:1]
    before = at if at and at[0] != m.value else text[max(0, m.pos - 12) : m.pos].split()[-1:]
    return before[0] if before else ""


def _titled_lone_name(m: _Mention, text: str, lex: Lexicon) -> bool:
    """Whether a title stands before a lone name: "Frau Keller", "Trainer Tuchel",
    "Polizeisprecher Weber", or a noun after its determiner ("der Landwirt Müller")."""
    if _is_title(_norm(_honorific_of(m, text).rstrip(".")), lex):
        return True
    before = text[max(0, m.pos - 40) : m.pos].split()[-2:]
    return (
        len(before) == 2 and before[0].lower() in lex.noun_determiners and before[1][:1].isupper()
    )


#: How far before "Sir Geoffrey" the name it is short for is looked for.
_HONOURED_WINDOW = 8000


def _honoured(m: _Mention, cast: _Cast, lex: Lexicon) -> str | None:
    """The fullest name a lone first name after "Sir", "Dame" ("Sir Geoffrey") is short
    for, or None.

    The latest name the article wrote with the same honorific and first name ("Sir
    Geoffrey Pell") wins; then, after "Lord" or "Lady", a surname ("Lord Pell"); then
    the latest fuller name with that first name ("Geoffrey Pell"), all in the
    ``_HONOURED_WINDOW`` characters before the mention.
    """
    word = m.value
    if not lex.given_name_honorifics or " " in word:
        return None
    before = _honorific_of(m, cast.text)
    reading = lex.given_name_honorifics.get(before) if before else None
    if reading is None:
        return None
    window = cast.text[max(0, m.pos - _HONOURED_WINDOW) : m.pos]
    given = re.escape(word)
    for honorific in (re.escape(before) + r"[ \t]+", ""):
        last = None
        for found in re.finditer(rf"\b{honorific}{given}[ \t]+([{_CAP}][\w'’-]+)", window):
            if cast.is_person(found[1]):
                last = found[1]
        if last is not None:
            return cast.full(f"{word} {last}")
        if honorific and reading != "given" and cast.full(word) != word:
            return None  # "Lord Pell": the surname, as any name is read
    return None


def _gendered_surname(m: _Mention, cast: _Cast, lex: Lexicon) -> str | None:
    """The one person of a shared surname whose first name has the gender of the honorific
    before it ("Mrs Smith" after "John Smith" and "his wife, Mary Smith"), or None."""
    word = m.value
    if " " in word:
        return None
    before = _honorific_of(m, cast.text)
    said = lex.gender_words.get(before.rstrip(".")) if before else None
    if said is None:
        return None
    full = cast.full(word)
    if _first_name_gender(full.split()[0]) == said[0]:
        return None
    same = {
        cast.full(n)
        for n in cast.unglued.values()
        if n.split()[-1] == word and _first_name_gender(n.split()[0]) == said[0]
    }
    return same.pop() if len(same) == 1 else None


#: How far before "the epidemiologist" the person introduced so is looked for.
_INTRODUCED_WINDOW = 4000


def _spoken_for(m: _Mention, cast: _Cast, lex: Lexicon) -> str | None:
    """The body an unnamed spokesperson speaks for, when the words name it: between the
    determiner and the noun ("a Brightline spokesperson", "A Department of Health
    spokesperson") or after a link word ("a spokesman for Vale Water", "ein Sprecher
    des Bundestages"), or by an organisation role noun there ("a company spokeswoman",
    "a spokesperson for the company"), resolved as "the company" would be; else None.
    A person's name there ("a spokesperson for Mr Johnson", "a Biden spokesman", "for
    the company Elon Musk founded") or a name that only qualifies a noun after it ("for
    Labour leader Keir Starmer") names no body.  A short name between determiner and
    noun takes the body's fuller form when only a firm's ending and legal form are added
    ("a Corvane spokesperson": "Corvane Semiconductor Inc"; see :meth:`_Cast.fuller_firm`)."""
    text = cast.text
    words = (m.text or "").split()
    if len(words) >= 2 and "-" in words[-1]:
        body, _, noun = words[-1].rpartition("-")
        if body.isupper() and len(body) > 1 and _norm(noun) in lex.spokesperson_roles:
            return body  # "ein KVG-Sprecher": the body the short name names
    kind, _, head = m.value.partition(":")
    if kind == "org" and not lex.spokesperson_roles.isdisjoint(_norm(w) for w in words[1:-1]):
        # "une porte-parole du ministère", "a spokesman for the council": the body the
        # role noun after the link means, as "le ministère" would be resolved; unless the
        # words go on with its domain ("du ministère de l'Intérieur")
        # (a body that starts inside the mention, not one named after it: "a spokesman
        # for the council said the Environment Agency …")
        named = _body_named_in(cast, m.pos + 1, m.pos + len(m.text or ""))
        return named or _body_by_role(head, m.pos, cast, lex)
    if len(words) < 2 or _norm(words[-1]) not in lex.spokesperson_roles:
        return None
    between = words[1:-1]
    if between and between[0][:1].isupper():
        name, _ = _strip_possessive(" ".join(between))
        if _names_someone(name, cast, lex):
            return None
        # "a Corvane spokesperson": the one body the article names in full so, when the
        # words added are a firm's ending and legal form (its longest form: "Corvane
        # Semiconductor Inc" over "Corvane Semiconductor"; not "Tesco Bank" for "Tesco")
        return cast.fuller_firm(name, lex.org_endings | lex.legal_forms)
    if between and _norm(between[-1]) in lex.org_roles:
        # "a police spokesman", "a company spokeswoman": the body the article names so
        return _body_by_role(_norm(between[-1]), m.pos, cast, lex)
    end = m.pos + len(m.text or "")
    found = _spoken_for_pattern(lex).match(text, end)
    if found is None:
        role = _SPOKEN_FOR_ROLE.match(text, end)
        linked = role is not None and _norm(role[1]) in lex.spokesperson_links
        if not linked and not between:
            return _body_just_named(cast, m.pos, lex)  # "The Alliance said … A spokesperson said:"
        if role is not None and linked:
            named = _body_named_in(cast, end, role.start(2) + 1)
            if named is not None:
                return named  # "a indiqué une porte-parole du ministère de l'Intérieur"
            # "a spokesperson for the company": a body named by its role
            words_after = role[2].split()
            if (
                len(words_after) == 2
                and _norm(words_after[0]) in lex.determiners
                and _norm(words_after[1]) in lex.org_roles
            ):
                return _body_by_role(_norm(words_after[1]), m.pos, cast, lex)
            if words_after and _norm(words_after[0]) in lex.org_roles:
                # "une porte-parole du ministère": the article is in the link word
                return _body_by_role(_norm(words_after[0]), m.pos, cast, lex)
        return None
    name = found[1]
    while name.rsplit(" ", 1)[-1].lower() in lex.name_connectors:
        name = name.rsplit(" ", 1)[0]
    if _is_first_name(name.split()[0].split("-")[0]) and not lex.org_roles.isdisjoint(
        text[found.start() : found.start(1)].lower().split()
    ):
        return None  # "for the company Elon Musk founded": a person after the kind of body
    after = _NEXT_WORD.match(text, found.end())
    nxt = _norm(after[1]) if after is not None else ""
    if (
        text[found.end() : found.end() + 1] in ("'", "’")
        or (
            nxt[:1].islower()
            and " " not in name  # (a name of two words or more is a body's own)
            and text[found.end() : found.end() + 1] == " "
            and nxt not in lex.cues
            and nxt not in lex.skip
            and nxt not in lex.function_words
            and nxt not in lex.clause_boundaries
        )
    ):
        # "for Mr Biden's campaign", "for Labour leader Keir Starmer", "for the Chilean
        # mining ministry": the name qualifies a noun after it
        return None
    if _names_someone(name, cast, lex):
        return None
    if lex.nouns_capitalised and name.endswith("s") and " " not in name:
        # "des Bundestages", "des Finanzministeriums": the genitive ending, when the
        # article writes the noun without it or the noun ends in a body's word
        for stem in (name[:-2], name[:-1]) if name.endswith("es") else (name[:-1],):
            if re.search(rf"\b{re.escape(stem)}\b", text) or stem.lower().endswith(
                tuple(lex.org_words)
            ):
                name = stem  # (a body's noun alone is read on: "des Verbands")
                break
    kind = _norm(name)
    if lex.nouns_capitalised and kind not in lex.role_markers and kind.endswith("s"):
        kind = kind[:-1]  # the genitive ending: "des Unternehmens"
    if " " not in name and kind in lex.role_markers:
        # "Eine Sprecherin der Behörde", "Ein Sprecher des Unternehmens": a kind of body
        # whose name bears a mark of it ("Landratsamt", "Stadtwerke"), read as "die
        # Behörde" would be; the kind alone names no one ("der Polizei" does: no marks)
        return _body_by_role(kind, m.pos, cast, lex)
    if lex.nouns_capitalised and " " not in name and _norm(name) in lex.org_words:
        # "Eine Sprecherin der Versicherung": the body's noun, which the article gave
        # as a name ending in it ("Alpenländische Hagelversicherung")
        # (not when two bodies end so: "Deutsche Bank", "Zentralbank")
        return cast.compound_body(name, m.pos)
    return name


#: How far back a bare "a spokesperson" looks for the body it speaks for.
_BODY_REACH = 450
#: How far back "the company" looks for a body whose name does not say it is one.
_UNMARKED_REACH = 400
#: A capitalised word that does not open a sentence.
_CAPITALISED_AFTER_WORD = re.compile(rf"(?<=[\w,;])[ \t]+[{_CAP}]")


def _body_just_named(cast: _Cast, pos: int, lex: Lexicon) -> str | None:
    """The one organisation named before ``pos``, in its paragraph and at most
    ``_BODY_REACH`` characters back: the body a bare "a spokesperson" speaks for ("The
    Growers' Alliance said … A spokesperson said:", "Beim Betreiber, der
    Verkehrsgesellschaft X, … Ein Sprecher sagte"); None when it names several.

    A spokesperson opening a paragraph reads the paragraph before it too, but there
    only a body that leads a sentence with a verb of saying counts ("Kent County
    Council Trading Standards said it was working with police.¶ A spokesman said:"),
    not one merely named ("taken to Whiston Hospital").
    """
    text = cast.text
    line = text.rfind("\n", 0, pos) + 1
    lo = max(0, pos - _BODY_REACH, line)
    k = bisect.bisect_left(cast.all_orgs, (pos, ""))
    named = {name for at, name in cast.all_orgs[max(0, k - 8) : k] if at >= lo}
    if not named and not text[line:pos].strip():
        end = line - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1  # (the blank lines between the paragraphs)
        before = max(0, pos - _BODY_REACH, text.rfind("\n", 0, end) + 1)
        k = bisect.bisect_left(cast.orgs, (line, ""))
        named = {
            name
            for at, name in cast.orgs[max(0, k - 8) : k]
            if at >= before
            and not lex.cues.isdisjoint(
                _norm(w) for w in text[at + len(name) : at + len(name) + 40].split()[:3]
            )
        }
    # Only when the stretch names one body: "The BBC has contacted Southern Water for
    # comment. A spokesperson said:" could be either's.
    return named.pop() if len(named) == 1 else None


#: How far back "the spokesman" looks for "a spokesman for X" in the narration.
_SPOKESPERSON_REACH = 1500


def _spokesperson_before(cast: _Cast, pos: int, lex: Lexicon) -> str | None:
    """The body of the latest unnamed spokesperson the narration introduced before ``pos``
    ("A spokesman for Brindle Coaches … said the firm had offered …"), or None."""
    found = None
    for m in _spokesperson_opening(lex).finditer(cast.text, max(0, pos - _SPOKESPERSON_REACH), pos):
        found = m
    return None if found is None else _spokesperson_body(found, cast, lex)


def _spokesperson_subject(cast: _Cast, at: int, gender: str, lex: Lexicon) -> str | None:
    """The body an unnamed subject at ``at`` speaks for when it is a spokesperson of
    ``gender`` or of none ("A spokesman for Dalesway Buses said … “…,” he said"), or None."""
    found = _spokesperson_opening(lex).match(cast.text, at)
    if found is None:
        return None
    said = lex.gender_words.get(_norm(found.group().split()[-1]))
    if said is not None and said[1] > 1 and said[0] != gender:
        return None  # "a spokeswoman", then "he said": someone else
    return _spokesperson_body(found, cast, lex)


def _spokesperson_body(found: re.Match[str], cast: _Cast, lex: Lexicon) -> str | None:
    said = _Mention("role", found.group().strip(), "person:", found.start(), "", indefinite=True)
    return _spoken_for(said, cast, lex)


@functools.lru_cache(maxsize=16)
def _spokesperson_opening_for(indefinite: frozenset[str], roles: frozenset[str]) -> re.Pattern[str]:
    words = _alternation(indefinite)
    nouns = _alternation(roles)
    # (up to three capitalised words may name the body between them: "An NRL spokeswoman",
    # or one lower-case noun may stand for it: "a police spokesman", "a council spokesperson")
    body = rf"(?:[{_CAP}][\w'’&.-]*[ \t]+){{0,3}}(?:[^\W\d{_CAP}][\w'’-]*[ \t]+)?"
    return re.compile(rf"(?<!\w)(?i:{words})[ \t]+{body}(?i:{nouns})(?!\w)")


def _spokesperson_opening(lex: Lexicon) -> re.Pattern[str]:
    """ "a spokesman", "eine Sprecherin", "un portavoz", "an NRL spokeswoman": an
    indefinite and a spokesperson noun, maybe with the body's name between them."""
    return _spokesperson_opening_for(lex.indefinite, lex.spokesperson_roles)


#: The link word and the two words after a spokesperson noun ("for the company").
_SPOKEN_FOR_ROLE = re.compile(r"[ \t]+(\w+)[ \t]+(\w+(?:[ \t]+\w+)?)")


def _body_named_in(cast: _Cast, lo: int, hi: int) -> str | None:
    """The first body of more than one word whose name starts between ``lo`` and ``hi``
    (a lower-case institution with its domain, "ministère de l'Intérieur"), or None."""
    k = bisect.bisect_left(cast.all_orgs, (lo, ""))
    for at, body in cast.all_orgs[k:]:
        if at >= hi:
            break
        if " " in body:
            return body
    return None


def _body_by_role(head: str, pos: int, cast: _Cast, lex: Lexicon) -> str | None:
    """The body an organisation role noun means at ``pos`` ("company", "police"), as
    "the company" would be resolved, or None."""
    return _resolve(_Mention("role", f"the {head}", f"org:{head}", pos, ""), pos, cast, lex)


def _names_someone(name: str, cast: _Cast, lex: Lexicon) -> bool:
    """Whether ``name`` is a person's: a short form of a person's name the article gives
    ("Biden" after "Joe Biden"), or one that opens with a title ("Mr Johnson",
    "President Biden"), unless a body's noun ends it ("State Fire Marshal's Office")."""
    if cast.full(name) != name:
        return True
    words = name.split()
    return _is_title(_norm(words[0].rstrip(".")), lex) and not (
        len(words) > 1 and _norm(_strip_possessive(words[-1])[0]) in lex.org_words
    )


#: id(lexicon) -> (the lexicon, {None: its :func:`_spoken_for_pattern`}).
_SPOKEN_FOR: dict[int, tuple[Lexicon, dict[Any, Any]]] = {}


def _spoken_for_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The link word, an optional definite article, the kind of body maybe ("for the
    campaign group …") and the capitalised name after a spokesperson noun ("for the
    Department of Health", "des Bundestages")."""
    cache = _lexicon_cache(_SPOKEN_FOR, lex)
    found: re.Pattern[str] | None = cache.get(None)
    if found is None:
        found = cache[None] = _compile_spoken_for(lex)
    return found


def _compile_spoken_for(lex: Lexicon) -> re.Pattern[str]:
    links = _alternation(lex.spokesperson_links)
    articles = _alternation(lex.determiners - lex.indefinite)
    # Up to two lower-case words join the name's words: "Ministerio para la Transición
    # Ecológica", "Department of Health".
    joins = lex.name_connectors | lex.spokesperson_links | (lex.determiners - lex.indefinite)
    connectors = _alternation(joins | lex.body_links)
    # (initials hold their full stops: "Office of the U.S. Trade Representative")
    word = rf"[{_CAP}][\w'’&-]*(?:\.[{_CAP}]\.(?=[ \t]+[{_CAP}]))?"
    # the body's kind may stand before its name: "for the campaign group Keep Caldmoor Births"
    kinds = _alternation(lex.org_roles)
    return re.compile(
        rf"[ \t]+(?:{links})[ \t]+(?:(?:{articles})[ \t]+)?"
        # (a place that owns it: "for the state’s Rural Recovery Agency"; not a kind of
        # body: "for the airline’s Heathrow operations")
        rf"(?:(?!(?:{kinds})['’])[^\W\d_A-Z]+['’]s[ \t]+(?=[{_CAP}]))?"
        rf"(?:(?:[^\W\d_A-Z][\w-]*[ \t]+)?(?:{kinds})[ \t]+(?=[{_CAP}]))?"
        rf"({word}(?:[ \t]+(?:(?:{connectors})[ \t]+){{0,2}}{word})*)"
    )


def _epithet_for_latest(m: _Mention, pos: int, cast: _Cast, lex: Lexicon) -> str | None:
    """The person just named, for "the <noun>" no list holds and the article gave no one,
    when its determiner says the gender and it is theirs ("Monika Albrecht … führt ein
    Schuhgeschäft. „…“, sagt die Händlerin"; "la coureuse", "il difensore"), or None.

    Where articles say no gender (English), a noun that ends like a person's ("the
    retired postman", "the physicist") or a kin word's compound ("the
    grandmother-of-three") means the person just named too, if no one else (nor someone
    unnamed) came up within the reach and the noun's own gender, if it has one, fits.  A bare
    relation ("the mother") still credits no one.
    """
    said = lex.determiner_genders.get(_norm(m.text.split()[0])) if m.text else None
    head = m.value.partition(":")[2]
    gendered = _gender_word(head, lex)
    if said is None and (
        (head.endswith(lex.epithet_endings) and gendered is None)
        or ("-of-" in head and gendered is not None)
    ):
        # "the retired postman", "the grandmother-of-three": a language whose articles say
        # no gender; the noun's own, if it has one
        # (the events less than the reach before ``pos``)
        lo = bisect.bisect_left(cast.people, (pos - _EPITHET_REACH + 1, ""))
        near = [name for _, name in cast.people[lo : bisect.bisect_left(cast.people, (pos, ""))]]
        latest = near[-1] if near else ""
        if not latest or any(name and name != latest for name in near):
            return None  # no one, someone unnamed last, or two people: which one is meant?
        if gendered is not None and cast.gender(latest, lex) not in (gendered[0], None):
            return None
        return latest
    if said is None or not head.endswith(lex.person_noun_endings) or head in lex.gender_words:
        return None  # (nor a relation: "sagte die Tochter", "die Freundin" is someone's)
    if lex.feminine_endings and (said == "female") != head.endswith(lex.feminine_endings):
        # "sagten die Ermittler": "die" before a noun with no feminine ending is a plural
        return None
    event = cast.latest_event(cast.people, pos)
    if event is None or pos - event[0] >= _EPITHET_REACH:
        return None
    latest = event[1]
    return latest if latest and cast.gender(latest, lex) == said else None


def _introduced_as(cast: _Cast, noun: str, pos: int, lex: Lexicon) -> str | None:
    """The latest person the ``_INTRODUCED_WINDOW`` characters before ``pos`` introduce
    with ``noun``, a role no list holds, or None.

    The noun is a title before the name ("epidemiologist Ingrid Solberg") or heads
    an apposition after it ("Ingrid Solberg, an epidemiologist at …", "Doyle, 26, an
    apprentice,").
    """
    lo = max(0, pos - _INTRODUCED_WINDOW)
    window = cast.text[lo:pos]
    found = _word_offsets(window.lower(), noun)
    for a, b in reversed(found):
        after = _NAME_AFTER_NOUN.match(window, b)
        name = after[1] if after is not None else None
        if name is None and _heads_phrase(window, b, lex):
            before = _APPOSED_BEFORE_NOUN.search(window, max(0, a - 120), a)
            if before is not None and _norm(before[2]) in lex.determiners:
                name = before[1]
        if name is not None:
            last = name.split()[-1]
            if cast.is_person(last):
                # (the name as given, titles aside, not its surname's: "his daughter
                # Chiara Bernasconi" after "Aurelio Bernasconi")
                words = name.split()
                while len(words) > 1 and _is_title(_norm(words[0].rstrip(".")), lex):
                    words = words[1:]
                return cast.full(" ".join(words))
    return None


def _heads_phrase(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the noun ending at ``end`` heads its phrase: not a possessive ("a former
    epidemiologist's son") nor a modifier before another noun ("a study author")."""
    if text[end : end + 1] in ("'", "’"):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is None or _norm(after[1]) in lex.function_words


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_A-Z][\w'’-]*)")
_NAME_AFTER_NOUN = re.compile(rf",?[ \t]+((?:[{_CAP}][\w'’-]*[ \t]+)*[{_CAP}][\w'’-]*)")
_APPOSED_BEFORE_NOUN = re.compile(
    rf"([{_CAP}][\w'’-]*(?:[ \t]+[{_CAP}][\w'’-]*)*)(?:,[ \t]+\d{{1,3}})?,[ \t]+(\w+)[ \t]+(?:[^\W\d_A-Z][\w'’-]*[ \t]+){{0,3}}\Z"
)


#: How far before a role noun a body's short name is looked for as a sentence's subject.
_SHORT_NAME_WINDOW = 3000


@functools.lru_cache(maxsize=64)
def _long_marks(marks: frozenset[str]) -> tuple[str, ...]:
    """The marks a compound word may end in: three letters or more (not "ag" of "Bundestag")."""
    return tuple(m for m in marks if len(m) > 2)


def _bears_mark(name: str, marks: frozenset[str], lex: Lexicon) -> bool:
    """Whether a word of the body's ``name`` is one of ``marks`` ("Orchard Inc" for "Inc"),
    or ends in one where nouns are compounded ("Landratsamt Kelchheim" for "amt"), and no
    organisation word of another kind follows it."""
    words = _norm(name).split()
    ends = _long_marks(marks)
    for k, w in enumerate(words):
        if w in marks or (lex.nouns_capitalised and w.endswith(ends)):
            # (not when a body of a kind no role noun means heads the name after it:
            # "Public Utilities Commission" is no company; "Skylark Air Group" is a carrier)
            return all(
                v not in lex.org_words or v in lex.marked_kinds or v in lex.legal_forms
                for v in words[k + 1 :]
            )
    return False


def _marked_subject(cast: _Cast, pos: int, marks: frozenset[str], lex: Lexicon) -> str | None:
    """The latest body whose name bears one of ``marks`` and that led a sentence before ``pos``.

    It led one by its full name ("Acme Corp said", among ``cast.orgs``) or by its
    first word opening a sentence before a lower-case verb ("Acme Corp and Bolt Inc
    lost money. Acme said ..." -> "Acme Corp").  Only the last ``_ROLE_REACH``
    bodies, and the short names in the ``_SHORT_NAME_WINDOW`` characters before
    ``pos``, are read.
    """

    def marked(name: str) -> bool:
        return _bears_mark(name, marks, lex)

    best = cast.latest_event(cast.orgs, pos, marked, _ROLE_REACH)
    k = bisect.bisect_left(cast.all_orgs, (pos, ""))
    shorts: dict[str, str] = {}
    for _, name in cast.all_orgs[max(0, k - _ROLE_REACH) : k]:
        short = name.split(" ", 1)[0]
        if short != name and marked(name) and _norm(short) not in lex.place_prefixes:
            shorts.setdefault(short, name)
    if shorts:
        lo = max(0 if best is None else best[0] + 1, pos - _SHORT_NAME_WINDOW)
        for m in _short_subject_pattern(tuple(sorted(shorts))).finditer(cast.text, lo, pos):
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), shorts[m[1]])
    return best[1] if best else None


@functools.lru_cache(maxsize=256)
def _short_subject_pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``shorts`` opening a sentence (or a paragraph) before a lower-case word."""
    words = _alternation(shorts)
    return re.compile(rf"(?:(?<=[.!?] )|(?<=\n)|^)({words})(?=[ \t]+[a-z])", re.MULTILINE)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: How far before "the statement said" the sentence that issued it is looked for.
_STATEMENT_REACH = 800
#: Most paragraph breaks between "in a statement" and "the statement said" (a paragraph
#: of other matter may stand between, one that names no one).
_STATEMENT_PARAGRAPHS = 2


def _joint_subject(toks: Sequence[_Tok], m: _Mention, lex: Lexicon) -> bool:
    """Whether the mention ``m`` in ``toks`` closes a coordinated subject ("Anthony Albanese
    and Chris Hipkins said in a joint statement"): no one of them issued it alone."""
    k = next((k for k, t in enumerate(toks) if t.start == m.pos), 0)
    return k > 0 and toks[k - 1].low in lex.coordinators


#: Most characters between a verb of saying and "in a statement" after it ("said on
#: Tuesday in a statement").
_CUE_TO_STATEMENT = 20
#: What may stand between them: words and spaces, no end of a sentence.
_WORDS_ONLY = re.compile(r"[\w ]*")


def _statement_issuer(cast: _Cast, noun: str, pos: int, lex: Lexicon) -> str | None:
    """Which body issued "the statement" quoted at ``pos``: the subject of the latest sentence
    that spoke "in a statement" ("The hospital said in a statement that …") in the same
    or the previous paragraph, or None."""
    text = cast.text
    lo = max(0, pos - _STATEMENT_REACH)
    found = _latest_match(
        rf"\b[Ii]n (?:a|an|its|their|his|her) (?:\w+ )?{re.escape(noun)}\b", text, lo, pos
    )
    owned = _latest_match(
        rf"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*){{0,3}})(?:['’]s|(?<=s)['’]) {re.escape(noun)}\b",
        text,
        lo,
        pos,
    )
    if (
        owned is not None
        and (found is None or owned.start() > found.start())
        and _paragraph_or_one_before(text, lo + owned.start(), pos)
        # (the statement leads its sentence, and no other came since: not "Responding to
        # Jo Roe’s statement, the council issued its own statement"; nor "Friday’s")
        and text[max(0, lo + owned.start() - 3) : lo + owned.start()].rstrip(" ")[-1:]
        in ("", "\n", ".", "!", "?", "”", "’", "»", '"')
        and noun not in text[lo + owned.end() : pos]
        and _norm(owned[1]) not in lex.calendar
    ):
        # "SIAL’s statement went on: … ‘…,’ the statement said": its owner issued it
        return cast.full(owned[1])
    if found is None:
        return _statement_leader(cast, noun, lo, pos)
    at = lo + found.start()
    breaks = len(_PARAGRAPH_BREAK.findall(text, at, pos))
    if breaks > _STATEMENT_PARAGRAPHS or (
        breaks == _STATEMENT_PARAGRAPHS
        # ("Volunteer Tom Fahey read a report.", "The nurses' organisation hit back")
        and any(text.find("\n", at) < p < pos for p, _ in (*cast.people, *cast.all_orgs))
    ):
        return None  # said further back, or someone else spoke since: another may be meant
    if re.search(
        rf"\b(?![Tt]he\b)\w+ (?:\w+ )?{re.escape(noun)}s?\b", text[lo + found.end() : pos]
    ):
        return None  # "Jane Roe issued her own statement": another statement since
    a = _sentence_start(text, lo, at)
    ends = _sentence_ends(text, at, min(pos, at + 300))
    toks = _tokens(text, a, ends[0] if ends else min(pos, at + 300))
    first_after = True  # the first verb of saying after the phrase
    for i, _ in _cues(toks, lex):
        m = _subject_before(toks, i, lex) if i else None
        opens = first_after and toks[i].start > at
        first_after = first_after and not opens
        # "Jane Roe said in a statement …", "The department said on Monday in a statement":
        # whoever spoke it, person, body or role, issued the statement
        spoke_it = (
            toks[i].start < at
            and at - toks[i].end <= _CUE_TO_STATEMENT
            and _WORDS_ONLY.fullmatch(text, toks[i].end, at) is not None
        )
        # A body, or a person named in full right after the phrase in the sentence just
        # before the quotation ("In a statement, U.S. Attorney Kenneth Ruiz said …"; a
        # person's statement quoted later may be about them: "We wish him well"); a
        # spokesperson speaks for a body ("In a statement, a spokesperson for the
        # Department of Agriculture said …").
        if (
            m is not None
            and (
                m.kind == "org"
                or (spoke_it and m.kind in ("person", "role") and not _joint_subject(toks, m, lex))
                # (not a person the body's words report: "In a statement, prosecutors said Jane
                # Doe told investigators …")
                or (
                    m.kind == "person"
                    and opens
                    and at < m.pos < at + 60
                    and not text[toks[-1].end : pos].strip()
                )
                or m.value.startswith("org:")
                or (m.indefinite and _norm((m.text or " ").split()[-1]) in lex.spokesperson_roles)
            )
        ):
            return _resolve(m, toks[i].start, cast, lex)
    return None


def _statement_leader(cast: _Cast, noun: str, lo: int, pos: int) -> str | None:
    """The body that leads the latest sentence naming the statement noun in the same or
    the previous paragraph ("The Riverton Chamber of Commerce issued a statement …"), or
    None."""
    found = _latest_match(rf"\b{re.escape(noun)}\b", cast.text, lo, pos)
    if found is None:
        return None
    at = lo + found.start()
    if not _paragraph_or_one_before(cast.text, at, pos):
        return None
    a = _sentence_start(cast.text, lo, at)
    k = bisect.bisect_left(cast.orgs, (a, ""))
    if k < len(cast.orgs) and cast.orgs[k][0] < at:
        return cast.orgs[k][1]
    return None


def _latest_match(pattern: str, text: str, lo: int, pos: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:pos]`` (offsets from ``lo``), or None."""
    found = None
    for found in re.finditer(pattern, text[lo:pos]):  # noqa: B007 - the latest is wanted
        pass
    return found


def _paragraph_or_one_before(text: str, at: int, pos: int) -> bool:
    """Whether ``at`` is in the paragraph of ``pos`` or the one before it."""
    return len(_PARAGRAPH_BREAK.findall(text, at, pos)) <= 1


def _body_later_in_sentence(cast: _Cast, pos: int) -> str | None:
    """The first body named after ``pos`` in its sentence ("hieß es aus dem
    Wirtschaftsministerium", "In einer Stellungnahme der Vereinigung … hieß es"), or
    None: an impersonal "it was said" names its source there."""
    text = cast.text
    end = len(text)
    for mark in ".!?\n":
        found = text.find(mark, pos)
        if 0 <= found < end:
            end = found
    k = bisect.bisect_left(cast.all_orgs, (pos, ""))
    if k < len(cast.all_orgs) and cast.all_orgs[k][0] < end:
        return cast.all_orgs[k][1]
    return None


def _without_article(name: str, lex: Lexicon) -> str:
    """An organisation's name without the definite article opening it ("the Kremlin"; a
    strong determiner that is not indefinite: "A Better Start" keeps its "A")."""
    first, space, rest = name.partition(" ")
    low = first.lower()
    definite = low in lex.strong_determiners and low not in lex.indefinite
    return rest.lstrip() if space and definite else name


def _unnamed_since(cast: _Cast, since: int, pos: int, gender: str) -> bool:
    """Whether someone unnamed who may be of ``gender`` was quoted between ``since`` and
    ``pos``."""
    return any(since < at < pos and said in (None, gender) for at, said in cast.unnamed)


def _role_of_gender_since(cast: _Cast, since: int, pos: int, gender: str, lex: Lexicon) -> bool:
    """Whether a role noun of ``gender`` opened a sentence between ``since`` and ``pos``."""
    k = _latest_role_subject(cast, since, pos)
    while k >= 0 and cast.role_subjects[k][0] > since:
        head = cast.role_subjects[k][2]
        said = _role_gender(head, lex)
        if said == gender or (said is None and head in lex.generic_roles):
            # ("The neighbor who called 911 … said he heard a noise. “…,” he said": a
            # role of no gender that no one named bears is someone unnamed too)
            return True
        k -= 1
    return False


def _role_gender(head: str, lex: Lexicon) -> str | None:
    """The gender a role noun says its holder has ("the spokeswoman", "die Ökonomin": the
    feminine of a listed role), or None."""
    said = lex.gender_words.get(head)
    if said is not None and said[1] > 1:
        return said[0]
    if any(head.endswith(e) and head[: -len(e)] in lex.person_roles for e in lex.feminine_endings):
        return "female"
    if head in lex.demonyms and lex.nouns_capitalised and lex.feminine_endings:
        # "der Kroate", "die Kroatin": German demonyms mark their gender ("the Spaniard"
        # does not)
        return "female" if head.endswith(tuple(lex.feminine_endings)) else "male"
    return None


def _resolve(m: _Mention, pos: int, cast: _Cast, lex: Lexicon) -> str | None:
    if m.kind == "thing":
        return None  # "a sign read": written, not said
    if m.kind == "statement":
        return _statement_issuer(cast, m.value, pos, lex)
    if m.kind in ("person", "single"):
        found = _honoured(m, cast, lex) or _gendered_surname(m, cast, lex)
        if found:
            return found
        if (
            m.kind == "single"
            and lex.nouns_capitalised
            and not cast.is_person(m.value)
            and not _titled_lone_name(m, cast.text, lex)
            and not cast.titles.get(m.value)  # "Kanzler Scholz …, sagte Scholz"
        ):
            # "Laut Unterlagen, …": where every noun is capitalised, a lone word the
            # article never gives a person (no "Andreas Keith" for "Keith", no "Frau
            # Keith", "Trainer Keith" or "der Landwirt Keith") is a noun, not a speaker.
            return None
        if (
            m.kind == "single"
            and not m.cue  # (a colon's introduction: "Machado, de 45 años, dijo:" is one)
            and cast.text.count(m.value) == 1
            and not cast.is_person(m.value)
            and not _is_first_name(m.value.split("-")[0])
            and not cast.titles.get(m.value)
            and _opens_sentence(cast.text, m.pos)
        ):
            # "Pronta la replica del sindaco: «…»", "Horas después publicó …: “…”": a
            # capitalised word opening a sentence, which the article never writes again
            # nor gives a person, is no one's name
            return None
        return cast.full(m.value)
    if m.kind == "org":
        return _without_article(m.value, lex)
    if m.kind == "implicit" and m.text:
        # "afirmó el funcionario": the person named last, unless the determiner's gender
        # ("le restaurateur") tells them apart.
        told = lex.determiner_genders.get(_norm(m.text.split()[0]))
        last_named = cast.latest(cast.people, pos)
        if not last_named:
            return None
        return None if told and not cast.may_be(last_named, told, lex) else last_named
    if m.kind in ("pronoun", "implicit"):
        if m.value == "person":
            gender = (
                lex.pronoun_genders.get(_norm(m.text)) or lex.stressed_pronouns.get(_norm(m.text))
                if m.text
                else None
            )
            if gender is None:
                return cast.latest(cast.people, pos) or None
            # "she" never reaches a man nor "he" a woman: they are passed over.
            fit = cast.latest_event(
                cast.people, pos, lambda n: cast.may_be(n, gender, lex), _PRONOUN_REACH
            )
            subject = cast.latest_event(cast.people, pos)
            if fit != subject and subject is not None and subject[1]:
                # The latest subject cannot be meant: "Kamala Harris met Joe Biden. ... he
                # said" means the person named since whose gender is known to fit.  An
                # unnamed subject ("The minister said") may be meant: no one is reached.
                lo = max(fit[0] if fit else 0, pos - _MENTION_WINDOW)
                near = _named_near(cast, lo, pos, gender, lex)
                if near:
                    return near
            if cast.unnamed and _unnamed_since(cast, fit[0] if fit else -1, pos, gender):
                # "“…,” says a doctor. “…,” he said.": the doctor, unnamed; unless a role
                # noun opened a sentence since ("La préfète a indiqué … « … », a-t-elle").
                since = max(at for at, said in cast.unnamed if at < pos and said in (None, gender))
                held = _role_subject_since(cast, since, pos, lex)
                return held if held and cast.may_be(held, gender, lex) else None
            if cast.role_subjects:
                # "La ministre, elle, assure … « …, a-t-elle insisté »": a role noun that
                # opened a sentence since the person of that gender last named.
                held = _role_subject_since(cast, fit[0] if fit else -1, pos, lex)
                if held and cast.may_be(held, gender, lex):
                    return held
                if _role_of_gender_since(cast, fit[0] if fit else -1, pos, gender, lex):
                    # "Die Staatsanwältin forderte … , betonte sie.": the role's holder,
                    # whom the article does not name, not the woman named before her
                    return None
            if fit and not fit[1]:
                # an unnamed subject: a spokesperson speaks for their body, unless a role
                # noun opened a sentence since ("The head teacher … said")
                if _latest_role_subject(cast, fit[0], pos) >= 0:
                    return None
                return _spokesperson_subject(cast, fit[0], gender, lex)
            return fit[1] if fit else None
        if m.value != "group":
            return None
        named = _body_later_in_sentence(cast, m.pos)
        if named is not None:
            return named  # "„…“, hieß es in einer Mitteilung des Unternehmens Securo"
        k = bisect.bisect_left(cast.orgs, (pos, ""))
        if k and _inscription_since(cast.text, cast.orgs[k - 1][0], pos, lex):
            return None  # "A sign was taped to the door. It said: …"
        return cast.orgs[k - 1][1] if k else None
    if m.indefinite:
        # "a company spokeswoman": someone the text does not name; "a Brightline
        # spokesperson", "a spokesman for Vale Water": the body they speak for.
        return _spoken_for(m, cast, lex)
    kind, _, head = m.value.partition(":")
    if kind == "unlisted":
        return (
            _introduced_as(cast, head, pos, lex)
            or _epithet_for_latest(m, pos, cast, lex)
            or _body_of_noun(cast, head, pos, lex)
        )
    last = head.split()[-1]
    if kind == "person":
        cast.read_roles(lex)
        role_gender = _role_gender(head, lex)
        found = _role_holder(cast, m, pos, head, role_gender, lex)
        if found:
            return found
        if m.text and _norm(m.text.split()[0]) in lex.possessives:
            return None  # "Su vecino", "Sa voisine": someone's relation, not themselves
        if head in lex.spokesperson_roles:
            # "ein Sprecher der Polizei … sagte der Sprecher": the same body's spokesperson,
            # first named with it in a quotation's frame or in the narration
            spoken = cast.latest(cast.spoken_for, pos) or _spokesperson_before(cast, pos, lex)
            if spoken:
                return spoken
        age = head.split()[0] if head[:1].isdigit() else _age_in(m.text or "", lex)
        if age and role_gender is None and m.text:
            # "sagte der 29-Jährige": the determiner says the gender the noun does not
            role_gender = lex.determiner_genders.get(_norm(m.text.split()[0]))
        if age:
            # "the 29-year-old", "the 41-year-old researcher": the person the article gave
            # that age ("Jo Roe, 29,").
            found = _of_age(cast, age, pos, lex)
            if found:
                return found
            # An age the article gave no one: the role noun that opened a sentence since
            # the latest person named ("Der Bürgermeister räumte ein … sagte der 58-Jährige").
            event = cast.latest_event(cast.people, pos)
            found = _role_subject_since(cast, event[0] if event else -1, pos, lex)
            if found:
                return found
        if head in lex.youth_roles:
            # "Nwosu, a 19-year-old who works in a warehouse, … the teenager admitted": the
            # person named last whom the article gave an age under 20
            event = cast.latest_event(
                cast.people, pos, lambda n: _young(cast, n, pos, lex), _PRONOUN_REACH
            )
            if event is not None and event[1]:
                return event[1]
        latest = cast.latest(cast.people, pos)
        if not latest or (role_gender is not None and not cast.may_be(latest, role_gender, lex)):
            return None
        if (
            head in lex.generic_roles
            or lex.age_role.search(head)
            or not cast.titles.get(latest)
            or (head in lex.youth_roles and _young(cast, latest, pos, lex))
        ):
            return latest
        said = role_gender or (
            lex.determiner_genders.get(_norm(m.text.split()[0])) if m.text else None
        )
        event = cast.latest_event(cast.people, pos)
        if (
            said is not None
            and event is not None
            and pos - event[0] < _EPITHET_REACH
            and cast.gender(latest, lex) == said
            # (not for another office the role's word ends: "Vizekanzler Robert Habeck …
            # sagte der Kanzler", "Staatsanwalt Peter Krug … sagte der Anwalt"; an
            # "Umweltministerin" is a "Ministerin", see Lexicon.title_suffixes)
            and not any(
                t != last
                and t.endswith(last)
                and (t.startswith(tuple(lex.role_prefixes)) or last not in lex.title_suffixes)
                for t in cast.title_words(latest)
            )
        ):
            # "Richterin Elisabeth Grabner begründete … , sagte die Vorsitzende": a noun of
            # her gender for the woman just named, where nouns say their gender
            return latest
        return None  # the latest person bears another title: "the president" is someone else
    compounds = lex.nouns_capitalised  # "das Ministerium": the "Wirtschaftsministerium"
    named = cast.latest(
        cast.all_orgs,
        pos,
        lambda n: any(w == last or (compounds and w.endswith(last)) for w in _norm(n).split()),
    )
    if named and _norm(named) == last:
        # the noun itself, capitalised at a sentence's start ("Council biosecurity manager
        # Jo Roe"): the body it stands for is the one named in full before
        # ("Kaimārama District Council")
        named = (
            cast.latest(cast.all_orgs, pos, lambda n: n != named and last in _norm(n).split())
            or named
        )
    if named:
        return named
    marks = lex.role_markers.get(head) or lex.role_markers.get(last)
    if marks:
        # "the company" -> the latest organisation whose name says it is one ("Orchard Inc"),
        # one that spoke or acted (led its sentence) before one merely named.
        acted = _marked_subject(cast, pos, marks, lex)
        if acted:
            return acted
        marked = cast.latest(cast.all_orgs, pos, lambda n: _bears_mark(n, marks, lex), _ROLE_REACH)
        if marked:
            return marked
    if head in lex.named_roles:
        # "The RMT union said", "the Forpackningsfacket union … “…,” the union said": the
        # name a role noun followed, in the crediting words or before them
        named = _named_before_role(m.text or "", head, cast, lex) or _named_before_role(
            cast.text[max(0, pos - _BODY_REACH) : pos], head, cast, lex
        )
        if named:
            return named
    kin = lex.role_kin.get(head) or lex.role_kin.get(last)
    if kin:
        # "the company" -> a name the text introduced as one ("the shipping company
        # Vinto", "Vinto, a ferry line,"): looked for only when a role needs it.
        introduced = [
            name
            for m in _introduced_pattern(
                kin,
                lex.determiners,
                lex.name_connectors | lex.org_links,
                lex.apposition_tails,
                lex.name_connectors - lex.org_links,
            ).finditer(cast.text, 0, pos)
            if _names_a_body(name := m[1] or m[2], lex)
        ]
        if introduced:
            return str(introduced[-1])
    if marks or kin:
        # "Tri-State Secure Transport … said in a statement … “…,” the company said": a
        # body whose name says nothing of its kind (no organisation word), that led its
        # sentence close before
        event = cast.latest_event(
            cast.orgs, pos, lambda n: lex.org_words.isdisjoint(_norm(n).split()), _ROLE_REACH
        )
        if (
            event is not None
            and pos - event[0] < _UNMARKED_REACH
            # (no other name since, which may be the company: "Transport for London
            # criticised Uber … the company said")
            and _CAPITALISED_AFTER_WORD.search(cast.text, event[0] + len(event[1]), pos) is None
        ):
            return event[1]
    lone = _lone_subject(cast, pos, lex)
    if lone is not None:
        return lone
    if head in lex.body_roles:
        # "La Cooperativa de Servicios Públicos … atribuyó el problema … la entidad
        # aseguró": any body, the one that last led its sentence, else the last named
        # (never a wire agency credited in a dateline: "SPRINGFIELD, Ill. (AP) —")
        led = cast.latest_event(cast.orgs, pos, _no_agency, _ROLE_REACH) or cast.latest_event(
            cast.all_orgs, pos, _no_agency, _ROLE_REACH
        )
        if led is not None and not _other_party_since(cast, led, pos):
            return led[1]
    elif not (marks or kin) and head not in lex.acronym_roles:
        # "Coldiretti Emilia-Romagna stima danni … “…”, afferma l'associazione": a role
        # the lexicons say no more of means the body that led its sentence just before,
        # if no other name came since
        event = cast.latest_event(cast.orgs, pos, None, _ROLE_REACH)
        if (
            event is not None
            and pos - event[0] < _UNMARKED_REACH
            and _CAPITALISED_AFTER_WORD.search(cast.text, event[0] + len(event[1]), pos) is None
            and not _other_party_since(cast, event, pos)
        ):
            return event[1]
    if head in lex.acronym_roles:
        # Prefer a body that led its sentence or spoke ("SNCF") to one merely named ("TGV").
        # (not a wire agency's credit: "(AP)" in a dateline is no "organization")
        def body(name: str) -> bool:
            return name.isupper() and _no_agency(name)

        return (
            cast.latest(cast.orgs, pos, body)
            or cast.latest(cast.first_orgs, pos, body)
            or cast.latest(cast.all_orgs, pos, body)
        )
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
    for end in _sentence_ends(text, a, b):
        cut = end
    same_sentence = cut == a and a > lo
    return cut, b, same_sentence


def _sentence_start(text: str, lo: int, end: int) -> int:
    """Start of the sentence that ends at ``end`` (the last sentence of ``text[lo:end]``)."""
    ends = [e for e in _sentence_ends(text, lo, end) if e < end - 1]
    return ends[-1] if ends else lo


class _Trail:
    """The frame after a quotation, ``text[a:b]``, tokenised once, when first read.

    Several readings of one quotation look at the words after its closer: the
    tokens near it are kept for all of them.
    """

    __slots__ = ("_near", "_near_end", "a", "b", "text")

    def __init__(self, text: str, a: int, b: int) -> None:
        self.text, self.a, self.b = text, a, b
        self._near: list[_Tok] | None = None
        self._near_end = a

    def near(self) -> list[_Tok]:
        """Tokens of the frame's first words: a trailing cue sits close to the closer."""
        if self._near is None:
            text, a = self.text, self.a
            b = min(self.b, a + _FRAME_CHARS // 2)
            b = b if b == len(text) or not text[b].isalnum() else text.rfind(" ", a, b) + 1 or b
            self._near, self._near_end = _tokens(text, a, b), b
        return self._near

    def cued(self, lex: Lexicon, within: int | None = None) -> bool:
        """Whether a verb of saying follows the closer within ``within`` characters
        (anywhere in the frame when None): "“…,” one of the people said"."""
        stop = self.b if within is None else min(self.b, self.a + within)
        toks = self.near()
        if stop > self._near_end:
            toks = _tokens(self.text, self.a, stop)
        elif stop < self._near_end:
            toks = [t for t in toks if t.end <= stop]
        return bool(_cues(toks, lex))


def _trailing_frame(text: str, hi: int, span: QuoteSpan, nxt: QuoteSpan | None) -> tuple[int, int]:
    if span.close_pos is None:
        return span.end, span.end
    a = span.close_pos + 1
    b = nxt.open_pos if nxt is not None and nxt.para == span.para else hi
    i = a
    while i < b and text[i] == " ":
        i += 1
    if i < b and text[i] == "(":
        close = text.find(")", i, b)
        if (
            close < 0
            or _SENTENCE_END_TRUE.search(text, i, close)
            or not text[close + 1 : b].strip(" ,.;")
        ):
            return a, a  # "“…” (Current models say …)": an aside, not an attribution
        a = close + 1  # "“It was fine” (sic), Roe said.": the attribution after the aside
    m = _SENTENCE_END_TRUE.search(text, a, b)
    return (a, _run_start(text, a, m.start())) if m is not None else (a, b)


#: An incise inside a quotation: the words between a comma or dash and the next one
#: ("« Nous sommes prêts, affirme-t-il, à discuter. »"), of 89 characters at most, 59
#: when it opens with a pronoun ("“…, he says, …”").
_INCISE = re.compile(
    r"(?:[,–—]|(?<=\s)-)[^\S\n]+([^\s,–—.;:!?«»“”„\"][^,–—.;:!?«»“”„\"\n]{1,89}?)"
    r"(?=[,–—.;:!?]|[^\S\n]-[^\S\n]|\Z)"
)


#: Longest incise that opens with a pronoun ("…, he says, …"); one opening with a verb
#: of saying may run to the 89 characters of :data:`_INCISE`.
_PRONOUN_INCISE_CHARS = 59


def _find_incise(text: str, start: int, end: int, lex: Lexicon) -> tuple[_Mention, int, int] | None:
    """The first incise in the quotation ``text[start:end]``, as ``(mention, cut, resume)``:
    the quotation's words end at ``cut`` and go on at ``resume`` (``end`` when no word
    follows the incise).

    The incise must open with a verb of saying ("affirme-t-il", "a-t-il reconnu", "dijo
    el ministro"), read as a trailing frame: an ordinary clause between commas is never
    one.  Where the language drops its subject, the verb alone, closed by a comma or a
    dash, is one too ("« … – ha aggiunto – e … »"), but not a clause with an object ("ha
    detto cose giuste").  Spaced ASCII dashes count as dashes (" - ha aggiunto - ").  When a comma follows it and the quotation goes on after the next sentence end,
    the incise runs to that end ("affirme Jean Roe, maire de Mirelles depuis 2008. On
    nous …", "a déclaré la ministre, Claire Roe, à la sortie du Conseil. Mais …"),
    unless a preposition or function word follows the comma ("…, affirme-t-il, à
    discuter avec tous").
    """
    for m in _INCISE.finditer(text, start, end):
        first = m[1].split(None, 1)[0]
        if (
            _norm(first.split("-", 1)[0]) not in lex.cue_starts
            and _norm(first) not in lex.cue_starts
            and (_norm(first) not in lex.pronouns or len(m[1]) > _PRONOUN_INCISE_CHARS)
        ):
            # most commas in a quotation open no incise: no cue (or "he says") first; a
            # long one opens with the verb ("…, a expliqué la présidente du jury lors de
            # la cérémonie de clôture. C'est …")
            continue
        resume = m.end(1)
        toks = _split_inverted(_tokens(text, m.start(1), resume), lex)
        if not toks or not any(t.low in lex.cue_starts for t in toks[:3]):
            continue
        found = _from_frame(toks, lex, trailing=True)
        closed = text[resume : resume + 1] in (",", "–", "—") or text.startswith(" - ", resume)
        if found is None or (
            found.kind == "implicit"
            # ("«Capisco la rabbia – ha aggiunto – e …»": where the language drops its
            # subject, a verb alone between two dashes or commas is an incise, not a
            # clause with an object: "«Ho incontrato Luca, ha detto cose giuste, e …»")
            and not (
                lex.subject_drop
                and closed
                and sum(t.is_word for t in toks) <= len((found.cue or "").split()) + 1
            )
        ):
            continue
        if found.kind == "pronoun" and not (
            text[found.pos - 1] == "-"  # "affirme-t-il"
            or (
                # "“We are ready, he says, to talk”", "„…, sagte er, …“": a person's
                # pronoun next to the verb, then a comma
                found.value == "person" and len(toks) <= 3 and closed
            )
        ):
            # "I saw the manager, told him to go, and …", "we score, we concede, we …",
            # "…, he said the bank had lost them.": a clause, no incise
            continue
        if resume < end and text[resume] == ",":
            after = _SENTENCE_END_TRUE.search(text, resume, end)
            nxt = _FIRST_WORD.search(text, resume, end)
            word = _norm(nxt[0]) if nxt is not None else ""
            if (
                after is not None
                and word
                and word not in lex.place_prepositions
                and word not in lex.coordinators
                and word not in lex.pronouns
                and text[after.end() : end].strip()
            ):
                # "a déclaré la ministre, Claire Roe, à la sortie du Conseil. Mais …": the
                # incise runs on to its sentence's end, where an apposed name may be.
                resume = _run_start(text, resume, after.start())
                longer = _from_frame(
                    _split_inverted(_tokens(text, m.start(1), resume), lex), lex, trailing=True
                )
                if longer is not None and longer.kind != "implicit":
                    found = longer
        cut = m.start() + (text[m.start()] == ",")  # the comma stays with the words
        while cut > start and text[cut - 1].isspace():
            cut -= 1
        if text.startswith(" - ", resume):
            resume += 2  # "… - ha aggiunto l'avvocato - e …": an ASCII dash, spaced
        elif resume < end and text[resume] in ",–—.;:!?":
            resume += 1
        while resume < end and text[resume].isspace():
            resume += 1
        if not _FIRST_WORD.search(text, resume, end):
            resume = end  # no words after the incise: "« Oui, dit-il, ! »"
        return found, cut, resume
    return None


#: Longest line read as a signature under a quotation ("— Mike Pompeo, College Station").
_SIGNATURE_CHARS = 120


def _signature_after(text: str, bounds: tuple[int, int], lex: Lexicon) -> _Mention | None:
    """The name signing a quotation from the short paragraph after it that opens with a
    dash ("“…”" then "— Mike Pompeo, College Station, TX, April 15, 2019")."""
    a, b = bounds
    if b - a > _SIGNATURE_CHARS or text[a : a + 1] not in ("—", "–"):
        return None
    toks = _tokens(text, a, b)
    if len(toks) < 2 or _cues(toks, lex):
        return None  # "—No, respondió María.": a line of dialogue, not a signature
    return _signed_by(toks[1:7], lex)


def _signed_by(toks: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """The person or body whose name opens ``toks``, the words after a signature's dash."""
    runs = _runs(toks, lex)
    if runs and runs[0].first == 0 and runs[0].kind in ("person", "org"):
        return _Mention(runs[0].kind, runs[0].name, runs[0].name, runs[0].start, "")
    return None


def _bare_attribution(toks: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """``,” she gushed.``: a pronoun or name then a verb not in the lexicon.

    After a quotation that ends in a comma, that shape is an attribution whatever
    the verb ("rumbled", "gushed", "revealed"), so the lexicon need not list them all.
    """
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or (not toks[0].is_word and toks[0].text not in ","):
        return None
    if _is_pronoun(words[0], lex):
        verb_at: int | None = 1
    else:
        verb_at = next((k for k, t in enumerate(words[:5]) if t.is_lower_word), None)
    if verb_at is None or verb_at == 0 or not words[verb_at].low.endswith(("ed", "s")):
        return None
    subject = words[:verb_at]
    if words[verb_at].low in lex.determiners or any(
        t.low in lex.place_prepositions for t in subject
    ):
        return None
    m = _mention_from(subject, words[verb_at].low, lex, inverted=False)
    if m is None and len(subject) >= 2 and subject[0].low in lex.determiners:
        role = _role_at_end(subject, lex)
        return None if role is None else _role_mention(subject, role, words[verb_at].low, lex)
    return m


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens a sentence or a paragraph: right after a full stop, a
    question or exclamation mark and a space, or a line break (not after a quotation,
    blanked or not: "“…?” Alito asked")."""
    return at == 0 or text[at - 1] == "\n" or text[at - 2 : at] in (". ", "! ", "? ")


def _with_full_stop(speaker: str, text: str, cast: _Cast, lex: Lexicon) -> str:
    """``speaker`` with the full stop the article writes after its last word, when that
    word is a body's legal form ("Kessler Ag Machinery Corp.") or a person's surname
    given as an initial ("Hermine K.", where the stop ends no sentence); else itself."""
    last = speaker.rpartition(" ")[2]
    if " " in speaker and not cast.is_person(speaker) and _norm(last) in lex.legal_forms:
        return f"{speaker}." if f"{speaker}." in text else speaker
    if (
        len(last) == 1
        and last.isupper()
        and (cast.is_person(speaker) or _is_first_name(speaker.split()[0]))
        and _initial_in_sentence(text, speaker)
    ):
        return f"{speaker}."
    return speaker


def _initial_in_sentence(text: str, name: str) -> bool:
    """Whether ``name``, ending in a capital letter, is written with a full stop that
    ends no sentence ("Hermine K. aus Graz", "Hermine K., 84,"), as a surname given by
    its initial is; "… cheered Malcolm X. The …" ends a sentence."""
    tail = name + "."
    i = text.find(tail)
    while i >= 0:
        after = text[i + len(tail) : i + len(tail) + 3].lstrip(" ")
        if after[:1] == "," or after[:1].islower():
            return True
        i = text.find(tail, i + 1)
    return False


def _credit_from_frames(
    text: str,
    span: QuoteSpan,
    lead: tuple[int, QuoteSpan | None],
    trail: _Trail,
    lex: Lexicon,
) -> _Mention | None:
    """The mention crediting ``span`` from the frame after it, then the one before it.

    ``lead`` is ``(paragraph start, previous span)``: the frame before the quote
    is found only when it is read (most quotes are credited after the closer).
    """
    ends_sentence = text[span.end - 1] in ".!?…"
    for trailing in (False, True) if span.partial else (True, False):
        if trailing:
            if trail.a >= trail.b:
                continue
            toks = trail.near()
        else:
            a, b, _ = _leading_frame(text, lead[0], span, lead[1])
            if a >= b:
                continue
            # Only the frames actually read are tokenised, and only near the marks: a
            # subject sits within a clause of its cue.
            a = max(a, b - _FRAME_CHARS)
            a = a if a == 0 or not text[a - 1].isalnum() else text.find(" ", a, b) + 1 or a
            toks = _tokens(text, a, b)
        if trailing and lex.narrative_infinitives and len(toks) > 3 and toks[0].text == ",":
            said = _two_words(toks[1].low, toks[2].low)  # ("d'" + "ajouter": "d'ajouter")
            if said in lex.narrative_infinitives:
                # "« … », de lancer son fils, Mathieu Tremblay": a cue, its subject after it
                found = _subject_after(toks, 3, lex, said)
                if found is not None:
                    return found
        if trailing and text[span.end - 1] in ",?!":
            bare = _bare_attribution(toks, lex)
            if bare is not None:
                return _from_frame(toks, lex, trailing=True) or bare
        if (
            trailing
            and ends_sentence
            and (first := _first_word_index(toks)) >= 0
            and toks[first].is_cap
            and len(toks) > 6
            and not any(t.low in lex.cue_starts for t in toks[:4])
            and toks[0].text not in "—–-"
        ):
            continue  # a new sentence, not an attribution ("“…?” Alito asked" still is)
        mention = _from_frame(toks, lex, trailing=trailing)
        if mention is not None:
            return mention
        if not trailing and toks and toks[-1].text == ":" and not _addressed(toks, lex):
            # "Smith put it bluntly: “…”", "Dann fand er sie doch: »…«": a colon closing
            # a clause right before the quotation introduces its subject's words, with or
            # without a verb of saying
            sentence = _last_sentence(toks)
            subject = _clause_subject(sentence, "", lex) if sentence else None
            if (
                subject is not None
                and subject.kind in ("person", "pronoun", "role")
                # (not someone's relation: "Sua moglie, Lucia, …:", "His wife …:")
                and _norm((subject.text or " ").split()[0]) not in lex.possessives
            ):
                return subject
    return None


def _last_sentence(toks: Sequence[_Tok]) -> Sequence[_Tok]:
    """The tokens of the last sentence in ``toks`` (after its last full stop, question or
    exclamation mark)."""
    cut = max((k + 1 for k, t in enumerate(toks) if t.text in ".!?"), default=0)
    return toks[cut:]


_NO_CREDIT = Credit()  # frozen, so one instance serves every uncredited quote


def _speaker_after(
    text: str, lo: int, span: QuoteSpan, trail: tuple[int, int], cast: _Cast, lex: Lexicon
) -> _Mention | None:
    """The person the sentence after a bare quotation names as its speaker, or None.

    Only for a quoted sentence that opens its paragraph with no attribution of its
    own, and only when the next sentence says so plainly: a verb of saying whose
    subject is the first person it names ("“…” That was how resident Walt Kasprzak
    summed it up."), or a pronoun of that person's gender ("“…” Pryce was close to
    tears as she spoke."), or a noun for words said linked to that person ("“…” That
    was the verdict of coach Jim Bell.").  A person merely mentioned there is no speaker.
    """
    a, b = trail
    if span.close_pos is None or span.partial or a >= b or text[span.end - 1] not in ".!?…":
        return None
    if text[lo : span.open_pos].strip():
        return None  # not the paragraph's opening
    toks = _tokens(text, a, min(b, a + _FRAME_CHARS))
    person = next((r for r in _runs(toks, lex) if r.kind in ("person", "single")), None)
    if person is None or (person.kind == "single" and not cast.is_person(person.name)):
        return None
    found = _Mention("person", person.name, person.name, person.start, "")
    k = person.first - 1
    while k >= 0 and toks[k].is_lower_word and _is_title(toks[k].low, lex):
        k -= 1  # "of coach Jim Bell"
    if (
        k > 0
        and toks[k].low in lex.speech_links
        and any(t.low in lex.speech_nouns for t in toks[:k])
    ):
        return found
    if not person.subject or (
        k >= 0
        and (
            toks[k].low in lex.place_prepositions
            or toks[k].low in lex.speech_links
            or any(t.is_cap and t.low not in lex.function_words for t in toks[:k])
        )
    ):
        return None  # "Critics of coach Jim Bell said": the person is not the subject
    for i, j in _cues(toks, lex):
        if i < person.last:
            continue
        m = _subject_before(toks, i, lex, _cue_text(toks, i, j))
        if m is None:
            return None
        if m.kind in ("person", "single") and m.pos == person.start:
            return m
        gender = lex.pronoun_genders.get(_norm(m.text)) if m.kind == "pronoun" and m.text else None
        if person.first == 0 and gender is not None:
            full = cast.full(person.name)
            return found._replace(cue=m.cue) if cast.may_be(full, gender, lex) else None
        return None
    return None


def _last_sentence_before(
    text: str, lo: int, span: QuoteSpan, before: tuple[int, int], ends: str, lex: Lexicon
) -> list[_Tok] | None:
    """The tokens of the last sentence of the paragraph ``before``, when the quotation
    opens its own paragraph and that sentence ends in one of ``ends`` and is not said
    to its subject ("In court he was asked:"); else None."""
    if text[lo : span.open_pos].strip():
        return None
    pa, pb = before
    end = pb
    while end > pa and text[end - 1].isspace():
        end -= 1
    if end <= pa or text[end - 1] not in ends:
        return None
    a = _sentence_start(text, max(pa, end - _FRAME_CHARS), end - 1)
    toks = _tokens(text, a, end)
    return None if _addressed(toks, lex) else list(toks)


def _colon_paragraph_before(
    text: str, lo: int, span: QuoteSpan, before: tuple[int, int], lex: Lexicon
) -> _Mention | None:
    """Who the paragraph before introduces a quotation with, when it ends in a colon.

    Only for a quotation that opens its paragraph: "She tells it like this:" or
    "Mourey said:" then the quoted paragraph.  The last sentence of the paragraph
    before is read as the quotation's leading frame (inscriptions stay no one's).
    """
    toks = _last_sentence_before(text, lo, span, before, ":", lex)
    if toks is None:
        return None
    m = _from_frame(toks, lex, trailing=False)
    if m is None or m.kind == "implicit":
        return None
    # "The judge read the letter:" voices someone else's words; a relay verb before the
    # subject does not ("In a statement read to the court, Mrs Harper said:").
    return None if _relays([t for t in toks if t.start > m.pos], lex) else m


def _reported_paragraph_before(
    text: str, lo: int, span: QuoteSpan, before: tuple[int, int], lex: Lexicon
) -> _Mention | None:
    """The person whose words the paragraph before reports in its last sentence ("His
    daughter, Helen Tolley, said the family had made 20 calls."), for a quotation that
    opens its paragraph with no frame of its own; else None."""
    toks = _last_sentence_before(text, lo, span, before, ".!", lex)
    if toks is None:
        return None
    cues = _cues(toks, lex)
    if not cues:
        return None
    i = cues[0][0]
    m = _subject_before(toks, i, lex) if i else None
    if m is None or (m.kind not in ("person", "single") and not _subject_pronoun(m, lex)):
        return None  # only a person: a body's reported words are no quotation's frame
    return m


def _according_paragraph_before(
    text: str,
    lo: int,
    span: QuoteSpan,
    before: tuple[int, int],
    prev: QuoteSpan,
    lex: Lexicon,
) -> _Mention | None:
    """The person an "according to" phrase credits in the last sentence of the paragraph
    before, when that sentence has no verb of saying and comes after the quotation
    ``prev`` there; for a quotation that opens its paragraph with no frame."""
    toks = _last_sentence_before(text, lo, span, before, ".!", lex)
    if not toks or toks[0].start <= (prev.close_pos or 0) or _cues(toks, lex):
        return None
    first = _first_word_index(toks)
    m = _according_subject(toks, first, lex) if first >= 0 else None
    return m if m is not None and m.kind in ("person", "single") else None


#: Most sentences of reported speech read back for the one that says who speaks.
_REPORTED_SENTENCES = 3
#: An age set off by commas right after a name (", 74 ans,", ", 82,", ", 24 años,").
_AGE_APPOSITION = re.compile(r",[ \t]+(\d{1,3})(?:[ \t]+[^\W\d_]{1,6})?,")
#: The youngest age at which a first name alone with its age is read as a subject.
_ADULT_AGE = 16


def _reports(toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether the words hold a verb form of reported speech ("sei", "habe")."""
    markers = lex.reported_speech_markers
    return bool(markers) and any(t.low in markers for t in toks)


def _subject_before_quote(
    text: str, lo: int, span: QuoteSpan, prev: QuoteSpan | None, lex: Lexicon
) -> _Mention | None:
    """The person who leads the sentence just before a bare quotation in its paragraph.

    "Ashdown snorts when this is repeated to her. “Robert worries …”": a quotation
    with no frame of its own, right after a sentence (no quotation in it) whose first
    words are a named person or a subject pronoun, is that person's.  Never across
    paragraphs, and never when the quotation's own sentence goes on after it.
    """
    if span.partial or span.close_pos is None or text[span.end - 1] not in ".!?…":
        return None
    j = span.open_pos
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j <= lo or text[j - 1] not in ".!?…":
        return None  # most quotations: a paragraph's opening, or words before the mark
    la, lb, _ = _leading_frame(text, lo, span, prev)
    if la <= lo or _FIRST_WORD.search(text, la, lb) is not None:
        return None  # the paragraph's opening, or words of its own before the mark
    a = _sentence_start(text, max(lo, la - _FRAME_CHARS), la)
    if prev is not None and prev.para == span.para and (prev.close_pos or 0) >= a:
        # the sentence before holds a quotation: the usual rules decide, unless what
        # follows it in that sentence says who spoke ("Die Partie sei „fast
        # fehlerfrei“ gewesen, so Bitschnau. „…“", a fragment no frame credits)
        if not prev.partial or prev.close_pos is None:
            return None
        return _reported_by(_tokens(text, prev.close_pos + 1, la), lex)
    toks = _tokens(text, a, la)
    reported = _reports(toks, lex)
    if text[la - 1] == "?" and not reported:
        # "Will Smith ever leave? “Never.”": an answer to the question (but "Ob er den
        # Ausgleich beantragen werde? „Natürlich.“": the reported person answers)
        return None
    first = _first_word_index(toks)
    if first < 0 or _relays(toks[first:], lex):
        return None  # "Judge Anna Price read the letter aloud. “…”": the letter's words
    runs = _runs(toks, lex)
    opening = _opening_person(toks, lex, first, runs, lone=False)
    if opening is not None:
        return opening
    if _cues(toks, lex):
        # "Sein Team habe gekämpft, sagte er. „…“", "Beim letzten Streik seien …, sagte
        # Jürgen Vogt. „…“": the sentence before says who speaks.
        said = _person_said(toks, lex)
        if said is not None:
            return said
    elif reported and a > lo:
        # "Der Krankenstand liege bei elf Prozent, so Hoffmeister. Stellen seien unbesetzt.
        # „…“": reported speech carries on from the sentence before it, which says who;
        # back over a few more sentences of reported speech ("…, sagt er. Er brauche das
        # Futter. Ob er … werde? „Natürlich.“")
        end = a
        for _ in range(_REPORTED_SENTENCES):
            b = _sentence_start(text, lo, end)
            if b >= end or (prev is not None and (prev.close_pos or 0) >= b):
                break
            before = _tokens(text, b, end)
            said = _reported_by(before, lex)
            if said is not None:
                return said
            if _cues(before, lex):
                break
            if not _reports(before, lex):
                # "Brenninger wies das zurück. Es werde keine Stelle gestrichen. »…«": the
                # sentence that opens the reported speech has the speaker for its subject
                return _opening_person(before, lex, _first_word_index(before), _runs(before, lex))
            end = b
    if runs and runs[0].first == first and runs[0].kind == "single" and runs[0].subject:
        r = runs[0]
        return _Mention(r.kind, r.name, r.name, r.start, "")
    # "So viel dürfte es laut Ulrich Müller gekostet haben.", "…, so der Geschäftsführer."
    # then the quotation: the sentence before credits someone by an "according to".
    return _according_within(toks, first, lex)


def _opening_person(
    toks: Sequence[_Tok], lex: Lexicon, first: int, runs: Sequence[_Run], *, lone: bool = True
) -> _Mention | None:
    """The person, by name or a pronoun, who opens the sentence ``toks`` (its first word
    at ``first``, its name runs ``runs``) as its subject, or None ("Kraubachs
    Bürgermeister Johann Ebner zeigte sich betroffen.", "Sie zuckt mit den Schultern.");
    a lone name too when ``lone``, which the caller must find is a person's."""
    if first < 0:
        return None
    t = toks[first]
    if _norm(t.text) in lex.pronoun_genders and t.is_cap:
        return _Mention("pronoun", t.text, "person", t.start, "")
    kinds = ("person", "single") if lone else ("person",)
    if runs and runs[0].first == first and runs[0].kind in kinds and runs[0].subject:
        r = runs[0]
        return _Mention(r.kind, r.name, r.name, r.start, "")
    named = _appositive_name(toks, first, runs, lex)
    if named is not None:
        return _Mention(named.kind, named.name, named.name, named.start, "")
    return None


def _appositive_name(
    toks: Sequence[_Tok], first: int, runs: Sequence[_Run], lex: Lexicon
) -> _Run | None:
    """The person named between commas after the role that opens the sentence ``toks``
    ("Le président du club, Alain Coatanéa, se félicitait …", "The club president, Alan
    Coates, was pleased …"): the sentence's subject; or None.

    The role is a determiner's noun phrase with no comma, no verb of saying, no auxiliary
    and no second determiner but after a preposition in it ("The mayor thanked the
    organiser, Alan Coates, …" names an object).
    """
    if toks[first].low not in lex.determiners:
        return None
    for r in runs:
        if r.first <= first + 1 or toks[r.first - 1].text != ",":
            continue  # (a place or a body inside the role: "alle Infrastrutture")
        if r.kind != "person" or r.last >= len(toks) or toks[r.last].text != ",":
            return None
        role = toks[first + 1 : r.first - 1]
        if not role or any(
            t.text == "," or t.low in lex.auxiliaries or t.low in lex.cues for t in role
        ):
            return None
        if any(
            (t.low in lex.determiners or t.low in lex.possessives)
            and not (prev.low in lex.place_prepositions or prev.low in lex.org_links)
            for prev, t in itertools.pairwise(role)
        ):
            # a second noun phrase with no preposition before it: a verb stands between
            # ("The club lost its captain, Sam Reid,", "L'élu a remercié l'architecte,
            # Sophie Martin,"): the name is an object
            return None
        return r
    return None


def _reported_sentence_speaker(
    text: str, lo: int, span: QuoteSpan, prev: QuoteSpan | None, lex: Lexicon
) -> _Mention | None:
    """Who spoke in the sentence before, for a quotation inside reported speech that has
    no verb of saying of its own ("Die Stadt stehe zu ihrem Theater, sagte er. Angesichts
    des Defizits müssten jedoch »alle Bereiche ihren Beitrag leisten«."), or None."""
    if not lex.reported_speech_markers:
        return None
    a = _sentence_start(text, lo, span.open_pos)
    if a <= lo:
        return None
    toks = _tokens(text, a, span.open_pos)
    if _cues(toks, lex) or not _reports(toks, lex):
        return None
    if any(t.text == ":" or _phrase_at(toks, k, lex.according_index) for k, t in enumerate(toks)):
        return None  # ("Laut einem Gutachten müssten jedoch »…«": a source of its own)
    b = _sentence_start(text, lo, a)
    if b >= a or (prev is not None and (prev.close_pos or 0) >= b):
        return None
    return _reported_by(_tokens(text, b, a), lex)


def _according_within(toks: Sequence[_Tok], first: int, lex: Lexicon) -> _Mention | None:
    """Whom an "according to" phrase after ``toks[first]`` credits ("…, so Hoffmeister.")."""
    for k in range(first + 1, len(toks)):
        m = _according_subject(toks, k, lex) if toks[k].is_lower_word else None
        # (a lone name too: the caller keeps it only if the article gives it a person)
        if m is not None and m.kind in ("person", "role", "org", "single"):
            return m
    return None


def _person_said(toks: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """The person, named or a pronoun, whom the verb of saying of the sentence ``toks``
    credits, or an unnamed spokesperson (who speaks for a body), or None."""
    said = _from_frame(toks, lex, trailing=False)
    if said is None:
        return None
    if said.kind in ("person", "pronoun", "single"):
        return said  # (a lone name, if the article makes it a person's: see the caller)
    kind, _, head = said.value.partition(":")
    if (
        said.kind == "role"
        and kind == "person"
        and not said.indefinite
        and _after_cue(toks, said.pos, lex)
    ):
        # "…, erklärt die Ärztin.": reported speech its role noun closes (not "Asked
        # whether Hill would resign, the chairman said no.", which reports no words)
        return said
    # "A spokeswoman for Vale Water said it would wait.": the body, through her
    return said if said.indefinite and head in lex.spokesperson_roles else None


def _after_cue(toks: Sequence[_Tok], pos: int, lex: Lexicon) -> bool:
    """Whether the token starting at ``pos`` comes right after a one-word cue ("…, erklärt
    die Ärztin": the role noun's determiner after "erklärt")."""
    k = next((i for i, t in enumerate(toks) if t.start == pos), 0)
    return k > 0 and toks[k - 1].low in lex.cues


def _reported_by(toks: Sequence[_Tok], lex: Lexicon) -> _Mention | None:
    """Who a sentence says spoke: the subject of its verb of saying, or whom an "according
    to" phrase in it names."""
    said = _person_said(toks, lex) if _cues(toks, lex) else None
    if said is not None:
        return said
    first = _first_word_index(toks)
    return _according_within(toks, first, lex) if first >= 0 else None


def _someone_else(cast: _Cast, lo: int, hi: int, speaker: str | None) -> bool:
    """Whether a person other than ``speaker`` is a sentence's subject in ``text[lo:hi]``.

    An unnamed person ("One resident said") is someone else too.
    """
    k = bisect.bisect_left(cast.people, (lo, ""))
    while k < len(cast.people) and cast.people[k][0] < hi:
        if cast.people[k][1] != speaker:
            return True
        k += 1
    return False


def _names_a_person(mention: _Mention | None) -> bool:
    """Whether the words that credited a quote point at a person rather than a body."""
    if mention is None:
        return False
    if mention.kind in ("person", "single"):
        return True
    return mention.value == "person" or mention.value.startswith("person:")


#: What joins an informant to the body it speaks for ("de la", "della", "des", "of the").
_OF_THE = re.compile(
    r"(?:de las|de los|de la|de l['’]|della|delle|dello|dell['’]|degli|dei|del|des|du|of the)[ \t]*"
)


def _nominative(name: str, text: str, lex: Lexicon) -> str:
    """A body's name as it is named, not in the genitive it was read in ("ein Sprecher
    des Zollfahndungsamts Nordhaven" -> "Zollfahndungsamt Nordhaven", "des Thüringer
    Wirtschaftsministeriums" -> "Thüringer Wirtschaftsministerium"): the first word, or
    the last, loses an "s" or "es" that follows the end of an organisation word, when the
    text writes the name after a genitive article ("des", "eines"; not "Museums
    Victoria")."""
    words = name.split(" ")
    # the first word ("des Zollfahndungsamts Nordhaven"), else the last after adjectives
    # ("des Thüringer Wirtschaftsministeriums")
    for k in (0, len(words) - 1) if len(words) > 1 else (0,):
        if k and not lex.determiners.isdisjoint(w.lower() for w in words[:k]):
            continue  # ("Betriebsrats des Klinikums": the genitive belongs there)
        low = words[k].lower()
        if not low.endswith("s") or low.endswith(lex.org_word_endings):
            continue
        for cut in (1, 2):
            if (
                low[:-cut].endswith(lex.org_word_endings)
                and (cut == 1 or low.endswith("es"))
                # (the text searched last: most names stop before)
                and (f"des {name}" in text or f"eines {name}" in text)
            ):
                return " ".join([*words[:k], words[k][:-cut], *words[k + 1 :]])
    return name


def _fullest_form(
    speaker: str, pos: int, text: str, cast: _Cast, lex: Lexicon, dotted: dict[str, str]
) -> str:
    """The form of a resolved speaker's name to give: a body's fullest name, a short
    name's long one, a name's full stop as written (``dotted`` remembers those)."""
    if cast.acronyms:
        speaker = cast.acronyms.get(speaker, speaker)
    if 3 <= len(speaker) <= 6 and speaker.isupper() and speaker.isalpha():
        # (not two: "UN" or "EU" after a "University of Nottingham" is another body)
        speaker = cast.spelled_out(speaker)
    if lex.nouns_capitalised and not cast.is_person(speaker):
        speaker = _nominative(speaker, text, lex)
    if lex.nouns_capitalised and " " not in speaker and _norm(speaker) in lex.org_words:
        # "Der Verein … teilte es mit": the one body the article names with a
        # word ending in the noun ("Förderverein Hallenbad Mühlgraben")
        speaker = cast.compound_body(speaker, pos=pos)
    if " " not in speaker and not cast.is_person(speaker):
        # "teilte das Landesamt mit": the "Landesamt für Denkmalpflege" the text names
        speaker = cast.linked_body(speaker, lex)
    if " " in speaker:
        # "the Forest Service" of the U.S.; "Buckeye Fresh", read as a person's
        # name, of "Buckeye Fresh Markets"
        speaker = (
            cast.fullest_body(speaker)
            if not cast.is_person(speaker)
            else cast.body_starting(speaker) or speaker
        )
    first, _, rest = speaker.partition(" ")
    if (
        rest
        and " " in rest
        and not cast.is_person(speaker)
        and (
            # "Saskatchewan’s Ministry of Government Relations": the place that owns it
            first.endswith(("’s", "'s"))
            # "Denver-based Kestrel Energy" (not "Community-Led Housing Network")
            or (
                "-" in first
                and first.rpartition("-")[2].islower()
                and first.rpartition("-")[2].endswith(lex.participle_endings)
            )
        )
        and rest[:1].isupper()  # (not "Guy’s and St Thomas’ NHS Foundation Trust")
        and not lex.org_words.isdisjoint(_norm(w) for w in rest.split())
    ):
        speaker = rest
        first, _, rest = speaker.partition(" ")
    if rest and _norm(first) in lex.source_nouns:
        # "Fuentes de la Consejería de Educación": the Consejería speaks
        found = _OF_THE.match(rest)
        if found is not None and found.end() < len(rest):
            speaker = rest[found.end() :]
    if speaker not in dotted:  # (the text is searched once per name)
        dotted[speaker] = _with_full_stop(speaker, text, cast, lex)
    return dotted[speaker]


def _title_in_apposition(text: str, lo: int, span: QuoteSpan, lex: Lexicon) -> bool:
    """Whether the quotation is a title set off by commas after a noun ("the institute’s
    latest paper, “Shells, Not Summits: Fixing Europe’s Munitions Gap”, argues"): its
    words of four letters or more, bar function words, all capitalised, two at least, and
    no full stop at its end, and no verb of saying before it in its sentence.  Not where
    every noun is capitalised."""
    if (
        not text.startswith(", ", span.open_pos - 2)
        or span.close_pos is None
        or lex.nouns_capitalised
        or text[span.close_pos + 1 : span.close_pos + 2] not in (",", ")", ";")
    ):
        return False
    before = text[max(lo, span.open_pos - 40) : span.open_pos - 2]
    noun = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not (noun.isalpha() and noun.islower()):
        return False
    sentence = text[_sentence_start(text, lo, span.open_pos) : span.open_pos].lower().split()
    if not lex.cues.isdisjoint(w.strip(",;:") for w in sentence):
        return False  # ("Keir Starmer told the chamber, “Never Again”,": his words)
    words = _TITLE_WORD.findall(text, span.start, span.end)
    long = [w for w in words if len(w) > 3 and _norm(w) not in lex.function_words]
    return (
        len(long) > 1
        and all(w[0].isupper() for w in long)
        and sum(w[0].isupper() for w in words) > 1
        and not text[span.start : span.end].rstrip().endswith((".", "!", "?", ","))
    )


#: A word of a title ("Europe’s", "Short-Sea").
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _after_naming_word(text: str, lo: int, at: int, lex: Lexicon) -> bool:
    """Whether the word just before the mark at ``at`` gives a name or a title ("a page
    titled “…”", "une campagne intitulée « … »"); not one a comma closes ("entitled, “at
    the very least, …”")."""
    words = text[max(lo, at - 40) : at].split()  # (the last word only: a short look back)
    return bool(words) and _norm(words[-1]) in lex.naming_words


def _context_may_credit(
    text: str,
    span: QuoteSpan,
    bounds: Sequence[tuple[int, int]],
    trail: _Trail,
    cast: _Cast,
    lex: Lexicon,
) -> bool:
    """Whether the context may credit a quotation the rules left uncredited: only when
    nothing around it says that it is no one's, or someone's the text does not name.

    Not after a question or a colon ("Will he leave? “Never.”", "The sign read: “…”", or
    the paragraph before ending in one), nor with a frame after it ("», pense-t-elle"),
    nor when it is a question itself, nor when a person is the subject after it in its
    paragraph ("“…” Tom Lee, 45, has lived there for years."); nor when the sentence
    before it (its own, the one before in its paragraph, or the last of the paragraph
    before when it opens its paragraph) says that someone else speaks or that it is a
    text (see :func:`_sentence_refuses`).
    """
    lo, hi = bounds[span.para]
    at = span.open_pos
    before = text[lo:at].rstrip()
    if before.endswith(("?", ":")) or trail.cued(lex):
        return False
    if _after_naming_word(text, lo, at, lex):
        return False  # "a support page titled “…”": a name, no one's words
    if at == lo and span.para and text[: bounds[span.para - 1][1]].rstrip().endswith(":"):
        return False
    after = trail.near()
    if after and after[0].text in ",;" and any(t.is_lower_word for t in after[:3]):
        return False
    end = span.close_pos if span.close_pos is not None else span.end
    if text[span.start : end].rstrip(" .,!»“”\"'’«„").endswith("?"):
        return False  # a question put to someone, more often than one they ask
    k = bisect.bisect_left(cast.people, (end, ""))
    if at == lo and k < len(cast.people) and cast.people[k][0] < hi:
        return False
    reach, start = _own_sentence(text, lo, at)
    if not _FIRST_WORD.search(text, start, at) and start > reach:
        start = _sentence_start(text, reach, start)  # (the sentence before a bare quotation)
    if at > lo:
        return not _sentence_refuses(_tokens(text, start, at), cast, lex, own=True)
    if not span.para:
        return True
    plo, phi = bounds[span.para - 1]
    # "The judge read the letter aloud.¶“…”", "Protesters gathered outside his office.¶“…”"
    last = _sentence_start(text, max(plo, phi - _FRAME_CHARS), phi)
    return not _sentence_refuses(_tokens(text, last, phi), cast, lex, own=False)


def _own_sentence(text: str, lo: int, at: int) -> tuple[int, int]:
    """How far back from the mark at ``at`` the context step reads, and where the
    quotation's own sentence starts within that reach (a frame's reach at most: a
    paragraph of a thousand marks is read in linear time)."""
    reach = max(lo, at - _FRAME_CHARS)
    return reach, _sentence_start(text, reach, at) if at > reach else reach


def _sentence_refuses(toks: Sequence[_Tok], cast: _Cast, lex: Lexicon, *, own: bool) -> bool:
    """Whether the sentence before a quotation says it is not its named subject's words.

    When it holds a verb of saying or an "according to" the rules read and credited no
    one with ("his wife burst into tears and said she was “…”", "Laut einem Gutachten
    müssten »…«"), a verb that relays others' words ("The judge read the letter aloud"),
    a noun for a text or a sign ("the report", "a banner"), or when its subject is someone
    unnamed ("The mayor has thanked Alan Coates.", "Protesters gathered outside …").
    """
    if _relays(toks, lex):
        return True
    cued = any(t.low not in lex.addressed for t in (toks[i] for i, _ in _cues(toks, lex)))
    if own and cued:
        return True  # a verb of saying in the quotation's paragraph the rules read
    for i in range(len(toks)):
        n = _phrase_at(toks, i, lex.according_index)
        if n and (
            _according_subject(toks, i, lex) is not None
            or (
                i + n < len(toks)
                and (
                    toks[i + n].low in lex.determiners
                    or toks[i + n].low in lex.indefinite
                    or toks[i + n].low in lex.org_roles
                    or toks[i + n].low in lex.person_roles
                    or toks[i + n].is_cap
                )
            )
        ):
            return True  # "Laut einem Gutachten", "According to Jo Roe" ("para celebraciones": no)
    if any(t.low in lex.inscriptions or t.low in lex.statement_nouns for t in toks):
        return True
    first = _first_word_index(toks)
    if first < 0:
        return False
    runs = _runs(toks, lex)
    lead = toks[first]
    if (
        lead.low.endswith("s")
        and not lead.is_lower_word
        and not _grammar_word(lead.low, lex)
        and first + 1 < len(toks)
        and toks[first + 1].is_lower_word
        and not any(r.start == lead.start for r in runs)
    ):
        return True  # "Protesters gathered", "Residents say": a bare plural leads
    if any(
        (r.kind == "person" or (r.kind == "single" and cast.is_person(r.name)))
        and (r.first == first or toks[r.first - 1].text == ",")
        for r in runs
        if first <= r.first <= first + 8
    ):
        # "Le maire de Lyon, Paul Girard, a passé …", "The company's chief executive, Hannah
        # Okafor, defended …": a name leads, or stands in apposition to what leads
        return False
    if cued:
        # a verb of saying the rules read and credited no one with (but "Asked whether …,
        # Karen Whitlam laughed.": the one asked answers; and in the paragraph before, a
        # person who leads it and speaks goes on: "Ms Rhodes said nurses were tired.¶“…”")
        return True
    for n in (2, 3):
        # "The mayor has thanked Alan Coates.", "The water company has …"; not a title
        # before a name ("Der Grünen-Politiker Jonas Brandt hält …")
        m = _mention_from(toks[first : first + n], "", lex, inverted=False)
        if m is not None and m.kind == "role":
            nxt = toks[first + n] if first + n < len(toks) else None
            if nxt is not None and nxt.is_word and not nxt.is_lower_word:
                return False
            return not _resolve(m, m.pos, cast, lex)
    m = _clause_subject(toks, "", lex)
    return m is not None and m.kind in ("pronoun", "role") and not _resolve(m, m.pos, cast, lex)


#: The features :func:`_context_candidates` gives each candidate speaker of a quotation
#: that no frame credits; their weights are fitted by ``benchmarks/fit_context.py``.
_CONTEXT_FEATURES = (
    "bias",
    "subject",  # a subject of the quotation's own sentence, before its opening mark
    "clause",  # the subject (a name, pronoun or role noun) of the quotation's own clause
    "here",  # named earlier in the quotation's paragraph
    "before",  # named in the paragraph before
    "earlier",  # named two paragraphs before
    "latest",  # the latest person or body named before the quotation
    "second",  # the one named before that
    "spoke",  # credited with an earlier quotation
    "previous",  # the speaker of the quotation just before, within a paragraph
    "person",
    "whole",  # the quotation is its paragraph
    "opens",  # the quotation opens its paragraph
    "partial",
    "trail",  # words follow the closing mark in its sentence
    "others",  # how many other people are subjects between them (0, 1, 2 or more)
    "near",  # the candidate stands within 150 characters of the quotation
    "far",  # more than 600 characters away
    "pronoun",  # the clause's subject is a pronoun
    "role",  # the clause's subject is a role noun
)


def _context_candidates(
    text: str,
    span: QuoteSpan,
    bounds: Sequence[tuple[int, int]],
    cast: _Cast,
    credited: Sequence[Credit],
    previous: str | None,
    trail: bool,
    lex: Lexicon,
    dotted: dict[str, str],
) -> list[tuple[str, dict[str, float]]]:
    """The people and bodies the context offers as the speaker of a quotation that no
    frame credits, each with its features (:data:`_CONTEXT_FEATURES`)."""
    lo, hi = bounds[span.para]
    at = span.open_pos
    start = _own_sentence(text, lo, at)[1]
    zones = (
        (lo, "here"),
        (bounds[max(0, span.para - 1)][0], "before"),
        (bounds[max(0, span.para - 2)][0], "earlier"),
    )
    found: dict[str, dict[str, float]] = {}
    where: dict[str, int] = {}

    def offer(name: str | None, pos: int, source: str) -> None:
        if not name:
            return
        name = _fullest_form(name, at, text, cast, lex, dotted)
        features = found.setdefault(name, {})
        features[source] = 1.0
        where[name] = max(where.get(name, -1), pos)

    for events in (cast.people, cast.bearers, cast.orgs):
        for pos, name in events[bisect.bisect_left(events, (zones[-1][0], "")) :]:
            if pos >= at:
                break
            zone = next(z for z_lo, z in zones if pos >= z_lo)
            offer(name, pos, "subject" if pos >= start and events is not cast.bearers else zone)
            if pos >= start:
                offer(name, pos, zone)
    if previous is not None:
        offer(previous, where.get(previous, at - 1), "previous")
    if not found:
        return []  # (no one named near: the clause's subject is not read)
    kind = ""
    if at > start:
        m = _clause_subject(_tokens(text, start, at), "", lex)
        if m is not None and m.kind in ("person", "single", "org", "pronoun", "role"):
            offer(_resolve(m, m.pos, cast, lex), m.pos, "clause")
            kind = m.kind
    spoke = {c.speaker for c in credited}
    quoted = set(_FIRST_WORD.findall(text, span.start, span.end))
    ranked = sorted(where, key=where.__getitem__, reverse=True)
    whole = at == lo and (span.close_pos is None or not text[span.close_pos + 1 : hi].strip())
    out: list[tuple[str, dict[str, float]]] = []
    for name, features in found.items():
        pos = where[name]
        person = cast.is_person(name)
        features["bias"] = 1.0
        features["latest"] = float(ranked[0] == name)
        features["second"] = float(len(ranked) > 1 and ranked[1] == name)
        features["spoke"] = float(name in spoke)
        features["person"] = float(person)
        features["whole"] = float(whole)
        features["opens"] = float(at == lo)
        features["partial"] = float(span.partial)
        features["trail"] = float(trail)
        k = bisect.bisect_right(cast.people, (pos, name))
        between = [n for p, n in cast.people[k:] if p < at]
        if (
            "" in between
            or (at > lo and not ("here" in features or "clause" in features))
            or name.split()[-1] in quoted
            or _context_bystander(text, pos, lex)
        ):
            # someone unnamed is a subject since ("One resident was less patient."); the
            # quotation's paragraph has words before it and names no candidate ("Oxfam
            # sent food. “We need more.”"); the quotation names them ("“Vogt muss
            # weg!”"); or they are named as one of several, or as an owner or an object
            continue
        features["others"] = float(min(2, len({n for n in between if n and n != name})))
        features["near"] = float(at - pos <= 150)
        features["far"] = float(at - pos > 600)
        if "clause" in features:
            features[kind if kind in ("pronoun", "role") else "clause"] = 1.0
        out.append((name, features))
    return out


#: What follows a name listed with others ("Ann Ruiz, Peter Vogel and …"), or that owns
#: something ("Ray Dalton's office").
_LISTED_OR_OWNER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:\w+[ \t]+)?[A-ZÀ-Þ]|['’]s\b|[ \t]+(?:and|und|et|y|e)[ \t]+[A-ZÀ-Þ])"
)


def _context_bystander(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the name at ``pos`` is named as one of several, as an owner, or after a
    preposition ("Ann Ruiz, Peter Vogel and Sam Oduya met", "outside Ray Dalton's office",
    "vor dem Rathaus von Oberbürgermeister Frank Ziegler"): no one the context singles out.
    A name set off by commas after a noun phrase is none of these ("Le maire de Lyon,
    Paul Girard, a passé …")."""
    name = _CAPITALISED_WORDS.match(text, pos)
    if name is not None and _LISTED_OR_OWNER.match(text, name.end()):
        return True
    words = text[max(0, pos - 40) : pos].rpartition("\n")[2].split()
    k = len(words) - 1
    while k >= 0 and words[k][:1].isupper() and not words[k].endswith((",", ".", ":", ";")):
        k -= 1  # (titles before the name: "von Oberbürgermeister Frank Ziegler")
    # (not the agent of a passive: "Unterstützung bekam sie von Stadtbrandmeister Jürgen
    # Kessler", who speaks next)
    return k >= 0 and _norm(words[k]) in lex.place_prepositions and _norm(words[k]) not in _AGENTS


#: Prepositions that introduce the doer of a passive ("by", "von", "par", "da", "por").
_AGENTS = frozenset({"by", "von", "par", "da", "por"})


#: A run of capitalised words, as a name is written.
_CAPITALISED_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*)*")

_WEIGHTS = Path(__file__).with_name("context_weights.json")


@functools.cache
def _context_weights() -> tuple[dict[str, float], float, float]:
    """The fitted weight of each context feature, the score a candidate must pass, and
    how far it must lead the runner-up."""
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    weights = {name: float(w) for name, w in data["weights"].items()}
    if set(weights) != set(_CONTEXT_FEATURES):
        msg = f"{_WEIGHTS.name} weighs {sorted(weights)}, not the features {sorted(_CONTEXT_FEATURES)}"
        raise ValueError(msg)
    return weights, float(data["margin"]), float(data["lead"])


def _context_choice(scored: Iterable[tuple[str, float]], margin: float, lead: float) -> str | None:
    """The best-scored name when its score passes ``margin`` and leads the runner-up by
    more than ``lead`` ("Rob Hale" and "Kate Munro" almost level: neither), else None."""
    ranked = sorted(scored, key=lambda pair: pair[1], reverse=True)
    if not ranked or ranked[0][1] <= margin:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] <= lead:
        return None
    return ranked[0][0]


def _by_context(candidates: list[tuple[str, dict[str, float]]]) -> str | None:
    """The candidate whose features score highest, if that passes the margin and leads
    the others; else None.

    A linear score (a conditional logit fitted on the annotated dev set by
    ``benchmarks/fit_context.py``) against None's score, the margin.
    """
    weights, margin, lead = _context_weights()
    return _context_choice(
        ((name, sum(weights[f] * v for f, v in features.items())) for name, features in candidates),
        margin,
        lead,
    )


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
    cast = _build_cast(_masked(text, spans, lex), bounds, lex)
    unlisted = _reading_unlisted(lex)
    credits: list[Credit] = []
    incises: dict[int, tuple[int, int]] = {}  # span index -> where its incise cuts it
    dotted: dict[str, str] = {}  # speaker -> as written with its full stop, or itself
    by_open: dict[int, int] = {}
    continued = {s.continued_from for s in spans if s.continued_from is not None}
    for k, span in enumerate(spans):
        lo, hi = bounds[span.para]
        if _title_in_apposition(text, lo, span, lex):
            # "Her institute’s latest paper, “Shells, Not Summits: …”, argues": a title
            by_open[span.open_pos] = len(credits)
            credits.append(_NO_CREDIT)
            continue
        prev = spans[k - 1] if k else None
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        ta, tb = _trailing_frame(text, hi, span, nxt)
        trail = _Trail(text, ta, tb)
        mention: _Mention | None = _credit_from_frames(text, span, (lo, prev), trail, unlisted)
        if mention is not None and _after_naming_word(text, lo, span.open_pos, lex):
            mention = None  # "une campagne intitulée « … »": a name, not the subject's words
        resolved: str | None = None  # the unlisted role's bearer, found once
        if mention is not None and mention.value.startswith("unlisted:"):
            resolved = _resolve(mention, min(mention.pos, span.open_pos), cast, lex)
            if resolved is None:
                # "the dad-of-three" that the article gave no one: read as before.
                mention = _credit_from_frames(text, span, (lo, prev), trail, lex)
        incise = None
        if mention is None and span.close_pos is not None:
            found = _find_incise(text, span.start, span.end, lex)
            if found is not None:
                mention, cut, resume = found
                if _FIRST_WORD.search(text, span.start, cut):
                    # (no words after it: "« Oui, dit-il »" keeps only "Oui,")
                    incise = (cut, resume)
        if mention is None and span.para + 1 < len(bounds) and not text[ta:hi].strip():
            mention = _signature_after(text, bounds[span.para + 1], lex)
        if mention is None and span.continued_from is None and span.para:
            mention = _colon_paragraph_before(text, lo, span, bounds[span.para - 1], lex)
            if (
                mention is None
                and (prev is None or prev.para < span.para - 1)
                and not trail.cued(lex, within=80)
            ):
                # "His daughter, Helen Tolley, said the family had called 20 times.¶ ‘…’":
                # no quotation in the paragraph before, whose last sentence reports a
                # person's words: the quotation that opens this one is theirs.
                mention = _reported_paragraph_before(text, lo, span, bounds[span.para - 1], lex)
            if (
                mention is None
                and prev is not None
                and prev.para == span.para - 1
                and not trail.cued(lex)
            ):
                # "… said it was “inevitable”. According to Ms Brosnan, the real test …¶
                # “…”": the paragraph before ends on someone else's view
                mention = _according_paragraph_before(
                    text, lo, span, bounds[span.para - 1], prev, lex
                )
        if mention is None and span.continued_from is None:
            mention = _speaker_after(text, lo, span, (ta, tb), cast, lex)
        credit = _NO_CREDIT
        if mention is not None:
            where = mention.pos if mention.pos < span.open_pos else span.open_pos
            speaker = resolved or _resolve(mention, where, cast, lex)
            if speaker is not None:
                speaker = _fullest_form(speaker, span.open_pos, text, cast, lex, dotted)
            credit = Credit(speaker=speaker, mention=mention.text, cue=mention.cue or None)
        elif span.continued_from is not None and span.continued_from in by_open:
            credit = credits[by_open[span.continued_from]]
        elif trail.cued(lex, within=80):
            pass  # "“…,” one of the people said": credited, to no one the text names
        elif (
            # "“…,” said coach Jones. Smith scored twice. “He was brilliant.”": a quotation
            # after a credited one in its paragraph goes on with that speaker (below).
            not (prev is not None and prev.para == span.para and credits and credits[-1].speaker)
            and (
                (before := _subject_before_quote(text, lo, span, prev, lex)) is not None
                or (before := _reported_sentence_speaker(text, lo, span, prev, lex)) is not None
            )
            # "London was cold. “…”": a lone name must be a person's.
            and (before.kind != "single" or cast.is_person(before.text or ""))
        ):
            credit = Credit(speaker=_resolve(before, before.pos, cast, lex))
        elif prev is not None and credits and credits[-1].speaker is not None:
            la, lb, same_sentence = _leading_frame(text, lo, span, prev)
            bare = _FIRST_WORD.search(text, la, lb) is None
            if same_sentence and prev.para == span.para:
                credit = credits[-1]  # "…,” he said, “so …”
            elif bare and la > lo and prev.para != span.para:
                # "She said she remained hopeful. “…”": the sentence before speaks.
                before = _from_frame(
                    _tokens(text, _sentence_start(text, lo, la), la), lex, trailing=False
                )
                if before is not None and before.kind != "implicit":
                    credit = Credit(speaker=_resolve(before, before.pos, cast, lex))
            elif bare and span.para - prev.para <= 1:
                # A quotation with no frame follows on from the one before it, unless
                # it opens a paragraph about someone else ("“…” Tom Lee, 45, has
                # lived here for years.").
                speaker = credits[-1].speaker
                if prev.para == span.para or not _someone_else(cast, lo, hi, speaker):
                    credit = Credit(speaker=speaker)
        if (
            credit.speaker is None
            and span.continued_from is None
            # (a quotation over several paragraphs: a later segment's frame credits it all)
            and span.open_pos not in continued
            and mention is None
            and (
                candidates := _context_candidates(
                    text,
                    span,
                    bounds,
                    cast,
                    credits,
                    credits[-1].speaker
                    if prev is not None and credits and span.para - prev.para <= 1
                    else None,
                    bool(_FIRST_WORD.search(text, ta, tb)),
                    lex,
                    dotted,
                )
            )
            and _context_may_credit(text, span, bounds, trail, cast, lex)
        ):
            # No frame credits it, and nothing says it is no one's: the context may still
            # say who speaks, weighed by features fitted on the dev set.
            chosen = _by_context(candidates)
            if chosen is not None:
                credit = Credit(
                    speaker=chosen,
                    mention=None if mention is None else mention.text,
                    cue=None if mention is None else mention.cue or None,
                    inferred=True,
                )
        if (
            credit.speaker is None
            and mention is not None
            and mention.indefinite
            and mention.value.startswith("person:")
        ):
            # "“…,” says a doctor from Hebron": someone new and unnamed, whom a "he" that
            # follows means rather than the person named before.
            said = lex.gender_words.get(mention.value.partition(":")[2])
            cast.unnamed.append((span.open_pos, said[0] if said is not None else None))
        if credit.speaker is not None:
            if mention is not None and mention.indefinite and not cast.is_person(credit.speaker):
                # "a spokesman for Vale Water": the body speaks, through someone unnamed
                cast.add(cast.spoken_for, span.open_pos, credit.speaker)
                cast.add(cast.orgs, span.open_pos, credit.speaker)
                cast.add(cast.all_orgs, span.open_pos, credit.speaker)
            elif cast.is_person(credit.speaker) or _names_a_person(mention):
                cast.add(cast.people, span.open_pos, credit.speaker)
            else:
                cast.add(cast.orgs, span.open_pos, credit.speaker)
                cast.add(cast.all_orgs, span.open_pos, credit.speaker)
        by_open[span.open_pos] = len(credits)
        credits.append(credit)
        if incise is not None:
            incises[len(credits) - 1] = incise
    _share_within_groups(spans, credits)
    for k, incise in incises.items():
        credits[k] = attrs.evolve(credits[k], incise=incise)
    return credits


def _share_within_groups(spans: Sequence[QuoteSpan], credits: list[Credit]) -> None:
    """Give every segment of a multi-paragraph quotation the credit one of them found."""
    index = {s.open_pos: i for i, s in enumerate(spans)}
    roots: list[int] = []
    groups: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        link = span.continued_from
        # Segments come in order, so the segment continued is already rooted.
        root = roots[index[link]] if link is not None and index.get(link, i) < i else i
        roots.append(root)
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
