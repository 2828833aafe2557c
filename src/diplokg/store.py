"""Where the knowledge graph lives: the embedded Oxigraph store by default.

Every backend offers the same small interface (``GraphStore``), so the pipeline, the query library
and the exports never ask which one they hold. Graph replacement is atomic: an article's named
graph is dropped and re-inserted in one SPARQL update, so a reader never sees half an article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg.errors import QueryError, StoreError

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
DEFAULT_STORE_DIR = Path(os.environ.get("DIPLOKG_STORE", ".diplokg/store"))


@dataclass(frozen=True)
class SelectResult:
    """A SELECT answer as rdflib terms, the same whichever backend produced it."""

    variables: list[str]
    rows: list[dict[str, Node | None]]

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class GraphStore(Protocol):
    location: str

    def replace_graph(self, graph_iri: str, graph: Graph) -> None: ...
    def drop_graph(self, graph_iri: str) -> None: ...
    def graph_names(self) -> list[str]: ...
    def select(self, sparql: str) -> SelectResult: ...
    def ask(self, sparql: str) -> bool: ...
    def construct(self, sparql: str) -> Graph: ...
    def quad_count(self) -> int: ...
    def close(self) -> None: ...


def to_rdflib(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term from store: {term!r}")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"unsupported rdflib term: {term!r}")


def graph_quads(graph: Graph, graph_iri: str) -> Iterable[ox.Quad]:
    g = ox.NamedNode(graph_iri)
    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), g)


class EmbeddedStore:
    """Oxigraph on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None) -> None:
        self.location = str(path) if path else ":memory:"
        try:
            if path is None:
                self._store = ox.Store()
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {self.location}: {exc}") from exc

    @property
    def oxigraph(self) -> ox.Store:
        return self._store

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        # One update = one transaction: drop and insert succeed or fail together.
        body = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Bulk load, not transactional; for loading dumps and benchmarks."""
        try:
            self._store.bulk_extend(quads)
        except (OSError, ValueError) as exc:
            raise StoreError(f"bulk load failed: {exc}") from exc

    def drop_graph(self, graph_iri: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def _query(self, sparql: str) -> object:
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def select(self, sparql: str) -> SelectResult:
        result = self._query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        variables = [v.value for v in result.variables]
        rows = [{name: to_rdflib(sol[name]) for name in variables} for sol in result]
        return SelectResult(variables, rows)

    def ask(self, sparql: str) -> bool:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(result)

    def construct(self, sparql: str) -> Graph:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        out = Graph()
        for t in result:
            out.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return out

    def graph(self, graph_iri: str) -> Graph:
        out = Graph()
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)):
            out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out

    def quad_count(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        try:
            self._store.flush()
        except OSError:
            pass
        del self._store


def open_store(location: str | Path | None = None) -> GraphStore:
    """Open the store named by a folder path, ``:memory:``, or (see store_remote) an http URL."""
    if location is None:
        location = DEFAULT_STORE_DIR
    text = str(location)
    if text.startswith(("http://", "https://")):
        from diplokg.store_remote import SparqlStore

        return SparqlStore(text)
    if text == ":memory:":
        return EmbeddedStore(None)
    return EmbeddedStore(Path(text))
