"""Examples for helpers of the speaker rules that the case table cannot show alone."""

from __future__ import annotations

import pytest

from newscorpus.extract.speakers import _acronyms, load_lexicon


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Members of the United Food and Commercial Workers (UFCW) voted.",
            "en",
            {"UFCW": "United Food and Commercial Workers"},
        ),
        (
            "Die Kesselbacher Verkehrsgesellschaft (KVG) rechnet mit Ausfällen.",
            "de",
            {"KVG": "Kesselbacher Verkehrsgesellschaft"},
        ),
        # a person's party is no expansion of it, nor a name that starts otherwise
        ("Christian Müller (CDU) stimmte dagegen.", "de", {}),
        ("The National Authority of Civil Protection (ANEPC) warned.", "en", {}),
    ],
)
def test_short_names_in_brackets_map_to_the_body_they_follow(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert _acronyms(text, load_lexicon(language)) == expected
