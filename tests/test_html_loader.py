"""The HTML loader: blocks, furniture marks, metadata hints, decoding and refusals."""

from __future__ import annotations

import codecs
import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus.exceptions import LoadError
from newscorpus.loaders._html import load_html, sniff_charset
from newscorpus.loaders._raw import Block, RawDocument


def load(data: str | bytes, **kwargs: str) -> RawDocument:
    docs = list(load_html(data, **kwargs))
    assert len(docs) == 1
    return docs[0]


def texts(data: str | bytes) -> list[str]:
    return [b.text for b in load(data).blocks]


def collapse(text: str) -> str:
    return re.sub(r"[ \t\n\r\f]+", " ", text).strip()


# --- blocks ---------------------------------------------------------------------------


def test_inline_elements_add_no_spaces() -> None:
    """Inline tags glued to words keep the text exactly as written, with no inserted spaces."""
    assert texts("<p>word<b>Bold</b>, <i>it</i>al<a href='#'>ic</a>!</p>") == ["wordBold, italic!"]


def test_blocks_follow_document_order_with_tags() -> None:
    """Each block-level element gives one block, in document order, named by its tag."""
    doc = load(
        "<h1>Title</h1><p>One.</p><ul><li>a</li><li>b</li></ul>"
        "<blockquote>Quoted</blockquote><figure><figcaption>Cap</figcaption></figure>"
        "<dl><dt>Term</dt><dd>Def</dd></dl><table><tr><th>H</th><td>D</td></tr></table>"
        "<h6>Small</h6>"
    )
    assert [(b.text, b.tag) for b in doc.blocks] == [
        ("Title", "h1"),
        ("One.", "p"),
        ("a", "li"),
        ("b", "li"),
        ("Quoted", "blockquote"),
        ("Cap", "figcaption"),
        ("Term", "dt"),
        ("Def", "dd"),
        ("H", "th"),
        ("D", "td"),
        ("Small", "h6"),
    ]


def test_text_directly_in_containers_is_a_block() -> None:
    """Loose text in div/section/article (spans included) is a block around block children."""
    doc = load(
        "<div>Before <span>span</span><p>Para</p>between<section>Sec</section>after</div>"
        "<article><span>Only spans</span></article>"
    )
    assert [(b.text, b.tag) for b in doc.blocks] == [
        ("Before span", "div"),
        ("Para", "p"),
        ("between", "div"),
        ("Sec", "section"),
        ("after", "div"),
        ("Only spans", "article"),
    ]


def test_br_becomes_newline_and_whitespace_collapses() -> None:
    """A <br> is a newline inside its block; runs of source whitespace become one space."""
    assert texts("<p>  Line   one<br>Line\n\n two<br/><br>\tthree  </p>") == [
        "Line one\nLine two\nthree"
    ]


def test_entities_are_decoded() -> None:
    """Named and numeric character references read as the characters they stand for."""
    assert texts("<p>Fish &amp; chips &#8212; &eacute;t&#xE9; &quot;q&quot; &lt;tag&gt;</p>") == [
        'Fish & chips — été "q" <tag>'
    ]


def test_unclosed_and_nested_markup_keeps_all_text() -> None:
    """Unclosed tags and deep div nesting are parsed leniently without losing visible text."""
    doc = load(
        "<div><div><div><p>First<p>Second<div>Third</div><li>Item<li>Item two"
        "<p>Tail <b>bold <i>both</b> italic</i> end"
    )
    assert texts_of(doc) == [
        "First",
        "Second",
        "Third",
        "Item",
        "Item two",
        "Tail bold both italic end",
    ]


def texts_of(doc: RawDocument) -> list[str]:
    return [b.text for b in doc.blocks]


def test_deep_nesting_does_not_exhaust_recursion() -> None:
    """A page nested thousands of levels deep loads (the walk is iterative)."""
    depth = 1500  # past Python's default recursion limit, within libxml2's 2048
    doc = load("<div>" * depth + "<p>deep</p>" + "</div>" * depth)
    assert texts_of(doc) == ["deep"]


def test_markup_past_parser_limits_raises_load_error() -> None:
    """Nesting deeper than libxml2 handles is refused rather than silently truncated."""
    depth = 3000
    with pytest.raises(LoadError, match=r"deep\.html: expected HTML within the parser's limits"):
        load("<div>" * depth + "<p>deep</p>" + "</div>" * depth, path="deep.html")


def test_non_text_elements_are_skipped_but_their_tails_kept() -> None:
    """Script, style, noscript, template, svg and comments are no text; what follows them is."""
    assert texts(
        "<head><title>T</title><style>p{}</style></head><body><p>a<script>var x;</script>b"
        "<!-- note -->c<noscript>Enable JS</noscript>d<svg><text>icon</text></svg>e"
        "<template><p>tpl</p></template>f</p></body>"
    ) == ["abcdef"]


def test_pre_keeps_its_lines() -> None:
    """Preformatted text keeps one line per source line."""
    assert texts("<pre>x = 1\n  y = 2\n</pre>") == ["x = 1\ny = 2"]


def test_whitespace_only_blocks_are_dropped() -> None:
    """Elements holding only whitespace or no-break spaces give no block."""
    assert texts("<p> </p><p>&nbsp;</p><div>\n</div><p>kept</p>") == ["kept"]


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc"))), max_size=8))
def test_paragraph_text_round_trips(paras: list[str]) -> None:
    """Any text wrapped in <p> elements comes back as those blocks, after whitespace collapse."""
    expected = [collapse(p) for p in paras if collapse(p)]
    markup = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>"
    if not expected:
        with pytest.raises(LoadError):
            load(markup)
        return
    doc = load(markup)
    assert [(b.text, b.tag) for b in doc.blocks] == [(t, "p") for t in expected]


@given(st.lists(st.text(alphabet="ab <>&\n", max_size=20), min_size=1, max_size=5))
def test_block_text_comes_from_the_page(parts: list[str]) -> None:
    """Every block's words occur in the page's text (the loader never invents text)."""
    markup = "<div>" + "<br>".join(html.escape(p) for p in parts) + "</div>"
    words = set(" ".join(parts).split())
    try:
        doc = load(markup)
    except LoadError:
        assert not words
        return
    for block in doc.blocks:
        assert set(block.text.split()) <= words


# --- chrome ---------------------------------------------------------------------------


def test_chrome_elements_mark_their_blocks() -> None:
    """Blocks inside nav, page header/footer, aside and small forms are marked as chrome."""
    doc = load(
        "<header><a>Logo</a></header><nav><ul><li>Home</li></ul></nav><main><p>Body</p></main>"
        "<aside><p>Side</p></aside><form><label>Email</label></form><footer>Legal</footer>"
    )
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("Logo", True),
        ("Home", True),
        ("Body", False),
        ("Side", True),
        ("Email", True),
        ("Legal", True),
    ]


def test_furniture_class_names_mark_chrome_word_ishly() -> None:
    """class/id/role naming furniture marks chrome; look-alike words such as commentary do not."""
    doc = load(
        "<div class='cookie-banner'>We use cookies</div>"
        "<div id='shareBar'>Share</div>"
        "<div class='related_articles'><p>Other story</p></div>"
        "<div class='c-newsletter-signup'>Sign up</div>"
        "<div role='navigation'>Sections</div>"
        "<div class='recommendations'>More</div>"
        "<ul class='trending-list'><li>Hot story</li></ul>"
        "<div class='commentary'>Opinion text</div>"
        "<div class='subscriber-content'>Paid text</div>"
        "<div class='canvas'>Drawing text</div>"
    )
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("We use cookies", True),
        ("Share", True),
        ("Other story", True),
        ("Sign up", True),
        ("Sections", True),
        ("More", True),
        ("Hot story", True),
        ("Opinion text", False),
        ("Paid text", False),
        ("Drawing text", False),
    ]


def test_article_header_and_footer_are_not_chrome() -> None:
    """An article's own header (headline, byline) and footer are content, not page chrome."""
    doc = load(
        "<header>Site</header><article><header><h1>Headline</h1><p>By A. Writer</p></header>"
        "<p>Body</p><footer>Tags: x</footer></article>"
    )
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("Site", True),
        ("Headline", False),
        ("By A. Writer", False),
        ("Body", False),
        ("Tags: x", False),
    ]


def test_wrappers_holding_the_main_content_are_not_chrome() -> None:
    """A layout wrapper named after a sidebar, or a page-wide form, does not mark the article."""
    doc = load(
        "<body class='has-sidebar'><form id='aspnetForm'><div class='page-with-sidebar'>"
        "<main><h1>Head</h1><p>Body</p></main><div class='sidebar'>Ads</div></div></form></body>"
    )
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("Head", False),
        ("Body", False),
        ("Ads", True),
    ]


def test_page_wide_form_is_not_chrome() -> None:
    """A form wrapping a whole page of paragraphs is a layout wrapper, a small form is chrome."""
    doc = load(
        "<form id='f1'><div><p>One.</p></div><div><p>Two.</p><p>Three.</p></div></form>"
        "<form><div><p>Your email</p></div></form>"
    )
    assert [(b.text, b.chrome) for b in doc.blocks] == [
        ("One.", False),
        ("Two.", False),
        ("Three.", False),
        ("Your email", True),
    ]


# --- hints ----------------------------------------------------------------------------

_META_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Page title | Site</title>
<meta property="og:title" content="OG title">
<meta property="og:locale" content="en_GB">
<meta property="og:site_name" content="The Site">
<meta name="description" content="  A short   summary. ">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Site", "inLanguage": "fr"},
  {"@type": "NewsArticle", "inLanguage": "en", "datePublished": "2024-03-01",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Joe Bloggs"}],
   "publisher": {"@type": "Organization", "name": "Site Media Ltd"}}]}
</script>
</head><body><h1>Heading</h1><p>Body.</p></body></html>"""


def test_hints_from_meta_and_json_ld() -> None:
    """Title, language, locale, author, date, site, publisher and description are lifted."""
    assert dict(load(_META_PAGE).hints) == {
        "title": "OG title",
        "lang": "en-GB",
        "og:locale": "en_GB",
        "json-ld:inLanguage": "en",
        "author": "Jane Doe",
        "published": "2024-03-01T10:00:00Z",
        "site_name": "The Site",
        "publisher": "Site Media Ltd",
        "description": "A short summary.",
    }


def test_hint_fallbacks() -> None:
    """Without meta tags: title from <title> or <h1>, author from JSON-LD, date from <time>."""
    page = (
        '<head><script type=\'application/ld+json\'>{"@type": "Article", '
        '"author": {"name": "Ann Author"}}</script></head>'
        "<body><h1>Only heading</h1><p>Posted <time datetime='2023-05-06'>May 6</time></p></body>"
    )
    hints = load(page).hints
    assert hints["title"] == "Only heading"
    assert hints["author"] == "Ann Author"
    assert hints["published"] == "2023-05-06"
    assert texts("<title>Doc title</title><h1>H</h1>") == ["H"]
    assert load("<title>Doc title</title><h1>H</h1>").hints["title"] == "Doc title"


def test_broken_json_ld_is_ignored() -> None:
    """A JSON-LD block that does not parse costs its hints, not the document."""
    page = "<script type='application/ld+json'>{broken</script><p>Body</p>"
    doc = load(page)
    assert texts_of(doc) == ["Body"]
    assert "publisher" not in doc.hints


def test_author_urls_are_not_names() -> None:
    """An article:author that is a profile link is skipped in favour of a name."""
    page = (
        "<meta property='article:author' content='https://facebook.com/someone'>"
        "<script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": "Sam"}</script>'
        "<p>Body</p>"
    )
    assert load(page).hints["author"] == "Sam"


# --- decoding and origin -------------------------------------------------------------


def test_str_input_records_no_encoding_and_keeps_path_and_url() -> None:
    """A str page has no encoding; path and url are carried through."""
    doc = load("<p>x</p>", path="a.html", url="https://example.org/a")
    assert (doc.origin.path, doc.origin.format, doc.origin.encoding) == ("a.html", "html", None)
    assert doc.url == "https://example.org/a"


@pytest.mark.parametrize(
    ("declaration", "expected"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        ("<meta charset=latin1>", "cp1252"),
    ],
)
def test_declared_single_byte_charset_is_used(declaration: str, expected: str) -> None:
    """A page declaring cp1252 or latin-1 is decoded as cp1252, as browsers do, and says so."""
    page = f"<html><head>{declaration}</head><body><p>“Café” – naïve</p></body></html>"
    doc = load(page.encode("cp1252"))
    assert texts_of(doc) == ["“Café” – naïve"]
    assert doc.origin.encoding == expected


def test_declared_charset_beats_utf8_guess() -> None:
    """Bytes valid in UTF-8 are still read in the charset the page declares."""
    page = '<meta charset="iso-8859-7"><p>Καλημέρα</p>'.encode("iso-8859-7")
    doc = load(page)
    assert texts_of(doc) == ["Καλημέρα"]
    assert doc.origin.encoding == "iso8859-7"


def test_wrong_declaration_falls_back_to_utf8() -> None:
    """A declared charset the bytes do not fit gives way to UTF-8."""
    doc = load('<meta charset="ascii"><p>naïve ✓</p>'.encode())
    assert doc.origin.encoding in ("cp1252", "utf-8")
    doc = load('<meta charset="us-ascii-bogus"><p>naïve ✓</p>'.encode())
    assert (texts_of(doc), doc.origin.encoding) == (["naïve ✓"], "utf-8")


def test_undeclared_bytes_try_utf8_then_cp1252() -> None:
    """Without a declaration, UTF-8 is tried first, then cp1252."""
    assert load("<p>é</p>".encode()).origin.encoding == "utf-8"
    doc = load("<p>“é”</p>".encode("cp1252"))
    assert (texts_of(doc), doc.origin.encoding) == (["“é”"], "cp1252")


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_mark_wins(codec: str) -> None:
    """A byte-order mark decides the encoding, over the page's own declaration."""
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    data = bom + '<meta charset="windows-1252"><p>Ünïcode ✓</p>'.encode(codec)
    doc = load(data)
    assert texts_of(doc) == ["Ünïcode ✓"]
    assert doc.origin.encoding is not None
    assert doc.origin.encoding.startswith("utf")


def test_xml_declaration_in_str_is_accepted() -> None:
    """An XHTML page given as str with an encoding declaration still loads."""
    page = '<?xml version="1.0" encoding="UTF-8"?><html><body><p>x</p></body></html>'
    assert texts(page) == ["x"]
    assert texts(page.encode()) == ["x"]


def test_sniff_charset() -> None:
    """The declared charset is read from meta tags or an XML declaration, browser-style."""
    assert sniff_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert sniff_charset(b"<?xml version='1.0' encoding='iso-8859-2'?>") == "iso8859-2"
    assert sniff_charset(b'<meta charset="utf-16">') == "utf-8"
    assert sniff_charset(b'<meta charset="no-such">') is None
    assert sniff_charset(b"<p>none</p>") is None
    assert sniff_charset(b" " * 5000 + b'<meta charset="koi8-r">') is None


# --- refusals -------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", "", "   \n", b" \r\n"])
def test_empty_input_raises_load_error(data: str | bytes) -> None:
    """An empty document raises LoadError naming where it came from."""
    with pytest.raises(LoadError, match=r"page\.html: expected an HTML document"):
        load(data, path="page.html")


def test_binary_data_raises_load_error() -> None:
    """Binary bytes (an image) raise LoadError naming the path and the bytes that came."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(LoadError, match=r"img\.html: expected text, got binary data"):
        load(png, path="img.html")


def test_binary_without_nul_bytes_raises_load_error() -> None:
    """Text full of control characters is taken for binary data and refused."""
    with pytest.raises(LoadError, match="control characters"):
        load(bytes(range(1, 32)) * 20, path="x.html")
    with pytest.raises(LoadError, match="NUL"):
        load("<p>a\x00b</p>")


def test_markup_without_visible_text_raises_load_error() -> None:
    """A page that parses but shows no text raises LoadError rather than an empty document."""
    with pytest.raises(LoadError, match=r"with visible text, got none"):
        load("<html><head><title>T</title><script>x()</script></head><body> </body></html>")


def test_load_error_is_a_value_error() -> None:
    """Callers catching ValueError also catch the loader's errors."""
    with pytest.raises(ValueError):
        load("")


def test_blocks_are_block_values() -> None:
    """The loader yields Block values with a text, a tag and a chrome flag."""
    (block,) = load("<p>x</p>").blocks
    assert block == Block(text="x", tag="p", chrome=False)


@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_a_document_or_a_load_error(data: bytes) -> None:
    """The loader is total: any input yields one document with non-empty blocks, or LoadError."""
    try:
        doc = load(data, path="fuzz.html")
    except LoadError as e:
        assert "fuzz.html" in str(e)
        return
    assert doc.blocks
    assert all(b.text and b.text == b.text.strip() for b in doc.blocks)


@given(st.text(max_size=300))
def test_any_text_gives_a_document_or_a_load_error(text: str) -> None:
    """Any str, markup or not, yields a document or LoadError, never another exception."""
    try:
        doc = load(text)
    except LoadError:
        return
    assert all(b.text for b in doc.blocks)


def test_absurdly_nested_json_ld_is_ignored() -> None:
    """JSON-LD nested past the parser's depth is dropped like any broken JSON-LD: only hints."""
    html = (
        '<html><head><script type="application/ld+json">' + "[" * 100_000 + "</script></head>"
        "<body><p>The council voted on Monday to close the old bridge for repairs.</p></body></html>"
    )
    assert newscorpus.parse_html(html).paragraphs == (
        "The council voted on Monday to close the old bridge for repairs.",
    )
