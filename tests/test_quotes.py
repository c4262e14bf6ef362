"""Quote extraction and attribution: the case table, the seeds and the dev-set floor."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest

from newscorpus.extract.quotes import extract_quotes
from newscorpus.extract.speakers import load_lexicon

DATA = pathlib.Path(__file__).parent / "data" / "quote_cases.json"
CASES: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
DEVSET = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_devset"


def _case_params() -> list[Any]:
    params = []
    for case in CASES["cases"]:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _case_params())
def test_case_table(case: dict[str, Any]) -> None:
    """Each table case yields exactly the listed quotations, speakers and partial flags."""
    quotes = extract_quotes(case["text"], language=case.get("language"))
    assert [q.text for q in quotes] == [e["text"] for e in case["quotes"]]
    for q, expected in zip(quotes, case["quotes"], strict=True):
        assert q.speaker == expected["speaker"], q
        if "partial" in expected:
            assert q.partial is expected["partial"], q


@pytest.mark.parametrize("case", CASES["negative"], ids=[c["id"] for c in CASES["negative"]])
def test_negative_cases(case: dict[str, Any]) -> None:
    """Apostrophes, labels, scare quotes and stray marks are never taken for quotations."""
    assert extract_quotes(case["text"]) == ()


def test_offsets_index_the_text() -> None:
    """Every quote's offsets slice its own text out of the article text, marks excluded."""
    text = "Intro.\n\n“First one,” Ann Lee said.\n\n«Second» and „third“ and 'fourth quote here.'"
    quotes = extract_quotes(text)
    assert quotes
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in "“«„'"


def test_speaker_mention_and_cue_are_the_crediting_words() -> None:
    """The mention keeps the words that credited the quote; the speaker is the resolved name."""
    text = "Secretary-General Jens Holm arrived.\n\n“We are ready,” the secretary general said."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_mention, q.cue) == ("Jens Holm", "the secretary general", "said")


def test_introductory_name_is_no_apposition() -> None:
    """A name before a comma is the subject only when a comma also closes it before the verb."""
    text = "Unlike Jo Roe, the minister said: “We came to these talks in good faith.”"
    (q,) = extract_quotes(text)
    assert q.speaker_mention == "the minister"
    text = "Jo Roe, the minister, said: “We came to these talks in good faith.”"
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == ("Jo Roe", "Jo Roe")


def test_inherited_quote_has_speaker_but_no_mention() -> None:
    """A paragraph that is only a quotation takes the previous speaker without claiming a cue."""
    text = "“One,” said Ann Lee.\n\n“Two is another sentence of hers.”"
    _, second = extract_quotes(text)
    assert second.speaker == "Ann Lee"
    assert (second.speaker_mention, second.cue) == (None, None)


def test_empty_and_markless_text() -> None:
    """Text without marks, or no text at all, gives no quotations."""
    assert extract_quotes("") == ()
    assert extract_quotes("No quotations in this sentence at all.") == ()


def test_unknown_language_uses_every_lexicon() -> None:
    """An unknown language code falls back to the union of the lexicons, never an error."""
    assert "dijo" in load_lexicon("xx").cues
    assert "said" in load_lexicon("xx").cues
    (q,) = extract_quotes("«Ya hay un calendario», dijo Andrés Molina.", language="xx")
    assert q.speaker == "Andrés Molina"


def test_regional_language_codes_use_their_language() -> None:
    """ "en-GB" and "fr_CA" choose the English and French lexicons, not the union."""
    assert load_lexicon("en-GB") == load_lexicon("en")
    assert load_lexicon("fr_CA") == load_lexicon("fr")
    assert "dijo" not in load_lexicon("en-GB").cues


def test_lexicons_share_one_schema() -> None:
    """Every language lexicon has the same keys, so a user can add a language by copying one."""
    files = sorted(DATA.parents[2].glob("src/newscorpus/extract/lexicons/cues_*.json"))
    keys = [set(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    assert len(files) >= 4
    assert all(k == keys[0] for k in keys)


def _paragraphs(raw: str) -> str:
    return "\n\n".join(line.strip() for line in raw.split("\n") if line.strip())


def test_seed_quotes_found_and_credited(seed_paths: list[pathlib.Path]) -> None:
    """The seeds' gold quotes of five words or more are found and credited to the gold speaker."""
    gold = json.loads((seed_paths[0].parent / "gold.json").read_text(encoding="utf-8"))["articles"]
    found = credited = total = 0
    for path in seed_paths:
        text = _paragraphs(path.read_text(encoding="utf-8"))
        quotes = extract_quotes(text, language="en")
        for g in gold[path.name]["quotes"]:
            total += 1
            head = g["starts_with"]
            match = next((q for q in quotes if q.text.startswith(head[:25])), None)
            if match is not None:
                found += 1
                credited += g["speaker"].split()[-1] in (match.speaker or "")
    assert found / total >= 0.95
    assert credited / found >= 0.90


def test_dev_set_floor() -> None:
    """Quote F1 and speaker accuracy on the annotated dev set stay above the recorded floor."""
    ann = json.loads((DEVSET / "annotations.json").read_text(encoding="utf-8"))["articles"]
    hits = golds = preds = right = 0
    for name, a in ann.items():
        raw = (DEVSET / name).read_text(encoding="utf-8")
        text = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip())
        quotes = extract_quotes(text, language=a["language"])
        preds += len(quotes)
        for g in a["quotes"]:
            if g.get("optional") or len(g["text"].split()) < 5:
                continue
            golds += 1
            match = next((q for q in quotes if q.text[:20] == g["text"][:20]), None)
            if match is not None:
                hits += 1
                forms = g["speaker"] if isinstance(g["speaker"], list) else [g["speaker"]]
                right += match.speaker in forms
    assert hits / golds >= 0.95
    # The floor sits under the figure recorded when the last blind batch joined (0.896 on
    # 1,603 matched quotes, held-out batches 11-15 included: each scored 0.57-0.84 blind)
    assert right / hits >= 0.88
    assert preds <= golds * 1.5  # optional fragments may be found, inventions may not
