"""Token- and snippet-level evaluation of boilerplate removal on the whole-page dev set.

Each page of ``devset_pages.py`` is run through ``newscorpus.parse_text`` (its whole-page text
dump) or, with ``--html``, ``newscorpus.parse_html`` (its original HTML bytes).

* Pages with a whole expected body text (``newspaper4k``): the kept text (``Article.text``) is
  compared with it as bags of lower-cased word tokens with multiplicity, as trafilatura's
  evaluation does; scripts written without spaces (Chinese, Japanese, Thai, Burmese...) count
  one token per character.
* Pages with snippets (``trafilatura``): a phrase to keep found in the kept text is a true
  positive, one missing a false negative; a phrase to drop found in it is a false positive.
* The same ``trafilatura`` pages by tokens (``trafilatura-lines``): ``page_lines.json`` says,
  line by line, which lines of each dump are the article (read by annotators who had not
  seen the rules; only the line numbers are committed), and the kept text is compared with
  those lines as with an expected text.

Printed per set (``dev``, then ``heldout``) and per source corpus: precision, recall and F1,
micro (pooled tokens or snippets) and macro (mean over pages; a page that raised scores 0),
then the macro F1 over all pages, the 10 worst pages and the pages that raised, with the error.

Run::

    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --html
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --source trafilatura
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --extractor all-lines
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --explain cnn_article
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --misses   # dev snippet misses
    PYTHONPATH=src .venv/bin/python benchmarks/eval_boilerplate.py --min-f1 0.90  # gate

``--explain NAME`` prints a dev page line by line: furniture that was kept (``+ extra``) and
content that was dropped (``- lost``).  It refuses held-out pages unless ``--peek-heldout``:
looking at them while writing rules would make their score meaningless.  ``--misses`` lists,
for the dev snippet pages only, the phrases to keep that were lost and those to drop that were
kept.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# A sibling script, not a package: importable once its folder is on the path.
from devset_pages import SOURCES, Page, _words, comparable, in_text, pages

# Scripts written without spaces between words: one token per character.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
)
_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W_{_UNSPACED}]+")

Extractor = Callable[[Page], str]

#: Line-level gold for the snippet pages: per page, the SHA-1 of the dump it was read on,
#: the headline's line number and the article's line ranges (1-based, inclusive).
LINE_GOLD = Path(__file__).resolve().with_name("page_lines.json")


def dump_sha1(dump: str) -> str:
    return hashlib.sha1(dump.encode("utf-8")).hexdigest()


def line_gold(page: Page, gold: dict[str, dict[str, object]]) -> list[int] | None:
    """The 0-based indexes of the dump lines that are the article, or None without gold.

    Gold read on another rendering of the page (its SHA-1 differs) is not used: the line
    numbers would point at other lines.
    """
    entry = gold.get(page.name)
    if entry is None:
        return None
    if entry["dump_sha1"] != dump_sha1(page.dump):
        print(f"warning: {page.name}: the dump changed since its lines were read", file=sys.stderr)
        return None
    body = entry["body"]
    assert isinstance(body, list)
    return [n - 1 for first, last in body for n in range(first, last + 1)]


@functools.cache
def load_line_gold() -> dict[str, dict[str, object]]:
    if not LINE_GOLD.exists():
        return {}
    data: dict[str, dict[str, object]] = json.loads(LINE_GOLD.read_text(encoding="utf-8"))
    return data["pages"]  # type: ignore[return-value]


def expected_from_lines(page: Page, indexes: Sequence[int]) -> str:
    lines = page.dump.split("\n")
    return "\n".join(lines[i] for i in indexes)


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens with their counts (characters, for unspaced scripts).

    Composed first (NFC), as the library's output is: a page that spells "é" as "e" and a
    combining accent would otherwise have its words split in two and never match.  Soft
    hyphens and zero-width spaces are dropped for the same reason ("die\u00adsem").

    Example:
        >>> sorted(tokens("The cat, the HAT. 猫だ").items())
        [('cat', 1), ('hat', 1), ('the', 2), ('だ', 1), ('猫', 1)]
    """
    return Counter(_TOKEN.findall(comparable(text)))


@dataclass(frozen=True)
class Score:
    """Token counts for one page: kept, expected, and their overlap."""

    name: str
    kept: int
    expected: int
    overlap: int
    error: str | None = None
    source: str = "newspaper4k"

    @property
    def precision(self) -> float:
        return self.overlap / self.kept if self.kept else 0.0

    @property
    def recall(self) -> float:
        return self.overlap / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(name: str, kept: str, expected: str) -> Score:
    """Compare kept text with expected text as bags of tokens."""
    got, want = tokens(kept), tokens(expected)
    overlap = sum((got & want).values())
    return Score(name=name, kept=sum(got.values()), expected=sum(want.values()), overlap=overlap)


def snippet_score(page: Page, kept: str) -> Score:
    """Count the page's snippets: kept = found (keep or drop), expected = keep, overlap = kept."""
    words = _words(kept)
    found = sum(in_text(s, words) for s in page.keep)
    leaked = sum(in_text(s, words) for s in page.drop)
    return Score(
        name=page.name, kept=found + leaked, expected=len(page.keep), overlap=found,
        source=page.source,
    )  # fmt: skip


def score_page(page: Page, kept: str) -> Score:
    """Score one page by its expected text or, lacking one, by its snippets."""
    if page.snippets:
        return snippet_score(page, kept)
    s = score(page.name, kept, page.expected)
    return Score(s.name, s.kept, s.expected, s.overlap, source=page.source)


def parse_text_extractor(page: Page) -> str:
    import newscorpus

    return newscorpus.parse_text(page.dump).text


def parse_html_extractor(page: Page) -> str:
    import newscorpus

    return newscorpus.parse_html(page.html).text


def all_lines_extractor(page: Page) -> str:
    """Baseline: keep the whole dump (what a naive scraper gives)."""
    return page.dump


def run(all_pages: Sequence[Page], extract: Extractor) -> list[Score]:
    """Score every page; a page whose extraction raises scores 0 and keeps its error.

    A snippet page with line gold is scored twice: by its snippets and, as source
    ``trafilatura-lines``, by tokens against its article lines.
    """
    gold = load_line_gold()
    scores = []
    for page in all_pages:
        lines = line_gold(page, gold) if page.snippets else None
        # (gold with no line at all says the page holds no article: not scored)
        expected = expected_from_lines(page, lines) if lines else None
        by_lines_only = page.snippets and not page.keep  # (htmldate's pages)
        if by_lines_only and expected is None:
            continue
        try:
            kept = extract(page)
        except Exception as e:  # report every failure; the point is to see them all
            err = f"{type(e).__name__}: {e}"
            if not by_lines_only:
                want = score_page(page, "").expected
                scores.append(Score(page.name, 0, want, 0, error=err, source=page.source))
            if expected is not None:
                want = score(page.name, "", expected).expected
                scores.append(
                    Score(page.name, 0, want, 0, error=err, source=f"{page.source}-lines")
                )
            continue
        if not by_lines_only:
            scores.append(score_page(page, kept))
        if expected is not None:
            s = score(page.name, kept, expected)
            scores.append(
                Score(s.name, s.kept, s.expected, s.overlap, source=f"{page.source}-lines")
            )
    return scores


def figures(label: str, scores: Sequence[Score], unit: str) -> Score:
    """Print one line of micro and macro figures; return the pooled (micro) counts."""
    kept = sum(s.kept for s in scores)
    want = sum(s.expected for s in scores)
    overlap = sum(s.overlap for s in scores)
    micro = Score(name="micro", kept=kept, expected=want, overlap=overlap)
    macro_p = statistics.fmean(s.precision for s in scores)
    macro_r = statistics.fmean(s.recall for s in scores)
    macro_f = statistics.fmean(s.f1 for s in scores)
    print(
        f"   {label:12} {len(scores):3} pages {want:6} {unit:8}"
        f"  micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}"
        f"  macro P {macro_p:.3f} R {macro_r:.3f} F1 {macro_f:.3f}"
    )
    return micro


def report(split: str, scores: Sequence[Score]) -> float:
    """Print one set's figures per source corpus and overall; return its overall F1.

    The overall F1 is the micro F1 when every page is of one kind (tokens or snippets), else
    the macro F1 over all pages (tokens and snippets do not pool); with only pages scored by
    line gold, their micro F1.  Pages with line gold add
    a line of token figures (``trafilatura-lines``) and a macro F1 over every page scored by
    tokens; they do not change the figures by snippets.
    """
    if not scores:
        print(f"== {split}: no pages")
        return 0.0
    by_snippet = [s for s in scores if not s.source.endswith("-lines")]
    by_lines = [s for s in scores if s.source.endswith("-lines")]
    print(f"== {split}: {len(by_snippet)} pages")
    units = {"newspaper4k": "tokens", "trafilatura": "snippets", "htmldate": "tokens"}
    micros = {}
    for source in SOURCES:
        chosen = [s for s in by_snippet if s.source == source]
        if chosen:
            micros[source] = figures(source, chosen, units[source])
        lined = [s for s in by_lines if s.source == f"{source}-lines"]
        if lined:
            lined_micro = figures(f"{source}-lines", lined, "tokens")
            if not by_snippet:  # only pages with line gold (say, --source htmldate)
                micros[f"{source}-lines"] = lined_micro
    macro_f = statistics.fmean(s.f1 for s in by_snippet) if by_snippet else 0.0
    if by_snippet:
        print(f"   {'all pages':12} {len(by_snippet):3} pages  macro F1 {macro_f:.3f}")
    if by_lines:
        tokened = [s for s in by_snippet if units[s.source] != "snippets"] + by_lines
        token_f = statistics.fmean(s.f1 for s in tokened)
        print(f"   {'by tokens':12} {len(tokened):3} pages  macro F1 {token_f:.3f}")
    print("   worst pages:")
    for s in sorted(by_lines + by_snippet, key=lambda s: (s.f1, s.name))[:10]:
        print(
            f"     {s.source:17} {s.name:36} F1 {s.f1:.3f}  P {s.precision:.3f}"
            f"  R {s.recall:.3f}  (kept {s.kept}, expected {s.expected})"
        )
    raised = list({s.name: s for s in scores if s.error}.values())
    print(f"   raised: {len(raised)}")
    for s in raised:
        print(f"     {s.name}: {s.error}")
    return next(iter(micros.values())).f1 if len(micros) == 1 else macro_f


def titles(all_pages: Sequence[Page], *, html: bool) -> None:
    """Print how many pages with line gold got the headline the gold names (or none when
    it names none), as lower-cased word tokens."""
    import newscorpus

    gold = load_line_gold()
    right = total = 0
    wrong = []
    for page in all_pages:
        entry = gold.get(page.name) if page.snippets else None
        if entry is None or not line_gold(page, gold):
            continue  # (no gold, or gold saying the page holds no article)
        number = entry["title"]
        want = page.dump.split("\n")[number - 1] if isinstance(number, int) else None
        try:
            article = newscorpus.parse_html(page.html) if html else newscorpus.parse_text(page.dump)
            got = article.title
        except Exception:  # counted wrong; run() reports the error
            got = None
        total += 1
        if (want is None and got is None) or (
            want is not None and got is not None and _norm(want) == _norm(got)
        ):
            right += 1
        else:
            wrong.append(page.name)
    if total:
        print(f"   titles (pages with line gold): {right}/{total} right")


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(comparable(text)))


def explain(page: Page, extract: Extractor) -> None:
    """Print the page's dump lines, marking kept furniture (+) and dropped content (-)."""
    if page.snippets:
        lines = line_gold(page, load_line_gold())
        if lines is None:
            explain_snippets(page, extract)
            return
        explain_lines(page, extract, set(lines))
        return
    # Padded with spaces so that a line matches whole words only ("video" is not in "videos").
    kept = f" {_norm(extract(page))} "
    expected = f" {_norm(page.expected)} "
    for line in page.dump.splitlines():
        norm = _norm(line)
        if not norm:
            continue
        is_kept, is_content = f" {norm} " in kept, f" {norm} " in expected
        mark = {
            (True, True): "  ok  ",
            (False, False): "  --  ",
            (True, False): "+ extra",
            (False, True): "- lost",
        }[is_kept, is_content]
        print(f"{mark:7} {line[:150]}")


def explain_lines(page: Page, extract: Extractor, article: set[int]) -> None:
    """Print a page with line gold: each line kept or not, and whether it is the article's."""
    kept = f" {_norm(extract(page))} "
    for i, line in enumerate(page.dump.split("\n")):
        norm = _norm(line)
        if not norm:
            continue
        mark = {
            (True, True): "  ok  ",
            (False, False): "  --  ",
            (True, False): "+ extra",
            (False, True): "- lost",
        }[f" {norm} " in kept, i in article]
        print(f"{mark:7} {i + 1:4} {line[:150]}")


def explain_snippets(page: Page, extract: Extractor) -> None:
    """Print a snippet page's dump lines: kept or not, and which snippet a line carries."""
    kept = _words(extract(page))
    for line in page.dump.splitlines():
        words = _words(line)
        if not words.strip():
            continue
        is_kept = words in kept
        keep = any(in_text(s, words) for s in page.keep)
        drop = any(in_text(s, words) for s in page.drop)
        if keep:  # carries a phrase to keep
            mark = "  ok  " if is_kept else "- lost"
        elif drop:  # carries a phrase to drop
            mark = "+ extra" if is_kept else "  --  "
        else:  # neither: no verdict, only whether it was kept
            mark = "  kept" if is_kept else ""
        print(f"{mark:7} {line[:150]}")


def misses(all_pages: Sequence[Page], extract: Extractor) -> None:
    """For dev snippet pages only: phrases to keep that were lost, phrases to drop that stayed."""
    for page in all_pages:
        if page.split != "dev" or not page.snippets:
            continue
        try:
            kept = _words(extract(page))
        except Exception as e:  # show it and go on: every page should be listed
            print(f"{page.name}: raised {type(e).__name__}: {e}")
            continue
        for s in page.keep:
            if not in_text(s, kept):
                print(f"{page.name:36} - lost   {s[:100]}")
        for s in page.drop:
            if in_text(s, kept):
                print(f"{page.name:36} + extra  {s[:100]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", action="store_true", help="run parse_html on the HTML pages")
    parser.add_argument(
        "--extractor",
        choices=("newscorpus", "all-lines"),
        default="newscorpus",
        help="all-lines keeps the whole dump: the naive-scraper baseline",
    )
    parser.add_argument("--source", choices=sorted(SOURCES), help="one source corpus only")
    parser.add_argument("--explain", metavar="NAME", help="show one dev page line by line")
    parser.add_argument("--misses", action="store_true", help="list dev snippet misses")
    parser.add_argument("--peek-heldout", action="store_true", help="let --explain show held-out")
    parser.add_argument(
        "--min-f1",
        type=float,
        help="exit 1 when held-out F1 is below this floor (micro for one corpus, else macro)",
    )
    args = parser.parse_args(argv)

    extract: Extractor
    if args.extractor == "all-lines":
        extract = all_lines_extractor
    else:
        extract = parse_html_extractor if args.html else parse_text_extractor
    all_pages = list(pages(args.source))

    if args.misses:
        misses(all_pages, extract)
        return 0
    if args.explain:
        page = next((p for p in all_pages if p.name == args.explain), None)
        if page is None:
            parser.error(f"no page named {args.explain!r}")
        if page.split == "heldout" and not args.peek_heldout:
            parser.error(f"{page.name} is held out; pass --peek-heldout to look anyway")
        explain(page, extract)
        return 0

    mode = "parse_html(page.html)" if args.html else "parse_text(whole-page dump)"
    print(f"extractor: {args.extractor}, {mode}")
    f1 = {}
    for split in ("dev", "heldout"):
        f1[split] = report(split, run([p for p in all_pages if p.split == split], extract))
        if args.extractor == "newscorpus":
            titles([p for p in all_pages if p.split == split], html=args.html)
    if args.min_f1 is not None and f1["heldout"] < args.min_f1:
        print(f"held-out F1 {f1['heldout']:.3f} is below the floor {args.min_f1:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
