"""Hypothesis strategies for newscorpus values."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newscorpus import Article, Origin, Quote, Removed, Source, SourceRole

#: Printable text without blank lines: a paragraph.
paragraph_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r"),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip() != "")

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG ", min_size=1, max_size=40)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Valid articles with quotes at real offsets, sources, removals and dates."""
    paragraphs = draw(st.lists(paragraph_text, min_size=1, max_size=5))
    text = "\n\n".join(paragraphs)
    quotes = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        quotes.append(
            Quote(
                text=text[start:end],
                start=start,
                end=end,
                speaker=draw(st.none() | words),
                speaker_mention=draw(st.none() | words),
                cue=draw(st.none() | st.sampled_from(["said", "told", "added"])),
                partial=draw(st.booleans()),
            )
        )
    published = draw(
        st.none()
        | st.datetimes(
            min_value=dt.datetime(1990, 1, 1),
            max_value=dt.datetime(2030, 1, 1),
            timezones=st.just(dt.UTC),
        )
    )
    return Article(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        url=draw(st.none() | st.just("https://example.org/a")),
        origin=Origin(
            path=draw(st.none() | st.just("x.txt")),
            format="text",
            encoding=draw(st.none() | st.just("utf-8")),
        ),
        title=draw(st.none() | paragraph_text),
        authors=draw(st.lists(words, max_size=2)),
        published=published,
        language=draw(st.none() | st.sampled_from(["en", "fr", "de"])),
        paragraphs=paragraphs,
        quotes=quotes,
        sources=[
            Source(name=n, role=r, evidence=e)
            for n, r, e in draw(
                st.lists(st.tuples(words, st.sampled_from(list(SourceRole)), words), max_size=3)
            )
        ],
        removed=[
            Removed(text=t, reason=r, where=i)
            for i, (t, r) in enumerate(draw(st.lists(st.tuples(words, words), max_size=3)))
        ],
        normalised_by=draw(
            st.lists(st.sampled_from(["unicode", "glued_words"]), max_size=2, unique=True)
        ),
    )


#: Lines that look like a scraped page: prose, furniture and noise.
page_lines = st.lists(
    st.one_of(
        paragraph_text,
        st.sampled_from(
            [
                "Share this articleComments",
                "- Advertisement -",
                "You might also like",
                "Source link",
                "By Jane Roe with AFP",
                "Please enter your comment!",
                "The committee met on Tuesday and agreed to publish its findings next month.",
            ]
        ),
    ),
    min_size=1,
    max_size=25,
)


#: Pieces of quote-heavy prose: every mark convention, apostrophes, cue words.
_QUOTE_PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    " said",
    " he said,",
    " told the Council",
    ", adding:",
    " according to",
    " Jane Roe",
    " the minister",
    " she",
    "don’t",
    " ’90s",
    " rock ’n’ roll",
    ". ",
    ", ",
    ": ",
    " ",
    "\n",
    "We will",
    " win",
    " the allies’ plan",
]

#: Article-like text dense in quotation marks, apostrophes and cue words, for quote extraction.
quote_heavy_text = st.lists(
    st.lists(
        st.one_of(
            st.sampled_from(_QUOTE_PIECES),
            st.text(alphabet="abcXYZ “”\"'’‘«».,:", max_size=6),
        ),
        max_size=30,
    ).map("".join),
    min_size=1,
    max_size=5,
).map("\n\n".join)
