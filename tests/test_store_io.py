"""Dump and load whole stores as N-Quads and TriG, gzip or not, embedded and remote."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from oxigraph_server import OxigraphServer, start

from diplokg.errors import StoreError
from diplokg.store import EmbeddedStore, GraphStore
from diplokg.store_io import dump, format_of, load, scan
from diplokg.store_remote import SparqlStore

EX = "http://example.org/"
LIBRARY = Path(__file__).parent / "fixtures" / "library.trig"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def quad(s: str, p: str, o: ox.Literal | str, g: str) -> ox.Quad:
    obj = o if isinstance(o, ox.Literal) else ox.NamedNode(EX + o)
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj, ox.NamedNode(EX + g))


QUADS = [
    quad("a", "p", "b", "g1"),
    quad("a", "name", ox.Literal('Łódź "quoted"\n', language="pl"), "g1"),
    quad("a", "n", ox.Literal("42", datatype=ox.NamedNode(XSD_INTEGER)), "g2"),
    quad("b", "p", "c", "g2"),
    quad("c", "label", ox.Literal("plain"), "g3"),
]


def filled(store: GraphStore) -> GraphStore:
    store.add_quads(QUADS)
    return store


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = start(tmp_path_factory.mktemp("oxigraph-io") / "db")
    yield server
    server.stop()


@pytest.fixture
def remote(oxigraph: OxigraphServer) -> SparqlStore:
    store = SparqlStore(oxigraph.url, timeout=10, chunk_quads=2)  # tiny chunks: many requests
    store.update("DROP ALL")
    return store


def backend_store(backend: str, request: pytest.FixtureRequest) -> GraphStore:
    if backend == "embedded":
        return EmbeddedStore(None)
    return request.getfixturevalue("remote")


@pytest.mark.parametrize("name", ["graph.nq", "graph.nq.gz", "graph.trig", "graph.trig.gz"])
def test_dump_then_load_gives_back_every_quad(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert dump(filled(EmbeddedStore(None)), path) == len(QUADS)
    target = EmbeddedStore(None)
    report = load(target, path)
    assert report.quads == len(QUADS)
    assert report.graphs == [EX + "g1", EX + "g2", EX + "g3"]
    assert set(target.quads()) == set(QUADS)


def test_a_gzipped_dump_is_gzip_and_a_plain_one_is_text(tmp_path: Path) -> None:
    store = filled(EmbeddedStore(None))
    dump(store, tmp_path / "g.nq.gz")
    dump(store, tmp_path / "g.nq")
    assert gzip.decompress((tmp_path / "g.nq.gz").read_bytes()) == (tmp_path / "g.nq").read_bytes()
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(QUADS)
    assert all(line.endswith(" .") for line in lines)


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "graph.data"
    dump(filled(EmbeddedStore(None)), path, "trig")
    assert path.read_text(encoding="utf-8").lstrip().startswith("@prefix")
    with pytest.raises(StoreError, match="cannot tell the format"):
        load(EmbeddedStore(None), path)


def test_remote_dump_and_remote_load_round_trip(tmp_path: Path, remote: SparqlStore) -> None:
    source = filled(EmbeddedStore(None))
    dump(source, tmp_path / "in.trig.gz")
    load(remote, tmp_path / "in.trig.gz")
    assert set(remote.quads()) == set(QUADS)
    assert dump(remote, tmp_path / "out.nq") == len(QUADS)
    back = EmbeddedStore(None)
    load(back, tmp_path / "out.nq")
    assert set(back.quads()) == set(QUADS)


def test_remote_dump_without_a_graph_store_endpoint_goes_graph_by_graph(
    tmp_path: Path, remote: SparqlStore, oxigraph: OxigraphServer
) -> None:
    remote.add_quads(QUADS)
    protocol_only = SparqlStore(
        query_endpoint=f"{oxigraph.url}/query", update_endpoint=f"{oxigraph.url}/update"
    )
    assert dump(protocol_only, tmp_path / "out.nq") == len(QUADS)
    back = EmbeddedStore(None)
    load(back, tmp_path / "out.nq")
    assert set(back.quads()) == set(QUADS)


@pytest.mark.parametrize("backend", ["embedded", "remote"])
def test_a_file_malformed_half_way_writes_nothing(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    store = backend_store(backend, request)
    good = "".join(f"<{EX}s{i}> <{EX}p> \"{i}\" <{EX}g> .\n" for i in range(20))
    path = tmp_path / "broken.nq"
    path.write_text(good + f"<{EX}s> <{EX}p> this is not a term <{EX}g> .\n", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load(store, path)
    assert "broken.nq" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert store.quad_count() == 0


def test_a_broken_file_leaves_a_filled_store_as_it_was(tmp_path: Path) -> None:
    store = filled(EmbeddedStore(tmp_path / "db"))
    path = tmp_path / "broken.nq"
    path.write_text(f"<{EX}s> <{EX}p> <{EX}o> <{EX}g9> .\n<{EX}s> <{EX}p> oops .\n", "utf-8")
    with pytest.raises(StoreError, match=r"broken\.nq"):
        load(store, path, replace=True)
    assert set(store.quads()) == set(QUADS)


def test_an_empty_store_on_disk_is_loaded_in_one_pass_and_emptied_on_error(
    tmp_path: Path,
) -> None:
    good = "".join(f"<{EX}s{i}> <{EX}p> \"{i}\" <{EX}g{i % 3}> .\n" for i in range(5000))
    (tmp_path / "good.nq").write_text(good + good, encoding="utf-8")  # duplicates count once
    store = EmbeddedStore(tmp_path / "db")
    report = load(store, tmp_path / "good.nq")
    assert (report.quads, report.graphs) == (5000, [f"{EX}g0", f"{EX}g1", f"{EX}g2"])
    assert store.quad_count() == 5000
    (tmp_path / "bad.nq").write_text(good + "<s> <p> .\n", encoding="utf-8")
    empty = EmbeddedStore(tmp_path / "db2")
    with pytest.raises(StoreError, match=r"bad\.nq is not valid"):
        load(empty, tmp_path / "bad.nq")
    assert empty.is_empty()


def test_a_truncated_gzip_file_writes_nothing(tmp_path: Path) -> None:
    dump(filled(EmbeddedStore(None)), tmp_path / "g.nq.gz")
    data = (tmp_path / "g.nq.gz").read_bytes()
    (tmp_path / "cut.nq.gz").write_bytes(data[: len(data) // 2])
    store = EmbeddedStore(None)
    with pytest.raises(StoreError, match=r"cut\.nq\.gz"):
        load(store, tmp_path / "cut.nq.gz")
    assert store.quad_count() == 0


@pytest.mark.parametrize("backend", ["embedded", "remote"])
def test_load_with_replace_supersedes_the_graphs_in_the_file_only(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    store = backend_store(backend, request)
    stale = [quad("old", "p", "x", "g1"), quad("kept", "p", "x", "g9")]
    store.add_quads(stale)
    dump(filled(EmbeddedStore(None)), tmp_path / "new.nq")
    load(store, tmp_path / "new.nq", replace=True)
    assert set(store.quads()) == {*QUADS, quad("kept", "p", "x", "g9")}


def test_load_without_replace_adds_and_reloading_is_idempotent(tmp_path: Path) -> None:
    store = EmbeddedStore(None)
    store.add_quads([quad("old", "p", "x", "g1")])
    dump(filled(EmbeddedStore(None)), tmp_path / "new.nq")
    load(store, tmp_path / "new.nq")
    load(store, tmp_path / "new.nq")
    assert store.quad_count() == len(QUADS) + 1


def test_scan_reads_the_library_fixture(tmp_path: Path) -> None:
    report = scan(LIBRARY)
    assert report.quads > 300
    assert "https://w3id.org/diplokg/graph/reference" in report.graphs


def test_format_names(tmp_path: Path) -> None:
    assert format_of(Path("a.NQ.GZ")) == "nquads"
    assert format_of(Path("a.trig")) == "trig"
    assert format_of(Path("a.ttl"), "nquads") == "nquads"
    with pytest.raises(StoreError, match="unknown dump format"):
        format_of(Path("a.nq"), "turtle")
    with pytest.raises(StoreError, match="cannot read"):
        load(EmbeddedStore(None), tmp_path / "missing.nq")
