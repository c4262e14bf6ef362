"""The non-English boilerplate lexicons: well-formed data naming common furniture, and only it."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newscorpus.boilerplate._lexicon import load_lexicon, match_key

LANGUAGES = ("es", "fr", "de", "it", "pt", "nl", "pl", "ca", "ru", "uk", "ja", "zh", "ko")
LEXICONS = resources.files("newscorpus.boilerplate") / "lexicons"


def _data(language: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (LEXICONS / f"{language}.json").read_text(encoding="utf-8")
    )
    return data


# Furniture as sites print it, and the rule that must take it.
POSITIVE = {
    "es": [
        ("Compartir", "share-widget"),
        ("Compartir en Facebook", "share-widget"),
        ("- Publicidad -", "ad-label"),
        ("Leer más", "related-marker"),
        ("Te puede interesar", "related-marker"),
        ("Noticias relacionadas", "related-marker"),
        ("Deja un comentario", "comment-prompt"),
        ("Suscríbete a nuestro boletín", "newsletter"),
        ("Utilizamos cookies propias y de terceros para mejorar tu experiencia.", "page-chrome"),
        ("Por María García", "byline-prefix"),
        ("Fuente: EFE", "source-credit-prefix"),
        ("Foto: EFE/Juan Pérez", "photo-credit-marker"),
    ],
    "fr": [
        ("Partager", "share-widget"),
        ("Partager sur Facebook", "share-widget"),
        ("Publicité", "ad-label"),
        ("La suite après cette publicité", "ad-label"),
        ("Lire aussi", "related-marker"),
        ("À lire aussi : Le gouvernement recule sur la réforme", "related-marker"),
        ("Sur le même sujet", "related-marker"),
        ("Réagir", "comment-prompt"),
        ("Abonnez-vous", "newsletter"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "page-chrome"),
        ("Par Jean Dupont", "byline-prefix"),
        ("Source\u00a0: AFP", "source-credit-prefix"),
        ("Photo\u00a0: AFP", "photo-credit-marker"),
    ],
    "de": [
        ("Teilen", "share-widget"),
        ("Artikel teilen", "share-widget"),
        ("Anzeige", "ad-label"),
        ("Mehr zum Thema", "related-marker"),
        ("Lesen Sie auch: Streik bei der Bahn", "related-marker"),
        ("Kommentare", "comment-prompt"),
        ("Newsletter abonnieren", "newsletter"),
        ("Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.", "page-chrome"),
        ("Zum Inhalt springen", "page-chrome"),
        ("Von Hans Müller", "byline-prefix"),
        ("Quelle: dpa", "source-credit-prefix"),
        ("Foto: dpa", "photo-credit-marker"),
    ],
    "it": [
        ("Condividi", "share-widget"),
        ("Pubblicità", "ad-label"),
        ("Leggi anche", "related-marker"),
        ("Potrebbe interessarti", "related-marker"),
        ("Lascia un commento", "comment-prompt"),
        ("Iscriviti alla newsletter", "newsletter"),
        ("© Riproduzione riservata", "page-chrome"),
        ("Di Mario Rossi", "byline-prefix"),
        ("Fonte: ANSA", "source-credit-prefix"),
        ("Foto: ANSA", "photo-credit-marker"),
    ],
    "pt": [
        ("Compartilhar", "share-widget"),
        ("Partilhar no Facebook", "share-widget"),
        ("Publicidade", "ad-label"),
        ("Continua após a publicidade", "ad-label"),
        ("Leia também", "related-marker"),
        ("Leia também: Governo anuncia novo pacote", "related-marker"),
        ("Veja também", "related-marker"),
        ("Deixe um comentário", "comment-prompt"),
        ("Assine a nossa newsletter", "newsletter"),
        ("Por João Silva", "byline-prefix"),
        ("Fonte: Lusa", "source-credit-prefix"),
        ("Foto: Reuters", "photo-credit-marker"),
    ],
    "nl": [
        ("Delen", "share-widget"),
        ("Deel via WhatsApp", "share-widget"),
        ("Advertentie", "ad-label"),
        ("Lees verder na de advertentie", "ad-label"),
        ("Lees ook", "related-marker"),
        ("Lees ook: Kabinet wil huurstijging aan banden leggen", "related-marker"),
        ("Meest gelezen", "related-marker"),
        ("Plaats een reactie", "comment-prompt"),
        ("Schrijf je in voor onze nieuwsbrief", "newsletter"),
        ("Wij gebruiken cookies om je de best mogelijke ervaring te bieden.", "page-chrome"),
        ("Naar de inhoud", "page-chrome"),
        ("Door Jan de Vries", "byline-prefix"),
        ("Bron: ANP", "source-credit-prefix"),
        ("Foto: ANP", "photo-credit-marker"),
        ("Beeld: Belga", "photo-credit-marker"),
        ("Foto’s: Belga", "photo-credit-marker"),
    ],
    "pl": [
        ("Udostępnij", "share-widget"),
        ("Udostępnij na Facebooku", "share-widget"),
        ("Reklama", "ad-label"),
        ("Dalsza część artykułu pod materiałem wideo", "ad-label"),
        ("Czytaj także", "related-marker"),
        ("Czytaj także: Sejm przyjął ustawę o podatkach", "related-marker"),
        ("Zobacz też", "related-marker"),
        ("Dodaj komentarz", "comment-prompt"),
        ("Zapisz się do newslettera", "newsletter"),
        (
            "Ta strona używa plików cookie, aby świadczyć usługi na najwyższym poziomie.",
            "page-chrome",
        ),
        ("Przejdź do treści", "page-chrome"),
        ("Autor: Anna Nowak", "byline-prefix"),
        ("Źródło: PAP", "source-credit-prefix"),
        ("Fot. PAP/Paweł Supernak", "photo-credit-marker"),
    ],
    "ca": [
        ("Comparteix", "share-widget"),
        ("Comparteix a WhatsApp", "share-widget"),
        ("Publicitat", "ad-label"),
        ("Llegeix també", "related-marker"),
        ("Llegeix també: El Govern aprova els pressupostos", "related-marker"),
        ("Més notícies", "related-marker"),
        ("Deixa un comentari", "comment-prompt"),
        ("Subscriu-te al nostre butlletí", "newsletter"),
        ("Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.", "page-chrome"),
        ("Vés al contingut", "page-chrome"),
        ("Sobre l’autora", "author-bio"),
        ("Per Marta Puig", "byline-prefix"),
        ("Font: ACN", "source-credit-prefix"),
        ("Foto: ACN", "photo-credit-marker"),
    ],
    "ru": [
        ("Поделиться", "share-widget"),
        ("Реклама", "ad-label"),
        ("Читайте также", "related-marker"),
        ("Читайте также: В Москве открылась новая станция метро", "related-marker"),
        ("По теме", "related-marker"),
        ("Комментарии", "comment-prompt"),
        ("Подписывайтесь на наш канал в Telegram", "newsletter"),
        ("Мы используем файлы cookie для улучшения работы сайта.", "page-chrome"),
        ("Автор: Иван Петров", "byline-prefix"),
        ("Источник: ТАСС", "source-credit-prefix"),
        ("Фото: РИА Новости", "photo-credit-marker"),
    ],
    "uk": [
        ("Поділитися", "share-widget"),
        ("Реклама", "ad-label"),
        ("Читайте також", "related-marker"),
        ("Читайте також: У Києві відкрили новий міст", "related-marker"),
        ("Коментарі", "comment-prompt"),
        ("Підписуйтеся на наш Telegram-канал", "newsletter"),
        ("Ми використовуємо файли cookie, щоб покращити роботу сайту.", "page-chrome"),
        ("Автор: Олена Коваленко", "byline-prefix"),
        ("Джерело: Укрінформ", "source-credit-prefix"),
        ("Фото: Укрінформ", "photo-credit-marker"),
    ],
    "ja": [
        ("この記事をシェアする", "share-widget"),
        ("文字サイズ 小 中 大", "share-widget"),
        ("広告", "ad-label"),
        ("本ページはプロモーションが含まれています", "ad-label"),
        ("【関連記事】首相が会見、経済対策を表明", "related-marker"),
        ("あわせて読みたい", "related-marker"),
        ("今すぐ登録", "newsletter"),
        ("会員の方はこちら", "newsletter"),
        ("コメントを書く", "comment-prompt"),
        ("続きを読む", "source-link"),
        ("この記事は有料会員限定です。", "newsletter"),
        ("ページの先頭へ戻る", "page-chrome"),
        ("記事・写真の無断転載を禁じます。", "page-chrome"),
        ("出典：共同通信", "source-credit-prefix"),
        ("（写真：ロイター）", "photo-credit-marker"),
    ],
    "zh": [
        ("分享到：", "share-widget"),
        ("【打印】【关闭】", "share-widget"),
        ("廣告 請繼續往下閱讀", "ad-label"),
        ("相关阅读：央行宣布降准", "related-marker"),
        ("延伸閱讀", "related-marker"),
        ("发表评论", "comment-prompt"),
        ("阅读原文", "source-link"),
        ("登录/注册", "newsletter"),
        ("返回顶部", "page-chrome"),
        ("未经授权，禁止转载", "page-chrome"),
        ("（责任编辑：张三）", "byline-prefix"),
        ("来源：新华社", "source-credit-prefix"),
        ("图片来源：网络", "photo-credit-marker"),
    ],
    "ko": [
        ("공유하기", "share-widget"),
        ("페이스북(으)로 기사보내기", "share-widget"),
        ("광고", "ad-label"),
        ("▶ 관련기사", "related-marker"),
        ("많이 본 뉴스", "related-marker"),
        ("댓글을 입력하세요", "comment-prompt"),
        ("원문보기", "source-link"),
        ("네이버에서 한빛일보 구독하기", "newsletter"),
        ("<저작권자 ⓒ 한빛일보, 무단 전재-재배포 금지>", "page-chrome"),
        ("본문 바로가기", "page-chrome"),
        ("출처: 통계청", "source-credit-prefix"),
        ("(사진=한빛일보)", "photo-credit-marker"),
    ],
}

# Rules whose match removes a short block outright; the other prefix rules (byline,
# photo credit, dateline, bio) are cues that the boilerplate engine checks further.
REMOVAL_RULES = (
    "source-credit-prefix",
    "share-widget",
    "ad-label",
    "comment-prompt",
    "source-link",
    "related-marker",
    "newsletter",
    "page-chrome",
)

# Ordinary article sentences that must not look like furniture (negative cases).
NEGATIVE = {
    "es": [
        "Según la agencia EFE, el incendio obligó a evacuar a doscientos vecinos.",
        "El ministro de Economía compartió el miércoles sus previsiones con los sindicatos.",
        "Por la mañana, cientos de personas se concentraron frente al ayuntamiento.",
    ],
    "fr": [
        "D'après l'AFP, le bilan s'élève désormais à douze morts.",
        "Le président a partagé son inquiétude lors d'une conférence de presse mercredi.",
        "Les commentaires du ministre ont suscité une vive polémique à l'Assemblée.",
    ],
    "de": [
        "Nach Angaben der dpa wurden bei dem Unfall zwei Menschen verletzt.",
        "Die Bundesregierung will die Mieten in den großen Städten stärker begrenzen.",
        "Teile der Innenstadt blieben am Nachmittag wegen der Demonstration gesperrt.",
    ],
    "it": [
        "Secondo l'ANSA, il bilancio è salito a dodici morti.",
        "Il governo ha condiviso con le regioni il piano per la scuola.",
        "La pubblicità del nuovo modello è stata ritirata dopo le proteste.",
    ],
    "pt": [
        "Segundo a Lusa, o incêndio obrigou à retirada de duzentas pessoas.",
        "O ministro disse à Lusa que não comentaria o caso antes da decisão do tribunal.",
        "Por causa da chuva, o jogo foi adiado para a próxima semana.",
    ],
    "nl": [
        "Volgens het ANP raakten bij het ongeluk twee mensen gewond.",
        "Advertenties op bushokjes worden vanaf volgend jaar verboden in de binnenstad.",
        "Deel van de opbrengst gaat naar de voedselbank, zei de organisatie.",
        "Reacties van omwonenden waren overwegend positief, meldt de gemeente.",
    ],
    "pl": [
        "Według PAP w wypadku rannych zostało dwóch pasażerów autobusu.",
        "Minister udostępnił dziennikarzom projekt ustawy we wtorek.",
        "Reklamacje klientów banku rozpatrzy rzecznik finansowy.",
        "Komentarze polityków po ogłoszeniu wyników były bardzo różne.",
    ],
    "ca": [
        "Segons l'ACN, l'incendi va obligar a desallotjar dos-cents veïns.",
        "El conseller va compartir dimecres les previsions amb els sindicats.",
        "Per la tarda, centenars de persones es van concentrar davant de l'Ajuntament.",
        "Els comentaris del ministre van provocar una forta polèmica al Parlament.",
    ],
    "ru": [
        "По данным МВД, в результате аварии пострадали три человека.",
        "Читатели газеты поделились своими впечатлениями о новом мосте через реку.",
    ],
    "uk": [
        "За даними поліції, внаслідок аварії постраждали троє людей.",
        "Мешканці міста поділилися враженнями від нового мосту через річку.",
    ],
    "ja": [
        "関連記事によると、首相は会見で増税の可能性を否定した。",
        "広告大手の電通は、売上高が過去最高になったと発表した。",
        "同社は写真の無断転載を禁じる規約を設けている。",
    ],
    "zh": [
        "相关新闻报道称，该公司已于上月停产。",
        "版权所有者有权要求平台删除侵权内容。",
        "规定明确，未经许可不得转载他人作品。",
        "分享经济在我国快速发展。",
    ],
    "ko": [
        "관련 기사에 따르면 이 회사는 생산을 중단했다.",
        "C씨는 경찰 조사에서 혐의를 부인했다.",
        "기사를 무단 전재한 혐의로 기소됐다.",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_file_is_well_formed(language: str) -> None:
    """Each file names its language and uses only rule names and keys the English lexicon uses."""
    data = _data(language)
    english = _data("en")
    assert data["language"] == language
    rules = data["rules"]
    assert isinstance(rules, dict)
    assert isinstance(english["rules"], dict)
    assert set(rules) <= set(english["rules"])
    for name, spec in rules.items():
        assert set(spec) <= {"exact", "prefix", "contains", "pattern"}, name
        for kind, phrases in spec.items():
            folded = [p.casefold() for p in phrases]
            assert len(folded) == len(set(folded)), f"{language}/{name}/{kind} has duplicates"
            assert all(p.strip() for p in phrases), f"{language}/{name}/{kind} has a blank phrase"
            if kind == "exact":
                # Exact phrases are compared to match_key(block), so they must survive it.
                assert all(match_key(p) for p in phrases)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_covers_the_common_furniture(language: str) -> None:
    """Share widgets, ad labels, 'read more' markers and the rest are matched by the right rule."""
    lexicon = load_lexicon((language,))
    for block, rule in POSITIVE[language]:
        assert lexicon.match(block) == rule, block


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_leaves_article_sentences_alone(language: str) -> None:
    """Ordinary sentences that merely contain a furniture word match no removal rule."""
    lexicon = load_lexicon((language,))
    for block in NEGATIVE[language]:
        assert lexicon.match(block, rules=REMOVAL_RULES) is None, block


def test_all_shipped_lexicons_load_together() -> None:
    """Loading every shipped lexicon at once merges them without error."""
    lexicon = load_lexicon()
    assert set(LANGUAGES) <= set(lexicon.languages)
    assert lexicon.match("Поделиться") == "share-widget"
    assert lexicon.match("Mehr zum Thema") == "related-marker"
