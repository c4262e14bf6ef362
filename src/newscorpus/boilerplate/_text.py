"""Boilerplate removal over blocks: keep the article, record everything else with its rule.

Two kinds of rule work together:

* phrase rules from the lexicons (share widgets, ad labels, comment prompts,
  "related" markers and the headline list after them, newsletter and page
  furniture), plus shape rules for metadata blocks (bylines, source credits,
  photo credits and captions, datelines, image file names, author bios,
  truncated breadcrumb titles, duplicates);
* a main-text rule for whole-page dumps: the article is the densest run of
  prose blocks, found as the maximum-sum run over per-block scores (prose
  counts for, short furniture lines against); what lies outside it is
  ``page-chrome``.

Nothing is deleted without a :class:`~newscorpus.Removed` record naming the rule.
"""

from __future__ import annotations

import bisect
import collections
import re
import unicodedata
from collections.abc import Mapping, Sequence

from newscorpus._model import Removed
from newscorpus._regex import trie_pattern
from newscorpus.boilerplate._classes import Stripped as Stripped
from newscorpus.boilerplate._lexicon import (
    Lexicon,
    key_and_split,
    load_lexicon,
    match_key,
)
from newscorpus.loaders._raw import Block

__all__ = ["Stripped", "strip_boilerplate"]

#: Rules whose blocks carry metadata that later stages read (sources, authors, dates).
METADATA_REASONS = frozenset(
    {
        "title",
        "breadcrumb-title",
        "byline",
        "source-credit",
        "author-bio",
        "photo-credit",
        "caption",
        "dateline",
    }
)

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Scripts written without spaces between words: count characters instead, about two to a
# word for Chinese and Japanese, four for Thai, Lao, Khmer and Burmese.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_ANY_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
_UNSPACED_ALPHABETIC = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# A full stop, "!", "?" or "…" (then closing quotes or brackets) before a space or the end, or
# a CJK full stop, "!" or "?" anywhere.  (The marks come first in one class, so that a search
# skips to them instead of trying the pattern at every position.)
_SENTENCE_END = re.compile(r"[.!?…。！？](?:(?<=[。！？])|[\"'”’»)\]]*(?:\s|$))")
_LETTER = re.compile(r"[^\W\d_]")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
# An image's file name: its size at the start ("648x415 …") or an image file's extension.
# (Two patterns: one alternation holding "^" would be tried at every position of the text.)
_IMAGE_SIZE = re.compile(r"\d{2,5}\s*[x×]\s*\d{2,5}\b", re.IGNORECASE)
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)\b(?:\s|$)", re.IGNORECASE)
# "Caption text – Francisco Seco / POOL / AFP": a credit chain of capitalised names joined by slashes.
_SLASH_CREDIT = re.compile(
    r"(?:^|[-–—:]\s*)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){1,3}\s*$"
)
_DIGIT = re.compile(r"\d")
#: A digit and the separator after it, which every numeric date in ``_DATE_HINT`` has.
_DIGIT_SEPARATOR = re.compile(r"\d[./-]")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d{2}\b")
_MONTH_ALTERNATION = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
#: Any of the month names ``_DATE_HINT`` knows, in one scan of a case-folded text.
_MONTH_STEM = re.compile(trie_pattern(_MONTH_ALTERNATION.split("|")))
_DATE_HINT = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"(?:{_MONTH_ALTERNATION})[a-z]*\.?\s+\d{{1,2}}|"
    rf"\d{{1,2}}\s+(?:{_MONTH_ALTERNATION})[a-z]*)\b",
    re.IGNORECASE,
)
_BIO_NAME = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:is|was|has been)\s+(?:an?|the)\s+"
)
_BIO_EMPLOYER = re.compile(
    r"\b(?:author|journalist|writer|reporter|editor|correspondent|columnist|contributor|producer)"
    r"\s+(?:\w+\s+){0,2}?(?:at|for|with)\s+(?:the\s+)?[A-Z0-9]"
)
_BIO_WORK = re.compile(
    r"\b(?:works?|worked|writes|wrote)\s+(?:as\s+an?\s+\w+\s+)?(?:at|for)\s+[A-Z]"
)


def _words(text: str, n_split: int) -> int:
    """Words in *text*, whose ``len(text.split())`` is *n_split*: that, but for scripts
    written without spaces."""
    if text.isascii() or not _ANY_UNSPACED.search(text):
        return n_split
    ideographs = len(_UNSPACED.findall(text))
    alphabetic = len(_UNSPACED_ALPHABETIC.findall(text))
    rest = _UNSPACED_ALPHABETIC.sub(" ", _UNSPACED.sub(" ", text))
    return len(rest.split()) + ideographs // 2 + alphabetic // 4


#: Fewest words of a line ending in a colon that is a sentence leading into a list, not
#: a label ("Zutaten:", "Lesen Sie auch:", "Das könnte Sie auch interessieren:").
_LEAD_IN_WORDS = 10


def _is_prose(text: str, n: int) -> bool:
    """A sentence-bearing block (of *n* words): the unit articles are made of and menus are not."""
    if n >= 25:
        return True
    if n < 8:
        return False
    # a headline cut short ("… its troop...") ends in dots but is no sentence
    body = text.rstrip()
    if body.endswith(("...", "…")):
        body = body.rstrip(".… ")
    # (a sentence that leads into a list: "The council will now look at other ways to
    # raise money, including:")
    return _SENTENCE_END.search(body) is not None or (n >= _LEAD_IN_WORDS and body.endswith(":"))


#: A photo gallery's counter: "1 di 6", "2 of 12", "3/8", "Bild 4 von 9" without the noun.
_GALLERY_COUNTER = re.compile(r"(\d{1,3})\s*(?:/|[^\W\d_]{1,4})\s*(\d{1,3})")
#: Most words of a gallery photo's caption.
_GALLERY_CAPTION_WORDS = 60


def _mark_gallery(doc: _Doc) -> None:
    """A photo gallery's counters ("1 di 6", "2 di 6", …) and the caption under each.

    Counters count: two or more with the same total and rising numbers, so that a
    score ("2 x 1") or a date is no counter.
    """
    counters: list[tuple[int, int, int]] = []
    for i, text in enumerate(doc.texts):
        if doc.free(i) and len(text) <= 12 and text[:1].isdigit():
            m = _GALLERY_COUNTER.fullmatch(text)
            if m is not None:
                counters.append((i, int(m.group(1)), int(m.group(2))))
    run: list[tuple[int, int, int]] = []
    for c in [*counters, (-1, 0, 0)]:
        if run and c[2] == run[-1][2] and c[1] == run[-1][1] + 1 and 0 < c[1] <= c[2]:
            run.append(c)
            continue
        if len(run) >= 2:
            for i, _, _ in run:
                doc.mark(i, "caption")
                j = doc.below(i)
                if j is not None and doc.free(j) and doc.words[j] <= _GALLERY_CAPTION_WORDS:
                    doc.mark(j, "caption")
        run = [c] if 0 < c[1] <= c[2] else []


#: Most words of a "read more" link's key.
_LINK_WORDS = 5
#: What a "read more" link's key may carry around its words ("[…] Read more »", "mehr...").
_LINK_ORNAMENT = " .…»›→>!:([)]"


#: Fewest date lines under prose that make a stream of teasers without links.
_DATED_TEASERS = 3


def _mark_teasers(doc: _Doc, read_more: frozenset[str], months: frozenset[str]) -> None:
    """A stream of teasers: each a headline and a short summary over its own "read more"
    link ("Lire la suite", "mehr...").

    A page that prints such a link twice or more lists other articles; the summary right
    over each link, under a headline (and perhaps its date), is a teaser, and so is its
    headline.  A summary is prose, so without this a stream of them outweighs a short
    article beside it.  Not a teaser: the first prose of the page (a brief, a paywalled
    lead over "Continue reading"), a section whose heading (or its time) stands right
    under the article's prose, nor the next one under such a section's link (an
    explainer's sections, each over its own "Read more").  A stream that prints each
    teaser's date under its summary instead of a link is read the same way, its date
    lines standing for the links (:func:`_dates_under_summaries`).
    """
    links = [
        i
        for i, (key, n) in enumerate(zip(doc.keys, doc.key_words, strict=True))
        if read_more and n <= _LINK_WORDS and key and key.strip(_LINK_ORNAMENT) in read_more
    ]
    if len(links) < 2:
        links = []
    # A stream without links prints each teaser's date under its summary ("Publié le 2
    # août"): a date line under prose plays the link's part, three times or more.
    dated = _dates_under_summaries(doc)
    links = sorted({*links, *dated})
    if not links:
        return
    sections: set[int] = set()  # links that close one of the article's own sections
    leads: set[int] = set()  # links under the page's first prose
    # (a summary marked below always has free prose above it, so this stays the first)
    first_prose = next((k for k in range(len(doc.texts)) if doc.prose[k] and doc.free(k)), None)
    for i in links:
        summary = doc.above(i)
        if summary is None or not doc.prose[summary] or not doc.free(summary):
            continue
        head = doc.above(summary)
        if head is not None and doc.reason[head] == "dateline":
            head = doc.above(head)  # (the teaser's date under its headline)
        if head is None or not doc.free(head) or doc.prose[head] or not _is_headline(doc, head):
            continue  # (no headline over it: an article's paragraph over "Continue reading")
        before = doc.above(head)
        timed = False
        if (
            i not in dated
            and before is not None
            and (
                doc.reason[before] == "dateline"
                or (doc.words[before] <= 2 and _stamp(doc.texts[before], months))
            )
        ):
            timed, before = True, doc.above(before)  # (a live blog's time over the heading)
        if before is None or first_prose is None or first_prose >= head:
            leads.add(i)
            continue  # (the page's first prose: a brief, a paywalled lead)
        if (
            (doc.prose[before] and doc.free(before))
            or before in sections
            or (timed and before in leads)  # (a live blog's next post)
        ):
            sections.add(i)
            continue
        doc.mark(i, "related-list")
        doc.mark(summary, "related-list")
        doc.mark(head, "related-list")


#: What stands over the first teaser of a stream whose dates come under its summaries:
#: what ends an article (its share bar, a "related" or "latest news" label and its
#: list, its tags), never its prose, an ad, a caption or a time (a live blog's).
_STREAM_OPENERS = frozenset({"share-widget", "related-list", "tag-list", "newsletter"})


def _dates_under_summaries(doc: _Doc) -> set[int]:
    """The date lines of a stream of teasers that prints each date under its summary, or
    none: three or more date lines under prose, the first under a summary whose headline
    comes right after what ends an article (:data:`_STREAM_OPENERS`).  An article's own
    dated sections ("Updated 3 May" under each) follow its prose, an ad or a caption; a
    live blog prints each post's time over its heading."""
    dated = [
        i
        for i, reason in enumerate(doc.reason)
        if reason == "dateline" and (above := doc.above(i)) is not None and doc.prose[above]
    ]
    if len(dated) < _DATED_TEASERS:
        return set()
    summary = doc.above(dated[0])
    head = doc.above(summary) if summary is not None else None
    over = doc.above(head) if head is not None else None
    if over is None or doc.reason[over] not in _STREAM_OPENERS:
        # (an article's own dated sections: after its prose, an ad, a caption or a label)
        return set()
    return set(dated)


def _subheading_after(doc: _Doc, marker: int, k: int, own: bool) -> bool:
    """Whether block ``k``, a short line taken as a teaser after the related marker at
    ``marker``, stands apart from the teasers: the marker carried its own link and no
    teaser came between, or every teaser between is a headline longer than any
    subheading (a box of short teaser headlines ends with one more of them)."""
    teasers = _teasers_between(doc, marker, k)
    if not teasers:
        return own
    return all(doc.words[m] > _SUBHEADING_WORDS for m in teasers)


def _carries_link(text: str) -> bool:
    """Whether a related marker's line holds its link's headline after a colon or a bar
    ("Lire aussi : Dans le Bocage, un commerce sur cinq a fermé", "Also Read | …")."""
    for mark in (":", "|"):
        _, found, rest = text.partition(mark)
        if found and len(rest.split()) >= 3:
            return True
    return False


#: Blocks after a headline under its cut copy where the article's first prose is looked for.
_CUT_COPY_REACH = 4


def _cut_copy_follows(doc: _Doc, i: int) -> bool:
    """Whether the next line starts with block ``i`` cut short ("Civic Body Suspends 3
    Engineers After First..." over the whole headline), and prose follows it."""
    texts = doc.texts
    nxt = doc.below(i)
    stem = doc.keys[i].rstrip(". …")
    if nxt is None or len(stem) <= 10 or not doc.keys[nxt].startswith(stem):
        return False
    # (and the article under it: prose within a few lines, not more teasers of a box that
    # printed one of them twice)
    return any(doc.prose[k] for k in range(nxt + 1, min(len(texts), nxt + 1 + _CUT_COPY_REACH)))


def _is_headline(doc: _Doc, i: int) -> bool:
    n = doc.words[i]
    stripped = doc.texts[i].rstrip()
    return (2 <= n <= 30 and not stripped.endswith((".", ":", ",", ";"))) or bool(
        _TRUNCATED.search(stripped)
    )


def _tokens(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _breadcrumbs(texts: Sequence[str], candidates: Sequence[int]) -> list[int]:
    """The truncated candidates ``i`` that repeat the start of some other candidate ``j``
    (after up to three section words; the cut last word may be a prefix of ``j``'s word).

    Without comparing every pair (a page of thousands of teasers ending in "..." took
    minutes): the candidates' token sequences go into one trie, each node remembering two
    of the candidates that pass through it, and each truncated line walks it once per
    skipped section word.  Time and memory grow with the number of tokens.
    """
    truncated = [i for i in candidates if _TRUNCATED.search(texts[i])]
    if not truncated:
        return []
    tokens = {j: _tokens(texts[j]) for j in candidates}
    trie = _TokenTrie()
    for j in candidates:
        trie.add(tokens[j], j)
    found = []
    for i in truncated:
        crumb = tokens[i]
        for skip in range(4):
            rest = crumb[skip:]
            if len(rest) < 3:
                break
            node = trie.find(rest[:-1])
            if node is not None and trie.another_below(node, rest[-1], i):
                found.append(i)
                break
    return found


class _TokenTrie:
    """Token sequences sharing prefixes; node 0 is the root."""

    def __init__(self) -> None:
        self.child: dict[tuple[int, str], int] = {}
        self.tokens: list[list[str]] = [[]]  # each node's child tokens
        self.owners: list[list[int]] = [[]]  # two of the sequences through each node
        self._sorted: dict[int, list[str]] = {}

    def add(self, sequence: Sequence[str], owner: int) -> None:
        node = 0
        for token in sequence:
            nxt = self.child.get((node, token))
            if nxt is None:
                nxt = self.child[node, token] = len(self.tokens)
                self.tokens[node].append(token)
                self.tokens.append([])
                self.owners.append([])
            node = nxt
            if len(self.owners[node]) < 2:
                self.owners[node].append(owner)

    def find(self, sequence: Sequence[str]) -> int | None:
        node = 0
        for token in sequence:
            nxt = self.child.get((node, token))
            if nxt is None:
                return None
            node = nxt
        return node

    def another_below(self, node: int, start: str, owner: int) -> bool:
        """Whether a child token of *node* starts with *start* and a sequence other than
        *owner*'s passes through it.

        Those tokens are one run of the sorted child tokens; *owner* passes through one
        child at most, so the first two of the run decide.
        """
        tokens = self._sorted.get(node)
        if tokens is None:
            tokens = self._sorted[node] = sorted(self.tokens[node])
        lo = bisect.bisect_left(tokens, start)
        return any(
            token.startswith(start)
            and any(j != owner for j in self.owners[self.child[node, token]])
            for token in tokens[lo : lo + 2]
        )


class _Doc:
    """One document's blocks with what every rule asks of them, computed once per block,
    and the labels decided so far (frozen into a :class:`Stripped` at the end)."""

    __slots__ = ("chrome", "key_words", "keys", "prose", "reason", "splits", "texts", "words")

    def __init__(self, texts: Sequence[str], chrome: Sequence[bool]) -> None:
        self.texts = texts
        self.chrome = chrome
        pairs = [key_and_split(t) for t in texts]
        self.keys = [key for key, _ in pairs]
        #: ``len(text.split())`` of every block
        self.splits = [n for _, n in pairs]
        #: the words of every key, counted once for the lexicon matchers that all ask it
        self.key_words = [key.count(" ") + 1 for key in self.keys]
        # (the cheap cases of _words and _is_prose inline: this runs for every block)
        self.words = [
            n if t.isascii() or not _ANY_UNSPACED.search(t) else _words(t, n)
            for t, n in zip(texts, self.splits, strict=True)
        ]
        self.prose = [
            n >= 25 or (n >= 8 and _is_prose(t, n)) for t, n in zip(texts, self.words, strict=True)
        ]
        self.reason: list[str | None] = [None] * len(texts)

    def free(self, i: int) -> bool:
        return self.reason[i] is None

    def mark(self, i: int, reason: str) -> None:
        if self.reason[i] is None:
            self.reason[i] = reason

    def above(self, i: int) -> int | None:
        """The nearest non-empty block before block ``i``, or None."""
        return next((k for k in range(i - 1, -1, -1) if self.texts[k]), None)

    def below(self, i: int) -> int | None:
        """The nearest non-empty block after block ``i``, or None."""
        return next((k for k in range(i + 1, len(self.texts)) if self.texts[k]), None)


_DATELINE = ("dateline-prefix",)
_BYLINE = ("byline-prefix",)
_SOURCE_CREDIT = ("source-credit-prefix",)


class _Cues:
    """A lexicon's cue rules, as the shape rules ask for them, looked up once per document."""

    __slots__ = (
        "byline",
        "byline_words",
        "dateline",
        "longest_marker",
        "markers",
        "months",
        "read_more",
        "source_credit",
        "tag_labels",
    )

    def __init__(self, lexicon: Lexicon) -> None:
        self.byline_words = lexicon.phrases("byline-prefix")
        self.dateline = lexicon._matcher(_DATELINE)
        self.byline = lexicon._matcher(_BYLINE)
        self.source_credit = lexicon._matcher(_SOURCE_CREDIT)
        self.markers = lexicon.phrase_re("photo-credit-marker")
        self.longest_marker = lexicon._longest_phrase("photo-credit-marker")
        self.months = lexicon.phrase_set("month-name")
        self.tag_labels = lexicon.phrase_set("tag-label")
        self.read_more = lexicon.phrase_set("read-more")


def _shape_rule(doc: _Doc, i: int, cues: _Cues) -> str | None:
    """Metadata and furniture recognised by shape rather than by a fixed phrase."""
    text, key, n, n_key = doc.texts[i], doc.keys[i], doc.words[i], doc.key_words[i]
    # (tags average three words at most: most prose is refused by counting alone, its
    # commas first, a quicker count than that of the separators, of which there are no more)
    if (
        n >= 5
        and 3 * text.count(",") + 4 >= n
        and 3 * text.count(", ") + 4 >= n
        and _tag_list(text, cues.tag_labels)
    ):
        return "tag-list"
    if n > 45:  # every shape below is a short block
        return None if _LETTER.search(text) else "non-text"
    if n <= 16 and (_IMAGE_SIZE.match(text) or _IMAGE_EXTENSION.search(text)):
        return "image-file"
    if (
        n <= 14
        and not doc.prose[i]
        and _DIGIT.search(text)  # every date hint has a digit: a quick scan first
        and (_date_hint(text) or _month_date(text, cues.months))
        and (cues.dateline.decide(text, key, n_key) or n <= 6 or _YEAR_OR_TIME.search(text))
    ):
        return "dateline"
    if not _LETTER.search(text):
        return "non-text"
    if (
        n <= 30
        and not text.rstrip().endswith((".", "!", "?", "。"))
        and cues.byline.decide(text, key, n_key)
        and _looks_like_byline(text, cues.byline_words)
    ):
        return "byline"
    if n <= 20 and cues.source_credit.decide(text, key, n_key):
        return "source-credit"
    if _has_credit(key, cues):
        return "photo-credit"
    # (length-guarded: the credit pattern can start at every hyphen of a long unspaced block)
    # (every credit chain has a slash: a quick test first)
    if (
        n <= 40
        and len(text) <= 400
        and not doc.prose[i]
        and "/" in text
        and _SLASH_CREDIT.search(text)
    ):
        return "photo-credit"
    return None


def _date_hint(text: str) -> bool:
    """Whether ``_DATE_HINT`` finds a date in *text*, quick tests first: a numeric date has a
    digit right before a full stop, a slash or a hyphen, any other date a month's name
    (case-folded, as the pattern ignores case: the long s of "ſep" folds to "s").  The
    pattern tries every position of the text, many times slower than these tests."""
    # (the separators first: three quick scans, where the digit pattern tests every character)
    separator = "." in text or "/" in text or "-" in text
    numeric = separator and _DIGIT_SEPARATOR.search(text) is not None
    if not numeric and _MONTH_STEM.search(text.casefold()) is None:
        return False
    return _DATE_HINT.search(text) is not None


#: A lead's dateline: a place in capitals and a dash ("KASSEL –"), or a place and an
#: agency in brackets ("Kassel (dpa) –"): a news lead, never a caption.
_AGENCY_LEDE = re.compile(
    r"[A-ZÀ-Þ][\w'’. /-]{1,40}?\s*\([\w/ .,-]{2,20}\)\s*\.?\s*[–—-]"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ'’. /-]{2,40}(?:,[^–—-]{1,30})?\s+[–—-]\s"
)
#: Most words of a caption under its label ("Image caption,").
_CAPTION_WORDS = 30
#: Most words of a sentence over a bare credit, where the text opens, taken for the
#: photo's caption: a news lead over the credit of a photo placed after it is often
#: longer (a review found ledes of 22 to 28 words; written pages' captions run to 30).
_OPENING_CAPTION_WORDS = 20


def _menu_entry(doc: _Doc, i: int) -> bool:
    """Whether block ``i``, one word, stands between short lines: an entry of a menu or a
    breadcrumb trail, printed one per line ("Nachrichten" between "Startseite" and
    "Region"), not the heading of a box of teasers ("Related links" over "Lab website")."""
    if doc.words[i] != 1:
        return False
    before = doc.above(i)
    after = doc.below(i)
    return (
        before is not None
        and after is not None
        and all(doc.words[k] <= _SHORT_LINE_WORDS and not doc.prose[k] for k in (before, after))
        # (not a box's heading after a share button, nor one over a teaser and its summary)
        and all(doc.reason[k] in (None, "page-chrome") for k in (before, after))
        and not (after + 1 < len(doc.texts) and doc.prose[after + 1])
    )


#: Teasers without a summary after which a related box's teasers have none.
_BARE_TEASERS = 2


def _teasers_between(doc: _Doc, marker: int, k: int) -> list[int]:
    """The teaser lines between the related marker at ``marker`` and block ``k`` (while the
    teaser loop reads a box, all of them bare: a summary stops the count being asked)."""
    return [m for m in range(marker + 1, k) if doc.texts[m] and doc.reason[m] == "related-list"]


def _teaser_follows(doc: _Doc, k: int, furniture: Sequence[str | None]) -> bool:
    """Whether a teaser starts at block ``k``: a headline line, then short prose."""
    return (
        k + 1 < len(doc.texts)
        and not doc.prose[k]
        and furniture[k] is None
        and _is_headline(doc, k)
        and doc.prose[k + 1]
        and doc.words[k + 1] <= _TEASER_WORDS
    )


def _looks_like_byline(text: str, byline_words: Sequence[str]) -> bool:
    """A byline word then a name: "By Jane Doe", "Por Agencia EFE", "Author: Jane Doe"."""
    stripped = unicodedata.normalize("NFKC", text).lstrip(" \t-–—•·|(")
    low = stripped.casefold()
    for phrase in byline_words:
        if low.startswith(phrase):
            rest = stripped[len(phrase) :].lstrip(" \u00a0:")
            return bool(rest) and (rest[0].isupper() or not rest[0].isalpha())
    return False


# A lone letter and its full stop inside a name: "J. Scott", "A.B."
_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\.(?=\s*[^\W\d_])")

#: Most words a photo credit may have after its marker.
_CREDIT_TAIL = 8


def _has_credit(key: str, cues: _Cues) -> bool:
    """A photo-credit marker followed by a short credit ("… Copyright Credit: AP")."""
    markers = cues.markers
    if markers is None:
        return False
    # Only a marker followed by a few words counts, so a longer block is first searched from
    # just before its last words: no marker there, no credit.  (A strict pre-filter: the key
    # is single-spaced, so a marker ending before the end of the word ahead of the last
    # _CREDIT_TAIL leaves a longer tail, that word's end at least; the scan decides.)
    parts = key.rsplit(" ", _CREDIT_TAIL)
    if len(parts) == _CREDIT_TAIL + 1:
        start = len(parts[0]) - cues.longest_marker
        if not markers.search(key, max(start, 0)):
            return False
    for m in markers.finditer(key):
        i = m.start()
        if i > 0 and key[i - 1].isalnum():
            continue
        tail = key[m.end() :]
        # an initial's full stop ("ap photo/j. scott applewhite") ends no sentence
        tail = _INITIAL.sub(r"\1", tail)
        if len(tail.split()) <= _CREDIT_TAIL and not _SENTENCE_END.search(tail.rstrip(". ")):
            return True
    return False


_SHORT_SENTENCE = 8
#: Most words of a teaser's summary under its headline in a list of related articles.
_TEASER_WORDS = 60
#: Most words of an article's subheading (a teaser's headline is longer).
_SUBHEADING_WORDS = 6
#: Words of prose above a related marker that make its teasers' summaries furniture.
_ARTICLE_BEFORE_TEASERS = 80
_BARE_BYLINE = frozenset({"by", "written by", "von", "por", "par", "di", "автор"})
_EDGE_REASONS = frozenset(
    {"share-widget", "comment-prompt", "related-list", "dateline", "newsletter", "tag-list"}
)


#: Labelled blocks that sit inside or at the top of an article (its headline, byline,
#: dateline, captions and credits) and so score nothing in the main-text search.
_NEUTRAL_REASONS = frozenset(
    {"empty", "title", "byline", "dateline", "photo-credit", "caption", "source-credit"}
)
#: What any other furniture inside a run costs it: menus and link lines between teasers
#: keep the main text from stretching over them (4 is the most that cut no article text
#: on the dev and held-out pages; 6 and more lost held-out body text).
_FURNITURE_COST = 4.0

#: What a list item costs a run (a recipe's ingredients, an agenda's points).
_ITEM_COST = 0.5
#: Most words of a list item that opens with a number and costs the run little.
_SHORT_ITEM_WORDS = 6

#: A run scoring this much is an article in its own right (a few paragraphs of prose).
_ARTICLE_BEFORE_COMMENTS = 60.0
#: A run scoring this much before "About the author" is the article the box closes (an
#: author box above the text, under the headline, follows no such run).
_ARTICLE_BEFORE_BIO = 30.0
#: Most words of a comment's stamp line (its author, date and time, "Reply").
_COMMENT_STAMP_WORDS = 12


def _stamp(text: str, months: frozenset[str]) -> bool:
    """A time of day or a whole date (not a bare year: a timeline's "1932 – Bridge opens")."""
    return _DIGIT.search(text) is not None and (
        _NUMERIC_DATE.search(text) is not None or _month_date(text, months)
    )


#: Most words and paragraphs of prose under an author box's heading that can be a bio:
#: more is the article going on under a subheading ("L'auteur" in a book review).
_BIO_WORDS = 80
_BIO_PARAGRAPHS = 2


def _bio_follows(doc: _Doc, i: int, *, lines: int | None = None) -> bool:
    """Whether what follows the author box's heading at ``i``, up to the next furniture,
    is short enough to be a bio (a name, a sentence or two about them), in at most
    *lines* lines when given (a menu's "About me" entry heads no bio)."""
    words = paragraphs = blocks = 0
    for k in range(i + 1, len(doc.texts)):
        if doc.reason[k] not in (None, "empty"):
            break
        if doc.texts[k]:
            blocks += 1
        if doc.prose[k]:
            words += doc.words[k]
            paragraphs += 1
        if (
            words > _BIO_WORDS
            or paragraphs > _BIO_PARAGRAPHS
            or (lines is not None and blocks > lines)
        ):
            return False
    return blocks > 0


def _beside_share(doc: _Doc, i: int) -> bool:
    """Whether a share widget is the block next to ``i`` (a comment count in a share bar)."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(doc.texts) and not doc.texts[k]:
            k += step
        if 0 <= k < len(doc.texts) and doc.reason[k] == "share-widget":
            return True
    return False


def _comments_follow(doc: _Doc, i: int, months: frozenset[str]) -> bool:
    """Whether a comment thread's furniture follows the prompt at ``i``: among the next
    eight blocks, two or more short lines (a reader's name, a time, "Reply") or prompts,
    as a mid-article "Join the conversation" button is not followed by.

    A reader's name printed again and again is such a line too, and so is a short line
    with a time or a whole date ("19. Juni 2018 um 15:28 Uhr - Antworten"), whatever the
    language of its month.
    """
    seen = 0
    for k in range(i + 1, min(len(doc.texts), i + 9)):
        reason = doc.reason[k]
        n = doc.words[k]
        if reason in ("comment-prompt", "dateline") or (
            (reason is None or reason == "duplicate")
            and not doc.prose[k]
            and (0 < n <= 4 or (n <= _COMMENT_STAMP_WORDS and _stamp(doc.texts[k], months)))
        ):
            seen += 1
    return seen >= 2


#: How a list item may end ("… (30 mins)", "… verarbeiten.", "Zutaten:").
_ITEM_ENDS = (".", ")", ":", ";", "!", "?")


def _list_item(doc: _Doc, i: int) -> bool:
    """A list item: three words or more, one in lower case, with a number or closing
    punctuation ("Two or three 10-15 min lightning talks (30 mins)", "200 g Zucker fein
    gemahlen"); not a menu's Title Case links nor a teaser's headline."""
    t = doc.texts[i].rstrip()
    return (
        3 <= doc.words[i] <= 20
        and any(w[:1].islower() for w in t.split()[1:])
        and (_DIGIT.search(t) is not None or t.endswith(_ITEM_ENDS))
    )


def _cheap_item(text: str, n: int) -> bool:
    """A list item that costs the main text little: one with closing punctuation, or a short
    one that opens with a number ("250 g Mehl"); not a teaser headline with a number in it
    ("Five ways to save 100 dollars this winter")."""
    return text.rstrip().endswith(_ITEM_ENDS) or (text[:1].isdigit() and n <= _SHORT_ITEM_WORDS)


def _numbered_item(doc: _Doc, k: int) -> bool:
    """Whether block ``k`` is a free list item that opens with a number ("250 g Mehl");
    a labelled block such as "5 min read" is none."""
    return (
        0 <= k < len(doc.texts)
        and doc.free(k)
        and doc.texts[k][:1].isdigit()
        and (
            _list_item(doc, k)
            # (a quantity and a noun, capitalised in German: "1 TL Zimt", "1 Prise Salz", "1 Ei")
            or (2 <= doc.words[k] <= _SHORT_ITEM_WORDS and not doc.prose[k])
        )
    )


def _in_list(doc: _Doc, i: int) -> bool:
    """Whether block ``i`` is a numbered list item next to another one ("250 g Mehl", "1 TL
    Zimt"): an ingredient or a numbered point, never the headline ("Tigers stun No. 4
    Wildcats" above a short lead is no list)."""
    return _numbered_item(doc, i) and (_numbered_item(doc, i - 1) or _numbered_item(doc, i + 1))


#: A time of day ending an article's date stamp ("…, 19:45 Uhr", "… 5.00").
_STAMP_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
#: A numeric date with its year ("20.05.2024", "5/31/12"), not a time alone.
_FULL_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def _second_header(doc: _Doc, i: int, months: frozenset[str]) -> bool:
    """Whether the date line at block ``i``, with a day's date (not a live blog's time
    alone), sits between a headline and prose ("Marktgemeinderat: Freibad-Eintritt steigt
    um 50 Cent", "Erstellt: 20.05.2024, 19:45 Uhr", then the text): another article's
    header."""
    text = doc.texts[i]
    if _FULL_DATE.search(text) is None and not _month_date(text, months):
        return False
    if _STAMP_TIME.search(text[-12:]) is None and ":" not in text:
        return False  # (a timeline's bare date, not an article's stamp: a time, a "Stand:")
    before = doc.above(i)
    after = doc.below(i)
    return (
        doc.words[i] <= _DATE_LINE_WORDS + 2
        and before is not None
        and after is not None
        and doc.reason[before] in (None, "duplicate")
        and not doc.prose[before]
        and doc.words[before] >= _STANDFIRST_WORDS
        and _is_headline(doc, before)
        and "http" not in doc.texts[before]  # (an embedded post: its text, its author's date)
        and doc.reason[after] is None
        and doc.prose[after]
    )


def _main_span(doc: _Doc, months: frozenset[str]) -> tuple[int, int] | None:
    """The densest run of prose among unlabelled blocks, as ``(first, last)`` indices.

    Maximum-sum contiguous run (Kadane) where a prose block scores its words beyond a
    short sentence's worth (so lists of one-line teasers do not add up to an article) and any
    other free block scores against, more so when the markup placed it in page chrome.
    Furniture that marks the edges of an article (share bars, comment prompts, related
    lists, datelines) scores against it most; other furniture against it a little; the
    article's own labelled blocks (headline, byline, captions) score nothing. A comment
    prompt after an article's worth of prose, with a thread's furniture after it, ends the
    search: readers' comments are prose too, and they follow the article.  So does an
    author box's heading ("About the author") there.
    """
    best, best_span = 0.0, None
    run, run_start = 0.0, None
    boxed = False  # (a related box since the last prose)
    for i, reason in enumerate(doc.reason):
        if reason == "related-list":
            boxed = True
        elif reason is None and doc.prose[i]:
            boxed = False
        if reason is not None:
            if (
                reason == "comment-prompt"
                and run > _ARTICLE_BEFORE_COMMENTS
                and _comments_follow(doc, i, months)
                # (not a comment counter in a share bar: "Share | Tweet | Comments (245)")
                and not (_DIGIT.search(doc.texts[i]) and _beside_share(doc, i))
            ):
                # an article's worth of prose, then a comment prompt and a thread (names,
                # times, "Reply"): what follows is readers' comments, however much prose
                # they hold
                break
            elif (
                reason == "dateline"
                and run_start is not None
                and boxed
                and _second_header(doc, i, months)
            ):
                # another headline over its date line and its text, after a related box:
                # the next article of a page that prints several, or the article after a
                # stream of teasers (not a live blog's next post). The run splits there;
                # the denser side wins.
                run, run_start = 0.0, None
            elif reason == "author-bio" and run > _ARTICLE_BEFORE_BIO and _bio_follows(doc, i):
                # "About the author" after an article's worth of prose: the author's box
                # (a name, a bio, the author's other posts) closes the article
                break
            elif reason in _EDGE_REASONS and run_start is not None:
                run -= 6.0
            elif reason not in _NEUTRAL_REASONS and run_start is not None:
                run -= _FURNITURE_COST
            continue
        n = doc.words[i]
        if doc.chrome[i]:
            score = -(2.0 + n)
        elif doc.prose[i]:
            score = float(n - _SHORT_SENTENCE)
        elif _list_item(doc, i) and _cheap_item(doc.texts[i], n):
            score = -_ITEM_COST
        else:
            score = -(1.0 + 0.3 * n)
        if run_start is None or run <= 0:
            run, run_start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def strip_boilerplate(
    blocks: Sequence[Block | str],
    *,
    lexicon: Lexicon | None = None,
    hints: Mapping[str, str] | None = None,
) -> Stripped:
    """Decide, block by block, what is article body and what is furniture.

    Args:
        blocks: the document's blocks in order (from a loader), or plain strings.
        lexicon: furniture phrases; defaults to every shipped language's lexicon.
        hints: markup metadata; ``hints["title"]`` helps find the headline.

    Returns:
        The kept blocks, every removed block with its rule, and the title.

    Example:
        >>> s = strip_boilerplate(["A headline here", "Share this article",
        ...                        "The council voted on Monday to close the old bridge for repairs."])
        >>> s.title, [r.reason for r in s.removed]
        ('A headline here', ['title', 'share-widget'])
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    texts = [(b if isinstance(b, str) else b.text).strip() for b in blocks]
    chrome = [False if isinstance(b, str) else b.chrome for b in blocks]
    doc = _Doc(texts, chrome)
    keys, prose = doc.keys, doc.prose
    cues = _Cues(lex)
    furniture = lex._first_matches(texts, keys, doc.splits, doc.key_words, _CUE_RULES)

    for i, text in enumerate(texts):
        if not text:
            doc.mark(i, "empty")
            continue
        rule = furniture[i]
        if rule == "related-marker" and _menu_entry(doc, i):
            continue  # ("Startseite / Nachrichten / Region": a section's name in a menu)
        if rule == "related-marker":
            doc.mark(i, "related-list")
            j = i + 1
            summaries = 0
            # ("Lire aussi : <a headline>": the marker carries its one link)
            own = _carries_link(text)
            while j < len(texts):
                if not prose[j]:
                    if _TRUNCATED.search(texts[j]) and _cut_copy_follows(doc, j):
                        break  # a breadcrumb's cut headline over the headline: no teasers
                    if doc.free(j) and _is_headline(doc, j) and furniture[j] is None:
                        doc.mark(j, "related-list")
                    elif furniture[j] is None and texts[j]:
                        break
                elif (
                    # a teaser's summary: short prose right under a teaser headline (no
                    # question: an interview's or an explainer's), followed by no prose, when
                    # two more teasers (headline and short summary) follow or one came before
                    # (an article's subheading and paragraph after a related link are one pair)
                    doc.reason[j - 1] == "related-list"
                    and j - 1 != i
                    and not prose[j - 1]
                    and doc.words[j] <= _TEASER_WORDS
                    and (j + 1 == len(texts) or not prose[j + 1])
                    and (
                        summaries
                        or (
                            # (a box's teasers are alike: after two bare ones, a line over
                            # prose is the article's subheading, not a teaser with a summary)
                            len(_teasers_between(doc, i, j - 1)) < _BARE_TEASERS
                            and _teaser_follows(doc, j + 1, furniture)
                            and _teaser_follows(doc, j + 3, furniture)
                            # (after an article: a live blog's "Latest updates" near the
                            # top heads its posts, which look like teasers)
                            and sum(doc.words[k] for k in range(i) if prose[k])
                            >= _ARTICLE_BEFORE_TEASERS
                        )
                    )
                ):
                    doc.mark(j, "related-list")
                    summaries += 1
                else:
                    # Prose that is no teaser's summary, under a short line taken as a
                    # teaser: that line is the article's subheading over it, when it stands
                    # apart from the teasers (:func:`_subheading_after`; a teaser's headline
                    # is longer: "Warum Instagram-Posts von Influencern nicht automatisch
                    # Werbung sind" before the text goes on is the last teaser).
                    k = j - 1
                    while k > i and not texts[k]:
                        k -= 1
                    if (
                        k > i
                        and furniture[j] is None
                        and doc.reason[k] == "related-list"
                        and not summaries
                        and furniture[k] is None
                        and doc.words[k] <= _SUBHEADING_WORDS
                        and not any(mark in texts[k] for mark in ":|")  # ("Watch: …": a link)
                        and _subheading_after(doc, i, k, own)
                    ):
                        doc.reason[k] = None
                    break
                j += 1
            continue
        if rule == "caption-label":
            # ("Image caption," alone on its line: the caption is the next block)
            doc.mark(i, "caption")
            under = doc.below(i)
            if (
                under is not None
                and furniture[under] is None
                and doc.words[under] <= _CAPTION_WORDS
            ):
                doc.mark(under, "caption")
            continue
        if rule is not None:
            doc.mark(i, rule)
            continue
        shape = _shape_rule(doc, i, cues)
        if shape is not None:
            doc.mark(i, shape)

    # An author box ("About the author", "About me" and a line or two about them): the
    # bio is furniture before the main text is looked for, so that a blog's profile
    # never outweighs a short post.
    for i, label in enumerate(doc.reason):
        if label == "author-bio" and _bio_follows(doc, i, lines=_BIO_BLOCKS):
            _mark_bio_lines(doc, i)
    # A split byline: "By:" alone, the name on the next line.
    for i in range(len(texts) - 1):
        if keys[i] in _BARE_BYLINE and doc.free(i + 1) and doc.words[i + 1] <= 6:
            doc.mark(i, "byline")
            doc.mark(i + 1, "byline")
    # Lines printed three times or more (gallery titles, "Hide caption") are furniture.
    counts = collections.Counter(keys)
    for i, key in enumerate(keys):
        if counts[key] >= 3 and doc.free(i) and not prose[i]:
            doc.mark(i, "duplicate")
    # A caption printed twice, the second time with its credit appended.
    for i in range(len(texts) - 1):
        nxt = keys[i + 1]
        key = keys[i]
        if doc.reason[i + 1] == "photo-credit" and doc.free(i) and key and nxt.startswith(key):
            doc.mark(i, "caption")

    _mark_gallery(doc)
    _mark_teasers(doc, cues.read_more, cues.months)

    span = _main_span(doc, cues.months)
    if (
        span is not None
        and span[1] > span[0] + 1
        and doc.words[span[0]] <= _OPENING_CAPTION_WORDS
        and _over_bare_credit(doc, span[0], cues.markers)
        and not _AGENCY_LEDE.match(texts[span[0]])
    ):
        # the text opens with a line over a photo's bare credit ("Foto: …", not "Pumps at
        # dusk. Photo: …", a caption with its credit under a standfirst): that line is the
        # photo's caption
        doc.mark(span[0], "caption")
        span = (span[0] + 2, span[1])
    body_start = span[0] if span else len(texts)

    title = _find_title(doc, body_start, hints or {}, cues.months, cues.markers)
    if span is not None:
        first, last = _widen(doc, span)
        first = _standfirst(doc, first)
        _mark_bio_box(doc, last)
        for i in (*range(first), *range(last + 1, len(texts))):
            doc.mark(i, "page-chrome")
        _mark_bio(doc, last)
    # Repeats inside the body: the first copy stays, later ones go (a lead paragraph
    # printed twice, a pull quote).  Copies outside the body are page chrome already.
    seen: set[str] = set()
    reason = doc.reason
    for i, key in enumerate(keys):
        if reason[i] is None:
            if key in seen:
                reason[i] = "duplicate"
            seen.add(key)

    non_empty = [i for i, text in enumerate(texts) if text]
    if (
        len(non_empty) == 1
        and doc.reason[non_empty[0]] == "title"
        and doc.words[non_empty[0]] >= _SHORT_SENTENCE
    ):
        # A document of one sentence-long line without a final stop ("Officials said the
        # talks would resume"): that line is its text, not a headline over nothing.
        doc.reason[non_empty[0]] = None
        title = _title_from_hint((hints or {}).get("title"))
    kept = tuple((i, t) for i, t in enumerate(texts) if reason[i] is None)
    removed = tuple(
        Removed(text=t, reason=r, where=i)
        for i, (t, r) in enumerate(zip(texts, doc.reason, strict=True))
        if r is not None
    )
    return Stripped(kept=kept, removed=removed, title=title)


#: Lexicon rules that are cues for shape rules rather than furniture to remove on sight.
_CUE_RULES = frozenset(
    {
        "byline-prefix",
        "source-credit-prefix",
        "photo-credit-marker",
        "dateline-prefix",
        "bio-role",
        "month-name",
        "tag-label",
        "read-more",
    }
)


def _find_title(
    doc: _Doc,
    body_start: int,
    hints: Mapping[str, str],
    months: frozenset[str],
    markers: re.Pattern[str] | None = None,
) -> str | None:
    """Headline: the markup's title (the block repeating it, if any), else the longest headline
    line shortly before the body."""
    texts = doc.texts
    hint = hints.get("title")
    if hint:
        hint_key = match_key(hint)
        for i, key in enumerate(doc.keys):
            if key and (key == hint_key or (hint_key.startswith(key) and doc.words[i] >= 3)):
                doc.reason[i] = "title"
                _mark_repeats(doc, i)
                return texts[i]
        return _title_from_hint(hint)
    # (a line printed three times or more may be the headline: in the page's own title,
    # its breadcrumb trail and above the text)
    end = min(body_start, len(texts))
    # (the last unlabelled line before the text: a one-word headline is none before it)
    last_free = next((k for k in range(end - 1, -1, -1) if texts[k] and doc.free(k)), -1)
    candidates = [
        i
        for i in range(end)
        if _open_for_title(doc, i)
        and (
            _is_headline(doc, i)
            or (i >= last_free and _one_word_headline(doc, i))
            or _sentence_headline(doc, i, months)
        )
        and not _in_list(doc, i)
    ]
    if (
        not candidates
        and body_start < len(texts)
        and _is_headline(doc, body_start)
        and not doc.prose[body_start]
    ):
        candidates = [body_start]
    for i in _breadcrumbs(texts, candidates):
        doc.mark(i, "breadcrumb-title")
    remaining = [
        i for i in candidates if _open_for_title(doc, i) and not _TRUNCATED.search(texts[i])
    ]
    # (a date line or a list of categories is never the headline, however long; nor,
    # while another line may be, a photo's caption over its bare credit)
    remaining = [k for k in remaining if not _title_meta(texts[k], months)] or remaining
    remaining = [k for k in remaining if not _over_bare_credit(doc, k, markers)] or remaining
    if not remaining:
        return None
    first = remaining[0]
    away = _lines_away(doc, first, end, months)
    i = max(
        remaining,
        key=lambda k: (
            _headline_score(doc, k, away[k - first]) + _BYLINE_BONUS * _over_byline(doc, k, months),
            -k,
        ),
    )
    if doc.words[i] >= _STANDFIRST_WORDS:
        # a headline over its standfirst, a caption or a summary's bullets, none of which
        # moves it away: the first long line of that group (a kicker above it is short)
        i = next(
            k
            for k in remaining
            if k == i
            or (
                away[k - first] - away[i - first] <= _LABELLED_AWAY
                and doc.words[k] >= _STANDFIRST_WORDS
                and not _menu_line(texts[k])
            )
        )
    doc.reason[i] = "title"
    _mark_repeats(doc, i)
    return texts[i]


#: What a line with the article's byline or date just under it gains as the headline.
_BYLINE_BONUS = 4.0
#: How many blocks under a headline its byline or date may be (a deck, a standfirst between).
_BYLINE_REACH = 3


def _over_byline(doc: _Doc, i: int, months: frozenset[str]) -> bool:
    """Whether the article's byline or date line stands within a few blocks under ``i``
    (a headline's deck or standfirst may come between).  Only a line of a headline's length
    gains: a blog prints its date above the headline, under its menu's short entries."""
    if doc.words[i] < _STANDFIRST_WORDS:
        return False
    for k in range(i + 1, min(i + 1 + _BYLINE_REACH, len(doc.texts))):
        if doc.reason[k] in ("byline", "dateline") or (
            doc.words[k] <= _DATE_LINE_WORDS and _stamp(doc.texts[k], months)
        ):
            return True
    return False


#: Most words of a headline written as a sentence with its full stop.
_SENTENCE_HEADLINE_WORDS = 15


def _sentence_headline(doc: _Doc, i: int, months: frozenset[str]) -> bool:
    """A headline written as a sentence, full stop included ("Steve Forbes: Trump is indeed
    a billionaire."): a short line ending in a full stop with the byline or a date line
    just under it."""
    above = doc.above(i)
    return (
        doc.words[i] <= _SENTENCE_HEADLINE_WORDS
        and doc.texts[i].rstrip().endswith(".")
        # (not a standfirst under its short headline)
        and not (above is not None and doc.reason[above] is None and _is_headline(doc, above))
        and _over_byline(doc, i, months)
    )


def _one_word_headline(doc: _Doc, i: int) -> bool:
    """A one-word line ("Mandelplätzchen", "Augenlidstraffung") under a labelled line: a
    page's heading, one word long, when (the caller asks) only labelled lines stand
    between it and the text."""
    above = doc.above(i)
    return (
        doc.words[i] == 1
        and doc.texts[i][:1].isupper()
        and doc.texts[i][-1:].isalpha()
        and (above is None or doc.reason[above] is not None)  # (not a list's or a form's last line)
    )


def _over_bare_credit(doc: _Doc, i: int, markers: re.Pattern[str] | None) -> bool:
    """Whether a photo's bare credit ("Foto: …" starting its line) follows block ``i``."""
    k = i + 1
    return (
        markers is not None
        and k < len(doc.texts)
        and doc.reason[k] == "photo-credit"
        and markers.match(doc.keys[k]) is not None
    )


def _open_for_title(doc: _Doc, i: int) -> bool:
    """Whether block ``i`` may still become the headline: unlabelled, or only repeated."""
    return doc.reason[i] is None or doc.reason[i] == "duplicate"


#: Words of a headline that count for it: past this, a longer line is no likelier one.
_HEADLINE_WORDS = 12
#: Fewest words of a headline that a long line under it (its standfirst) does not beat.
_STANDFIRST_WORDS = 6
#: Most words of a line that moves a headline above it away from the text (a menu entry,
#: a kicker, a section label); a longer one (a standfirst, a caption, a summary's bullet)
#: does not.
_SHORT_LINE_WORDS = 3
#: What a labelled line between a candidate and the text (a share bar, an ad label, page
#: chrome) moves it away.
_LABELLED_AWAY = 0.5
#: A menu's marks, standing alone between its entries ("Home › News", "Politik | Ausland";
#: not the slash of "km/h" or "CDU/CSU").
_MENU_MARKS = "›»|/>•·"
_MENU_MARK = re.compile(rf"(?:^|\s)[{_MENU_MARKS}](?=\s|$)")
#: A part between menu marks this long is a headline's ("Opinion | Why the deal will fail").
_MENU_ENTRY_WORDS = 4
#: Blocks that may stand between the headline and the text without moving it away: its
#: dateline, byline, photo and its credit, and lines the page repeats (labels, menus).
_BESIDE_HEADLINE = frozenset(
    {"dateline", "byline", "photo-credit", "caption", "source-credit", "duplicate"}
)


def _menu_line(text: str) -> bool:
    """Whether ``text`` is menu entries between marks: a trail of two marks or more, or
    short entries either side of one (not a section's label before a headline, "Opinion |
    Why the deal will fail", nor French quotation marks: "« Ici » ou « ailleurs » ?")."""
    if not any(mark in text for mark in _MENU_MARKS):
        return False  # (no mark: a quick test first, as the pattern is tried at every position)
    if "«" in text:
        text = text.replace("»", " ")
    parts = _MENU_MARK.split(text)
    return len(parts) > 2 or (
        len(parts) == 2 and all(len(part.split()) < _MENU_ENTRY_WORDS for part in parts)
    )


def _lines_away(doc: _Doc, first: int, end: int, months: frozenset[str]) -> list[float]:
    """For each block from ``first`` to ``end``, how far lines after it and before ``end``
    (the text) move it from the text: one for each short free line or menu, half for each
    labelled furniture line, nothing for longer free lines (a standfirst, a caption) or the
    article's metadata (its dateline, byline, photo credit, a date line, a repeated line)."""
    away = [0.0] * (end - first + 1)
    count = 0.0
    for k in range(end - 1, first - 1, -1):
        away[k - first] = count
        text = doc.texts[k]
        reason = doc.reason[k]
        if not text or reason in _BESIDE_HEADLINE:
            continue
        if reason is not None:
            # (a share bar's buttons, one line each, are one piece of furniture; a menu's
            # entries are not: a tagline over them is far from the text)
            cost = (
                0.0
                if reason == "share-widget" and k + 1 < end and doc.reason[k + 1] == reason
                else _LABELLED_AWAY
            )
        elif doc.words[k] <= _SHORT_LINE_WORDS or _menu_line(text):
            cost = 1.0
        else:
            continue  # a longer free line: no cost, so no need to ask what it is
        if not _title_meta(text, months):
            count += cost
    return away


def _headline_score(doc: _Doc, i: int, away: float) -> float:
    """How much block ``i`` looks like the headline: its words (up to a dozen), less how
    far other lines move it from the text (:func:`_lines_away`: menus, kickers and labels
    between it and the body), less a dozen for a menu."""
    menu = _menu_line(doc.texts[i])
    return min(doc.words[i], _HEADLINE_WORDS) - away - (_HEADLINE_WORDS if menu else 0)


#: Most words of a date line ("Donnerstag, 31. Mai 2012, 14:05 Uhr").
_DATE_LINE_WORDS = 6

#: A numeric date or a time: "31.05.2012", "5/31/12", "10:55".
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:\d)"
)


def _month_date(text: str, months: frozenset[str]) -> bool:
    """Whether a month of the lexicon stands next to a day's number ("31. Mai", "May 5"), or
    one short word after it ("14 de octubre", "3 de março"); or French "1er" before a month
    in lower case ("Publié le 1er août", not the name "Place du 1er Mai").

    Example:
        >>> months = frozenset({"mai", "octubre"})
        >>> _month_date("Mis à jour le 31 mai", months), _month_date("14 de octubre de 2022", months)
        (True, True)
        >>> _month_date("Publié le 1er mai", months), _month_date("Place du 1er Mai", months)
        (True, False)
        >>> _month_date("Die Wahl im Mai 2024", months)
        False
    """
    words = [w.strip(".,;:()|") for w in text.casefold().split()]
    if months.isdisjoint(words):  # (most lines name no month: one C call says so)
        return False

    def day(k: int) -> bool:
        return 0 <= k < len(words) and words[k].isdigit() and 1 <= int(words[k]) <= 31

    def first(j: int) -> bool:  # "1er août"
        return j >= 1 and words[j - 1] == "1er" and f"1er {words[j]}" in text

    return any(
        word in months
        and (
            day(j - 1)
            or day(j + 1)
            or (j >= 2 and len(words[j - 1]) <= 2 and day(j - 2))
            or first(j)
        )
        for j, word in enumerate(words)
    )


def _tag_list(text: str, labels: frozenset[str]) -> bool:
    """A list of tags or keywords: five or more comma-separated items of at most three
    words each and no digit, after no label or a label of the lexicon ("Schlagwörter :
    abnehmen, Blog, …"), not ending a sentence.  (A points table, an election result, a
    squad or a list of names in minutes are other lists: they have digits or other labels.)

    Example:
        >>> labels = frozenset({"tags"})
        >>> _tag_list("Tags: Amazon, Big Data, Chatbots, digitale Assistenten, Google", labels)
        True
        >>> _tag_list("They visited Paris, Rome, Berlin, Vienna, Prague and then Madrid.", labels)
        False
        >>> _tag_list("Marston 34, Kelby 31, Ashby 30, Hollins 28, Upper Wick 25", labels)
        False
        >>> _tag_list("Apologies: Gus Hart, Ann Lee, Bo Ray, Cy Dunn, Di Oz", labels)
        False
    """
    if text.rstrip().endswith((".", "!", "?", "。")) or _DIGIT.search(text) is not None:
        return False
    parts = text.split(", ")
    label, colon, rest = parts[0].rpartition(":")
    if colon:
        if label.strip(" -–—").casefold() not in labels:
            return False
        parts[0] = rest
    return len(parts) >= 5 and _short_parts(parts)


#: A duration alone ("2 Min", "4 mins."): never a headline.
_DURATION = re.compile(r"\d{1,3}\s*(?:min|mins|minutes?|minuten?)\.?", re.IGNORECASE)


def _title_meta(text: str, months: frozenset[str]) -> bool:
    """A line that is a date or a time ("Donnerstag, 31. Mai 2012", "16 Oktober 2011,
    10:55": six words at most, with a month of the lexicon next to a day's number, a
    numeric date or a time), a list of four categories or more ("Allgemein, Fashion,
    Kolumne, Reisen"; no number) or menu entries side by side ("Film // Bücher", three
    words a side at most), never a headline.

    Example:
        >>> months = frozenset({"juli", "mai"})
        >>> _title_meta("Donnerstag, 31. Mai 2012, 14:05 Uhr", months)
        True
        >>> _title_meta("Ab 1. Juli: neue Regeln für alle Mieter", months)
        False
        >>> _title_meta("Tagung 2015", months), _title_meta("Mai 68: die Revolte", months)
        (False, False)
        >>> _title_meta("Anmeldung, Beteiligung, Digitale Gesellschaft, Netzpolitik", months)
        True
        >>> _title_meta("Trump, Haley, DeSantis clash", months)
        False
        >>> _title_meta("Literatur & Film // Lesen & Hören", months)
        True
        >>> _title_meta("Nam Nghi, The Unbound Collection by Hyatt, opens on the island", months)
        False
    """
    # (mostly a date: "Tube strike on 14 March: …" is news)
    if len(text.split()) <= _DATE_LINE_WORDS and _stamp(text, months):
        return True
    if _DURATION.fullmatch(text.strip()):
        return True  # an audio player's or a reading time's "2 Min"
    for separator in (" | ", " // "):
        sides = text.split(separator)
        if len(sides) > 1 and _short_parts(sides):
            return True  # menu entries side by side ("Bürgermeister | Landrat")
    parts = text.split(",")
    # (not "Man, 45, charged with murder")
    return len(parts) >= 4 and _DIGIT.search(text) is None and _short_parts(parts)


def _short_parts(parts: Sequence[str]) -> bool:
    """Whether every part has one to three words (tags, categories, menu entries)."""
    return all(0 < len(part.split()) <= 3 for part in parts)


def _mark_repeats(doc: _Doc, title_index: int) -> None:
    key = doc.keys[title_index]
    for j, other in enumerate(doc.keys):
        if j != title_index and other == key:
            doc.reason[j] = "title"


def _title_from_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    # "Headline | Site" or "Headline - Site": keep the longer side
    parts = re.split(r"\s+[|–—-]\s+", hint)
    return max(parts, key=len).strip() or None


def _widen(doc: _Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Stretch the main span over short but complete sentences at its edges.

    The densest-run score counts a five-word closing line ("He won that vote, too.") against
    the article; a line that ends a sentence is article text, menus and teasers rarely do.
    """
    first, last = span
    texts = doc.texts

    def sentence(i: int) -> bool:
        t = texts[i]
        return (
            doc.free(i)
            and doc.words[i] >= 5
            and t.rstrip("\"'”’»)").endswith((".", "!", "?", "。"))
        )

    def lead_in(i: int) -> bool:
        # a label that opens the text below it ("Die Leitsätze des Gerichts:")
        return doc.free(i) and doc.words[i] >= 3 and texts[i].endswith(":")

    while last + 1 < len(texts) and (not doc.free(last + 1) or sentence(last + 1)):
        if not doc.free(last + 1):
            if doc.reason[last + 1] not in _NEUTRAL_REASONS:
                break  # (furniture ends the article: an ad label, a share bar, a link)
            nxt = next((k for k in range(last + 2, len(texts)) if doc.free(k)), None)
            if nxt is None or not sentence(nxt):
                break
            last = nxt
            continue
        last += 1

    def item(i: int) -> bool:
        return doc.free(i) and not doc.chrome[i] and _list_item(doc, i)

    def label(i: int) -> bool:
        # a short label above a list ("Zutaten:", "Ingredients:")
        return doc.free(i) and 0 < doc.words[i] <= 3 and texts[i].endswith(":")

    def bare_item(i: int) -> bool:
        return (
            doc.free(i)
            and not doc.chrome[i]
            and not doc.prose[i]
            and 0 < doc.words[i] <= 3
            and not texts[i].endswith(":")
        )

    while first - 1 >= 0:
        if sentence(first - 1) or lead_in(first - 1):
            first -= 1
            continue
        # a list the article opens with or holds before its prose (a recipe's ingredients
        # above its steps): at least two items that open with a number, with their label
        # (not a headline and its kicker, which may look like items)
        k = first - 1
        while k >= 0 and (
            (_numbered_item(doc, k) and not doc.chrome[k])
            or (label(k) and (k + 1 == first or item(k + 1)))
            # (an item without a quantity among them: "Mandelsplitter" after "1 TL Zimt")
            or (bare_item(k) and _numbered_item(doc, k - 1))
        ):
            k -= 1
        if first - 1 - k < 2:
            break
        first = k + 1

    k = last + 1
    while k < len(texts) and item(k):
        k += 1
    if k - last - 1 >= 2:
        last = k - 1  # a list that goes on from the article: at least two items
    elif texts[last].endswith(":") and doc.prose[last]:
        # the list a sentence of the article leads into ("…, including:"), its items
        # short lines of any kind, and the sentences that close the article after it
        k = last + 1
        while (
            k < len(texts)
            and doc.free(k)
            and not doc.chrome[k]
            and not doc.prose[k]
            and 0 < doc.words[k] <= _LISTED_ITEM_WORDS
        ):
            k += 1
        if k - last - 1 >= 2:
            last = k - 1
            while last + 1 < len(texts) and sentence(last + 1):
                last += 1
    return first, last


#: Labelled blocks that may stand between a standfirst and the text: the article's own
#: byline, dateline, photo and credits, its share bar, an ad label, a subscribe button.
_BESIDE_STANDFIRST = _NEUTRAL_REASONS | {
    "share-widget", "ad-label", "image-file", "duplicate", "non-text", "comment-prompt",
    "page-chrome", "newsletter",
}  # fmt: skip
#: Fewest words of a standfirst without a final stop (a headline has a dozen at most).
_DECK_WORDS = 14
#: Most blocks between the headline and the text that a standfirst is looked for in.
_STANDFIRST_REACH = 30
#: Most unlabelled lines between a standfirst and the text ("1 Min.", "J. Roe",
#: "Merken", "Reviewed by Dr. Jo Roe, Horticulturist"), none of them prose.
_HEADER_LINES = 4


def _standfirst(doc: _Doc, first: int) -> int:
    """Where the article starts, given the main text's ``first`` block: at the standfirst
    when the headline is followed by a line of prose and, between that line and the text,
    only the article's labels (its byline, date, photo credit, share bar) and short lines.

    The main-text search starts at the first paragraph under them, so it leaves the
    standfirst ("Menacée de fermeture, la boulangerie vient d'être rachetée par …")
    outside; the short lines between are page chrome.
    """
    texts = doc.texts
    head = next(
        (k for k in range(first - 1, max(-1, first - _STANDFIRST_REACH - 1), -1)
         if doc.reason[k] == "title"),
        None,
    )  # fmt: skip
    if head is None:
        return first
    # (the headline's date or byline may stand between it and its standfirst)
    lead = next(
        (k for k in range(head + 1, first) if texts[k] and doc.reason[k] not in _OVER_STANDFIRST),
        first,
    )
    if (
        lead >= first
        or not doc.free(lead)
        or doc.chrome[lead]
        # (a deck without a final stop is one too: "La medida afecta a 46 percebeiros y se
        # aplicará entre marzo y mayo")
        or not (doc.prose[lead] or doc.words[lead] >= _DECK_WORDS)
    ):
        return first
    between = [k for k in range(lead + 1, first) if texts[k]]
    if not between:
        return first  # (the standfirst is the text's first block already)
    if doc.reason[between[0]] in ("photo-credit", "caption") or _GALLERY_COUNTER.fullmatch(
        texts[between[0]]
    ):
        return first  # (a photo's caption under the headline: its credit or counter below it)
    free = [k for k in between if doc.reason[k] is None]
    if len(free) > _HEADER_LINES or any(doc.prose[k] for k in free):
        return first
    if any(doc.reason[k] not in _BESIDE_STANDFIRST for k in between if k not in free):
        return first
    for k in between:
        doc.mark(k, "page-chrome")
    return lead


#: Labels that may stand between a headline and its standfirst (its date line; not a
#: byline, under which a caption or the author's one-line bio may stand).
_OVER_STANDFIRST = frozenset({"dateline"})

#: Most words of an item of the list an article's sentence leads into ("…, including:").
_LISTED_ITEM_WORDS = 12


#: Most blocks under an author box's heading ("About the author") that are its bio.
_BIO_BLOCKS = 6


def _mark_bio_lines(doc: _Doc, heading: int) -> None:
    """Mark the free blocks under the author box's heading at ``heading`` (the author's
    name, a line or two about them, up to the next furniture and ``_BIO_BLOCKS`` blocks)
    as a bio, which the sources stage reads."""
    for k in range(heading + 1, min(len(doc.texts), heading + 1 + _BIO_BLOCKS)):
        if doc.reason[k] not in (None, "empty"):
            break
        doc.mark(k, "author-bio")


def _mark_bio_box(doc: _Doc, last: int) -> None:
    """The bio under an author box's heading right after the body ("About the author")."""
    heading = next(
        (
            k
            for k in range(last + 1, min(len(doc.texts), last + 4))
            if doc.reason[k] == "author-bio"
        ),
        None,
    )
    if heading is not None:
        _mark_bio_lines(doc, heading)


def _mark_bio(doc: _Doc, last: int) -> None:
    """An author bio in the last blocks: "Name is a … journalist … works as a writer at X"."""
    texts = doc.texts
    for i in range(max(0, last - 1), len(texts)):
        if not doc.free(i) and doc.reason[i] != "page-chrome":
            continue
        text = texts[i]
        m = _BIO_NAME.match(text)
        # Inside the body, "X is a journalist who was detained…" is news: there a bio must
        # also say where its subject works.
        if m and i <= last and not (_BIO_WORK.search(text) or _BIO_EMPLOYER.search(text)):
            continue
        if m and (
            _BIO_WORK.search(text)
            or re.search(
                r"\b(?:author|journalist|writer|reporter|editor|correspondent|columnist|contributor)\b",
                text[m.end() : m.end() + 80],
            )
        ):
            doc.reason[i] = "author-bio"
