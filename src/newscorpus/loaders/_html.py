"""HTML loader: one block per block-level text unit, furniture marked, metadata hints lifted.

The loader does not decide what is boilerplate; it only says where each block sat
(:attr:`Block.chrome`: inside ``nav``, ``footer``, a cookie banner, a share bar...) and
collects what the markup says about the article (:attr:`RawDocument.hints`).  The
boilerplate stage makes the decisions and records them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import lxml.etree
import lxml.html

from newscorpus._model import Origin
from newscorpus.exceptions import LoadError
from newscorpus.loaders._raw import Block, RawDocument, decode_bytes

__all__ = ["load_html", "sniff_charset"]

#: Elements whose own text is one block.
_BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
        "figcaption", "dt", "dd", "caption", "address", "summary", "legend",
    }
)  # fmt: skip
#: Elements that only group blocks: text directly inside them (between their block
#: children, or all of it when they have none) is a block named after them.
_CONTAINER_TAGS = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "header", "footer", "nav",
        "aside", "form", "figure", "ul", "ol", "dl", "menu", "table", "thead", "tbody",
        "tfoot", "tr", "fieldset", "details", "dialog", "hgroup", "center", "noframes",
        "search",
    }
)  # fmt: skip
#: Elements whose content is never shown as text: code, styling, fallbacks for
#: embedded content a browser renders instead, and the document head.
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
        "embed", "canvas", "video", "audio", "math",
    }
)  # fmt: skip
_CHROME_TAGS = frozenset({"nav", "aside", "form", "header", "footer"})
#: ARIA landmark roles that mean the same as the chrome elements.
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_FURNITURE_WORDS = (
    "menu", "nav", "cookie", "consent", "share", "social", "related", "recommend",
    "newsletter", "subscribe", "promo", "advert", "sidebar", "footer", "breadcrumb",
    "comment",
    # Lists of other stories, named the same way on many sites.
    "trending", "popular", "ranking", "teaser", "widget",
)  # fmt: skip
#: What may follow a furniture word inside one class-name token ("navbar", "shareButtons",
#: "recommendations"), so that "subscriber-content" or "commentary" do not count.
_FURNITURE_SUFFIXES = (
    "", "s", "bar", "bars", "box", "igation", "item", "items", "list", "link", "links",
    "block", "wrap", "wrapper", "container", "area", "widget", "widgets", "tool", "tools",
    "button", "buttons", "icon", "icons", "ing", "ed", "ation", "ations", "isement",
    "isements", "ising", "banner", "popup", "modal", "panel", "module", "section", "form",
    "menu", "top", "bottom", "nav",
)  # fmt: skip
_FURNITURE_TOKEN = re.compile(
    "(?:{})(?:{})".format(
        "|".join(_FURNITURE_WORDS), "|".join(sorted(_FURNITURE_SUFFIXES, key=len, reverse=True))
    )
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+")

#: HTML's own whitespace collapses inside a line; other spaces (no-break, ideographic) are
#: characters there.  At a line's edges any Unicode whitespace goes: it shows nothing.
_WS = re.compile(r"[ \t\n\r\f]+")
#: C0 controls that libxml2 refuses and no page shows; form feed is whitespace in HTML.
_CONTROLS = re.compile("[\x01-\x08\x0b\x0e-\x1f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
#: Labels that browsers decode as windows-1252 (WHATWG Encoding Standard): pages that say
#: latin-1 mean cp1252 and use its curly quotes in 0x80-0x9f.
_AS_CP1252 = frozenset({"latin1", "latin_1", "iso8859_1", "ascii", "cp1252"})
_SNIFF_BYTES = 4096


def sniff_charset(head: bytes) -> str | None:
    """Return the charset a page declares in its first bytes, or None.

    Reads ``<meta charset>``, ``<meta http-equiv="Content-Type" content="...; charset=...">``
    and an XML declaration's ``encoding``.  Labels are mapped the way browsers read them:
    latin-1 and ASCII mean cp1252, and a UTF-16 label in ASCII-compatible bytes means UTF-8.

    Example:
        >>> sniff_charset(b'<html><head><meta charset="ISO-8859-1">')
        'cp1252'
    """
    head = head[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        # The bytes we read the declaration from were ASCII, so the page is not UTF-16.
        return "utf-8"
    if name.replace("-", "_") in _AS_CP1252:
        return "cp1252"
    return name


def _parse(text: str, where: str) -> lxml.html.HtmlElement:
    """Parse *text* leniently, raising LoadError for what is no HTML at all."""
    head = text[:60]
    if "\x00" in text:
        msg = f"{where}: expected HTML text, got NUL characters (binary data?) starting {head!r}"
        raise LoadError(msg)
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROLS.findall(sample)) > 0.05 * len(sample):
        msg = (
            f"{where}: expected HTML text, got control characters (binary data?) starting {head!r}"
        )
        raise LoadError(msg)
    if not text.strip():
        came = repr(head) if text else "an empty string"
        msg = f"{where}: expected an HTML document, got {came}"
        raise LoadError(msg)
    # lxml refuses str input that carries an encoding declaration; the text is decoded already.
    text = _XML_DECL.sub("", text, count=1)
    text = _CONTROLS.sub("", text)
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as e:
        msg = f"{where}: expected an HTML document, got unparseable markup starting {head!r} ({e})"
        raise LoadError(msg) from None
    for error in parser.error_log:
        # libxml2 stops at its limits (nesting deeper than 2048) and keeps what it had:
        # refuse rather than lose the rest of the page without a word.
        if error.type_name == "ERR_RESOURCE_LIMIT":
            msg = (
                f"{where}: expected HTML within the parser's limits, got {error.message!r} "
                f"at line {error.line}, column {error.column}"
            )
            raise LoadError(msg)
    if not isinstance(root, lxml.html.HtmlElement):  # pragma: no cover - lxml contract
        msg = f"{where}: expected an HTML document, got {type(root).__name__}"
        raise LoadError(msg)
    return root


def _tag(el: lxml.etree._Element) -> str | None:
    """Lower-case local name of an element, None for comments and processing instructions."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def _furniture_attr(value: str) -> bool:
    """True when a class/id/role value names page furniture ("site-nav", "shareBar")."""
    for token in _TOKEN_SPLIT.split(_CAMEL.sub(" ", value)):
        if token and _FURNITURE_TOKEN.fullmatch(token.lower()):
            return True
    return False


def _wraps_content(el: lxml.etree._Element) -> bool:
    """True when *el* holds the page's main content, so it cannot be furniture as a whole.

    Layout wrappers are often named after what sits beside them ("page-with-sidebar"),
    and some frameworks wrap the whole page in one ``<form>``.
    """
    return bool(el.xpath("boolean(.//article | .//main | .//*[@role='main'])"))


def _is_chrome(el: lxml.etree._Element, tag: str, in_article: bool) -> bool:
    """True when *el* itself marks its content as page furniture."""
    if tag in ("html", "body"):
        # Page-wide flags ("has-sidebar", "cookie-consent-shown") say nothing about blocks.
        return False
    if tag in _CHROME_TAGS:
        # Inside an article, header and footer are the article's own (headline, byline, tags).
        if tag in ("header", "footer") and in_article:
            return False
        if tag == "form" and el.xpath("boolean(.//h1) or count(.//p) >= 3"):
            return False
        return not _wraps_content(el)
    role = (el.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return not _wraps_content(el)
    attrs = " ".join(v for v in (el.get("class"), el.get("id"), role) if v)
    if attrs and _furniture_attr(attrs):
        return not (_wraps_content(el) or el.xpath("boolean(.//h1)"))
    return False


class _Frame:
    """A block or container element being walked, with the inline text gathered so far."""

    __slots__ = ("chrome", "in_article", "pieces", "pre", "tag")

    def __init__(self, tag: str, *, chrome: bool, pre: bool, in_article: bool) -> None:
        self.tag = tag
        self.chrome = chrome
        self.pre = pre
        self.in_article = in_article
        self.pieces: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text if self.pre else _WS.sub(" ", text))

    def flush(self, out: list[Block]) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces.clear()
        lines = (_WS.sub(" ", line).strip() for line in raw.split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            out.append(Block(text=text, tag=self.tag, chrome=self.chrome))


def _blocks(root: lxml.etree._Element) -> list[Block]:
    """Walk the tree in document order and cut its visible text into blocks.

    Iterative, so that deeply nested markup cannot exhaust Python's recursion limit.
    """
    out: list[Block] = []
    frames = [_Frame("html", chrome=False, pre=False, in_article=False)]
    # Work items: (element, True) opens it, (element, False) closes it and adds its tail.
    todo: list[tuple[lxml.etree._Element, bool]] = [(root, True)]
    opened_frame: set[int] = set()
    while todo:
        el, opening = todo.pop()
        tag = _tag(el)
        if not opening:
            if id(el) in opened_frame:
                opened_frame.discard(id(el))
                frames.pop().flush(out)
            frames[-1].add(el.tail)
            continue
        if tag is None or tag in _SKIP_TAGS:
            # Comments, processing instructions and non-text content: only the tail shows.
            frames[-1].add(el.tail)
            continue
        top = frames[-1]
        if tag == "br":
            top.pieces.append("\n")
            top.add(el.tail)
            continue
        if tag == "hr":
            top.flush(out)
            top.add(el.tail)
            continue
        if tag in _BLOCK_TAGS or tag in _CONTAINER_TAGS:
            top.flush(out)
            frame = _Frame(
                tag,
                chrome=top.chrome or _is_chrome(el, tag, top.in_article),
                pre=top.pre or tag == "pre",
                in_article=top.in_article or tag in ("article", "main"),
            )
            frames.append(frame)
            opened_frame.add(id(el))
        frames[-1].add(el.text)
        todo.append((el, False))
        todo.extend((child, True) for child in reversed(el))
    while frames:
        frames.pop().flush(out)
    return out


def _clean(value: str | None) -> str | None:
    """Collapse whitespace in a hint value; None when nothing is left."""
    if value is None:
        return None
    value = _WS.sub(" ", value).strip()
    return value or None


def _metas(root: lxml.etree._Element) -> dict[str, str]:
    """``<meta>`` values by lower-cased property/name/itemprop; the first one wins."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = _clean(meta.get("content"))
        if key and value:
            found.setdefault(key.strip().lower(), value)
    return found


def _jsonld_objects(data: Any) -> Iterator[Mapping[str, Any]]:
    """Top-level JSON-LD objects, unwrapping lists and ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _jsonld_objects(data["@graph"])


def _is_article(obj: Mapping[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith("Article") or k == "BlogPosting") for k in kinds)


def _names(value: Any) -> str | None:
    """A person or organisation value as text: a string, ``{"name": ...}`` or a list of them."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _jsonld(root: lxml.etree._Element) -> dict[str, str]:
    """Hints from JSON-LD: the article object's values first, then any object's."""
    objects: list[Mapping[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            objects.extend(_jsonld_objects(json.loads(script.text, strict=False)))
        except (ValueError, RecursionError):
            continue  # broken (or absurdly nested) JSON-LD is common, and these are only hints
    objects.sort(key=lambda obj: not _is_article(obj))  # stable: article objects first
    found: dict[str, str] = {}
    for obj in objects:
        for key, hint in (
            ("inLanguage", "json-ld:inLanguage"),
            ("author", "json-ld:author"),
            ("datePublished", "json-ld:datePublished"),
            ("publisher", "json-ld:publisher"),
        ):
            value = _names(obj.get(key)) if key in obj else None
            if value and hint not in found:
                found[hint] = value
    return found


def _not_url(value: str | None) -> str | None:
    """Drop values that are links (``article:author`` is often a profile URL)."""
    return None if value is None or value.startswith(("http://", "https://", "//")) else value


def _first_text(root: lxml.etree._Element, tag: str) -> str | None:
    """Text of the first *tag* element that has any."""
    for el in root.iter(tag):
        value = _clean("".join(t for t in el.itertext() if isinstance(t, str)))
        if value:
            return value
    return None


def _first_time(root: lxml.etree._Element) -> str | None:
    """``datetime`` of the first ``<time>``, preferring one inside an ``<article>``."""
    for scope in (*root.iter("article"), root):
        for el in scope.iter("time"):
            value = _clean(el.get("datetime"))
            if value:
                return value
    return None


def _hints(root: lxml.etree._Element) -> dict[str, str]:
    """What the markup says about the article, by the keys :class:`RawDocument` documents."""
    metas = _metas(root)
    ld = _jsonld(root)
    candidates: dict[str, str | None] = {
        "title": metas.get("og:title") or _first_text(root, "title") or _first_text(root, "h1"),
        "lang": _clean(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")),
        "og:locale": metas.get("og:locale"),
        "json-ld:inLanguage": ld.get("json-ld:inLanguage"),
        "author": (
            _not_url(metas.get("author"))
            or _not_url(metas.get("article:author"))
            or ld.get("json-ld:author")
        ),
        "published": (
            metas.get("article:published_time")
            or ld.get("json-ld:datePublished")
            or _first_time(root)
        ),
        "site_name": metas.get("og:site_name"),
        "publisher": ld.get("json-ld:publisher"),
        "description": metas.get("description") or metas.get("og:description"),
    }
    return {key: value for key, value in candidates.items() if value}


def load_html(
    data: str | bytes, *, path: str | None = None, url: str | None = None
) -> Iterator[RawDocument]:
    """Load one HTML page as blocks of visible text, with furniture marked and metadata hints.

    Bytes are decoded explicitly: a byte-order mark, then the charset the page declares in
    its first 4 KB, then UTF-8, then cp1252; the encoding used is recorded in
    :attr:`RawDocument.origin`.  Malformed markup is parsed leniently.

    Each block is one block-level element's text (``p``, headings, ``li``, ``td``...) or the
    text directly inside a container (``div``, ``section``...), in document order, with
    whitespace collapsed and ``<br>`` kept as a newline.  Inline elements add no spaces.

    Raises:
        LoadError: the data is empty, binary, undecodable, or has no visible text.

    Example:
        >>> doc = next(load_html("<nav><a>Home</a></nav><p>Hello <b>world</b>.</p>"))
        >>> [(b.text, b.tag, b.chrome) for b in doc.blocks]
        [('Home', 'nav', True), ('Hello world.', 'p', False)]
    """
    where = path or "<html>"
    if isinstance(data, bytes):
        if not data.strip():
            msg = f"{where}: expected an HTML document, got {data[:16]!r}"
            raise LoadError(msg)
        text, encoding = decode_bytes(data, where=where, declared=sniff_charset(data))
    else:
        text, encoding = data, None
    root = _parse(text, where)
    blocks = _blocks(root)
    if not blocks:
        msg = f"{where}: expected an HTML document with visible text, got none in {text[:60]!r}"
        raise LoadError(msg)
    origin = Origin(path=path, format="html", encoding=encoding)
    yield RawDocument(blocks=tuple(blocks), origin=origin, url=url, hints=_hints(root))
