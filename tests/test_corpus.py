"""Loading corpora: sources of every kind, rejects accounted for, JSONL round-trip."""

from __future__ import annotations

import io
import json
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import Article, Corpus, LoadError, LoadErrors
from newscorpus.serialise import from_json, to_dict, to_json
from strategies import articles

GOOD = (
    "Harbour reopens\n\nThe harbour reopened on Monday after a two-week closure, officials said.\n"
)
OTHER = "Rates held\n\nThe central bank left its rate unchanged on Thursday, the café owners’ group said.\n"


@pytest.fixture
def folder(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="cp1252")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "sub" / "d.txt").write_text(
        "- Advertisement -\n\nShare this article\n", encoding="utf-8"
    )
    return tmp_path


def test_load_directory_collect(folder: pathlib.Path) -> None:
    """A directory loads recursively; bad files become rejects with their reason."""
    corpus = newscorpus.load(folder, on_error="collect")
    assert len(corpus) == 2
    assert len(corpus) + len(corpus.rejects) == 4
    reasons = {pathlib.Path(r.source).name: r.reason for r in corpus.rejects}
    assert "binary" in reasons["c.txt"]
    assert "found none" in reasons["d.txt"]


def test_load_raise_gathers_every_bad_document(folder: pathlib.Path) -> None:
    """on_error='raise' raises one group holding every bad document, each with a location note."""
    with pytest.raises(LoadErrors) as info:
        newscorpus.load(folder)
    assert len(info.value.exceptions) == 2
    assert isinstance(info.value, newscorpus.NewscorpusError)
    notes = [n for e in info.value.exceptions for n in e.__notes__]
    assert any("c.txt" in n for n in notes)


def test_encoding_recorded(folder: pathlib.Path) -> None:
    """The encoding used for each file is in its origin."""
    corpus = newscorpus.load(folder, on_error="collect")
    encodings = {pathlib.Path(a.origin.path or "").name: a.origin.encoding for a in corpus}
    assert encodings == {"a.txt": "utf-8", "b.txt": "cp1252"}


def test_glob_and_iterable(folder: pathlib.Path) -> None:
    """Glob patterns and lists of paths are accepted."""
    assert len(newscorpus.load(str(folder / "*.txt"))) == 2
    assert len(newscorpus.load([folder / "a.txt", folder / "b.txt"])) == 2


def test_missing_path_is_a_clear_error(tmp_path: pathlib.Path) -> None:
    """A path with nothing there is a LoadError naming it."""
    with pytest.raises(LoadError, match="nothing there"):
        newscorpus.load(tmp_path / "missing.txt")


def test_bad_on_error() -> None:
    """An unknown on_error value is refused up front."""
    with pytest.raises(ValueError, match="on_error"):
        newscorpus.load([], on_error="ignore")  # type: ignore[arg-type]


def test_iter_articles_streams_and_collects(folder: pathlib.Path) -> None:
    """iter_articles yields good articles and puts rejects in the given list."""
    rejects: list[newscorpus.Reject] = []
    got = list(newscorpus.iter_articles(folder, on_error="collect", rejects=rejects))
    assert len(got) + len(rejects) == 4


def test_iter_articles_collect_needs_a_list(folder: pathlib.Path) -> None:
    """Collecting without a list to put rejects in would lose them, so it is refused."""
    with pytest.raises(TypeError, match="rejects"):
        list(newscorpus.iter_articles(folder, on_error="collect"))


def test_bytes_and_file_objects() -> None:
    """Raw bytes and file objects are single documents."""
    assert len(newscorpus.load(GOOD.encode())) == 1
    assert len(newscorpus.load(io.StringIO(GOOD))) == 1


def test_jsonl_round_trip_file(folder: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Corpus.to_jsonl then load gives back equal articles."""
    corpus = newscorpus.load(folder, on_error="collect")
    out = tmp_path / "out.jsonl"
    assert corpus.to_jsonl(out) == len(corpus)
    again = newscorpus.load(out)
    assert again.articles == corpus.articles


def test_jsonl_crawler_records_and_bad_lines(tmp_path: pathlib.Path) -> None:
    """Crawler JSON lines are parsed; a malformed line is a reject naming its line number."""
    lines = [
        json.dumps({"url": "https://example.org/1", "title": "Harbour reopens", "maintext": GOOD}),
        "{not json",
        json.dumps({"url": "https://example.org/2", "nothing": "here"}),
        "",
        json.dumps({"text": OTHER, "language": "en"}),
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    corpus = newscorpus.load(path, on_error="collect")
    assert len(corpus) == 2
    assert sorted(r.line for r in corpus.rejects if r.line) == [2, 3]
    assert corpus[0].url == "https://example.org/1"
    assert corpus[0].origin.line == 1


@given(articles())
def test_json_round_trip(article: Article) -> None:
    """Any valid article survives to_json/from_json unchanged."""
    assert from_json(to_json(article)) == article


@settings(max_examples=20)
@given(st.lists(articles(), max_size=4))
def test_corpus_jsonl_round_trip(items: list[Article]) -> None:
    """load(dump(corpus)) == corpus for any corpus."""
    corpus = Corpus(articles=items)
    buf = io.StringIO()
    corpus.to_jsonl(buf)
    again = newscorpus.load(buf.getvalue().encode()) if items else Corpus()
    assert again.articles == corpus.articles


def test_contract_keys() -> None:
    """Serialised articles carry at least the keys of the JSON contract, schema first."""
    a = newscorpus.parse_text(GOOD)
    d = to_dict(a)
    want = {"schema", "id", "url", "origin", "title", "authors", "published", "language", "paragraphs",
            "text", "quotes", "sources", "removed", "normalised_by"}  # fmt: skip
    assert want <= d.keys()
    assert next(iter(d)) == "schema"
    assert set(d["origin"]) >= {"path", "format", "encoding"}


def test_schema_mismatch() -> None:
    """A record of another schema version is refused with a clear message."""
    from newscorpus.exceptions import SchemaError

    d = to_dict(newscorpus.parse_text(GOOD))
    d["schema"] = 99
    with pytest.raises(SchemaError, match="expected schema 1, got 99"):
        from_json(json.dumps(d))


def test_rows_for_pandas() -> None:
    """Corpus.quotes() and Corpus.sources() give flat rows keyed by article id."""
    a = newscorpus.parse_text(
        'Bridge\n\n"We will reopen the bridge on Friday," the mayor said on Monday.\n'
    )
    corpus = Corpus(articles=[a])
    rows = corpus.quotes()
    assert rows and rows[0]["article"] == a.id and "speaker" in rows[0]
    assert corpus.filter(language="xx").articles == ()
    assert sum(corpus.languages().values()) == 1


def test_workers_give_the_same_corpus(folder: pathlib.Path) -> None:
    """Loading with two worker processes gives the same articles and rejects, in order."""
    one = newscorpus.load(folder, on_error="collect")
    two = newscorpus.load(folder, on_error="collect", workers=2)
    assert two == one


def test_pipeline_pickles() -> None:
    """A Pipeline pickles, so it can be shipped to worker processes or Dask."""
    import pickle

    pipeline = newscorpus.Pipeline(detect_language=False)
    again = pickle.loads(pickle.dumps(pipeline))
    assert again == pipeline
    assert again.parse_text(GOOD) == pipeline.parse_text(GOOD)


@pytest.mark.parametrize(
    ("key", "value"),
    [("authors", "Jane Doe"), ("id", None), ("url", 5), ("paragraphs", "One."), ("origin", "x"),
     ("quotes", ["q"]), ("schema", True), ("title", ["a"])],
)  # fmt: skip
def test_wrong_types_refused(key: str, value: object) -> None:
    """A record with a wrongly typed field is a SchemaError, never silently reshaped."""
    from newscorpus.exceptions import SchemaError
    from newscorpus.serialise import from_dict

    record = to_dict(newscorpus.parse_text(GOOD))
    record[key] = value
    with pytest.raises(SchemaError):
        from_dict(record)


def test_surrogates_and_line_separators_stay_on_one_line(tmp_path: pathlib.Path) -> None:
    """A lone surrogate or U+2028 in a field is escaped: one valid UTF-8 line that reads back."""
    article = newscorpus.parse_text(GOOD, url="http://example.org/\udc80\u2028x")
    path = tmp_path / "out.jsonl"
    Corpus(articles=[article]).to_jsonl(path)
    raw = path.read_bytes()
    assert raw.count(b"\n") == 1
    raw.decode("utf-8")
    for source in (path, raw, io.BytesIO(raw), io.StringIO(raw.decode())):
        assert newscorpus.load(source).articles == (article,)


def test_jsonl_bytes_with_html_records_are_jsonl() -> None:
    """JSON lines given as bytes are sniffed as JSON lines even when records hold HTML."""
    lines = [
        json.dumps(
            {"url": f"https://example.org/{i}", "html": f"<html><body><p>{GOOD}</p></body></html>"}
        )
        for i in range(2)
    ]
    corpus = newscorpus.load("\n".join(lines).encode(), on_error="collect")
    assert len(corpus) == 2 and [a.origin.format for a in corpus] == ["jsonl", "jsonl"]


def test_missing_path_among_many_is_a_reject(folder: pathlib.Path) -> None:
    """One missing path in a list is that path's reject; the others load."""
    corpus = newscorpus.load([folder / "a.txt", folder / "nope.txt"], on_error="collect")
    assert len(corpus) == 1 and len(corpus.rejects) == 1
    assert "nope.txt" in corpus.rejects[0].reason


def test_jsonl_bytes_decode_line_by_line(tmp_path: pathlib.Path) -> None:
    """One cp1252 line in JSON lines given as bytes leaves the UTF-8 lines alone, as from a file."""
    text = "Le café du village rouvre ses portes lundi, a annoncé la mairie dans un communiqué."
    raw = (
        json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
        + b"\n"
        + json.dumps({"text": text}, ensure_ascii=False).encode("cp1252")
        + b"\n"
    )
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(raw)
    for source in (raw, path):
        corpus = newscorpus.load(source)
        assert [a.origin.encoding for a in corpus] == ["utf-8", "cp1252"]
        assert all("café" in a.text for a in corpus)


def kiev_to_kyiv(text: str) -> str:
    """A module-level normaliser, registered at run time by the test below."""
    return text.replace("Kiev", "Kyiv")


def test_spawned_workers_know_normalisers_registered_at_run_time(
    folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers started by spawn import the package afresh; run-time registrations go with them."""
    import multiprocessing

    from newscorpus import _corpus, normalisers
    from newscorpus.normalisers import _registry

    monkeypatch.setattr(_registry, "_REGISTERED", {})
    monkeypatch.setattr(_corpus, "_MP_CONTEXT", multiprocessing.get_context("spawn"))
    normalisers.register("test-kiev", kiev_to_kyiv)
    pipeline = newscorpus.Pipeline(
        normalisers=(*normalisers.DEFAULT, "test-kiev"), detect_language=False
    )
    one = newscorpus.load(folder, pipeline=pipeline, on_error="collect")
    two = newscorpus.load(folder, pipeline=pipeline, on_error="collect", workers=2)
    assert len(one) and two == one


def test_unpicklable_run_time_normaliser_is_a_clear_error(
    folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lambda registered at run time cannot reach worker processes: one clear error, up front."""
    from newscorpus import normalisers
    from newscorpus.exceptions import PluginError
    from newscorpus.normalisers import _registry

    monkeypatch.setattr(_registry, "_REGISTERED", {})
    normalisers.register("test-lambda", lambda text: text)
    pipeline = newscorpus.Pipeline(normalisers=("test-lambda",), detect_language=False)
    with pytest.raises(PluginError, match=r"test-lambda.*workers=1"):
        newscorpus.load(folder, pipeline=pipeline, workers=2)


def test_deeply_nested_json_line_is_a_reject(tmp_path: pathlib.Path) -> None:
    """A JSON line nested past the parser's depth is that line's reject, not a crash."""
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps({"text": GOOD}) + "\n" + '{"text": ' + "[" * 100_000 + "}\n")
    corpus = newscorpus.load(path, on_error="collect")
    assert len(corpus) == 1 and len(corpus.rejects) == 1
    assert corpus.rejects[0].line == 2 and "nested too deeply" in corpus.rejects[0].reason
    from newscorpus.exceptions import SchemaError

    with pytest.raises(SchemaError, match="nested too deeply"):
        from_json("[" * 100_000)


def exit_process(text: str) -> str:
    """A normaliser that kills the process running it (a worker that dies, as when out of memory)."""
    import os

    os._exit(3)


def test_a_dead_worker_is_a_clear_error(
    folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process that dies ends the load with one ExtractionError saying what to try."""
    from newscorpus import normalisers
    from newscorpus.exceptions import ExtractionError
    from newscorpus.normalisers import _registry

    monkeypatch.setattr(_registry, "_REGISTERED", {})
    normalisers.register("test-exit", exit_process)
    pipeline = newscorpus.Pipeline(normalisers=("test-exit",), detect_language=False)
    with pytest.raises(ExtractionError, match="workers=1"):
        newscorpus.load(folder, pipeline=pipeline, workers=2, on_error="collect")


def test_jsonl_bytes_cut_inside_a_character_are_still_jsonl() -> None:
    """Bytes are sniffed from their first 4 KB; a cut inside a four-byte character (whose
    bytes Windows-1252 cannot read either) does not make a JSON lines dump plain text."""
    from newscorpus.serialise import to_json

    split = 0
    for pad in range(4):  # one of four paddings puts the cut inside a character
        text = "x" * pad + " The council voted to close the bridge. " + "\U0001d400" * 1500
        article = newscorpus.parse_text(text)
        data = (to_json(article) + "\n").encode()
        try:
            data[:4096].decode("utf-8")
        except UnicodeDecodeError:
            split += 1
        assert newscorpus.load(data).articles == (article,)
    assert split
