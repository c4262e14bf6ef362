"""The ``newscorpus`` command line (also ``python -m newscorpus``).

Sub-commands::

    newscorpus extract PATH... [-o FILE] [--workers N] [--normalise NAMES] [--language CODES]
    newscorpus quotes PATH... [--format table|csv|jsonl]
    newscorpus demo
    newscorpus normalisers

A rejected input gets one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import IO

from newscorpus._corpus import Reject, iter_results, quote_rows
from newscorpus._model import Article
from newscorpus._pipeline import Pipeline
from newscorpus.exceptions import NewscorpusError

__all__ = ["main"]

EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2


def _pipeline(args: argparse.Namespace) -> Pipeline:
    if getattr(args, "normalise", None):
        names = tuple(n.strip() for n in args.normalise.split(",") if n.strip())
        return Pipeline(normalisers=names)
    return Pipeline.default()


def _articles(args: argparse.Namespace, stderr: IO[str]) -> Iterator[Article]:
    """Stream articles for the paths in *args*, reporting rejects and filtered ones on stderr."""
    languages = (
        {c.strip() for c in args.language.split(",")} if getattr(args, "language", None) else None
    )
    pipeline = _pipeline(args)
    counts = {"rejected": 0, "filtered": 0}
    # One iterable of paths: a missing one is a reject line, and the others still run.
    for result in iter_results(
        list(args.paths), pipeline=pipeline, workers=getattr(args, "workers", 1)
    ):
        if isinstance(result, Reject):
            counts["rejected"] += 1
            print(f"newscorpus: rejected {result.reason}", file=stderr)
        elif languages is not None and result.language not in languages:
            counts["filtered"] += 1
            print(
                f"newscorpus: filtered {result.origin}: language {result.language!r} not in "
                f"{','.join(sorted(languages))}",
                file=stderr,
            )
        else:
            yield result
    args._counts = counts


def _cmd_extract(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    from newscorpus.serialise import to_json

    out = open(args.output, "w", encoding="utf-8") if args.output else stdout  # noqa: SIM115
    try:
        for article in _articles(args, stderr):
            out.write(to_json(article) + "\n")
    finally:
        if args.output:
            out.close()
    return EXIT_REJECTS if args._counts["rejected"] else EXIT_OK


def _cmd_quotes(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    rows = quote_rows(_articles(args, stderr))
    if args.format == "jsonl":
        for row in rows:
            stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(
            stdout,
            fieldnames=[
                "article",
                "speaker",
                "text",
                "partial",
                "speaker_mention",
                "cue",
                "start",
                "end",
                "path",
            ],
        )
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            speaker = row["speaker"] or "(unattributed)"
            flag = " [partial]" if row["partial"] else ""
            text = row["text"] if len(row["text"]) <= 100 else row["text"][:97] + "..."
            stdout.write(f"{speaker:<28} {text}{flag}\n")
    return EXIT_REJECTS if args._counts["rejected"] else EXIT_OK


def _summary(article: Article, stdout: IO[str]) -> None:
    w = stdout.write
    name = (article.origin.path or article.id).rsplit("/", 1)[-1]
    w(f"== {name}\n")
    w(f"   title     : {article.title or '(none found)'}\n")
    w(f"   language  : {article.language or 'unknown'}")
    w(f" (from {article.language_source})\n" if article.language_source else "\n")
    if article.authors:
        w(f"   authors   : {', '.join(article.authors)}\n")
    if article.published:
        w(f"   published : {article.published.isoformat()}\n")
    w(f"   paragraphs: {len(article.paragraphs)} kept, {len(article.removed)} blocks removed\n")
    for r in article.removed:
        text = r.text if len(r.text) <= 60 else r.text[:57] + "..."
        w(f"      - {r.reason:<16} {text}\n")
    if article.normalised_by:
        w(f"   repaired by: {', '.join(article.normalised_by)}\n")
    w(f"   quotes    : {len(article.quotes)}\n")
    for q in article.quotes:
        text = q.text if len(q.text) <= 70 else q.text[:67] + "..."
        flag = " (partial)" if q.partial else ""
        w(f"      {q.speaker or '(unattributed)'}: “{text}”{flag}\n")
    if article.sources:
        w(
            "   sources   : "
            + "; ".join(f"{s.name} ({s.role.value})" for s in article.sources)
            + "\n"
        )
    w("\n")


def _cmd_demo(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    sample = resources.files("newscorpus") / "data" / "sample"
    with resources.as_file(sample) as folder:
        args.paths = [str(folder)]
        n = 0
        for article in _articles(args, stderr):
            _summary(article, stdout)
            n += 1
    stdout.write(
        f"{n} articles from the bundled sample corpus; {args._counts['rejected']} rejected.\n"
    )
    return EXIT_REJECTS if args._counts["rejected"] else EXIT_OK


def _cmd_normalisers(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    from newscorpus import normalisers

    default = set(normalisers.DEFAULT)
    for name in normalisers.available():
        mark = "*" if name in default else " "
        stdout.write(f"{mark} {name:<24} {normalisers.describe(name)}\n")
    stdout.write("(* = in the default pipeline)\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    from newscorpus import __version__

    parser = argparse.ArgumentParser(
        prog="newscorpus",
        description="Turn raw news documents into a clean, typed, auditable corpus.",
    )
    parser.add_argument("--version", action="version", version=f"newscorpus {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "paths", nargs="+", metavar="PATH", help="files, directories or glob patterns"
        )
        p.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
        p.add_argument(
            "--normalise",
            metavar="NAME[,NAME...]",
            help="normaliser steps to run instead of the default",
        )
        p.add_argument(
            "--language", metavar="CODE[,CODE...]", help="keep only articles in these languages"
        )

    p = sub.add_parser("extract", help="write one JSON object per article (JSON lines)")
    common(p)
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("quotes", help="list the quotations and their speakers")
    common(p)
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.set_defaults(func=_cmd_quotes)

    p = sub.add_parser("demo", help="run the whole pipeline on the bundled sample corpus")
    p.add_argument("--normalise", metavar="NAME[,NAME...]", help=argparse.SUPPRESS)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("normalisers", help="list the available normalisers")
    p.set_defaults(func=_cmd_normalisers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; return the exit status (0 ok, 1 some inputs rejected, 2 usage error)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args, out, err))
    except BrokenPipeError:  # e.g. piped into head: stop quietly, as Unix tools do
        import os

        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (NewscorpusError, TypeError, ValueError, OSError) as e:
        print(f"newscorpus: error: {e}", file=err)
        return EXIT_USAGE
