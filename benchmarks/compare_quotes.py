"""Which judged quotes a change fixes and which it breaks, against another checkout's code.

Usage: PYTHONPATH=src python benchmarks/compare_quotes.py --base=PATH/src [--dir=PATH ...]

Scores every judged (non-optional) gold quote of the quote dev set, or of each
``--dir`` set, once with the code under ``--base`` and once with the code on
``PYTHONPATH``, each in its own process, and lists the quotes whose speaker went
from wrong to right (fixed) and from right to wrong (broken). A quote whose wrong
speaker only changed to another wrong one counts as neither: a plain diff of two
``eval_quotes.py -v`` outputs shows it as a new error. Matching and speaker rules
are ``eval_quotes.py``'s. Make a base with ``git archive <commit> src | tar -x -C DIR``.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def judged(directory: pathlib.Path) -> dict[str, tuple[bool, str | None]]:
    """``"file#n" -> (speaker right, speaker given)`` for each judged gold quote, or
    ``(False, None)`` when no predicted quote matches it."""
    # (imported here, in the child process, with the code under test on its path)
    sys.path.insert(0, str(HERE))
    import eval_quotes as E

    from newscorpus.extract.quotes import extract_quotes

    data = json.loads((directory / "annotations.json").read_text(encoding="utf-8"))["articles"]
    out: dict[str, tuple[bool, str | None]] = {}
    for name, ann in data.items():
        preds = extract_quotes(E.article_text(directory / name), language=ann.get("language"))
        ptoks = [E.toks(q.text) for q in preds]
        used: set[int] = set()
        for n, gold in enumerate(ann["quotes"]):
            gt = E.toks(gold["text"])
            best, best_score = None, 0.0
            for i, pt in enumerate(ptoks):
                score = min(E.coverage(gt, pt), E.coverage(pt, gt))
                if i not in used and score >= 0.5 and score > best_score:
                    best, best_score = i, score
            if best is not None:
                used.add(best)
            if gold.get("optional", False) or len(gt) < E.MIN_WORDS:
                continue
            speaker = preds[best].speaker if best is not None else None
            right = best is not None and E.speaker_ok(speaker, gold["speaker"])
            out[f"{name}#{n}"] = (right, speaker)
    return out


def run(src: str, directory: pathlib.Path) -> dict[str, list[object]]:
    """:func:`judged` for ``directory`` with the code in ``src``, in a process of its own."""
    env = dict(os.environ, PYTHONPATH=src)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(directory)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def main() -> int:
    if "--child" in sys.argv:
        print(json.dumps(judged(pathlib.Path(sys.argv[sys.argv.index("--child") + 1]))))
        return 0
    base = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--base=")), None)
    if base is None:
        print(__doc__, file=sys.stderr)
        return 2
    dirs = [pathlib.Path(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--dir=")]
    here = os.environ.get("PYTHONPATH", "src")
    total_fixed = total_broken = 0
    for directory in dirs or [HERE / "quotes_devset"]:
        before, after = run(base, directory), run(here, directory)
        fixed = [k for k in after if after[k][0] and not before[k][0]]
        broken = [k for k in after if before[k][0] and not after[k][0]]
        total_fixed += len(fixed)
        total_broken += len(broken)
        print(f"== {directory.name}: {len(fixed)} fixed, {len(broken)} broken of {len(after)}")
        for key in broken:
            print(f"   broken {key}: {before[key][1]!r} -> {after[key][1]!r}")
        for key in fixed:
            print(f"   fixed  {key}: {before[key][1]!r} -> {after[key][1]!r}")
    print(f"in all: {total_fixed} fixed, {total_broken} broken")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
