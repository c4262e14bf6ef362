"""Throughput of :func:`newscorpus.extract.quotes.extract_quotes` alone on seed-sized articles.

Usage: PYTHONPATH=src python benchmarks/bench_quotes.py [--seconds N] [--cold]

Reads the seed articles (``../shared/seeds``) and the quote dev set, joins
their non-blank lines into ``Article.text`` form, and calls ``extract_quotes``
on them round-robin in one process for a few seconds of CPU time.  Prints
articles and quotes per CPU second (mean and best pass), for the seeds alone
and with the dev set, and, to compare machines, how long this core takes for
an empty million-step loop.

The extractor remembers words and name runs it has classified (keyed on the
words, never on an article's text), so repeated passes over the same articles
run warm.  ``--cold`` forgets all of that before every pass: the pessimistic
figure, as if every article brought only unseen names.
"""

from __future__ import annotations

import pathlib
import re
import sys
import time

from newscorpus.extract import speakers
from newscorpus.extract.quotes import extract_quotes

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
SOURCES += sorted((ROOT / "benchmarks" / "quotes_devset").glob("*.txt"))


def article_text(path: pathlib.Path) -> str:
    """Non-blank lines of a file as paragraphs joined by a blank line."""
    raw = path.read_text(encoding="utf-8")
    return "\n\n".join(p.strip() for p in re.split(r"\n", raw) if p.strip())


def measure(texts: list[str], seconds: float, cold: bool = False) -> tuple[float, float, float]:
    """``(articles per CPU second, best pass rate, quotes per CPU second)``."""
    best = float("inf")
    n = quotes = 0
    spent = 0.0
    while spent < seconds:
        if cold:
            speakers._clear_caches()
        started = time.process_time()
        for t in texts:
            quotes += len(extract_quotes(t, language="en"))
        elapsed = time.process_time() - started
        best = min(best, elapsed)
        spent += elapsed
        n += len(texts)
    return n / spent, len(texts) / best, quotes / spent


def main() -> int:
    seconds = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 3.0
    cold = "--cold" in sys.argv
    seeds = [article_text(p) for p in SOURCES if p.parent.name == "seeds"]
    every = [article_text(p) for p in SOURCES]
    if not every:
        print("no articles found")
        return 1
    for t in every:  # warm the lexicon cache and regexes
        extract_quotes(t, language="en")
    # CPU time, not wall time: "per core" should not count time other processes take.
    for name, texts in (("seed articles", seeds), ("seeds + dev set", every)):
        if not texts:
            continue
        rate, best, quotes = measure(texts, seconds, cold)
        mean_chars = sum(map(len, texts)) / len(texts)
        print(
            f"{name} ({len(texts)}, mean {mean_chars:,.0f} chars): {rate:,.0f} articles/s, "
            f"best pass {best:,.0f}/s, {quotes:,.0f} quotes/s per CPU second"
            + (" (caches cleared before each pass)" if cold else "")
        )
    loop_started = time.process_time()
    for _ in range(1_000_000):
        pass
    loop = time.process_time() - loop_started
    print(f"this core runs an empty 1M-step loop in {loop * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
