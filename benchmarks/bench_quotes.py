"""Throughput of :func:`newscorpus.extract.quotes.extract_quotes` alone on seed-sized articles.

Usage: PYTHONPATH=src python benchmarks/bench_quotes.py [--seconds N]

Reads the seed articles (``../shared/seeds``) and the quote dev set, joins
their non-blank lines into ``Article.text`` form, and calls ``extract_quotes``
on them round-robin in one process for a few seconds.  Prints articles per
second, quotes per second and the mean article size.
"""

from __future__ import annotations

import pathlib
import re
import sys
import time

from newscorpus.extract.quotes import extract_quotes

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
SOURCES += sorted((ROOT / "benchmarks" / "quotes_devset").glob("*.txt"))


def article_text(path: pathlib.Path) -> str:
    """Non-blank lines of a file as paragraphs joined by a blank line."""
    raw = path.read_text(encoding="utf-8")
    return "\n\n".join(p.strip() for p in re.split(r"\n", raw) if p.strip())


def main() -> int:
    seconds = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 3.0
    texts = [article_text(p) for p in SOURCES]
    if not texts:
        print("no articles found")
        return 1
    for t in texts:  # warm the lexicon cache and regexes
        extract_quotes(t, language="en")
    n = quotes = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for t in texts:
            quotes += len(extract_quotes(t, language="en"))
        n += len(texts)
    elapsed = time.perf_counter() - started
    mean_chars = sum(map(len, texts)) / len(texts)
    print(
        f"extract_quotes: {n / elapsed:,.0f} articles/s, {quotes / elapsed:,.0f} quotes/s "
        f"({len(texts)} articles, mean {mean_chars:,.0f} chars, {n} calls in {elapsed:.1f}s, one core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
