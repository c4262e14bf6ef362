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

import collections
import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence

import attrs

from newscorpus._model import Removed
from newscorpus.boilerplate._lexicon import Lexicon, load_lexicon, match_key
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
_SENTENCE_END = re.compile(r"(?:[.!?…](?:[\"'”’»)\]]*)(?:\s|$))|[。！？]")
_LETTER = re.compile(r"[^\W\d_]")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_IMAGE_FILE = re.compile(
    r"^\d{2,5}\s*[x×]\s*\d{2,5}\b|\.(?:jpe?g|png|gif|webp|avif|svg)\b(?:\s|$)", re.IGNORECASE
)
# "Caption text – Francisco Seco / POOL / AFP": a credit chain of capitalised names joined by slashes.
_SLASH_CREDIT = re.compile(
    r"(?:^|[-–—:]\s*)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){1,3}\s*$"
)
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d{2}\b")
_DATE_HINT = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b",
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


@attrs.frozen(kw_only=True)
class Stripped:
    """What boilerplate removal decided for one document."""

    #: ``(block index, text)`` of every block kept as body, in order.
    kept: tuple[tuple[int, str], ...]
    #: Every block taken out, with the rule that took it, in block order.
    removed: tuple[Removed, ...]
    #: The headline, when one was found (its block is in ``removed`` with reason ``"title"``).
    title: str | None = None


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> int:
    if text.isascii() or not _ANY_UNSPACED.search(text):
        return len(text.split())
    ideographs = len(_UNSPACED.findall(text))
    alphabetic = len(_UNSPACED_ALPHABETIC.findall(text))
    rest = _UNSPACED_ALPHABETIC.sub(" ", _UNSPACED.sub(" ", text))
    return len(rest.split()) + ideographs // 2 + alphabetic // 4


@functools.lru_cache(maxsize=4096)
def _is_prose(text: str) -> bool:
    """A sentence-bearing block: the unit articles are made of and menus are not."""
    n = _words(text)
    if n >= 25:
        return True
    if n < 8:
        return False
    # a headline cut short ("… its troop...") ends in dots but is no sentence
    body = text.rstrip()
    if body.endswith(("...", "…")):
        body = body.rstrip(".… ")
    return _SENTENCE_END.search(body) is not None


def _is_headline(text: str) -> bool:
    n = _words(text)
    stripped = text.rstrip()
    return (2 <= n <= 30 and not stripped.endswith((".", ":", ",", ";"))) or bool(
        _TRUNCATED.search(stripped)
    )


def _tokens(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _continues(breadcrumb: str, title: str) -> bool:
    """True when a truncated *breadcrumb* repeats the start of *title* (after a section word or two)."""
    crumb, full = _tokens(breadcrumb), _tokens(title)
    if len(crumb) < 3 or not full:
        return False
    for skip in range(4):
        rest = crumb[skip:]
        # the last crumb word may be cut mid-word ("troop..." for "troops")
        if (
            len(rest) >= 3
            and full[: len(rest) - 1] == rest[:-1]
            and full[len(rest) - 1].startswith(rest[-1])
        ):
            return True
    return False


class _Labels:
    """Mutable per-document labelling, frozen into a :class:`Stripped` at the end."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.reason: list[str | None] = [None] * len(texts)

    def free(self, i: int) -> bool:
        return self.reason[i] is None

    def mark(self, i: int, reason: str) -> None:
        if self.reason[i] is None:
            self.reason[i] = reason


def _shape_rule(text: str, lexicon: Lexicon) -> str | None:
    """Metadata and furniture recognised by shape rather than by a fixed phrase."""
    n = _words(text)
    key = match_key(text)
    if n <= 16 and _IMAGE_FILE.search(text):
        return "image-file"
    if (
        n <= 14
        and _DATE_HINT.search(text)
        and not _is_prose(text)
        and (
            lexicon.match(text, rules=("dateline-prefix",)) or n <= 6 or _YEAR_OR_TIME.search(text)
        )
    ):
        return "dateline"
    if not _LETTER.search(text):
        return "non-text"
    if (
        n <= 30
        and not text.rstrip().endswith((".", "!", "?", "。"))
        and lexicon.match(text, rules=("byline-prefix",))
        and _looks_like_byline(text, lexicon)
    ):
        return "byline"
    if n <= 20 and lexicon.match(text, rules=("source-credit-prefix",)):
        return "source-credit"
    if n <= 45 and _has_credit(key, lexicon):
        return "photo-credit"
    # (length-guarded: the credit pattern can start at every hyphen of a long unspaced block)
    if n <= 40 and len(text) <= 400 and not _is_prose(text) and _SLASH_CREDIT.search(text):
        return "photo-credit"
    return None


def _looks_like_byline(text: str, lexicon: Lexicon) -> bool:
    """A byline word then a name: "By Jane Doe", "Por Agencia EFE", "Author: Jane Doe"."""
    stripped = unicodedata.normalize("NFKC", text).lstrip(" \t-–—•·|(")
    low = stripped.casefold()
    for phrase in lexicon.phrases("byline-prefix"):
        if low.startswith(phrase):
            rest = stripped[len(phrase) :].lstrip(" \u00a0:")
            return bool(rest) and (rest[0].isupper() or not rest[0].isalpha())
    return False


def _has_credit(key: str, lexicon: Lexicon) -> bool:
    """A photo-credit marker followed by a short credit ("… Copyright Credit: AP")."""
    markers = lexicon.phrase_re("photo-credit-marker")
    if markers is None:
        return False
    for m in markers.finditer(key):
        i = m.start()
        if i > 0 and key[i - 1].isalnum():
            continue
        tail = key[m.end() :]
        if len(tail.split()) <= 8 and not _SENTENCE_END.search(tail.rstrip(". ")):
            return True
    return False


_SHORT_SENTENCE = 8
_BARE_BYLINE = frozenset({"by", "von", "por", "par", "di", "автор"})
_EDGE_REASONS = frozenset(
    {"share-widget", "comment-prompt", "related-list", "dateline", "newsletter"}
)


def _main_span(
    texts: Sequence[str], labels: _Labels, chrome: Sequence[bool]
) -> tuple[int, int] | None:
    """The densest run of prose among unlabelled blocks, as ``(first, last)`` indices.

    Maximum-sum contiguous run (Kadane) where a prose block scores its words beyond a
    short sentence's worth (so lists of one-line teasers do not add up to an article) and any
    other free block scores against, more so when the markup placed it in page chrome.
    Furniture that marks the edges of an article (share bars, comment prompts, related
    lists, datelines) scores against too; other labelled blocks score nothing.
    """
    best, best_span = 0.0, None
    run, run_start = 0.0, None
    for i, text in enumerate(texts):
        if not labels.free(i):
            if labels.reason[i] in _EDGE_REASONS and run_start is not None:
                run -= 6.0
            continue
        n = _words(text)
        if chrome[i]:
            score = -(2.0 + n)
        elif _is_prose(text):
            score = float(n - _SHORT_SENTENCE)
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
    labels = _Labels(texts)
    prose = [_is_prose(t) for t in texts]
    furniture = [lex.first_match(t, exclude=_CUE_RULES) if t else None for t in texts]

    for i, text in enumerate(texts):
        if not text:
            labels.mark(i, "empty")
            continue
        rule = furniture[i]
        if rule == "related-marker":
            labels.mark(i, "related-list")
            j = i + 1
            while j < len(texts) and not prose[j]:
                if labels.free(j) and _is_headline(texts[j]) and furniture[j] is None:
                    labels.mark(j, "related-list")
                elif furniture[j] is None and texts[j]:
                    break
                j += 1
            continue
        if rule is not None:
            labels.mark(i, rule)
            continue
        shape = _shape_rule(text, lex)
        if shape is not None:
            labels.mark(i, shape)

    # A split byline: "By:" alone, the name on the next line.
    for i in range(len(texts) - 1):
        if match_key(texts[i]) in _BARE_BYLINE and labels.free(i + 1) and _words(texts[i + 1]) <= 6:
            labels.mark(i, "byline")
            labels.mark(i + 1, "byline")
    # Lines printed three times or more (gallery titles, "Hide caption") are furniture.
    counts = collections.Counter(match_key(t) for t in texts)
    for i, text in enumerate(texts):
        if counts[match_key(text)] >= 3 and labels.free(i) and not prose[i]:
            labels.mark(i, "duplicate")
    # A caption printed twice, the second time with its credit appended.
    for i in range(len(texts) - 1):
        nxt = match_key(texts[i + 1])
        key = match_key(texts[i])
        if (
            labels.free(i)
            and labels.reason[i + 1] == "photo-credit"
            and key
            and nxt.startswith(key)
        ):
            labels.mark(i, "caption")

    span = _main_span(texts, labels, chrome)
    body_start = span[0] if span else len(texts)

    title = _find_title(texts, labels, body_start, hints or {})
    if span is not None:
        first, last = _widen(texts, labels, span)
        for i in range(len(texts)):
            if labels.free(i) and not first <= i <= last:
                labels.mark(i, "page-chrome")
        _mark_bio(texts, labels, last)
    # Repeats inside the body: the first copy stays, later ones go (a lead paragraph
    # printed twice, a pull quote).  Copies outside the body are page chrome already.
    seen: set[str] = set()
    for i, text in enumerate(texts):
        if labels.free(i):
            key = match_key(text)
            if key in seen:
                labels.mark(i, "duplicate")
            seen.add(key)

    kept = tuple((i, t) for i, t in enumerate(texts) if labels.free(i))
    removed = tuple(
        Removed(text=t, reason=r, where=i)
        for i, (t, r) in enumerate(zip(texts, labels.reason, strict=True))
        if r is not None
    )
    return Stripped(kept=kept, removed=removed, title=title)


#: Lexicon rules that are cues for shape rules rather than furniture to remove on sight.
_CUE_RULES = frozenset(
    {"byline-prefix", "source-credit-prefix", "photo-credit-marker", "dateline-prefix", "bio-role"}
)


def _find_title(
    texts: Sequence[str], labels: _Labels, body_start: int, hints: Mapping[str, str]
) -> str | None:
    """Headline: the markup's title (the block repeating it, if any), else the longest headline
    line shortly before the body."""
    hint = hints.get("title")
    if hint:
        hint_key = match_key(hint)
        for i, text in enumerate(texts):
            key = match_key(text)
            if key and (key == hint_key or (hint_key.startswith(key) and _words(text) >= 3)):
                labels.reason[i] = "title"
                _mark_repeats(texts, labels, i)
                return text
        return _title_from_hint(hint)
    candidates = [
        i for i in range(min(body_start, len(texts))) if labels.free(i) and _is_headline(texts[i])
    ]
    if (
        not candidates
        and body_start < len(texts)
        and _is_headline(texts[body_start])
        and not _is_prose(texts[body_start])
    ):
        candidates = [body_start]
    for i in candidates:
        if _TRUNCATED.search(texts[i]) and any(
            _continues(texts[i], texts[j]) for j in candidates if j != i
        ):
            labels.mark(i, "breadcrumb-title")
    remaining = [i for i in candidates if labels.free(i) and not _TRUNCATED.search(texts[i])]
    if not remaining:
        return None
    # Menus and section labels are short, and the headline sits close above the body.
    window = remaining[-8:]
    i = max(window, key=lambda k: (_words(texts[k]), -k))
    labels.mark(i, "title")
    _mark_repeats(texts, labels, i)
    return texts[i]


def _mark_repeats(texts: Sequence[str], labels: _Labels, title_index: int) -> None:
    key = match_key(texts[title_index])
    for j, text in enumerate(texts):
        if j != title_index and match_key(text) == key:
            labels.reason[j] = "title"


def _title_from_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    # "Headline | Site" or "Headline - Site": keep the longer side
    parts = re.split(r"\s+[|–—-]\s+", hint)
    return max(parts, key=len).strip() or None


def _widen(texts: Sequence[str], labels: _Labels, span: tuple[int, int]) -> tuple[int, int]:
    """Stretch the main span over short but complete sentences at its edges.

    The densest-run score counts a five-word closing line ("He won that vote, too.") against
    the article; a line that ends a sentence is article text, menus and teasers rarely do.
    """
    first, last = span

    def sentence(i: int) -> bool:
        t = texts[i]
        return (
            labels.free(i)
            and _words(t) >= 5
            and t.rstrip("\"'”’»)").endswith((".", "!", "?", "。"))
        )

    while last + 1 < len(texts) and (not labels.free(last + 1) or sentence(last + 1)):
        if not labels.free(last + 1):
            if labels.reason[last + 1] in _EDGE_REASONS:
                break
            nxt = next((k for k in range(last + 2, len(texts)) if labels.free(k)), None)
            if nxt is None or not sentence(nxt):
                break
            last = nxt
            continue
        last += 1
    while first - 1 >= 0 and sentence(first - 1):
        first -= 1
    return first, last


def _mark_bio(texts: Sequence[str], labels: _Labels, last: int) -> None:
    """An author bio in the last blocks: "Name is a … journalist … works as a writer at X"."""
    for i in range(max(0, last - 1), len(texts)):
        if not labels.free(i) and labels.reason[i] != "page-chrome":
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
            labels.reason[i] = "author-bio"
