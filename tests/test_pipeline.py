"""The whole pipeline: nothing invented, nothing lost, explicit about what it changed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

import newscorpus
from newscorpus import LoadError, Pipeline
from newscorpus.exceptions import ExtractionError, PluginError
from newscorpus.loaders._text import split_blocks
from strategies import page_lines

FAST = Pipeline(detect_language=False)


@given(page_lines)
def test_paragraphs_come_from_input_blocks(lines: list[str]) -> None:
    """Every kept paragraph is an input block after normalisation: the pipeline invents nothing."""
    text = "\n\n".join(lines)
    try:
        article = FAST.parse_text(text)
    except LoadError:
        return  # everything was furniture: covered by test_all_furniture_is_a_clear_error
    blocks = split_blocks(text)
    norm = FAST.normaliser()
    expected = {norm(b).strip() for b in blocks}
    for para in article.paragraphs:
        assert para in expected


@given(page_lines)
def test_kept_and_removed_account_for_every_block(lines: list[str]) -> None:
    """Kept paragraphs plus removed blocks (and the title) cover every input block once."""
    text = "\n\n".join(lines)
    try:
        article = FAST.parse_text(text)
    except LoadError:
        return
    blocks = split_blocks(text)
    removed_at = [r.where for r in article.removed]
    assert len(set(removed_at)) == len(removed_at)
    assert len(article.paragraphs) + len(article.removed) == len(blocks)
    for r in article.removed:
        assert r.text == blocks[r.where]


def test_all_furniture_is_a_clear_error() -> None:
    """A document that is only furniture is a LoadError listing the rules that removed it."""
    with pytest.raises(
        LoadError, match=r"found none: all 2 blocks were removed \(ad-label, share-widget\)"
    ):
        newscorpus.parse_text("- Advertisement -\n\nShare this article")


def test_empty_and_binary_input() -> None:
    """Empty text and binary bytes are LoadErrors, not empty articles."""
    with pytest.raises(LoadError):
        newscorpus.parse_text("")
    with pytest.raises(LoadError, match="binary"):
        newscorpus.parse_text(b"\x00\x01\x02\x03")


def test_wrong_type() -> None:
    """Something that is neither str nor bytes is a TypeError naming what came."""
    with pytest.raises(TypeError, match="got int"):
        newscorpus.parse_text(42)  # type: ignore[arg-type]


def test_huge_input_refused() -> None:
    """A document over the size limit is refused with both sizes in the message."""
    with pytest.raises(LoadError, match="at most 1,000 characters"):
        Pipeline(max_chars=1000).parse_text("word " * 1000)


def test_unknown_normaliser_fails_when_built() -> None:
    """A misspelt normaliser name is an error when the pipeline is built, not per document."""
    with pytest.raises(PluginError, match="no_such_step"):
        Pipeline(normalisers=("unicode", "no_such_step"))


def test_normalised_by_names_the_steps_that_changed_text() -> None:
    """normalised_by lists exactly the steps that changed something."""
    article = FAST.parse_text(
        "Talks resumed on Monday, the ministers said in a joint statement...  today."
    )
    assert "unicode" in article.normalised_by  # the double space
    plain = FAST.parse_text(
        "Talks resumed on Monday, the ministers said in a joint statement today."
    )
    assert plain.normalised_by == ()


def test_extractor_crash_becomes_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception inside an extractor is an ExtractionError naming the document."""
    from newscorpus.extract import quotes

    def broken(text: str, *, language: str | None = None) -> tuple[()]:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(quotes, "extract_quotes", broken)
    with pytest.raises(ExtractionError, match="quote extraction failed: ZeroDivisionError: boom"):
        FAST.parse_text("The council said the bridge would reopen on Friday after repairs.")


def test_encoding_recorded_for_bytes() -> None:
    """parse_text on bytes records the encoding it used."""
    article = newscorpus.parse_text(
        "Le café a rouvert lundi après des travaux, a dit le maire.".encode("cp1252")
    )
    assert article.origin.encoding == "cp1252"
    assert "café" in article.text


@pytest.mark.parametrize(
    "parse, document",
    [
        (newscorpus.parse_text, "Officials said the talks would resume in Geneva next week"),
        (
            newscorpus.parse_html,
            "<html><body><p>Officials said the talks would resume in Geneva next week</p></body></html>",
        ),
    ],
)
def test_one_sentence_without_final_stop_is_text(parse: Any, document: str) -> None:
    """A document of one sentence-long line is that text, not a headline over nothing."""
    article = parse(document)
    assert article.title is None
    assert article.paragraphs == ("Officials said the talks would resume in Geneva next week",)


def test_lone_headline_is_still_rejected() -> None:
    """A document that is only a short headline has no article text."""
    with pytest.raises(newscorpus.LoadError, match="found none"):
        newscorpus.parse_text("Talks to resume")
