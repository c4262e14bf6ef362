"""The command line: extract, quotes, demo, normalisers, and clean failures."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

from newscorpus.cli import main

GOOD = "Harbour reopens\n\n“We will reopen on Friday,” the harbour master said on Monday.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_writes_jsonl(tmp_path: pathlib.Path) -> None:
    """extract writes one JSON object per article with the contract's keys."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run("extract", str(tmp_path / "a.txt"))
    assert code == 0, err
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["title"] == "Harbour reopens"
    assert record["origin"]["path"].endswith("a.txt")


def test_extract_to_file(tmp_path: pathlib.Path) -> None:
    """-o writes to a file instead of standard output."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, out, _ = run("extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert code == 0 and out == ""
    assert len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 1


def test_rejected_input_one_line_nonzero(tmp_path: pathlib.Path) -> None:
    """A bad input gets one line on stderr and exit status 1; good ones are still written."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    code, out, err = run("extract", str(tmp_path))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert len(err.splitlines()) == 1 and "b.txt" in err and "Traceback" not in err


def test_missing_path_no_traceback(tmp_path: pathlib.Path) -> None:
    """A path with nothing there is one reject line and exit status 1; other paths still run."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run("extract", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"))
    assert code == 1 and len(out.splitlines()) == 1
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_usage_error_exit_2(tmp_path: pathlib.Path) -> None:
    """A misspelt normaliser is a usage error: one line, exit status 2, nothing processed."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run("extract", str(tmp_path), "--normalise", "no_such_step")
    assert code == 2 and out == "" and err.startswith("newscorpus: error:")


def test_quotes_table_and_csv(tmp_path: pathlib.Path) -> None:
    """quotes lists quotations in table, CSV and JSON lines formats."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code, out, _ = run("quotes", str(tmp_path), "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("article,")
    code, out, _ = run("quotes", str(tmp_path), "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["text"] == "We will reopen on Friday,"


def test_demo_runs_on_bundled_sample() -> None:
    """demo processes the sample corpus shipped in the package and summarises it."""
    code, out, err = run("demo")
    assert code == 0, err
    assert out.count("== ") >= 5
    assert "quotes" in out and "removed" in out


def test_language_filter_is_reported(tmp_path: pathlib.Path) -> None:
    """--language drops other languages with a 'filtered' line each, never silently."""
    (tmp_path / "a.txt").write_text(GOOD * 3, encoding="utf-8")
    code, out, err = run("extract", str(tmp_path), "--language", "xx")
    assert code == 0 and out == ""
    assert "filtered" in err


def test_normalisers_listed() -> None:
    """normalisers lists each registered step with a description."""
    code, out, _ = run("normalisers")
    assert code == 0 and len(out.splitlines()) >= 4


def test_python_m_entry_point(tmp_path: pathlib.Path) -> None:
    """python -m newscorpus runs the same command line."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newscorpus", "extract", str(tmp_path / "a.txt")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Harbour reopens"
