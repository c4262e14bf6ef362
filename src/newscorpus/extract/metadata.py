"""Bylines, authors, agency names and publication dates, read from short metadata texts.

The helpers here work on one short text at a time (a byline, a credit, an author
bio, a dateline); :mod:`newscorpus.extract.sources` decides which texts of an
article to give them and how to rank what they find.  Every word list lives in
``extract/lexicons/*.json`` (the world's agencies in ``agencies.json``, byline and
credit words per language in ``byline_<lang>.json``), so a user can add a
language or an agency without touching code.

Example:
    >>> parse_byline("By Jane Doe and John Roe, Reuters").authors
    ('Jane Doe', 'John Roe')
    >>> agency_name("The Associated Press")
    'AP'
    >>> parse_date("Published 17/02/2022 - 12:43").isoformat()
    '2022-02-17T12:43:00+00:00'
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import ftfy

from newscorpus._regex import trie_pattern

__all__ = [
    "Byline",
    "DateMatch",
    "Lexicon",
    "agency_name",
    "find_agencies",
    "find_dates",
    "is_person_name",
    "lexicon",
    "looks_like_outlet",
    "parse_bio",
    "parse_byline",
    "parse_date",
    "parse_photo_credit",
    "trie_pattern",
]

# A plain directory next to this module: the lexicons ship inside the wheel and
# ``extract`` may be a namespace package, which importlib.resources handles unevenly.
_LEXICON_DIR = Path(__file__).with_name("lexicons")

_UPPER_START = re.compile(r"^[^\W\d_]")


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Case- and accent-insensitive key for lexicon look-ups."""
    if text.isascii():  # no accents to strip, no curly apostrophe, nothing to decompose
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").split())


_SPACE_TABLE = {c: " " for c in range(0x3000 + 1) if chr(c).isspace() and c != 0x20}
# Most texts hold no whitespace but the plain space: one scan finds out, far cheaper than
# translating every character through a dict.
_ODD_SPACE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SPACE_TABLE) + "]")


def _spaces(text: str) -> str:
    """Map every whitespace character to a plain space, keeping offsets unchanged."""
    # Every whitespace character but the plain space is a separator or a control character,
    # which ``isprintable`` rejects: a printable text has none (and the check is cheaper).
    if text.isprintable() or _ODD_SPACE.search(text) is None:
        return text
    # The same as ``text.translate(_SPACE_TABLE)``, which looks every character up in a dict.
    return _ODD_SPACE.sub(" ", text)


# Printable ASCII without "&", and tabs and newlines: text that ftfy leaves as it is (no
# mojibake, HTML entities, curly quotes, control characters, CRs or wide forms to fix).
_FTFY_CLEAN = re.compile(r"[\t\n\x20-\x25\x27-\x7e]*")
# The same plus the no-break space, curly quotes, dashes and the ellipsis, which bylines and
# short paragraphs are full of.  ftfy 6 changes such text only by straightening the quotes:
# its mojibake test (``ftfy.badness.is_bad``) finds nothing, for every one of its patterns
# needs a character outside this set (an accented or Greek or Cyrillic letter, a C1
# control, a currency, numeric, box or "bad" symbol, "‚"); with no "&" there is no entity,
# and the other fixers (C1 controls, ligatures, wide forms, line breaks, surrogates,
# terminal escapes, control characters, NFC) have nothing to act on.
_FTFY_QUOTES = re.compile(r"[\t\n\x20-\x25\x27-\x7e\xa0‘’“”–—…]*")
_UNCURLED = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'))


def _fix_text(text: str) -> str:
    """``ftfy.fix_text``, skipped for text whose fix is known without it."""
    # _FTFY_CLEAN, with its scan only for ASCII text that is not all printable characters.
    if text.isascii() and "&" not in text and (text.isprintable() or _FTFY_CLEAN.fullmatch(text)):
        return text
    if _FTFY_QUOTES.fullmatch(text) is not None:
        for curly, straight in _UNCURLED:
            text = text.replace(curly, straight)
        return text
    return ftfy.fix_text(text)


# --------------------------------------------------------------------------- lexicons


@attrs.frozen(kw_only=True)
class Lexicon:
    """Byline, credit and date words of one or more languages, merged."""

    by: tuple[str, ...]
    skip_by: tuple[str, ...]
    photo_by: tuple[str, ...]
    conjunctions: frozenset[str]
    with_words: tuple[str, ...]
    for_words: frozenset[str]
    non_author: frozenset[str]
    role_words: frozenset[str]
    org_words: frozenset[str]
    institution_words: frozenset[str]
    org_affixes: tuple[str, ...]
    known_outlets: frozenset[str]
    not_outlets: frozenset[str]
    source_credit: tuple[str, ...]
    agency_credit: tuple[str, ...]
    photo_credit: tuple[str, ...]
    copyright: tuple[str, ...]
    cite_before: tuple[str, ...]
    cite_after: tuple[str, ...]
    outlet_descriptors: tuple[str, ...]
    gap_stop: frozenset[str]
    teaser_credit: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    months: dict[str, int]
    weekdays: frozenset[str]
    determiners: frozenset[str]
    name_particles: frozenset[str]
    bio_roles: tuple[str, ...]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    # Longest first so "Originally published by" wins over "Source" in an alternation.
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def _lexicon_files() -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(_LEXICON_DIR.glob("byline_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        files[str(data.get("language") or path.stem.removeprefix("byline_"))] = data
    return files


@functools.cache
def lexicon(language: str | None = None) -> Lexicon:
    """Return the merged byline lexicon for ``language`` plus English, or every language.

    Args:
        language: ISO 639-1 code, or None for the union of all shipped languages
            (bylines are often in another language than the body, so callers
            parsing bylines use the union).

    Returns:
        The merged :class:`Lexicon`.
    """
    files = _lexicon_files()
    chosen = list(files.values())
    if language is not None and language in files:
        chosen = [files[language]] + ([files["en"]] if language != "en" and "en" in files else [])

    def words(key: str) -> list[str]:
        out: list[str] = []
        for data in chosen:
            out.extend(str(w) for w in data.get(key, ()))
        return out

    months: dict[str, int] = {}
    for data in files.values():  # dates are read in any language, whatever the body's
        for i, names in enumerate(data.get("months", ())):
            for name in names:
                months[_fold(name).rstrip(".")] = i + 1
    weekdays = frozenset(_fold(w) for data in files.values() for w in data.get("weekdays", ()))
    non_author = frozenset(_fold(w) for w in words("non_author"))
    role_words = frozenset(w for w in non_author if " " not in w) | frozenset(
        _fold(w) for w in words("bio_roles") if " " not in w
    )
    return Lexicon(
        by=_longest_first(words("by")),
        skip_by=_longest_first(words("skip_by")),
        photo_by=_longest_first(words("photo_by")),
        conjunctions=frozenset(words("conjunctions")),
        with_words=_longest_first(words("with")),
        for_words=frozenset(words("for_words")),
        non_author=non_author,
        role_words=role_words,
        org_words=frozenset(_fold(w) for w in words("org_words")),
        institution_words=frozenset(_fold(w) for w in words("institution_words")),
        org_affixes=_longest_first(_fold(w) for w in words("org_affixes")),
        known_outlets=frozenset(_fold(w) for w in words("known_outlets")),
        not_outlets=frozenset(_fold(w) for w in words("not_outlets")),
        source_credit=_longest_first(words("source_credit")),
        agency_credit=_longest_first(words("agency_credit")),
        photo_credit=_longest_first(words("photo_credit")),
        copyright=_longest_first(words("copyright")),
        cite_before=_longest_first(words("cite_before")),
        cite_after=_longest_first(words("cite_after")),
        outlet_descriptors=_longest_first(words("outlet_descriptors")),
        gap_stop=frozenset(_fold(w) for w in words("gap_stop")),
        teaser_credit=_longest_first(words("teaser_credit")),
        published=_longest_first(words("published")),
        updated=_longest_first(words("updated")),
        months=months,
        weekdays=weekdays,
        determiners=frozenset(words("determiners")),
        name_particles=frozenset(words("name_particles")),
        bio_roles=_longest_first(words("bio_roles")),
    )


# --------------------------------------------------------------------------- agencies


@attrs.frozen(kw_only=True)
class _AgencyIndex:
    exact: dict[str, str]  # case-sensitive short forms
    folded: dict[str, str]  # case-insensitive long forms
    ambiguous: frozenset[str]
    pattern: re.Pattern[str]


@functools.cache
def _agencies() -> _AgencyIndex:
    data = json.loads((_LEXICON_DIR / "agencies.json").read_text(encoding="utf-8"))
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for entry in data["agencies"]:
        name = entry["name"]
        for form in [name, *entry.get("aliases", ())]:
            # Short or all-capital forms are acronyms: "AP" must not match "ap".
            if len(form) <= 5 or form.isupper():
                exact[form] = name
            else:
                folded[_fold(form)] = name
        for form in entry.get("long", ()):
            folded[_fold(form)] = name
    forms = [
        *exact,
        *(f for e in data["agencies"] for f in (*e.get("long", ()), *e.get("aliases", ()))),
    ]
    forms += [e["name"] for e in data["agencies"]]
    pattern = re.compile(rf"(?<![\w-]){trie_pattern(forms)}(?![\w-])", re.IGNORECASE)
    return _AgencyIndex(
        exact=exact, folded=folded, ambiguous=frozenset(data.get("ambiguous", ())), pattern=pattern
    )


# Words a credit adds after an agency's name ("Reuters Staff", "AP Photo").
_AGENCY_SUFFIXES = (
    *("Photo", "PHOTO", "Photos", "Staff", "Writer", "Writers", "Reporter", "Reporters"),
    *("Correspondent", "Correspondents", "TV", "Video", "via Getty Images", "News Agency"),
    *("Wire", "Service"),
)
_AGENCY_SUFFIX = re.compile(
    r"(?:\s+(?:"
    + "|".join(r"\s+".join(map(re.escape, suffix.split())) for suffix in _AGENCY_SUFFIXES)
    + r"))+\s*$"
)
# The last word of each suffix: in a text with no trailing space the suffix pattern can only
# match when the text ends with one of them.
_AGENCY_SUFFIX_ENDS = tuple(dict.fromkeys(suffix.split()[-1] for suffix in _AGENCY_SUFFIXES))


def agency_name(text: str, *, credit: bool = True) -> str | None:
    """Return the trade's short name when ``text`` names a wire or photo agency, else None.

    Args:
        text: A whole credit segment ("The Associated Press", "Reuters Staff", "dpa").
        credit: True where a credit is expected; False in running text, where
            ambiguous forms ("PA", "Petra", "Trend") are not taken for agencies.

    Returns:
        The canonical name from ``agencies.json`` or None.

    Example:
        >>> agency_name("Agence France-Presse"), agency_name("Reuters Staff"), agency_name("Jane")
        ('AFP', 'Reuters', None)
    """
    index = _agencies()
    candidate = " ".join(text.strip(" \t\n.,;:()[]-–—|/").split())
    forms: tuple[str, ...] = (candidate,)
    if candidate.endswith(_AGENCY_SUFFIX_ENDS):  # ``candidate`` has no trailing space
        stripped = _AGENCY_SUFFIX.sub("", candidate)
        if stripped != candidate:  # the same form again would decide the same
            forms = (candidate, stripped)
    for form in forms:
        if not form:
            continue
        if not credit and form in index.ambiguous:
            return None
        if form in index.exact:
            return index.exact[form]
        key = _fold(form)
        if key in index.folded:
            return index.folded[key]
        if key.startswith("the ") and key[4:] in index.folded:
            return index.folded[key[4:]]
    return None


def _agency_at_start(text: str, *, credit: bool = True) -> tuple[str, int] | None:
    """The agency named at the very start of ``text`` and where the mention ends, else None.

    The same as the first of :func:`find_agencies` when that one starts at 0: its
    ``finditer`` tries the start first, so one anchored match decides.
    """
    m = _agencies().pattern.match(text)
    if m is None:
        return None
    name = agency_name(m.group(), credit=credit)
    return None if name is None else (name, m.end())


def find_agencies(text: str, *, credit: bool = True) -> list[tuple[str, int, int]]:
    """Find agency names inside ``text``.

    Args:
        text: Any text.
        credit: As for :func:`agency_name`.

    Returns:
        ``(canonical name, start, end)`` for each mention, in text order.
    """
    found: list[tuple[str, int, int]] = []
    for m in _agencies().pattern.finditer(text):
        name = agency_name(m.group(), credit=credit)
        if name is not None:
            found.append((name, m.start(), m.end()))
    return found


# --------------------------------------------------------------------------- names


def _title(name: str) -> str:
    # ALL-CAPS bylines ("JANE DOE") are a layout choice, not the person's spelling.
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return " ".join(
            w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
            for w in name.split()
        )
    return name


@functools.cache
def _lead_words() -> frozenset[str]:
    return frozenset(_fold(w).rstrip(":") for w in lexicon().by if " " not in w.strip())


_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+(?:-[^\W\d_]\.)?$")
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")


def is_person_name(text: str) -> bool:
    """Return True when ``text`` reads as a person's name of two to five words.

    Args:
        text: A candidate name ("Jane Doe", "Jean-Claude van Damme", "J. K. Rowling").

    Returns:
        Whether it looks like a person (not an outlet, agency, role or date).

    Example:
        >>> is_person_name("Jane Doe"), is_person_name("The Guardian"), is_person_name("Staff")
        (True, False, False)
    """
    lex = lexicon()
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or _fold(text) in lex.non_author:
        return False
    if tokens[0] in lex.determiners:
        return False
    # Every test returns False or lets the text through, so their order changes no answer:
    # the word-by-word ones go first, as most candidates fail them and they are cheap.
    real = 0
    for i, tok in enumerate(tokens):
        key = _fold(tok).strip(".,")
        if tok in lex.name_particles and 0 < i < len(tokens) - 1:
            continue
        if _INITIAL.match(tok):
            real += 1
            continue
        if not _NAME_TOKEN.match(tok) or not tok[0].isupper():
            return False
        if key in lex.org_words or key in lex.institution_words or key in lex.role_words:
            return False
        # Months stay allowed: April, June and May are first names too.
        if (len(key) > 3 and key in lex.weekdays) or key in lex.not_outlets:
            return False
        real += 1
    if real < 2 or agency_name(text) is not None:
        return False
    if _fold(tokens[0]) in _lead_words():  # "By Michael Russell" is a byline, not a name
        return False
    return not (_fold(text) in lex.known_outlets or _fold(tokens[0]) in lex.known_outlets)


def _org_head(tokens: list[str]) -> str:
    # The outlet noun is the last word, or the word before "of" ("Times of India").
    lowered = [t.casefold() for t in tokens]
    if "of" in lowered[1:]:
        return tokens[lowered.index("of", 1) - 1]
    return tokens[-1]


# Words that name an outlet from the front ("Daily Sabah", "Radio Free Europe"); most outlet
# words only do so at the end ("Star Wars" is no newspaper).
_LEADING_OUTLET_WORDS = frozenset({"daily", "weekly", "radio", "tv", "news", "channel", "diario"})
_CONNECTORS = frozenset(
    {"of", "de", "del", "di", "da", "du", "des", "la", "le", "el", "the", "and", "&", "für", "y"}
)


_DOMAIN = re.compile(r"\.[a-z]{2,6}$")


def looks_like_outlet(name: str, *, language: str | None = None, in_byline: bool = False) -> bool:
    """Return True when ``name`` reads as a news outlet or agency.

    Args:
        name: A capitalised name taken from text ("The Guardian", "Euronews").
        language: Body language, to choose the outlet lexicon (None: all).
        in_byline: True where a byline or credit is expected, which lowers the
            bar: any single capitalised word or "The X" counts there.

    Returns:
        Whether it names an outlet.

    Example:
        >>> [looks_like_outlet(n) for n in ("The Guardian", "Euronews", "Putin")]
        [True, True, False]
    """
    return _looks_like_outlet(name, language=language, in_byline=in_byline)


def _looks_like_outlet(
    name: str, *, language: str | None, in_byline: bool, no_agency: bool = False
) -> bool:
    """:func:`looks_like_outlet`; ``no_agency``: the caller knows that
    ``agency_name(name, credit=in_byline)`` is None, and it is not asked again."""
    lex = lexicon(language)
    tokens = name.split()
    if not tokens or len(tokens) > 7:
        return False
    key = _fold(name)
    bare = key[4:] if key.startswith("the ") else key
    if key in lex.not_outlets or bare in lex.not_outlets:
        return False
    if not no_agency and agency_name(name, credit=in_byline) is not None:
        return True
    if key in lex.known_outlets or bare in lex.known_outlets:
        return True
    if len(tokens) == 1 and _DOMAIN.search(key):
        return True  # a domain: "cleveland.com"
    # Outlets are proper names: "Live updates" after a headline's dash is none.
    if any(not (t[0].isupper() or t[0].isdigit()) and t not in _CONNECTORS for t in tokens):
        return False
    head = _fold(_org_head(tokens)).strip(".,")
    if head in lex.org_words:
        return True
    if len(tokens) > 1 and _fold(tokens[0]) in lex.known_outlets:  # "BBC Radio 4"
        return True
    folded = [_fold(t).strip(".,") for t in tokens]
    institution = any(t in lex.institution_words for t in folded)
    # "Daily Sabah", "Radio Free Europe"; in a byline any outlet word will do.
    if not institution and len(tokens) <= 3 and folded[0] in _LEADING_OUTLET_WORDS:
        return True
    if in_byline and any(t in lex.org_words for t in folded):
        return True
    if institution:
        return False
    if len(tokens) == 1 or (len(tokens) == 2 and tokens[0] in lex.determiners):
        word = _fold(tokens[-1])
        if _fold(tokens[-1]) in lex.months or word in lex.weekdays:
            return False
        affixed = word.startswith(lex.org_affixes) or word.endswith(lex.org_affixes)
        # "Posted", "Pressing" are verbs that merely start like an outlet word.
        if len(word) > 4 and affixed and not word.endswith(("ed", "ing")):
            return True
        if _DOMAIN.search(word):
            return True
        if in_byline:
            return True
    return bool(in_byline and tokens[0] in lex.determiners and len(tokens) <= 5)


# --------------------------------------------------------------------------- bylines


@attrs.frozen(kw_only=True)
class Byline:
    """What one byline or credit text says.

    Attributes:
        authors: People who wrote the text.
        agencies: Wire agencies (canonical short names).
        publishers: Outlets that published it ("By Euronews", "Jane Doe, BBC News").
        originals: Outlets the text was taken from ("with ... from X" when X is no agency).
        photographers: People credited for pictures (never authors).
        photo: Agencies or outlets credited for pictures.
    """

    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    originals: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    photo: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(
            (
                self.authors,
                self.agencies,
                self.publishers,
                self.originals,
                self.photographers,
                self.photo,
            )
        )


#: The empty byline: frozen, so one instance serves every text that names no one.
_NO_BYLINE = Byline()


def _alternation(words: Iterable[str]) -> str:
    return _cached_trie(tuple(words))


@functools.lru_cache(maxsize=256)
def _cached_trie(words: tuple[str, ...]) -> str:
    return trie_pattern(words)


def _guarded(words: Iterable[str]) -> str:
    """:func:`_alternation` behind a lookahead for the words' first characters, for patterns
    matched with ``re.IGNORECASE``.

    With case folding ``re`` tries a trie's branches one by one, each testing its first
    letter; one character class tests them all at once, so most places are given up at once.
    The class holds every first character, under the same flags, so it lets through every
    place a word can start (test_first_character_guards checks each over all of Unicode).
    """
    words = tuple(words)
    firsts = _first_characters(words)
    return _alternation(words) if firsts is None else f"(?={firsts}){_alternation(words)}"


def _first_characters(words: Iterable[str]) -> str | None:
    """A character class of the words' first characters; None for no words."""
    firsts = sorted({w[0] for w in words if w})
    return "[" + "".join(map(re.escape, firsts)) + "]" if firsts else None


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    # "By", "Por", "Von": the lead word, then a colon or a space; scrapes glue "ByJane Doe".
    lead = re.compile(
        rf"^\s*(?:[-–—•]+\s*)?(?:(?P<lead>{_guarded(lex.by)})(?:\s*:\s*|\s+)|(?-i:By(?=[A-Z])))",
        re.IGNORECASE,
    )
    skip = re.compile(rf"^\s*(?:{_guarded(lex.skip_by)})\b", re.IGNORECASE)
    photo = re.compile(rf"^\s*(?:{_guarded(lex.photo_by)})(?:\s*:\s*|\s+)", re.IGNORECASE)
    words = sorted(
        lex.conjunctions | lex.for_words | {w for w in lex.with_words if " " not in w}, key=len
    )
    phrases = [w for w in lex.with_words if " " in w]
    splitter = re.compile(
        r"\s*(?:\||;|,|/|•|·|\s[-–—]+\s|\s\+\s)\s*"
        rf"|\s+(?P<word>{_alternation([*phrases, *words])})\s+"
    )
    return lead, skip, photo, splitter


_CUT = re.compile(
    r"\s(?:Updated|Published|Posted|Last updated|Actualizado|Publicado|Mis à jour|Publié|"
    r"Aktualisiert|Veröffentlicht|Aggiornato|Pubblicato)\b|\s\d{1,2}[:/.]\d|\s\d{4}\b|"
    r"\s(?:on|am|le|el)\s+\d|[@✉]|https?://|\sFollow\b",
)
_IN_PLACE = re.compile(
    r"\s+(?:in|from|en|à|aus|em|в|из|desde)\s+[A-ZÀ-ÞА-Я][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$"
)
_SENTENCEY = re.compile(r"(?:\s[a-zà-ÿ][\w'’-]*){4,}")


_SERIAL_COMMA = re.compile(r"\s*,\s+(and|&|und|et|y|e|en)\s+")


def _segments(body: str) -> list[tuple[str, str]]:
    """Split a byline body into (connector, segment) pairs."""
    _, _, _, splitter = _byline_patterns()
    # The serial comma ("A, B, and C") is one separator, not a comma then a stray "and".
    body = _SERIAL_COMMA.sub(r" \1 ", body)
    out: list[tuple[str, str]] = []
    pos = 0
    connector = ""
    for m in splitter.finditer(body):
        seg = body[pos : m.start()].strip()
        if seg:
            out.append((connector, seg))
        word = (m.group("word") or "").casefold()
        if word:
            connector = word
        elif not connector.startswith("with"):
            connector = ""  # a comma keeps "with A, B" together, resets anything else
        pos = m.end()
    tail = body[pos:].strip()
    if tail:
        out.append((connector, tail))
    return out


_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+")


def _classify(segment: str) -> tuple[str, str]:
    """Classify one byline segment as agency, person, outlet, skip or bad."""
    lex = lexicon()
    seg = segment.strip(" .,:;()[]\"'“”")
    seg = _HONORIFIC.sub("", seg)
    agency = agency_name(seg) if seg else None
    if agency is not None:
        return "agency", agency
    if not seg or _fold(seg) in lex.non_author:
        return "skip", seg
    seg = _IN_PLACE.sub("", seg)
    tokens = seg.split()
    # "Jane Doe Staff Writer": drop trailing role words before judging the name.
    while len(tokens) > 1 and _fold(tokens[-1]) in lex.role_words:
        tokens.pop()
    trimmed = " ".join(tokens)
    if trimmed != seg:
        # "AP Medical Writer", "Associated Press Science Writer": the agency opens the title.
        for k in range(len(tokens), 0, -1):
            agency = agency_name(" ".join(tokens[:k]))
            if agency is not None:
                return "agency", agency
        if len(tokens) > 1 and len(tokens[0]) > 1 and looks_like_outlet(tokens[0]):
            return "outlet", tokens[0]  # "CNN Senior Legal Analyst"
        if any(_fold(t) in lex.role_words for t in tokens) or _fold(trimmed) in lex.non_author:
            return "skip", trimmed
    if is_person_name(trimmed):
        return "person", _title(trimmed)
    if trimmed != seg or any(_fold(t) in lex.role_words for t in tokens):
        # A job title ("CNN Senior Supreme Court Analyst") may open with its outlet.
        head = tokens[0]
        agency = agency_name(head)
        if agency is not None:
            return "agency", agency
        if len(head) > 1 and looks_like_outlet(head):
            return "outlet", head
        return "skip", trimmed
    if (
        _SENTENCEY.search(" " + trimmed)
        or not _UPPER_START.match(trimmed)
        or not trimmed[0].isupper()
    ):
        return "bad", trimmed
    if looks_like_outlet(trimmed, in_byline=True):
        return "outlet", trimmed
    return "bad", trimmed


@functools.cache
def _skip_after() -> re.Pattern[str]:
    """A skip word ("Editing by") after a separator, where the authors end."""
    return re.compile(rf"[;,.|(]\s*(?:{_guarded(lexicon().skip_by)})\b", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def parse_byline(text: str, *, strict: bool = False, trusted: bool = False) -> Byline:
    """Read authors, agencies and outlets from one byline.

    Args:
        text: A byline such as "By Jane Doe and John Roe", "Por EFE",
            "By Euronews with AFP, AP", "Jane Doe | Reuters".
        strict: True for text that may be ordinary prose (body paragraphs): the
            byline word is then required and every part must read as a name,
            else nothing is returned.  False for blocks already known to be
            bylines, where unreadable parts are skipped.
        trusted: True for a field that holds nothing but a byline (an HTML
            ``author`` value), read without a byline word.  Otherwise text
            without one must be a short list of names, not a sentence.

    Returns:
        A :class:`Byline`; empty (falsy) when nothing was found.

    Example:
        >>> b = parse_byline("By Euronews with AFP, AP")
        >>> b.publishers, b.agencies
        (('Euronews',), ('AFP', 'AP'))
        >>> bool(parse_byline("By Thursday, the troops had moved closer.", strict=True))
        False
    """
    lead_re, skip_re, photo_re, _ = _byline_patterns()
    # Removed blocks are raw: repair mojibake ("JoanÂ Biskupic") before reading names.  The
    # split takes every whitespace character _spaces maps, so none survives the join.
    flat = " ".join(_fix_text(text).split())
    if not flat or len(flat) > (160 if strict else 400):
        return _NO_BYLINE
    if ";" in flat:
        # "Reporting by A; Writing by B; Editing by C": each part has its own lead word.
        first, *others = flat.split(";")
        head = parse_byline(first, strict=strict, trusted=trusted)
        if strict and not head:
            return _NO_BYLINE
        return _merge([head, *(parse_byline(part, trusted=trusted) for part in others)])
    if skip_re.match(flat):
        return _NO_BYLINE
    photo = photo_re.match(flat)
    if photo:
        return parse_photo_credit(flat[photo.end() :])
    lead = lead_re.match(flat)
    if lead is None and strict:
        return _NO_BYLINE
    body = flat[lead.end() :] if lead else flat
    cut = _CUT.search(body)
    if cut is not None:
        body = body[: cut.start()]
    # "Reporting by Jane Doe; Editing by John Roe": editors and illustrators are no authors.
    skip_at = _skip_after().search(body)
    if skip_at is not None:
        body = body[: skip_at.start()]
    body = body.strip(" .,:;-–—|()")
    if strict and (body.endswith(("?", "!")) or _SENTENCE_BREAK.search(body)):
        return _NO_BYLINE
    headless = lead is None and not trusted
    if headless and _is_prose(body):
        # No "By" and a sentence: a story line misfiled as a byline names no one.
        return _NO_BYLINE
    authors: list[str] = []
    agencies: list[str] = []
    publishers: list[str] = []
    originals: list[str] = []
    bad = 0
    for connector, seg in _segments(body):
        kind, name = _classify(seg)
        if kind == "bad":
            bad += 1
            continue
        if kind == "agency":
            agencies.append(name)
        elif kind == "person":
            if connector in lexicon().for_words:
                bad += 1  # people write for outlets: "Sign Up for Our Ideas Newsletter"
                continue
            authors.append(name)
        elif kind == "outlet":
            if headless and (not looks_like_outlet(name) or _fold(name) in lexicon().org_words):
                bad += 1  # "Submit", "Radio": menu words are no outlets without a "By"
                continue
            if connector.startswith(("with", "con", "avec", "mit", "com")):
                originals.append(name)
            else:
                publishers.append(name)
    if strict and (bad or (not authors and not agencies and not publishers)):
        return _NO_BYLINE
    if headless and (bad or not (agencies or publishers or originals or len(authors) > 1)):
        # Without "By", only a clean list of names is a byline: a person needs an outlet or a
        # co-author beside them ("Jane Doe, BBC News"), or "Story Highlights" would be one.
        return _NO_BYLINE
    if strict and not authors and not agencies and lead is None:
        return _NO_BYLINE
    return Byline(
        authors=tuple(dict.fromkeys(authors)),
        agencies=tuple(dict.fromkeys(agencies)),
        publishers=tuple(dict.fromkeys(publishers)),
        originals=tuple(dict.fromkeys(originals)),
    )


_PROSE_BREAK = re.compile(r"[.!?:][\"”’]?\s+\S")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_prose(text: str) -> bool:
    """True when ``text`` reads as a sentence rather than a list of names."""
    lex = lexicon()
    if len(text) > 150 or _PROSE_BREAK.search(text):
        return True
    allowed = _prose_allowed()
    lower = [
        w
        for w in _LETTER_WORD.findall(text)
        if w[0].islower() and w not in allowed and _fold(w) not in lex.role_words
    ]
    return len(lower) >= 3


@functools.cache
def _prose_allowed() -> frozenset[str]:
    """Lower-case words a list of names may hold: built once, not on every call."""
    lex = lexicon()
    return lex.conjunctions | lex.for_words | lex.name_particles | {"with", "in"}


def _merge(bylines: Iterable[Byline]) -> Byline:
    parts = list(bylines)

    def union(field: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for b in parts for n in getattr(b, field)))

    return Byline(
        authors=union("authors"),
        agencies=union("agencies"),
        publishers=union("publishers"),
        originals=union("originals"),
        photographers=union("photographers"),
        photo=union("photo"),
    )


_PHOTO_SEPARATOR = re.compile(r"\s*(?:/|\||;|,|\bvia\b|\sfor\s)\s*")


def parse_photo_credit(text: str, *, labelled: bool = True) -> Byline:
    """Read the agencies, outlets and photographers of a photo credit.

    Args:
        text: The credit itself ("Francisco Seco / POOL / AFP", "AP Photo/Jane Doe",
            "REUTERS/Jane Doe", "Jane Doe/Getty Images").
        labelled: True when a label ("Photo:", "Credit:") announced the credit;
            otherwise only agencies and unmistakable outlets count, so that
            "Food/Dining" in a menu is no credit.

    Returns:
        A :class:`Byline` whose ``photo`` and ``photographers`` are filled.

    Example:
        >>> parse_photo_credit("Francisco Seco / POOL / AFP").photo
        ('AFP',)
    """
    flat = " ".join(_fix_text(text).split()).strip(" .,;:()[]")
    if not flat or len(flat) > 120:
        return _NO_BYLINE
    photo: list[str] = []
    people: list[str] = []
    for part in _PHOTO_SEPARATOR.split(flat):
        kind, name = _classify(part)
        if kind == "agency":
            photo.append(name)
        elif kind == "person":
            people.append(name)
        elif kind == "outlet" and len(part.split()) <= 4 and (labelled or looks_like_outlet(name)):
            photo.append(name)
    if not labelled and not any(agency_name(p) for p in photo):
        photo = []  # "View/Post Comments": an unlabelled credit must name a known agency
    return Byline(photo=tuple(dict.fromkeys(photo)), photographers=tuple(dict.fromkeys(people)))


_BIO_HEAD = re.compile(
    r"^\s*(?:About the author\s*[:\-–]?\s*)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.|de|van|von|da|di|del|bin|al))*?)"
    r"\s+(?:is|was|has been|covers|writes|reports|joined|works|worked|currently)\b"
)
_EMPLOYER = re.compile(
    r"\b(?:works?|worked|writes|writing|reports|reporting|is|was|serves|served)\s+"
    r"(?:(?:currently|now|also|as|a|an|the|senior|staff|chief|freelance|news|political|"
    r"foreign|contributing|regular)\s+)*(?:[a-z-]+\s+)?(?:at|for|with)\s+(?:the\s+)?"
    r"(?P<org>[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|de|&))*)"
)


@functools.cache
def _bio_role() -> re.Pattern[str]:
    """A role word ("journalist") starting a word; one search instead of one per role."""
    # Longest first, and an alternation rather than a trie, which would drop an empty word.
    roles = sorted({_fold(r) for r in lexicon().bio_roles}, key=lambda r: (-len(r), r))
    if not roles:
        return re.compile("(?!)")  # no role word: nothing is a bio
    return re.compile(r"\b(?:" + "|".join(map(re.escape, roles)) + ")")


def parse_bio(text: str) -> tuple[str | None, str | None]:
    """Read the author's name and employer from an author biography.

    Args:
        text: A bio such as "Ricardo is a renowned author and journalist ...
            He works as a writer at the X News Agency".

    Returns:
        ``(name, employer)``, each None when the bio does not state it.

    Example:
        >>> parse_bio("Jane Doe is a reporter who works as a writer at the Daily Planet News.")
        ('Jane Doe', 'Daily Planet News')
    """
    lex = lexicon()
    flat = " ".join(_fix_text(text).split())
    head = _BIO_HEAD.match(flat)
    if head is None:
        return None, None
    window = _fold(flat[:400])
    if _bio_role().search(window) is None:
        return None, None
    name: str | None = head.group("name")
    if name is not None:
        kind = _classify(name)[0] if " " in name else "person"
        tokens = name.split()
        not_a_name = _fold(name) in lex.non_author or _fold(name) in lex.months
        rejected = kind != "person" or agency_name(name) is not None or looks_like_outlet(name)
        if rejected or (len(tokens) == 1 and not_a_name):
            name = None
    employer: str | None = None
    for m in _EMPLOYER.finditer(flat):
        org = m.group("org").rstrip(".,")
        if looks_like_outlet(org):
            employer = org
            break
    return name, employer


# --------------------------------------------------------------------------- dates

_TZ_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "WEST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "МСК": 3,
    "IST": 5.5,
    "PKT": 5,
    "ICT": 7,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AST": -4,
    "HST": -10,
}
# US zones written without S/D follow daylight saving; fixed fallbacks if tzdata is missing.
_TZ_ZONES: dict[str, tuple[str, float]] = {
    "ET": ("America/New_York", -5),
    "CT": ("America/Chicago", -6),
    "MT": ("America/Denver", -7),
    "PT": ("America/Los_Angeles", -8),
}
_TZ_RE = (
    r"(?P<tz>Z|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
    + "|".join(sorted([*_TZ_OFFSETS, *_TZ_ZONES], key=len, reverse=True))
    + r")(?![\w])"
)
_TIME = r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\.?)))?"
_TIME_AFTER = re.compile(
    r"^\s*(?:[,•|–—-]|at|um|à|a las|alle|às|в|T)?\s*(?:,\s*)?"
    + _TIME
    + r"(?:\s*(?:h|Uhr|hrs))?"
    + r"(?:\s*\(?"
    + _TZ_RE
    + r"\)?)?"
)
_TIME_BEFORE = re.compile(
    _TIME + r"(?:\s*\(?" + _TZ_RE + r"\)?)?\s*(?:[,•|–—-]\s*)?(?:on\s+)?(?:[^\W\d_]+,?\s+)?$"
)


# Spelled out, not \d{4}: ``re`` skips ahead to a digit only for a pattern opening with a
# plain character class, where a repeat makes it try every position.
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


@attrs.frozen(kw_only=True)
class DateMatch:
    """One date found in a text, with where it was and the label before it."""

    value: dt.datetime
    start: int
    end: int
    #: "published", "updated" or "" when no label precedes the date.
    label: str = ""


@functools.cache
def _month_name_set() -> frozenset[str]:
    """Every month name, as written ("février") and folded ("fevrier")."""
    written = {
        name.casefold().rstrip(".")
        for data in _lexicon_files().values()
        for names in data.get("months", ())
        for name in names
    }
    return frozenset(written | set(lexicon().months))


@functools.cache
def _month_names() -> str:
    """Every month name as a trie alternation."""
    return trie_pattern(_month_name_set())


@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    # Match the names as written and folded; _build folds to look up.
    months = _guarded(_month_name_set())
    mon = rf"(?<![^\W\d_])(?P<mon>{months})(?![^\W\d_])\.?"
    return (
        re.compile(
            r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
            r"(?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
            r"(?:\s*(?P<tz>Z|[+-]\d{2}:?\d{2}))?)?"
        ),
        re.compile(r"(?<![\d/.])(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.])"),
        re.compile(
            r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
        ),
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:de\s+)?{mon},?\s*"
            r"(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{mon}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
        ),
        re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    )


@functools.cache
def _date_prechecks() -> tuple[re.Pattern[str], ...]:
    r"""For each of :func:`_date_patterns`, a cheaper pattern that every text it matches in
    also matches: a text the check finds nothing in is not searched.

    Each is a piece of its pattern with the same flags, or looser: the lookbehind the
    pattern opens with is left out (and a leading ``\d{1,2}`` spelled ``\d\d?``, so that
    ``re`` skips ahead to the digits), and the day-then-month pattern has its month names
    (a trie ``re`` tries branch by branch, with case folding, wherever a number stands)
    replaced by the one character class that holds every character able to open one.
    """
    numeric = re.compile(r"\d[/.-]\d")  # a digit, the separator, a digit: ISO, y/m/d, d/m/y
    # Should some month name not open with a letter, the names themselves stand in the check.
    letters = all(re.fullmatch(_CASED_LETTER, name[:1]) for name in _month_name_set())
    month = _CASED_LETTER if letters else f"(?:{_month_names()})"
    return (
        numeric,
        numeric,
        numeric,
        re.compile(rf"\d\d?(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:de\s+)?{month}", re.IGNORECASE),
        re.compile(r"\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)", re.IGNORECASE),
        re.compile("年"),
    )


# What a letter of a pattern can match under ``re.IGNORECASE``: a letter, or U+0345 (the
# combining ypogegrammeni, which ``re`` matches with iota).  No other character: see
# test_cased_letter_class_holds_every_case_match.
_CASED_LETTER = "(?:[^\\W\\d_]|\u0345)"


def _tzinfo(raw: str | None, day: dt.datetime) -> dt.tzinfo:
    if not raw:
        return dt.UTC
    raw = raw.strip()
    if raw in _TZ_OFFSETS:
        return dt.timezone(dt.timedelta(hours=_TZ_OFFSETS[raw]))
    if raw in _TZ_ZONES:
        zone, fallback = _TZ_ZONES[raw]
        try:
            import zoneinfo

            return zoneinfo.ZoneInfo(zone)
        except (ImportError, LookupError, OSError):
            return dt.timezone(dt.timedelta(hours=fallback))
    m = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?", raw)
    if m is None:
        return dt.UTC
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return dt.UTC
    sign = -1 if m.group(1) == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(groups: dict[str, str | None], dayfirst: bool) -> tuple[int, int, int] | None:
    year = int(groups["y"] or 0)
    if groups.get("mon"):
        month = lexicon().months.get(_fold(groups["mon"] or "").rstrip("."))
        if month is None:
            return None
        return year, month, int(groups["d"] or 0)
    if groups.get("a"):
        a, b = int(groups["a"] or 0), int(groups["b"] or 0)
        # Day first is the rule in most of the world; a number above 12 settles it either way.
        if a > 12 or (dayfirst and b <= 12):
            return year, b, a
        return year, a, b
    return year, int(groups["m"] or 0), int(groups["d"] or 0)


def _label(text: str, start: int) -> str:
    before = _fold(text[max(0, start - 40) : start])
    best, where = "", -1
    for label, pattern in _label_patterns():
        for m in pattern.finditer(before):
            if m.end() > where:
                best, where = label, m.end()
    return best


@functools.cache
def _label_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    lex = lexicon()
    # Whole words only: "Date" must not be found inside "Updated".
    return tuple(
        (label, re.compile(rf"(?<!\w){trie_pattern(_fold(w) for w in words)}(?!\w)"))
        for label, words in (("published", lex.published), ("updated", lex.updated))
    )


def find_dates(
    text: str, *, dayfirst: bool = True, now: dt.datetime | None = None
) -> list[DateMatch]:
    """Find every full date (day, month and year) in ``text``, with its time when given.

    Dates without a year, relative dates ("2 hours ago", "today") and dates in
    the future are ignored rather than completed from the clock, so the result
    is never the day the text happened to be parsed.

    Args:
        text: Any text.
        dayfirst: Read an ambiguous numeric date ("02/03/2022") as day/month.
        now: The present, for rejecting future dates (default: the clock).

    Returns:
        Timezone-aware matches in text order; a date without a time is midnight
        UTC and a time without a zone is UTC.
    """
    if _FOUR_DIGITS.search(text) is None:  # every date pattern needs a four-digit year
        return []
    now = now or dt.datetime.now(dt.UTC)
    flat = _spaces(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    held: dict[re.Pattern[str], bool] = {}  # the numeric check serves three patterns
    for pattern, needs in zip(_date_patterns(), _date_prechecks(), strict=True):
        if needs not in held:
            held[needs] = needs.search(flat) is not None
        if not held[needs]:  # no match without this piece of the pattern
            continue
        for m in pattern.finditer(flat):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            ymd = _build(groups, dayfirst)
            if ymd is None or not 1900 <= ymd[0] <= now.year + 1:
                continue
            end = m.end()
            hour = minute = second = 0
            tz_raw = groups.get("tz")
            timed: dict[str, str | None] = {k: groups.get(k) for k in ("H", "M", "S")}
            timed["ampm"] = None
            if not groups.get("H"):
                after = _TIME_AFTER.match(flat[end : end + 40])
                before = _TIME_BEFORE.search(flat[max(0, m.start() - 40) : m.start()])
                chosen = after or before
                if chosen is not None:
                    timed = {k: chosen.group(k) for k in ("H", "M", "S", "ampm")}
                    tz_raw = chosen.group("tz")
                    if chosen is after:
                        end += after.end()
            try:
                if timed.get("H"):
                    hour, minute, second = (
                        int(timed["H"] or 0),
                        int(timed["M"] or 0),
                        int(timed["S"] or 0),
                    )
                    ampm = (timed.get("ampm") or "").replace(".", "").replace(" ", "").casefold()
                    if ampm == "pm" and hour < 12:
                        hour += 12
                    elif ampm == "am" and hour == 12:
                        hour = 0
                naive = dt.datetime(ymd[0], ymd[1], ymd[2], hour, minute, second)
            except ValueError:
                continue
            value = naive.replace(tzinfo=_tzinfo(tz_raw, naive))
            if value > now + dt.timedelta(days=1):
                continue
            taken.append((m.start(), end))
            found.append(
                DateMatch(value=value, start=m.start(), end=end, label=_label(flat, m.start()))
            )
    found.sort(key=lambda d: d.start)
    return found


def parse_date(
    text: str, *, dayfirst: bool = True, now: dt.datetime | None = None
) -> dt.datetime | None:
    """Return the publication date stated in ``text``, or None.

    Reads ISO 8601, numeric ("17/02/2022 - 12:43", "17.02.2022") and written
    dates in the shipped languages ("February 17, 2022 3:04 PM GMT",
    "17 de febrero de 2022", "17. Februar 2022", "17 февраля 2022"), with an
    optional time and zone.  A date labelled "Published" wins over one labelled
    "Updated"; otherwise the first date counts.

    Args:
        text: A dateline, byline, metadata value or any text.
        dayfirst: Read an ambiguous numeric date as day/month (the default).
        now: The present, for rejecting future dates (default: the clock).

    Returns:
        A timezone-aware datetime (date-only values are midnight UTC; times with
        no zone are UTC), or None when the text states no full date.  Never
        the current date by default.

    Example:
        >>> parse_date("February 17, 2022 3:04 PM GMT").isoformat()
        '2022-02-17T15:04:00+00:00'
        >>> parse_date("2 hours ago") is None
        True
    """
    if not isinstance(text, str) or not text:
        return None
    iso = text.strip()
    if 10 <= len(iso) <= 40 and iso[:4].isdigit():
        try:
            value = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
            limit = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)
            return value if dt.datetime(1900, 1, 1, tzinfo=dt.UTC) <= value <= limit else None
    matches = find_dates(text, dayfirst=dayfirst, now=now)
    for match in matches:
        if match.label != "updated":
            return match.value
    return matches[0].value if matches else None
