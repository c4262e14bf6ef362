"""Examples for helpers of the speaker rules that the case table cannot show alone."""

from __future__ import annotations

import json
import pathlib

import pytest

from newscorpus.extract import speakers
from newscorpus.extract.quotes import extract_quotes
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


def test_context_weights_cover_exactly_the_features() -> None:
    weights, margin, lead = speakers._context_weights()
    assert set(weights) == set(speakers._CONTEXT_FEATURES)
    assert margin >= 0 and lead >= 0  # (a candidate must do better than None and the rest)


def test_context_weights_that_miss_a_feature_name_the_file(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "context_weights.json"
    stale.write_text(
        json.dumps({"margin": 1.0, "lead": 1.0, "weights": {"bias": 1.0}}), encoding="utf-8"
    )
    monkeypatch.setattr(speakers, "_WEIGHTS", stale)
    speakers._context_weights.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"context_weights\.json weighs \['bias'\]"):
            speakers._context_weights()
    finally:
        speakers._context_weights.cache_clear()


#: Whether mypyc compiled the module (an optional build): a compiled module calls its own
#: functions directly, so a spy set on the module is never called.
COMPILED = not speakers.__file__.endswith(".py")


@pytest.mark.skipif(COMPILED, reason="spies on a module function: needs the pure-Python build")
def test_context_candidates_carry_only_known_features() -> None:
    seen: list[list[tuple[str, dict[str, float]]]] = []
    original = speakers._by_context

    def spy(candidates: list[tuple[str, dict[str, float]]]) -> str | None:
        seen.append(candidates)
        return original(candidates)

    text = (
        "Mayor Ruth Calder has run the town for a decade. She wants the bypass finished.\n\n"
        "“We have waited long enough for this road and the people here deserve it.”"
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(speakers, "_by_context", spy)
        (quote,) = extract_quotes(text, language="en")
    assert [[name for name, _ in c] for c in seen] == [["Ruth Calder"]]
    assert all(set(f) <= set(speakers._CONTEXT_FEATURES) for c in seen for _, f in c)
    # credited by the context: no words credit it
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Ruth Calder", None, None)
