"""The normaliser registry: entry points of the ``newscorpus.normalisers`` group plus code.

Discovery reads entry-point metadata only; a plugin's module is imported the
first time its name is asked for (:func:`get`).  Our own built-ins come
through the same group (``pyproject.toml``), and a built-in is simply an
entry point whose distribution is ``newscorpus``: that is how
``NEWSCORPUS_NO_PLUGINS=1`` keeps them while ignoring every other package.
A source checkout that was never installed has no metadata, so the built-in
table in :mod:`._builtin` stands in for ours (and fills in names a stale
editable install does not list yet).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping

import attrs

from newscorpus._typing import Normaliser
from newscorpus.exceptions import PluginError

from . import _builtin

__all__ = [
    "ENV_NO_PLUGINS",
    "GROUP",
    "available",
    "describe",
    "get",
    "name_of",
    "refresh",
    "register",
    "resolve",
]

#: The entry-point group normaliser plugins register in.
GROUP = "newscorpus.normalisers"
#: Set to ``1`` to ignore every plugin that is not part of newscorpus itself.
ENV_NO_PLUGINS = "NEWSCORPUS_NO_PLUGINS"

_OWN_DISTRIBUTION = "newscorpus"
_VALID_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
_ROLE = re.compile(r":[a-z:]+:`~?([^`]*)`")

_lock = threading.RLock()
# name -> (function, who registered it); checked before entry points.
_REGISTERED: dict[str, tuple[Normaliser, str]] = {}
# (name, value) -> loaded function.
_LOADED: dict[tuple[str, str], Normaliser] = {}


@attrs.frozen
class _Claim:
    """One distribution's claim on a normaliser name."""

    name: str
    value: str  # "module:attribute"
    distribution: str

    def describe(self) -> str:
        return f"{self.distribution} ({self.value})"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _plugins_disabled() -> bool:
    return os.environ.get(ENV_NO_PLUGINS, "").strip().lower() in {"1", "true", "yes", "on"}


@functools.cache
def _discover(no_plugins: bool) -> dict[str, tuple[_Claim, ...]]:
    """Read the entry points once per setting: name -> the claims on it."""
    claims: dict[str, list[_Claim]] = {}
    for entry in importlib.metadata.entry_points(group=GROUP):
        distribution = entry.dist.name if entry.dist is not None else "<unknown distribution>"
        own = _canonical(distribution) == _OWN_DISTRIBUTION
        if no_plugins and not own:
            continue
        claim = _Claim(entry.name, entry.value, _OWN_DISTRIBUTION if own else distribution)
        same = claims.setdefault(entry.name, [])
        # The same distribution seen twice on sys.path is one claim.
        if claim not in same:
            same.append(claim)
    for name, value in _builtin.BUILTINS.items():
        ours = [c for c in claims.get(name, ()) if c.distribution == _OWN_DISTRIBUTION]
        if not ours:
            claims.setdefault(name, []).insert(0, _Claim(name, value, _OWN_DISTRIBUTION))

    def order(claim: _Claim) -> tuple[bool, str]:
        return (claim.distribution != _OWN_DISTRIBUTION, claim.distribution)

    return {name: tuple(sorted(found, key=order)) for name, found in sorted(claims.items())}


def _claims() -> dict[str, tuple[_Claim, ...]]:
    return _discover(_plugins_disabled())


def refresh() -> None:
    """Forget discovered entry points and loaded plugins, to see newly installed packages.

    Names added with :func:`register` stay.
    """
    with _lock:
        _discover.cache_clear()
        _LOADED.clear()
        importlib.invalidate_caches()


def available() -> tuple[str, ...]:
    """The sorted names of every normaliser: built-ins, plugins and those registered in code.

    Example:
        >>> "unicode" in available()
        True
    """
    with _lock:
        return tuple(sorted({*_claims(), *_REGISTERED}))


def _import_value(value: str, what: str) -> object:
    """Import ``"package.module:attribute.path"``."""
    module_name, _, attribute = value.partition(":")
    if not module_name or not attribute:
        msg = f"expected 'package.module:function' for {what}, got {value!r}"
        raise PluginError(msg)
    try:
        obj: object = importlib.import_module(module_name)
        for part in attribute.split("."):
            obj = getattr(obj, part)
    except Exception as exc:
        msg = f"{what}: could not import {value!r}: {exc!r}"
        raise PluginError(msg) from exc
    return obj


def _as_normaliser(obj: object, what: str) -> Normaliser:
    if not callable(obj):
        msg = f"{what}: expected a callable str -> str, got {obj!r}"
        raise PluginError(msg)
    return obj


def get(name: str) -> Normaliser:
    """The normaliser registered as ``name``, importing its plugin on first use.

    Raises:
        PluginError: the name is unknown (the message lists what is
            available), claimed by two distributions (naming both), or its
            plugin fails to import (naming the plugin).

    Example:
        >>> get("unicode")("Kyiv\\u00a0 said")
        'Kyiv said'
    """
    if not isinstance(name, str):
        msg = f"expected a normaliser name (str), got {name!r} ({type(name).__name__})"
        raise TypeError(msg)
    with _lock:
        if name in _REGISTERED:
            return _REGISTERED[name][0]
        claims = _claims().get(name)
        if not claims:
            msg = f"unknown normaliser {name!r}; expected one of: {', '.join(available())}" + (
                f" (plugins are off: {ENV_NO_PLUGINS} is set)" if _plugins_disabled() else ""
            )
            raise PluginError(msg)
        if len(claims) > 1:
            owners = " and ".join(claim.describe() for claim in claims)
            msg = (
                f"normaliser name {name!r} is claimed by more than one distribution: {owners}; "
                f"expected one; uninstall one of them or set {ENV_NO_PLUGINS}=1"
            )
            raise PluginError(msg)
        claim = claims[0]
        key = (claim.name, claim.value)
        if key not in _LOADED:
            what = f"normaliser plugin {name!r} from {claim.distribution}"
            _LOADED[key] = _as_normaliser(_import_value(claim.value, what), what)
        return _LOADED[key]


def register(name: str, func: Normaliser, replace: bool = False) -> None:
    """Register ``func`` as the normaliser ``name`` for this process.

    Args:
        name: letters, digits, ``_``, ``.`` and ``-``; no commas or colons, so
            it can be written in a ``--normalise a,b`` list.
        func: a pure, total, idempotent ``str -> str`` function; check it
            with :func:`newscorpus.testing.check_normaliser`.
        replace: allow taking over a name that is already registered or
            claimed by an installed distribution.

    Raises:
        PluginError: the name is taken and ``replace`` is false.

    Example:
        >>> register("shout", str.upper, replace=True)
        >>> get("shout")("kyiv")
        'KYIV'
    """
    if not isinstance(name, str) or not _VALID_NAME.fullmatch(name):
        msg = f"expected a normaliser name of letters, digits, '_', '.' or '-', got {name!r}"
        raise TypeError(msg) if not isinstance(name, str) else ValueError(msg)
    if not callable(func):
        msg = f"expected a callable str -> str for normaliser {name!r}, got {func!r}"
        raise TypeError(msg)
    with _lock:
        if not replace:
            if name in _REGISTERED:
                owner = _REGISTERED[name][1]
                msg = f"normaliser name {name!r} is already registered by {owner}; use replace=True"
                raise PluginError(msg)
            if name in _claims():
                owners = " and ".join(claim.describe() for claim in _claims()[name])
                msg = f"normaliser name {name!r} is already claimed by {owners}; pass replace=True"
                raise PluginError(msg)
        _REGISTERED[name] = (func, f"register() from {getattr(func, '__module__', None)}")


def _registered_at_run_time(steps: Iterable[object]) -> dict[str, Normaliser]:
    """The steps among *steps* that :func:`register` added in this process, by name.

    Worker processes started by ``spawn`` or ``forkserver`` import the package afresh and
    know only built-in and installed normalisers; these must be registered there again.
    """
    with _lock:
        return {s: _REGISTERED[s][0] for s in steps if isinstance(s, str) and s in _REGISTERED}


def _register_all(registrations: Mapping[str, Normaliser]) -> None:
    """Register *registrations* in this (worker) process, replacing what is there."""
    for name, func in registrations.items():
        register(name, func, replace=True)


def describe(name: str) -> str:
    """A one-line description of the normaliser ``name``: its docstring's first line, as plain text.

    Example:
        >>> describe("dashes")
        'Typographic dashes and ellipses: a spaced em dash between words, … for three dots.'
    """
    func = get(name)
    # A callable instance has its class's docstring, which is what we want.
    doc = getattr(func, "__doc__", None) or ""
    for line in doc.strip().splitlines():
        if line.strip():
            # Plain text for a terminal: drop reST roles and literal markup.
            return _ROLE.sub(r"\1", line.strip()).replace("``", "")
    return "(no description)"


def name_of(func: Callable[..., object]) -> str:
    """The name a callable step is recorded under: its registered name, else ``module:qualname``."""
    with _lock:
        for name, (registered, _) in _REGISTERED.items():
            if registered is func:
                return name
        for (name, _), loaded in _LOADED.items():
            if loaded is func:
                return name
        # Method descriptors (str.strip) have no __module__; their class does.
        owner = getattr(func, "__objclass__", type(func))
        module = getattr(func, "__module__", None) or owner.__module__
        qualname = getattr(func, "__qualname__", None) or type(func).__qualname__
        value = f"{module}:{qualname}"
        for name, claims in _claims().items():
            if any(claim.value == value for claim in claims) and len(claims) == 1:
                return name
        return value


def resolve(spec: str | Normaliser) -> tuple[str, Normaliser]:
    """Turn a pipeline step into ``(name, function)``.

    Args:
        spec: a registered name (``"unicode"``), an import path
            (``"mypkg.steps:fix_dates"``) or a callable.

    Raises:
        TypeError: ``spec`` is none of these.
        PluginError: the name is unknown or the import path fails.

    Example:
        >>> resolve("unicode")[0]
        'unicode'
        >>> resolve("newscorpus.normalisers._builtin:unicode")[0]
        'newscorpus.normalisers._builtin:unicode'
    """
    if isinstance(spec, str):
        if ":" in spec:
            what = f"normaliser {spec!r}"
            return spec, _as_normaliser(_import_value(spec, what), what)
        return spec, get(spec)
    if callable(spec):
        return name_of(spec), spec
    msg = (
        "expected a normaliser name, a 'package.module:function' string or a callable, "
        f"got {spec!r} ({type(spec).__name__})"
    )
    raise TypeError(msg)
