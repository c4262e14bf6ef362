"""Boilerplate lexicons: the phrases sites print around articles, as data, per language."""

from __future__ import annotations

import contextlib
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from newscorpus._regex import trie_pattern
from newscorpus.exceptions import LoadError

__all__ = ["Lexicon", "available_languages", "guess_languages", "load_lexicon", "match_key"]

#: Up to this many contained phrases are looked for one by one with ``str.find``.
_FIND_AT_MOST = 12

#: Blocks of more words than this are "long": only rules with a larger ``max_words`` apply.
_SHORT_BLOCK = 20

# Characters that decorate a furniture block without changing what it is: "- Advertisement -",
# "• Share", "| Comments |".
_TRIM = " \t\u00a0\u2007\u202f-–—•·|:>»«*_=~#()[]"


def match_key(block: str) -> str:
    """The form of *block* lexicon phrases are matched against: NFKC, case-folded, trimmed.

    Example:
        >>> match_key("- Advertisement -")
        'advertisement'
    """
    return _key_of_normal(unicodedata.normalize("NFKC", block))


def _key_of_normal(normal: str) -> str:
    key = normal.casefold()
    if single_spaced(key):
        # splitting and joining would only drop spaces at the ends, which the strip drops too
        return key.strip(_TRIM)
    return " ".join(key.split()).strip(_TRIM)


def key_and_split(block: str) -> tuple[str, int]:
    """``(match_key(block), len(block.split()))``, the spacing of both checked in one scan.

    When NFKC leaves *block* as it is (``normalize`` then returns the very same object),
    its key has the block's spacing: case folding never makes a space or an unprintable
    character (a test checks every code point).
    """
    normal = unicodedata.normalize("NFKC", block)
    # (single_spaced inline: this runs for every block)
    if "  " in block or not block.isprintable() or block[:1] == " " or block[-1:] == " ":
        return _key_of_normal(normal), len(block.split())
    # single spaces between words: one word more than spaces (none in an empty block)
    n_split = block.count(" ") + 1 if block else 0
    if normal is block:
        return normal.casefold().strip(_TRIM), n_split
    return _key_of_normal(normal), n_split


def single_spaced(text: str) -> bool:
    """Whether the only whitespace in *text* is lone ASCII spaces.

    Every other space, line break or control character is unprintable, so one C scan
    answers what splitting on whitespace would otherwise be needed for.
    """
    return "  " not in text and text.isprintable()


@attrs.frozen
class _Rule:
    name: str
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    #: Longest block (in words) that prefix, contains and pattern phrases may match.
    max_words: int = 20
    # One alternation each, longest phrase first, so a block is matched in one pass.
    prefix_re: re.Pattern[str] | None = attrs.field(init=False, default=None, eq=False)
    contains_re: re.Pattern[str] | None = attrs.field(init=False, default=None, eq=False)
    #: The patterns not anchored at the start, joined: searched at every position.
    pattern_re: re.Pattern[str] | None = attrs.field(init=False, default=None, eq=False)
    #: The patterns anchored at the start ("^…"), joined: tried at the start only
    #: (``match``), where a search would try each of them at every position of the block.
    start_re: re.Pattern[str] | None = attrs.field(init=False, default=None, eq=False)
    #: False when a pattern's inline flags kept them from being joined.
    joined: bool = attrs.field(init=False, default=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "prefix_re", _alternation(self.prefixes))
        object.__setattr__(self, "contains_re", _alternation(self.contains))
        if self.patterns:
            anchored = [p.pattern for p in self.patterns if _anchored_at_start(p.pattern)]
            floating = [p.pattern for p in self.patterns if not _anchored_at_start(p.pattern)]
            # a pattern with its own inline flags cannot be joined: search them one by one
            with contextlib.suppress(re.error):
                object.__setattr__(self, "start_re", _joined(anchored))
                object.__setattr__(self, "pattern_re", _joined(floating))
                object.__setattr__(self, "joined", True)


def _joined(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _anchored_at_start(pattern: str) -> bool:
    """Whether *pattern* opens with ``^`` that no top-level ``|`` escapes.

    Example:
        >>> _anchored_at_start(r"^\\d+ comments$"), _anchored_at_start(r"^a|b")
        (True, False)
        >>> _anchored_at_start(r"^(?:a|b)[|]c\\|"), _anchored_at_start(r"\\(\\*\\)$")
        (True, False)
    """
    if not pattern.startswith("^"):
        return False
    depth, in_class, i = 0, False, 1
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def _alternation(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One compiled trie-shaped regex for many phrases (see ``newscorpus._regex.trie_pattern``).

    A flat ``a|b|c`` alternation makes Python's ``re`` try every phrase at every position;
    sharing prefixes keeps lexicon searches fast as lexicons grow, and the longest phrase wins.
    """
    phrases = [p for p in phrases if p]
    return re.compile(trie_pattern(phrases)) if phrases else None


def _too_long(block: str, n_split: int, combined: _Combined) -> bool:
    """Whether *block* (``len(block.split()) == n_split``) is too long for any phrase,
    decided without its key."""
    return len(block) > combined.max_chars and n_split > combined.max_words


def _prefixes_of(matched: str, owners: Mapping[str, _Rule]) -> list[str]:
    """Registered phrases that *matched* starts with, longest first (the regex gives the longest)."""
    return [matched[:n] for n in range(len(matched), 0, -1) if matched[:n] in owners]


@attrs.frozen
class _Combined:
    """Every rule's phrases merged for one-pass matching (see :meth:`Lexicon.first_match`)."""

    exact: dict[str, str]
    prefix_re: re.Pattern[str] | None
    prefix_owner: dict[str, _Rule]
    contains_re: re.Pattern[str] | None
    contains_owner: dict[str, _Rule]
    pattern_rules: tuple[_Rule, ...]
    max_words: int
    #: Longest exact phrase, in characters, with room for decorations.
    max_chars: int

    def search(self, block: str, key: str, n_words: int) -> str | None:
        """The rule of the first prefix, contained or pattern phrase that matches *key*
        (``n_words`` long) within its rule's word limit."""
        if self.prefix_re is not None:
            m = self.prefix_re.match(key)
            if m:
                for phrase in _prefixes_of(m.group(), self.prefix_owner):
                    owner = self.prefix_owner[phrase]
                    if n_words <= owner.max_words and _starts_with_phrase(block, key, phrase):
                        return owner.name
        if self.contains_owner:
            rule = self.first_contained(key, n_words)
            if rule is not None:
                return rule
        for r in self.pattern_rules:  # (anchored patterns at the start only, the rest anywhere)
            if n_words > r.max_words:
                continue
            if not r.joined:
                if any(p.search(key) for p in r.patterns):
                    return r.name
            elif (r.start_re is not None and r.start_re.match(key) is not None) or (
                r.pattern_re is not None and r.pattern_re.search(key) is not None
            ):
                return r.name
        return None

    def first_contained(self, key: str, n_words: int) -> str | None:
        """The rule of the contained phrase found first in *key* (leftmost, the longest at one
        place) among those whose rule accepts a block of *n_words* words.

        With few phrases each is looked for once with ``str.find``, faster than a regex that
        tests every position of the key; a phrase whose rule refuses the block is refused at
        every occurrence, so the first occurrence of each accepted phrase decides.  More
        phrases go through the trie regex (:meth:`_first_contained_by_regex`, the same
        answer).
        """
        if len(self.contains_owner) > _FIND_AT_MOST:
            return self._first_contained_by_regex(key, n_words)
        best: tuple[int, int] | None = None
        name = None
        for phrase, owner in self.contains_owner.items():
            # (``in`` first: most phrases are absent, and the operator skips a method call)
            if n_words > owner.max_words or phrase not in key:
                continue
            i = key.find(phrase)
            if best is None or (i, -len(phrase)) < best:
                best, name = (i, -len(phrase)), owner.name
        return name

    def _first_contained_by_regex(self, key: str, n_words: int) -> str | None:
        if self.contains_re is None:
            return None
        # Every occurrence, leftmost first and the longest first at one place: a phrase
        # whose rule refuses a block this long must not hide one overlapping it.
        search, pos = self.contains_re.search, 0
        while (m := search(key, pos)) is not None:
            for phrase in _prefixes_of(m.group(), self.contains_owner):
                owner = self.contains_owner[phrase]
                if n_words <= owner.max_words:
                    return owner.name
            pos = m.start() + 1
        return None

    @classmethod
    def build(cls, rules: Sequence[_Rule], *, min_words: int = 0) -> _Combined:
        """Merge *rules*; with *min_words*, keep only the prefix, contains and pattern phrases
        whose owning rule accepts blocks of that many words (exact phrases all stay).

        Owners are decided over all *rules* first, so a phrase shared by two rules keeps the
        earlier rule as its owner (and is dropped with it) exactly as in the full table.
        """
        exact: dict[str, str] = {}
        prefix_owner: dict[str, _Rule] = {}
        contains_owner: dict[str, _Rule] = {}
        for r in rules:
            for phrase in r.exact:
                exact.setdefault(phrase, r.name)
            for phrase in r.prefixes:
                prefix_owner.setdefault(phrase, r)
            for phrase in r.contains:
                if phrase:  # (an empty phrase would be "found" in every block)
                    contains_owner.setdefault(phrase, r)
        if min_words:
            prefix_owner = {p: r for p, r in prefix_owner.items() if r.max_words >= min_words}
            contains_owner = {p: r for p, r in contains_owner.items() if r.max_words >= min_words}
            rules = [r for r in rules if r.max_words >= min_words]
        return cls(
            exact=exact,
            prefix_re=_alternation(prefix_owner),
            prefix_owner=prefix_owner,
            contains_re=_alternation(contains_owner),
            contains_owner=contains_owner,
            pattern_rules=tuple(r for r in rules if r.patterns),
            max_words=max((r.max_words for r in rules), default=0),
            max_chars=2 * max((len(p) for p in exact), default=0) + 16,
        )


@attrs.frozen
class _Matcher:
    """The merged phrases of a set of rules: all of them, and those of the rules that accept
    blocks longer than ``_SHORT_BLOCK`` words."""

    short: _Combined
    long: _Combined

    def decide(self, block: str, key: str, n_words: int = 0) -> str | None:
        """The matching rule for a block whose :func:`match_key` is *key*, by the precedence
        :meth:`Lexicon.first_match` describes.

        *n_words* is the key's word count, ``key.count(" ") + 1``, when the caller has it
        (a document's blocks are put to several matchers); 0 counts here.
        """
        rule = self.short.exact.get(key)
        if rule is not None:
            return rule
        if not n_words:
            n_words = key.count(" ") + 1
        if n_words > self.short.max_words:
            return None
        # Most rules stop at short blocks: a paragraph is only searched for the phrases of
        # rules that accept its length.  The same answer: the full table's search passes
        # over the other rules' phrases to the same first accepted one.
        combined = self.long if n_words > _SHORT_BLOCK else self.short
        return combined.search(block, key, n_words)


@attrs.frozen
class Lexicon:
    """Compiled furniture phrases for one or more languages.

    Build one with :func:`load_lexicon`; add a site's own phrases with
    :meth:`extended`, which takes the same structure as the JSON files in
    ``newscorpus/boilerplate/lexicons/``.
    """

    languages: tuple[str, ...]
    rules: tuple[_Rule, ...]
    _phrase_res: dict[str, re.Pattern[str] | None] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _phrase_sets: dict[str, frozenset[str]] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _matchers: dict[frozenset[str], _Matcher] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _longest: dict[str, int] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _excludes: dict[tuple[str, ...], frozenset[str]] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def first_match(self, block: str, *, exclude: frozenset[str] = frozenset()) -> str | None:
        """Name of the rule, among those not in *exclude*, whose phrases match *block*, or None.

        All rules' phrases are merged into one exact-match table and one trie regex each for
        prefixes and contained phrases, so the cost per block does not grow with the number
        of rules and languages.  Where several rules match, an exact phrase wins over a
        prefix (the longest first), a prefix over a contained phrase, a contained phrase over
        a pattern; between rules sharing a phrase, or both with a pattern, the earlier rule
        wins.  :meth:`match` follows the same precedence.
        """
        matcher = self._matcher_for(exclude)
        if _too_long(block, len(block.split()), matcher.short):
            return None  # skip building the key of a paragraph
        return matcher.decide(block, match_key(block))

    def _first_matches(
        self,
        blocks: Sequence[str],
        keys: Sequence[str],
        splits: Sequence[int],
        key_words: Sequence[int],
        exclude: frozenset[str],
    ) -> list[str | None]:
        """:meth:`first_match` for every block of a document, given their keys,
        ``len(block.split())`` and the keys' word counts (``key.count(" ") + 1``)."""
        matcher = self._matcher_for(exclude)
        decide = matcher.decide
        max_chars, max_words = matcher.short.max_chars, matcher.short.max_words
        return [  # (_too_long inline)
            None
            if not block or (len(block) > max_chars and n > max_words)
            else decide(block, key, n_key)
            for block, key, n, n_key in zip(blocks, keys, splits, key_words, strict=True)
        ]

    def _matcher_for(self, exclude: frozenset[str]) -> _Matcher:
        matcher = self._matchers.get(exclude)
        if matcher is None:
            rules = [r for r in self.rules if r.name not in exclude]
            matcher = self._matchers[exclude] = _Matcher(
                short=_Combined.build(rules),
                long=_Combined.build(rules, min_words=_SHORT_BLOCK + 1),
            )
        return matcher

    def _matcher(self, rules: Iterable[str] | None) -> _Matcher:
        """The matcher for *rules* (all when None)."""
        return self._matcher_for(self._exclude_for(rules))

    def _exclude_for(self, rules: Iterable[str] | None) -> frozenset[str]:
        """The names of the rules not in *rules* (none for None)."""
        if rules is None:
            return frozenset()
        names = tuple(rules)
        exclude = self._excludes.get(names)
        if exclude is None:
            exclude = frozenset(r.name for r in self.rules).difference(names)
            self._excludes[names] = exclude
        return exclude

    def match(self, block: str, *, rules: Iterable[str] | None = None) -> str | None:
        """Name of the rule whose phrases match *block* (among *rules*, or all), or None.

        Prefix, contains and pattern phrases only match blocks of at most the rule's
        ``max_words`` words (20 unless the lexicon says otherwise), so a paragraph that
        happens to begin "Related to this, …" is not furniture.  Where several rules match,
        the same precedence as :meth:`first_match` decides.
        """
        return self._matcher(rules).decide(block, match_key(block))

    def phrases(self, rule: str) -> tuple[str, ...]:
        """All exact and prefix phrases of *rule* (for rules used as cues, e.g. byline words)."""
        out: list[str] = []
        for r in self.rules:
            if r.name == rule:
                out.extend(sorted(r.exact))
                out.extend(r.prefixes)
        return tuple(out)

    def phrase_set(self, rule: str) -> frozenset[str]:
        """All exact and prefix phrases of *rule* as a set, built once per lexicon."""
        found = self._phrase_sets.get(rule)
        if found is None:
            found = self._phrase_sets[rule] = frozenset(self.phrases(rule))
        return found

    def phrase_re(self, rule: str) -> re.Pattern[str] | None:
        """All phrases of *rule* as one compiled alternation (longest first), or None."""
        if rule not in self._phrase_res:
            self._phrase_res[rule] = _alternation(self.phrases(rule))
        return self._phrase_res[rule]

    def _longest_phrase(self, rule: str) -> int:
        """Length in characters of the longest phrase of *rule* (0 when it has none)."""
        longest = self._longest.get(rule)
        if longest is None:
            longest = self._longest[rule] = max(map(len, self.phrases(rule)), default=0)
        return longest

    def extended(self, data: Mapping[str, Any]) -> Lexicon:
        """A new lexicon with the rules in *data* (the JSON files' ``rules`` structure) added."""
        return _merge(self.languages, [*self.rules, *_compile(data, "<extension>")])


def _starts_with_phrase(block: str, key: str, phrase: str) -> bool:
    if not key.startswith(phrase):
        return False
    if len(key) == len(phrase) or not phrase[-1].isalnum():
        return True
    nxt = key[len(phrase)]
    if not nxt.isalpha():
        return True
    # A glued capital in the original marks a lost tag boundary: "Share this articleComments".
    idx = _raw_index(block, len(phrase))
    return idx is not None and block[idx].isupper()


def _raw_index(block: str, n_key_chars: int) -> int | None:
    """Index in *block* of the character after the first *n_key_chars* significant characters."""
    stripped = block.lstrip(_TRIM)
    offset = len(block) - len(stripped)
    seen = 0
    prev_space = False
    for i, ch in enumerate(stripped):
        if seen == n_key_chars:
            return offset + i
        if ch.isspace():
            if not prev_space:
                seen += 1
            prev_space = True
        else:
            seen += 1
            prev_space = False
    return None


def _phrase_key(phrase: str, *, prefix: bool = False) -> str:
    """A lexicon phrase in the form block keys take (NFKC, case-folded, one space between words).

    A prefix keeps one trailing space ("by ", "share on "), which says a word must follow;
    its leading decorations are trimmed as they are from blocks.
    """
    key = unicodedata.normalize("NFKC", phrase).casefold()
    trailing = " " if key[-1:].isspace() else ""
    key = " ".join(key.split())
    if prefix:
        key = key.lstrip(_TRIM)
    return key + trailing if key else key


def _compile(data: Mapping[str, Any], where: str) -> list[_Rule]:
    rules = data.get("rules", data)
    if not isinstance(rules, Mapping):
        msg = (
            f"{where}: expected a mapping of rule names to phrase lists, got {type(rules).__name__}"
        )
        raise LoadError(msg)
    out = []
    for name, spec in rules.items():
        if not isinstance(spec, Mapping):
            msg = f"{where}: rule {name!r} expected a mapping with exact/prefix/contains/pattern, got {spec!r}"
            raise LoadError(msg)
        try:
            patterns = tuple(re.compile(p) for p in spec.get("pattern", ()))
        except re.error as e:
            msg = f"{where}: rule {name!r} has an invalid pattern: {e}"
            raise LoadError(msg) from None
        out.append(
            _Rule(
                name=name,
                exact=frozenset(match_key(p) for p in spec.get("exact", ())),
                prefixes=tuple(_phrase_key(p, prefix=True) for p in spec.get("prefix", ())),
                contains=tuple(_phrase_key(p) for p in spec.get("contains", ())),
                patterns=patterns,
                max_words=int(spec.get("max_words", 20)),
            )
        )
    return out


def _merge(languages: Sequence[str], rules: Sequence[_Rule]) -> Lexicon:
    merged: dict[str, _Rule] = {}
    for r in rules:
        if r.name in merged:
            m = merged[r.name]
            r = _Rule(
                name=r.name,
                exact=m.exact | r.exact,
                prefixes=tuple(dict.fromkeys((*m.prefixes, *r.prefixes))),
                contains=tuple(dict.fromkeys((*m.contains, *r.contains))),
                patterns=(*m.patterns, *r.patterns),
                max_words=max(m.max_words, r.max_words),
            )
        merged[r.name] = r
    return Lexicon(languages=tuple(languages), rules=tuple(merged.values()))


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Languages with a shipped lexicon."""
    files = resources.files("newscorpus.boilerplate") / "lexicons"
    return tuple(sorted(Path(f.name).stem for f in files.iterdir() if f.name.endswith(".json")))


@functools.lru_cache(maxsize=64)
def _load_one(language: str) -> tuple[_Rule, ...]:
    path = resources.files("newscorpus.boilerplate") / "lexicons" / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        msg = f"expected a boilerplate lexicon language among {available_languages()}, got {language!r}"
        raise LoadError(msg) from None
    return tuple(_compile(data, f"lexicons/{language}.json"))


@functools.lru_cache(maxsize=64)
def _function_words(language: str) -> frozenset[str]:
    path = resources.files("newscorpus.boilerplate") / "lexicons" / f"{language}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data.get("function_words", ()))


@functools.lru_cache(maxsize=1)
def _function_word_index() -> dict[str, tuple[str, ...]]:
    """Function word -> the shipped languages it belongs to."""
    index: dict[str, list[str]] = {}
    for lang in available_languages():
        for word in _function_words(lang):
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


_TOKEN = re.compile(r"[^\W\d_]+")


#: Punctuation and digits that end or start a word: never part of a letter run.
_EDGES = "0123456789.,;:!?\"'“”‘’„«»‹›()[]{}<>—–-…/*#%&+=|"


def _count_words(text: str, index: Mapping[str, tuple[str, ...]], counts: dict[str, int]) -> None:
    """Add one to ``counts[lang]`` for every ``_TOKEN`` letter run of *text* that *index*
    lists for ``lang``.

    Whitespace never belongs to a letter run, so runs lie inside whitespace-separated
    chunks; a chunk that is letters only once punctuation and digits are trimmed from its
    ends ("said,", "(2024)", "“Yes") is one run, and only the rest go through the regex.
    """
    get = index.get
    for chunk in text.split():
        if not chunk.isalpha():
            chunk = chunk.strip(_EDGES)
            if not chunk.isalpha():
                for run in _TOKEN.findall(chunk):
                    for lang in get(run, ()):
                        counts[lang] += 1
                continue
        langs = get(chunk)
        if langs is not None:
            for lang in langs:
                counts[lang] += 1


def guess_languages(blocks: Iterable[str], *, sample: int = 800) -> tuple[str, ...] | None:
    """The lexicon languages to use for a document, from its function words, or None for all.

    A cheap count of each shipped language's commonest function words ("the", "de", "und",
    "что") over *sample* characters of sentence-like blocks, taken from the middle of the
    document outwards (a page's cookie notice and menus sit at its ends); its first quarter
    decides alone when one language leads there by far (at least 8 words, 4 times the next),
    which the rest could hardly overturn.  A clear winner gives
    ``(winner, "en")`` (English furniture is printed everywhere); an unclear count gives
    None, meaning every lexicon.  This only chooses furniture phrases: it is not the
    article's language (see :mod:`newscorpus.language`), so it never needs to be right about
    languages without a lexicon.

    Example:
        >>> guess_languages(["Le président a dit que la réforme des retraites est une priorité."])
        ('fr', 'en')
    """
    # Sentence-like blocks from the middle one outwards: a page's menus, cookie notice and
    # footer sit at its ends, the article in between.
    prose = [block for block in blocks if block.count(" ") >= 5]
    text: list[str] = []
    size = 0
    for i in _middle_out(len(prose)):
        block = prose[i]
        text.append(block)
        size += len(block)
        if size >= sample:
            break
    index = _function_word_index()
    counts = dict.fromkeys(available_languages(), 0)
    raw = " ".join(text)[:sample]
    # The first part of the sample, cut at a space so that no word is split, decides alone
    # when one language leads by far; otherwise the rest is counted too, which gives exactly
    # the count of the whole sample.  That part is case-folded alone first: folding maps
    # each character on its own to one character or more, so the folded start of the sample
    # begins the folded sample.
    early = sample // _EARLY_PART
    head = raw[:early].casefold()
    cut = head.rfind(" ", 0, early) + 1
    if cut:
        _count_words(head[:cut], index, counts)
        (best, lang), (second, _) = _top_two(counts)
        if best >= _EARLY_LEAD[0] and best >= _EARLY_LEAD[1] * second:
            return (lang,) if lang == "en" else (lang, "en")
    _count_words(raw.casefold()[cut:], index, counts)
    (best, lang), (second, _) = _top_two(counts)
    if best < 5 or best < 1.5 * second:
        return None
    return (lang,) if lang == "en" else (lang, "en")


def _middle_out(n: int) -> Iterator[int]:
    """``range(n)`` from the middle (``n // 2``) outwards, the nearer first and, at the same
    distance, the earlier first.

    Example:
        >>> list(_middle_out(5))
        [2, 1, 3, 0, 4]
    """
    middle = n // 2
    for i in range(n):
        # 0, -1, +1, -2, +2, ...: after the middle, alternately before and after it
        j = middle + (i + 1) // 2 if i % 2 == 0 else middle - (i + 1) // 2
        if 0 <= j < n:
            yield j


#: The early decision of :func:`guess_languages`: a 1/_EARLY_PART of the sample, where the
#: leading language has at least _EARLY_LEAD[0] words and _EARLY_LEAD[1] times the next.
_EARLY_PART = 4
_EARLY_LEAD = (8, 4)


def _top_two(counts: Mapping[str, int]) -> tuple[tuple[int, str], tuple[int, str]]:
    """The two highest ``(count, language)`` pairs (ties: the later language name first,
    as a reverse sort gives them); ``(0, "")`` stands in for a missing second."""
    scores = sorted(((n, lang) for lang, n in counts.items()), reverse=True)
    if not scores:
        return (0, ""), (0, "")
    return scores[0], scores[1] if len(scores) > 1 else (0, "")


@functools.lru_cache(maxsize=64)
def load_lexicon(languages: tuple[str, ...] | None = None) -> Lexicon:
    """Compile the shipped lexicons for *languages* (all shipped ones when None).

    Example:
        >>> load_lexicon(("en",)).match("- Advertisment -")
        'ad-label'
    """
    langs = available_languages() if languages is None else languages
    rules = [r for lang in langs for r in _load_one(lang)]
    return _merge(langs, rules)
