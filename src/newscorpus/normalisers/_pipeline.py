"""NormaliserPipeline: an explicit, ordered, picklable list of normaliser steps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newscorpus._typing import Normaliser
from newscorpus.exceptions import NormaliserError

from ._builtin import DEFAULT, SCREENED, steps_that_may_change
from ._registry import name_of, resolve

__all__ = ["NormaliserPipeline"]

Step = str | Normaliser


@attrs.frozen
class _Plan:
    """The resolved steps, each with whether :func:`steps_that_may_change` answers for it."""

    #: ``(name, function)`` of every step (:meth:`NormaliserPipeline.resolved`).
    resolved: tuple[tuple[str, Normaliser], ...]
    steps: tuple[tuple[str, Normaliser, bool], ...]
    #: Whether any step is screened: if none is, the screen is not worth its scan.
    screened: bool
    #: Whether every step is screened: then a text the screen clears of every step is
    #: returned at once, without going through the steps one by one.
    all_screened: bool

    @classmethod
    def of(cls, steps: Iterable[tuple[str, Normaliser]]) -> _Plan:
        resolved = tuple(steps)
        planned = tuple((name, func, func in SCREENED) for name, func in resolved)
        flags = [screened for _, _, screened in planned]
        return cls(resolved, planned, any(flags), all(flags))


def _steps(value: Iterable[Step]) -> tuple[Step, ...]:
    if isinstance(value, str):
        msg = (
            f"expected a sequence of normaliser steps, got a single string {value!r}; "
            f"write ({value!r},)"
        )
        raise TypeError(msg)
    steps = tuple(value)
    for step in steps:
        if not isinstance(step, str) and not callable(step):
            msg = (
                "expected each step to be a normaliser name, a 'package.module:function' "
                f"string or a callable, got {step!r} ({type(step).__name__})"
            )
            raise TypeError(msg)
    return steps


def _head(text: str) -> str:
    return repr(text[:60]) + ("..." if len(text) > 60 else "")


@attrs.frozen
class NormaliserPipeline:
    """Run normaliser steps in order; say which ones changed the text.

    Steps are kept as given (names, ``"package.module:function"`` strings or
    callables) and resolved on first use, so a pipeline pickles as long as its
    callables do, and unpickles in a process that loads its plugins afresh.

    Args:
        steps: the ordered steps; :data:`~newscorpus.normalisers.DEFAULT` if
            not given.

    Example:
        >>> pipeline = NormaliserPipeline(("unicode", "quote_marks"))
        >>> pipeline.explain("“Stop  it, ”he said.")
        ('“Stop it,” he said.', ('unicode', 'quote_marks'))
    """

    steps: tuple[Step, ...] = attrs.field(default=DEFAULT, converter=_steps)
    #: The resolved steps' plan, made on first use (one entry: the pipeline is frozen).
    _plans: dict[str, _Plan] = attrs.field(
        init=False, factory=dict, eq=False, repr=False, hash=False
    )

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the specs travel; the resolved functions are looked up again.
        return (type(self), (self.steps,))

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the steps, as recorded in ``Article.normalised_by``."""
        return tuple(step if isinstance(step, str) else name_of(step) for step in self.steps)

    def resolved(self) -> tuple[tuple[str, Normaliser], ...]:
        """``(name, function)`` for every step, resolving (and importing) them once.

        Raises:
            PluginError: a name is unknown or its plugin fails to import.
        """
        return self._plan().resolved

    def _plan(self) -> _Plan:
        """The steps resolved once, each marked with whether the built-in screen covers it."""
        plan = self._plans.get("steps")
        if plan is None:
            plan = self._plans["steps"] = _Plan.of(resolve(step) for step in self.steps)
        return plan

    def __call__(self, text: str) -> str:
        """Normalise one paragraph."""
        return self.explain(text)[0]

    def explain(self, text: str) -> tuple[str, tuple[str, ...]]:
        """Normalise ``text`` and name the steps that changed it, in order.

        Raises:
            TypeError: ``text`` is not a ``str``.
            NormaliserError: a step raised or returned something other than a
                ``str``; the message names the step.
        """
        return _explain(self._plan(), text)

    def explain_many(self, texts: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
        """:meth:`explain` for each of *texts* (a document's paragraphs), in order.

        The same answers as one :meth:`explain` per text, with the steps looked up once.

        Example:
            >>> NormaliserPipeline().explain_many(["Q&amp;A", "No change."])
            [('Q&A', ('html_entities',)), ('No change.', ())]
        """
        plan = self._plan()
        return [_explain(plan, text) for text in texts]


def _explain(plan: _Plan, text: str) -> tuple[str, tuple[str, ...]]:
    """:meth:`NormaliserPipeline.explain` with the steps resolved.

    A built-in step that :func:`steps_that_may_change` rules out for the text is skipped: it
    would return the text unchanged, and so would not be named.  That answer holds for the
    text it was given, so once a step changes the text every later step runs.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        msg = f"expected str to normalise, got {type(text).__name__} {text!r:.80}{hint}"
        raise TypeError(msg)
    may_change = steps_that_may_change(text) if plan.screened else SCREENED
    if not may_change and plan.all_screened:
        return text, ()  # (most paragraphs: no step could change them)
    changed: list[str] | None = None
    for name, func, screened in plan.steps:
        if screened and func not in may_change:
            continue
        try:
            result = func(text)
        except Exception as exc:
            msg = f"normaliser step {name!r} raised {exc!r} on text {_head(text)}"
            raise NormaliserError(msg) from exc
        if result is text:  # the usual answer: unchanged, and a str
            continue
        if not isinstance(result, str):
            msg = (
                f"normaliser step {name!r} must return str, got {type(result).__name__} "
                f"{result!r:.60} for text {_head(text)}"
            )
            raise NormaliserError(msg)
        if result != text:
            if changed is None:
                changed = []
            changed.append(name)
            text = result
            may_change = SCREENED
    return text, (tuple(changed) if changed else ())
