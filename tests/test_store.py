"""The same store contract, checked on the embedded store and on a real ``oxigraph serve``."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from oxigraph_server import OxigraphServer, free_port, start
from rdflib import BNode, Graph, Literal, URIRef

from diplokg.errors import QueryError, StoreError
from diplokg.store import EmbeddedStore, GraphStore, open_store
from diplokg.store_remote import SparqlStore

EX = "http://example.org/"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
G1, G2 = f"{EX}graph/1", f"{EX}graph/2"


def ex(name: str) -> URIRef:
    return URIRef(EX + name)


def graph_of(*triples: tuple) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def numbered_graph(version: str, size: int = 200) -> Graph:
    return graph_of(*((ex(f"s{i}"), ex("version"), Literal(version)) for i in range(size)))


def contents(store: GraphStore, graph_iri: str) -> set[tuple]:
    result = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    return {(row["s"], row["p"], row["o"]) for row in result}


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = start(tmp_path_factory.mktemp("oxigraph") / "db")
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        embedded = EmbeddedStore(tmp_path / "store")
        yield embedded
        embedded.close()
        return
    server: OxigraphServer = request.getfixturevalue("oxigraph")
    remote = SparqlStore(server.url, timeout=10)
    remote.update("DROP ALL")
    yield remote


# -- writing graphs -------------------------------------------------------------------------------


def test_replace_graph_stores_exactly_the_triples_given(store: GraphStore) -> None:
    graph = graph_of(
        (ex("a"), ex("p"), ex("b")),
        (ex("a"), ex("name"), Literal('Zoë "Q" \\ back\nslash ✓', lang="en")),
        (ex("a"), ex("born"), Literal("1970-01-02", datatype=XSD_DATE)),
        (ex("a"), ex("count"), Literal(3)),
        (ex("a"), ex("plain"), Literal("plain")),
    )
    store.replace_graph(G1, graph)
    assert contents(store, G1) == set(graph)
    assert store.graph_names() == [G1]
    assert store.quad_count() == 5


def test_replace_graph_swaps_the_whole_graph_and_leaves_others(store: GraphStore) -> None:
    store.replace_graph(G1, numbered_graph("old"))
    store.replace_graph(G2, graph_of((ex("x"), ex("p"), ex("y"))))
    store.replace_graph(G1, graph_of((ex("new"), ex("p"), Literal("only"))))
    assert contents(store, G1) == {(ex("new"), ex("p"), Literal("only"))}
    assert contents(store, G2) == {(ex("x"), ex("p"), ex("y"))}
    assert store.quad_count() == 2


def test_replace_graph_twice_is_idempotent(store: GraphStore) -> None:
    graph = numbered_graph("v1", size=50)
    store.replace_graph(G1, graph)
    store.replace_graph(G1, graph)
    assert store.quad_count() == 50
    assert contents(store, G1) == set(graph)


def test_replace_graph_keeps_blank_nodes_as_blank_nodes(store: GraphStore) -> None:
    node = BNode()
    store.replace_graph(G1, graph_of((ex("a"), ex("p"), node), (node, ex("q"), Literal("x"))))
    rows = store.select(
        f"SELECT ?b ?x WHERE {{ GRAPH <{G1}> {{ <{EX}a> <{EX}p> ?b . ?b <{EX}q> ?x }} }}"
    ).rows
    assert len(rows) == 1
    assert isinstance(rows[0]["b"], BNode)
    assert rows[0]["x"] == Literal("x")


def test_a_write_the_store_rejects_leaves_the_previous_graph_intact(store: GraphStore) -> None:
    before = numbered_graph("before")
    store.replace_graph(G1, before)
    # rdflib writes this datatype IRI; the store's parser rejects the update as a whole.
    bad = numbered_graph("after")
    bad.add((ex("s0"), ex("p"), Literal("x", datatype=URIRef("http://example.org/bad dt"))))
    with pytest.raises(StoreError) as caught:
        store.replace_graph(G1, bad)
    assert "\n" not in str(caught.value)
    assert contents(store, G1) == set(before)


def test_a_graph_rdflib_cannot_write_is_refused_before_the_store_is_touched(
    store: GraphStore,
) -> None:
    store.replace_graph(G1, numbered_graph("before", size=3))
    bad = graph_of((URIRef("http://example.org/a>b"), ex("p"), ex("o")))
    with pytest.raises(StoreError, match="cannot write graph"):
        store.replace_graph(G1, bad)
    assert contents(store, G1) == set(numbered_graph("before", size=3))


def test_drop_graph_removes_that_graph_only_and_is_silent_when_absent(store: GraphStore) -> None:
    store.replace_graph(G1, numbered_graph("a", size=2))
    store.replace_graph(G2, numbered_graph("b", size=3))
    store.drop_graph(G1)
    store.drop_graph(f"{EX}graph/never-written")
    assert store.graph_names() == [G2]
    assert store.quad_count() == 3


def test_readers_never_see_half_a_replaced_graph(store: GraphStore) -> None:
    versions = {name: numbered_graph(name, size=300) for name in ("A", "B")}
    store.replace_graph(G1, versions["A"])
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(30):
                store.replace_graph(G1, versions["B" if i % 2 == 0 else "A"])
        except BaseException as exc:  # reported to the main thread
            failures.append(exc)
        finally:
            stop.set()

    thread = threading.Thread(target=writer)
    thread.start()
    seen: list[set] = []
    while not stop.is_set() or not seen:
        seen.append(contents(store, G1))
    thread.join(timeout=60)
    assert not failures
    assert all(snapshot in (set(versions["A"]), set(versions["B"])) for snapshot in seen)


# -- reading --------------------------------------------------------------------------------------


def test_select_gives_the_same_rdflib_terms_on_every_backend(store: GraphStore) -> None:
    store.replace_graph(
        G1,
        graph_of(
            (ex("a"), ex("label"), Literal("Allemagne", lang="fr")),
            (ex("a"), ex("since"), Literal("1958-01-01", datatype=XSD_DATE)),
            (ex("a"), ex("code"), Literal("DEU")),
            (ex("b"), ex("code"), Literal("FRA")),
        ),
    )
    result = store.select(
        f"""SELECT ?s ?code ?label ?since WHERE {{ GRAPH <{G1}> {{
              ?s <{EX}code> ?code
              OPTIONAL {{ ?s <{EX}label> ?label }} OPTIONAL {{ ?s <{EX}since> ?since }} }} }}
            ORDER BY ?code"""
    )
    assert result.variables == ["s", "code", "label", "since"]
    assert result.rows == [
        {
            "s": ex("a"),
            "code": Literal("DEU"),
            "label": Literal("Allemagne", lang="fr"),
            "since": Literal("1958-01-01", datatype=XSD_DATE),
        },
        {"s": ex("b"), "code": Literal("FRA"), "label": None, "since": None},
    ]


def test_ask_and_construct(store: GraphStore) -> None:
    store.replace_graph(G1, graph_of((ex("a"), ex("p"), ex("b")), (ex("b"), ex("p"), ex("c"))))
    assert store.ask(f"ASK {{ GRAPH <{G1}> {{ <{EX}a> <{EX}p> <{EX}b> }} }}")
    assert not store.ask(f"ASK {{ GRAPH <{G1}> {{ <{EX}c> <{EX}p> ?x }} }}")
    built = store.construct(
        f"CONSTRUCT {{ ?x <{EX}q> ?y }} WHERE {{ GRAPH <{G1}> {{ ?x <{EX}p> ?y }} }}"
    )
    assert set(built) == {(ex("a"), ex("q"), ex("b")), (ex("b"), ex("q"), ex("c"))}


def test_a_malformed_query_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.select("SELEC ?x WHERE { ?x ?p ?o }")


def test_the_wrong_query_form_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="SELECT"):
        store.select("CONSTRUCT WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="CONSTRUCT"):
        store.construct("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="ASK"):
        store.ask("SELECT * WHERE { ?s ?p ?o }")


def test_quads_and_add_quads_round_trip(store: GraphStore) -> None:
    quads = [
        ox.Quad(
            ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), ox.NamedNode(g)
        )
        for g in (G1, G2)
        for i in range(7)
    ]
    store.add_quads(quads)
    assert set(store.quads()) == set(quads)
    assert store.quad_count() == 14


# -- a server that is down, slow or wrong ---------------------------------------------------------


def test_a_server_that_is_down_is_one_clear_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    remote = SparqlStore(url, timeout=5)
    for action in (
        lambda: remote.select("SELECT * WHERE { ?s ?p ?o }"),
        lambda: remote.replace_graph(G1, numbered_graph("x", size=1)),
    ):
        with pytest.raises(StoreError) as caught:
            action()
        message = str(caught.value)
        assert "\n" not in message
        assert url in message
        assert "connection refused" in message


def test_a_write_while_the_server_is_down_changes_nothing(tmp_path: Path) -> None:
    server = start(tmp_path / "db")
    try:
        SparqlStore(server.url).replace_graph(G1, numbered_graph("kept", size=20))
    finally:
        server.stop()
    with pytest.raises(StoreError, match="cannot reach"):
        SparqlStore(server.url, timeout=5).replace_graph(G1, numbered_graph("lost", size=20))
    restarted = start(tmp_path / "db")
    try:
        assert contents(SparqlStore(restarted.url), G1) == set(numbered_graph("kept", size=20))
    finally:
        restarted.stop()


def test_an_http_error_names_the_url_and_the_status(oxigraph: OxigraphServer) -> None:
    wrong = f"{oxigraph.url}/no-such-endpoint"
    with pytest.raises(StoreError) as caught:
        SparqlStore(wrong, timeout=5).select("SELECT * WHERE { ?s ?p ?o }")
    message = str(caught.value)
    assert wrong in message
    assert "HTTP 404" in message
    assert "\n" not in message


def test_a_server_that_never_answers_times_out_with_one_line() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(StoreError) as caught:
            SparqlStore(url, timeout=0.5).select("SELECT * WHERE { ?s ?p ?o }")
    assert "did not answer within 0.5 s" in str(caught.value)


# -- naming a store -------------------------------------------------------------------------------


def test_a_bare_server_url_means_oxigraph_endpoints() -> None:
    remote = SparqlStore("http://127.0.0.1:7878")
    assert remote.query_endpoint == "http://127.0.0.1:7878/query"
    assert remote.update_endpoint == "http://127.0.0.1:7878/update"
    assert remote.graph_store_endpoint == "http://127.0.0.1:7878/store"


def test_a_url_with_a_path_is_one_endpoint_for_queries_and_updates() -> None:
    remote = SparqlStore("http://localhost:3030/diplokg")
    assert remote.query_endpoint == remote.update_endpoint == "http://localhost:3030/diplokg"
    assert remote.graph_store_endpoint is None


def test_a_toml_config_names_each_endpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "graphdb.toml"
    config.write_text(
        "[store]\n"
        'query_endpoint = "http://localhost:7200/repositories/dkg"\n'
        'update_endpoint = "http://localhost:7200/repositories/dkg/statements"\n'
        "timeout = 5\n"
        'user = "researcher"\n'
        'password_env = "DKG_TEST_PASSWORD"\n'
    )
    monkeypatch.setenv("DKG_TEST_PASSWORD", "secret")
    remote = open_store(config)
    assert isinstance(remote, SparqlStore)
    assert remote.query_endpoint == "http://localhost:7200/repositories/dkg"
    assert remote.update_endpoint == "http://localhost:7200/repositories/dkg/statements"
    assert remote.timeout == 5
    monkeypatch.delenv("DKG_TEST_PASSWORD")
    with pytest.raises(StoreError, match="DKG_TEST_PASSWORD is not set"):
        open_store(config)


def test_a_toml_config_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "store.toml"
    config.write_text('[store]\nurl = "http://127.0.0.1:7878"\npassword = "in the file"\n')
    with pytest.raises(StoreError, match="unknown key 'password'"):
        open_store(config)


def test_a_missing_store_folder_is_an_error_only_when_it_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nowhere", must_exist=True)
    created = open_store(tmp_path / "new")
    assert isinstance(created, EmbeddedStore)
    assert created.quad_count() == 0


def test_the_union_default_graph_flag_makes_a_server_answer_like_the_embedded_store(
    tmp_path: Path,
) -> None:
    """Ad-hoc queries without GRAPH see every named graph on the embedded store; a server needs
    ``--union-default-graph`` for that (the library queries need neither; docs/queries.md)."""
    query = f"SELECT ?o WHERE {{ <{EX}a> <{EX}p> ?o }} ORDER BY ?o"
    embedded = EmbeddedStore(None)
    plain = start(tmp_path / "plain")
    union = start(tmp_path / "union", union_default_graph=True)
    try:
        stores: list[GraphStore] = [embedded, SparqlStore(plain.url), SparqlStore(union.url)]
        for each in stores:
            each.replace_graph(G1, graph_of((ex("a"), ex("p"), Literal("1"))))
            each.replace_graph(G2, graph_of((ex("a"), ex("p"), Literal("2"))))
        answers = [[row["o"] for row in each.select(query)] for each in stores]
    finally:
        plain.stop()
        union.stop()
    assert answers == [[Literal("1"), Literal("2")], [], [Literal("1"), Literal("2")]]
