"""Speed and memory of the text pipeline.

    python benchmarks/bench_pipeline.py [--articles 2000] [--files 10000]

1. Articles per CPU second (one core) for ``Pipeline.parse_text`` on seed-sized articles (the
   seeds in ../shared/seeds when present, else the bundled sample), every line made unique
   per parse so caches keyed on text give no help; the mean over three passes and the best
   pass.  Lines, from the cheapest stage set to the whole pipeline:

   * ``boilerplate only``: loader, language guess for the lexicon, boilerplate removal;
   * ``cleaning``: the same plus the default normalisers: issue 2's "text pipeline without
     language detection" (its target: 2,000 articles/s per core);
   * ``cleaning`` again on the quote dev set's articles not in English (French, German,
     Spanish, translated), whose accents and marks take other paths;
   * ``extract_sources alone`` and ``extract_quotes alone`` (issue 4's target for quotes:
     1,000 articles/s per core; ``bench_quotes.py`` has more on it);
   * ``full pipeline, no language detection``: cleaning plus quotes and sources;
   * ``full pipeline with language detection``.

   Figures depend on the machine: the last line times an empty million-step loop to compare.
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
from typing import Any

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


def other_language_texts() -> list[str]:
    """The quote dev set's articles not in English (French, German, Spanish, translated)."""
    import json

    folder = HERE / "quotes_devset"
    try:
        articles = json.loads((folder / "annotations.json").read_text("utf-8"))["articles"]
    except OSError:
        return []
    return [
        (folder / name).read_text(encoding="utf-8")
        for name, article in sorted(articles.items())
        if article.get("language", "en") != "en" or "translated" in name
    ]


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


def _report(label: str, n: int, passes: list[float]) -> float:
    mean = n * len(passes) / sum(passes)
    best = n / min(passes)
    print(
        f"{label:<44} {mean:9,.0f} articles/s  best pass {best:7,.0f}/s"
        f"  ({sum(passes) * 1e3 / (n * len(passes)):.3f} ms/article)"
    )
    return mean


def rate(label: str, pipeline: Pipeline, texts: list[str], n: int, passes: int = 3) -> float:
    for t in texts:  # warm lexicons and compiled patterns
        pipeline.parse_text(t)
    times = []
    for p in range(passes):
        inputs = [unique(texts[i % len(texts)], i + p * n) for i in range(n)]
        start = time.process_time()
        for text in inputs:
            pipeline.parse_text(text)
        times.append(time.process_time() - start)
    return _report(label, n, times)


def stage_rate(label: str, texts: list[str], n: int, run: Any, passes: int = 3) -> float:
    """One extractor alone, on the paragraphs of cleaned unique articles."""
    cleaning = Pipeline(detect_language=False, extract_quotes=False, extract_sources=False)
    times = []
    for p in range(passes):
        articles = [cleaning.parse_text(unique(texts[i % len(texts)], i + p * n)) for i in range(n)]
        for a in articles[: len(texts)]:  # warm lexicons and compiled patterns
            run(a)
        start = time.process_time()
        for a in articles:
            run(a)
        times.append(time.process_time() - start)
    return _report(label, n, times)


def speed(n: int) -> None:
    from newscorpus.extract.quotes import extract_quotes
    from newscorpus.extract.sources import extract_sources

    texts = corpus_texts()
    size = sum(map(len, texts)) / len(texts)
    print(
        f"speed: {n:,} parses of {len(texts)} articles averaging {size:,.0f} characters, "
        "per CPU second on one core"
    )
    rate(
        "boilerplate only (no normalisers/extractors)",
        Pipeline(
            normalisers=(), detect_language=False, extract_quotes=False, extract_sources=False
        ),
        texts,
        n,
    )
    rate(
        "cleaning: boilerplate + default normalisers",
        Pipeline(detect_language=False, extract_quotes=False, extract_sources=False),
        texts,
        n,
    )
    others = other_language_texts()
    if others:
        rate(
            f"cleaning, {len(others)} dev-set articles not in English",
            Pipeline(detect_language=False, extract_quotes=False, extract_sources=False),
            others,
            n,
        )
    stage_rate(
        "extract_sources alone",
        texts,
        n,
        lambda a: extract_sources(paragraphs=a.paragraphs, removed=a.removed, title=a.title),
    )
    stage_rate("extract_quotes alone", texts, n, lambda a: extract_quotes(a.text))
    rate("full pipeline, no language detection", Pipeline(detect_language=False), texts, n)
    rate("full pipeline with language detection", Pipeline(), texts, max(n // 4, 50))
    started = time.process_time()
    for _ in range(1_000_000):
        pass
    print(f"this core runs an empty 1M-step loop in {(time.process_time() - started) * 1e3:.0f} ms")


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
