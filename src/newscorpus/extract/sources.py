"""Who published an article, which agencies fed it, what it was taken from and what it cites.

:func:`extract_sources` reads four kinds of evidence:

* blocks that boilerplate removal took out (bylines, "Source: X" credits,
  author bios, photo credits, datelines), which hold most of the metadata;
* the first and last few body paragraphs, where bylines, datelines
  ("WASHINGTON (Reuters) -"), sign-offs ("(With inputs from IANS)") and
  credits end up when removal missed them; only strict patterns count there;
* the whole body, for outlets the story cites ("The Guardian reported",
  "told the Wall Street Journal", "according to the agency ... DAN");
* HTML metadata ``hints`` (author, published, site name, publisher).

Every :class:`~newscorpus.Source` keeps the text it was read from as
``evidence``, an exact substring of that input.  When one name is found in
several roles, one text role is kept per name by the precedence
publisher > agency > original > cited; a photo credit is a separate fact and is
kept alongside (AP may be both the agency and the photo credit).  See
``docs/sources.md``.

Example:
    >>> from newscorpus import Removed
    >>> r = extract_sources(
    ...     paragraphs=["NATO warned on Thursday, The Guardian reported."],
    ...     removed=[Removed(text="By Euronews with AFP, AP", reason="byline")],
    ... )
    >>> [(s.name, str(s.role)) for s in r.sources]
    [('Euronews', 'publisher'), ('AFP', 'agency'), ('AP', 'agency'), ('The Guardian', 'cited')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence

import attrs

from newscorpus._model import Removed, Source, SourceRole
from newscorpus.extract.metadata import (
    Byline,
    _agency_at_start,
    _alternation,
    _fold,
    _guarded,
    _looks_like_outlet,
    _spaces,
    agency_name,
    find_agencies,
    find_dates,
    is_person_name,
    lexicon,
    looks_like_outlet,
    parse_bio,
    parse_byline,
    parse_date,
    parse_photo_credit,
    trie_pattern,
)

__all__ = ["ROLE_PRECEDENCE", "SourcesResult", "extract_sources"]

#: Text roles from strongest to weakest: a name found in several keeps the first.
ROLE_PRECEDENCE: tuple[SourceRole, ...] = (
    SourceRole.PUBLISHER,
    SourceRole.AGENCY,
    SourceRole.ORIGINAL,
    SourceRole.CITED,
)

_RANK = {role: i for i, role in enumerate(ROLE_PRECEDENCE)}
_ORDER = {role: i for i, role in enumerate((*ROLE_PRECEDENCE, SourceRole.PHOTO))}

# Removal reasons whose blocks are metadata by nature and are read leniently.
_METADATA_REASONS = frozenset(
    {"byline", "source-credit", "author-bio", "photo-credit", "caption", "dateline"}
)
# Never read: titles, and lists of other articles whose bylines are not ours.
_UNREAD_REASONS = frozenset({"title", "breadcrumb-title", "related-list", "comment-prompt"})
_EDGE = 3  # paragraphs at each end of the body where stray metadata is looked for
_MAX_EVIDENCE = 300


@attrs.frozen(kw_only=True)
class SourcesResult:
    """Sources, authors and publication date of one article."""

    sources: tuple[Source, ...] = ()
    #: People only: never agencies, outlets, photographers or "Staff".
    authors: tuple[str, ...] = ()
    #: Timezone-aware, or None when no dateline, byline or hint states it.
    published: dt.datetime | None = None


# --------------------------------------------------------------------------- helpers


def _evidence(raw: str, start: int = 0, end: int | None = None) -> str:
    """The line of ``raw`` around ``[start, end)``, stripped, as an exact substring."""
    end = len(raw) if end is None else end
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    if line_end - line_start > _MAX_EVIDENCE:
        line_start = max(line_start, start - 120)
        line_end = min(line_end, max(end, start) + 120)
    return raw[line_start:line_end].strip()


_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s|$)")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``[start, end)``, as an exact substring."""
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    left = 0 if left < 0 else left + 2
    right_match = _SENTENCE_END.search(text, end)
    right = len(text) if right_match is None else right_match.end()
    return _evidence(text[:right], max(left, 0), end)[-_MAX_EVIDENCE:].strip() or text[start:end]


def _key(name: str) -> str:
    key = _fold(name)
    return key[4:] if key.startswith("the ") else key


_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ0-9][\w'’&.+-]*)"
_JOIN = r"(?:\s+(?:of|de|del|di|da|des|du|la|el|für|&|and|y|et|und|on)\s+|\s+)"
_NAME = (
    r"(?:(?:The|the|El|el|La|la|Le|le|Les|les|Il|il|Der|der|Die|die|Das|das|den|dem|des)\s+"
    r"|[lLdD]['’](?=[A-Z]))?"
    rf"{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,5}}"
)
_NAME_AT = re.compile(rf"\s*(?P<name>{_NAME})")
_NAME_END = re.compile(rf"(?P<name>{_NAME})\s*$")
_NAME_CHARS_RUN = re.compile(r"[\w\s'’&.+-]*")  # every character a _NAME_END match can hold


_ELISION = re.compile(r"^[lLdD]['’](?=[A-Z])")
_POSSESSIVE = re.compile(r"['’]s\s+")
_APOSTROPHE_END = re.compile(r"['’]s?$")
_JOINER_END = re.compile(r"\s+(?:and|y|et|und|on|of|de)\s*$")
_ARTICLE_START = re.compile(r"^(?:the|der|die|das|den|dem|des|el|la|le|les|il|lo|o|a)\s+")
_AND_AFTER = re.compile(r"\s+(?:and|y|et|und)\s+")
_AND_BEFORE = re.compile(r"\s+(?:and|y|et|und|on)\s+")


def _clean_name(name: str) -> str:
    name = name.strip().rstrip(".,;:")
    # French elision ("à l'AFP") and possessives ("Russia's RIA") end outside the name.
    if "'" in name or "’" in name:  # each of these three patterns needs an apostrophe
        name = _ELISION.sub("", name)
        name = _POSSESSIVE.split(name)[-1]
        name = _APOSTROPHE_END.sub("", name)
    # A trailing "and"/"on" joined nothing: drop it and what follows a lowercase joiner.
    name = _JOINER_END.sub("", name)
    # Lowercase articles belong to the sentence ("told the Financial Times"), not the name.
    name = _ARTICLE_START.sub("", name)
    return name


def _name_after(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _NAME_AT.match(text, pos)
    if m is None:
        # "der Nachrichtenagentur dpa": agencies written in lower case are no capitalised name.
        agency = _agencies_at(text, pos)
        return agency
    raw = m.group("name")
    # Stop at "and": "told CNN and the BBC" names two outlets; keep the first.
    raw = _AND_AFTER.split(raw)[0]
    name = _clean_name(raw)
    start = m.start("name")
    return (name, start, start + len(raw)) if _real_name(name) else None


def _name_before(text: str, pos: int) -> tuple[str, int, int] | None:
    window_start = max(0, pos - 90)
    window = text[window_start:pos]
    # A match of _NAME_END runs to the end of the window and holds nothing but word
    # characters, spaces and '’&.+- (tokens, joiners, articles), so none starts at or before
    # the last other character: searching from just after it finds the same leftmost match
    # without trying every capital before it.
    run = _NAME_CHARS_RUN.match(window[::-1])
    m = _NAME_END.search(window, len(window) - run.end() if run else 0)
    if m is None:
        return None
    raw = m.group("name")
    raw = _AND_BEFORE.split(raw)[-1]
    # A sentence-initial capital is no part of the name ("Meanwhile The Guardian").
    name = _clean_name(raw)
    end = pos - (len(window) - m.end("name"))
    return (name, end - len(raw), end) if _real_name(name) else None


def _agencies_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """The agency whose name starts at ``pos``, looked for in the 60 characters from there."""
    got = _agency_at_start(text[pos : pos + 60])
    return None if got is None else (got[0], pos, pos + got[1])


def _real_name(name: str) -> bool:
    """False for empty names and lone articles ("The" before "agency said")."""
    return bool(name) and (len(name.split()) > 1 or name not in lexicon().determiners)


@functools.cache
def _descriptor_keys(language: str | None) -> frozenset[str]:
    return frozenset(_fold(w) for w in lexicon(language).outlet_descriptors)


_DEMONYM = re.compile(r"(?:an|ian|ese|ish|ic|i)$")


def _outlet_name(name: str, language: str | None, *, described: bool = False) -> str | None:
    """Canonical name when ``name`` is an outlet or agency cited in running text, else None."""
    lex = lexicon(language)
    tokens = name.split()
    if not tokens or len(tokens) > 6 or _key(name) in lex.not_outlets:
        return None
    bare = tokens[1:] if len(tokens) > 1 and tokens[0] in lexicon().determiners else tokens
    if _fold(" ".join(bare)) in _descriptor_keys(None):  # "Die Zeitung" names no paper
        return None
    if _fold(tokens[-1]) in lex.months or _fold(tokens[-1]) in lex.weekdays:
        return None
    agency = agency_name(name, credit=described)
    if agency is not None:
        return agency
    # With ``credit=False`` agency_name finds a subset of what it finds with True (it only
    # drops ambiguous forms), so the None just found settles the outlet test's own lookup.
    if _looks_like_outlet(name, language=language, in_byline=False, no_agency=True):
        return name
    if described and len(tokens) <= 4 and not is_person_name(name):
        head = tokens[-1]
        if len(tokens) == 1 and (_DEMONYM.search(head) and not head.isupper()):
            return None
        if any(_fold(t) in lex.institution_words for t in tokens):
            return None
        return name
    return None


# --------------------------------------------------------------------------- collector


@attrs.define
class _Collector:
    language: str | None
    sources: dict[tuple[str, SourceRole], Source] = attrs.Factory(dict)
    display: dict[str, str] = attrs.Factory(dict)
    authors: list[str] = attrs.Factory(list)
    photographers: set[str] = attrs.Factory(set)
    dates: list[tuple[float, int, dt.datetime]] = attrs.Factory(list)

    def add(self, name: str, role: SourceRole, evidence: str) -> None:
        name = " ".join(name.split()).strip(" .,;:\"'“”")
        # Brackets go only when unbalanced: "FOX 13 News Utah (KSTU)" keeps its own.
        if name.count("(") != name.count(")"):
            name = name.strip("()[] ")
        if len(name) < 2 or not evidence:
            return
        name = agency_name(name) or name  # "AP News" in a meta tag is AP, whatever its role
        key = _key(name)
        # Keep the first spelling, but prefer "The Guardian" to "Guardian", capitals to none.
        shown = self.display.get(key)
        better = shown is not None and (
            (not shown.startswith("The ") and name.startswith("The "))
            or (shown.islower() and not name.islower())  # "euronews" in a meta tag
        )
        if shown is None or better:
            self.display[key] = name
        if (key, role) not in self.sources:  # the first evidence stays; build no Source to drop
            self.sources[key, role] = Source(name=name, role=role, evidence=evidence)

    def add_byline(self, byline: Byline, evidence: str) -> None:
        for name in byline.publishers:
            self.add(name, SourceRole.PUBLISHER, evidence)
        for name in byline.agencies:
            self.add(name, SourceRole.AGENCY, evidence)
        for name in byline.originals:
            role = SourceRole.AGENCY if agency_name(name) else SourceRole.ORIGINAL
            self.add(name, role, evidence)
        for name in byline.photo:
            self.add(name, SourceRole.PHOTO, evidence)
        self.photographers.update(_fold(p) for p in byline.photographers)
        self.authors.extend(byline.authors)

    def add_date(self, value: dt.datetime | None, priority: float) -> None:
        if value is not None:
            self.dates.append((priority, len(self.dates), value))

    def result(self) -> SourcesResult:
        rank = _RANK
        best: dict[str, SourceRole] = {}
        for key, role in self.sources:
            if role in rank and (key not in best or rank[role] < rank[best[key]]):
                best[key] = role
        display = self.display
        kept = [
            # Most sources already carry their display spelling: evolve only those that don't.
            source if source.name == display[key] else attrs.evolve(source, name=display[key])
            for (key, role), source in self.sources.items()
            if role == SourceRole.PHOTO or best.get(key) == role
        ]
        order = _ORDER
        kept.sort(key=lambda s: order[s.role])  # stable: discovery order within a role
        not_people = {_key(s.name) for s in kept} | self.photographers
        lex = lexicon()
        authors: list[str] = []
        seen: set[str] = set()
        for name in self.authors:
            key = _fold(name)
            if key in seen or key in not_people or key in lex.non_author:
                continue
            if agency_name(name) is not None or looks_like_outlet(name):
                continue
            seen.add(key)
            authors.append(name)
        # A bio's bare first name adds nothing when the byline gave the full name.
        authors = [
            a for a in authors if " " in a or not any(b != a and a in b.split() for b in authors)
        ]
        published = min(self.dates)[2] if self.dates else None
        return SourcesResult(sources=tuple(kept), authors=tuple(authors), published=published)


# --------------------------------------------------------------------------- patterns


def _alt(words: Sequence[str]) -> str:
    return _alternation(words)


@functools.cache
def _patterns(language: str | None) -> dict[str, re.Pattern[str]]:
    lex = lexicon(language)
    every = lexicon()
    return {
        "source": re.compile(
            rf"^\s*[(\[]?\s*(?P<label>{_guarded(every.source_credit)})(?:\s*:\s*|\s+|(?<=:))(?P<rest>.+)$",
            re.IGNORECASE,
        ),
        "agency_credit": re.compile(
            rf"^\s*[(\[]?\s*[-–—]*\s*(?P<label>{_guarded(every.agency_credit)})\s+(?P<rest>.+)$",
            re.IGNORECASE,
        ),
        "photo_label": re.compile(
            rf"(?:^|(?<=[\s(\[|–—-]))(?P<label>{_guarded(every.photo_credit)})\s*:?\s*(?P<rest>\S.*)$",
            re.IGNORECASE,
        ),
        "copyright": re.compile(
            r"^\s*(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
            r"(?P<rest>[^\d\s].*?)\s*(?:[.,]?\s*All rights reserved.*)?$",
            re.IGNORECASE,
        ),
        "teaser": re.compile(
            rf"(?:…|\.\.\.)\s*(?:{_alt(every.teaser_credit)})\s+(?P<name>{_NAME})\s*\.?\s*$"
        ),
        "cite_before": re.compile(rf"(?<![\w-])(?i:{_guarded(lex.cite_before)})\s+(?=\S)"),
        "cite_after": re.compile(rf"\s(?:{_alt(lex.cite_after)})(?![\w-])"),
        "descriptor": re.compile(rf"(?<![\w-])(?:{_alt(lex.outlet_descriptors)})\s+"),
        "descriptor_after": re.compile(rf"\s(?:{_alt(lex.outlet_descriptors)})(?![\w'’-])"),
        "dateline": re.compile(
            r"^(?P<place>[^()\n/]{0,60}?)\s*(?:\((?P<paren>[^()\n]{2,40})\)|/(?P<slash>[^/\n]{2,20})/)"
            r"\s*(?P<dash>\.?\s*[-–—]+|:|\.-)?"
        ),
    }


_URL = re.compile(r"https?://(?:www\.)?([^/\s]+)\S*")
_CREDIT_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_CREDIT_SEPARATOR = re.compile(r"\s*(?:,|;|/|\||\band\b|&|\bet\b|\by\b|\bund\b|\be\b)\s*")


def _names_in_credit(rest: str) -> list[str]:
    """Split a credit's tail ("Reuters, AP and AFP", "Gestion") into candidate names."""
    if "http" in rest:  # the URL pattern needs it
        rest = _URL.sub(r"\1", rest)
    # One credit is one sentence: "Cable News Network. A Warner Bros. company" names one.
    rest = _CREDIT_SENTENCE_END.split(rest)[0].strip(" .;:)]")
    parts = _CREDIT_SEPARATOR.split(rest)
    names: list[str] = []
    for part in parts:
        agency = agency_name(part)
        if agency is not None:  # "dpa" is lower case, so no capitalised-name match finds it
            names.append(agency)
            continue
        m = _NAME_AT.match(part)
        if m is None:
            continue
        name = _clean_name(m.group("name"))
        tail = part[m.end() :].strip(" .")
        # A credit names a source, not a sentence about one.
        if name and len(tail.split()) <= 3:
            names.append(name)
    return names


# --------------------------------------------------------------------------- readers


def _read_source_credit(line: str, found: _Collector, *, raw: str, strict: bool) -> bool:
    pats = _patterns(found.language)
    m = pats["source"].match(line)
    agency_only = False
    if m is None:
        m = pats["agency_credit"].match(line)
        agency_only = True
    if m is None:
        return False
    rest = m.group("rest")
    if strict and len(rest) > 80:
        return False
    hit = False
    for name in _names_in_credit(rest):
        agency = agency_name(name)
        if agency is not None:
            found.add(agency, SourceRole.AGENCY, _evidence(raw, m.start(), m.end()))
            hit = True
        elif (
            not agency_only
            and looks_like_outlet(name, in_byline=True)
            and _key(name) not in lexicon().not_outlets
        ):
            found.add(name, SourceRole.ORIGINAL, _evidence(raw, m.start(), m.end()))
            hit = True
    return hit


def _read_copyright(line: str, found: _Collector, *, raw: str, role: SourceRole) -> bool:
    m = _patterns(found.language)["copyright"].match(line)
    if m is None or len(line) > 160:
        return False
    hit = False
    for name in _names_in_credit(m.group("rest"))[:2]:
        agency = agency_name(name)
        if agency is not None:
            found.add(
                agency, SourceRole.AGENCY if role != SourceRole.PHOTO else role, _evidence(raw)
            )
            hit = True
        elif looks_like_outlet(name, in_byline=True) and not is_person_name(name):
            found.add(name, role, _evidence(raw))
            hit = True
    return hit


# An initial's full stop: a letter alone (no letter before it) and its dot: "J. Scott".
_INITIAL_DOT = r"(?<=[^\W\d_])(?<![^\W\d_]{2})\."
#: Most characters of a trailing credit.
_CREDIT_CHARS = 90
# A trailing credit holds none of –—|.!?, but for initials after its last "/" (the
# photographer's name: "AP Photo/J. Scott Applewhite"); an initial before it ("Washington,
# D.C. AP Photo/...") is a sentence's end, as any other full stop.
_TAIL_CREDIT = re.compile(
    r"(?:\s[–—-]+\s|\s\|\s|[.!?]\s+)"
    rf"(?P<credit>(?=[\s\S]{{2,{_CREDIT_CHARS}}}$)"
    rf"(?:[^–—|.!?]*/(?:[^–—|.!?/]|{_INITIAL_DOT})*|[^–—|.!?]*))$"
)
_SEPARATOR_CHARS = frozenset("–—-|.!?")


def _is_initial_dot(text: str, i: int) -> bool:
    """Whether the "." at ``text[i]`` ends an initial (``_INITIAL_DOT`` matches there)."""
    return i >= 1 and _is_letter(text[i - 1]) and (i < 2 or not _is_letter(text[i - 2]))


def _is_letter(char: str) -> bool:
    """``[^\\W\\d_]`` of ``re``: a word character (``isalnum``) but no decimal digit."""
    return char.isalnum() and not char.isdecimal()


def _tail_credit_start(text: str) -> int:
    """Where _TAIL_CREDIT's search in ``text`` (right-stripped) can start without missing its
    leftmost match, which it would otherwise look for at every space of a long caption.

    The credit runs to the end and holds none of –—|.!? but initials' full stops after its
    last "/", so the separator before it holds the last other one of them (or, a run of
    hyphens only, none), and the match starts no earlier than that character, the dash run
    it ends, and the space before.  And the credit is at most _CREDIT_CHARS long, so the
    match starts no earlier than the separator characters running back from there.
    """
    floor = len(text) - _CREDIT_CHARS
    while floor > 0 and (text[floor - 1].isspace() or text[floor - 1] in _SEPARATOR_CHARS):
        floor -= 1
    last = max(map(text.rfind, "–—|!?"))
    after = max(last, text.rfind("/"), floor)
    dot = text.rfind(".")
    while dot > after and _is_initial_dot(text, dot):  # (none left of the floor matters)
        dot = text.rfind(".", 0, dot)
    last = max(last, dot)
    start = 0
    if last >= 0:
        start = last
        while start > 0 and text[start - 1] in "–—-":
            start -= 1
        start -= 1
    return max(0, start, floor)


_PAREN_CREDIT = re.compile(r"\((?P<credit>[^()]{2,90})\)\s*\.?\s*$")


@functools.cache
def _label_fragments() -> tuple[_Folding, re.Pattern[str] | None]:
    """Folding and a search for every photo-credit label, folded."""
    labels = lexicon().photo_credit
    folding = _folding(frozenset(c for label in labels for c in label))
    if not all(folding.plain(label, folding.fold(label)) for label in labels):
        return folding, None
    return folding, re.compile(trie_pattern({folding.fold(label) for label in labels}))


def _label_search_start(text: str) -> int | None:
    """Where a search for the photo-label pattern in ``text`` may start without missing its
    first match: None when it cannot match at all.

    A label matched with ``re.IGNORECASE`` at some place is spelled, folded, at the same
    place of the folded text when that is plain, so the first folded label found there is
    no later than the first match.
    """
    folding, fragments = _label_fragments()
    if fragments is None:
        return 0
    low = folding.fold(text)
    if not folding.plain(text, low):
        return 0
    first = fragments.search(low)
    return None if first is None else first.start()


def _read_photo(flat: str, found: _Collector, *, raw: str, caption: bool) -> bool:
    """Photo credits in a caption or credit line: labelled, trailing, or in parentheses.

    ``flat`` is ``_spaces(raw)``, which every caller has already made.
    """
    label = _patterns(found.language)["photo_label"]
    if caption:
        start = _label_search_start(flat)
        labelled = None if start is None else label.search(flat, start)
    else:
        # Outside captions a label counts only at the start.  ``search`` tries the start
        # first, so a label there is exactly what ``match`` finds, and a label found further
        # on counts for nothing: trying the start alone decides the same.
        labelled = label.match(flat)
    credits: list[str] = []
    is_labelled = labelled is not None and (caption or labelled.start() == 0)
    if labelled is not None and is_labelled:
        credits.append(labelled.group("rest"))
    # Outside captions a trailing credit must hold "/" or "Photo" (below): skip the search.
    elif caption or "/" in flat or "Photo" in flat:
        closing = flat.rstrip()
        for pattern, start in ((_PAREN_CREDIT, 0), (_TAIL_CREDIT, _tail_credit_start(closing))):
            m = pattern.search(closing, start)
            if m is None:
                continue
            credit = m.group("credit")
            # Outside captions only a picture-shaped credit counts: "(AFP)" closing a story
            # is an agency sign-off, "Jane Doe | Reuters" a byline.
            pictured = "/" in credit or "Photo" in credit
            if pictured or (caption and agency_name(credit) is not None):
                credits.append(credit)
    if caption and not credits and not is_labelled and len(flat) <= 90:
        credits.append(flat)
    hit = False
    for credit in credits:
        byline = parse_photo_credit(credit, labelled=is_labelled)
        if byline.photo:
            found.add_byline(byline, _evidence(raw))
            hit = True
        elif byline.photographers:
            found.photographers.update(_fold(p) for p in byline.photographers)
    return hit


_PLACE_WORD = re.compile(r"[\w'’.-]+")
_DATELINE_SEPARATOR = re.compile(r"\s*[/,+]\s*|\s*-\s*")
_YEAR = re.compile(r"\d\d\d\d")  # not \d{4}, which ``re`` tries at every position


def _read_dateline(paragraph: str, found: _Collector) -> None:
    """'WASHINGTON (Reuters) -', 'Madrid, 17 feb (EFE).-', 'MOSCOW, February 17. /TASS/.'."""
    if "(" not in paragraph and "/" not in paragraph:  # the pattern needs one of them
        return
    m = _patterns(found.language)["dateline"].match(_spaces(paragraph))
    if m is None:
        return
    lex = lexicon()
    place = m.group("place").strip(" ,")
    tokens = _PLACE_WORD.findall(place)
    if tokens and tokens[0] in lex.determiners:
        return
    for tok in tokens:
        key = _fold(tok).strip(".")
        if not (tok[0].isupper() or tok[0].isdigit() or key in lex.months or key in {"de", "del"}):
            return
    content = m.group("paren") or m.group("slash") or ""
    parts = [content] if agency_name(content) else _DATELINE_SEPARATOR.split(content)
    agencies = [agency_name(p) for p in parts]
    evidence = _evidence(paragraph, 0, m.end())
    if parts and all(agencies):
        for agency in agencies:
            if agency:
                found.add(agency, SourceRole.AGENCY, evidence)
        if _YEAR.search(place):
            found.add_date(parse_date(place), 4)
        return
    # A non-agency credit only where the dateline form is unmistakable: "WASHINGTON (CNN) -".
    if m.group("dash") and (not place or place.split(",")[0].isupper()) and m.group("paren"):
        name = content.strip()
        outlet = looks_like_outlet(name, in_byline=True) and not is_person_name(name)
        generic = _key(name) in lexicon().not_outlets or _fold(name) in lexicon().non_author
        if outlet and not generic:
            found.add(name, SourceRole.PUBLISHER, evidence)


_SIGN_OFF = re.compile(r"(?:^|[\s.”\"’])[(\[]\s*(?P<credit>[^()\[\]]{2,60})[)\]]\s*\.?\s*$")
_DASH_SIGN_OFF = re.compile(r"(?:^|\s)[–—-]{1,2}\s*(?P<credit>[^–—-]{2,40})\s*\.?\s*$")


@functools.cache
def _agency_credit_lead() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_guarded(lexicon().agency_credit)})\s+", re.IGNORECASE)


def _sign_off_possible(paragraph: str) -> tuple[bool, bool]:
    """Whether _SIGN_OFF and _DASH_SIGN_OFF may match ``paragraph``: False only where not.

    Both close the paragraph, after which come only spaces and a full stop: a bracket, or
    the last dash and at most 40 characters of credit (which holds no dash).  Cheap looks
    at the end rule them out before a search tries every position.
    """
    closing = paragraph.rstrip()
    if closing.endswith("."):
        closing = closing[:-1].rstrip()
    dash = max(paragraph.rfind("–"), paragraph.rfind("—"), paragraph.rfind("-"))
    tail = paragraph[dash + 1 :].strip().rstrip(".").rstrip()  # holds the credit's core
    return closing.endswith((")", "]")), dash >= 0 and len(tail) <= 40


def _read_sign_off(paragraph: str, found: _Collector) -> None:
    """Closing '(AFP)', '(With inputs from IANS)', '— Reuters' at the end of the body."""
    bracketed, dashed = _sign_off_possible(paragraph)
    for pattern, possible in ((_SIGN_OFF, bracketed), (_DASH_SIGN_OFF, dashed)):
        if not possible:
            continue
        m = pattern.search(paragraph)
        if m is None:
            continue
        credit = m.group("credit")
        credit = _agency_credit_lead().sub("", credit)
        names = _names_in_credit(credit)
        agencies = [agency_name(n) for n in names]
        if names and all(agencies):
            for agency in agencies:
                if agency:
                    found.add(agency, SourceRole.AGENCY, _evidence(paragraph, m.start(), m.end()))
            return


def _read_teaser(text: str, found: _Collector) -> bool:
    """'...reports Asian Lite News' closing a teaser names the publisher."""
    if "…" not in text and "..." not in text:  # the pattern needs an ellipsis
        return False
    flat = _spaces(text)
    m = _patterns(found.language)["teaser"].search(flat)
    if m is None:
        return False
    name = _clean_name(m.group("name"))
    if not looks_like_outlet(name, in_byline=True) or is_person_name(name):
        return False
    agency = agency_name(name)
    found.add(agency or name, SourceRole.PUBLISHER, _evidence(text, m.start(), m.end()))
    return True


def _read_bio(text: str, found: _Collector) -> None:
    name, employer = parse_bio(text)
    if name:
        found.authors.append(name)
    if employer:
        agency = agency_name(employer)
        role = SourceRole.AGENCY if agency else SourceRole.PUBLISHER
        start = _spaces(text).find(employer)
        found.add(agency or employer, role, _evidence(text, max(start, 0), max(start, 0)))


# --------------------------------------------------------------------------- cue candidates
#
# The four cue patterns below try a lexicon-sized alternation at every position of every
# paragraph, yet most paragraphs hold no cue at all.  Every cue is matched as whole words (a
# word boundary or a space before it, a space or non-word character after it), so a cue can
# only be where the longest word of one of its spellings stands, as a whole word, at a known
# distance.  One pass over the article's lower-cased words finds those words; each pattern is
# then tried only where a match could start, with ``Pattern.match`` in the order ``finditer``
# would find them, so results are unchanged.  Lower-casing stands for ``re.IGNORECASE`` only
# where both agree: characters that match a cue letter case-insensitively are mapped to one
# spelling ("ı" and "i", "ſ" and "s"), and articles with characters whose lower case changes
# length or word-ness ("İ"), with a capital sigma, or outside the Basic Multilingual Plane
# are searched everywhere, as before.

_CUE_PATTERNS: tuple[str, ...] = ("cite_before", "cite_after", "descriptor", "descriptor_after")
_SPACE_FIRST = frozenset({"cite_after", "descriptor_after"})  # match from the space before
_WORD = re.compile(r"\w+")
_GAP_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s+")
_PUNCTUATION = tuple(",.;:!?\"'()“”‘’—–-/…„«»[]&+%")
#: (pattern, shift, folded cue, key offset, flattened cue, settled by the flattened cue)
_KeyedCue = tuple[str, int, str, int, str, bool]
# The marks outside ASCII, made spaces one by one; in a text that is ASCII once they are
# gone, one byte translation makes the ASCII marks spaces, lower-cases the letters and
# makes NUL of every other byte that is neither a word character nor one ``bytes.split``
# splits on (NUL included), so that a NUL left means the text needs the general path.
_WIDE_MARKS = tuple(m for m in _PUNCTUATION if not m.isascii())


def _ascii_flattening() -> bytes:
    table = bytearray(range(256))
    for c in range(128):
        char = chr(c)
        if char in _PUNCTUATION:
            table[c] = ord(" ")
        elif char.isupper():
            table[c] = ord(char.lower())
        elif not (char.isalnum() or char == "_" or bytes([c]).isspace()) or c == 0:
            table[c] = 0
    return bytes(table)


_ASCII_FLATTEN = _ascii_flattening()
_ODD_CHARS = "\u0130\u03a3"  # lower case "i̇" (two characters); final-sigma rule

#: Per paragraph, per cue pattern: the sorted offsets where a match may start; a pattern
#: left out cannot match; None: search the whole paragraph.
_CueStarts = dict[str, list[int]] | None


@attrs.frozen
class _Folding:
    """Lower case standing in for ``re.IGNORECASE`` on the letters of one lexicon.

    Characters that match one of the letters case-insensitively are mapped to one
    spelling ("ı" and "i", "ſ" and "s"); texts holding a character whose lower case
    changes length or word-ness ("İ"), a capital sigma or a character outside the Basic
    Multilingual Plane are not :meth:`plain`, and their callers search them as before.
    """

    #: Characters that make a text not plain.
    odd: tuple[str, ...]
    #: Lower-case letters mapped to the one spelling of their case-insensitive class.
    canon: dict[int, str]
    #: Those letters, each looked for with ``in``: a handful of memchr-like scans beat one
    #: character-class search over a long text.
    canon_chars: tuple[str, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "canon_chars", tuple(chr(c) for c in sorted(self.canon)))

    def fold(self, text: str) -> str:
        low = text.lower()
        # Only non-ASCII letters are mapped: a character class's first is its ASCII one.
        if not low.isascii() and any(map(low.__contains__, self.canon_chars)):
            low = low.translate(self.canon)
        return low

    def plain(self, text: str, low: str) -> bool:
        """Whether ``low`` (``fold(text)``) holds every case-insensitive match as folded."""
        if text.isascii():
            return True
        return (
            len(low) == len(text)
            and not any(c in text for c in self.odd)
            and len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        )


@functools.cache
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


@functools.cache
def _folding(letters: frozenset[str]) -> _Folding:
    ordered = sorted(letters)
    # Every character a letter matches case-insensitively, as ``re`` itself decides.
    anyone = re.compile("(?i:[" + "".join(re.escape(c) for c in ordered) + "])")
    alike = {c: re.compile("(?i:" + re.escape(c) + ")") for c in ordered}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    odd = set(_ODD_CHARS)
    for char in set(anyone.findall(_bmp())) | letters:
        low = char.lower()
        if len(low) != 1 or low.isalnum() != char.isalnum():
            odd.add(char)
            continue
        for letter in ordered:
            if alike[letter].fullmatch(char) is not None and len(letter.lower()) == 1:
                a, b = root(low), root(letter.lower())
                if a != b:
                    parent[max(a, b)] = min(a, b)
    canon = {ord(x): root(x) for x in parent if root(x) != x}
    for x, rep in list(canon.items()):
        if chr(x).isalnum() != rep.isalnum():  # never seen; keep the fold honest anyway
            del canon[x]
            odd.update(c for c in _bmp() if c.lower() == chr(x))
    return _Folding(odd=tuple(sorted(odd)), canon=canon)


@attrs.frozen
class _CueIndex:
    #: Per pattern, each key word with the folded cues it keys; None when some cue has no
    #: key word (the pattern is then always searched).
    keys: dict[str, dict[str, tuple[str, ...]] | None]
    folding: _Folding
    #: The same by key word: (pattern, characters its match starts before the cue, folded
    #: cue, where the key word stands in it, the cue flattened as :func:`_flatten` does,
    #: whether the flattened spelling settles it: true when the cue has no space or mark).
    by_key: dict[str, tuple[_KeyedCue, ...]] = attrs.field(init=False)
    #: The key words, as a set to intersect an article's words with.
    key_words: frozenset[str] = attrs.field(init=False)
    #: The ASCII ones, encoded, for the words of an ASCII text split as bytes.
    key_bytes: frozenset[bytes] = attrs.field(init=False)
    #: True when some pattern has a cue without a key word: every pattern is searched.
    unkeyed: bool = attrs.field(init=False)
    #: True when no mark outside ASCII is one of the folding's odd characters, so that a
    #: text whose other characters are ASCII is plain (see :func:`_ascii_flat`).
    marks_plain: bool = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        by_key: dict[str, list[_KeyedCue]] = {}
        for name, keys in self.keys.items():
            shift = 1 if name in _SPACE_FIRST else 0
            for key, cues in (keys or {}).items():
                for cue in cues:
                    flat = _flatten(cue)
                    by_key.setdefault(key, []).append(
                        (name, shift, cue, cue.rfind(key), flat, " " not in flat)
                    )
        object.__setattr__(self, "by_key", {k: tuple(v) for k, v in by_key.items()})
        object.__setattr__(self, "key_words", frozenset(by_key))
        ascii_keys = (k.encode("ascii") for k in by_key if k.isascii())
        object.__setattr__(self, "key_bytes", frozenset(ascii_keys))
        object.__setattr__(self, "unkeyed", any(keys is None for keys in self.keys.values()))
        marks_plain = not any(m in self.folding.odd for m in _WIDE_MARKS)
        object.__setattr__(self, "marks_plain", marks_plain)


def _cue_keys(words: Sequence[str], folding: _Folding) -> dict[str, tuple[str, ...]] | None:
    """Each cue's longest word, with the folded cues it keys; None when a cue has none."""
    keys: dict[str, set[str]] = {}
    for word in words:
        folded = folding.fold(word)
        tokens = _WORD.findall(folded)
        if not tokens or not folding.plain(word, folded):
            return None
        keys.setdefault(max(tokens, key=len), set()).add(folded)
    return {k: tuple(sorted(v)) for k, v in keys.items()}


@functools.cache
def _cue_index(language: str | None) -> _CueIndex:
    lex = lexicon(language)
    cues = {
        "cite_before": lex.cite_before,
        "cite_after": lex.cite_after,
        "descriptor": lex.outlet_descriptors,
        "descriptor_after": lex.outlet_descriptors,
    }
    folding = _folding(frozenset(c for words in cues.values() for w in words for c in w))
    return _CueIndex(
        keys={name: _cue_keys(words, folding) for name, words in cues.items()},
        folding=folding,
    )


def _flatten(text: str) -> str:
    """``text`` with every mark of _PUNCTUATION made a space: same length, same words."""
    for mark in _PUNCTUATION:
        if mark in text:  # a cheap scan; most marks are absent
            text = text.replace(mark, " ")
    return text


def _ascii_flat(body: str) -> bytes | None:
    """``fold(_flatten(body))``, encoded, when that is ASCII and ``bytes.split`` gives its
    words: when the body's only characters outside ASCII are marks (which leave nothing for
    the folding but ASCII lower-casing) and it holds no ASCII character that is neither a
    word character, a mark nor a space ``bytes.split`` splits on.  Else None."""
    text = body
    for mark in _WIDE_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    if not text.isascii():
        return None
    data = text.encode("ascii").translate(_ASCII_FLATTEN)
    return None if b"\0" in data else data


def _words(flat: str) -> list[str]:
    """Every maximal run of word characters in ``flat`` (flattened), repeats and a few extras.

    The marks are never part of a word, so a whitespace split gives the words, unless some
    word still holds a character that is neither a word character nor a space (a rarer
    mark).  Only then are the words split again by the word pattern; the extras this leaves
    (the unsplit word) hold a non-word character and so can never equal a key word.
    """
    words = flat.split()
    if not "".join(words).isalnum():  # one scan instead of one call per word
        impure = list(itertools.filterfalse(str.isalnum, words))
        words.extend(itertools.chain.from_iterable(map(_WORD.findall, impure)))
    return words


def _occurrences(text: str, needle: str, shift: int) -> list[int]:
    """Where ``needle`` starts in ``text``, overlaps included, each plus ``shift``."""
    places = []
    at = text.find(needle)
    while at >= 0:
        places.append(at + shift)
        at = text.find(needle, at + 1)
    return places


def _cue_starts(
    paragraphs: Sequence[str], language: str | None, body: str | None = None
) -> Sequence[_CueStarts]:
    """For each paragraph, where each cue pattern may match (never fewer places than it does).

    ``body``: the paragraphs joined by newlines, when the caller has made it already.
    """
    index = _cue_index(language)
    if index.unkeyed:
        return [None] * len(paragraphs)
    folding = index.folding
    if body is None:
        body = "\n".join(paragraphs)
    # The folded body with its marks made spaces.  Folding and flattening map one character
    # to one character (in a plain text) and commute, as no letter folds to a mark; and
    # flattening first leaves a text that is often ASCII, which folds far faster.  A body
    # whose only characters outside ASCII are marks (curly quotes, dashes) is plain, as
    # ``marks_plain`` checks; otherwise ``plain`` decides, which only compares lengths with
    # its second argument, and folding changes those here exactly where it would the body's.
    data = _ascii_flat(body) if index.marks_plain else None
    keys: set[str] | frozenset[str]
    if data is not None:
        # Its words split and looked up as bytes, which is cheaper; no key outside ASCII can
        # stand in it.
        flat = data.decode("ascii")
        keys = {key.decode("ascii") for key in index.key_bytes.intersection(data.split())}
    else:
        flat = folding.fold(_flatten(body))
        if not folding.plain(body, flat):
            return [None] * len(paragraphs)
        keys = index.key_words.intersection(_words(flat))
    found: list[dict[str, list[int]]] = [{} for _ in paragraphs]
    if not keys:
        return found
    starts = list(itertools.accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
    # A match spells its whole cue, folded, around the key word: where the key word stands
    # in ``flat`` (it is word characters only, which flattening leaves alone), the cue's
    # flattened spelling must stand around it.  That spelling settles a cue without spaces
    # or marks, as no space in ``flat`` can then fall inside it; others are checked on the
    # body itself (folding a slice is folding the body there, one character for one).
    for key in keys:
        keyed = index.by_key[key]
        if len(keyed) == 1:
            # One cue: look for its spelling itself, which stands in fewer places.
            flat_cue, offset = keyed[0][4], keyed[0][3]
            places = _occurrences(flat, flat_cue, offset)
        else:
            places = _occurrences(flat, key, 0)
        for at in places:
            i = bisect.bisect_right(starts, at) - 1  # the key word's paragraph
            for name, shift, cue, offset, flat_cue, settled in keyed:
                begin = at - offset
                if (
                    begin - shift >= starts[i]
                    and flat.startswith(flat_cue, begin)
                    and (settled or folding.fold(body[begin : begin + len(cue)]) == cue)
                ):
                    found[i].setdefault(name, []).append(begin - shift - starts[i])
    for here in found:
        if here:
            for name, places in here.items():
                here[name] = sorted(set(places))
    return found


def _cue_matches(
    pats: Mapping[str, re.Pattern[str]], name: str, paragraph: str, starts: _CueStarts
) -> Iterator[re.Match[str]]:
    """``pats[name].finditer(paragraph)``, trying only the offsets in ``starts``."""
    if starts is None:
        return pats[name].finditer(paragraph)
    places = starts.get(name)
    return _matches_at(pats[name], paragraph, places) if places else iter(())


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when it can only match at ``places`` (sorted)."""
    end = 0
    for start in places:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


def _read_cited(paragraph: str, found: _Collector, starts: _CueStarts = None) -> None:
    """Outlets the story cites: cue + name, name + cue, and 'the newspaper X' descriptions.

    ``starts`` tells where the cue patterns may match (see :func:`_cue_starts`); None
    searches the whole paragraph.
    """
    if starts is not None and not starts:
        return
    pats = _patterns(found.language)
    lex = lexicon(found.language)
    hits: list[tuple[str, int, int]] = []
    for m in _cue_matches(pats, "cite_before", paragraph, starts):
        got = _name_after(paragraph, m.end())
        if got and got[1] == m.end():
            name = _outlet_name(got[0], found.language)
            if name:
                hits.append((name, m.start(), got[2]))
    for m in _cue_matches(pats, "cite_after", paragraph, starts):
        got = _name_before(paragraph, m.start())
        if got:
            name = _outlet_name(got[0], found.language)
            if name:
                hits.append((name, got[1], m.end()))
    for m in _cue_matches(pats, "descriptor", paragraph, starts):
        pos = m.end()
        for _ in range(6):  # lowercase descriptors between: "agency of the pro-Russian separatists"
            word = _GAP_WORD.match(paragraph, pos)
            if (
                word is None
                or not word.group(1)[0].islower()
                or _fold(word.group(1)) in lex.gap_stop
            ):
                break
            pos = word.end()
        got = _name_after(paragraph, pos)
        if got and got[1] == pos:
            name = _outlet_name(got[0], found.language, described=True)
            # A bare "agency" is often a government one ("the agency Frontex"): only an
            # acronym or a known news agency counts after it.
            bare_agency = m.group().strip() in {"agency", "agencia", "agence", "agenzia", "agência"}
            if name and bare_agency and not (name.isupper() or agency_name(name)):
                name = None
            if name:
                hits.append((name, m.start(), got[2]))
    for m in _cue_matches(pats, "descriptor_after", paragraph, starts):
        got = _name_before(paragraph, m.start())
        if got:
            name = _outlet_name(got[0], found.language, described=True)
            if name:
                hits.append((name, got[1], m.end()))
    # Overlapping readings of one mention ("die Süddeutsche Zeitung" read by a cue and by
    # the noun "Zeitung"): the longest name wins.
    kept: list[tuple[str, int, int]] = []
    for hit in sorted(hits, key=lambda h: -len(h[0])):
        if all(hit[2] <= k[1] or k[2] <= hit[1] for k in kept):
            kept.append(hit)
    for name, start, end in sorted(kept, key=lambda h: h[1]):
        found.add(name, SourceRole.CITED, _sentence(paragraph, start, end))


def _read_hints(hints: Mapping[str, str], found: _Collector) -> None:
    for key in ("site_name", "publisher"):
        value = (hints.get(key) or "").strip()
        if value and "/" not in value and len(value) <= 80:
            found.add(value, SourceRole.PUBLISHER, value)
    author = (hints.get("author") or "").strip()
    if author and len(author) <= 300:
        found.add_byline(parse_byline(author, trusted=True), author)
    published = hints.get("published")
    if published:
        found.add_date(parse_date(published), 0)


_TITLE_SUFFIX = re.compile(r"\s(?:[-–—|]|::)\s+(?P<name>[^-–—|]{2,40})$")


def _read_title(title: str, found: _Collector) -> None:
    """'Headline - Reuters', 'Headline | Euronews': the site names itself after the headline."""
    m = _TITLE_SUFFIX.search(title)
    if m is None:
        return
    name = m.group("name").strip()
    agency = agency_name(name)
    if agency is not None or (looks_like_outlet(name) and not is_person_name(name)):
        found.add(agency or name, SourceRole.PUBLISHER, title.strip())


def _read_removed(block: Removed, found: _Collector) -> None:
    reason = block.reason
    if reason in _UNREAD_REASONS:
        return
    raw = block.text
    if reason == "author-bio":
        _read_bio(raw, found)
        return
    for line in raw.split("\n"):
        if line and not line.isspace():  # what ``line.strip()`` keeps, without the copy
            _read_removed_line(line, reason, found)


def _read_removed_line(line: str, reason: str, found: _Collector) -> None:
    flat = _spaces(line)
    lenient = reason in _METADATA_REASONS
    if reason in {"caption", "photo-credit"}:
        _read_photo(flat, found, raw=line, caption=True)
        return
    if reason == "dateline":
        found.add_date(parse_date(flat), 1)
    if _read_teaser(line, found):
        return
    if _read_photo(flat, found, raw=line, caption=False):
        return
    if _read_source_credit(flat, found, raw=line, strict=not lenient):
        return
    if _read_copyright(flat, found, raw=line, role=SourceRole.PUBLISHER):
        return
    byline = parse_byline(flat, strict=reason != "byline")
    if byline:
        found.add_byline(byline, _evidence(line))
        found.add_date(parse_date(flat), 2)
    elif reason == "byline":
        found.add_date(parse_date(flat), 2)
    if reason == "source-credit" and not byline:
        parse = parse_bio(flat)
        if parse[0] or parse[1]:
            _read_bio(line, found)


def _read_edge_paragraph(paragraph: str, found: _Collector, *, last: bool) -> None:
    # Most edge paragraphs are long story paragraphs that only a last one's trailer is read
    # from: whitespace is mapped (same length) only for text some reader below looks at.
    if len(paragraph) > 300 and not last:
        return
    flat = _spaces(paragraph)
    short = len(flat) <= 160
    if short:
        if _read_source_credit(flat, found, raw=paragraph, strict=True):
            return
        if _read_copyright(flat, found, raw=paragraph, role=SourceRole.PUBLISHER):
            return
        byline = parse_byline(flat, strict=True)
        if byline:
            found.add_byline(byline, _evidence(paragraph))
            found.add_date(parse_date(flat), 3)
            return
        if found_date := _labelled_date(flat):
            found.add_date(found_date, 3)
    if len(flat) <= 300:
        _read_photo(flat, found, raw=paragraph, caption=False)
        # "The Associated Press contributed to this report": a wire agency fed the story.
        contributed = _CONTRIBUTED.search(flat) if "contribut" in flat else None
        if contributed is not None:
            for name, start, end in find_agencies(contributed.group("names")):
                found.add(name, SourceRole.AGENCY, _evidence(paragraph, start, end))
    if last:
        _read_sign_off(paragraph, found)
        # Reuters-style trailers: "(Reporting by Jane Doe; Editing by John Roe)".
        trailer = _TRAILER.search(flat) if " by " in flat else None
        if trailer is not None:
            found.add_byline(
                parse_byline(trailer.group("t")), _evidence(paragraph, trailer.start())
            )


_TRAILER = re.compile(r"\((?P<t>(?:Reporting|Writing|Additional reporting) by [^()]+)\)")
_CONTRIBUTED = re.compile(
    r"(?:^|[.(]\s*)(?P<names>[^.()]{2,120}?)\s+(?:contributed|contributes)\b"
    r"(?:\s+(?:reporting|to this (?:report|story|article)))?"
)


def _labelled_date(text: str) -> dt.datetime | None:
    """A date in a short paragraph only when labelled "Published ..." or standing alone."""
    for match in find_dates(text):
        alone = len(text.strip()) - (match.end - match.start) <= 12
        if match.label == "published" or alone:
            return match.value
    return None


# --------------------------------------------------------------------------- entry point


def extract_sources(
    *,
    paragraphs: Sequence[str],
    removed: Sequence[Removed],
    title: str | None = None,
    hints: Mapping[str, str] | None = None,
    language: str | None = None,
) -> SourcesResult:
    """Find an article's publisher, agencies, original source, cited outlets, authors and date.

    Args:
        paragraphs: The kept, normalised body paragraphs.
        removed: Blocks boilerplate removal took out, with their reasons; raw text.
        title: The article's title, whose "- Outlet" suffix may name the publisher.
        hints: HTML metadata: ``author``, ``published``, ``site_name``, ``publisher``.
        language: ISO 639-1 code of the body, choosing the citation cues
            (None: every shipped language).

    Returns:
        A :class:`SourcesResult`.  ``published`` is timezone-aware: dates with no
        zone are read as UTC and dates with no time as midnight UTC; a date
        never comes from the clock.  Precedence: a hint, then a removed
        dateline, a removed byline, then body edges; "Published" beats "Updated".
    """
    found = _Collector(language=language)
    if hints:
        _read_hints(hints, found)
    if title:
        _read_title(title, found)
    for block in removed:
        if isinstance(block, Removed) and block.text:
            _read_removed(block, found)
    paras = [p for p in paragraphs if isinstance(p, str) and p and not p.isspace()]
    # The dateline opens the story, which may come after a byline left in the body.
    for paragraph in paras[:2]:
        _read_dateline(paragraph, found)
    edge = set(range(min(_EDGE, len(paras)))) | set(range(max(0, len(paras) - _EDGE), len(paras)))
    body = "\n".join(paras)
    cues = _cue_starts(paras, language, body)
    # No teaser credit without an ellipsis; two scans of the body rule most articles out
    # ("..." cannot span the newline between two paragraphs).
    dots = "…" in body or "..." in body
    for i, paragraph in enumerate(paras):
        if i in edge:
            _read_edge_paragraph(paragraph, found, last=i == len(paras) - 1)
        if dots and ("…" in paragraph or "..." in paragraph):
            _read_teaser(paragraph, found)
        starts = cues[i]
        if starts is None or starts:  # {}: no cue pattern can match here
            _read_cited(paragraph, found, starts)
    return found.result()
