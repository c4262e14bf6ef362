"""Tests for the normaliser registry: entry points, plugins, register(), resolve(), the CLI."""

from __future__ import annotations

import io
import pathlib
import sys
import tomllib
from collections.abc import Iterator

import pytest

import newscorpus
from newscorpus import normalisers
from newscorpus.exceptions import PluginError
from newscorpus.normalisers import NormaliserPipeline, _builtin, _registry
from newscorpus.testing import check_normaliser

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGIN_DIR = pathlib.Path(__file__).parent / "plugin_pkg"


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """A registry with no code registrations, rediscovered before and after the test."""
    monkeypatch.setattr(_registry, "_REGISTERED", {})
    monkeypatch.delenv(_registry.ENV_NO_PLUGINS, raising=False)
    _registry.refresh()
    yield monkeypatch
    # Only clears caches: sys.path is restored after this, then rediscovered lazily.
    _registry.refresh()


@pytest.fixture
def plugin(registry: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The example plugin distribution (tests/plugin_pkg) on sys.path."""
    registry.syspath_prepend(str(PLUGIN_DIR))
    _registry.refresh()
    return registry


def _fake_distribution(root: pathlib.Path, name: str, entry_points: dict[str, str]) -> None:
    """Write the metadata an install of distribution ``name`` would leave, into ``root``."""
    info = root / f"{name.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    lines = "".join(f"{key} = {value}\n" for key, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[newscorpus.normalisers]\n{lines}")


# --- built-ins through entry points -------------------------------------------


def test_pyproject_registers_every_builtin() -> None:
    """pyproject's entry-point table is exactly the built-in table, so neither drifts."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    table = pyproject["project"]["entry-points"][_registry.GROUP]
    assert table == dict(_builtin.BUILTINS)


def test_builtins_belong_to_newscorpus(registry: pytest.MonkeyPatch) -> None:
    """Every built-in is claimed once, by the newscorpus distribution; DEFAULT is all built-in."""
    claims = _registry._claims()
    for name in _builtin.BUILTINS:
        assert [c.distribution for c in claims[name]] == ["newscorpus"]
    assert set(normalisers.DEFAULT) <= set(normalisers.available())


def test_describe_is_the_first_docstring_line(registry: pytest.MonkeyPatch) -> None:
    """describe() gives one non-empty line for every normaliser."""
    for name in normalisers.available():
        line = normalisers.describe(name)
        assert line and "\n" not in line
    assert normalisers.describe("unicode").startswith("Unicode clean-up")


# --- a real plugin distribution ---------------------------------------------


def test_plugin_is_seen_by_available_get_and_pipeline(plugin: pytest.MonkeyPatch) -> None:
    """An installed distribution's entry point is listed, loaded, described and run."""
    assert "exclamations" in normalisers.available()
    func = normalisers.get("exclamations")
    assert func("No!!! Never!!") == "No! Never!"
    assert normalisers.describe("exclamations").startswith("Collapse runs of exclamation marks")
    claim = _registry._claims()["exclamations"][0]
    assert claim.distribution == "newscorpus-example-plugin"
    pipeline = NormaliserPipeline((*normalisers.DEFAULT, "exclamations"))
    assert pipeline.explain("Stop  it!!!") == ("Stop it!", ("unicode", "exclamations"))
    check_normaliser(func, max_examples=20, huge_size=10_000)


def test_plugin_is_applied_by_the_library_pipeline(plugin: pytest.MonkeyPatch) -> None:
    """newscorpus.Pipeline runs a plugin step and records it in Article.normalised_by."""
    pipeline = newscorpus.Pipeline(normalisers=(*normalisers.DEFAULT, "exclamations"))
    article = newscorpus.parse_text(
        "A title\n\nThe minister said the plan was a disgrace!!! Nobody agreed with him at all.\n",
        pipeline=pipeline,
    )
    assert "disgrace!!!" not in article.text
    assert "disgrace! Nobody" in article.text
    assert "exclamations" in article.normalised_by


def test_plugin_is_seen_by_the_cli(plugin: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    """`newscorpus normalisers` lists the plugin and `extract --normalise` applies it."""
    cli = pytest.importorskip("newscorpus.cli")
    out = io.StringIO()
    assert cli.main(["normalisers"], stdout=out, stderr=io.StringIO()) == 0
    listing = out.getvalue()
    assert "exclamations" in listing and "Collapse runs of exclamation marks" in listing
    for name in normalisers.DEFAULT:
        assert name in listing
    doc = tmp_path / "doc.txt"
    doc.write_text("A title\n\nThe minister said it was a disgrace!!! Nobody agreed with him.\n")
    out = io.StringIO()
    status = cli.main(
        ["extract", str(doc), "--normalise", "unicode,exclamations"],
        stdout=out,
        stderr=io.StringIO(),
    )
    assert status == 0
    assert "disgrace! Nobody" in out.getvalue()
    assert "disgrace!!!" not in out.getvalue()


def test_no_plugins_keeps_builtins_only(plugin: pytest.MonkeyPatch) -> None:
    """NEWSCORPUS_NO_PLUGINS=1 hides third-party entry points but keeps every built-in."""
    plugin.setenv(_registry.ENV_NO_PLUGINS, "1")
    assert "exclamations" not in normalisers.available()
    assert set(_builtin.BUILTINS) <= set(normalisers.available())
    with pytest.raises(PluginError, match="plugins are off"):
        normalisers.get("exclamations")
    plugin.setenv(_registry.ENV_NO_PLUGINS, "0")
    assert "exclamations" in normalisers.available()


def test_name_claimed_twice_names_both_distributions(
    plugin: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    """Two distributions claiming one name is a PluginError naming both; other names still work."""
    _fake_distribution(
        tmp_path,
        "rival-plugin",
        {"exclamations": "rival:bang", "unicode": "rival:uni", "rival_only": "rival:other"},
    )
    plugin.syspath_prepend(str(tmp_path))
    _registry.refresh()
    with pytest.raises(PluginError) as info:
        normalisers.get("exclamations")
    message = str(info.value)
    assert "newscorpus-example-plugin" in message and "rival-plugin" in message
    with pytest.raises(PluginError, match=r"newscorpus \(.*\) and rival-plugin"):
        NormaliserPipeline(("unicode",))("text")
    assert normalisers.get("quote_marks")("a ”b") == "a ”b"


def test_plugin_that_fails_to_import_is_named(
    registry: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    """A plugin whose module is missing, or is not callable, is a PluginError naming it."""
    (tmp_path / "half_plugin.py").write_text("NOT_CALLABLE = 3\n")
    _fake_distribution(
        tmp_path,
        "broken-plugin",
        {"broken": "no_such_module_xyz:step", "inert": "half_plugin:NOT_CALLABLE"},
    )
    registry.syspath_prepend(str(tmp_path))
    _registry.refresh()
    assert {"broken", "inert"} <= set(normalisers.available())
    with pytest.raises(
        PluginError, match=r"'broken' from broken-plugin.*no_such_module_xyz"
    ) as info:
        normalisers.get("broken")
    assert isinstance(info.value.__cause__, ModuleNotFoundError)
    with pytest.raises(PluginError, match=r"'inert' from broken-plugin: expected a callable"):
        normalisers.get("inert")


def test_unknown_name_lists_what_is_available(registry: pytest.MonkeyPatch) -> None:
    """An unknown name is a PluginError (a LookupError) listing the available names."""
    with pytest.raises(PluginError, match=r"unknown normaliser 'nope'; expected one of: .*unicode"):
        normalisers.get("nope")
    with pytest.raises(LookupError):
        normalisers.get("nope")


# --- register() and resolve() ------------------------------------------------


def _shout(text: str) -> str:
    """Upper-case everything."""
    return text.upper()


def test_register_adds_a_name_and_guards_taken_ones(registry: pytest.MonkeyPatch) -> None:
    """register() adds a name; taking a registered or built-in name needs replace=True."""
    normalisers.register("shout", _shout)
    assert "shout" in normalisers.available()
    assert normalisers.get("shout")("kyiv") == "KYIV"
    assert normalisers.describe("shout") == "Upper-case everything."
    assert NormaliserPipeline((_shout,)).names == ("shout",)
    with pytest.raises(PluginError, match="already registered"):
        normalisers.register("shout", str.lower)
    normalisers.register("shout", str.lower, replace=True)
    assert normalisers.get("shout")("KYIV") == "kyiv"
    with pytest.raises(PluginError, match=r"already claimed by newscorpus"):
        normalisers.register("unicode", _shout)
    normalisers.register("unicode", _shout, replace=True)
    assert normalisers.get("unicode") is _shout


def test_register_rejects_bad_names_and_functions(registry: pytest.MonkeyPatch) -> None:
    """A name with commas, colons or spaces, or a non-callable, is refused with what came."""
    for bad in ("a,b", "mod:func", "two words", ""):
        with pytest.raises(ValueError, match=repr(bad)):
            normalisers.register(bad, _shout)
    with pytest.raises(TypeError, match="got 3"):
        normalisers.register("three", 3)  # type: ignore[arg-type]


def test_resolve_accepts_names_paths_and_callables(registry: pytest.MonkeyPatch) -> None:
    """resolve() takes a name, 'module:function' or a callable; anything else is a TypeError."""
    assert normalisers.resolve("dashes") == ("dashes", _builtin.dashes)
    path = "newscorpus.normalisers._builtin:dashes"
    assert normalisers.resolve(path) == (path, _builtin.dashes)
    assert normalisers.resolve(_builtin.dashes) == ("dashes", _builtin.dashes)
    assert normalisers.resolve(_shout)[0] == f"{__name__}:_shout"
    with pytest.raises(TypeError, match=r"got 3\.5 \(float\)"):
        normalisers.resolve(3.5)  # type: ignore[arg-type]
    with pytest.raises(PluginError, match="no_such_module_xyz"):
        normalisers.resolve("no_such_module_xyz:step")
    with pytest.raises(PluginError, match="no_such_function"):
        normalisers.resolve("newscorpus.normalisers._builtin:no_such_function")


def test_replayed_names_resolve_to_the_same_steps(registry: pytest.MonkeyPatch) -> None:
    """The names a pipeline records resolve back to its steps, so a result can be replayed."""
    pipeline = NormaliserPipeline(("unicode", _builtin.dashes, _shout))
    replay = NormaliserPipeline(pipeline.names)
    text = "It is  done -- or is it..."
    assert replay(text) == pipeline(text) == "IT IS DONE — OR IS IT…"
    assert sys.modules[__name__]._shout is _shout


def test_uninstalled_checkout_still_has_builtins(registry: pytest.MonkeyPatch) -> None:
    """Without any installed metadata (a bare source checkout), the built-ins are still there."""
    registry.setattr(_registry.importlib.metadata, "entry_points", lambda group: [])
    _registry.refresh()
    assert normalisers.available() == tuple(sorted(_builtin.BUILTINS))
    assert normalisers.get("unicode") is _builtin.unicode
