"""Language detection: deterministic, bounded, hint-aware, per article and per paragraph."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newscorpus import language
from newscorpus.language import LanguageResult, detect, detect_article

SRC = pathlib.Path(__file__).resolve().parents[1] / "src"

# Written for these tests: a few plain news sentences per language.
SAMPLES = {
    "en": "The city council voted on Tuesday to extend the night curfew for another two weeks, "
    "after police reported a sharp rise in street robberies during the holidays.",
    "fr": "Le conseil municipal a voté mardi la prolongation du couvre-feu pour deux semaines, "
    "après que la police a signalé une forte hausse des vols pendant les fêtes.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die nächtliche Ausgangssperre um zwei Wochen "
    "zu verlängern, nachdem die Polizei einen starken Anstieg der Straßenraube gemeldet hatte.",
    "es": "El ayuntamiento votó el martes la prórroga del toque de queda durante dos semanas más, "
    "después de que la policía informara de un fuerte aumento de los robos en la calle.",
    "it": "Il consiglio comunale ha votato martedì la proroga del coprifuoco per altre due "
    "settimane, dopo che la polizia aveva segnalato un forte aumento delle rapine in strada.",
    "pt": "A câmara municipal votou na terça-feira a prorrogação do recolher obrigatório por mais "
    "duas semanas, depois de a polícia ter registado um forte aumento de assaltos na rua.",
    "ru": "Городской совет во вторник проголосовал за продление ночного комендантского часа ещё "
    "на две недели после того, как полиция сообщила о резком росте уличных грабежей.",
    "uk": "Міська рада у вівторок проголосувала за продовження нічної комендантської години ще на "
    "два тижні після того, як поліція повідомила про різке зростання вуличних пограбувань.",
    "zh": "市议会周二投票决定将夜间宵禁再延长两周，此前警方报告节日期间街头抢劫案件大幅增加。",
    "ja": "市議会は火曜日、夜間外出禁止令をさらに二週間延長することを決めた。警察によると、"
    "休暇中に路上強盗が急増したという。",
}

FRENCH_PARAGRAPH = (
    "Le secrétaire général de l'OTAN a déclaré mercredi que l'alliance restait très préoccupée "
    "par la situation à la frontière et qu'elle appelait toutes les parties à la retenue."
)


def _seed_paragraphs(path: pathlib.Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("expected", sorted(SAMPLES))
def test_detect_names_the_language_of_a_news_sentence(expected: str) -> None:
    """detect() names the language of a two-line news sentence with high probability."""
    found = detect(SAMPLES[expected])
    assert found is not None
    code, probability = found
    assert code == expected
    assert language.MIN_PROBABILITY <= probability <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Bonjour",
        "OK, thanks!",
        "12 345 678 — 2024-01-02",
        "https://example.com/a/very/long/path/with/words/in/it",
    ],
)
def test_detect_answers_none_for_too_little_text(text: str) -> None:
    """Text with too few letters gives None, never a guess."""
    assert detect(text) is None


def test_detect_is_none_for_an_unsupported_script() -> None:
    """A script langdetect has no profile for (Burmese) gives None rather than a wrong code."""
    burmese = "မြန်မာနိုင်ငံ၏ မြို့တော်တွင် ယနေ့ မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ပြီး လမ်းများ ရေလွှမ်းမိုးခဲ့သည်။ " * 2
    assert detect(burmese) is None


def test_text_in_capitals_is_read_like_any_other() -> None:
    """A paragraph typed in capitals is detected in its language, not skipped as acronyms."""
    shouting = SAMPLES["en"].upper()
    assert detect(shouting) is not None
    assert detect(shouting)[0] == "en"  # type: ignore[index]
    assert detect_article([SAMPLES["de"], shouting]).paragraph_languages == ("de", "en")
    russian = (SAMPLES["ru"] + " NATO, OSCE, UN").upper()
    assert detect(russian) is not None
    assert detect(russian)[0] == "ru"  # type: ignore[index]


def test_cjk_text_naming_latin_brands_keeps_its_language() -> None:
    """A Chinese paragraph full of Latin product names is Chinese, not English."""
    mixed = (
        "Yahoo 发布了一项类似于 Google AdSense 的广告服务 Yahoo Publisher Network，"
        "网站站长可以通过 Yahoo Search Marketing 的账户在自己的网站上投放广告并获得收入，"
        "分析人士认为这将加剧两家公司在网络广告市场上的竞争。"
    )
    assert detect(mixed) is not None
    assert detect(mixed)[0] == "zh"  # type: ignore[index]
    article = detect_article([SAMPLES["zh"] * 3, mixed, SAMPLES["zh"] * 2])
    assert article.paragraph_languages == ("zh", "zh", "zh")


def test_unspaced_paragraph_is_sampled_up_to_the_limit() -> None:
    """A space early in a Chinese paragraph does not shrink its sample to a few characters."""
    para = "新华社 " + "北京电记者从国家卫生健康委获悉" * 40
    assert len(language.sample_text([para], limit=300)) == 300


def test_chinese_variants_are_reported_as_zh() -> None:
    """Simplified and traditional Chinese both come back as 'zh'."""
    traditional = (
        "市議會週二投票決定將夜間宵禁再延長兩週，此前警方報告節日期間街頭搶劫案件大幅增加。"
    )
    assert detect(traditional) is not None
    assert detect(traditional)[0] == "zh"  # type: ignore[index]
    assert "zh" in language.supported_languages()
    assert not any(code.startswith("zh-") for code in language.supported_languages())


@given(st.text(max_size=300))
def test_detect_is_total_and_well_formed(text: str) -> None:
    """detect() accepts any string and returns None or a supported code with a probability."""
    found = detect(text)
    if found is not None:
        code, probability = found
        assert code in language.supported_languages()
        assert language.MIN_PROBABILITY <= probability <= 1.0 + 1e-9


@given(
    st.text(alphabet=st.characters(categories=("Ll", "Lu", "Zs", "Po")), min_size=40, max_size=400)
)
def test_detect_is_deterministic(text: str) -> None:
    """Calling detect() twice on the same text gives exactly the same answer."""
    assert detect(text) == detect(text)


@given(
    st.lists(st.text(max_size=150) | st.sampled_from(list(SAMPLES.values())), max_size=5),
    st.dictionaries(
        st.sampled_from(["lang", "json-ld:inLanguage", "og:locale", "other"]),
        st.text(max_size=12) | st.sampled_from(["en-US", "fr_FR", "deu", "x-default"]),
    ),
)
def test_detect_article_is_total_and_consistent(
    paragraphs: list[str], hints: dict[str, str]
) -> None:
    """Any paragraphs and hints give one language per paragraph, a named source, the same twice."""
    result = detect_article(paragraphs, hints)
    assert len(result.paragraph_languages) == len(paragraphs)
    assert (result.language is None) == (result.source is None)
    assert result.source in {None, "text", "html-lang", "json-ld", "og:locale"}
    assert detect_article(paragraphs, hints) == result


@given(st.lists(st.text(max_size=200), max_size=8), st.integers(min_value=1, max_value=400))
def test_sample_is_bounded_and_taken_from_the_start(paragraphs: list[str], limit: int) -> None:
    """The sample never exceeds its limit and every piece is the start of a paragraph."""
    sample = language.sample_text(paragraphs, limit)
    assert len(sample) <= limit
    normalised = [" ".join(p.split()) for p in paragraphs if p.strip()]
    for piece, para in zip(sample.split("\n") if sample else [], normalised, strict=False):
        assert para.startswith(piece)


def test_sample_keeps_whole_paragraphs_while_they_fit() -> None:
    """Paragraphs that fit are kept whole; the first that overshoots is cut at a space."""
    assert language.sample_text(["aaa bbb", "ccc ddd eee"], limit=15) == "aaa bbb\nccc ddd"
    assert language.sample_text(["東京都" * 10], limit=5) == "東京都東京"


def test_letter_count_weights_cjk_and_ignores_urls() -> None:
    """CJK characters count as several letters; URLs, digits and punctuation count for nothing."""
    assert language.letter_count("ab 12 !? https://example.com/xyz") == 2
    assert language.letter_count("東京") == 2 * language.CJK_LETTER_WEIGHT


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("pt_BR", "pt"),
        ("FR", "fr"),
        ("zh-Hant-TW", "zh"),
        ("deu", "de"),
        ("iw", "he"),
        ("nb-NO", "no"),
        (" es-419 ", "es"),
        ("und", None),
        ("x-default", None),
        ("", None),
        ("English", "en"),
        ("Deutsch", "de"),
        ("klingon", None),
        ("12", None),
    ],
)
def test_normalise_language_tag(tag: str, code: str | None) -> None:
    """Page language tags reduce to their ISO 639-1 code, and junk to None."""
    assert language.normalise_language_tag(tag) == code


def test_article_language_comes_from_the_text_and_says_so() -> None:
    """A clear body is decided by the text, and the result records 'text' as the source."""
    result = detect_article([SAMPLES["de"], SAMPLES["de"]])
    assert result == LanguageResult(language="de", source="text", paragraph_languages=("de", "de"))


def test_text_beats_a_wrong_template_hint() -> None:
    """A German body wins over an <html lang="en"> left in a site template."""
    result = detect_article([SAMPLES["de"]], {"lang": "en-US", "og:locale": "en_US"})
    assert (result.language, result.source) == ("de", "text")


def test_hint_settles_a_close_call_the_text_supports() -> None:
    """When the text is fairly but not fully sure, a hint naming its runner-up decides."""
    # A Spanish-Portuguese mix that langdetect reads as pt 0.86 / es 0.14.
    close = ["Pues nada, o acordo seria firmado mañana em Madrid."]

    def decided(hints: dict[str, str] | None) -> tuple[str | None, str | None]:
        result = detect_article(close, hints)
        return result.language, result.source

    assert decided(None) == ("pt", "text")
    assert decided({"lang": "es"}) == ("es", "html-lang")
    assert decided({"lang": "pt-PT"}) == ("pt", "text")
    # A hint the text does not support at all never overrides it.
    assert decided({"lang": "de"}) == ("pt", "text")


def test_hint_is_the_fallback_for_short_text() -> None:
    """Too little text falls back to the most trusted hint and records which hint decided."""
    short = ["Merci."]
    assert detect_article(short, {"lang": "fr-FR"}).source == "html-lang"
    assert detect_article(short, {"og:locale": "fr_FR"}) == LanguageResult(
        language="fr", source="og:locale", paragraph_languages=("fr",)
    )
    both = detect_article(short, {"lang": "en", "json-ld:inLanguage": "fr", "og:locale": "de_DE"})
    assert (both.language, both.source) == ("fr", "json-ld")


def test_unusable_hints_are_skipped() -> None:
    """Junk hint values and unknown keys are ignored rather than trusted."""
    result = detect_article(["Merci."], {"lang": "x-default", "og:locale": "pt_BR", "other": "en"})
    assert (result.language, result.source) == ("pt", "og:locale")


def test_unknown_language_is_none_without_hints() -> None:
    """Too little text and no hint gives None for the article and for every paragraph."""
    assert detect_article(["Merci.", "OK"]) == LanguageResult(
        language=None, source=None, paragraph_languages=(None, None)
    )


def test_short_paragraphs_inherit_the_article_language() -> None:
    """A short line ('Merci beaucoup') takes the article's language, not a noisy guess."""
    result = detect_article([SAMPLES["en"], "Merci beaucoup, Paris!", SAMPLES["en"]])
    assert result.paragraph_languages == ("en", "en", "en")


def test_paragraph_in_another_language_is_marked() -> None:
    """A long paragraph clearly in another language gets its own code; the article keeps its own."""
    result = detect_article([SAMPLES["en"], SAMPLES["es"], SAMPLES["en"], SAMPLES["en"]])
    assert result.language == "en"
    assert result.paragraph_languages == ("en", "es", "en", "en")


def test_mixed_sample_is_decided_by_the_paragraphs_majority() -> None:
    """A long foreign opening makes the sample unclear; the paragraphs' letter majority decides."""
    paragraphs = [SAMPLES["fr"] * 3, *[SAMPLES["en"] * 2] * 4]
    result = detect_article(paragraphs, {"lang": "fr"})
    assert (result.language, result.source) == ("en", "text")
    assert result.paragraph_languages == ("fr", "en", "en", "en", "en")


def test_evenly_bilingual_article_has_no_single_language() -> None:
    """Half French, half English: None, or the hint when there is one; paragraphs keep theirs."""
    paragraphs = [SAMPLES["fr"] * 3, SAMPLES["en"] * 3]
    assert detect_article(paragraphs) == LanguageResult(
        language=None, source=None, paragraph_languages=("fr", "en")
    )
    assert detect_article(paragraphs, {"lang": "en-GB"}) == LanguageResult(
        language="en", source="html-lang", paragraph_languages=("fr", "en")
    )


def test_paragraph_languages_has_one_entry_per_paragraph() -> None:
    """paragraph_languages is always as long as the paragraphs given, even for none."""
    assert detect_article([]).paragraph_languages == ()
    paragraphs = [SAMPLES["ru"], "—", SAMPLES["uk"]]
    assert len(detect_article(paragraphs).paragraph_languages) == 3


def test_seeds_are_english(seed_paths: list[pathlib.Path]) -> None:
    """All five seed articles are English, decided by their text, every paragraph included."""
    for path in seed_paths:
        result = detect_article(_seed_paragraphs(path))
        assert (result.language, result.source) == ("en", "text"), path.name
        assert set(result.paragraph_languages) == {"en"}, path.name


def test_french_paragraph_pasted_into_a_seed_is_marked_fr(seed_paths: list[pathlib.Path]) -> None:
    """A French paragraph pasted into a seed is marked 'fr' and the rest stays 'en'."""
    paragraphs = _seed_paragraphs(seed_paths[0])
    paragraphs.insert(3, FRENCH_PARAGRAPH)
    result = detect_article(paragraphs)
    assert result.language == "en"
    assert result.paragraph_languages[3] == "fr"
    assert [lang for i, lang in enumerate(result.paragraph_languages) if i != 3] == ["en"] * (
        len(paragraphs) - 1
    )


def test_threads_get_the_same_answers_as_one_thread() -> None:
    """Concurrent detection from many threads matches sequential detection exactly."""
    texts = [SAMPLES[k] for k in sorted(SAMPLES)] * 3
    expected = [detect(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(detect, texts)) == expected


def test_profiles_load_once_under_concurrency() -> None:
    """A fresh detector holder hit by many threads at once loads exactly one factory."""
    holder = language._Detectors()
    barrier = threading.Barrier(6)

    def load() -> int:
        barrier.wait()
        return id(holder.factory())

    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = set(pool.map(lambda _: load(), range(6)))
    assert len(ids) == 1


_CHILD = """
import json, sys
import langdetect
from langdetect import DetectorFactory
from langdetect import detector_factory
before = DetectorFactory.seed
import newscorpus, newscorpus.language as L
texts = json.loads(sys.stdin.read())
out = {
    "detect": [L.detect(t) for t in texts],
    "article": [list(L.detect_article(texts[i:i + 3], {"lang": "en"}).paragraph_languages)
                for i in range(0, len(texts), 3)],
    "seed_unchanged": DetectorFactory.seed is before,
    "global_factory_untouched": detector_factory._factory is None,
}
sys.stdout.write(json.dumps(out, sort_keys=True))
"""


def _run_child(hash_seed: str, texts: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_same_answers_in_processes_with_different_hash_seeds() -> None:
    """Processes with other PYTHONHASHSEEDs give byte-identical JSON and leave langdetect alone."""
    texts = [
        *SAMPLES.values(),
        # Borderline inputs are where randomness would show.
        "Die Regierung said the plan was muy bueno pour tout le monde, amen.",
        "Ok ok ok la la la " * 5,
        FRENCH_PARAGRAPH + " " + SAMPLES["it"],
    ]
    first = _run_child("1", texts)
    second = _run_child("4242", texts)
    assert first == second
    data = json.loads(first)
    assert data["seed_unchanged"] is True
    assert data["global_factory_untouched"] is True
    assert [d[0] if d else None for d in data["detect"][: len(SAMPLES)]] == list(SAMPLES)


def test_importing_newscorpus_leaves_langdetect_seed_unchanged() -> None:
    """Importing newscorpus and detecting leaves langdetect.DetectorFactory.seed as it was."""
    from langdetect import DetectorFactory

    before = DetectorFactory.seed
    import newscorpus
    import newscorpus.language

    newscorpus.language.detect(SAMPLES["en"])
    assert DetectorFactory.seed is before


_REFERENCE_TEXTS = [
    *SAMPLES.values(),
    FRENCH_PARAGRAPH,
    "NATO, the USA and the BBC said HELLO to the World Health Organization on Monday.",
    "Tiếng Việt là ngôn ngữ chính thức của Việt Nam, được hơn 85 triệu người sử dụng.",
    "Guvernul a aprobat marți ședința în care ţara şi țara au fost discutate   pe larg.",
    "Yahoo 发布了一项类似于 Google AdSense 的广告服务，网站站长可以获得收入。",
    "See https://example.com/a/b and mail me at someone@example.org about it, ok? Thanks.",
    "12 345 — !!! ???",
]


@pytest.mark.parametrize("text", _REFERENCE_TEXTS)
@pytest.mark.parametrize("trials", [1, 7])
def test_fast_detector_matches_langdetect_bit_for_bit(text: str, trials: int) -> None:
    """The re-implemented detector gives exactly langdetect's own Detector's probabilities."""
    assert language._probabilities(text, trials) == language._probabilities_langdetect(text, trials)


@given(st.text(max_size=200))
# langdetect counts Latin Extended Additional as another script (found by Hypothesis)
@example("AA\u1e00\u0300\u0300\u0300\u0300")
def test_fast_detector_matches_langdetect_on_any_text(text: str) -> None:
    """Bit-for-bit agreement with langdetect holds for arbitrary strings too."""
    assert language._probabilities(text, 1) == language._probabilities_langdetect(text, 1)


def test_function_words_confirm_the_article_language_only_when_clear() -> None:
    """The function-word pass confirms a paragraph in the article's language, never another one."""
    confirm = language._function_words_confirm
    assert confirm(SAMPLES["en"], "en")
    assert confirm(SAMPLES["fr"], "fr")
    assert not confirm(SAMPLES["fr"], "en")
    assert not confirm(SAMPLES["es"], "pt")
    assert not confirm(SAMPLES["pt"], "es")
    assert not confirm(SAMPLES["uk"], "ru")
    assert not confirm(SAMPLES["ru"], "uk")
    # A paragraph in another script is never confirmed by words, whatever they are.
    assert not confirm(SAMPLES["zh"] + " the and of to in that", "en")


@pytest.mark.parametrize("host", sorted(SAMPLES))
@pytest.mark.parametrize("guest", sorted(SAMPLES))
def test_first_pass_never_hides_a_foreign_paragraph(host: str, guest: str) -> None:
    """Every sample pasted into an article in every other language is found, first pass or not."""
    # Chinese and Japanese sentences are short in characters: more of them to outweigh the guest.
    body = SAMPLES[host] * (12 if host in {"zh", "ja"} else 4)
    paragraphs = [body, SAMPLES[guest], body]
    result = detect_article(paragraphs)
    assert result.language == host
    assert result.paragraph_languages == (host, guest, host)


def test_script_confirms_only_a_script_of_the_article_language() -> None:
    """Han without kana is Chinese, kana-rich text Japanese; Latin text is confirmed by no script."""
    assert language._script_confirms(SAMPLES["zh"], "zh")
    assert not language._script_confirms(SAMPLES["ja"], "zh")
    assert language._script_confirms(SAMPLES["ja"], "ja")
    assert not language._script_confirms(SAMPLES["zh"], "ja")
    assert not language._script_confirms(SAMPLES["en"], "zh")
    assert not language._script_confirms(SAMPLES["en"], "en")


def test_function_word_tables_ship_with_the_package() -> None:
    """The function-word tables load from the installed package and cover the main languages."""
    assert {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk"} <= set(
        language.function_word_languages()
    )
    assert set(language.function_word_languages()) <= set(language.supported_languages())


@pytest.mark.parametrize(
    "text, letters", [("@" * 20000, 0), ("a@" * 10000, 10000), ("x@y." * 5000, None)]
)
def test_letter_count_is_linear_on_address_like_runs(text: str, letters: int | None) -> None:
    """Runs of "@" are read once (the old e-mail pattern took 24 s on 4,000 of them)."""
    import time

    started = time.process_time()
    count = language.letter_count(text)
    assert time.process_time() - started < 2.0
    assert letters is None or count == letters


def test_letter_count_leaves_out_addresses() -> None:
    """E-mail addresses and links are not letters of the text."""
    text = "Write to jane.doe@example.co.uk or visit https://example.org/a today"
    assert language.letter_count(text) == len("Writetoorvisittoday")
