"""Cost of language detection as articles grow: flat for the article language, linear per paragraph.

Run from the checkout::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_language.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_language.py --sizes 2000 50000 --repeat 5

Articles of growing length are built by repeating real English prose
(``tests/data/prose_en.txt`` when present, else the seeds in
``../shared/seeds``), cut at whole paragraphs.  For each length it prints the
best-of-``--repeat`` time of:

* ``unbounded``: langdetect over the whole body, as a naive caller would
  (langdetect itself stops reading at 10,000 characters, so this saturates);
* ``bounded``: the article language as :func:`newscorpus.language.detect_article`
  computes it, from a :data:`~newscorpus.language.SAMPLE_CHARS` sample;
* ``detect_article``: the whole call, per-paragraph languages included, which
  is linear in the number of paragraphs by nature (each paragraph is read,
  most of them only by the function-word first pass).

Times are CPU time (``time.process_time``), best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time
from collections.abc import Callable

from newscorpus import language

ROOT = pathlib.Path(__file__).resolve().parents[1]
PROSE = ROOT / "tests" / "data" / "prose_en.txt"
SEEDS = ROOT.parent / "shared" / "seeds"


def source_paragraphs() -> list[str]:
    """Real prose paragraphs to repeat."""
    paths = [PROSE] if PROSE.exists() else sorted(SEEDS.glob("*.txt"))
    paragraphs = []
    for path in paths:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block) >= 80:
                paragraphs.append(block)
    if not paragraphs:
        sys.exit(f"no prose found in {PROSE} or {SEEDS}")
    return paragraphs


def article_of(size: int, paragraphs: list[str]) -> list[str]:
    """Whole paragraphs, cycling through *paragraphs*, until *size* characters."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        para = paragraphs[i % len(paragraphs)]
        out.append(para)
        total += len(para) + 2
        i += 1
    return out


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """Fastest of *repeat* runs, in CPU seconds (the machine is shared; wall time is noisy)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1_000, 3_000, 10_000, 30_000, 100_000]
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    paragraphs = source_paragraphs()
    language.supported_languages()  # profiles load once, outside the timings
    print(f"sample bound: {language.SAMPLE_CHARS} characters")
    header = f"{'chars':>8} {'paras':>6} {'unbounded':>10} {'bounded':>9} {'detect_article':>15}"
    print(header + f" {'per para':>9}")
    for size in args.sizes:
        body = article_of(size, paragraphs)
        whole = "\n".join(body)
        # Private on purpose: the library never reads the whole body; this is the comparison.
        unbounded = best_of(args.repeat, lambda: language._probabilities(whole))  # noqa: B023
        bounded = best_of(
            args.repeat,
            lambda: language._probabilities(language.sample_text(body)),  # noqa: B023
        )
        full = best_of(args.repeat, lambda: language.detect_article(body))  # noqa: B023
        ms = 1000
        print(
            f"{len(whole):8d} {len(body):6d} {ms * unbounded:8.1f}ms {ms * bounded:7.1f}ms "
            f"{ms * full:13.1f}ms {ms * full / len(body):7.2f}ms"
        )


if __name__ == "__main__":
    main()
