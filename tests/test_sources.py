"""Sources, authors and dates: the data-driven byline table, seeds, and properties."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from conftest import SEEDS
from newscorpus import Removed, SourceRole
from newscorpus.extract.metadata import (
    agency_name,
    lexicon,
    parse_bio,
    parse_byline,
    parse_date,
    parse_photo_credit,
)
from newscorpus.extract.sources import ROLE_PRECEDENCE, SourcesResult, extract_sources

CASES: list[dict[str, Any]] = json.loads(
    (pathlib.Path(__file__).parent / "data" / "byline_cases.json").read_text(encoding="utf-8")
)["cases"]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _run(case: dict[str, Any]) -> SourcesResult:
    return extract_sources(
        paragraphs=case["paragraphs"],
        removed=[
            Removed(text=r["text"], reason=r["reason"], where=i)
            for i, r in enumerate(case.get("removed", []))
        ],
        title=case.get("title"),
        hints=case.get("hints"),
        language=case.get("language"),
    )


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_byline_case(case: dict[str, Any]) -> None:
    """Each table case gives exactly its expected sources, authors and publication date."""
    result = _run(case)
    got = sorted((s.name, s.role.value) for s in result.sources)
    assert got == sorted(tuple(s) for s in case["sources"])
    assert list(result.authors) == case["authors"]
    published = result.published.isoformat() if result.published else None
    assert published == case["published"]


def test_case_table_is_broad() -> None:
    """The table holds at least 60 cases, non-English and negative ones among them."""
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c.get("negative")) >= 10
    assert {c.get("language") for c in CASES} >= {"es", "de", "fr", "it", "ru", "nl"}
    for case in CASES:
        if case.get("negative"):
            assert not case["sources"] and not case["authors"] and case["published"] is None


def test_every_case_evidence_is_from_its_input() -> None:
    """Every source's evidence is a non-empty substring of one of the case's inputs."""
    for case in CASES:
        inputs = [*case["paragraphs"], *(r["text"] for r in case.get("removed", []))]
        inputs += [case.get("title") or "", *(case.get("hints") or {}).values()]
        for source in _run(case).sources:
            assert source.evidence, case["id"]
            assert any(source.evidence in text for text in inputs), (case["id"], source.evidence)


# --------------------------------------------------------------------------- seeds


def _seed_blocks(path: pathlib.Path) -> tuple[list[str], list[Removed]]:
    """Split a seed by its gold labels, naming removal reasons as boilerplate removal does."""
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"][path.name]
    paragraphs: list[str] = []
    removed: list[Removed] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        label = gold["lines"].get(str(i), "boilerplate")
        if label == "content":
            paragraphs.append(" ".join(line.split()))
            continue
        flat = " ".join(line.split())
        reason = "page-chrome"
        if label == "title":
            reason = "title"
        elif flat.startswith("By "):
            reason = "byline"
        elif "Credit:" in flat or " / " in flat:
            reason = "caption"
        elif flat.startswith("Source:"):
            reason = "source-credit"
        elif re.match(r"^[A-Z]\w+ is an? ", flat):
            reason = "author-bio"
        elif label == "either":
            reason = "duplicate"
        removed.append(Removed(text=line, reason=reason, where=i))
    return paragraphs, removed


def test_seeds_give_gold_sources(seed_paths: list[pathlib.Path]) -> None:
    """Each seed gives its gold sources in their roles, and no source or photographer as author."""
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]
    for path in seed_paths:
        paragraphs, removed = _seed_blocks(path)
        result = extract_sources(paragraphs=paragraphs, removed=removed, language="en")
        got = {(s.name, s.role.value) for s in result.sources}
        for role, names in gold[path.name]["sources"].items():
            for name in names:
                assert (name, role) in got, (path.name, name, role, got)
        allowed = {n for names in gold[path.name]["sources"].values() for n in names}
        allowed |= set(gold[path.name]["optional_sources"])
        for name, _ in got:
            assert any(a in name or name in a for a in allowed), (path.name, name)
        names = {s.name.casefold() for s in result.sources}
        assert not any(a.casefold() in names for a in result.authors)
        assert "Francisco Seco" not in result.authors


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("AP", "AP"),
        ("Agence France-Presse", "AFP"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("DPA", "dpa"),
        ("Agencia EFE", "EFE"),
        ("ТАСС", "TASS"),
        ("Press Trust of India", "PTI"),
        ("Reuters Staff", "Reuters"),
        ("Keystone-ATS", "Keystone-SDA"),
        ("ap", None),
        ("Jane Doe", None),
    ],
)
def test_agency_aliases_are_one_name(text: str, expected: str | None) -> None:
    """Long forms and aliases map to the trade's short name; lowercase acronyms do not."""
    assert agency_name(text) == expected


def test_agency_lexicon_names_are_unique_and_complete() -> None:
    """The agency lexicon has unique canonical names and covers the agencies the issue lists."""
    data = json.loads(
        (
            pathlib.Path(__file__).parents[1] / "src/newscorpus/extract/lexicons/agencies.json"
        ).read_text(encoding="utf-8")
    )
    names = [a["name"] for a in data["agencies"]]
    assert len(names) == len(set(names))
    wanted = (
        "AFP AP Reuters dpa EFE ANSA Xinhua TASS Interfax Ukrinform UNIAN Kyodo Yonhap PTI ANI IANS"
    )
    assert set(wanted.split()) <= set(names)
    assert {"Europa Press", "RIA Novosti", "Anadolu", "PA Media", "Bloomberg"} <= set(names)


def test_month_names_never_disagree() -> None:
    """No month name means two different months across the shipped languages."""
    seen: dict[str, int] = {}
    for path in (pathlib.Path(__file__).parents[1] / "src/newscorpus/extract/lexicons").glob(
        "byline_*.json"
    ):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, names in enumerate(data["months"]):
            for name in names:
                key = name.casefold()
                assert seen.setdefault(key, i + 1) == i + 1, (path.name, name)
    assert lexicon().months["febrero"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-02-17T12:43:00+01:00", "2022-02-17T12:43:00+01:00"),
        ("2022-02-17", "2022-02-17T00:00:00+00:00"),
        ("Published 17/02/2022 - 12:43 • Updated 18/02/2022 - 09:00", "2022-02-17T12:43:00+00:00"),
        ("Updated 18/02/2022 Published 17/02/2022", "2022-02-17T00:00:00+00:00"),
        ("February 17, 2022 3:04 PM GMT", "2022-02-17T15:04:00+00:00"),
        ("17 de febrero de 2022", "2022-02-17T00:00:00+00:00"),
        ("17. Februar 2022 um 14:30 Uhr", "2022-02-17T14:30:00+00:00"),
        ("17 février 2022 à 08h15", "2022-02-17T08:15:00+00:00"),
        ("17 февраля 2022", "2022-02-17T00:00:00+00:00"),
        ("2022年2月17日", "2022-02-17T00:00:00+00:00"),
        ("17.02.2022, 09:00 CET", "2022-02-17T09:00:00+01:00"),
        ("02/13/2022", "2022-02-13T00:00:00+00:00"),
        ("Thu, 17 Feb 2022 12:43:00 +0100", "2022-02-17T12:43:00+01:00"),
        ("Feb. 17, 2022 at 3:04 PM EST", "2022-02-17T15:04:00-05:00"),
        ("Thu 17 Feb 2022 14.30 GMT", "2022-02-17T14:30:00+00:00"),
        ("Опубликовано: 17 февраля 2022, 14:30 МСК", "2022-02-17T14:30:00+03:00"),
        ("2022-02-17T12:43:00.000Z", "2022-02-17T12:43:00+00:00"),
        ("Feb 17 (Reuters)", None),
        ("2 hours ago", None),
        ("today", None),
        ("31/02/2022", None),
        ("17 February 2031", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    """Dates in many formats come back aware; incomplete, impossible and future ones are None."""
    value = parse_date(text, now=NOW)
    assert (value.isoformat() if value else None) == expected


@given(st.text(max_size=200))
def test_parse_date_never_raises_and_is_aware(text: str) -> None:
    """parse_date takes any text and returns None or an aware datetime no later than tomorrow."""
    value = parse_date(text)
    if value is not None:
        assert value.tzinfo is not None
        assert value <= dt.datetime.now(dt.UTC) + dt.timedelta(days=1)


def test_parse_date_never_returns_today_for_undated_text() -> None:
    """Text without a date never yields the date of the day it is parsed."""
    for text in ("today", "just now", "Updated 5 minutes ago", "Yesterday", "Monday"):
        assert parse_date(text) is None


def test_photo_credit_separates_agency_and_photographer() -> None:
    """A photo credit names the agency as the photo source and the photographer apart."""
    credit = parse_photo_credit("Francisco Seco / POOL / AFP")
    assert credit.photo == ("AFP",)
    assert credit.photographers == ("Francisco Seco",)
    assert credit.authors == ()


def test_bio_gives_first_name_and_employer() -> None:
    """A bio gives its subject's name as author and its employer as an outlet."""
    name, employer = parse_bio(
        "Ricardo is a renowned author and journalist. "
        "He works as a writer at the Example News Agency."
    )
    assert (name, employer) == ("Ricardo", "Example News Agency")


def test_strict_byline_rejects_prose() -> None:
    """In strict mode a sentence that starts with By is not read as a byline."""
    for text in (
        "By Thursday, troops had left.",
        "By then the talks had failed",
        "By clicking you agree",
    ):
        assert not parse_byline(text, strict=True)


def test_precedence_is_documented_order() -> None:
    """One name keeps one text role, the strongest of publisher, agency, original, cited."""
    assert ROLE_PRECEDENCE == (
        SourceRole.PUBLISHER,
        SourceRole.AGENCY,
        SourceRole.ORIGINAL,
        SourceRole.CITED,
    )
    result = extract_sources(
        paragraphs=["The agency said so, Reuters reported."],
        removed=[
            Removed(text="Source: Reuters", reason="source-credit"),
            Removed(text="By Reuters", reason="byline"),
        ],
        hints={"site_name": "Reuters"},
    )
    assert [(s.name, s.role) for s in result.sources] == [("Reuters", SourceRole.PUBLISHER)]


# --------------------------------------------------------------------------- properties

_reasons = st.sampled_from(
    [
        "byline",
        "source-credit",
        "author-bio",
        "photo-credit",
        "caption",
        "dateline",
        "duplicate",
        "page-chrome",
    ]
)
_credit_words = st.sampled_from(
    [
        "By",
        "Por",
        "Von",
        "Source:",
        "Credit:",
        "©",
        "(AFP)",
        "Reuters",
        "AP",
        "with",
        "and",
        "Jane",
        "Doe",
        "The",
        "Guardian",
        "reported",
        "told",
        "according to",
        "…reports",
        "/",
        "–",
        "2022",
        "17/02/2022",
        "\u00a0",
    ]
)
_texty = st.lists(st.one_of(_credit_words, st.text(max_size=12)), max_size=12).map(" ".join)


@given(
    paragraphs=st.lists(_texty, max_size=5),
    removed=st.lists(st.tuples(_texty, _reasons), max_size=4),
    hints=st.none()
    | st.dictionaries(st.sampled_from(["author", "published", "site_name", "publisher"]), _texty),
    language=st.sampled_from([None, "en", "es", "de", "xx"]),
)
def test_extract_sources_properties(
    paragraphs: list[str],
    removed: list[tuple[str, str]],
    hints: dict[str, str] | None,
    language: str | None,
) -> None:
    """On any input it never raises, quotes real evidence, and credits no agency as an author."""
    blocks = [Removed(text=t, reason=r) for t, r in removed]
    result = extract_sources(paragraphs=paragraphs, removed=blocks, hints=hints, language=language)
    inputs = [*paragraphs, *(t for t, _ in removed), *(hints or {}).values()]
    for source in result.sources:
        assert any(source.evidence in text for text in inputs)
    keys = [(s.name.casefold(), s.role) for s in result.sources]
    assert len(keys) == len(set(keys))
    text_roles = [s.name.casefold() for s in result.sources if s.role != SourceRole.PHOTO]
    assert len(text_roles) == len(set(text_roles))
    for author in result.authors:
        assert agency_name(author) is None
        assert author.casefold() not in {s.name.casefold() for s in result.sources}
        assert author.casefold() not in {"staff", "email the author"}
    if result.published is not None:
        assert result.published.tzinfo is not None


@given(st.one_of(_texty, st.text(max_size=300)))
def test_metadata_readers_are_total(text: str) -> None:
    """Byline, photo-credit and bio readers take any text and never name an agency as a person."""
    for byline in (parse_byline(text), parse_byline(text, strict=True), parse_photo_credit(text)):
        for person in (*byline.authors, *byline.photographers):
            assert agency_name(person) is None
            assert person.strip() == person and person
    name, employer = parse_bio(text)
    assert name is None or agency_name(name) is None
    assert employer is None or (employer.strip() == employer and len(employer) > 1)


# --------------------------------------------------------------------------- fast paths

_CUES = sorted({*lexicon().cite_before, *lexicon().cite_after, *lexicon().outlet_descriptors})
_LABELS = sorted(lexicon().photo_credit)
_cased = st.sampled_from([str.lower, str.upper, str.title, lambda w: w.replace("i", "ı")])
_around = st.sampled_from(
    [
        " ",
        "",
        "-",
        "\n",
        ", ",
        "(",
        "’",
        "ſ",
        "İ",
        "😀",
        "Reuters",
        "the",
        "…",
        "_",
        "/",
        "\xa0",
        "é",
    ]
)


def _spelled(words: list[str]) -> st.SearchStrategy[str]:
    part = st.one_of(st.tuples(st.sampled_from(words), _cased).map(lambda p: p[1](p[0])), _around)
    return st.lists(part, max_size=10).map("".join)


@given(st.lists(_spelled(_CUES), min_size=1, max_size=4), st.sampled_from([None, "en", "de", "tr"]))
def test_cue_candidates_never_miss_a_match(paragraphs: list[str], language: str | None) -> None:
    """Trying the cue patterns only at candidate places finds exactly what a full search does."""
    from newscorpus.extract.sources import _cue_matches, _cue_starts, _patterns

    pats = _patterns(language)
    for paragraph, starts in zip(paragraphs, _cue_starts(paragraphs, language), strict=True):
        for name in ("cite_before", "cite_after", "descriptor", "descriptor_after"):
            full = [m.span() for m in pats[name].finditer(paragraph)]
            assert [m.span() for m in _cue_matches(pats, name, paragraph, starts)] == full


@given(_spelled(_LABELS))
def test_photo_label_prefilter_never_misses(text: str) -> None:
    """The cheap photo-label check only rules out texts the label pattern cannot match, and
    the search it starts later finds the same first match."""
    from newscorpus.extract.sources import _label_search_start, _patterns

    label = _patterns(None)["photo_label"]
    full = label.search(text)
    if full is not None:
        start = _label_search_start(text)
        assert start is not None
        late = label.search(text, start)
        assert late is not None and late.span() == full.span()
        assert late.groupdict() == full.groupdict()


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_ascii_fast_paths_agree(text: str) -> None:
    """Clean ASCII skips ftfy and the whitespace map only where they would change nothing."""
    import ftfy

    from newscorpus.extract.metadata import _FTFY_CLEAN, _SPACE_TABLE, _fix_text, _spaces

    assert _spaces(text) == text.translate(_SPACE_TABLE)
    assert _fix_text(text) == ftfy.fix_text(text)
    if _FTFY_CLEAN.fullmatch(text):
        assert _fix_text(text) == text


@given(st.text(alphabet="\t\n aZ09.,;:'\"!?()/%#$*+<>=@[]_`{|}~-\xa0‘’“”–—…", max_size=60))
def test_quote_fast_path_agrees_with_ftfy(text: str) -> None:
    """Text of ASCII, no-break spaces, curly quotes, dashes and ellipses skips ftfy exactly."""
    import ftfy

    from newscorpus.extract.metadata import _FTFY_QUOTES, _fix_text

    assert _FTFY_QUOTES.fullmatch(text)
    assert _fix_text(text) == ftfy.fix_text(text)


@given(st.text(max_size=60))
def test_whitespace_map_agrees(text: str) -> None:
    """The whitespace map equals the translation table on any text."""
    from newscorpus.extract.metadata import _SPACE_TABLE, _spaces

    assert _spaces(text) == text.translate(_SPACE_TABLE)
    assert not any(chr(c).isprintable() for c in _SPACE_TABLE)
    assert " ".join(_spaces(text).split()) == " ".join(text.split())


_DATE_PARTS = [
    *("17", "2", "2022", "12345", " ", ",", ".", "/", "-", "de ", "st", "TH", "º", "T", "12:43"),
    *("GMT", "+02:00", "年", "月", "日", "Published", "\u0345", "ſ", "K", "İ", "x", "(", "—"),
    *sorted({"Feb.", "February", "FÉVRIER", "février", "Mai", "мая", "Ocak", "Ağustos"}),
]


@given(st.lists(st.sampled_from(_DATE_PARTS), max_size=12).map("".join))
def test_date_prechecks_never_miss(text: str) -> None:
    """A date pattern finds nothing in a text where its cheaper check finds nothing."""
    from newscorpus.extract.metadata import _date_patterns, _date_prechecks

    for pattern, needs in zip(_date_patterns(), _date_prechecks(), strict=True):
        if pattern.search(text) is not None:
            assert needs.search(text) is not None, pattern.pattern


def test_cased_letter_class_holds_every_case_match() -> None:
    """Every character ``re.IGNORECASE`` matches with a month name's first letter is a letter
    or U+0345: the class the day-then-month date check stands on."""
    from newscorpus.extract.metadata import _CASED_LETTER, _month_name_set

    openers = sorted({name[0] for name in _month_name_set()})
    everything = "".join(map(chr, range(0x110000)))
    matched = re.findall("[" + re.escape("".join(openers)) + "]", everything, re.IGNORECASE)
    cased = re.compile(_CASED_LETTER)
    assert matched and all(cased.fullmatch(c) for c in matched)


_NAMEY = st.sampled_from(
    [
        *(" ", "  ", "The ", "the ", "l’", "d'", "Wall", "Street", "Journal", "of", " and ", "BBC"),
        *(
            "News",
            ",",
            ".",
            "“",
            "(",
            "3",
            "&",
            "+",
            "-",
            "’s",
            "é",
            "\n",
            "said",
            "Le Monde",
            "😀",
        ),
    ]
)


@given(st.lists(_NAMEY, max_size=14).map("".join))
def test_name_before_search_from_cut_agrees(window: str) -> None:
    """Searching for a trailing name after the last character no name holds finds the same."""
    from newscorpus.extract.sources import _NAME_CHARS_RUN, _NAME_END

    run = _NAME_CHARS_RUN.match(window[::-1])
    assert run is not None
    full = _NAME_END.search(window)
    cut = _NAME_END.search(window, len(window) - run.end())
    assert (full and (full.span(), full.group("name"))) == (cut and (cut.span(), cut.group("name")))


_CREDITISH = st.sampled_from(
    [
        *(" ", "AP", "Reuters", "The Associated Press", "AFP", "dpa", "Staff", "Photo", "PHOTO"),
        *("Writer", "Writers", "via Getty Images", "News Agency", "Wire", "Service", "TV", "x"),
        *("(", ".", "Jane"),
    ]
)


@given(st.lists(_CREDITISH, max_size=6).map(" ".join), st.booleans())
def test_agency_fast_paths_agree(text: str, credit: bool) -> None:
    """The suffix precheck and the anchored lookup decide as the full searches do."""
    from newscorpus.extract.metadata import (
        _AGENCY_SUFFIX,
        _AGENCY_SUFFIX_ENDS,
        _agency_at_start,
        find_agencies,
    )

    candidate = " ".join(text.split())
    if _AGENCY_SUFFIX.sub("", candidate) != candidate:
        assert candidate.endswith(_AGENCY_SUFFIX_ENDS)
    first = find_agencies(text, credit=credit)[:1]
    expected = (first[0][0], first[0][2]) if first and first[0][1] == 0 else None
    assert _agency_at_start(text, credit=credit) == expected


@given(
    st.text(max_size=80)
    | st.lists(st.sampled_from(["a ", "reporter", "Editor", "journalist", "x"])).map("".join)
)
def test_bio_role_search_agrees(text: str) -> None:
    """One search for any role word decides as one search per role word does."""
    from newscorpus.extract.metadata import _bio_role, _fold

    window = _fold(text)
    each = any(re.search(rf"\b{re.escape(_fold(r))}", window) for r in lexicon().bio_roles)
    assert (_bio_role().search(window) is not None) == each


_BODY_PIECES = st.sampled_from(
    [
        *(" ", "\n", "\t", "\x1c", "_", "#", "\x00", "Said", "TOLD", "according", "To", "News"),
        *("agency", "’", "“", "”", "—", "…", "«", "é", "İ", "ſ", ".", ",", "'s", "-", "AFP", "x"),
    ]
)


@given(st.lists(_BODY_PIECES, max_size=30).map("".join))
def test_ascii_flattening_agrees(body: str) -> None:
    """The byte-level flattening equals the general one and splits into the same key words."""
    from newscorpus.extract.sources import _ascii_flat, _cue_index, _flatten, _words

    index = _cue_index(None)
    data = _ascii_flat(body)
    if data is None:
        return
    flat = index.folding.fold(_flatten(body))
    assert index.marks_plain and index.folding.plain(body, flat)
    assert data.decode("ascii") == flat
    in_bytes = {key.decode("ascii") for key in index.key_bytes.intersection(data.split())}
    assert in_bytes == index.key_words.intersection(_words(flat))
    whole = {k for k in index.key_words if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", flat)}
    assert in_bytes == whole


_CLOSING = st.sampled_from(
    [
        *(" ", "  ", "\n", ".", "!", "?", "|", "-", "–", "—", "(", ")", "[", "]", "AFP", "Reuters"),
        *("With inputs from IANS", "Photo", "/", "x" * 45, "Jane Doe", "”", "’", "é"),
        *("J", "AB", "²", "3", "_", "ß"),
    ]
)


@given(st.lists(_CLOSING, max_size=16).map("".join))
def test_closing_credit_prechecks_agree(text: str) -> None:
    """The trailing-credit search starts late and the sign-off searches are skipped only where
    that finds what a full search finds."""
    from newscorpus.extract.sources import (
        _DASH_SIGN_OFF,
        _SIGN_OFF,
        _TAIL_CREDIT,
        _sign_off_possible,
        _tail_credit_start,
    )

    closing = text.rstrip()
    full = _TAIL_CREDIT.search(closing)
    late = _TAIL_CREDIT.search(closing, _tail_credit_start(closing))
    assert (full and full.span()) == (late and late.span())
    bracketed, dashed = _sign_off_possible(text)
    assert bracketed or _SIGN_OFF.search(text) is None
    assert dashed or _DASH_SIGN_OFF.search(text) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Flags outside parliament on Tuesday. AP Photo/J. Scott Applewhite",
            "AP Photo/J. Scott Applewhite",
        ),
        ("Cranes at the port. Reuters/A.B. Smith", "Reuters/A.B. Smith"),
        ("Protesters gather in Washington, D.C. AP Photo/Jane Doe", "AP Photo/Jane Doe"),
        ("Soldiers at a base run by the U.S. Getty Images/AFP", "Getty Images/AFP"),
        ("Tablets of vitamin C. AP Photo/John Roe", "AP Photo/John Roe"),
        ("He said so. Then he left.", None),
    ],
)
def test_trailing_credit_initials_only_after_the_slash(caption: str, credit: str | None) -> None:
    """Initials belong to the photographer's name after the credit's last "/"; an initial's
    full stop before it ("D.C.", "U.S.") ends the caption's sentence."""
    from newscorpus.extract.sources import _TAIL_CREDIT, _tail_credit_start

    m = _TAIL_CREDIT.search(caption, _tail_credit_start(caption))
    assert (m and m.group("credit")) == credit


def test_trailing_credit_search_is_linear_on_initials() -> None:
    """A long run of initials starts the credit search near the end, not at every dot."""
    from newscorpus.extract.sources import _tail_credit_start

    text = ("J. Smith " * 20_000).rstrip()
    assert _tail_credit_start(text) >= len(text) - 100


def test_photo_credit_with_initials_names_its_agency() -> None:
    """A caption's trailing credit may hold initials: "AP Photo/J. Scott Applewhite"."""
    text = (
        "Protest in Kyiv\n\nDemonstrators gathered outside parliament on Tuesday, calling on "
        "lawmakers to vote the bill down before the summer recess begins.\n\n"
        "A protester waves a flag outside parliament in Kyiv on Tuesday. AP Photo/J. Scott "
        "Applewhite\n\nThe vote is expected on Friday, officials said, after two earlier "
        "sessions ended without a quorum."
    )
    article = newscorpus.parse_text(text, pipeline=newscorpus.Pipeline(detect_language=False))
    assert ("AP", SourceRole.PHOTO) in {(s.name, s.role) for s in article.sources}


def test_first_character_guards() -> None:
    """A guard's character class, under re.IGNORECASE, lets through every character that
    re.IGNORECASE matches with the first letter of one of its words."""
    from newscorpus.extract.metadata import _first_characters, _month_name_set

    lex = lexicon()
    everything = "".join(map(chr, range(0x110000)))
    for words in (
        lex.by,
        lex.skip_by,
        lex.photo_by,
        lex.source_credit,
        lex.agency_credit,
        lex.photo_credit,
        lex.cite_before,
        _month_name_set(),
    ):
        guard = _first_characters(words)
        assert guard is not None
        allowed = set(re.findall(guard, everything, re.IGNORECASE))
        for first in {w[0] for w in words if w}:
            assert set(re.findall(re.escape(first), everything, re.IGNORECASE)) <= allowed
