"""Throughput of the normalisers at 1, 5 and 10 MB: is the cost linear in the size?

Run from the checkout::

    .venv/bin/python benchmarks/bench_normalise.py            # 1, 5, 10 MB
    .venv/bin/python benchmarks/bench_normalise.py --sizes 1 2

Three workloads, each timed at every size, printed as seconds and MB/s:

* ``pipeline/paragraphs``: the default pipeline over news-like paragraphs,
  one at a time, as the library runs it.  The text is the English prose of
  ``tests/data/prose_en.txt`` with one paragraph in five replaced by damaged
  text (mojibake, entities, broken quotation marks, glued words, odd spaces).
* ``<step>/one-string``: each built-in on the whole text as one string, the
  worst case for a step that is not linear.
* ``adversarial/<kind>``: every built-in on pathological repetitions (long
  runs of one character, ``&amp;`` chains, ``aBc`` chains, unmatched marks)
  that make a backtracking regular expression quadratic or worse.

Linear means the MB/s column stays flat as the size grows.  Sizes are in
characters (1 MB = 1,000,000 characters; the text is mostly ASCII).
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time
from collections.abc import Callable

from newscorpus import normalisers
from newscorpus.normalisers import NormaliserPipeline
from newscorpus.testing import huge_text

MB = 1_000_000
PROSE = pathlib.Path(__file__).resolve().parents[1] / "tests" / "data" / "prose_en.txt"

ADVERSARIAL: dict[str, str] = {
    "letters": "a",
    "spaces": " ",
    "spaces-dash": " " * 999 + "-",
    "amp-chain": "&amp;",
    "amp-open": "&amp",
    "camel": "aBc",
    "lower-upper": "aB",
    "open-marks": "“ ",
    "straight-marks": '"',
    "dots": ".",
    "blank-lines": "\n \n",
    "hyphens": "ab-",
    "place-name": "Kiev",
}


def paragraphs(size: int) -> list[str]:
    """News-like paragraphs adding up to about ``size`` characters."""
    clean = [p.strip() for p in PROSE.read_text("utf-8").split("\n\n") if p.strip()]
    rng = random.Random(0)
    out: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.2:
            para = huge_text(600, seed=rng.randrange(1 << 30)).replace("\n", " ")
        else:
            para = rng.choice(clean)
        out.append(para)
        total += len(para) + 2
    return out


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def report(label: str, size: int, seconds: float) -> None:
    rate = size / MB / seconds if seconds > 0 else float("inf")
    print(f"{label:<32} {size / MB:>5.0f} MB {seconds:>8.2f} s {rate:>8.2f} MB/s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 10], help="sizes in MB")
    parser.add_argument(
        "--skip-adversarial", action="store_true", help="only the pipeline and per-step runs"
    )
    args = parser.parse_args(argv)
    sizes = [int(s * MB) for s in args.sizes]
    pipeline = NormaliserPipeline()
    print(f"python {sys.version.split()[0]}; default pipeline: {', '.join(pipeline.names)}")
    # Warm up: imports, ftfy's tables, the lexicons and the regex caches load
    # on first use and would otherwise be charged to the first size.
    for paragraph in paragraphs(50_000):
        pipeline(paragraph)
        for name in normalisers._builtin.BUILTINS:
            normalisers.get(name)(paragraph)

    for size in sizes:
        paras = paragraphs(size)
        n = sum(len(p) + 2 for p in paras)
        report("pipeline/paragraphs", n, timed(lambda paras=paras: [pipeline(p) for p in paras]))

    for name in normalisers._builtin.BUILTINS:
        func = normalisers.get(name)
        for size in sizes:
            text = "\n".join(paragraphs(size))
            report(f"{name}/one-string", len(text), timed(lambda f=func, t=text: f(t)))

    if not args.skip_adversarial:
        steps = [normalisers.get(name) for name in normalisers._builtin.BUILTINS]
        for kind, unit in ADVERSARIAL.items():
            for size in sizes:
                text = unit * (size // len(unit))
                report(
                    f"adversarial/{kind}",
                    len(text),
                    timed(lambda t=text: [f(t) for f in steps]),
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
