"""The attrs class of boilerplate removal's result, :class:`Stripped`.

It lives apart from :mod:`newscorpus.boilerplate._text`, which imports it, so that the
text rules can be compiled with mypyc (the optional build, see the README's "Faster
quote extraction"): mypyc compiles plain classes and functions, not attrs classes.
"""

from __future__ import annotations

import attrs

from newscorpus._model import Removed


@attrs.frozen(kw_only=True)
class Stripped:
    """What boilerplate removal decided for one document."""

    #: ``(block index, text)`` of every block kept as body, in order.
    kept: tuple[tuple[int, str], ...]
    #: Every block taken out, with the rule that took it, in block order.
    removed: tuple[Removed, ...]
    #: The headline, when one was found (its block is in ``removed`` with reason ``"title"``).
    title: str | None = None
