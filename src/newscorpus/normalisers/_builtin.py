"""The built-in normalisers.

Every function here is a pure, total, idempotent ``str -> str`` step that works
on one paragraph at a time and never creates a blank line (``"\\n\\n"``),
because paragraphs are joined with one later.  They are registered through the
``newscorpus.normalisers`` entry-point group in our own ``pyproject.toml``,
exactly like third-party plugins; :data:`BUILTINS` repeats that table for a
source checkout that has not been installed (a test keeps the two equal).

Every regular expression here is written so that each input position is tried
a bounded number of times (anchored starts, no nested or overlapping
quantifiers), so the cost is linear in the length of the text; see
``benchmarks/bench_normalise.py``.

Most paragraphs need nothing from most steps, so the steps first rule that
out cheaply (``str.isascii``, ``str.isprintable``, substring tests, patterns
that start with a literal or a character class, which ``re`` can scan for).
Each fast path says in a comment why it gives what the full version gives;
``tests/test_normalisers.py`` checks the two agree with Hypothesis.
"""

from __future__ import annotations

import codecs
import encodings.cp1252
import functools
import html
import html.entities
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Final

import attrs
import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES
from ftfy.chardata import LIGATURES

from newscorpus._typing import Normaliser

__all__ = [
    "BUILTINS",
    "DEFAULT",
    "GluedWordSplitter",
    "PlaceNames",
    "brand_parts",
    "camel_case_names",
    "dashes",
    "dashes_ascii",
    "glued_words",
    "html_entities",
    "mojibake",
    "place_name_table",
    "place_names",
    "punctuation",
    "quote_marks",
    "unicode",
]

#: The steps the default pipeline runs, in order.  ``dashes_ascii`` is the
#: switchable alternative to ``dashes``; ``place_names`` is opt-in.
DEFAULT: Final[tuple[str, ...]] = (
    "html_entities",
    "mojibake",
    "unicode",
    "quote_marks",
    "punctuation",
    "glued_words",
    "dashes",
)

#: Built-in name -> ``"module:attribute"``, as in ``pyproject.toml``.
BUILTINS: Final[Mapping[str, str]] = {
    name: f"{__name__}:{name}" for name in (*DEFAULT, "dashes_ascii", "place_names")
}

_BLANK_LINES = re.compile(r"\n\n+")


def _no_blank_lines(text: str) -> str:
    # Steps that delete characters could bring two newlines together.
    return _BLANK_LINES.sub("\n", text) if "\n\n" in text else text


# --------------------------------------------------------------------------
# html_entities
# --------------------------------------------------------------------------

# A chain of escaped ampersands ("&amp;amp;lt;") is decoded in one go, so the
# step is idempotent: decoding "&amp;lt;" once must not leave "&lt;" behind.
_ENTITY = re.compile(
    r"&(?:(?:amp|AMP|#0*38|#[xX]0*26);)*"
    r"(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_HTML5: Final[Mapping[str, str]] = html.entities.html5
_DROP_DECODED = frozenset("\u00ad\u200b\u2060\ufeff")


def _decode_entity(match: re.Match[str]) -> str:
    body = match.group(1)
    if body[0] == "#":
        decoded = html.unescape(f"&{body};")
    elif f"{body};" in _HTML5:
        decoded = _HTML5[f"{body};"]
    else:
        # Unknown name: keep it, minus the escaped ampersands in front.
        return f"&{body};"
    if decoded in _DROP_DECODED:
        return ""
    if len(decoded) == 1 and unicodedata.category(decoded) == "Cc":
        # "&#10;" must not become a line break inside a paragraph.
        return " "
    return decoded


def html_entities(text: str) -> str:
    """Decode HTML character references left in text (``&amp;``, ``&#8217;``, ``&eacute;``).

    Escaped ampersands in front of a reference are decoded with it, so
    ``&amp;lt;`` becomes ``<`` in one step.  References to control characters
    become a space and references to invisible characters are dropped.

    Example:
        >>> html_entities("Q&amp;A: Kyiv&#8217;s caf&eacute;")
        'Q&A: Kyiv’s café'
    """
    if "&" not in text:
        return text
    # A decoded ";" or "&" can complete a new reference ("&amp&semi;lt;");
    # a few passes settle every realistic case.
    for _ in range(4):
        new = _ENTITY.sub(_decode_entity, text)
        if new == text:
            break
        text = new
    return _no_blank_lines(text)


# --------------------------------------------------------------------------
# mojibake
# --------------------------------------------------------------------------

_FTFY_CONFIG: Final = ftfy.TextFixerConfig(
    unescape_html=False,  # html_entities does this, chain-aware
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=False,  # full-width forms are normal in CJK text
    uncurl_quotes=False,  # curly quotes are evidence for quote extraction
    fix_line_breaks=False,  # unicode does this
    fix_surrogates=True,
    remove_control_chars=False,  # unicode does this
    normalization=None,  # unicode does NFC
    explain=False,
)


# Text made only of ASCII (without the escape character) and these common
# typographic marks is skipped, which is most English news.  Safe: every
# mojibake sequence ftfy repairs holds a character outside this set (UTF-8
# lead bytes read in Windows-1252 or Latin-1 are letters from U+00C2 up; in
# Mac Roman the marks here are lead bytes, never the continuation bytes).
_MAYBE_BROKEN = re.compile("[^\x00-\x1a\x1c-\x7f‘’“”„–—…]")


# What can make ftfy change a line, with the repairs _FTFY_CONFIG asks for.  Its mojibake
# test (ftfy.badness.is_bad) matches two non-ASCII characters in a row, neither of them one
# of its "common" characters (no-break space, dashes, ellipsis, apostrophe...), or one of
# "ÂÃÎÐØÙŒœ√", which start its other patterns; the other repairs touch C1 controls,
# ligatures, surrogates and terminal escapes.  A line with none of these is left alone
# without calling ftfy, which is most French, Spanish or German prose: accented letters
# stand between ASCII ones.  (tests/test_normalisers.py checks this against the installed
# ftfy, pattern by pattern.)
_FTFY_COMMON: Final = MOJIBAKE_CATEGORIES["common"]
_FTFY_SINGLES: Final = "\x1b\x80-\x9f\ud800-\udfffÂÃÎÐØÙŒœ√" + "".join(
    re.escape(chr(code)) for code in LIGATURES
)
_FTFY_MAY_CHANGE = re.compile(
    f"[{_FTFY_SINGLES}]|[^\x00-\x7f{_FTFY_COMMON}][^\x00-\x7f{_FTFY_COMMON}]"
)


def mojibake(text: str) -> str:
    """Repair mojibake (UTF-8 read as Latin-1 or Windows-1252) with ftfy, keeping curly quotes.

    Only ftfy's encoding fixers run, plus ligatures, surrogates and terminal
    escapes; quote straightening, width folding and normalisation are off.

    Example:
        >>> mojibake("Kremlinâ€™s â€œpretextâ€\x9d")
        'Kremlin’s “pretext”'
    """
    # Fast path, equivalent to _mojibake_full: on ASCII text (isascii() is
    # free: CPython keeps the flag) the only character _MAYBE_BROKEN matches
    # is the escape character.
    if text.isascii() and "\x1b" not in text:
        return text
    if not _MAYBE_BROKEN.search(text):
        return text
    return _no_blank_lines("\n".join(map(_fix_gated_line, text.split("\n"))))


def _fix_gated_line(line: str) -> str:
    """:func:`_fix_line`, without calling ftfy where it can find nothing."""
    return _fix_line(line) if _FTFY_MAY_CHANGE.search(line) else line


def _mojibake_full(text: str) -> str:
    """:func:`mojibake` without its fast path; the reference the tests compare it with."""
    if not _MAYBE_BROKEN.search(text):
        return text
    # Line by line (ftfy never joins lines when it does not fix line breaks),
    # so that only a line that changed is fixed again.
    return _no_blank_lines("\n".join(map(_fix_line, text.split("\n"))))


def _fix_line(line: str) -> str:
    if not _MAYBE_BROKEN.search(line):
        return line
    fixed = _settle(line)
    if _ODD_SPACE.search(fixed) or _DROP.search(fixed):
        # A no-break space in or after the broken bytes hides them from ftfy ("”ß\xa0", Mac
        # Roman for "ӧ"), and so does a zero-width space before them ("\u200b”ß"); `unicode`
        # turns the one into a space and drops the other after this step: read the line as
        # `unicode` will leave it, so that a second run finds nothing more (also after a
        # first repair: "\xa0À\x86" -> "\xa0À†" is still broken behind its space).
        probe = _ODD_SPACE.sub(" ", _DROP.sub("", fixed)).strip(" ")
        repaired = _settle(probe)
        if repaired != probe:
            return repaired
    return fixed


def _settle(line: str) -> str:
    """ftfy on ``line`` until it changes nothing (it may reveal more to fix)."""
    for _ in range(4):
        new = ftfy.fix_text(line, _FTFY_CONFIG)
        if new == line:
            break
        line = new
    return line


# --------------------------------------------------------------------------
# unicode
# --------------------------------------------------------------------------

# Invisible characters that carry no meaning in running text.  ZWJ and ZWNJ
# (U+200C, U+200D) stay: they are spelling in Persian, Indic scripts and emoji.
_INVISIBLE = "\u00ad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
_DROP = re.compile(f"[{_INVISIBLE}{_CONTROLS}]+")
_LINE_BREAK = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Patterns start with a literal and the str methods guard them: speed.
_SPACE_RUN = re.compile("  +")
_NEWLINE_RUN = re.compile("\n[ \n]*")


def unicode(text: str) -> str:
    """Unicode clean-up: NFC, drop controls and zero-width characters, one space, one line ending.

    Odd spaces (no-break, thin, ideographic...) and tabs become a space, every
    line ending becomes ``\\n``, runs of whitespace collapse (a run holding a
    line break to one ``\\n``) and the ends are stripped.

    Example:
        >>> unicode("  Kyiv\\u00a0 said\\u200b\\r\\n\\r\\nso.\\t")
        'Kyiv said\\nso.'
    """
    # Fast path, equivalent to _unicode_full: str.isprintable() is false for
    # every character of Unicode's "Other" and "Separator" categories but the
    # ASCII space, and every character that _DROP, _LINE_BREAK and _ODD_SPACE
    # match, and "\t", "\n" and "\r", is one of those (Cc, Cf, Zs, Zl, Zp; a
    # test checks each).  So on printable text that is already NFC (ASCII
    # always is), every step of the full version before the space runs does
    # nothing, and with no "\n" only the space runs and the strip are left.
    if text.isprintable() and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
        return text.strip(" \n")
    return _unicode_full(text)


def _unicode_full(text: str) -> str:
    """:func:`unicode` without its fast path; the reference the tests compare it with."""
    text = _DROP.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _LINE_BREAK.sub("\n", text)
    text = _ODD_SPACE.sub(" ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if "\n" in text:
        # Spaces are single now, so " \n" is the only space before a break.
        text = _NEWLINE_RUN.sub("\n", text.replace(" \n", "\n"))
    return text.strip(" \n")


# --------------------------------------------------------------------------
# quote_marks
# --------------------------------------------------------------------------

_DOUBLE_MARKS = re.compile('[“”„"]')
_HSPACE = " \t"
# What may stand just before a closing mark once the stray space is removed.
_BEFORE_CLOSING = frozenset(".,;:!?…)]%’'")
# Sentence punctuation that an opening mark must not touch ("said:“Yes").
_BEFORE_OPENING = frozenset(".,;:!?")


# What may follow a closing mark without a space being put in: no letter is
# cased.  The two patterns below start with a literal, which re scans for fast.
_QUOTE_SAFE_AFTER = " \t\n.,;:!?)]}'’”\"-–—…/%0123456789"
_OPENING_WORK = re.compile(
    f"“(?:[{_HSPACE}]|(?<=[{re.escape(''.join(sorted(_BEFORE_OPENING)))}]“))"
)
_CLOSING_WORK = re.compile(f"”(?:(?<=[{_HSPACE}]”)|[^{re.escape(_QUOTE_SAFE_AFTER)}])")


def _cased(char: str) -> bool:
    # Latin, Cyrillic, Greek... letters; not CJK, where no space follows a mark.
    return char.islower() or char.isupper()


def _closing_edits(text: str, pos: int, edits: dict[int, tuple[int, str]]) -> None:
    """Record the spacing repairs for the closing mark at ``pos``."""
    start = pos
    while start > 0 and text[start - 1] in _HSPACE:
        start -= 1
    if start < pos and start > 0:
        before = text[start - 1]
        if before.isalnum() or before in _BEFORE_CLOSING:
            edits[start] = (pos, "")  # "immediately, ”he" -> "immediately,”he"
    if pos + 1 < len(text) and _cased(text[pos + 1]):
        edits[pos + 1] = (pos + 1, " ")  # -> "immediately,” he"


def _opening_edits(
    text: str, pos: int, edits: dict[int, tuple[int, str]], mark: str | None = None
) -> None:
    """Record the spacing repairs for the opening mark at ``pos``, written as ``mark``."""
    end = pos + 1
    while end < len(text) and text[end] in _HSPACE:
        end += 1
    starts_words = end < len(text) and _cased(text[end])
    if end > pos + 1 and starts_words:
        edits[pos + 1] = (end, "")  # "“ Russia must" -> "“Russia must"
    space = " " if starts_words and pos > 0 and text[pos - 1] in _BEFORE_OPENING else ""
    if space or mark is not None:
        edits[pos] = (pos + 1, space + (mark or text[pos]))  # 'drones.“The' -> 'drones. “The'


def _next_mark(marks: list[int], index: int, text: str) -> str:
    return text[marks[index + 1]] if index + 1 < len(marks) else ""


def quote_marks(text: str) -> str:
    """Repair double quotation marks broken by scraping or machine translation.

    A curly closing mark separated from its text moves back to it
    (``immediately, ”he said`` -> ``immediately,” he said``); a space after an
    opening mark goes (``“ Russia`` -> ``“Russia``) and one goes before it
    after sentence punctuation (``drones.“The`` -> ``drones. “The``); a pair
    opened curly and closed straight, or the reverse, becomes curly
    (``“large-scale provocation"`` -> ``“large-scale provocation”``); a closing
    mark glued between an opening mark and a word goes (``“”This`` -> ``“This``).  Marks
    are read in order, so ``”`` is only treated as closing when a ``“`` or
    ``„`` is open; stray marks, straight pairs, inch marks (``12"``), German
    ``„…“`` and single quotes or apostrophes are left alone.

    Example:
        >>> quote_marks("“Stop the escalation immediately, ”he said.")
        '“Stop the escalation immediately,” he said.'
    """
    # Fast path, equivalent to _quote_marks_full.  Every edit is made at a
    # curly mark: by _opening_edits at a "“" (or at a straight mark later
    # closed by "”"), by _closing_edits at a "”" (or at a straight mark that
    # closes a "“"), or by reshaping a straight mark paired with a curly one.
    # So text without "“" and "”" is left alone, and so is text without a
    # straight mark in which no "“" is followed by a space or tab or preceded
    # by _BEFORE_OPENING (what _opening_edits needs) and no "”" is preceded by
    # a space or tab or followed by a cased letter (what _closing_edits needs;
    # no _QUOTE_SAFE_AFTER character is cased, a test checks).
    if "“" not in text and "”" not in text:
        return text
    if '"' not in text and not (_OPENING_WORK.search(text) or _CLOSING_WORK.search(text)):
        return text
    return _quote_marks_full(text)


def _quote_marks_full(text: str) -> str:
    """:func:`quote_marks` without its fast path; the reference the tests compare it with."""
    if not _DOUBLE_MARKS.search(text):
        return text
    marks = [m.start() for m in _DOUBLE_MARKS.finditer(text)]
    # edits: start -> (end, replacement), applied right to left at the end.
    edits: dict[int, tuple[int, str]] = {}
    open_at = -1
    open_mark = ""
    for index, pos in enumerate(marks):
        mark = text[pos]
        if mark == "„":
            open_at, open_mark = pos, mark
        elif mark == "“":
            if open_mark == "„":  # German „…“ closes here
                open_at, open_mark = -1, ""
                continue
            _opening_edits(text, pos, edits)
            open_at, open_mark = pos, mark
        elif mark == "”":
            if (
                open_mark == "“"
                and pos == open_at + 1
                and pos + 1 < len(text)
                and _cased(text[pos + 1])
            ):
                # "“”This is unfair,”": an opening mark doubled as a closing one; drop it.
                edits[pos] = (pos + 1, "")
                continue
            if open_mark in ("“", "„"):
                _closing_edits(text, pos, edits)
                open_at, open_mark = -1, ""
            elif open_mark == '"':
                # "…” : a straight opening closed curly.
                _opening_edits(text, open_at, edits, "“")
                _closing_edits(text, pos, edits)
                open_at, open_mark = -1, ""
            else:
                # A stray closing mark (or Swedish ”…”): take it as opening
                # so that a later ” pairs with it, but do not move it.
                open_at, open_mark = pos, mark
        else:  # straight "
            inch = pos > 0 and text[pos - 1].isdigit()
            if open_mark == "“":
                # Curly opened, straight closes, unless a curly close follows
                # (then this one is an inch mark or nested).
                if not inch and _next_mark(marks, index, text) != "”":
                    edits[pos] = (pos + 1, "”")
                    _closing_edits(text, pos, edits)
                    open_at, open_mark = -1, ""
            elif open_mark == '"':
                open_at, open_mark = -1, ""
            elif not inch:
                open_at, open_mark = pos, mark
    if not edits:
        return text
    pieces: list[str] = []
    last = len(text)
    for start in sorted(edits, reverse=True):
        end, replacement = edits[start]
        pieces.append(text[end:last])
        pieces.append(replacement)
        last = start
    pieces.append(text[:last])
    return "".join(reversed(pieces))


# --------------------------------------------------------------------------
# punctuation
# --------------------------------------------------------------------------

# "border.. This" -> "border. This"; an ellipsis ("...") or a range ("1..10")
# is not a doubled mark.  The word character before the mark is checked by a
# lookbehind after it, not before: the same matches, but a pattern that starts
# with a character class lets re skip to the candidates instead of trying
# every position.
_DOUBLED = re.compile(r"([.,])(?<=[^\W_][.,])\1(?![.,…])(?=\s|\Z|[”\"’)\]])")


def punctuation(text: str) -> str:
    """Collapse a doubled full stop or comma after a word (``border.. This`` -> ``border. This``).

    Ellipses (three or more dots, ``…``) and ranges such as ``1..10`` stay.

    Example:
        >>> punctuation("from the border.. This will be a first step,, and...")
        'from the border. This will be a first step, and...'
    """
    if ".." not in text and ",," not in text:
        return text
    return _DOUBLED.sub(r"\1", text)


# --------------------------------------------------------------------------
# glued_words
# --------------------------------------------------------------------------


def _letter_class(categories: Iterable[str]) -> str:
    """A regex character class body for the cased letters of the given categories."""
    wanted = frozenset(categories)
    # Cased scripts only (Latin, Greek, Cyrillic, Armenian, Latin extensions);
    # scripts without case never glue this way.
    blocks = ((0x41, 0x590), (0x10A0, 0x1100), (0x1E00, 0x2000), (0x2C00, 0x2D30), (0xA640, 0xA800))
    ranges: list[tuple[int, int]] = []
    for low, high in blocks:
        for code in range(low, high):
            if unicodedata.category(chr(code)) in wanted:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_L = _letter_class(["Ll"])
_U = _letter_class(["Lu", "Lt"])
_HUMP = re.compile(rf"(?<=[{_L}])(?=[{_U}][{_L}])")
# A lower-case letter, a capital, a lower-case letter; found by its capital,
# since re skips quickly to a character of the first class and capitals are
# rarer than lower-case letters.  match.start() is the capital.
_ANY_HUMP = re.compile(rf"[{_U}](?<=[{_L}][{_U}])[{_L}]")
_SPACE = re.compile(r"\s")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# URLs, e-mail addresses, @handles, #hashtags and code are left alone.
_NOT_PROSE = re.compile(r"://|www\.|@|\A#|[_=<>{}\[\]()`\\/|~^*$+]|[^\W\d_]\.[^\W\d_]")
# Name prefixes that are followed by a capital in real names: MacArthur, FitzGerald.
_NAME_PREFIXES = frozenset({"Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Den", "Der"})


def _trailing_lower(word: str) -> int:
    count = 0
    for char in reversed(word):
        if not char.islower():
            break
        count += 1
    return count


@functools.cache
def _lexicon() -> dict[str, list[str]]:
    data = resources.files(__package__).joinpath("camel_case_names.json").read_text("utf-8")
    lexicon: dict[str, list[str]] = json.loads(data)
    return lexicon


def camel_case_names() -> tuple[str, ...]:
    """The bundled lexicon of real camel-case names (``iPhone``, ``YouTube``...)."""
    return tuple(_lexicon()["names"])


def brand_parts() -> frozenset[str]:
    """Words that brands glue to another capitalised word (``Labs``, ``Open``, ``Soft``...)."""
    return frozenset(_lexicon()["brand_parts"])


def _protect_table(names: Iterable[str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Map a hump to the (humps before it, prefix of the next hump) pairs it must stay with."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in names:
        humps = _HUMP.split(name)
        for k in range(1, len(humps)):
            table.setdefault(humps[k - 1], []).append((tuple(humps[:k]), humps[k]))
    return {key: tuple(value) for key, value in table.items()}


@attrs.frozen
class GluedWordSplitter:
    """Split words glued together where a tag boundary was lost (``articleComments``).

    A space goes where a run of at least two lower-case letters meets a
    capitalised word (``articleComments``).  When the left word is itself
    capitalised (``UkraineAllies``), brand names are likely (``PythonLabs``),
    so it must have four letters or more and neither word may be a common
    brand part (:func:`brand_parts`).  Never split: a name from the lexicon
    (its inflections too: ``YouTubers``), a name prefix (``MacArthur``), and
    anything in a URL, e-mail address, @handle, #hashtag or code.  Build one
    with extra names to extend the bundled lexicon; instances pickle.

    Example:
        >>> split = GluedWordSplitter(extra_names=("SoundBlaster",))
        >>> split("no de-escalationInstead, a SoundBlaster on YouTube")
        'no de-escalation Instead, a SoundBlaster on YouTube'
    """

    extra_names: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    _protect: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )

    _brand_parts: frozenset[str] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        table = _protect_table((*camel_case_names(), *self.extra_names))
        object.__setattr__(self, "_protect", table)
        object.__setattr__(self, "_brand_parts", brand_parts())

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.extra_names,))

    def __call__(self, text: str) -> str:
        """Split the glued words of ``text``."""
        # Each whitespace-delimited chunk holding a hump is split on its own.
        # The chunk is found from the hump: back to the whitespace before it
        # (never past the previous chunk, so the scan is linear) and on to the
        # next.  re's \s and str.isspace() are the same test (Py_UNICODE_ISSPACE).
        hump = _ANY_HUMP.search(text)
        if hump is None:  # most text has none
            return text
        pieces: list[str] = []
        last = 0
        while hump is not None:
            start = hump.start() - 1  # the lower-case letter before the capital
            while start > last and not text[start - 1].isspace():
                start -= 1
            space = _SPACE.search(text, hump.end())
            end = len(text) if space is None else space.start()
            pieces.append(text[last:start])
            pieces.append(self._chunk(text[start:end]))
            last = end
            hump = _ANY_HUMP.search(text, end)
        pieces.append(text[last:])
        return "".join(pieces)

    def _chunk(self, chunk: str) -> str:
        if _NOT_PROSE.search(chunk):
            return chunk
        return _LETTER_RUN.sub(self._run, chunk)

    def _run(self, match: re.Match[str]) -> str:
        run = match.group()
        humps = _HUMP.split(run)
        if len(humps) == 1:
            return run
        pieces = [humps[0]]
        for index in range(1, len(humps)):
            if self._glued(humps, index):
                pieces.append(" ")
            pieces.append(humps[index])
        return "".join(pieces)

    def _glued(self, humps: list[str], index: int) -> bool:
        left, right = humps[index - 1], humps[index]
        if _trailing_lower(left) < 2:  # iPhone, eBay, McCain, DeSantis
            return False
        if index == 1 and left in _NAME_PREFIXES:
            return False
        if left[0].isupper() and (
            _trailing_lower(left) < 3
            or left in self._brand_parts
            or right in self._brand_parts
            or right.removesuffix("s") in self._brand_parts
        ):
            return False  # YouTube, PayPal, PythonLabs, OpenVision
        for before, start in self._protect.get(left, ()):
            k = len(before)
            if index >= k and tuple(humps[index - k : index]) == before and right.startswith(start):
                return False
        return True


@functools.cache
def _default_splitter() -> GluedWordSplitter:
    return GluedWordSplitter()


def glued_words(text: str) -> str:
    """Split words glued at lost tag boundaries: ``articleComments`` -> ``article Comments``.

    Real camel-case names (``iPhone``, ``YouTube``, ``McDonald``...) and URLs,
    handles and code are left alone; see :class:`GluedWordSplitter`.

    Example:
        >>> glued_words("Share this articleComments on YouTube")
        'Share this article Comments on YouTube'
    """
    if _ANY_HUMP.search(text) is None:  # most text has none: skip the splitter's call
        return text
    return _default_splitter()(text)


# --------------------------------------------------------------------------
# dashes
# --------------------------------------------------------------------------

# Each match starts right after a non-space character, so a long run of
# spaces is scanned once.  As in _DOUBLED, the lookbehinds come after the
# first character, which re can then scan for: the same matches as
# (?<=\S)[ \t]+... and (?<=[^\W_])--..., found faster.
_SPACED_DASH = re.compile(r"[ \t](?<=\S[ \t])[ \t]*(?:-{1,3}|[\u2013\u2014\u2015])[ \t]+(?=\S)")
_DOUBLE_HYPHEN = re.compile(r"--(?<=[^\W_]--)(?=[^\W_])")
# _SPACED_DASH needs a space or tab just before a dash: two-character
# substring searches rule it out faster than the pattern can.
_SPACE_DASH_PAIRS: Final = tuple(
    (dash, f" {dash}", f"\t{dash}") for dash in ("-", "\u2013", "\u2014", "\u2015")
)


def _maybe_spaced_dash(text: str) -> bool:
    for dash, space_dash, tab_dash in _SPACE_DASH_PAIRS:
        if dash in text and (space_dash in text or tab_dash in text):
            return True
    return False


def _between_digits(match: re.Match[str]) -> bool:
    text = match.string
    end = match.end()
    return text[match.start() - 1].isdigit() and end < len(text) and text[end].isdigit()


def _em_dash(match: re.Match[str]) -> str:
    return match.group() if _between_digits(match) else " — "


def dashes(text: str) -> str:
    """Typographic dashes and ellipses: a spaced em dash between words, ``…`` for three dots.

    ``a - b``, ``a -- b``, ``a – b`` and ``a — b`` become ``a — b``, and
    ``a--b`` becomes ``a—b``; hyphenated words, number ranges (``3 - 2``,
    ``2014–2015``) and list markers at the start stay.  Use
    ``dashes_ascii`` instead for plain ASCII.

    Example:
        >>> dashes("The agreements -- named after Minsk - sought peace...")
        'The agreements — named after Minsk — sought peace…'
    """
    # Fast path: the patterns only run where they can match.
    if _maybe_spaced_dash(text):
        text = _SPACED_DASH.sub(_em_dash, text)
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub("—", text)
    return text.replace("...", "…")


def _ascii_dash(match: re.Match[str]) -> str:
    return match.group() if _between_digits(match) else " -- "


def dashes_ascii(text: str) -> str:
    """ASCII dashes and ellipses: ``--`` for a dash between words, ``...`` for ``…``.

    The alternative to ``dashes``: spaced dashes become `` -- ``, an em dash
    ``--``, an en dash ``-`` and ``…`` three dots.

    Example:
        >>> dashes_ascii("The agreements — named after Minsk – sought peace…")
        'The agreements -- named after Minsk -- sought peace...'
    """
    if _maybe_spaced_dash(text):
        text = _SPACED_DASH.sub(_ascii_dash, text)
    text = text.replace("—", "--").replace("―", "--").replace("–", "-")
    return text.replace("…", "...")


# --------------------------------------------------------------------------
# place_names
# --------------------------------------------------------------------------


@functools.cache
def place_name_table() -> Mapping[str, str]:
    """The bundled place-name table: spelling variant -> preferred spelling."""
    data = resources.files(__package__).joinpath("place_names.json").read_text("utf-8")
    variants: dict[str, str] = json.loads(data)["variants"]
    return variants


def _check_table(table: Mapping[str, str]) -> dict[str, str]:
    table = dict(table)
    for variant, preferred in table.items():
        if not isinstance(variant, str) or not isinstance(preferred, str) or not variant:
            msg = f"expected a table of non-empty str -> str, got {variant!r}: {preferred!r}"
            raise TypeError(msg)
    # Idempotence: no preferred spelling may itself contain a variant.
    pattern = _place_pattern(table)
    for preferred in table.values():
        hit = pattern.search(preferred)
        if hit:
            msg = (
                f"place-name table maps to {preferred!r}, which contains the variant "
                f"{hit.group()!r}; a preferred spelling must not contain a variant"
            )
            raise ValueError(msg)
    return table


def _place_pattern(table: Mapping[str, str]) -> re.Pattern[str]:
    keys = sorted({*table, *(key.upper() for key in table)}, key=len, reverse=True)
    if not keys:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b")


@attrs.frozen
class PlaceNames:
    """Replace place-name spelling variants by one preferred spelling, from a table you can extend.

    Matches are whole words and case-sensitive; the all-capitals form of a
    variant maps to the all-capitals spelling.  Instances pickle.

    Example:
        >>> extended = PlaceNames({**place_name_table(), "Artemovsk": "Artemivsk"})
        >>> extended("From Kiev to Artemovsk and KHARKOV")
        'From Kyiv to Artemivsk and KHARKIV'
    """

    # A dict is unhashable: hash on nothing, equality on the table.
    table: Mapping[str, str] = attrs.field(converter=_check_table, hash=False)
    _pattern: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_pattern", _place_pattern(self.table))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.table,))

    def __call__(self, text: str) -> str:
        """Replace the variants in ``text``."""
        return self._pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        word = match.group()
        if word in self.table:
            return self.table[word]
        return next(v.upper() for k, v in self.table.items() if k.upper() == word)


@functools.cache
def _default_places() -> PlaceNames:
    return PlaceNames(place_name_table())


def place_names(text: str) -> str:
    """Place-name spellings to one convention (Kiev -> Kyiv, Donbass -> Donbas); not in DEFAULT.

    Uses the bundled table (:func:`place_name_table`); build a
    :class:`PlaceNames` with your own table to extend it.

    Example:
        >>> place_names("Shelling near Lugansk, in the Donbass; Kiev replies")
        'Shelling near Luhansk, in the Donbas; Kyiv replies'
    """
    return _default_places()(text)


# --------------------------------------------------------------------------
# which default steps can change a paragraph
# --------------------------------------------------------------------------

# Most paragraphs need nothing from any default step, yet each step's fast path scans the
# whole paragraph for what it needs: a capital after a lower-case letter, a doubled mark, a
# spaced dash, an unprintable or non-NFC character, a suspicious non-ASCII one.
# `steps_that_may_change` makes those scans at once on an image of the paragraph in which
# every character is replaced by one letter naming its class, so that each scan is a
# substring test on a short alphabet.  The image is built by C calls: the typographic marks
# are replaced by ASCII characters of the same class (which leaves most English text ASCII),
# the text is encoded (ASCII, or else Windows-1252: Latin-1 letters, one byte a character)
# and the bytes are translated to classes.  Text that Windows-1252 cannot encode runs every
# step.

#: The steps `steps_that_may_change` answers for.
SCREENED: Final[frozenset[Normaliser]] = frozenset(
    {html_entities, mojibake, unicode, quote_marks, punctuation, glued_words, dashes}
)
_NONE: Final[frozenset[Normaliser]] = frozenset()

#: The marks `mojibake` accepts beside ASCII, and an ASCII character of the same class for
#: each (curly double quotes are looked for in the text itself).
_MARK_STAND_INS: Final = (
    *(("‘", "'"), ("’", "'"), ("„", '"'), ("…", "'")),
    *(("“", '"'), ("”", '"')),
    *(("–", "-"), ("—", "-")),
)
_CP1252: Final = encodings.cp1252.encoding_table
_LOWER: Final = re.compile(f"[{_L}]")
_UPPER: Final = re.compile(f"[{_U}]")


def _char_class(char: str) -> str:
    """The class letter of one character in the image `steps_that_may_change` scans."""
    if not char.isprintable():  # unicode rewrites it (tabs, controls, odd spaces, escapes)
        return "u"
    if char == "&":  # html_entities
        return "&"
    if char in ".,":  # punctuation's doubled marks, dashes' "..."
        return "."
    if char in " -–—":  # unicode's double spaces, dashes' spaced dash and "--"
        return " "
    if _LOWER.fullmatch(char):  # glued_words' humps
        return "a"
    if _UPPER.fullmatch(char):
        return "A"
    return "x"


#: Windows-1252 byte -> class letter (undefined bytes decode to U+FFFE, unprintable).
_CLASS_OF_BYTE: Final = "".join(
    _char_class(encodings.cp1252.decoding_table[byte]) for byte in range(256)
).encode("ascii")


def steps_that_may_change(text: str) -> frozenset[Normaliser]:
    """The steps of :data:`SCREENED` that could change *text*; the others leave it as it is.

    Conservative: a step named here may still find nothing to do.  Each test is the one the
    step's own fast path makes, on the class image (see the comment above): a spaced or
    doubled dash and a double space both show as two spaces, a doubled full stop or comma
    and "..." as two dots, a hump as lower-upper-lower.  Printable Windows-1252 text is
    always NFC (a test checks every pair of its characters), so ``unicode`` only has double
    spaces and spaces at the ends left to find.
    """
    steps: list[Normaliser] = []
    plain = text
    if not text.isascii():
        if "“" in text or "”" in text:
            steps.append(quote_marks)
        for mark, stand_in in _MARK_STAND_INS:
            plain = plain.replace(mark, stand_in)
    if plain.isascii():
        encoded = plain.encode("ascii")
    else:
        steps.append(mojibake)  # a non-ASCII character that is none of its marks
        try:
            encoded = codecs.charmap_encode(plain, "strict", _CP1252)[0]
        except UnicodeEncodeError:
            return SCREENED
    image = encoded.translate(_CLASS_OF_BYTE).decode("ascii")
    if "u" in image:
        return SCREENED
    if "&" in image:
        steps.append(html_entities)
    if "  " in image or text[:1] == " " or text[-1:] == " ":
        steps += (unicode, dashes)
    if ".." in image:
        steps += (punctuation, dashes)
    # (the pair first: its capital is rare, so that search skips ahead)
    if "aA" in image and "aAa" in image:
        steps.append(glued_words)
    return frozenset(steps) if steps else _NONE
