"""Quality gate: seed scores must not drop below the recorded floor (gold in ../shared/seeds)."""

from __future__ import annotations

import io
import pathlib
import subprocess
import sys

from conftest import SHARED
from newscorpus.cli import main

# Recorded floors: raise them when the rules improve, never lower them to pass.
FLOORS = {
    "content": 0.98,
    "boilerplate": 0.95,
    "titles": 1.0,
    "quote_recall": 0.95,
    "quote_precision": 0.95,
    "speaker": 0.90,
    "sources": 1.0,
}


def test_seed_scores_hold_the_floor(seed_paths: list[pathlib.Path], tmp_path: pathlib.Path) -> None:
    """newscorpus extract on the seeds scores at least the recorded floors with the gold scorer."""
    out = io.StringIO()
    assert main(["extract", *map(str, seed_paths)], stdout=out, stderr=io.StringIO()) == 0
    jsonl = tmp_path / "seeds.jsonl"
    jsonl.write_text(out.getvalue(), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_seeds.py"), str(jsonl),
         *(f"{k}={v}" for k, v in FLOORS.items())],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
