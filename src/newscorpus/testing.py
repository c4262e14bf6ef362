"""Test kit for people who write normalisers: the contract, checked with Hypothesis.

:func:`check_normaliser` runs the properties every normaliser must have on
your function: it returns a ``str`` for any ``str`` (total), applying it twice
is the same as once (idempotent), and it never creates a blank line
(``"\\n\\n"``), because it sees one paragraph at a time and paragraphs are
joined with a blank line afterwards.

This module needs `Hypothesis <https://hypothesis.readthedocs.io>`_, which is
a test dependency, not a runtime one: it is imported when a function here is
called, so ``import newscorpus.testing`` alone never fails.

Example:
    >>> from newscorpus.testing import check_normaliser
    >>> check_normaliser(str.strip, max_examples=20, huge_size=1000)
    >>> check_normaliser(lambda s: s + ".", max_examples=20, huge_size=1000)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    AssertionError: normaliser <lambda> is not idempotent: ...
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["EDGE_CASES", "check_normaliser", "huge_text", "news_text"]

#: Inputs every normaliser is tried on before Hypothesis starts.
EDGE_CASES: tuple[str, ...] = (
    "",
    " ",
    "\n",
    "\t \n \u00a0\u2003\u3000",
    "\r\n\r\n",
    "\u200b\ufeff\u00ad",
    "e\u0301",  # decomposed é
    "\u0301\u0308 leading combining marks",
    "a\u0308\u0301\u0323 stacked marks",
    "Z\u0351\u0358a\u035bl\u0363g\u0367o",
    "\U0001f1fa\U0001f1e6 \U0001f468\u200d\U0001f469\u200d\U0001f467 emoji",
    "\ud800 lone surrogate",
    "“Stop the escalation immediately, ”he said.. Then\u2014",
    "Kremlinâ€™s â€œpretextâ€\x9d &amp;amp;lt; &#10;&#10;",
    "de-escalationInstead articleComments iPhone McDonald's https://x.io/aBc @someHandle",
)

# Pieces that news-like text is built from: words, the marks and spaces the
# built-ins repair, and the kinds of damage scrapers leave.
_FRAGMENTS: tuple[str, ...] = (
    "Kyiv", "Kiev", "KIEV", "Donbass", "Russia", "said", "the", "de-escalation", "Instead",
    "article", "Comments", "Ukraine", "Allies", "iPhone", "YouTube", "McDonald", "eBay",
    "Mac", "Arthur", "a", "I", "é", "e\u0301", "ß", "Ω", "Привет", "Мир", "中文", "“", "”", "„",
    '"', "’", "‘", "'", "«", "»", " ", " ", " ", "\n", "\t", "\r", "\r\n", "\u00a0", "\u200b",
    "\u2028", "\x00", "\x85", ",", ".", "..", "...", "…", ";", ":", "!", "?", "-", "--", " - ",
    "—", "–", "&", "&amp;", "&lt;", "&#8217;", "&#10;", "&nbsp;", "&amp", "#", "@",
    "http://x.io/aBc", "Ã©", "â€™", "â€œ", "\x1b[31m", "12", "2014", "(", ")",
)  # fmt: skip


def news_text() -> SearchStrategy[str]:
    """A Hypothesis strategy for short news-like paragraphs full of the damage we repair.

    Example:
        >>> from hypothesis import given
        >>> @given(news_text())
        ... def test_my_step(text): ...
    """
    from hypothesis import strategies as st

    piece = st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=3))
    return st.lists(piece, max_size=40).map("".join)


def huge_text(size: int, seed: int = 0) -> str:
    """About ``size`` characters of news-like text built from the same pieces, deterministically."""
    rng = random.Random(seed)
    words = [f for f in _FRAGMENTS if f.strip() and "\n" not in f and "\r" not in f]
    pieces: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(words) + rng.choice((" ", " ", " ", ", ", ". ", "\n"))
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)[:size]


def _name(func: Callable[[str], str]) -> str:
    return getattr(func, "__name__", None) or type(func).__name__


def _check_one(func: Callable[[str], str], text: str, name: str) -> None:
    """Raise AssertionError if ``func`` breaks the contract on ``text``."""
    shown = f"{text[:200]!r}" + (f"... ({len(text)} characters)" if len(text) > 200 else "")
    try:
        once = func(text)
    except Exception as exc:
        msg = f"normaliser {name} is not total: expected a str, it raised {exc!r} on {shown}"
        raise AssertionError(msg) from exc
    if not isinstance(once, str):
        got = f"{type(once).__name__} {once!r:.80}"
        msg = f"normaliser {name} must return str, got {got} on {shown}"
        raise AssertionError(msg)
    if "\n\n" in once and "\n\n" not in text:
        msg = f"normaliser {name} created a blank line: got {once[:200]!r} from {shown}"
        raise AssertionError(msg)
    try:
        twice = func(once)
    except Exception as exc:
        msg = f"normaliser {name} is not total: it raised {exc!r} on its own output {once[:200]!r}"
        raise AssertionError(msg) from exc
    if twice != once:
        msg = (
            f"normaliser {name} is not idempotent: expected f(f(x)) == f(x), "
            f"got {twice[:200]!r} != {once[:200]!r} for x = {shown}"
        )
        raise AssertionError(msg)


def check_normaliser(
    func: Callable[[str], str],
    *,
    max_examples: int = 100,
    huge_size: int = 1_000_000,
    examples: Iterable[str] = (),
) -> None:
    """Check that ``func`` is a well-behaved normaliser; raise AssertionError if not.

    It must return a ``str`` for every ``str`` without raising, be idempotent
    (``func(func(x)) == func(x)``) and never create a blank line.  It is
    tried on :data:`EDGE_CASES` (empty, whitespace-only, combining marks,
    lone surrogates...), a ``huge_size`` text, your ``examples``, then on
    ``max_examples`` texts from Hypothesis (any Unicode, and news-like text
    from :func:`news_text`).

    Args:
        func: the normaliser.
        max_examples: how many Hypothesis examples to try.
        huge_size: length of the huge input, in characters (0 to skip).
        examples: more inputs of your own.

    Raises:
        AssertionError: the first broken property, with the input.

    Example:
        >>> check_normaliser(str.lstrip, max_examples=10, huge_size=0)
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    name = _name(func)
    fixed = [*EDGE_CASES, *examples]
    if huge_size > 0:
        fixed.append(huge_text(huge_size))
        fixed.append(" " * (huge_size // 2) + "a" * (huge_size // 2))
    for text in fixed:
        _check_one(func, text, name)

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(st.text(), news_text()))
    def contract(text: str) -> None:
        _check_one(func, text, name)

    contract()
