"""Language of an article and of each of its paragraphs, over langdetect, deterministically.

langdetect is a naive Bayes classifier over character n-grams that samples
n-grams at random; left alone it gives different answers from run to run.
This module keeps a private :class:`langdetect.DetectorFactory` of its own,
loads the profiles in a fixed (sorted) order and seeds every detector with a
fixed value, so the same text gives the same answer in every process, whatever
``PYTHONHASHSEED``, and the global ``langdetect.DetectorFactory.seed`` that
other code may rely on is never touched.

Rules, in the order they apply:

* Text is measured in *letters* (characters that are alphabetic; a CJK
  ideograph, kana or hangul syllable counts as :data:`CJK_LETTER_WEIGHT`
  letters, because one carries about as much evidence as a short word).
  Fewer than :data:`MIN_LETTERS` letters gives ``None``, never a guess.
* Only a bounded sample is read: whole paragraphs from the start of the body
  until :data:`SAMPLE_CHARS` characters are gathered (a single longer
  paragraph is cut at a space), so the cost is flat for long articles.
* Before detection, Latin letters are dropped when another script outweighs
  them, and text mostly in capitals is lower-cased (langdetect skips words
  in capitals).
* The winner must reach :data:`MIN_PROBABILITY`; otherwise the text is
  *uncertain*: :func:`detect` answers ``None``, and :func:`detect_article`
  lets the paragraphs vote, then falls back on the page's hints.
* ``zh-cn`` and ``zh-tw`` are reported as ``zh`` with their probabilities
  summed; Korean without hangul and Japanese without kana are Chinese.
* A paragraph whose function words (:data:`FUNCTION_WORD_MIN_HITS`,
  :data:`FUNCTION_WORD_LEAD`) or script (:data:`SCRIPT_SHARE`) clearly are its
  article's language's inherits that language without langdetect; the rest
  are read by langdetect.

langdetect's detector is re-implemented here for speed (``_Model``):
same profiles, same random draws, same arithmetic, the same probabilities bit
for bit.

Example:
    >>> detect("The council voted on Tuesday to extend the curfew for another two weeks.")
    ('en', 0.99...)
    >>> detect("Bonjour") is None
    True
"""

from __future__ import annotations

import json
import random
import re
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import resources
from itertools import repeat
from operator import add, mul, truediv
from pathlib import Path
from typing import Any, Final

import attrs

__all__ = [
    "CJK_LETTER_WEIGHT",
    "FUNCTION_WORD_LEAD",
    "FUNCTION_WORD_MIN_HITS",
    "HINT_KEYS",
    "MAJORITY_SHARE",
    "MIN_LETTERS",
    "MIN_PROBABILITY",
    "PARAGRAPH_MIN_LETTERS",
    "PARAGRAPH_MIN_PROBABILITY",
    "PARAGRAPH_SAMPLE_CHARS",
    "SAMPLE_CHARS",
    "SCRIPT_SHARE",
    "LanguageResult",
    "detect",
    "detect_article",
    "function_word_languages",
    "letter_count",
    "normalise_language_tag",
    "sample_text",
    "supported_languages",
]

#: Fewer letters than this (about eight words) and the text is too short: langdetect's
#: guesses on less are noise.
MIN_LETTERS: Final = 40
#: The winning language's probability must reach this, or the text is uncertain.
MIN_PROBABILITY: Final = 0.80
#: Characters of the body read for the article's language (whole paragraphs, from the start).
SAMPLE_CHARS: Final = 1500
#: A paragraph shorter than this (in letters) inherits the article's language.
PARAGRAPH_MIN_LETTERS: Final = 80
#: A paragraph gets a language other than the article's only at this probability or above.
PARAGRAPH_MIN_PROBABILITY: Final = 0.95
#: Characters of one paragraph read for its own language.
PARAGRAPH_SAMPLE_CHARS: Final = 300
#: When the sample is unclear, a language holding this share of the letters of the
#: paragraphs that have a language is the article's.
MAJORITY_SHARE: Final = 2 / 3
#: How many letters one CJK ideograph, kana or hangul syllable counts for.
CJK_LETTER_WEIGHT: Final = 3
#: A paragraph inherits the article's language without langdetect when at least this
#: many of its words are function words of that language (and see :data:`FUNCTION_WORD_LEAD`).
FUNCTION_WORD_MIN_HITS: Final = 5
#: ... and when, against every other language with a function-word table, the words
#: that are only the article language's outnumber the words that are only the other's
#: this many times over (and are at least three).
FUNCTION_WORD_LEAD: Final = 3

#: Hint keys the loaders fill, in the order they are trusted, and the source name each records.
#: JSON-LD ``inLanguage`` describes the article itself; ``<html lang>`` and ``og:locale`` are
#: often site-wide template values, so they come after it.
HINT_KEYS: Final[tuple[tuple[str, str], ...]] = (
    ("json-ld:inLanguage", "json-ld"),
    ("lang", "html-lang"),
    ("og:locale", "og:locale"),
)

# A fixed seed for every detector: langdetect draws n-grams at random, so
# determinism needs the same draws every time.
_SEED: Final = 0

# How far before the limit a sample looks for a space to cut at (longer than most words).
_WORD_SLACK: Final = 40

# An e-mail address starts where its run of address characters does (the lookbehind), so a
# long run of "@" or of "a@" is read once: "\S+@\S+\.\w+" took cubic time on it.
_URL = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:$|[-_])")

# ISO 639-2/3 codes and old ISO 639-1 codes seen in hints, mapped to the
# ISO 639-1 codes this module reports.
_TAG_ALIASES: Final[Mapping[str, str]] = {
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "nb": "no",
    "nn": "no",
    "ara": "ar",
    "ben": "bn",
    "bul": "bg",
    "ces": "cs",
    "cze": "cs",
    "chi": "zh",
    "zho": "zh",
    "cmn": "zh",
    "dan": "da",
    "deu": "de",
    "ger": "de",
    "ell": "el",
    "gre": "el",
    "eng": "en",
    "est": "et",
    "fas": "fa",
    "per": "fa",
    "fin": "fi",
    "fra": "fr",
    "fre": "fr",
    "heb": "he",
    "hin": "hi",
    "hrv": "hr",
    "hun": "hu",
    "ind": "id",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "lav": "lv",
    "lit": "lt",
    "nld": "nl",
    "dut": "nl",
    "nor": "no",
    "nob": "no",
    "nno": "no",
    "pol": "pl",
    "por": "pt",
    "ron": "ro",
    "rum": "ro",
    "rus": "ru",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "spa": "es",
    "swe": "sv",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "urd": "ur",
    "vie": "vi",
}


# Language names some sites put in JSON-LD ``inLanguage`` instead of a code.
_LANGUAGE_NAMES: Final[Mapping[str, str]] = {
    "arabic": "ar",
    "العربية": "ar",
    "chinese": "zh",
    "中文": "zh",
    "dutch": "nl",
    "nederlands": "nl",
    "english": "en",
    "french": "fr",
    "français": "fr",
    "german": "de",
    "deutsch": "de",
    "italian": "it",
    "italiano": "it",
    "japanese": "ja",
    "日本語": "ja",
    "korean": "ko",
    "한국어": "ko",
    "polish": "pl",
    "polski": "pl",
    "portuguese": "pt",
    "português": "pt",
    "russian": "ru",
    "русский": "ru",
    "spanish": "es",
    "español": "es",
    "turkish": "tr",
    "türkçe": "tr",
    "ukrainian": "uk",
    "українська": "uk",
}


@attrs.frozen
class LanguageResult:
    """The language of an article, what decided it, and the language of each paragraph.

    Example:
        >>> r = detect_article(["Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, "
        ...                     "das die Mieten in den großen Städten begrenzen soll."])
        >>> (r.language, r.source, r.paragraph_languages)
        ('de', 'text', ('de',))
    """

    #: ISO 639-1 code, or None when neither the text nor the hints say.
    language: str | None
    #: What decided :attr:`language`: ``"text"``, ``"html-lang"``, ``"json-ld"``,
    #: ``"og:locale"``, or None when the language is unknown.
    source: str | None
    #: One entry per paragraph: its own language when it is long enough and clearly
    #: in another language, else the article's language.
    paragraph_languages: tuple[str | None, ...]


class _Detectors:
    """A private langdetect factory, loaded once on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._factory: Any = None

    def factory(self) -> Any:
        """The loaded factory; profiles are read in sorted order, never in disk order."""
        factory = self._factory
        if factory is not None:
            return factory
        with self._lock:
            if self._factory is None:
                self._factory = self._load()
            return self._factory

    @staticmethod
    def _load() -> Any:
        # Imported here so that importing newscorpus stays cheap and never loads 55 profiles.
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
        from langdetect.utils.lang_profile import LangProfile

        factory = DetectorFactory()
        # An instance attribute: the class attribute other users set stays as it was.
        factory.seed = _SEED
        files = sorted(p for p in Path(PROFILES_DIRECTORY).iterdir() if not p.name.startswith("."))
        for index, path in enumerate(files):
            data = json.loads(path.read_text(encoding="utf-8"))
            factory.add_profile(LangProfile(**data), index, len(files))
        return factory


_DETECTORS = _Detectors()


def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes :func:`detect` can answer, sorted.

    Example:
        >>> {"en", "ru", "uk", "zh"} <= set(supported_languages())
        True
    """
    names = _DETECTORS.factory().get_lang_list()
    return tuple(sorted({_code(n) for n in names}))


def _code(name: str) -> str:
    return "zh" if name.startswith("zh") else name


# CJK ideographs, kana and hangul syllables: the letters that count CJK_LETTER_WEIGHT times.
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)


def letter_count(text: str) -> int:
    """Letters in *text*, URLs and e-mail addresses left out, CJK characters weighted.

    Example:
        >>> letter_count("Hi, 42!")
        2
        >>> letter_count("東京")
        6
    """
    letters = "".join(filter(str.isalpha, _URL.sub(" ", text)))
    return len(letters) + (CJK_LETTER_WEIGHT - 1) * len(_CJK.findall(letters))


def sample_text(paragraphs: Sequence[str], limit: int = SAMPLE_CHARS) -> str:
    """The bounded sample read for the article's language: whole paragraphs from the start.

    Paragraphs are added until *limit* characters are gathered; a paragraph
    that would overshoot is cut at the last space before the limit (in a
    script written without spaces, such as Chinese, at the limit itself) and
    the sample ends there, so it never exceeds *limit* characters.

    Example:
        >>> sample_text(["one two", "three four", "five"], limit=14)
        'one two\\nthree'
    """
    parts: list[str] = []
    used = 0
    for para in paragraphs:
        para = _SPACE.sub(" ", para).strip()
        if not para:
            continue
        room = limit - used - (1 if parts else 0)
        if room <= 0:
            break
        if len(para) > room:
            # Cut at a space near the limit; scripts written without spaces
            # (Chinese, Japanese, Thai) have none there and are cut at the limit.
            cut = para.rfind(" ", max(room - _WORD_SLACK, 0), room + 1)
            chunk = para[: cut if cut > 0 else room].rstrip()
            if chunk:
                parts.append(chunk)
            break
        parts.append(para)
        used += len(para) + (1 if len(parts) > 1 else 0)
    return "\n".join(parts)


def _is_latin(ch: str) -> bool:
    cp = ord(ch)
    return cp < 0x250 or 0x1E00 <= cp <= 0x1EFF  # Basic Latin to Latin Extended-B, Vietnamese


# Latin letters (as _is_latin has them): deleted, and turned into spaces.
_LATIN_CODES: Final = tuple(cp for cp in range(0x1F00) if _is_latin(chr(cp)) and chr(cp).isalpha())
_LATIN_LETTERS: Final = dict.fromkeys(_LATIN_CODES)
_LATIN_TO_SPACE: Final = dict.fromkeys(_LATIN_CODES, " ")


def _prepared(text: str) -> str:
    """*text* as langdetect should read it.

    * When letters of other scripts outweigh Latin ones (CJK weighted as in
      :func:`letter_count`), Latin letters are dropped: a Chinese paragraph
      naming "Google" and "Yahoo" is Chinese, but each Latin letter yields
      more n-grams than an ideograph, and langdetect's own rule counts one
      ideograph as one letter.
    * When most cased letters are capitals, the text is lower-cased:
      langdetect skips words in capitals (as acronyms), so a paragraph typed
      in capitals would leave it almost nothing to read.
    """
    letters = "".join(filter(str.isalpha, text))
    latin = len(letters) - len(letters.translate(_LATIN_LETTERS))
    other = len(letters) - latin + (CJK_LETTER_WEIGHT - 1) * len(_CJK.findall(letters))
    if other > latin and latin:
        text = text.translate(_LATIN_TO_SPACE)
    if sum(map(str.isupper, letters)) > sum(map(str.islower, letters)):
        text = text.lower()
    return text


class _CharTable(dict[int, str]):
    """langdetect's per-character normalisation as a :meth:`str.translate` table, filled on demand."""

    def __init__(self, normalise: Any) -> None:
        super().__init__()
        self._normalise = normalise

    def __missing__(self, cp: int) -> str:
        ch: str = self._normalise(chr(cp))
        self[cp] = ch
        return ch


# Characters langdetect counts as Latin ("A" to "z", brackets included) and as other
# scripts when it cleans a text: U+0300 and above.  Its code means to except Latin
# Extended Additional (U+1E00-U+1EFF), but compares the block's number with its name,
# so those letters count as other scripts too; a Hypothesis example ("AAḀ" and four
# combining graves) showed it, and bit-for-bit agreement follows what it does.
_LD_LATIN = re.compile("[A-z]")
_LD_OTHER = re.compile("[\u0300-\U0010ffff]")
_LD_SPACES = re.compile(" {2,}")
# Bounded memo of words already read: cleared when it grows past this many entries.
_WORD_CACHE_SIZE: Final = 100_000


class _Model:
    """langdetect's naive Bayes detector, re-implemented for speed with the same arithmetic.

    langdetect reads a text character by character through an n-gram buffer and
    then does random walks over the n-grams it found.  This class gives the
    same answers, bit for bit (the tests compare it with langdetect's own
    ``Detector``), but n-grams are extracted word by word and memoised (a
    word's n-grams never depend on its neighbours, since the buffer restarts
    at every space), characters are normalised through a cached translation
    table, and each update of the 55 probabilities is one list comprehension.
    """

    def __init__(self, factory: Any) -> None:
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        self.langs: tuple[str, ...] = tuple(factory.langlist)
        self.vectors: dict[str, list[float]] = factory.word_lang_prob_map
        self.chars = _CharTable(NGram.normalize)
        self.normalise_vi: Any = NGram.normalize_vi
        self.url: re.Pattern[str] = Detector.URL_RE
        self.mail: re.Pattern[str] = Detector.MAIL_RE
        self.alpha: float = Detector.ALPHA_DEFAULT
        self.alpha_width: float = Detector.ALPHA_WIDTH
        self.iteration_limit: int = Detector.ITERATION_LIMIT
        self.prob_threshold: float = Detector.PROB_THRESHOLD
        self.conv_threshold: float = Detector.CONV_THRESHOLD
        self.base_freq: int = Detector.BASE_FREQ
        self.max_text_length = 10_000  # Detector's default
        # word (with its trailing space, when it has one) -> vectors of its n-grams
        self.words: dict[str, tuple[list[float], ...]] = {}

    def _word(self, word: str) -> tuple[list[float], ...]:
        """The n-grams langdetect extracts from *word* read from a fresh buffer."""
        vectors = self.vectors
        found: list[list[float]] = []
        grams = " "
        capital = False
        for ch in word:
            last = grams[-1]
            if last == " ":
                grams = " "
                capital = False
                if ch == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in (1, 2, 3):
                if len(grams) < n:
                    break
                gram = grams[-n:]
                if gram != " ":
                    vector = vectors.get(gram)
                    if vector is not None:
                        found.append(vector)
        entry = tuple(found)
        if len(self.words) >= _WORD_CACHE_SIZE:
            self.words.clear()
        self.words[word] = entry
        return entry

    def features(self, text: str) -> list[list[float]]:
        """The n-gram vectors langdetect would sample for *text*, in its order."""
        text = self.url.sub(" ", text)
        text = self.mail.sub(" ", text)
        text = self.normalise_vi(text)
        text = _LD_SPACES.sub(" ", text[: self.max_text_length])
        latin = len(_LD_LATIN.findall(text))
        if latin and latin * 2 < len(_LD_OTHER.findall(text)):
            text = _LD_LATIN.sub("", text)
        words = text.translate(self.chars).split(" ")
        last = len(words) - 1
        cache = self.words
        found: list[list[float]] = []
        for index, word in enumerate(words):
            if not word:
                continue
            if index < last:
                word += " "
            entry = cache.get(word)
            if entry is None:
                entry = self._word(word)
            found.extend(entry)
        return found

    def walk(self, features: Sequence[list[float]], trials: int) -> list[tuple[str, float]]:
        """langdetect's random walks over *features*: ``(profile, probability)`` above its threshold."""
        count = len(self.langs)
        rng = random.Random(_SEED)
        choice = rng.choice
        conv = self.conv_threshold
        limit = self.iteration_limit
        total = [0.0] * count
        for _ in range(trials):
            prob = [1.0 / count] * count
            alpha = self.alpha + rng.gauss(0.0, 1.0) * self.alpha_width
            weight = repeat(alpha / self.base_freq)
            i = 0
            while True:
                # prob[j] *= weight + vector[j], every step of the loop in C.
                prob = list(map(mul, prob, map(add, weight, choice(features))))
                if i % 5 == 0:
                    prob = list(map(truediv, prob, repeat(sum(prob))))
                    if max(prob) > conv or i >= limit:
                        break
                i += 1
            total = list(map(add, total, map(truediv, prob, repeat(trials))))
        found = [
            (lang, p) for lang, p in zip(self.langs, total, strict=True) if p > self.prob_threshold
        ]
        found.sort(key=lambda item: item[1], reverse=True)
        return found


_MODEL: _Model | None = None
_MODEL_LOCK = threading.Lock()


def _model() -> _Model:
    global _MODEL
    model = _MODEL
    if model is None:
        factory = _DETECTORS.factory()
        with _MODEL_LOCK:
            if _MODEL is None:
                _MODEL = _Model(factory)
            model = _MODEL
    return model


def _merged(found: Sequence[tuple[str, float]], text: str) -> list[tuple[str, float]]:
    """langdetect's ``(profile, probability)`` pairs as codes, Chinese merged, script-checked, best first."""
    merged: dict[str, float] = {}
    for lang, prob in found:
        code = _script_checked(_code(lang), text)
        if code is not None:
            merged[code] = merged.get(code, 0.0) + prob
    # Ties broken by code so the order never depends on profile order.
    return sorted(merged.items(), key=lambda item: (-item[1], item[0]))


def _probabilities(text: str, trials: int = 7) -> list[tuple[str, float]]:
    """langdetect's candidates for *text*, Chinese variants merged, best first.

    *trials* is langdetect's number of random walks (its default is 7); fewer
    is cheaper and less stable.
    """
    model = _model()
    features = model.features(_prepared(text))
    if not features:
        # "No features in text": only digits, or a script langdetect has no profile for.
        return []
    return _merged(model.walk(features, trials), text)


def _probabilities_langdetect(text: str, trials: int = 7) -> list[tuple[str, float]]:
    """:func:`_probabilities` through langdetect's own ``Detector``: the reference the tests use."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _DETECTORS.factory().create()
    detector.seed = _SEED
    detector.n_trial = trials
    try:
        detector.append(_prepared(text))
        found = detector.get_probabilities()
    except LangDetectException:
        return []
    merged: dict[str, float] = {}
    for lang in found:
        code = _script_checked(_code(lang.lang), text)
        if code is not None:
            merged[code] = merged.get(code, 0.0) + lang.prob
    return sorted(merged.items(), key=lambda item: (-item[1], item[0]))


_HANGUL: Final = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA: Final = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _has(text: str, script: re.Pattern[str]) -> bool:
    return script.search(text) is not None


def _script_checked(code: str, text: str) -> str | None:
    """*code*, corrected where the script rules it out.

    langdetect reads traditional Chinese as Korean (its Korean profile holds
    hanja), and kanji-only lines as Japanese; modern Korean is written in
    hangul and Japanese prose always has kana, so without them it is Chinese.
    """
    if code == "ko" and not _has(text, _HANGUL):
        return "zh" if _has(text, _HAN) else None
    if code == "ja" and not _has(text, _KANA):
        return "zh" if _has(text, _HAN) else None
    return code


def _candidates(text: str, limit: int) -> list[tuple[str, float]] | None:
    """Candidates for the first *limit* characters of *text*, or None when too short to judge."""
    sample = sample_text([text], limit)
    if letter_count(sample) < MIN_LETTERS:
        return None
    return _probabilities(sample)


def detect(text: str) -> tuple[str, float] | None:
    """The language of *text* and its probability, or None when too short or uncertain.

    Reads at most :data:`SAMPLE_CHARS` characters.  The answer is the same in
    every process.

    Args:
        text: Any string; URLs and e-mail addresses are ignored.

    Returns:
        ``(code, probability)`` with an ISO 639-1 code (``"zh"`` for either
        Chinese script), or None when *text* has fewer than
        :data:`MIN_LETTERS` letters or no language reaches
        :data:`MIN_PROBABILITY`.

    Example:
        >>> detect("El Gobierno aprobó este martes el proyecto de ley de presupuestos.")
        ('es', 0.99...)
    """
    found = _candidates(text, SAMPLE_CHARS)
    if not found or found[0][1] < MIN_PROBABILITY:
        return None
    return found[0]


def normalise_language_tag(tag: str) -> str | None:
    """The ISO 639-1 code in a page's language tag (``"en-GB"``, ``"pt_BR"``, ``"deu"``), or None.

    A few common language names (``"English"``, ``"Deutsch"``) are accepted too,
    since some sites write those in JSON-LD ``inLanguage``.

    Example:
        >>> [normalise_language_tag(t) for t in ("fr_FR", "zh-Hant", "eng", "x-default")]
        ['fr', 'zh', 'en', None]
    """
    named = _LANGUAGE_NAMES.get(tag.strip().casefold())
    if named is not None:
        return named
    match = _TAG.match(tag.strip())
    if match is None:
        return None
    code = match.group(1).lower()
    code = _TAG_ALIASES.get(code, code)
    if len(code) != 2 or code == "un":  # "und" is "undetermined"
        return None
    return code


def _hint(hints: Mapping[str, str] | None) -> tuple[str, str] | None:
    """The most trusted usable hint as ``(code, source)``."""
    if not hints:
        return None
    for key, source in HINT_KEYS:
        value = hints.get(key)
        if isinstance(value, str):
            code = normalise_language_tag(value)
            if code is not None:
                return code, source
    return None


def _sample_language(sample: str, hint: tuple[str, str] | None) -> tuple[str, str] | None:
    """The language of a confident sample as ``(code, source)``, or None when uncertain."""
    found = _probabilities(sample)
    if not found or found[0][1] < MIN_PROBABILITY:
        return None
    best, probability = found[0]
    # A hint that the text also supports settles close calls between
    # neighbours (es/pt, da/no, hr/sl) that langdetect can get wrong.
    close_call = probability < 0.99
    if hint is not None and close_call and any(code == hint[0] for code, _ in found[1:]):
        return hint
    return best, "text"


def _majority(paragraphs: Sequence[str], languages: Sequence[str | None]) -> str | None:
    """The language holding :data:`MAJORITY_SHARE` of the letters of paragraphs that have one."""
    letters: dict[str, int] = {}
    for para, lang in zip(paragraphs, languages, strict=True):
        if lang is not None:
            letters[lang] = letters.get(lang, 0) + letter_count(para)
    total = sum(letters.values())
    if not total:
        return None
    best = min(letters, key=lambda code: (-letters[code], code))
    return best if letters[best] >= MAJORITY_SHARE * total else None


_FUNCTION_WORDS_FILE: Final = "language_function_words.json"
_CYRILLIC_TABLES: Final = frozenset({"bg", "mk", "ru", "uk"})
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS: dict[str, tuple[str, ...]] | None = None
_TABLED: frozenset[str] | None = None


def _function_words() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages whose table holds it (tables in ``language_function_words.json``)."""
    global _FUNCTION_WORDS
    table = _FUNCTION_WORDS
    if table is None:
        data = json.loads(
            resources.files("newscorpus").joinpath(_FUNCTION_WORDS_FILE).read_text(encoding="utf-8")
        )
        by_word: dict[str, list[str]] = {}
        for code, words in sorted(data["function_words"].items()):
            for word in words.split():
                by_word.setdefault(word, []).append(code)
        table = _FUNCTION_WORDS = {word: tuple(codes) for word, codes in by_word.items()}
    return table


def function_word_languages() -> tuple[str, ...]:
    """Languages with a function-word table for the paragraphs' first pass, sorted.

    Example:
        >>> {"en", "de", "ru", "uk"} <= set(function_word_languages())
        True
    """
    return tuple(sorted(_tabled()))


def _tabled() -> frozenset[str]:
    global _TABLED
    if _TABLED is None:
        _TABLED = frozenset(code for codes in _function_words().values() for code in codes)
    return _TABLED


def _function_words_confirm(sample: str, article: str) -> bool:
    """Whether *sample*'s function words say, beyond doubt, that it is in *article*'s language.

    Only for languages with a table, and only when the letters are (95 % or more) in
    that language's script.  Words shared by two tables count for neither side.
    """
    table = _function_words()
    script = _CYRILLIC_LETTER if article in _CYRILLIC_TABLES else _LATIN_LETTER
    letters = sum(map(str.isalpha, sample))
    if len(script.findall(sample)) * 20 < letters * 19:
        return False
    total: dict[str, int] = {}
    shared: dict[str, int] = {}
    for word, times in Counter(_WORD.findall(sample.lower())).items():
        codes = table.get(word)
        if codes is None:
            continue
        for code in codes:
            total[code] = total.get(code, 0) + times
        if article in codes:
            for code in codes:
                shared[code] = shared.get(code, 0) + times
    hits = total.get(article, 0)
    if hits < FUNCTION_WORD_MIN_HITS:
        return False
    for code, count in total.items():
        if code == article:
            continue
        ours = hits - shared.get(code, 0)
        theirs = count - shared.get(code, 0)
        if ours < 3 or ours < FUNCTION_WORD_LEAD * theirs:
            return False
    return True


# Scripts that, among langdetect's languages, only one language writes.
_OWN_SCRIPT: Final[Mapping[str, re.Pattern[str]]] = {
    "bn": re.compile("[\u0980-\u09ff]"),
    "el": re.compile("[\u0370-\u03ff\u1f00-\u1fff]"),
    "gu": re.compile("[\u0a80-\u0aff]"),
    "he": re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]"),
    "ja": re.compile(
        "[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    ),
    "kn": re.compile("[\u0c80-\u0cff]"),
    "ko": _HANGUL,
    "ml": re.compile("[\u0d00-\u0d7f]"),
    "pa": re.compile("[\u0a00-\u0a7f]"),
    "ta": re.compile("[\u0b80-\u0bff]"),
    "te": re.compile("[\u0c00-\u0c7f]"),
    "th": re.compile("[\u0e00-\u0e7f]"),
    "zh": _HAN,
}
#: Share of a paragraph's letters (Latin ones aside, when they are dropped) that must be in
#: the script only the article's language writes for the paragraph to inherit it unread.
SCRIPT_SHARE: Final = 0.95
#: Japanese is written in kanji too: at least this share of the letters must be kana.
_KANA_SHARE: Final = 0.25


def _script_confirms(sample: str, article: str) -> bool:
    """Whether *sample* is written in a script that, among langdetect's languages, only *article* uses.

    Greek, Hebrew, Thai, hangul and the Indic scripts of Bengali, Gujarati,
    Punjabi, Kannada, Malayalam, Tamil and Telugu each belong to one of
    langdetect's languages; Han without kana or hangul is Chinese (see
    :func:`_script_checked`), and kana is Japanese.  Latin letters must be few
    enough to be dropped before detection (see :func:`_prepared`).
    """
    script = _OWN_SCRIPT.get(article)
    if script is None:
        return False
    letters = "".join(filter(str.isalpha, sample))
    latin = len(letters) - len(letters.translate(_LATIN_LETTERS))
    other = len(letters) - latin
    if not other or latin * 3 >= other:
        return False
    if len(script.findall(letters)) < SCRIPT_SHARE * other:
        return False
    if article == "zh":
        return not _has(sample, _KANA) and not _has(sample, _HANGUL)
    if article == "ja":
        return len(_KANA.findall(letters)) >= _KANA_SHARE * other
    return True


def _paragraph_language(paragraph: str, article: str | None) -> str | None:
    sample = sample_text([paragraph], PARAGRAPH_SAMPLE_CHARS)
    if letter_count(sample) < PARAGRAPH_MIN_LETTERS:
        return article
    if article is not None and (
        _function_words_confirm(sample, article)
        if article in _tabled()
        else _script_confirms(sample, article)
    ):
        return article
    model = _model()
    features = model.features(_prepared(sample))
    if not features:
        return article
    if article is not None:
        # Most paragraphs are in the article's language: one random walk
        # confirms that at a seventh of the cost of the full seven.
        quick = _merged(model.walk(features, 1), sample)
        if quick and quick[0][0] == article:
            return article
    found = _merged(model.walk(features, 7), sample)
    if found and found[0][1] >= PARAGRAPH_MIN_PROBABILITY:
        return found[0][0]
    return article


def detect_article(
    paragraphs: Sequence[str], hints: Mapping[str, str] | None = None
) -> LanguageResult:
    """The language of an article body, what decided it, and each paragraph's language.

    The article's language is decided by the first of these that answers:

    1. the text: a bounded sample of *paragraphs* (see :func:`sample_text`)
       whose best language reaches :data:`MIN_PROBABILITY` (source
       ``"text"``).  When that probability is below 0.99 and the most trusted
       hint names a language the text also found likely, the hint settles the
       close call and is recorded as the source;
    2. the paragraphs, when the sample is mixed or unclear: a language holding
       :data:`MAJORITY_SHARE` of the letters of the paragraphs that have one
       (source ``"text"``);
    3. the most trusted usable hint: JSON-LD ``inLanguage``, then
       ``<html lang>``, then ``og:locale`` (source ``"json-ld"``,
       ``"html-lang"``, ``"og:locale"``);
    4. nothing: language and source are None.

    Each paragraph with at least :data:`PARAGRAPH_MIN_LETTERS` letters (in its
    first :data:`PARAGRAPH_SAMPLE_CHARS` characters) gets its own language when
    langdetect gives it :data:`PARAGRAPH_MIN_PROBABILITY` or more; every other
    paragraph inherits the article's language, since a guess on a short line
    ("Reuters", a name, a date) is noise.

    Args:
        paragraphs: The body after boilerplate removal, one string per paragraph.
        hints: Loader hints: ``"lang"`` (``<html lang>``), ``"json-ld:inLanguage"``,
            ``"og:locale"``; other keys are ignored.

    Returns:
        A :class:`LanguageResult`.

    Example:
        >>> detect_article(["Short."], {"lang": "en-GB"})
        LanguageResult(language='en', source='html-lang', paragraph_languages=('en',))
    """
    hint = _hint(hints)
    sample = sample_text(paragraphs)
    decided = _sample_language(sample, hint) if letter_count(sample) >= MIN_LETTERS else None
    if decided is not None:
        code, how = decided
        per_paragraph = tuple(_paragraph_language(p, code) for p in paragraphs)
        return LanguageResult(language=code, source=how, paragraph_languages=per_paragraph)
    # The sample is mixed or unclear: let the paragraphs vote, weighted by their letters.
    own = [_paragraph_language(p, None) for p in paragraphs]
    majority = _majority(paragraphs, own)
    language: str | None = None
    source: str | None = None
    if majority is not None:
        language, source = majority, "text"
    elif hint is not None:
        language, source = hint
    per_paragraph = tuple(lang if lang is not None else language for lang in own)
    return LanguageResult(language=language, source=source, paragraph_languages=per_paragraph)
