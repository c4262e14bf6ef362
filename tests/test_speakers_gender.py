"""Gender agreement: "he" and "she" pass over candidates known to be of the other gender."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.extract import speakers
from newscorpus.extract.quotes import extract_quotes
from newscorpus.extract.speakers import _first_name_gender, load_lexicon

#: Invented first names that no name table knows: their gender is for the text to tell.
UNKNOWN = ("Zorva", "Tavik", "Quenby", "Olvar")


def _speaker(text: str, language: str | None = "en") -> str | None:
    (quote,) = extract_quotes(text, language=language)
    return quote.speaker


def _story(first: str, second: str, pronoun: str) -> str:
    """Two people named in turn (the second one last), then a quote credited to a pronoun.

    The second person, who may come with an apposition ("Jo Roe, a nurse,"), is then
    the subject of a sentence of their own by surname.
    """
    last = second.split(",")[0].split()[-1]
    return (
        f"{first} met {second} on Monday. {last} left early.\n\n"
        f"“I was disappointed,” {pronoun} said."
    )


def test_invented_names_are_unknown() -> None:
    """The invented names the other tests use are in no first-name table."""
    assert [_first_name_gender(n) for n in UNKNOWN] == [None] * len(UNKNOWN)


@pytest.mark.parametrize(
    ("first", "second", "pronoun", "expected"),
    [
        ("Mary Jones", "John Smith", "she", "Mary Jones"),
        ("John Smith", "Mary Jones", "he", "John Smith"),
        ("Mary Jones", "John Smith", "he", "John Smith"),
        ("John Smith", "Mary Jones", "she", "Mary Jones"),
    ],
)
def test_pronoun_chooses_between_a_man_and_a_woman(
    first: str, second: str, pronoun: str, expected: str
) -> None:
    """ "she" skips a more recent John for Mary, "he" a more recent Mary for John."""
    assert _speaker(_story(first, second, pronoun)) == expected


def test_no_compatible_person_credits_no_one() -> None:
    """ "she" after two men credits no one rather than one of them."""
    assert _speaker(_story("John Roe", "Mark Quell", "she")) is None


def test_unknown_names_resolve_as_before() -> None:
    """A name of unknown gender stays a candidate for "he" and "she" alike."""
    for pronoun in ("he", "she"):
        assert _speaker(_story("Zorva Quell", "Tavik Brandt", pronoun)) == "Tavik Brandt"


def test_they_is_unchanged() -> None:
    """ "they" still looks for an organisation, never a person."""
    assert _speaker(_story("Mary Quell", "John Roe", "they")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Honorifics before the name, with and without a full stop.
        (_story("Tavik Brandt", "Mrs Zorva Quell", "he"), "Tavik Brandt"),
        (_story("Zorva Quell", "Mr Tavik Brandt", "she"), "Zorva Quell"),
        (_story("Zorva Quell", "Mr. Tavik Brandt", "she"), "Zorva Quell"),
        # Gendered nouns before the name and in apposition before or after it.
        (_story("Tavik Brandt", "actress Zorva Quell", "he"), "Tavik Brandt"),
        (_story("Zorva Quell", "Tavik Brandt, her husband,", "she"), "Zorva Quell"),
        (
            "Zorva Quell spoke first. Her husband, Tavik Brandt, arrived later. Brandt left "
            "early.\n\n“I was disappointed,” she said.",
            "Zorva Quell",
        ),
        (_story("Tavik Brandt", "Zorva Quell, the mother of the victim,", "he"), "Tavik Brandt"),
        (_story("Tavik Brandt", "Zorva Quell, 45, a mother of three,", "he"), "Tavik Brandt"),
        (_story("Tavik Brandt", "Zorva Quell, the company's spokeswoman,", "he"), "Tavik Brandt"),
    ],
)
def test_text_evidence_gives_unknown_names_a_gender(text: str, expected: str) -> None:
    """Honorifics and gendered nouns next to a name the tables do not know say its gender."""
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    ("second", "pronoun"),
    [
        ("Zorva Quell, whose husband died,", "she"),  # a relative clause, not an apposition
        ("Zorva Quell, her husband and sons", "she"),  # a list of people
        ("Zorva Quell, who thanked the king,", "she"),
    ],
)
def test_nouns_about_someone_else_give_no_gender(second: str, pronoun: str) -> None:
    """A gendered noun near a name but not in apposition to it says nothing of that person."""
    assert _speaker(_story("Tavik Brandt", second, pronoun)) == "Zorva Quell"


def test_honorific_outweighs_the_first_name_table() -> None:
    """ "Sir Evelyn" is a man, though US records give Evelyn to women."""
    assert _first_name_gender("Evelyn") == "female"
    assert _speaker(_story("Sir Evelyn Brandt", "Mary Quell", "he")) == "Evelyn Brandt"


def test_generic_masculine_noun_does_not_outweigh_a_first_name() -> None:
    """ "chairman Jane Roe": a noun some writers use for women cancels, not reverses, "Jane"."""
    assert _speaker(_story("Mary Quell", "chairman Jane Roe", "she")) == "Jane Roe"
    assert _speaker(_story("Mary Quell", "chairman Tavik Roe", "she")) == "Mary Quell"


def test_another_person_of_the_same_surname_lends_no_evidence() -> None:
    """ "Her husband, Tom Brandt," makes Tom a man and says nothing of Zorva Brandt."""
    text = (
        "Zorva Brandt met Mr Olvar Quell on Monday. Her husband, Tom Brandt, stayed home. "
        "Quell left early.\n\n“I was disappointed,” she said."
    )
    assert _speaker(text) == "Zorva Brandt"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Mme Zorva Quell a rencontré M. Tavik Brandt lundi. Brandt est parti tôt.\n\n"
            "« Je suis déçue », a-t-elle dit.",
        ),
        (
            "de",
            "Frau Zorva Quell traf Herrn Tavik Brandt am Montag. Brandt ging früh.\n\n"
            "„Ich bin enttäuscht“, sagte sie.",
        ),
        (
            "es",
            "La Sra. Zorva Quell se reunió con el Sr. Tavik Brandt el lunes. Brandt se fue "
            "temprano.\n\n«Estoy decepcionada», dijo ella.",
        ),
        (
            "it",
            "La signora Zorva Quell ha incontrato il signor Tavik Brandt lunedì. Brandt è "
            "partito presto.\n\n«Sono delusa», ha detto lei.",
        ),
    ],
)
def test_other_languages_honorifics_and_pronouns(language: str, text: str) -> None:
    """M./Mme, Herr/Frau, Sr./Sra. and signor/signora give the gender "elle", "sie", "ella" and "lei" need."""
    assert _speaker(text, language) == "Zorva Quell"


def test_accents_and_hyphens_in_first_names() -> None:
    """ "José" is read as "jose"; a hyphenated name counts only when its parts agree,
    a part of either sex aside."""
    assert _first_name_gender("José") == "male"
    assert _first_name_gender("Anne-Marie") == "female"
    assert _first_name_gender("Marie-José") is None  # parts of both sexes
    assert _first_name_gender("Marie-Claude") == "female"  # Claude is of either sex
    assert _first_name_gender("Jean-Luc") == "male"
    assert _first_name_gender("Jean-Marie") is None  # a man's name: not told by its parts
    assert _first_name_gender("J.R.") is None


def test_name_table_loads_from_the_package() -> None:
    """The table ships in the package, cites its public-domain sources, and is well formed."""
    path = resources.files("newscorpus.extract").joinpath("lexicons", "first_names.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "public domain" in data["about"] and "1990" in data["about"]
    female, male = data["female"], data["male"]
    assert female == sorted(female) and male == sorted(male)
    assert not set(female) & set(male)
    assert all(n.isalpha() and n == n.lower() for n in female + male)
    assert speakers._first_names()["mary"] == "female"
    either = data["either"]
    assert either == sorted(either) and not set(either) & (set(female) | set(male))
    assert "andrea" in either and "bell" not in either  # a name of both sexes; a word


def test_european_name_table_fills_gaps_only() -> None:
    """The hand-written European table adds names the US table lacks or leaves to either
    sex, each to one sex, and never overrides a US gender."""
    path = resources.files("newscorpus.extract").joinpath("lexicons", "first_names_europe.json")
    europe = json.loads(path.read_text(encoding="utf-8"))
    female, male = europe["female"], europe["male"]
    assert female == sorted(female) and male == sorted(male) and not set(female) & set(male)
    assert all(n.isalpha() and n == n.lower() for n in female + male)
    us = json.loads(
        resources.files("newscorpus.extract")
        .joinpath("lexicons", "first_names.json")
        .read_text(encoding="utf-8")
    )
    assert not (set(female) | set(male)) & (set(us["female"]) | set(us["male"]))
    assert _first_name_gender("Jörg") == "male" and _first_name_gender("Bärbel") == "female"


def test_first_name_of_either_sex_has_no_gender_but_is_a_name() -> None:
    """ "Andrea" is a first name (Italian men, German women) with no one gender."""
    assert _first_name_gender("Andrea") is None
    assert speakers._is_first_name("Andrea") and speakers._is_first_name("Mary")
    assert not speakers._is_first_name("Bezirksleiterin")


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "it"])
def test_gender_lexicons_are_consistent(language: str) -> None:
    """No word is both masculine and feminine, and every gendered pronoun is a person pronoun."""
    path = resources.files("newscorpus.extract").joinpath("lexicons", f"cues_{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    masculine = set(data["masculine"]) | set(data["masculine_generic"])
    assert not masculine & set(data["feminine"])
    lex = load_lexicon(language)
    assert lex.pronoun_genders
    assert all(lex.pronouns[p] == "person" for p in lex.pronoun_genders)


# ---------------------------------------------------------------------------
# Property: the filter never credits a known-opposite-gender candidate.

MEN = ("John", "David", "Greg", "Daniel", "Keith")
WOMEN = ("Mary", "Denise", "Sarah", "Hannah", "Helena")
SURNAMES = ("Arroyo", "Pawlak", "Dahl", "Hoyle", "Kowalczyk", "Brandt", "Quell")
OPPOSITE = {"he": "female", "she": "male"}


@st.composite
def two_people(draw: st.DrawFn) -> tuple[str, str]:
    first_names = st.sampled_from(MEN + WOMEN + UNKNOWN)
    surnames = draw(st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True))
    return f"{draw(first_names)} {surnames[0]}", f"{draw(first_names)} {surnames[1]}"


@given(two_people(), st.sampled_from(["he", "she"]))
def test_pronoun_takes_the_latest_compatible_person(people: tuple[str, str], pronoun: str) -> None:
    """The speaker is the latest person not known to be of the other gender, or None."""
    first, second = people
    speaker = _speaker(_story(first, second, pronoun))
    compatible = [
        p for p in (second, first) if _first_name_gender(p.split()[0]) != OPPOSITE[pronoun]
    ]
    assert speaker == (compatible[0] if compatible else None)


@pytest.mark.parametrize(("men", "expected"), [(10, "Mary Lee"), (60, None)])
def test_gendered_pronoun_reach_is_bounded(men: int, expected: str | None) -> None:
    """'she' passes over the men spoken of since, up to a bound that keeps long documents
    of many people linear."""
    from newscorpus.extract.quotes import extract_quotes

    surnames = [f"Reed{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(men)]
    text = "Mary Lee spoke first. " + "".join(f"John {surname} spoke too. " for surname in surnames)
    text += "\n\n“We are ready,” she said."
    (quote,) = extract_quotes(text)
    assert quote.speaker == expected
