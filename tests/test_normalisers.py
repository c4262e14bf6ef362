"""Tests for newscorpus.normalisers: built-ins, the contract, the pipeline, the seeds."""

from __future__ import annotations

import json
import os
import pathlib
import pickle
import re
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newscorpus import normalisers
from newscorpus._typing import Normaliser
from newscorpus.exceptions import NormaliserError, PluginError
from newscorpus.normalisers import GluedWordSplitter, NormaliserPipeline, PlaceNames
from newscorpus.testing import check_normaliser, huge_text, news_text

DATA = pathlib.Path(__file__).parent / "data"
CASES = json.loads((DATA / "normaliser_cases.json").read_text("utf-8"))["cases"]
PROSE = (DATA / "prose_en.txt").read_text("utf-8")
BUILTIN_NAMES = tuple(normalisers._builtin.BUILTINS)

# Realistic text: printable ASCII, typographic marks and odd spaces, no mojibake.
realistic_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=32, max_codepoint=126),
        st.sampled_from("“”„’‘—–…\u00a0\u200b\n\téàüßÀΩжЖ"),
    ),
    max_size=80,
)


def _case_params() -> list[object]:
    params = []
    for index, case in enumerate(CASES):
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=f"{index}-{case['normaliser']}", marks=marks))
    return params


# --- data-driven cases -------------------------------------------------------


@pytest.mark.parametrize("case", _case_params())
def test_case(case: dict[str, str]) -> None:
    """Each JSON case gives its expected output; a negative case comes out unchanged."""
    func = normalisers.get(case["normaliser"])
    expected = case["input"] if case.get("negative") else case["expected"]
    assert func(case["input"]) == expected
    assert func(expected) == expected


def test_cases_cover_every_builtin() -> None:
    """Every built-in has at least one case of what it changes and one of what it leaves alone."""
    for name in BUILTIN_NAMES:
        mine = [c for c in CASES if c["normaliser"] == name and "xfail" not in c]
        assert any(c.get("negative") for c in mine), name
        assert any(not c.get("negative") for c in mine), name


# --- the contract ----------------------------------------------------------


@pytest.mark.parametrize("name", normalisers.available())
def test_every_normaliser_passes_check_normaliser(name: str) -> None:
    """Every registered normaliser is total, idempotent and blank-line free, on huge input too."""
    check_normaliser(
        normalisers.get(name),
        max_examples=min(settings().max_examples, 100),
        huge_size=200_000,
    )


@pytest.mark.parametrize("text", ["\xa0À\x86", "”ß\xa0"])
def test_mojibake_is_idempotent_behind_a_no_break_space(text: str) -> None:
    """A repair that leaves broken bytes behind a no-break space is finished in one run
    (Hypothesis found "\xa0À\x86": a first repair gave "\xa0À†", a second "ˠ")."""
    mojibake = normalisers.get("mojibake")
    once = mojibake(text)
    assert mojibake(once) == once


def _append_dot(text: str) -> str:
    return text + "."


def _first_char(text: str) -> str:
    return text[0]


def _to_bytes(text: str) -> str:
    return text.encode()  # type: ignore[return-value]


def _blank_lines(text: str) -> str:
    return re.sub(r"\n+", "\n\n", text)


@pytest.mark.parametrize(
    ("func", "words"),
    [
        (_append_dot, "not idempotent"),
        (_first_char, "not total"),
        (_to_bytes, "must return str"),
        (_blank_lines, "blank line"),
    ],
)
def test_check_normaliser_catches_broken_functions(
    func: normalisers._registry.Normaliser, words: str
) -> None:
    """check_normaliser fails, saying which property broke, for each kind of bad normaliser."""
    with pytest.raises(AssertionError, match=words):
        check_normaliser(func, max_examples=20, huge_size=0)


@given(realistic_text)
@example("”ß\xa0")  # Mac Roman mojibake of "ӧ", hidden from ftfy by the no-break space
@example("\u200b”ß")  # the same, hidden by a zero-width space that `unicode` drops
def test_default_pipeline_is_idempotent_on_realistic_text(text: str) -> None:
    """Running DEFAULT twice gives what running it once gives, on text without mojibake."""
    pipeline = NormaliserPipeline()
    once = pipeline(text)
    assert pipeline(once) == once


@given(st.text())
def test_unicode_output_is_clean(text: str) -> None:
    """unicode leaves NFC text, one space, one line ending, no controls or zero-width characters."""
    out = normalisers.get("unicode")(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "  " not in out and "\n\n" not in out and "\r" not in out and "\t" not in out
    assert out == out.strip()
    assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in out), (
        "control character left"
    )
    assert "\u200b" not in out and "\ufeff" not in out


@given(st.one_of(st.text(), news_text()))
def test_glued_words_only_inserts_spaces(text: str) -> None:
    """glued_words never changes a character; it only inserts spaces."""
    out = normalisers.get("glued_words")(text)
    assert out.replace(" ", "") == text.replace(" ", "")


@given(st.one_of(st.text(), news_text()))
def test_quote_marks_only_moves_spaces_and_reshapes_double_marks(text: str) -> None:
    """quote_marks changes only spaces and the shape of double quotation marks."""
    out = normalisers.get("quote_marks")(text)

    def skeleton(s: str) -> str:
        return re.sub('[“”"]', '"', s.replace(" ", "").replace("\t", ""))

    assert skeleton(out) == skeleton(text)


@pytest.mark.parametrize("name", BUILTIN_NAMES)
@settings(max_examples=min(settings().max_examples, 60))  # nine parametrisations: keep CI quick
@given(text=st.one_of(st.text(), news_text()))
def test_builtins_keep_curly_quotes_and_apostrophes(name: str, text: str) -> None:
    """No built-in straightens a curly quotation mark, and apostrophes stay apostrophes."""
    import ftfy.badness

    # A curly mark can be a byte of mojibake ("¬ß“™"); repairing that is not straightening.
    assume(name != "mojibake" or not ftfy.badness.is_bad(text))
    out = normalisers.get(name)(text)
    for mark in "“”":
        assert out.count(mark) >= text.count(mark)
    if name not in ("html_entities", "mojibake"):  # these may decode new ones
        assert out.count("’") == text.count("’")
        assert out.count("'") == text.count("'")


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        " " * 200_000 + "-",
        "x" + " " * 200_000 + "x",
        "&amp;" * 40_000 + "!",
        "&" + "amp;" * 50_000,
        "aB" * 100_000,
        "aBc" * 70_000,
        "“ " * 100_000,
        '"' * 200_000,
        "." * 200_000,
        "a.." * 70_000,
        "\n \n" * 70_000,
        "ab-" * 70_000,
        "Kiev" * 50_000,
    ],
    ids=lambda text: repr(text[:8]),
)
def test_builtins_finish_on_adversarial_input(text: str) -> None:
    """Pathological repetitions finish and keep the contract (timing is in benchmarks/)."""
    for name in BUILTIN_NAMES:
        func = normalisers.get(name)
        once = func(text)
        assert func(once) == once, name


# --- classes users extend ----------------------------------------------------


def test_glued_word_splitter_takes_extra_names_and_pickles() -> None:
    """A splitter with extra names protects them, and survives pickling."""
    split = GluedWordSplitter(extra_names=("BrewDog",))
    assert split("beer from BrewDog, articleComments") == "beer from BrewDog, article Comments"
    assert normalisers.get("glued_words")("BrewDog") == "Brew Dog"
    clone = pickle.loads(pickle.dumps(split))
    assert clone == split
    assert clone("BrewDog") == "BrewDog"


def test_place_names_table_extends_and_is_checked() -> None:
    """A PlaceNames table extends; a preferred spelling that contains a variant is refused."""
    table = {**normalisers.place_name_table(), "Artemovsk": "Artemivsk"}
    places = PlaceNames(table)
    assert places("Kiev and Artemovsk") == "Kyiv and Artemivsk"
    assert pickle.loads(pickle.dumps(places))("Kiev") == "Kyiv"
    with pytest.raises(ValueError, match="'Kiev'"):
        PlaceNames({"Kyiv": "Kiev", "Kiev": "Kyiv"})
    with pytest.raises(TypeError, match="non-empty"):
        PlaceNames({"": "x"})


# --- the pipeline ------------------------------------------------------------


def test_pipeline_defaults_and_names() -> None:
    """The default pipeline runs DEFAULT; callables are named by registration or import path."""
    assert NormaliserPipeline().steps == normalisers.DEFAULT
    assert NormaliserPipeline().names == normalisers.DEFAULT
    assert "place_names" not in normalisers.DEFAULT
    assert "dashes_ascii" not in normalisers.DEFAULT
    unicode = normalisers.get("unicode")
    assert NormaliserPipeline((unicode, str.strip)).names == ("unicode", "builtins:str.strip")


def test_pipeline_explain_names_the_steps_that_changed_the_text() -> None:
    """explain() returns the result and, in order, only the steps that changed it."""
    pipeline = NormaliserPipeline(("unicode", "quote_marks", "dashes", "place_names"))
    text = "“Stop  it, ”he said in Kiev"
    result, changed = pipeline.explain(text)
    assert result == "“Stop it,” he said in Kyiv"
    assert changed == ("unicode", "quote_marks", "place_names")
    assert pipeline(text) == result
    assert NormaliserPipeline(changed)(text) == result  # replay


def test_pipeline_accepts_import_paths_and_pickles() -> None:
    """A pipeline of names, import paths and callables pickles and gives the same result."""
    pipeline = NormaliserPipeline(
        ("unicode", "newscorpus.normalisers._builtin:quote_marks", normalisers._builtin.dashes)
    )
    text = "“Quiet ... please, ”she said"
    expected = pipeline(text)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone == pipeline
    assert clone(text) == expected == "“Quiet … please,” she said"
    assert hash(clone) == hash(pipeline)


def _explode(text: str) -> str:
    raise ZeroDivisionError("boom")


def _number(text: str) -> str:
    return 42  # type: ignore[return-value]


def test_pipeline_wraps_a_failing_step() -> None:
    """A step that raises or returns a non-str becomes a NormaliserError naming the step."""
    with pytest.raises(NormaliserError, match="_explode") as info:
        NormaliserPipeline(("unicode", _explode))("some text")
    assert isinstance(info.value.__cause__, ZeroDivisionError)
    assert isinstance(info.value, RuntimeError)
    with pytest.raises(NormaliserError, match=r"_number.*must return str, got int"):
        NormaliserPipeline((_number,))("some text")


def test_pipeline_rejects_bad_steps_and_input() -> None:
    """Bad steps are a TypeError naming what came; so is non-str input."""
    with pytest.raises(TypeError, match=r"got 3 \(int\)"):
        NormaliserPipeline(("unicode", 3))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single string 'unicode'"):
        NormaliserPipeline("unicode")
    with pytest.raises(TypeError, match="decode bytes first"):
        NormaliserPipeline()(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(PluginError, match="unknown normaliser 'nope'"):
        NormaliserPipeline(("nope",))("text")


# --- the seeds, names and prose ---------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def test_default_pipeline_repairs_the_seeds(seed_paths: list[pathlib.Path]) -> None:
    """On the seeds, DEFAULT leaves no glued word, no detached closing mark, no mixed pair."""
    pipeline = NormaliserPipeline()
    outputs = []
    for path in seed_paths:
        for paragraph in _paragraphs(path.read_text("utf-8")):
            out = pipeline(paragraph)
            assert "\n\n" not in out
            outputs.append(out)
    text = "\n\n".join(outputs)
    assert "de-escalationInstead" not in text
    assert "de-escalation Instead" in text
    assert ", ”he said" not in text
    assert "immediately,” he said" in text
    assert not re.search(r"“[^”\"\n]*provocation\"", text)
    assert "“large-scale provocation”" in text
    assert "articleComments" not in text and "UkraineAllies" not in text
    assert "border.. This" not in text


CAMEL_CASE = (
    *("iPhone", "McDonald", "MacArthur", "YouTube", "PlayStation", "JavaScript", "LinkedIn"),
    *("WhatsApp", "PayPal", "eBay", "DeSantis", "LeBron", "McCain", "O'Neill", "McDonald's"),
    *("YouTubers", "iPads", "DiCaprio", "FedEx", "TikTok", "GitHub", "AstraZeneca", "BlackRock"),
    *("GlaxoSmithKline", "PricewaterhouseCoopers", "HuffPost", "BuzzFeed", "WikiLeaks"),
)


@pytest.mark.parametrize("name", sorted({*CAMEL_CASE, *normalisers.camel_case_names()}))
def test_camel_case_names_are_not_split(name: str) -> None:
    """A real camel-case name passes the default pipeline unchanged, alone or in a sentence."""
    pipeline = NormaliserPipeline()
    assert pipeline(name) == name
    sentence = f"She said {name} and {name}’s rivals had “no comment”."
    assert pipeline(sentence) == sentence


def test_normal_prose_is_left_alone() -> None:
    """A few thousand words of clean English prose come through unchanged: no word is split."""
    pipeline = NormaliserPipeline()
    words = 0
    for paragraph in _paragraphs(PROSE):
        assert pipeline.explain(paragraph) == (paragraph, ())
        words += len(paragraph.split())
    licence = pathlib.Path(os.__file__).with_name("LICENSE.txt")
    if licence.is_file():  # CPython's own licence: more prose, written by others
        for paragraph in _paragraphs(licence.read_text("utf-8")):
            for name in ("glued_words", "quote_marks", "punctuation"):
                assert normalisers.get(name)(paragraph) == paragraph, (name, paragraph[:80])
            words += len(paragraph.split())
    assert words >= 1300


def test_huge_text_is_deterministic() -> None:
    """huge_text gives the same text for the same size and seed."""
    assert huge_text(5000) == huge_text(5000)
    assert len(huge_text(5000)) == 5000


def test_testing_module_imports_hypothesis_lazily() -> None:
    """Importing newscorpus.testing does not import Hypothesis, a test-only dependency."""
    code = "import sys, newscorpus.testing; print('hypothesis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- fast paths ----------------------------------------------------------------
#
# The built-ins skip work with cheap checks and with patterns rewritten to start
# with a character class.  Each must give exactly what the full version gives:
# the *_full functions for the prechecks, and below, the patterns as they were.

_builtin = normalisers._builtin

# Pieces biased to what the fast paths decide on: quote marks with and without
# the spaces and letters around them, dashes, entities, mojibake, odd spaces,
# controls, non-NFC text, camel case, doubled marks, cased non-letters.
_TRICKY = (
    *("“", "”", "„", '"', "’", "‘", "'", " “", "“ ", ", ”", "”he", ".“", ":“", "\t”", "”ⓐ", "”Ⓐ"),
    *('“large-scale provocation"', '"Yes”', '12"', "“Stop it,”", "„Nein“"),
    *("-", "--", "---", " - ", " -- ", "\t-\t", "–", "—", "―", " — ", "1 - 2", "a--b", "_--_"),
    *("&", "&amp;", "&amp;lt;", "&#8217;", "&#10;", "&eacute;", "&nbsp;", "&#x2014;", ";"),
    *("â€™", "â€œ", "â€\x9d", "Ã©", "Â", "\x9d", "\x1b", "\x1b[31m", "ï¬\x81"),
    *("\u00a0", "\u2009", "\u3000", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u180e"),
    *("\u2028", "\u2029", "\x00", "\x07", "\x7f", "\x85", "\r", "\r\n", "\n", "\t", "\x0b"),
    *("e\u0301", "\u0301", "\u212b", "\ud800", "ﬁ", "\U0001f600"),
    *("articleComments", "UkraineAllies", "iPhone", "McDonald", "aB", "Bc", "aBc", "жЖж"),
    *("MacArthur", "YouTubers", "x://aBc", "@aBc", "#aBc", "a.b", "@\tarticleComments"),
    *("..", ",,", "...", "....", "…", ".", ",", "!", "?", ")", "1..10", "border.. This", "_.."),
    *(" ", " ", "  ", "a", "Z", "9", "é", "ǅ", "ß", "ΩΣ", "Ⅻ", "ⅻ"),
)  # fmt: skip
tricky_text = st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=2)), max_size=30).map(
    "".join
)

_DOUBLED_BEFORE = re.compile(r"(?<=[^\W_])([.,])\1(?![.,…])(?=\s|\Z|[”\"’)\]])")
_SPACED_DASH_BEFORE = re.compile(r"(?<=\S)[ \t]+(?:-{1,3}|[\u2013\u2014\u2015])[ \t]+(?=\S)")
_DOUBLE_HYPHEN_BEFORE = re.compile(r"(?<=[^\W_])--(?=[^\W_])")
_GLUE_CHUNK_BEFORE = re.compile(rf"(?<!\S)\S*?[{_builtin._L}][{_builtin._U}][{_builtin._L}]\S*")


def _punctuation_before(text: str) -> str:
    return _DOUBLED_BEFORE.sub(r"\1", text)


def _dashes_before(text: str) -> str:
    if "-" in text or "–" in text or "—" in text or "―" in text:
        text = _SPACED_DASH_BEFORE.sub(_builtin._em_dash, text)
        text = _DOUBLE_HYPHEN_BEFORE.sub("—", text)
    return text.replace("...", "…")


def _dashes_ascii_before(text: str) -> str:
    if "-" in text or "–" in text or "—" in text or "―" in text:
        text = _SPACED_DASH_BEFORE.sub(_builtin._ascii_dash, text)
        text = text.replace("—", "--").replace("―", "--").replace("–", "-")
    return text.replace("…", "...")


def _glued_words_before(text: str) -> str:
    split = _builtin._default_splitter()
    return _GLUE_CHUNK_BEFORE.sub(lambda match: split._chunk(match.group()), text)


_REFERENCES = {
    "mojibake": _builtin._mojibake_full,
    "unicode": _builtin._unicode_full,
    "quote_marks": _builtin._quote_marks_full,
    "punctuation": _punctuation_before,
    "glued_words": _glued_words_before,
    "dashes": _dashes_before,
    "dashes_ascii": _dashes_ascii_before,
}


@pytest.mark.parametrize("name", sorted(_REFERENCES))
@settings(max_examples=max(settings().max_examples, 300))
@given(text=st.one_of(tricky_text, news_text()))
@example(text='the “large-scale provocation" said')
@example(text="x@\u3000articleComments and\xa0iPhone\ndealsToday")
@example(text="a_.. b,, c")
@example(text="“Stop it, ”he said.“Then ”ⓐ")
@example(text="Cafe\u0301 “said” 1\u212b")
@example(text="a\t- b, c\t\u2014 d -\te")
@example(text="plain ASCII \x1b[31mred\x1b[0m")
def test_fast_paths_agree_with_the_full_versions(name: str, text: str) -> None:
    """Each built-in with a fast path gives what its full, unshortened version gives."""
    func = getattr(_builtin, name)
    reference = _REFERENCES[name]
    assert func(text) == reference(text)
    # Down the default chain too, where each step sees what the last one left.
    for step in normalisers.DEFAULT:
        text = getattr(_builtin, step)(text)
        assert func(text) == reference(text), step


def _explain_reference(
    steps: list[tuple[str, Normaliser]], text: str
) -> tuple[str, tuple[str, ...]]:
    # explain() as it was, less its error handling.
    changed = []
    for name, func in steps:
        result = func(text)
        if result != text:
            changed.append(name)
            text = result
    return text, tuple(changed)


@given(st.one_of(tricky_text, news_text()))
def test_explain_agrees_with_running_the_full_steps_in_turn(text: str) -> None:
    """explain() gives the text and names that running every full step in order gives."""
    full = [(name, _REFERENCES.get(name, getattr(_builtin, name))) for name in normalisers.DEFAULT]
    assert NormaliserPipeline().explain(text) == _explain_reference(full, text)


@given(st.lists(st.one_of(tricky_text, news_text()), max_size=6))
def test_explain_many_gives_what_explain_gives_for_each_text(texts: list[str]) -> None:
    """explain_many() is explain() on each text, in order (the pipeline's per-document path)."""
    pipeline = NormaliserPipeline()
    assert pipeline.explain_many(texts) == [pipeline.explain(t) for t in texts]


def test_explain_many_names_the_failing_step_and_rejects_bytes() -> None:
    with pytest.raises(NormaliserError, match="_explode"):
        NormaliserPipeline((_explode,)).explain_many(["fine", "boom"])
    with pytest.raises(TypeError, match="decode bytes first"):
        NormaliserPipeline().explain_many(["fine", b"bytes"])  # type: ignore[list-item]


def test_unicode_fast_path_premise() -> None:
    """Every character unicode's full version drops or replaces is not printable."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    touched = "".join(
        [
            *_builtin._DROP.findall(everything),
            *_builtin._LINE_BREAK.findall(everything),
            *_builtin._ODD_SPACE.findall(everything),
            "\t\n\r",
        ]
    )
    assert len(touched) > 60
    assert not [hex(ord(c)) for c in touched if c.isprintable()]


def test_quote_marks_fast_path_premise() -> None:
    """No character the fast path lets follow a closing mark is cased, so none gets a space."""
    assert not [c for c in _builtin._QUOTE_SAFE_AFTER if _builtin._cased(c)]
    # And a cased character that is no letter still takes the full path.
    assert _builtin.quote_marks("“x”ⓐ") == _builtin._quote_marks_full("“x”ⓐ") == "“x” ⓐ"


def test_explain_names_changed_steps_whatever_object_they_return() -> None:
    """An unchanged step is not named, whether it returns its input or an equal copy."""

    def copy(text: str) -> str:
        return "".join(list(text))

    def shout(text: str) -> str:
        return text.upper()

    pipeline = NormaliserPipeline((copy, "unicode", shout, copy))
    assert pipeline.explain("  abc ") == ("ABC", ("unicode", pipeline.names[2]))
    assert pipeline.explain("ABC") == ("ABC", ())


# --- the screen that skips built-in steps ------------------------------------

_CP1252_PRINTABLE = sorted(
    {bytes([b]).decode("cp1252", "ignore") for b in range(256)} - {""},
)
_CP1252_PRINTABLE = [c for c in _CP1252_PRINTABLE if c.isprintable()]

# Printable text (most of what the screen rules on), mostly Windows-1252 with its marks,
# with the pieces the steps react to; the rest of tricky_text reaches the unprintable cases.
screenable_text = st.lists(
    st.one_of(
        st.sampled_from([piece for piece in _TRICKY if piece.isprintable()]),
        st.sampled_from(_CP1252_PRINTABLE),
        st.sampled_from(("Ж", "ж", "―", "‚", "ǅ", "́", "ﬁ")),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=max(settings().max_examples, 500))
@given(text=st.one_of(screenable_text, tricky_text, news_text()))
@example(text="a  b")
@example(text=" leading")
@example(text="Kyiv’s “pretext” — named")
@example(text="café articleComments")
@example(text="Q&A..")
def test_screened_steps_ruled_out_leave_the_text_alone(text: str) -> None:
    """A built-in step that steps_that_may_change leaves out returns the text unchanged."""
    may_change = _builtin.steps_that_may_change(text)
    for step in _builtin.SCREENED - may_change:
        assert step(text) == text, step.__name__


def test_screen_premises() -> None:
    """Printable Windows-1252 text is NFC whatever the order of its characters; each mark's
    stand-in is of its class; the marks are those the mojibake step accepts beside ASCII."""
    chars = _CP1252_PRINTABLE
    assert len(chars) > 200
    assert all(unicodedata.is_normalized("NFC", a + b) for a in chars for b in chars)
    marks = "".join(mark for mark, _ in _builtin._MARK_STAND_INS)
    for mark, stand_in in _builtin._MARK_STAND_INS:
        assert stand_in.isascii()
        assert _builtin._char_class(mark) == _builtin._char_class(stand_in), mark
    accepted = {chr(c) for c in range(0x80, 0x10000) if not _builtin._MAYBE_BROKEN.match(chr(c))}
    assert accepted == set(marks)


def test_explain_skips_only_built_in_steps() -> None:
    """A step of one's own always runs, screened or not; so does every step after a change."""
    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return text

    def glue(text: str) -> str:
        return text.replace(" ", "")

    pipeline = NormaliserPipeline(("unicode", spy, glue, "glued_words", spy))
    assert pipeline.explain("plain text, nothing to do") == (
        "plaintext,nothingtodo",
        (pipeline.names[2],),
    )
    assert seen == ["plain text, nothing to do", "plaintext,nothingtodo"]
    assert NormaliserPipeline((spy,)).explain("x") == ("x", ())


def _ftfy_characters() -> list[str]:
    """Every non-ASCII character ftfy's mojibake test names, literally or in its classes."""
    import re

    from ftfy import badness

    chars = {c for c in badness.BADNESS_RE.pattern if ord(c) > 127}
    for body in badness.MOJIBAKE_CATEGORIES.values():
        cls = re.compile(f"[{body}]")
        chars.update(c for c in map(chr, range(0x80, 0x3000)) if cls.match(c))
    return sorted(chars)


_CONTEXTS = ["", " ", "a", "Z", "ab", "a ", " a", ".", ",", "1", "(", "'", '"', "-"]


def test_ftfy_is_left_out_only_where_it_finds_nothing() -> None:
    """The premise of the mojibake step's gate, checked against the installed ftfy: each
    character its mojibake test knows, alone between ASCII, next to one of its "common"
    characters (no-break space, dashes...) or in a run of those, is no mojibake to it
    unless the gate flags it."""
    from ftfy import badness

    gate = _builtin._FTFY_MAY_CHANGE
    common_class = re.compile(f"[{badness.MOJIBAKE_CATEGORIES['common']}]")
    known = [c for c in _ftfy_characters() if not gate.search(c)]
    common = [c for c in known if common_class.match(c)]
    pairs = [c + d for c in known for d in common] + [d + c for c in known for d in common]
    triples = [c + d + e for c in common for d in common for e in common]
    checked = 0
    for runs, contexts in ((known, _CONTEXTS), (pairs + triples, ["", " ", "a", ".", "1"])):
        for run in runs:
            if gate.search(run):
                continue
            for before in contexts:
                for after in contexts:
                    line = before + run + after
                    assert not badness.is_bad(line), ascii(line)
                    checked += 1
    assert len(common) >= 5 and checked > 50_000


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ftfy_characters()),
            st.text(alphabet="abcXYZ .,'\"-1(", min_size=1, max_size=3),
        ),
        max_size=12,
    ).map("".join)
)
def test_ftfy_changes_no_line_the_gate_lets_through(line: str) -> None:
    """Whatever the gate of the mojibake step lets through, ftfy leaves as it is."""
    import ftfy

    if not _builtin._FTFY_MAY_CHANGE.search(line):
        assert ftfy.fix_text(line, _builtin._FTFY_CONFIG) == line
