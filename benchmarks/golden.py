"""Check that a change leaves the pipeline's output unchanged, document by document.

    python benchmarks/golden.py --save     # record the current output as the baseline
    python benchmarks/golden.py            # compare the current output with the baseline

Runs the whole pipeline, with and without language detection, on every document at hand:
the seeds (../shared/seeds), the bundled sample, the quote dev set, the whole-page dumps
written by ``devset_pages.py --write`` and the HTML test pages of the sdists it downloaded
(run it first; missing sources are skipped). Outputs and the baseline live in the
git-ignored ``benchmarks/.cache/golden/``. Prints every document and JSON field that
differs and exits 1 if any does. Speed work must leave it silent; a behaviour change shows
exactly which documents it touches.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tarfile
from collections.abc import Callable, Iterator

from newscorpus import Pipeline
from newscorpus.serialise import to_json

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / ".cache" / "golden"


def documents() -> Iterator[tuple[str, str, bytes]]:
    """``(name, kind, data)`` for every document at hand, kind ``text`` or ``html``."""
    texts = [
        *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")),
        *sorted((ROOT / "src" / "newscorpus" / "data" / "sample").glob("*.txt")),
        *sorted((HERE / "quotes_devset").glob("*.txt")),
        *sorted((HERE / ".cache" / "devset").rglob("*.txt")),
    ]
    for path in texts:
        yield str(path.relative_to(ROOT.parent)), "text", path.read_bytes()
    for path in sorted((ROOT / "src" / "newscorpus" / "data" / "sample").glob("*.html")):
        yield str(path.relative_to(ROOT.parent)), "html", path.read_bytes()
    for tarball in sorted((HERE / ".cache").glob("*.tar.gz")):
        with tarfile.open(tarball) as tf:
            for member in sorted(tf.getmembers(), key=lambda m: m.name):
                page = member.isfile() and member.name.endswith((".html", ".htm"))
                if page and ("tests/data/html" in member.name or "tests/cache" in member.name):
                    data = tf.extractfile(member)
                    if data is not None:
                        yield member.name, "html", data.read()


def outputs(language: bool) -> dict[str, str]:
    pipeline = Pipeline(detect_language=language)
    parse: dict[str, Callable[[bytes], object]] = {
        "text": pipeline.parse_text,
        "html": pipeline.parse_html,
    }
    out = {}
    for name, kind, data in documents():
        try:
            record = json.loads(to_json(parse[kind](data)))  # type: ignore[arg-type]
            record.pop("id", None)
            out[name] = json.dumps(record, ensure_ascii=False, sort_keys=True)
        except Exception as e:  # a reject is an output too
            out[name] = f"ERROR {type(e).__name__}: {e}"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", action="store_true", help="record the baseline")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    same = True
    for language in (False, True):
        current = outputs(language)
        base_path = OUT / f"base{'_lang' if language else ''}.json"
        if args.save:
            base_path.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
            print(f"saved {len(current)} outputs to {base_path}")
            continue
        if not base_path.exists():
            print(f"no baseline at {base_path}: run with --save first")
            return 2
        base = json.loads(base_path.read_text(encoding="utf-8"))
        for name in sorted(set(base) | set(current)):
            old, new = base.get(name), current.get(name)
            if old == new:
                continue
            same = False
            try:
                a, b = json.loads(old or "{}"), json.loads(new or "{}")
                fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            except json.JSONDecodeError:
                fields = ["(reject)"]
            print(f"{'with' if language else 'without'} language: {name}: {', '.join(fields)}")
    if not args.save:
        print("identical" if same else "differences found")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
