"""The typed model holds its invariants."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from newscorpus import Article, Quote, Source, SourceRole
from strategies import articles


def test_text_is_paragraphs_joined() -> None:
    """Article.text defaults to the paragraphs joined by a blank line."""
    a = Article(id="x", paragraphs=["One.", "Two."])
    assert a.text == "One.\n\nTwo."


def test_text_must_match_paragraphs() -> None:
    """A text that is not the joined paragraphs is refused."""
    with pytest.raises(ValueError, match="joined by a blank line"):
        Article(id="x", paragraphs=["One."], text="Other.")


def test_empty_body_refused() -> None:
    """An article needs at least one non-blank paragraph."""
    with pytest.raises(ValueError, match="at least one paragraph"):
        Article(id="x", paragraphs=[])
    with pytest.raises(ValueError, match="non-blank"):
        Article(id="x", paragraphs=["  "])


def test_naive_date_refused() -> None:
    """Publication dates must be timezone-aware."""
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(id="x", paragraphs=["A."], published=dt.datetime(2022, 2, 17))


def test_quote_offsets_checked_against_text() -> None:
    """A quote whose offsets do not index its text in the article is refused."""
    with pytest.raises(ValueError, match="does not match"):
        Article(id="x", paragraphs=["He said hello."], quotes=[Quote(text="bye", start=8, end=11)])


def test_quote_offsets_consistent() -> None:
    """A quote's span must be as long as its text."""
    with pytest.raises(ValueError, match="span"):
        Quote(text="abc", start=0, end=5)


def test_single_string_is_not_a_collection() -> None:
    """Passing one string where a tuple of strings is expected is a TypeError, not a tuple of letters."""
    with pytest.raises(TypeError, match="single string"):
        Article(id="x", paragraphs="One paragraph.")


def test_source_role_from_string() -> None:
    """Roles convert from their JSON values."""
    assert Source(name="AFP", role="agency").role is SourceRole.AGENCY


@given(articles())
def test_frozen_and_evolvable(article: Article) -> None:
    """Articles are immutable; attrs.evolve makes a changed copy that still validates."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    changed = attrs.evolve(article, title="New")
    assert changed.title == "New" and changed.text == article.text
