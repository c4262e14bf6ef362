"""The attrs classes of quote extraction: :class:`QuoteSpan`, :class:`Credit`, :class:`Lexicon`.

They live apart from :mod:`newscorpus.extract.speakers` and :mod:`newscorpus.extract.quotes`,
which import them, so that those two modules can be compiled with mypyc (an optional
build, see the README's "Faster quote extraction"): mypyc compiles plain classes and
functions but not attrs classes, which stay ordinary Python classes here.
"""

from __future__ import annotations

import re

import attrs


@attrs.frozen
class QuoteSpan:
    """A quotation found in the text, before it is credited."""

    start: int
    end: int
    #: Offset of the opening mark.
    open_pos: int
    #: Offset of the closing mark, or None when the quotation runs to the paragraph end.
    close_pos: int | None
    #: Index of the paragraph holding it.
    para: int
    #: ``open_pos`` of the segment this one continues (multi-paragraph quotes).
    continued_from: int | None = None
    partial: bool = False


@attrs.frozen
class Credit:
    """Who said a quotation, the words that said so, and the cue."""

    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    #: ``(cut, resume)`` when an incise that credits the quotation interrupts it ("« Nous
    #: sommes prêts, affirme-t-il, à discuter »"): its words end at ``cut`` and go on at
    #: ``resume``.
    incise: tuple[int, int] | None = None
    #: Whether no words credit it and the context did (see :func:`_by_context`): it is
    #: still read as uncredited when telling a quotation from a term or a title.
    inferred: bool = False


#: A pattern that matches nothing (a lexicon without the words it needs).
_NEVER = re.compile(r"(?!)")


@attrs.frozen
class Lexicon:
    """Word lists for one language (or the union of all), read from JSON."""

    cues: frozenset[str]
    multi_cues: tuple[tuple[str, ...], ...]
    #: First words of every cue, single or multi-word: the fast test for "may start a cue".
    cue_starts: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    pronouns: dict[str, str]
    determiners: frozenset[str]
    indefinite: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    #: Roles of a person ("minister", "striker"); the demonyms are among them.
    person_roles: frozenset[str]
    #: Roles that name whoever was last talked about ("the resident"); demonyms too.
    generic_roles: frozenset[str]
    org_roles: frozenset[str]
    acronym_roles: frozenset[str]
    #: Organisation role -> words that mark such a name ("company" -> "inc", "plc", ...).
    role_markers: dict[str, frozenset[str]]
    #: Organisation role -> nouns that, set before a one-word name or in apposition to it
    #: ("the shipping company Vinto", "Vinto, a ferry line,"), make it such a body.
    role_kin: dict[str, frozenset[str]]
    org_words: frozenset[str]
    place_words: frozenset[str]
    #: First words that make a name a place ("New York", "San Diego").
    place_prefixes: frozenset[str]
    #: Every date word: the lexicon's ``calendar`` ("today", "morning", "Jan") with its
    #: ``weekdays`` and ``dates_or_names``.
    calendar: frozenset[str]
    #: Names of days that are never a person's ("on Tuesday, Priya Annadurai said").
    weekdays: frozenset[str]
    #: Month names, and day names that are also people's ("Domingo"): a date after a
    #: preposition or a day ("in March", "Monday March 3"), alone possibly a name ("May said").
    dates_or_names: frozenset[str]
    skip: frozenset[str]
    function_words: frozenset[str]
    place_prepositions: frozenset[str]
    clause_boundaries: frozenset[str]
    name_connectors: frozenset[str]
    #: Personal pronoun -> the gender it refers to ("she" -> "female"); "they" is absent.
    pronoun_genders: dict[str, str] = attrs.field(factory=dict)
    #: Honorific or noun -> (gender, strength) when, set before a person's name or heading
    #: an apposition to it, it says the person's gender: ("female", 2) for "Mrs" and
    #: "actress", ("male", 1) for "chairman", which some writers use for women too.
    #: Entries written with a capital are kept as written and count only so ("Miss", not
    #: the verb "miss"); the others are normalised like every word here.
    gender_words: dict[str, tuple[str, int]] = attrs.field(factory=dict)
    #: Nouns for text that is displayed rather than spoken ("sign", "banner", "placard").
    inscriptions: frozenset[str] = attrs.field(factory=frozenset)
    #: Conjunctions that may open a sentence before its subject ("But a spokesperson said").
    coordinators: frozenset[str] = attrs.field(factory=frozenset)
    #: Nouns for what someone said ("verdict", "words") and the words that link them to
    #: the speaker ("of", "from"): "That was the verdict of coach Jim Bell."
    speech_nouns: frozenset[str] = attrs.field(factory=frozenset)
    speech_links: frozenset[str] = attrs.field(factory=frozenset)
    #: What a body issues ("statement", "release"): "a university statement said".
    statement_nouns: frozenset[str] = attrs.field(factory=frozenset)
    #: Institutions a language writes in lower case ("le ministère de la Culture", "la
    #: préfecture de la Sarthe", "le conseil départemental"): bodies, though no capital
    #: starts them (see :func:`_lowercase_bodies`).
    lowercase_bodies: tuple[str, ...] = ()
    #: Adjectives that end a word of such a body's domain ("ministère des Travaux publics",
    #: "de l'Éducation nationale"): part of its name.
    body_adjectives: tuple[str, ...] = ()
    #: Nouns for unnamed informants of a body ("Fuentes de la Consejería", "fonti della
    #: Regione"): the body speaks, as through a spokesperson.
    source_nouns: frozenset[str] = attrs.field(factory=frozenset)
    #: Words that give a name or a title ("titled", "dubbed", "intitulé", "llamado"): the
    #: quotation after one names something, no one says it.
    naming_words: frozenset[str] = attrs.field(factory=frozenset)
    #: Nouns for any body, whatever its kind ("the organisation", "la entidad", "el
    #: organismo"): the body that last led a sentence.
    body_roles: frozenset[str] = attrs.field(factory=frozenset)
    #: Role noun -> the words of every name for that role ("ceo" -> {"chief", "executive"},
    #: {"ceo"}, ...): "the CEO" is the person introduced as "chief executive Jo Roe".
    role_equivalents: dict[str, tuple[frozenset[str], ...]] = attrs.field(factory=dict)
    #: Prefixes a role noun takes after a hyphen and stays that role ("co-leader", "ex-minister").
    role_prefixes: frozenset[str] = attrs.field(factory=frozenset)
    #: Nationality and origin nouns ("croatian", "spaniard"): "the Croatian said" is a role
    #: for the latest person, and "Croatian" alone no name.
    demonyms: frozenset[str] = attrs.field(factory=frozenset)
    #: Nouns for someone under 20 ("teenager"): a titled person is one only if given such an age.
    youth_roles: frozenset[str] = attrs.field(factory=frozenset)
    #: Nouns for a person's kin ("daughter", "widow"): "Pruitt's daughter, who …, said" is
    #: someone the text does not name, not Pruitt.
    relatives: frozenset[str] = attrs.field(factory=frozenset)
    #: Roles whose words hold a shorter role's that they are not ("attorney general"), each
    #: with its head word ("attorney"): "the lawyer" and "the general" are someone else.
    distinct_roles: tuple[tuple[frozenset[str], str], ...] = ()
    #: Endings of nouns for a person by what they do ("writer"): "the sign writer" is no sign.
    agent_endings: tuple[str, ...] = ()
    #: Role nouns for a body that its name may stand before ("the RMT union", "the Wagner
    #: group"): "the union" then means the body so named.
    named_roles: frozenset[str] = attrs.field(factory=frozenset)
    #: Endings of nouns for a field of public business ("Sanitation", "Tourism"): one such
    #: word after "and" ends the name of a body that is "of" or "for" it ("Department of
    #: Water and Sanitation"), where another word would be another body ("… and Nato").
    portfolio_endings: tuple[str, ...] = ()
    #: Endings of nouns for a person where determiners say the gender ("Händlerin",
    #: "chimiste", "regidor"): "die Händlerin" may stand for the woman just named, "der
    #: Kreisverband" or "la entidad" never.
    person_noun_endings: tuple[str, ...] = ()
    #: Endings of nouns for a person where articles say no gender (English "-ist",
    #: "-man"): "the retired postman said" means the one person just named.
    epithet_endings: tuple[str, ...] = ()
    #: Endings of participles that open a clause before its subject ("Asked about …,").
    participle_endings: tuple[str, ...] = ()
    #: Participles of being spoken to or shown something ("asked", "shown"), and the
    #: verbs that make them passive ("was"): "He was asked:" introduces another's words.
    addressed: frozenset[str] = attrs.field(factory=frozenset)
    auxiliaries: frozenset[str] = attrs.field(factory=frozenset)
    #: Short titles that are also names or words ("Hon Hai", "Maj Sjöwall", "Det
    #: Norske Veritas"): a title only before another title or a first name and more.
    ambiguous_titles: frozenset[str] = attrs.field(factory=frozenset)
    #: Words that make a colon open a list or a document, not speech ("the following").
    list_openers: frozenset[str] = attrs.field(factory=frozenset)
    #: Verbs by which someone voices words not their own ("read", "quoted").
    relay_verbs: frozenset[str] = attrs.field(factory=frozenset)
    #: Whether "the <lower-case noun>" no list holds is read as a role ("the
    #: epidemiologist"): only when crediting a quotation (see :func:`_reading_unlisted`).
    unlisted_roles: bool = False
    #: Honorific written before a first name -> "given" when only so ("Sir"), "either"
    #: when also before the surname ("Lord"): "Sir Geoffrey" is "Sir Geoffrey Pell".
    given_name_honorifics: dict[str, str] = attrs.field(factory=dict)
    #: Determiners before which a capitalised word is a noun, in a language that
    #: capitalises every noun ("der Gewerkschafter"): a name only where one follows it.
    noun_determiners: frozenset[str] = attrs.field(factory=frozenset)
    #: Subject pronouns joined by a hyphen to the verb before them, normalised ("t elle"
    #: of "lance-t-elle", "elle" of "poursuit-elle"), longest first.
    inverted_pronouns: tuple[str, ...] = ()
    #: Words that, opening a clause before its verb of saying, put the subject after the
    #: verb in a verb-second language ("Im Interview sagte Merkel"); empty elsewhere.
    fronted_openers: frozenset[str] = attrs.field(factory=frozenset)
    #: A role that is an age ("58-year-old", "58-Jährige"), as a token's or a normalised
    #: head's last words; and the age inside a phrase ("41" of "the 41-year-old
    #: researcher"). Built from the lexicons' ``age_nouns``.
    age_role: re.Pattern[str] = _NEVER
    age_in: re.Pattern[str] = _NEVER
    #: Relative pronouns that open a clause after a comma ("Jo Roe, who runs a shop, said";
    #: "Monika Albrecht, die seit 31 Jahren … führt, sagt").
    relative_pronouns: frozenset[str] = attrs.field(factory=frozenset)
    #: The relative pronouns only a thing or a body takes ("which"): a name set off before
    #: one is no person's ("Tri-State Secure Transport, which operated the truck,").
    thing_relatives: frozenset[str] = attrs.field(factory=frozenset)
    #: Nouns for someone who speaks for a body ("spokeswoman", "Sprecher", "porte-parole"),
    #: and the link words that name the body after them ("for", "des", "de").
    spokesperson_roles: frozenset[str] = attrs.field(factory=frozenset)
    spokesperson_links: frozenset[str] = attrs.field(factory=frozenset)
    #: Lower-case words inside a body's name ("for" of "Ministry for the Environment",
    #: "para" of "Ministerio para la Transición Ecológica").
    body_links: frozenset[str] = attrs.field(factory=frozenset)
    #: The gender a determiner gives the noun after it ("la" -> "female"), normalised.
    determiner_genders: dict[str, str] = attrs.field(factory=dict)
    #: The language (known, and one) drops subject pronouns ("reconoció que …"): a
    #: leading cue with only openers before it has an implied subject.
    subject_drop: bool = False
    #: Link words after a clause-opening participle ("Pressed on", "Asked about").
    participle_links: frozenset[str] = attrs.field(factory=frozenset)
    #: Prepositions that attach a phrase to the noun before it ("the letter from",
    #: "a study of"), so that a participle after them opens no clause of its own.
    modifier_prepositions: frozenset[str] = attrs.field(factory=frozenset)
    #: Object pronouns ("him", "ihn"): never a clause's subject.
    object_pronouns: frozenset[str] = attrs.field(factory=frozenset)
    #: Pronouns in the form they take after a preposition, with the gender they say (None
    #: for a plural): "selon lui", "d'après elle".
    stressed_pronouns: dict[str, str | None] = attrs.field(factory=dict)
    #: Words that follow the noun they govern ("der Zeitung gegenüber", "dem Bericht
    #: zufolge"): the name before one is no clause's subject.
    postpositions: frozenset[str] = attrs.field(factory=frozenset)
    #: Words before which a cue's form is a noun ("such reports", "new claims"), besides
    #: the determiners.
    noun_markers: frozenset[str] = attrs.field(factory=frozenset)
    #: Lower-case words inside a body's name that people's names never hold ("Bank of
    #: France", "Office for National Statistics"): a run holding one is an organisation.
    org_links: frozenset[str] = attrs.field(factory=frozenset)
    #: The link between a person's name and the body they work for ("Jo Roe of Acme Ltd").
    employer_links: frozenset[str] = attrs.field(factory=frozenset)
    #: Determiners that stay determiners before a capital anywhere ("The Minister said"),
    #: unlike those that open names ("Le Monde", "Die Zeit"); also stripped from the front
    #: of an organisation's name when it speaks ("the Kremlin" -> "Kremlin").
    strong_determiners: frozenset[str] = attrs.field(factory=frozenset)
    #: Words that may follow the noun of an apposition introducing a body ("Cloudmere,
    #: the hosting platform used by"; a comma or a full stop always may).
    apposition_tails: frozenset[str] = attrs.field(factory=frozenset)
    #: Verbs of saying after which a quotation opening with a capital, with no colon, is a
    #: sentence of its own and no fragment ("Roe said “We will”"); only the plainest, as
    #: "called “Smart City”" names something.
    quote_openers: frozenset[str] = attrs.field(factory=frozenset)
    #: Words that make a name of two words or more an organisation when they end it
    #: ("Vale Water", "Network Rail", "Barratt Homes"), but alone are ordinary nouns
    #: ("Water levels fell"), unlike ``org_words``.
    org_endings: frozenset[str] = attrs.field(factory=frozenset)
    #: The ``org_endings`` that are also surnames ("Mills", "Power"): after a known first
    #: name, a person's ("Janet Mills"); the others make a firm ("Kestrel Energy").
    surname_endings: frozenset[str] = attrs.field(factory=frozenset)
    #: Companies' legal forms after the name ("Corp", "Ltd", "srl"): a name with one in
    #: lower case is a company's ("Edilmessapia srl"), and a credited company keeps the
    #: full stop the article writes after one ("Kessler Ag Machinery Corp.").
    legal_forms: frozenset[str] = attrs.field(factory=frozenset)
    #: Lower-case words that go on a body's name after its capitalised head noun or before
    #: its capitalised part ("Protezione civile regionale", "Consorzio di bonifica
    #: dell'Emilia Centrale", "ministère de l'Agriculture"), where the language writes
    #: institutions so; links such as "di" and "de" among them.
    org_modifiers: frozenset[str] = attrs.field(factory=frozenset)
    #: Number words and words of quantity before a number ("neun", "rund"): capitalised
    #: nouns after one are a quantity ("rund neun Millionen Euro"), where nouns are
    #: capitalised.
    number_words: frozenset[str] = attrs.field(factory=frozenset)
    #: Prepositions that name whom a speaker spoke to, right after a verb of saying
    #: ("declaró a este Diario", "ha detto all'ANSA", "a-t-il confié au Parisien",
    #: "sagte er gegenüber dem Standard"): the name after one is the addressee, never
    #: the speaker.
    addressee_prepositions: frozenset[str] = attrs.field(factory=frozenset)
    #: Verbs of saying in the infinitive after "de" that the French press writes right
    #: after a quotation, the subject after them ("« … », de lancer son fils, Mathieu
    #: Tremblay"): read only there, never as cues elsewhere ("a décidé de poursuivre X").
    narrative_infinitives: frozenset[str] = attrs.field(factory=frozenset)
    #: Plural nouns for groups of people ("officials", "locals"): never a name at a
    #: sentence's start (they are ``function_words`` too), and no one after a verb of
    #: saying ("said officials").
    group_nouns: frozenset[str] = attrs.field(factory=frozenset)
    #: Capitalised abbreviations that name no body ("AI", "CEO", "GDP", "KI"),
    #: normalised: never an organisation that speaks.
    common_acronyms: frozenset[str] = attrs.field(factory=frozenset)
    #: Determiners of a noun that is no clause's subject ("dem", "den": dative or
    #: accusative), where the language marks it.
    oblique_determiners: frozenset[str] = attrs.field(factory=frozenset)
    #: A subject pronoun and the word after it that open a sentence about no one ("il
    #: y a", "il faut"), lower-case.
    impersonal_openings: frozenset[str] = attrs.field(factory=frozenset)
    #: Verb forms that mark reported speech ("sei", "habe": the German Konjunktiv I): a
    #: sentence holding one goes on with the words of whoever spoke before it.
    reported_speech_markers: frozenset[str] = attrs.field(factory=frozenset)
    #: Possessive determiners ("his", "sa", "su"): a noun after one is someone's relation.
    possessives: frozenset[str] = attrs.field(factory=frozenset)
    #: Endings that make a listed role noun feminine ("in" of "Ökonomin" for "Ökonom").
    feminine_endings: tuple[str, ...] = ()
    #: Letters written after a name for an office, rank or honour ("Ronan Heffernan SC",
    #: "Jo Roe MP", "Ann Lee OBE"), normalised: no part of the name.
    post_nominals: frozenset[str] = attrs.field(factory=frozenset)
    #: The language (known, and one) capitalises every noun: a capitalised word before a
    #: known first name and a surname is a title ("Landrat Jürgen Pfaff").
    nouns_capitalised: bool = False
    # Derived from the lists above when the lexicon is made, so that the hot loops
    # test one set instead of walking the phrases:
    #: The multi-word cues and the "according to" phrases by their first word, longest
    #: first: a token is looked up once instead of being compared with every phrase.
    multi_cue_index: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(init=False)
    according_index: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(init=False)
    #: The first words of :attr:`lowercase_bodies`: a subject opening with none names none.
    lowercase_body_starts: frozenset[str] = attrs.field(init=False)
    #: Last words of every person and organisation role ("general" of "secretary general").
    role_tails: frozenset[str] = attrs.field(init=False)
    #: First letters of the indefinite words.
    indefinite_initials: frozenset[str] = attrs.field(init=False)
    #: The definite determiners as they open a sentence ("The ", "L'"), for
    #: ``str.startswith``: a sentence opening with none of them opens with no role noun
    #: (see :func:`_role_opening`).
    definite_openings: tuple[str, ...] = attrs.field(init=False)
    #: First letters of :attr:`definite_openings`.
    definite_initials: frozenset[str] = attrs.field(init=False)
    #: The coordinators as they open a sentence ("But "), for ``str.startswith``.
    coordinator_openings: tuple[str, ...] = attrs.field(init=False)
    #: Gendered subject pronouns that are no article ("il" is Italian's) and one word.
    subject_pronouns: frozenset[str] = attrs.field(init=False)
    #: Their first letters, capitalised as at a sentence's start.
    subject_pronoun_initials: frozenset[str] = attrs.field(init=False)
    #: Titles that look like an initial ("m." for Monsieur, "d." for Don).
    honorific_initials: frozenset[str] = attrs.field(init=False)
    #: The "according to" phrases as they open a sentence, lower-case, one space apart.
    according_openings: frozenset[str] = attrs.field(init=False)
    #: The organisation words of three letters or more, for ``str.endswith``: the ends of
    #: compounds where every noun is capitalised ("Kirchengemeinde", "Finanzamt").
    org_word_endings: tuple[str, ...] = attrs.field(init=False)
    #: Every word of ``role_markers``: a kind of body some role noun means.
    marked_kinds: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        definite_openings = tuple(
            sorted(
                {w.capitalize() + " " for w in self.determiners - self.indefinite if w}
                | ({"L'", "L’"} if "l'" in self.determiners else set())
            )
        )
        subject_pronouns = frozenset(
            w for w in self.pronoun_genders if w not in self.determiners and " " not in w
        )
        derived = {
            "multi_cue_index": _by_first_word(self.multi_cues),
            "according_index": _by_first_word(self.according),
            "lowercase_body_starts": frozenset(b.split()[0] for b in self.lowercase_bodies),
            "role_tails": frozenset(
                r.rsplit(" ", 1)[-1] for r in self.person_roles | self.org_roles
            ),
            "indefinite_initials": frozenset(w[0] for w in self.indefinite if w),
            "definite_openings": definite_openings,
            "definite_initials": frozenset(w[0] for w in definite_openings),
            "coordinator_openings": tuple(sorted(w.capitalize() + " " for w in self.coordinators)),
            "subject_pronouns": subject_pronouns,
            "subject_pronoun_initials": frozenset(w[0].upper() for w in subject_pronouns if w),
            "honorific_initials": frozenset(
                w for w in self.titles if len(w) == 2 and w[1] == "." and w[0].isalpha()
            ),
            # (as words between spaces too: "d'après", cut "d'" "après" as tokens)
            "according_openings": frozenset(
                form
                for p in self.according
                for form in (" ".join(p), " ".join(p).replace("' ", "'").replace("’ ", "’"))
            ),
            "org_word_endings": tuple(sorted(w for w in self.org_words if len(w) > 2)),
            "marked_kinds": frozenset().union(*self.role_markers.values()),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)  # frozen: set once, here


def _by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their first word, each group in the order given."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}
