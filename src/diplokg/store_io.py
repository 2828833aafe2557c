"""Move a whole graph in and out of a store as N-Quads or TriG, gzip accepted.

A dump written here loads into any triple store (``oxigraph load``, Fuseki's ``tdb2.tdbloader``,
GraphDB's importer, Virtuoso's ``ld_dir``), and ``load`` reads what they dump. Both directions
stream: quads pass through a parser or serializer one at a time, never a whole graph in memory.

``load`` into a store that already holds data reads the file twice. The first pass only parses
it, so a file that is malformed half-way is refused before one quad is written; the second pass
writes. An empty embedded store (the usual target of a bulk import) is loaded in one pass
instead, and emptied again if the file turns out to be malformed: the parse check costs about
a seventh of a 1M-quad load. With ``replace=True`` the named graphs the file holds are dropped
before their new content goes in (how a graph built elsewhere supersedes the one in the store).
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from diplokg.errors import StoreError
from diplokg.store import EmbeddedStore, GraphStore

FORMATS: dict[str, ox.RdfFormat] = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
_SUFFIXES: dict[str, str] = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig"}
PREFIXES: dict[str, str] = {
    "dkg": "https://w3id.org/diplokg/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class LoadReport:
    quads: int  # quads the file holds (distinct ones when an empty store was loaded in one pass)
    graphs: list[str]  # named graphs the file holds, sorted


def format_of(path: Path, format_name: str | None = None) -> str:
    """``nquads`` or ``trig``: the name given, else the file's extension (before any ``.gz``)."""
    if format_name is not None:
        if format_name not in FORMATS:
            raise StoreError(f"unknown dump format {format_name!r}; use nquads or trig")
        return format_name
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if suffixes and suffixes[-1] in _SUFFIXES:
        return _SUFFIXES[suffixes[-1]]
    raise StoreError(f"cannot tell the format of {path}: name it .nq, .trig (optionally .gz)")


def dump(store: GraphStore, path: Path, format_name: str | None = None) -> int:
    """Write every quad of ``store`` to ``path``; returns the number of quads written."""
    rdf_format = FORMATS[format_of(path, format_name)]
    prefixes = PREFIXES if rdf_format is ox.RdfFormat.TRIG else None
    with _open_write(path) as output:
        if isinstance(store, EmbeddedStore):
            try:
                store.oxigraph.dump(output, rdf_format, prefixes=prefixes)
            except (OSError, ValueError) as exc:
                raise StoreError(f"cannot dump store to {path}: {exc}") from exc
            return store.quad_count()
        counted = _Counter(store.quads())
        try:
            ox.serialize(counted, output, rdf_format, prefixes=prefixes)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot dump store to {path}: {exc}") from exc
        return counted.count


def load(store: GraphStore, path: Path, *, replace: bool = False) -> LoadReport:
    """Add every quad of an N-Quads or TriG file (``.gz`` too) to ``store``."""
    rdf_format = FORMATS[format_of(path)]
    if isinstance(store, EmbeddedStore) and store.is_empty():
        return _load_empty(store, path, rdf_format)
    report = scan(path)
    if replace:
        for graph in report.graphs:
            store.drop_graph(graph)
    if isinstance(store, EmbeddedStore):
        with _open_read(path) as stream:
            try:
                store.oxigraph.bulk_load(stream, rdf_format)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"cannot load {path}: {exc}") from exc
    else:
        with _open_read(path) as stream:
            store.add_quads(_parse(stream, rdf_format, path))
    return report


def _load_empty(store: EmbeddedStore, path: Path, rdf_format: ox.RdfFormat) -> LoadReport:
    """One pass: Oxigraph's bulk loader parses as it writes; on any error the store is emptied."""
    with _open_read(path) as stream:
        try:
            store.oxigraph.bulk_load(stream, rdf_format)
        except SyntaxError as exc:
            store.oxigraph.clear()
            raise StoreError(f"{path} is not valid {rdf_format.name}: {exc}") from exc
        except (OSError, EOFError, ValueError) as exc:
            store.oxigraph.clear()
            raise StoreError(f"cannot load {path}: {exc}") from exc
    return LoadReport(store.quad_count(), store.graph_names())


def scan(path: Path) -> LoadReport:
    """Parse the whole file without storing it: its quad count and named graphs, or an error."""
    rdf_format = FORMATS[format_of(path)]
    with _open_read(path) as stream:
        per_graph = Counter(quad.graph_name for quad in _parse(stream, rdf_format, path))
    graphs = sorted(g.value for g in per_graph if isinstance(g, ox.NamedNode))
    return LoadReport(sum(per_graph.values()), graphs)


def _parse(stream: IO[bytes], rdf_format: ox.RdfFormat, path: Path) -> Iterator[ox.Quad]:
    try:
        yield from ox.parse(stream, rdf_format)
    except SyntaxError as exc:
        raise StoreError(f"{path} is not valid {rdf_format.name}: {exc}") from exc
    except (OSError, EOFError, ValueError) as exc:  # gzip's errors are OSError and EOFError
        raise StoreError(f"cannot read {path}: {exc}") from exc


@contextmanager
def _open_read(path: Path) -> Iterator[IO[bytes]]:
    try:
        handle = gzip.open(path, "rb") if _gzipped(path) else path.open("rb")  # noqa: SIM115
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        yield handle


@contextmanager
def _open_write(path: Path) -> Iterator[IO[bytes]]:
    """Write to a sibling temporary file and rename it into place, so a failed dump leaves none."""
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = gzip.open(partial, "wb") if _gzipped(path) else partial.open("wb")  # noqa: SIM115
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with handle:
            yield handle
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _gzipped(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


class _Counter:
    """Passes quads through and counts them."""

    def __init__(self, quads: Iterator[ox.Quad]) -> None:
        self._quads = quads
        self.count = 0

    def __iter__(self) -> Iterator[ox.Quad]:
        for quad in self._quads:
            self.count += 1
            yield quad
