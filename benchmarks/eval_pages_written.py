"""Score boilerplate removal on whole-page dumps written for this project, with line gold.

Usage: PYTHONPATH=src python benchmarks/eval_pages_written.py [--dir DIR ...] [--explain NAME]

The real pages of ``devset_pages.py`` are few (96 with usable gold) and all have been
read or scored many times.  These pages are written by helpers who had not seen the
rules, from a brief (``pages_written/README.md``): a naive scraper's dump of a news
page of a kind they chose (one line per block; menus, consent notices, teasers,
comments and footers included), each with a ``gold.json`` entry naming the headline's
line and the article's line ranges.  They are invented text, so they are committed
(``benchmarks/pages_written/``), unlike the real pages.

Scored as ``eval_boilerplate.py`` scores pages with line gold: the kept text
(``newscorpus.parse_text(dump).text``) against the gold's lines as bags of lower-cased
word tokens, micro (pooled) and macro (mean per page; a page without an article is
right when nothing is kept and is scored apart), and the title as the gold's
headline line.  ``--explain NAME`` prints one page line by line (``ok`` kept content,
``--`` dropped furniture, ``+ extra`` kept furniture, ``- lost`` dropped content).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_boilerplate import Score, _norm, score  # (a sibling script, not a package)

HERE = Path(__file__).resolve().parent / "pages_written"


def load(directory: Path) -> list[tuple[str, str, dict[str, object]]]:
    """``(name, dump, gold entry)`` for every page of a directory with a ``gold.json``."""
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    return [
        (name, (directory / f"{name}.txt").read_text(encoding="utf-8"), entry)
        for name, entry in sorted(gold.items())
    ]


def body_lines(entry: dict[str, object]) -> set[int]:
    body = entry["body"]
    assert isinstance(body, list)
    return {n - 1 for first, last in body for n in range(first, last + 1)}


def main(argv: list[str] | None = None) -> int:
    import newscorpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, action="append", help="a batch directory")
    parser.add_argument("--explain", metavar="NAME", help="show one page line by line")
    args = parser.parse_args(argv)
    dirs = args.dir or sorted(p for p in HERE.iterdir() if (p / "gold.json").exists())
    scores: list[Score] = []
    titles = empty_right = empty = 0
    for directory in dirs:
        for name, dump, entry in load(directory):
            lines = dump.split("\n")
            article = newscorpus.parse_text(dump)
            wanted = body_lines(entry)
            if args.explain == name:
                kept = {_norm(p) for p in article.text.split("\n\n")}
                for i, line in enumerate(lines):
                    on = _norm(line) in kept and bool(line.strip())
                    mark = {(True, True): "ok", (False, False): "--"}.get(
                        (i in wanted, on), "+ extra" if on else "- lost"
                    )
                    print(f"{i + 1:4} {mark:8} {line[:110]}")
                print(f"title: {article.title!r}")
            number = entry["title"]
            want_title = lines[number - 1] if isinstance(number, int) else None
            got_title = article.title
            if (want_title is None and got_title is None) or (
                want_title is not None and got_title is not None
                and _norm(want_title) == _norm(got_title)
            ):  # fmt: skip
                titles += 1
            if not wanted:
                empty += 1
                empty_right += not article.text.strip()
                continue
            expected = "\n".join(lines[i] for i in sorted(wanted))
            s = score(name, article.text, expected)
            scores.append(s)
    if args.explain:
        return 0
    for s in sorted(scores, key=lambda s: s.f1):
        print(f"  {s.name:28} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}")
    kept = sum(s.kept for s in scores)
    want = sum(s.expected for s in scores)
    micro = Score("micro", kept, want, sum(s.overlap for s in scores))
    print(
        f"{len(scores)} pages with an article: micro P {micro.precision:.3f}"
        f" R {micro.recall:.3f} F1 {micro.f1:.3f};"
        f" macro F1 {statistics.fmean(s.f1 for s in scores):.3f}"
    )
    print(f"pages without an article left empty: {empty_right}/{empty}")
    print(f"titles right: {titles}/{len(scores) + empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
