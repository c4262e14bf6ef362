"""Boilerplate removal: data-driven rules, and the invariants of never inventing or losing a block."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newscorpus.boilerplate import load_lexicon, match_key, strip_boilerplate
from strategies import page_lines

CASES = json.loads(
    (pathlib.Path(__file__).parent / "data" / "boilerplate_cases.json").read_text("utf-8")
)["cases"]


def _params() -> list[object]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        out.append(pytest.param(case, id=case["name"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, object]) -> None:
    """Each listed block gets the expected rule, or stays in the body."""
    blocks = case["blocks"]
    assert isinstance(blocks, list)
    result = strip_boilerplate(blocks)
    reasons = {r.where: r.reason for r in result.removed}
    kept = {i for i, _ in result.kept}
    expect = case["expect"]
    assert isinstance(expect, dict)
    for index, want in expect.items():
        i = int(index)
        got = "keep" if i in kept else reasons.get(i)
        assert got == want, f"block {i} {blocks[i]!r}: expected {want}, got {got}"
    if "title" in case:
        assert result.title == case["title"]


@given(page_lines)
def test_every_block_accounted_for(blocks: list[str]) -> None:
    """Each input block is either kept or recorded as removed, exactly once."""
    result = strip_boilerplate(blocks)
    kept = [i for i, _ in result.kept]
    removed = [r.where for r in result.removed]
    assert sorted(kept + removed) == list(range(len(blocks)))


@given(page_lines)
def test_never_invents_text(blocks: list[str]) -> None:
    """Kept and removed texts are the input blocks, trimmed, never rewritten."""
    result = strip_boilerplate(blocks)
    for i, text in result.kept:
        assert text == blocks[i].strip()
    for r in result.removed:
        assert r.text == blocks[r.where].strip()
    if result.title is not None:
        assert result.title in [b.strip() for b in blocks]


@given(page_lines)
def test_deterministic(blocks: list[str]) -> None:
    """The same blocks always give the same decision."""
    assert strip_boilerplate(blocks) == strip_boilerplate(blocks)


def test_match_key_idempotent() -> None:
    """Trimming furniture decorations twice changes nothing more."""
    for s in ["- Advertisement -", " • Share ", "| Comments |", "Plain text"]:
        assert match_key(match_key(s)) == match_key(s)


def test_lexicon_extension() -> None:
    """A site's own phrase added as data is removed under the named rule."""
    lex = load_lexicon(("en",)).extended(
        {"rules": {"site-promo": {"exact": ["Get the Gazette app"]}}}
    )
    assert lex.match("Get the Gazette app") == "site-promo"
    blocks = ["The harbour reopened on Monday after a two-week closure.", "Get the Gazette app"]
    result = strip_boilerplate(blocks, lexicon=lex)
    assert [(r.where, r.reason) for r in result.removed] == [(1, "site-promo")]


def test_unknown_lexicon_language() -> None:
    """Asking for a lexicon that is not shipped names the ones that are."""
    from newscorpus.exceptions import LoadError

    with pytest.raises(LoadError, match="'xx'"):
        load_lexicon(("xx",))


def test_long_unspaced_block_is_fast() -> None:
    """A 40,000-character block of hyphenated capitals is classified without quadratic regex work."""
    import time

    start = time.process_time()
    strip_boilerplate(
        ["A-" * 20000, "The council voted on Monday to close the old bridge for repairs."]
    )
    # generous bound: the quadratic version took about 50 s
    assert time.process_time() - start < 5


def test_prefix_phrases_normalised_like_blocks() -> None:
    """A site phrase with an ellipsis or a double space matches blocks as written."""
    lex = load_lexicon(("en",)).extended(
        {"rules": {"site": {"prefix": ["Zum Artikel…", "Mehr  dazu"]}}}
    )
    assert lex.match("Zum Artikel… hier klicken") == "site"
    assert lex.match("Mehr  dazu hier") == "site"


def test_news_about_a_journalist_is_not_a_bio() -> None:
    """A closing paragraph about a journalist is news unless it says where they work."""
    blocks = [
        "Talks resumed",
        "The talks resumed on Monday after a long pause, officials said in a statement.",
        "Maria Lopez is a journalist who was detained last week in the capital, her lawyer said.",
    ]
    assert [r.reason for r in strip_boilerplate(blocks).removed] == ["title"]


_WORDISH = st.lists(
    st.sampled_from(
        ["the", "le", "und", " ", ",", ".", "(", "“", "”", "’", "'", "-", "1", "²", "_", "é", "\n"]
    )
    | st.characters()
).map("".join)


@given(_WORDISH, st.lists(st.text(min_size=1, max_size=3), max_size=5))
def test_word_counts_match_the_token_regex(text: str, extra: list[str]) -> None:
    """The chunk-first tokeniser of guess_languages counts exactly the regex's letter runs."""
    from newscorpus.boilerplate._lexicon import _TOKEN, _count_words

    index = {w: ("a",) for w in ["the", "le", "und", "é", *extra] if _TOKEN.fullmatch(w)}
    counts = {"a": 0}
    _count_words(text, index, counts)
    assert counts["a"] == sum(1 for run in _TOKEN.findall(text) if run in index)


def test_long_blocks_keep_phrase_owners() -> None:
    """A phrase shared by a short-block rule and a long-block rule still belongs to the earlier
    rule on long blocks, as on short ones: the long-block table is the full table, filtered."""
    lex = load_lexicon(("en",)).extended(
        {
            "rules": {
                "short-first": {"contains": ["zebra crossing"]},
                "long-later": {"contains": ["zebra crossing", "okapi"], "max_words": 60},
            }
        }
    )
    words = " ".join(["word"] * 30)
    assert lex.first_match(f"{words} zebra crossing") is None  # owner allows 20 words only
    assert lex.first_match(f"{words} okapi") == "long-later"
    assert lex.first_match("a zebra crossing") == "short-first"


_CREDIT_WORDS = st.sampled_from(
    [
        "photo:",
        "credit:",
        "getty",
        "images",
        "ap",
        "reuters/",
        "©",
        "file",
        "photo",
        "the",
        "minister",
        "said.",
        "on",
        "monday",
        "x",
        "by",
        "copyright",
        "2024",
        "—",
        "jane",
        "doe",
        "j.",
        "a.b.",
        "reuters/j.",
    ]
)


@given(st.lists(_CREDIT_WORDS, max_size=40))
def test_photo_credit_prefilter_agrees_with_full_scan(words: list[str]) -> None:
    """The tail pre-filter of the photo-credit rule never changes its answer."""
    from newscorpus.boilerplate._text import _INITIAL, _SENTENCE_END, _Cues, _has_credit

    key = " ".join(words)
    lex = load_lexicon(("en",))
    markers = lex.phrase_re("photo-credit-marker")
    assert markers is not None
    expected = any(
        not (m.start() > 0 and key[m.start() - 1].isalnum())
        and len(_INITIAL.sub(r"\1", key[m.end() :]).split()) <= 8
        and not _SENTENCE_END.search(_INITIAL.sub(r"\1", key[m.end() :]).rstrip(". "))
        for m in markers.finditer(key)
    )
    assert _has_credit(key, _Cues(lex)) == expected


@given(
    st.text(
        alphabet=st.sampled_from(" \t\n\x1f\x85\xa0\u2028\u3000\u200b-|•:aB.") | st.characters()
    )
)
def test_match_key_fast_path_agrees(block: str) -> None:
    """The no-split fast path of match_key gives the same key as splitting and joining."""
    import unicodedata

    from newscorpus.boilerplate._lexicon import _TRIM

    key = unicodedata.normalize("NFKC", block).casefold()
    assert match_key(block) == " ".join(key.split()).strip(_TRIM)


@given(st.text(alphabet=st.sampled_from(" \t\n\x1f\x85\xa0\u2028\u3000\u200ba.") | st.characters()))
def test_key_and_split_agrees_with_match_key_and_split(text: str) -> None:
    """The one-scan key and word count are exactly match_key and ``len(str.split())``."""
    from newscorpus.boilerplate._lexicon import key_and_split

    assert key_and_split(text) == (match_key(text), len(text.split()))


def test_case_folding_makes_no_space_and_nothing_unprintable() -> None:
    """key_and_split's premise, over every code point: a printable character case-folds to
    printable characters that are not whitespace (so a block's key keeps its spacing)."""
    import sys

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isprintable() and not char.isspace():
            folded = char.casefold()
            assert folded.isprintable(), hex(code)
            assert not any(c.isspace() for c in folded), hex(code)


@given(st.text(), st.text())
def test_case_folding_maps_each_character_on_its_own(head: str, rest: str) -> None:
    """guess_languages's premise for folding the start of its sample alone: the folded start
    of a text begins the folded text, and is no shorter than the start (checked over every
    code point in the next test)."""
    assert (head + rest).casefold() == head.casefold() + rest.casefold()


def test_case_folding_never_shortens_a_character() -> None:
    """Every code point case-folds to one character or more."""
    import sys

    assert all(chr(code).casefold() for code in range(sys.maxunicode + 1))


def test_match_and_first_match_share_one_precedence() -> None:
    """An exact phrase of a later rule wins over an earlier rule's prefix, in both methods."""
    lex = load_lexicon(("en",)).extended(
        {"rules": {"early": {"prefix": ["zebra"]}, "late": {"exact": ["zebra crossing ahead"]}}}
    )
    for block in ("Zebra crossing ahead", "- zebra  crossing ahead -"):
        assert lex.match(block) == lex.first_match(block) == "late"
    assert lex.match("Zebra stripes") == lex.first_match("Zebra stripes") == "early"
    assert lex.match("Zebra crossing ahead", rules=("early",)) == "early"


_CRUMB_LINES = st.lists(
    st.lists(
        st.sampled_from(["World", "NATO", "calls", "on", "allies", "troop", "troops", "x"]),
        max_size=7,
    )
    .map(" ".join)
    .flatmap(lambda line: st.sampled_from([line, line + "...", line + " …", line[:-2] + "..."])),
    max_size=8,
)


def _continues(breadcrumb: str, title: str) -> bool:
    """The pairwise reference: a truncated *breadcrumb* repeats the start of *title*, after
    up to three section words, its cut last word a prefix of the title's word."""
    from newscorpus.boilerplate._text import _tokens

    crumb, full = _tokens(breadcrumb), _tokens(title)
    for skip in range(4):
        rest = crumb[skip:]
        if (
            len(rest) >= 3
            and len(full) >= len(rest)
            and full[: len(rest) - 1] == rest[:-1]
            and full[len(rest) - 1].startswith(rest[-1])
        ):
            return True
    return False


@given(_CRUMB_LINES)
def test_breadcrumb_index_matches_pairwise_reference(lines: list[str]) -> None:
    """The indexed breadcrumb search finds exactly the lines the pairwise check finds."""
    from newscorpus.boilerplate._text import _breadcrumbs

    candidates = list(range(len(lines)))
    expected = [
        i
        for i in candidates
        if lines[i].rstrip().endswith(("...", "…"))
        and any(_continues(lines[i], lines[j]) for j in candidates if j != i)
    ]
    assert _breadcrumbs(lines, candidates) == expected


def test_breadcrumb_longer_than_the_title_is_no_crash() -> None:
    """A truncated line with more words than the other headline (an IndexError before)."""
    body = "The council voted on Monday to close the old bridge for repairs, officials said."
    stripped = strip_boilerplate(["World NATO calls...", "World NATO", body])
    assert stripped.kept == ((2, body),)


def test_match_counts_words_of_the_key_not_the_decorations() -> None:
    """Decorations around a block do not count against a rule's word limit in match()."""
    byline = "• By Jane Doe, Ann Lee, Max Roe, Eva Kim, Tom Fox, Sam Hill, Joe Bloggs and Kim Park in Kyiv"
    lex = load_lexicon(("en",))
    assert lex.match(byline, rules=("byline-prefix",)) == "byline-prefix"
    assert load_lexicon().match("| " * 120 + "Advertisement") == "ad-label"


def test_overlapping_contained_phrases_are_all_seen() -> None:
    """A contained phrase whose rule refuses the block does not hide one overlapping it."""
    lex = load_lexicon(("en",)).extended(
        {
            "rules": {
                "zz-short": {"contains": ["zebra crossing ahead"], "max_words": 5},
                "zz-any": {"contains": ["zebra crossing"]},
                "zz-long": {"contains": ["crossing ahead now"], "max_words": 100},
            }
        }
    )
    block = "you can see a zebra crossing ahead of the school today"
    assert lex.match(block) == lex.first_match(block) == "zz-any"
    long_block = "filler " * 20 + "a zebra crossing ahead now here"
    assert lex.match(long_block) == lex.first_match(long_block) == "zz-long"


def test_photo_credit_with_initials() -> None:
    """An initial's full stop in the credit ("AP Photo/J. Scott Applewhite") is no sentence end."""
    body = "The council voted on Monday to close the old bridge for repairs, officials said."
    caption = "The bridge at dusk on Sunday. AP Photo/J. Scott Applewhite"
    stripped = strip_boilerplate([body, caption, body + " Again."])
    assert [(r.reason, r.text) for r in stripped.removed] == [("photo-credit", caption)]


_PIECES = st.sampled_from(["ab", "abc", "b", "bc", "c a", " ", "x", "ca"])


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["ab", "abc", "bca", "c a", "b", "ca b", "", " "]),
            st.integers(1, 6),
        ),
        min_size=1,
        max_size=16,
    ),
    st.lists(_PIECES, max_size=30),
    st.integers(1, 6),
)
def test_contained_phrases_found_alike_by_find_and_by_regex(
    phrases: list[tuple[str, int]], pieces: list[str], n_words: int
) -> None:
    """``str.find`` and the trie regex pick the same contained phrase's rule, whatever the
    rules' word limits (empty phrases match nothing in either)."""
    from newscorpus.boilerplate._lexicon import _Combined, _compile

    data = {
        f"r{k}": {"contains": [phrase], "max_words": limit}
        for k, (phrase, limit) in enumerate(phrases)
    }
    combined = _Combined.build(_compile(data, "<test>"))
    key = "".join(pieces)
    assert combined.first_contained(key, n_words) == combined._first_contained_by_regex(
        key, n_words
    )


def test_empty_contained_phrase_matches_nothing() -> None:
    lex = load_lexicon(("en",)).extended(
        {"rules": {"site-x": {"contains": [" "], "max_words": 200}}}
    )
    assert lex.first_match("Hello world") is None
    assert lex.match("Hello world") is None


# The breadcrumb-trail pattern of the English page-chrome rule as first written; the shipped
# one adds a look-ahead that refuses a block holding any other character before trying it.
_CRUMB_REFERENCE = r"^(?:[\w&'’ .-]+?\s+[|>»›/·•]\s+){2,}[\w&'’ .-]+$"


_CRUMB_WORDS = st.sampled_from(["home", "a&b", "it’s", "u.s", "x-y", ""])
_CRUMB_SEPARATORS = st.sampled_from([" | ", "\t>\t", " › ", "\u00a0/ ", " • ", "|", " ", "\n>\n"])


@st.composite
def _crumb_keys(draw: st.DrawFn) -> str:
    """Breadcrumb-like keys ("home | news | world"), sometimes with a foreign character."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        parts += [draw(_CRUMB_WORDS), draw(_CRUMB_SEPARATORS)]
    key = "".join([*parts, draw(_CRUMB_WORDS)])
    if draw(st.booleans()):
        at = draw(st.integers(0, len(key)))
        key = key[:at] + draw(st.sampled_from([",", ":", '"', "\n", "?"])) + key[at:]
    return key


@given(_crumb_keys())
def test_breadcrumb_pattern_guard_changes_no_answer(key: str) -> None:
    import re
    from importlib import resources

    path = resources.files("newscorpus.boilerplate") / "lexicons" / "en.json"
    data = json.loads(path.read_text("utf-8"))
    shipped = data["rules"]["page-chrome"]["pattern"][-1]
    assert shipped != _CRUMB_REFERENCE
    assert bool(re.search(shipped, key)) == bool(re.search(_CRUMB_REFERENCE, key))


def test_lexicon_guess_reads_the_middle_of_a_page() -> None:
    """An English cookie notice above a Spanish article does not decide the lexicon."""
    from newscorpus.boilerplate._lexicon import guess_languages

    notice = (
        "We use cookies and similar technologies to improve your experience on our website, "
        "to analyse traffic and to show you personalised content and advertising. By clicking "
        "Accept you agree to the use of these technologies for the purposes described in our "
        "cookie policy. You can change your preferences at any time in the settings, where you "
        "will also find more about the partners we work with and the data that they collect. "
        "Some of these partners process your data on the basis of their legitimate interest, "
        "which you can object to in the same place at any time."
    )
    article = [
        "El Gobierno aprobó este martes el proyecto de ley de presupuestos para el próximo "
        "año, que incluye una subida de las pensiones y de los salarios de los funcionarios.",
        "La ministra de Hacienda defendió en rueda de prensa que las cuentas son las más "
        "sociales de la historia y que permitirán reducir el déficit sin recortes.",
        "La oposición criticó que el proyecto se presenta con retraso y que no tiene en cuenta "
        "la situación de las comunidades autónomas con más deuda.",
        "El texto llegará al Congreso la próxima semana, donde el Ejecutivo necesitará el "
        "apoyo de sus socios para superar las enmiendas a la totalidad.",
    ]
    assert guess_languages(["Menu", notice, *article, "Publicidad"]) == ("es", "en")


# Invented news paragraphs: Dutch, Polish and Catalan, and the neighbours that share the
# most function words with them.
_GUESS_PAGES = {
    "nl": [
        "Het kabinet wil dat huurders in de vrije sector minder gaan betalen. De minister heeft "
        "woensdag een wetsvoorstel naar de Tweede Kamer gestuurd dat de huurstijging beperkt.",
        "Volgens de minister worden zo'n driehonderdduizend huishoudens met een middeninkomen "
        "geholpen. Verhuurders zijn kritisch en waarschuwen dat er minder woningen worden gebouwd.",
        "In Rotterdam is dinsdagnacht een man gewond geraakt bij een schietpartij. De politie "
        "heeft twee verdachten aangehouden, meldt een woordvoerder.",
    ],
    "nl-BE": [
        "Het stadsbestuur van Gent heeft maandag beslist om het autoverkeer in de binnenstad "
        "verder te beperken, zo bevestigde de schepen van mobiliteit.",
        "Vanaf september mogen er geen vrachtwagens meer door de historische kern rijden, "
        "behalve 's ochtends vroeg voor leveringen aan de handelaars.",
        "Handelaars zijn ongerust en vrezen dat klanten zullen wegblijven. Hun vereniging vraagt "
        "een overleg met het stadsbestuur nog voor de zomer.",
    ],
    "pl": [
        "Sejm uchwalił w piątek nowelizację ustawy o podatku dochodowym, która ma obniżyć "
        "obciążenia dla osób o najniższych dochodach. Za ustawą głosowało 240 posłów.",
        "Jak poinformował minister finansów, zmiany wejdą w życie od 1 stycznia przyszłego roku "
        "i obejmą około trzech milionów podatników w całym kraju.",
        "Opozycja krytykuje projekt, wskazując, że nie przewiduje on żadnych ulg dla "
        "przedsiębiorców, a koszty reformy poniosą samorządy, które już teraz mają problemy.",
    ],
    "ca": [
        "El Govern i els sindicats de l'ensenyament han arribat aquest dimecres a un principi "
        "d'acord per reduir les hores lectives dels docents a partir del curs vinent.",
        "Segons ha explicat la consellera en roda de premsa, l'acord preveu la contractació de "
        "més de dos mil mestres i professors, que s'incorporaran a les escoles al setembre.",
        "Els sindicats, però, han advertit que mantindran les mobilitzacions si el Departament "
        "no compleix els terminis, i han convocat una assemblea per a la setmana que ve.",
    ],
    "es": [
        "El Gobierno y los sindicatos de la enseñanza han alcanzado este miércoles un principio "
        "de acuerdo para reducir las horas lectivas de los docentes a partir del próximo curso.",
        "Según explicó la consejera en rueda de prensa, el acuerdo prevé la contratación de más "
        "de dos mil maestros y profesores, que se incorporarán a los colegios en septiembre.",
        "Los sindicatos, sin embargo, han advertido de que mantendrán las movilizaciones si el "
        "departamento no cumple los plazos, y han convocado una asamblea para la semana que viene.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira à noite, depois de um longo debate, encerrar a "
        "velha ponte sobre o rio durante vários meses na próxima primavera.",
        "Segundo a autarquia, as obras vão custar cerca de quatro milhões de euros, a maior parte "
        "dos quais será paga pelo Estado, disse a Lusa.",
        "Os moradores queixam-se há anos das fissuras no betão e da má iluminação, que no inverno "
        "é perigosa para os ciclistas que passam na ponte.",
    ],
    "fr": [
        "Le conseil municipal a décidé mardi soir, après un long débat, de fermer le vieux pont "
        "sur la rivière pendant plusieurs mois au printemps prochain.",
        "Selon la mairie, les travaux coûteront environ quatre millions d'euros, dont la plus "
        "grande partie sera prise en charge par le département.",
        "Les habitants se plaignent depuis des années des fissures dans le béton et du mauvais "
        "éclairage, qui est dangereux pour les cyclistes en hiver.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die alte Brücke über "
        "den Fluss im kommenden Frühjahr für mehrere Monate zu sperren.",
        "Die Sanierung soll nach Angaben der Verwaltung rund vier Millionen Euro kosten, von "
        "denen das Land einen großen Teil übernimmt.",
        "Anwohner hatten sich seit Jahren über Risse im Beton und über die schlechte Beleuchtung "
        "beschwert, die besonders im Winter gefährlich sei.",
    ],
    "en": [
        "The city council voted on Tuesday night to close the old bridge over the river for "
        "several months next spring, after a long debate.",
        "The repairs are expected to cost about four million euros, most of which will be paid "
        "by the province, the council said in a statement.",
        "Residents have complained for years about cracks in the concrete and poor lighting, "
        "which they say is dangerous for cyclists in winter.",
    ],
    # languages without a lexicon, closest to Dutch, Polish and Catalan
    "af": [
        "Die stadsraad het Dinsdagaand ná 'n lang debat besluit om die ou brug oor die rivier "
        "volgende lente vir 'n paar maande te sluit.",
        "Volgens die munisipaliteit sal die herstelwerk sowat vier miljoen rand kos, waarvan die "
        "provinsie die grootste deel sal betaal.",
        "Inwoners kla al jare lank oor krake in die beton en oor die swak beligting, wat veral in "
        "die winter gevaarlik is vir fietsryers.",
    ],
    "cs": [
        "Vláda ve středu schválila novelu zákona o dani z příjmů, která má snížit zatížení lidí "
        "s nejnižšími příjmy. Změny by měly platit od ledna příštího roku.",
        "Podle ministra financí se úprava dotkne zhruba tří milionů poplatníků po celé zemi. "
        "Opozice však návrh kritizuje, protože podle ní nepřináší žádné úlevy pro podnikatele.",
        "V Brně policie v úterý zadržela dva muže podezřelé z krádeží aut. Podle vyšetřovatelů "
        "skupina působila nejméně dva roky a škoda přesáhla deset milionů korun.",
    ],
    "sk": [
        "Vláda v stredu schválila novelu zákona o dani z príjmov, ktorá má znížiť zaťaženie ľudí "
        "s najnižšími príjmami. Zmeny by mali platiť od januára budúceho roka.",
        "Podľa ministra financií sa úprava dotkne zhruba troch miliónov daňovníkov. Opozícia "
        "však návrh kritizuje, pretože podľa nej neprináša žiadne úľavy pre podnikateľov.",
        "V Košiciach polícia v utorok zadržala dvoch mužov podozrivých z krádeží áut. Podľa "
        "vyšetrovateľov skupina pôsobila najmenej dva roky a škoda nie je zatiaľ vyčíslená.",
    ],
    "oc": [
        "Lo conselh municipal a decidit dimars de ser, aprèp un long debat, de barrar lo vièlh "
        "pont sus la ribièra pendent mantun mes a la prima que ven.",
        "Segon la comuna, los trabalhs costaràn a l'entorn de quatre milions d'èuros, e la "
        "màger part serà pagada pel departament.",
        "Los estatjants se plangan dempuèi d'annadas de las fendasclas dins lo beton e de la "
        "marrida lutz, qu'es perilhosa per los ciclistas l'ivèrn.",
    ],
}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("nl", ("nl", "en")),
        ("nl-BE", ("nl", "en")),
        ("pl", ("pl", "en")),
        ("ca", ("ca", "en")),
        ("es", ("es", "en")),
        ("pt", ("pt", "en")),
        ("fr", ("fr", "en")),
        ("de", ("de", "en")),
        ("en", ("en",)),
    ],
)
def test_lexicon_guess_tells_neighbours_apart(page: str, expected: tuple[str, ...]) -> None:
    """Dutch, Polish and Catalan prose picks its own lexicon, and the prose of the languages
    sharing most function words with them (Spanish with Catalan, above all) still picks its."""
    from newscorpus.boilerplate._lexicon import guess_languages

    paragraphs = _GUESS_PAGES[page]
    assert guess_languages(["Menu", *paragraphs, "Delen"]) == expected
    for paragraph in paragraphs:  # one paragraph alone is never taken for another language
        assert guess_languages([paragraph]) in (expected, None), paragraph


@pytest.mark.parametrize(
    ("page", "lookalike"), [("af", "nl"), ("cs", "pl"), ("sk", "pl"), ("oc", "ca")]
)
def test_lexicon_guess_takes_no_neighbour_without_a_lexicon_for_a_lookalike(
    page: str, lookalike: str
) -> None:
    """Afrikaans is not taken for Dutch, Czech and Slovak not for Polish, Occitan not for
    Catalan: the function words of each leave out those the neighbour uses as much."""
    from newscorpus.boilerplate._lexicon import guess_languages

    guess = guess_languages(_GUESS_PAGES[page])
    assert guess is None or guess[0] != lookalike


@given(st.integers(min_value=0, max_value=300))
def test_middle_out_order(n: int) -> None:
    """The lexicon guess visits blocks from the middle outwards, nearer and earlier first."""
    from newscorpus.boilerplate._lexicon import _middle_out

    assert list(_middle_out(n)) == sorted(range(n), key=lambda i: (abs(i - n // 2), i))


_GUESS_SENTENCES = {
    "en": "The council said that the bridge will be closed for the rest of the year.",
    "fr": "Le conseil a dit que le pont sera fermé pour le reste de l'année.",
    "de": "Der Rat sagte, dass die Brücke für den Rest des Jahres geschlossen wird.",
    "es": "El consejo dijo que el puente estará cerrado el resto del año.",
    "nl": "De raad zei dat de brug voor de rest van het jaar niet open zal zijn voor verkeer.",
    "pl": "Rada poinformowała, że most nie będzie przejezdny do końca roku dla wszystkich pojazdów.",
    "ca": "El consell va dir que el pont dels Tres Rius estarà tancat per obres durant la resta "
    "de l'any.",
}


@given(
    st.sampled_from(sorted(_GUESS_SENTENCES)),
    st.lists(st.sampled_from(["Menu", "Share this article", "Anzeige", "Publicité"]), max_size=4),
    st.integers(min_value=0, max_value=15),
    st.booleans(),
)
def test_lexicon_guess_decides_early_as_the_whole_sample_would(
    language: str, furniture: list[str], n: int, furniture_first: bool
) -> None:
    """In a document of one language, deciding on the first part of the sample gives the
    answer the whole sample gives."""
    from newscorpus.boilerplate import _lexicon

    prose = [f"{_GUESS_SENTENCES[language]} {i}" for i in range(n)]
    blocks = [*furniture, *prose] if furniture_first else [*prose, *furniture]
    early = _lexicon.guess_languages(blocks)
    saved = _lexicon._EARLY_LEAD
    try:
        _lexicon._EARLY_LEAD = (10**9, 10**9)  # never early: the whole sample counts
        full = _lexicon.guess_languages(blocks)
    finally:
        _lexicon._EARLY_LEAD = saved
    assert early == full


def _shipped_pattern_rules() -> list[Any]:
    """Each shipped rule with patterns, as a rule of its patterns alone (so that only they
    can make the matcher name it)."""
    from newscorpus.boilerplate._lexicon import _Rule

    return [
        _Rule(
            name=r.name,
            exact=frozenset(),
            prefixes=(),
            contains=(),
            patterns=r.patterns,
            max_words=r.max_words,
        )
        for r in load_lexicon().rules
        if r.patterns
    ]


_PATTERN_RULES = _shipped_pattern_rules()


@st.composite
def _pattern_keys(draw: st.DrawFn) -> str:
    """Keys built from the shipped patterns' own words, digits and marks, so they match now
    and then; plus the odd leading space or bar, which anchored patterns must not skip."""
    words = st.sampled_from(
        ["comments", "comment", "kommentare", "(12)", "12", "3", "by", "on", "to", "thoughts",
         "responses", "il y a", "hace", "una", "(*)", ":", "read more", "»", "jan", "2021",
         "12:30", "reply", "x", "|", ""]
    )  # fmt: skip
    return " ".join(draw(st.lists(words, min_size=1, max_size=6)))


@given(_pattern_keys())
@example("12 comments")  # anchored (en)
@example("14 kommentare")  # anchored (de)
@example("hace 3 horas")  # anchored (es)
@example("read more »")  # floating (en)
@example("x 12 comments")  # anchored patterns must not match later in the key
def test_joined_patterns_agree_with_each_pattern_searched(key: str) -> None:
    """A rule's patterns, split into those anchored at the start (tried there only) and the
    rest, find exactly what searching each of them anywhere in the key finds."""
    from newscorpus.boilerplate._lexicon import _Combined

    for rule in _PATTERN_RULES:
        found = _Combined.build([rule]).search(key, key, 1)
        assert (found == rule.name) == any(p.search(key) for p in rule.patterns), rule.name
