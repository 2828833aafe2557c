"""Where the knowledge graph lives: the embedded Oxigraph store by default.

Every backend offers the same small interface (``GraphStore``), so the pipeline, the query library
and the exports never ask which one they hold. Graph replacement is atomic: an article's named
graph is dropped and re-inserted in one SPARQL update, so a reader never sees half an article.

``open_store`` picks the backend from a location: a folder (embedded Oxigraph), ``:memory:``, the
URL of a SPARQL 1.1 server, or a ``.toml`` file naming a server's endpoints (see
``store_remote``). On the embedded store the default graph of a query is the union of the named
graphs; on a server it is whatever the server says, which is why the library queries name their
graphs with ``GRAPH ?g`` (docs/queries.md).
"""

from __future__ import annotations

import contextlib
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
    """What every backend offers. Graph names are plain strings; terms are rdflib's."""

    location: str

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Drop the named graph and insert ``graph`` in its place, as one transaction."""
        ...

    def drop_graph(self, graph_iri: str) -> None: ...
    def graph_names(self) -> list[str]: ...
    def select(self, sparql: str) -> SelectResult: ...
    def ask(self, sparql: str) -> bool: ...
    def construct(self, sparql: str) -> Graph: ...
    def quad_count(self) -> int: ...

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs (and the default graph where the backend can tell)."""
        ...

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Bulk insert; fast, not one transaction. For loading dumps and benchmarks."""
        ...

    def close(self) -> None: ...


# Typed literals cost rdflib a parse of their lexical form (10-20 us each: xsd:date, integer,
# decimal, boolean), and an answer repeats them: the same dates, counts and names in many rows.
# Converted literals are kept by the Oxigraph term (immutable and hashable on both sides), so each
# distinct literal is parsed once; the cache is emptied when full rather than tracked as an LRU.
_LITERAL_CACHE: dict[ox.Literal, Literal] = {}
_LITERAL_CACHE_MAX = 1 << 16


def _new_literal(term: ox.Literal) -> Literal:
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def _literal(term: ox.Literal) -> Literal:
    converted = _LITERAL_CACHE.get(term)
    if converted is None:
        if len(_LITERAL_CACHE) >= _LITERAL_CACHE_MAX:
            _LITERAL_CACHE.clear()
        converted = _LITERAL_CACHE[term] = _new_literal(term)
    return converted


def to_rdflib(term: object) -> Node | None:
    """The rdflib term for an Oxigraph term (None stays None: an unbound variable).

    Dispatches on the exact type first: this runs for every cell of every answer.
    """
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)  # type: ignore[union-attr]
    if kind is ox.Literal:
        return _literal(term)  # type: ignore[arg-type]
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term)
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


def replace_graph_update(graph_iri: str, graph: Graph) -> str:
    """One SPARQL update that drops a named graph and inserts ``graph`` in its place.

    One update request is one transaction on Oxigraph and on the servers diplokg targets, so the
    drop and the insert succeed or fail together; a malformed triple leaves the old graph as it was.
    """
    try:
        body = graph.serialize(format="nt")
    except Exception as exc:  # rdflib raises a bare Exception for a term it cannot write
        raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc
    name = f"<{graph_iri}>"
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"


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
        try:
            self._store.update(replace_graph_update(graph_iri, graph))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Bulk load, not transactional; for loading dumps and benchmarks."""
        try:
            self._store.bulk_extend(quads)
        except (OSError, ValueError) as exc:
            raise StoreError(f"bulk load failed: {exc}") from exc

    def drop_graph(self, graph_iri: str) -> None:
        try:
            self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot drop graph <{graph_iri}>: {exc}") from exc

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, None))

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
        # A solution iterates its values in the order of ``variables`` (None where unbound);
        # reading them positionally is several times cheaper than one lookup by name per cell.
        rows = [dict(zip(variables, map(to_rdflib, sol), strict=True)) for sol in result]
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

    def is_empty(self) -> bool:
        return next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._store.flush()
        del self._store


def open_store(location: str | Path | None = None, *, must_exist: bool = False) -> GraphStore:
    """Open the store named by a folder path, ``:memory:``, an http(s) URL or a ``.toml`` file.

    A URL or a ``.toml`` file opens a ``SparqlStore`` (see ``store_remote`` for the URL forms and
    the file's keys). With ``must_exist``, a folder that is not there is an error instead of a new
    empty store, so a mistyped ``--store`` on a read command does not answer "no rows".
    """
    if location is None:
        location = DEFAULT_STORE_DIR
    text = str(location)
    if text.startswith(("http://", "https://")):
        from diplokg.store_remote import SparqlStore

        return SparqlStore(text)
    if text.endswith(".toml"):
        from diplokg.store_remote import SparqlStore

        return SparqlStore.from_config(Path(text))
    if text == ":memory:":
        return EmbeddedStore(None)
    if must_exist and not Path(text).is_dir():
        raise StoreError(f"no store at {text} (ingest or load some data first, or pass --store)")
    return EmbeddedStore(Path(text))
