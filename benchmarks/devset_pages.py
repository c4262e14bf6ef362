"""Build the whole-page dev set: real news pages rendered to naive text dumps, with expected text.

The pages and their expected body texts are the test data shipped in the newspaper4k sdist on
PyPI (``tests/data/html/*.html`` with ``tests/data/txt/*.txt``, or the ``text`` field of
``tests/data/metadata/*.json``).  We do not commit third-party article text: this script
downloads the pinned sdist into ``benchmarks/.cache/`` (git-ignored) with pip and reads it there.

Each page is rendered to a *whole-page text dump* the way a naive scraper would: every
visible text, menus, cookie notices and footers included, one line per block.  The dumps look
like the seeds' dumps, so the text pipeline (``newscorpus.parse_text``) can be measured on them.

Pages are split deterministically by a hash of their name into ``dev`` (we may read these when
writing rules) and ``heldout`` (30%; do not look at these when writing rules, only score them).

Run::

    .venv/bin/python benchmarks/devset_pages.py            # fetch if needed, list both sets
    .venv/bin/python benchmarks/devset_pages.py --write    # also write dumps to .cache/devset/
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
SDIST = "newspaper4k"
VERSION = "0.9.6"
HELDOUT_PERCENT = 30

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


@dataclass(frozen=True)
class Page:
    """One real page: its name, split, original HTML bytes, whole-page dump and expected text."""

    name: str
    split: str
    html: bytes
    dump: str
    expected: str


def split_of(name: str) -> str:
    """``"heldout"`` for about 30% of names, chosen by hash so the split never moves."""
    bucket = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


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


def render(html: bytes) -> str:
    """Render a page to text like a naive scraper: all visible text, one line per block.

    Inline elements join without spaces (as a browser shows them); ``<br>`` breaks a line.
    """
    text = _XML_DECL.sub("", decode(html), count=1)
    root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    parts: list[str] = []

    def walk(el: lxml.etree._Element) -> None:
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
        parts.append(el.tail or "")

    walk(root)
    text = "".join(parts)
    lines = (_HSPACE.sub(" ", " ".join(line.split())) for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def fetch() -> Path:
    """Download the pinned sdist into the cache with pip (once) and return its path."""
    CACHE.mkdir(exist_ok=True)
    found = sorted(CACHE.glob(f"{SDIST}-{VERSION}.tar.gz"))
    if found:
        return found[0]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    cmd += [f"{SDIST}=={VERSION}", "-d", str(CACHE)]
    subprocess.run(cmd, check=True)
    return next(CACHE.glob(f"{SDIST}-{VERSION}.tar.gz"))


def _members(sdist: Path) -> dict[str, bytes]:
    """The sdist's ``tests/data`` files by their path below ``tests/data/``."""
    out: dict[str, bytes] = {}
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            _, _, rest = member.name.partition("/tests/data/")
            if rest and member.isfile():
                fh = tar.extractfile(member)
                if fh is not None:
                    out[rest] = fh.read()
    return out


def pages() -> Iterator[Page]:
    """Every page of the dev set that has an expected text, sorted by name."""
    data = _members(fetch())
    seen: set[bytes] = set()
    for key in sorted(data):
        if not (key.startswith("html/") and key.endswith(".html")):
            continue
        name = key.removeprefix("html/").removesuffix(".html")
        expected = data.get(f"txt/{name}.txt", b"").decode("utf-8").strip()
        if not expected and f"metadata/{name}.json" in data:
            meta = json.loads(data[f"metadata/{name}.json"])
            expected = (meta.get("text") or "").strip()
        if not expected:
            continue  # front pages, feeds and redirects: no article to extract
        html = data[key]
        digest = hashlib.sha256(html).digest()
        if digest in seen:
            continue  # the same page shipped twice under two names (video_article_01)
        seen.add(digest)
        yield Page(name=name, split=split_of(name), html=html, dump=render(html), expected=expected)


def write(all_pages: list[Page], out: Path) -> None:
    """Write each page's dump and expected text under ``out/<split>/``."""
    for page in all_pages:
        folder = out / page.split
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{page.name}.txt").write_text(page.dump, encoding="utf-8")
        (folder / f"{page.name}.expected.txt").write_text(page.expected + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write dumps to .cache/devset/")
    args = parser.parse_args(argv)
    all_pages = list(pages())
    for split in ("dev", "heldout"):
        chosen = [p for p in all_pages if p.split == split]
        print(f"{split}: {len(chosen)} pages")
        for p in chosen:
            lines = p.dump.count("\n")
            print(f"  {p.name:28} {lines:5} dump lines  {len(p.expected.split()):6} expected words")
    if args.write:
        write(all_pages, CACHE / "devset")
        print(f"wrote dumps to {CACHE / 'devset'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
