"""Sphinx configuration for the newscorpus documentation.

Build (as tox's ``docs`` env does)::

    sphinx-build -n -W --keep-going -b html docs docs/_build/html
    sphinx-build -n -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import os
from importlib.metadata import version as _version

project = "newscorpus"
author = "newscorpus developers"
copyright = "newscorpus developers"  # noqa: A001 (Sphinx's name for it)
release = _version("newscorpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# --- MyST ---------------------------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
# "## Section" gets an anchor, so pages can link to [a section](page.md#a-section).
myst_heading_anchors = 3

# --- autodoc and napoleon -----------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
autodoc_typehints = "signature"
# Docstrings are Google style; napoleon reads Args/Returns/Raises/Example sections.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# --- intersphinx --------------------------------------------------------------------------------

# The docs must build offline (CI cannot reach docs.python.org), so no inventory is
# fetched unless asked for: NEWSCORPUS_DOCS_INTERSPHINX=1 links stdlib and attrs names
# on a build with network access.  Offline, the external names below are left unlinked.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
if os.environ.get("NEWSCORPUS_DOCS_INTERSPHINX") == "1":
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
    }

# -n makes every unresolved reference an error.  Without inventories, names from the
# standard library and third-party packages that appear in signatures and docstrings
# cannot resolve; they are genuinely external, so they are ignored by module, never
# names of our own.  (Builtins and ``typing`` names need no entry: Sphinx knows them.)
nitpick_ignore_regex = [
    # The standard library: collections.abc.Iterable, os.PathLike, re.Pattern, datetime.datetime...
    (r"py:(class|obj|data|func|meth|attr|exc)", r"(collections\.abc|datetime|os|re)\.\w+"),
    # Third-party packages we build on: attrs.evolve, langdetect.DetectorFactory...
    (r"py:(class|obj|data|func|meth|attr|exc)", r"(attrs|langdetect|hypothesis)(\.\w+)+"),
]
nitpick_ignore = [
    # Lexicon's attrs-generated __init__ names its private rule type; users build a
    # Lexicon with load_lexicon() and Lexicon.extended(), never with the constructor.
    ("py:class", "newscorpus.boilerplate._lexicon._Rule"),
    # hypothesis.strategies.SearchStrategy, imported by newscorpus.testing only for type
    # checking (hypothesis is not a runtime dependency), so its annotation stays unqualified.
    ("py:class", "SearchStrategy"),
]

# --- doctest ------------------------------------------------------------------------------------

# Examples in the pages run with the package imported and the bundled sample corpus at hand.
doctest_global_setup = """
import newscorpus
from importlib.resources import files
SAMPLE = files("newscorpus") / "data" / "sample"
"""
# The ">>>" examples in docstrings run too (the API reference is built from them), so
# every example a reader sees, in a page or a docstring, is executed.
doctest_test_doctest_blocks = "default"

# --- HTML ---------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"newscorpus {release}"


# --- attribute docstrings are prose -------------------------------------------------------------

# napoleon reads the text before the first colon of an attribute's docstring as its type
# ("Where it came from: a path..." would become type "Where it came from").  Our types come
# from annotations, so attribute docstrings are kept as written: saved before napoleon
# (priority 500) sees them and put back after.
_ATTRIBUTE_KINDS = frozenset({"attribute", "data", "property"})
_saved: dict[str, list[str]] = {}


def _save_attribute_doc(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]
    if what in _ATTRIBUTE_KINDS:
        _saved[name] = list(lines)


def _restore_attribute_doc(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]
    if what in _ATTRIBUTE_KINDS and name in _saved:
        lines[:] = _saved.pop(name)


# attrs gives fields with a factory the sentinel NOTHING as their __init__ default, which
# reads as if NOTHING were a value; show "..." (computed when not given) instead.  The
# replacement must stay valid Python, or Sphinx stops parsing the signature.
def _factory_defaults(app, what, name, obj, options, signature, return_annotation):  # type: ignore[no-untyped-def]
    if signature and "NOTHING" in signature:
        signature = signature.replace("= NOTHING", "= ...").replace("=NOTHING", "=...")
    return signature, return_annotation


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("autodoc-process-signature", _factory_defaults)
    app.connect("autodoc-process-docstring", _save_attribute_doc, priority=100)
    app.connect("autodoc-process-docstring", _restore_attribute_doc, priority=900)
