"""Fit the weights that credit a quotation by its context when no frame does.

Usage: PYTHONPATH=src python benchmarks/fit_context.py [--write] [--folds N] [--l2 X]
       [--margin X]

The speaker rules (``newscorpus.extract.speakers``) leave some quotations with no
speaker: no frame credits them, or their "he" or "the company" found no one.  For
those, ``speakers._context_candidates`` offers the people and bodies named around the
quotation, each with a few yes-or-no features (a subject of the quotation's sentence,
named earlier in its paragraph, the latest name before it, the speaker of the quotation
before, ...), and ``speakers._by_context`` takes the best one if its score passes a
margin.  This script fits those weights on the annotated dev set.

It runs the extractor with the context step switched off and records, for every judged
quotation left without a speaker, the candidates and their features; a candidate is
right when it is one of the gold forms.  The model is a conditional logit: a
quotation's options are its candidates and None (score 0), the target is the right ones
(uniform), fitted by gradient descent with an L2 penalty.  It prints what
``--folds``-fold cross-validation by article gains (quotations put right), loses (a
quotation whose gold speaker is None given someone) and how often a speaker it gives is
right; then fits on every article.  ``--write`` stores the weights in
``src/newscorpus/extract/context_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import random
import sys
from typing import Any

import eval_quotes as ev

from newscorpus.extract import speakers
from newscorpus.extract.quotes import extract_quotes

OUT = pathlib.Path(speakers.__file__).with_name("context_weights.json")
FEATURES = speakers._CONTEXT_FEATURES

#: (article, gold speaker, [(candidate, feature vector, right)])
Case = tuple[str, Any, list[tuple[str, list[float], bool]]]


def collect(here: pathlib.Path) -> list[Case]:
    """The judged quotations the rules leave uncredited, with their candidates."""
    data = json.loads((here / "annotations.json").read_text(encoding="utf-8"))["articles"]
    marks: list[tuple[int, int, list[tuple[str, dict[str, float]]]]] = []
    asked: list[Any] = [None]  # the span whose candidates were read last
    original, by_context = speakers._context_candidates, speakers._by_context

    def read(*args: Any) -> list[tuple[str, dict[str, float]]]:
        asked[0] = args[1]
        return original(*args)

    def recorded(candidates: list[tuple[str, dict[str, float]]]) -> None:
        marks.append((asked[0].start, asked[0].end, candidates))
        return None  # the rules alone

    cases: list[Case] = []
    speakers._context_candidates = read
    speakers._by_context = recorded
    try:
        for name, ann in data.items():
            marks.clear()
            preds = extract_quotes(ev.article_text(here / name), language=ann.get("language"))
            for g, best, optional in ev.match(ann["quotes"], preds):
                if optional or best is None or preds[best].speaker is not None:
                    continue
                start = preds[best].start
                # (the span that holds the quote: an incise may have cut it in two)
                mark = next((m for m in marks if m[0] <= start < max(m[1], m[0] + 1)), None)
                if mark is None:
                    continue
                row = [
                    (c, [f.get(n, 0.0) for n in FEATURES], ev.speaker_ok(c, g["speaker"]))
                    for c, f in mark[2]
                ]
                cases.append((name, g["speaker"], row))
    finally:
        speakers._context_candidates = original
        speakers._by_context = by_context
    return cases


def fit(cases: list[Case], l2: float, steps: int = 300, rate: float = 0.5) -> list[float]:
    """Conditional-logit weights: each case's options are its candidates and None."""
    rows = []
    for _, gold, options in cases:
        none_ok = ev.speaker_ok(None, gold)
        if none_ok or any(ok for *_, ok in options):  # (else no option is right)
            rows.append(([x for _, x, _ in options], [float(ok) for *_, ok in options], none_ok))
    w = [0.0] * len(FEATURES)
    for _ in range(steps):
        grad = [l2 * v / len(rows) for v in w]
        for xs, targets, none_ok in rows:
            scores = [sum(a * b for a, b in zip(w, x, strict=True)) for x in xs]
            top = max([*scores, 0.0])
            exps = [math.exp(z - top) for z in scores]
            total = sum(exps) + math.exp(-top)
            mass = sum(targets) + none_ok
            for x, e, t in zip(xs, exps, targets, strict=True):
                d = (e / total - t / mass) / len(rows)
                for j, v in enumerate(x):
                    if v:
                        grad[j] += d * v
        w = [a - rate * g for a, g in zip(w, grad, strict=True)]
    return w


def decide(
    w: list[float], options: list[tuple[str, list[float], bool]], margin: float, lead: float
) -> tuple[str, bool] | None:
    """The option the shipped rule (``speakers._context_choice``) takes, with whether it
    is right, or None."""
    scored = [(name, sum(a * b for a, b in zip(w, x, strict=True))) for name, x, _ in options]
    chosen = speakers._context_choice(scored, margin, lead)
    return None if chosen is None else (chosen, next(ok for n, _, ok in options if n == chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="store the weights fitted on all")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--margin", type=float, default=1.0)  # (as shipped)
    parser.add_argument("--lead", type=float, default=1.0)  # (as shipped)
    parser.add_argument("--dir", type=pathlib.Path, default=ev.HERE)
    if not speakers.__file__.endswith(".py"):
        # (a compiled module calls its own functions directly: the recording never runs)
        parser.error(f"{speakers.__file__} is compiled; run this on the pure-Python sources")
    args = parser.parse_args()
    cases = collect(args.dir)
    gold_none = sum(ev.speaker_ok(None, g) for _, g, _ in cases)
    reachable = sum(any(ok for *_, ok in options) for *_, options in cases)
    print(
        f"{len(cases)} judged quotations the rules leave without a speaker: gold None "
        f"{gold_none}, gold among the candidates {reachable}, no candidate "
        f"{sum(not options for *_, options in cases)}"
    )
    articles = sorted({name for name, *_ in cases})
    random.Random(0).shuffle(articles)
    fold = {name: i % args.folds for i, name in enumerate(articles)}
    gained = lost = given = right_given = 0
    for k in range(args.folds):
        w = fit([c for c in cases if fold[c[0]] != k], args.l2)
        for name, gold, options in cases:
            if fold[name] != k:
                continue
            chosen = decide(w, options, args.margin, args.lead)
            if chosen is not None:
                given += 1
                right_given += chosen[1]
                gained += chosen[1]
                lost += ev.speaker_ok(None, gold)
    print(
        f"{args.folds}-fold cross-validation (l2 {args.l2}, margin {args.margin}, "
        f"lead {args.lead}): "
        f"{given} given a speaker, {right_given} of them right "
        f"({right_given / max(given, 1):.3f}); put right {gained}, "
        f"gold None given someone {lost}: net {gained - lost:+d} "
        f"of {len(cases)}"
    )
    w = fit(cases, args.l2)
    weights = {n: round(v, 4) for n, v in zip(FEATURES, w, strict=True)}
    print(json.dumps(weights))
    if args.write:
        OUT.write_text(
            json.dumps(
                {
                    "about": (
                        "Weights of the context features (speakers._CONTEXT_FEATURES) that "
                        "credit a quotation no frame credits; a candidate is chosen when its "
                        "score passes the margin and leads the runner-up by more than the "
                        "lead. Written by benchmarks/fit_context.py "
                        f"(l2 {args.l2}) on the dev set's {len(cases)} such quotations."
                    ),
                    "margin": args.margin,
                    "lead": args.lead,
                    "weights": weights,
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
