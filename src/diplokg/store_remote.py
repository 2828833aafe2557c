"""A ``GraphStore`` on any SPARQL 1.1 server: Oxigraph, Fuseki, GraphDB, Virtuoso, QLever.

Reads go over the SPARQL 1.1 Protocol (``POST`` of an url-encoded ``query=``), writes over SPARQL
1.1 Update (``POST`` of ``application/sparql-update``). Replacing a graph is one update request,
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``, which the server runs as one
transaction: a failed request leaves the old graph in place. Dumps use the Graph Store HTTP
Protocol endpoint when one is configured and answers with quads, and per-graph ``CONSTRUCT``
otherwise.

A store is named by a URL or by a ``.toml`` file:

- ``http://host:port`` (no path): Oxigraph's layout, ``/query``, ``/update`` and ``/store``.
- ``http://host:port/some/path``: one endpoint for queries and updates (Fuseki's ``/ds``,
  Virtuoso's ``/sparql``, QLever); no Graph Store endpoint.
- a ``.toml`` file with a ``[store]`` table: ``url`` or ``query_endpoint`` / ``update_endpoint``
  / ``graph_store_endpoint``, ``timeout`` (seconds), ``user`` and ``password_env`` (the name of an
  environment variable holding the password; a password is never read from the file).

Only the standard library is used for HTTP, so a remote store adds no dependency.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import os
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from http.client import HTTPResponse
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg.errors import QueryError, StoreError
from diplokg.store import SelectResult, replace_graph_update, to_rdflib

# Any other answer is accepted so that a CONSTRUCT sent to ``select`` is named as such.
_RESULTS_ACCEPT = "application/sparql-results+json, */*;q=0.1"
_RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5, */*;q=0.1"
_FORM = "application/x-www-form-urlencoded"
_UPDATE = "application/sparql-update; charset=utf-8"
_ERROR_BODY_CHARS = 300


class SparqlStore:
    """A SPARQL 1.1 server behind the ``GraphStore`` interface.

    ``chunk_quads`` bounds one ``INSERT DATA`` request of a bulk load; a named graph is split
    across requests only when it alone is larger than that.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        query_endpoint: str | None = None,
        update_endpoint: str | None = None,
        graph_store_endpoint: str | None = None,
        timeout: float = 60.0,
        user: str | None = None,
        password: str | None = None,
        chunk_quads: int = 50_000,
    ) -> None:
        derived_query, derived_update, derived_gsp = _endpoints_from_url(url)
        self.query_endpoint = query_endpoint or derived_query
        self.update_endpoint = update_endpoint or derived_update or self.query_endpoint
        self.graph_store_endpoint = graph_store_endpoint or derived_gsp
        if not self.query_endpoint:
            raise StoreError("a SPARQL store needs a URL or a query_endpoint")
        self.location = url or self.query_endpoint
        self.timeout = timeout
        self.chunk_quads = chunk_quads
        self._headers: dict[str, str] = {"User-Agent": "diplokg"}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"
        # A server on this machine is never reached through an HTTP proxy from the environment.
        host = urllib.parse.urlsplit(self.query_endpoint).hostname or ""
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(host) else []
        self._opener = urllib.request.build_opener(*handlers)

    @classmethod
    def from_config(cls, path: Path) -> SparqlStore:
        """A store described by the ``[store]`` table of a TOML file (keys: module docstring)."""
        try:
            config = tomllib.loads(path.read_text(encoding="utf-8")).get("store", {})
        except OSError as exc:
            raise StoreError(f"cannot read store config {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise StoreError(f"store config {path} is not valid TOML: {exc}") from exc
        known = {"url", "query_endpoint", "update_endpoint", "graph_store_endpoint", "timeout",
                 "user", "password_env"}  # fmt: skip
        unknown = sorted(set(config) - known)
        if unknown:
            raise StoreError(f"store config {path}: unknown key {unknown[0]!r} in [store]")
        password = None
        if "password_env" in config:
            password = os.environ.get(config["password_env"])
            if password is None:
                raise StoreError(f"store config {path}: ${config['password_env']} is not set")
        return cls(
            config.get("url"),
            query_endpoint=config.get("query_endpoint"),
            update_endpoint=config.get("update_endpoint"),
            graph_store_endpoint=config.get("graph_store_endpoint"),
            timeout=float(config.get("timeout", 60.0)),
            user=config.get("user"),
            password=password,
        )

    # -- writes ---------------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        self.update(replace_graph_update(graph_iri, graph))

    def drop_graph(self, graph_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """``INSERT DATA`` in requests of about ``chunk_quads`` quads, cut between graphs."""
        blocks: list[str] = []
        pending = 0
        for graph_name, group in groupby(quads, key=lambda q: q.graph_name):
            lines = [f"{q.subject} {q.predicate} {q.object} ." for q in group]
            for start in range(0, len(lines), self.chunk_quads):
                part = "\n".join(lines[start : start + self.chunk_quads])
                if isinstance(graph_name, ox.DefaultGraph):
                    blocks.append(part)
                else:
                    blocks.append(f"GRAPH {graph_name} {{\n{part}\n}}")
                pending += min(self.chunk_quads, len(lines) - start)
                if pending >= self.chunk_quads:
                    self._insert(blocks)
                    blocks, pending = [], 0
        if blocks:
            self._insert(blocks)

    def _insert(self, blocks: list[str]) -> None:
        self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}")

    def update(self, sparql_update: str) -> None:
        """Run one SPARQL update request; the server applies it whole or not at all."""
        request = self._request(self.update_endpoint, sparql_update.encode("utf-8"), _UPDATE, "*/*")
        with self._open(request, writing=True) as response:
            response.read()

    # -- reads ----------------------------------------------------------------------------------

    def select(self, sparql: str) -> SelectResult:
        document = self._results_json(sparql)
        if "results" not in document or "head" not in document:
            raise QueryError("expected a SELECT query")
        variables = list(document["head"].get("vars", []))
        rows = [
            {name: _json_term(binding.get(name)) for name in variables}
            for binding in document["results"].get("bindings", [])
        ]
        return SelectResult(variables, rows)

    def ask(self, sparql: str) -> bool:
        document = self._results_json(sparql)
        if "boolean" not in document:
            raise QueryError("expected an ASK query")
        return bool(document["boolean"])

    def construct(self, sparql: str) -> Graph:
        out = Graph()
        for quad in self._rdf_query(sparql):
            out.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return out

    def graph_names(self) -> list[str]:
        result = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(row["g"]) for row in result if isinstance(row["g"], URIRef))

    def quad_count(self) -> int:
        """Quads in the named graphs (the default graph may be a view of them on a server)."""
        result = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(result.rows[0]["n"].toPython()) if result.rows else 0

    def quads(self) -> Iterator[ox.Quad]:
        """The whole dataset from the Graph Store endpoint, else graph by graph via CONSTRUCT."""
        if self.graph_store_endpoint:
            request = self._request(self.graph_store_endpoint, None, None, "application/n-quads")
            response = self._open(request)
            rdf_format = _response_format(response)
            if rdf_format is not None and rdf_format.supports_datasets:
                yield from self._parse(response, rdf_format)
                return
            response.close()
        for name in self.graph_names():
            graph = ox.NamedNode(name)
            query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            for quad in self._rdf_query(query):
                yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    # -- HTTP -----------------------------------------------------------------------------------

    def _results_json(self, sparql: str) -> dict:
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        request = self._request(self.query_endpoint, body, _FORM, _RESULTS_ACCEPT)
        with self._open(request) as response:
            if "json" not in (response.headers.get_content_type() or ""):
                raise QueryError("expected a SELECT or ASK query")
            try:
                return json.load(response)
            except (ValueError, OSError) as exc:
                raise StoreError(f"{request.full_url} sent malformed SPARQL JSON: {exc}") from exc

    def _rdf_query(self, sparql: str) -> Iterator[ox.Quad]:
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        request = self._request(self.query_endpoint, body, _FORM, _RDF_ACCEPT)
        with self._open(request) as response:
            rdf_format = _response_format(response)
            if rdf_format is None:
                raise QueryError("expected a CONSTRUCT or DESCRIBE query")
            yield from self._parse(response, rdf_format)

    def _parse(self, response: HTTPResponse, rdf_format: ox.RdfFormat) -> Iterator[ox.Quad]:
        try:
            with response:
                yield from ox.parse(response, rdf_format)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{response.url} sent RDF that does not parse: {exc}") from exc

    def _request(
        self, url: str, body: bytes | None, content_type: str | None, accept: str
    ) -> urllib.request.Request:
        headers = {**self._headers, "Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        method = "POST" if body is not None else "GET"
        return urllib.request.Request(url, data=body, headers=headers, method=method)

    def _open(self, request: urllib.request.Request, writing: bool = False) -> HTTPResponse:
        """Send a request; every failure becomes one line naming the URL and what happened."""
        url = request.full_url
        try:
            return self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            detail = _one_line(exc.read(_ERROR_BODY_CHARS).decode("utf-8", "replace"))
            message = f"{url} answered HTTP {exc.code} {exc.reason}"
            if detail:
                message += f": {detail}"
            if exc.code == 400 and not writing:
                raise QueryError(message) from None
            raise StoreError(message) from None
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach SPARQL store at {url}: {_reason(exc.reason)}") from None
        except TimeoutError:
            limit = f"{self.timeout:g} s"
            raise StoreError(f"SPARQL store at {url} did not answer within {limit}") from None
        except OSError as exc:
            raise StoreError(f"cannot talk to SPARQL store at {url}: {_reason(exc)}") from None


def _endpoints_from_url(url: str | None) -> tuple[str | None, str | None, str | None]:
    if url is None:
        return None, None, None
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) URL for a SPARQL store: {url!r}")
    if parts.path in ("", "/"):
        root = f"{parts.scheme}://{parts.netloc}"
        return f"{root}/query", f"{root}/update", f"{root}/store"
    return url, url, None


def _json_term(value: dict | None) -> Node | None:
    """A term of SPARQL 1.1 Query Results JSON as the same rdflib term the embedded store gives."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise StoreError(f"unsupported term in SPARQL results: {kind!r}")


def _response_format(response: HTTPResponse) -> ox.RdfFormat | None:
    media_type = response.headers.get_content_type()
    if media_type == "text/plain":  # Virtuoso's name for N-Triples
        return ox.RdfFormat.N_TRIPLES
    return ox.RdfFormat.from_media_type(media_type)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return _one_line(str(reason))


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 200 else line[:199] + "…"
