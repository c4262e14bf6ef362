"""Regex helpers shared by the rule modules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of *words* built as a prefix tree.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; sharing
    prefixes makes lexicon-sized alternations many times faster.  Longer words still win
    over their prefixes, as in a longest-first alternation.  No words give a pattern that
    matches nothing.

    Example:
        >>> trie_pattern(["by", "bye", "von"])
        '(?:by(?:e)?|von)'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    built = build(trie)
    if not built:
        return "(?!)"  # matches nothing
    return built if len(trie) > 1 else f"(?:{built})"
