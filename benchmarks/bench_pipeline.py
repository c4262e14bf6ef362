"""Speed and memory of the text pipeline.

    python benchmarks/bench_pipeline.py [--articles 2000] [--files 10000]

1. Articles per second for ``Pipeline(detect_language=False).parse_text`` on seed-sized
   articles (the seeds in ../shared/seeds when present, else the bundled sample), one core,
   every line made unique per run so caches keyed on text give no help, and the same with
   stages switched off.
2. Memory while ``iter_articles`` streams a directory of N files: resident set size
   sampled every 1,000 articles, so flat memory shows as a flat column.
"""

from __future__ import annotations

import argparse
import pathlib
import resource
import sys
import tempfile
import time
from importlib import resources

import newscorpus
from newscorpus import Pipeline

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "shared" / "seeds"


def corpus_texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        sample = resources.files("newscorpus") / "data" / "sample"
        paths = [pathlib.Path(str(p)) for p in sample.iterdir() if p.name.endswith(".txt")]
    return [p.read_text(encoding="utf-8") for p in paths]


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def unique(text: str, i: int) -> str:
    """The article with every line made unique, so no cache keyed on text can help."""
    return "\n".join(f"{line} {i}" if line.strip() else line for line in text.split("\n"))


def rate(label: str, pipeline: Pipeline, texts: list[str], n: int) -> float:
    for t in texts:  # warm lexicons and compiled patterns
        pipeline.parse_text(t)
    inputs = [unique(texts[i % len(texts)], i) for i in range(n)]
    start = time.perf_counter()
    for text in inputs:
        pipeline.parse_text(text)
    secs = time.perf_counter() - start
    per_s = n / secs
    print(f"{label:<44} {per_s:9,.0f} articles/s   ({secs * 1e3 / n:.3f} ms/article)")
    return per_s


def sources_rate(texts: list[str], n: int) -> float:
    """``extract_sources`` alone on the paragraphs and removed blocks of unique articles."""
    from newscorpus.extract.sources import extract_sources

    pipeline = Pipeline(detect_language=False, extract_quotes=False, extract_sources=False)
    articles = [pipeline.parse_text(unique(texts[i % len(texts)], i)) for i in range(n)]
    for a in articles[: len(texts)]:  # warm lexicons and compiled patterns
        extract_sources(paragraphs=a.paragraphs, removed=a.removed, title=a.title)
    start = time.perf_counter()
    for a in articles:
        extract_sources(paragraphs=a.paragraphs, removed=a.removed, title=a.title)
    secs = time.perf_counter() - start
    per_s = n / secs
    label = "extract_sources alone"
    print(f"{label:<44} {per_s:9,.0f} articles/s   ({secs * 1e3 / n:.3f} ms/article)")
    return per_s


def speed(n: int) -> None:
    texts = corpus_texts()
    size = sum(map(len, texts)) / len(texts)
    print(
        f"speed: {n:,} parses of {len(texts)} articles averaging {size:,.0f} characters, one core"
    )
    rate("full text pipeline, no language detection", Pipeline(detect_language=False), texts, n)
    rate(
        "boilerplate only (no normalisers/extractors)",
        Pipeline(
            normalisers=(), detect_language=False, extract_quotes=False, extract_sources=False
        ),
        texts,
        n,
    )
    rate(
        "boilerplate + default normalisers",
        Pipeline(detect_language=False, extract_quotes=False, extract_sources=False),
        texts,
        n,
    )
    sources_rate(texts, n)
    rate("full pipeline with language detection", Pipeline(), texts, max(n // 4, 50))


def memory(n_files: int) -> None:
    texts = corpus_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for i in range(n_files):
            (folder / f"{i:06d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
        print(f"memory: streaming {n_files:,} files with iter_articles (RSS in MB)")
        pipeline = Pipeline(detect_language=False)
        start = time.perf_counter()
        base = rss_mb()
        print(f"  before: {base:.1f}")
        for i, _ in enumerate(newscorpus.iter_articles(folder, pipeline=pipeline), start=1):
            if i % 1000 == 0:
                print(f"  after {i:>6,}: {rss_mb():.1f}")
        secs = time.perf_counter() - start
        print(
            f"  {n_files / secs:,.0f} files/s including disk reads; growth {rss_mb() - base:+.1f} MB"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--files", type=int, default=10000)
    args = parser.parse_args()
    speed(args.articles)
    memory(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
