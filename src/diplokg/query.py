"""The researchers' query library: named SPARQL questions in ``queries/*.rq``.

Each file starts with a header comment::

    # title: Visits by a person
    # description: Every visit a person made, with dates and status.
    # param: person string "Sergei Lavrov" -- the visitor's name as in the graph

Parameters appear in the query body as ``$name`` (a legal SPARQL variable, so an unrendered file
still parses) and are replaced by a properly escaped RDF term when the query is run. A parameter
without a default must be given. Types: ``string``, ``date`` (YYYY-MM-DD), ``integer``, ``iri``,
``dkg`` (a term of the ontology by its local name: ``ForeignMinisterOffice``, ``Completed``), and
two that name an entity by its code and become its IRI under the base (docs/design.md): ``state``
(ISO 3166 alpha-3, ``DEU``) and ``org`` (acronym, ``NATO``). IRIs are constants in the rendered
query, which lets a store start from them instead of searching the graph for them.

Library queries name their graphs (``GRAPH ?g { ... }``), so they answer the same on the embedded
store and on any SPARQL server, whatever its default graph is (docs/queries.md).

For notebooks::

    from diplokg.query import ask_graph, to_dataframe
    result = ask_graph("visits_by_person", {"person": "Sergei Lavrov"}, store=".diplokg/store")
    to_dataframe(result)          # needs pandas: pip install 'diplokg[pandas]'

Answers print as an aligned table, CSV, TSV or SPARQL 1.1 Query Results JSON (``format_result``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from diplokg.errors import DiplokgError, QueryError
from diplokg.iri import DEFAULT_BASE, org_iri, state_iri
from diplokg.resources import queries_dir
from diplokg.store import GraphStore, SelectResult, open_store

if TYPE_CHECKING:
    import pandas

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>\w+)\s+(?P<type>iri|string|date|integer|state|org|dkg)"
    r"(?:\s+(?P<default>\"[^\"]*\"|<[^>]*>|\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)
# Queries that other modules run for their own output, not questions a researcher asks.
INTERNAL_PREFIXES = ("facts_", "export_")
FORMATS = ("table", "csv", "tsv", "json")
DKG_NAMESPACE = "https://w3id.org/diplokg/ontology#"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    path: Path | None = None

    @property
    def internal(self) -> bool:
        """Run by diplokg itself (facts, exports) rather than asked by researchers."""
        return self.name.startswith(INTERNAL_PREFIXES)

    def render(self, values: dict[str, str] | None = None, base: str = DEFAULT_BASE) -> str:
        """The query text with every ``$param`` replaced by an escaped term (``base`` mints the
        IRIs of ``state`` and ``org`` parameters)."""
        values = dict(values or {})
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r}")
        text = self.text
        for param in self.params:
            raw = values.get(param.name, param.default)
            if raw is None:
                raise QueryError(f"query {self.name!r} needs --param {param.name}=...")
            term = _term(param, raw, base)
            text = re.sub(rf"\${param.name}\b", lambda _m, t=term: t, text)
        return text


def _term(param: Param, raw: str, base: str = DEFAULT_BASE) -> str:
    raw = raw.strip()
    if param.type in ("state", "org"):
        code = raw[1:-1] if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2 else raw
        if param.type == "state" and not re.fullmatch(r"[A-Za-z]{3}", code):
            raise QueryError(f"parameter {param.name}: expected an ISO3 code like DEU, got {raw!r}")
        if not code or re.search(r"\s", code):
            raise QueryError(f"parameter {param.name}: expected an acronym like NATO, got {raw!r}")
        minted = state_iri(code, base) if param.type == "state" else org_iri(code, base)
        return f"<{minted}>"
    if param.type == "dkg":
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", raw):
            raise QueryError(f"parameter {param.name}: not a dkg: term name: {raw!r}")
        return f"<{DKG_NAMESPACE}{raw}>"
    if param.type == "iri":
        iri = raw[1:-1] if raw.startswith("<") else raw
        if re.search(r"[\s<>\"{}|^`\\]", iri):
            raise QueryError(f"parameter {param.name}: not an IRI: {raw!r}")
        return f"<{iri}>"
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        raw = raw[1:-1]
    if param.type == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise QueryError(f"parameter {param.name}: expected YYYY-MM-DD, got {raw!r}")
        return f'"{raw}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if param.type == "integer":
        if not re.fullmatch(r"-?\d+", raw):
            raise QueryError(f"parameter {param.name}: expected an integer, got {raw!r}")
        return raw
    escaped = raw.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def parse_query_text(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """A query from its text; the header comment gives title, description and parameters.

    Comment lines after ``# description:`` that are not ``title``/``param`` lines continue it.
    """
    title, description, params = name, "", []
    in_description = False
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params.append(Param(m["name"], m["type"], m["default"], (m["doc"] or "").strip()))
            in_description = False
        elif line.lower().startswith("# title:"):
            title = line.split(":", 1)[1].strip()
            in_description = False
        elif line.lower().startswith("# description:"):
            description = line.split(":", 1)[1].strip()
            in_description = True
        elif in_description and line[1:].strip():
            description = f"{description} {line[1:].strip()}"
    return NamedQuery(name, title, description, text, tuple(params), path)


def parse_query_file(path: Path) -> NamedQuery:
    return parse_query_text(path.stem, path.read_text(encoding="utf-8"), path)


@cache
def load_query(name: str) -> NamedQuery:
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no query named {name!r} (see `diplokg queries`)")
    return parse_query_file(path)


def list_queries(include_internal: bool = True) -> list[NamedQuery]:
    queries = [parse_query_file(p) for p in sorted(queries_dir().glob("*.rq"))]
    return [q for q in queries if include_internal or not q.internal]


def run_named(
    store: GraphStore,
    name: str,
    params: dict[str, str] | None = None,
    base: str = DEFAULT_BASE,
) -> SelectResult:
    return store.select(load_query(name).render(params, base))


# -- notebooks -------------------------------------------------------------------------------------


def ask_graph(
    question: str,
    params: Mapping[str, object] | None = None,
    *,
    store: GraphStore | str | Path | None = None,
    base: str = DEFAULT_BASE,
) -> SelectResult:
    """Answer a library question (by name) or a SPARQL SELECT string.

    ``params`` values may be strings, numbers, dates or IRIs; a SPARQL string may declare its
    own ``# param:`` lines, as library files do. ``store`` is an open store, or a location
    (folder, URL, ``.toml``) opened for this one question; by default the default store.
    ``base`` is the IRI base the graph was built with (``--base``).
    """
    values = {name: _param_text(value) for name, value in (params or {}).items()}
    query = named_or_text(question)
    with _store_for(store) as opened:
        return opened.select(query.render(values, base))


def named_or_text(question: str) -> NamedQuery:
    """A library query when ``question`` is a bare name, else the question as SPARQL text."""
    if re.fullmatch(r"\w+", question.strip()):
        return load_query(question.strip())
    return parse_query_text("query", question)


def to_python(result: SelectResult) -> list[dict[str, Any]]:
    """Rows with plain Python values: IRIs as strings, literals as int/float/date/bool/str."""
    return [{name: _python_value(row.get(name)) for name in result.variables} for row in result]


def to_dataframe(result: SelectResult) -> pandas.DataFrame:
    """The rows as a pandas DataFrame; date columns become datetime64. Needs the pandas extra."""
    try:
        import pandas as pd
    except ImportError:
        raise DiplokgError("to_dataframe needs pandas: pip install 'diplokg[pandas]'") from None
    frame = pd.DataFrame.from_records(to_python(result), columns=result.variables)
    for column in frame.columns:
        present = frame[column].dropna()
        if len(present) and all(type(v) is dt.date for v in present):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def _param_text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, Literal):  # an ill-typed literal: keep its text
            return str(value)
        return value
    return str(term)


@contextmanager
def _store_for(store: GraphStore | str | Path | None) -> Iterator[GraphStore]:
    if store is not None and not isinstance(store, str | Path):
        yield store
        return
    opened = open_store(store, must_exist=True)
    try:
        yield opened
    finally:
        opened.close()


# -- output ----------------------------------------------------------------------------------------

# Namespaces shortened in the table view only; CSV, TSV and JSON always carry full IRIs.
DISPLAY_PREFIXES: dict[str, str] = {
    "dkg": "https://w3id.org/diplokg/ontology#",
    "state": "https://w3id.org/diplokg/id/state/",
    "orgn": "https://w3id.org/diplokg/id/org/",
    "person": "https://w3id.org/diplokg/id/person/",
    "topic": "https://w3id.org/diplokg/id/topic/",
    "city": "https://w3id.org/diplokg/id/city/",
    "article": "https://w3id.org/diplokg/id/article/",
    "graph": "https://w3id.org/diplokg/graph/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def format_result(result: SelectResult, output_format: str = "table") -> str:
    """The answer as ``table``, ``csv``, ``tsv`` or ``json`` text."""
    formatters = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}
    if output_format not in formatters:
        raise QueryError(f"unknown output format {output_format!r}; use {', '.join(FORMATS)}")
    return formatters[output_format](result)


def format_table(result: SelectResult) -> str:
    """Columns aligned for a terminal, IRIs shortened with ``DISPLAY_PREFIXES``; ends with a
    row count so an empty answer is visible."""
    header = list(result.variables)
    cells = [[_display(row.get(name)) for name in header] for row in result]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = [_table_line(header, widths), "  ".join("-" * w for w in widths)]
    lines += [_table_line(row, widths) for row in cells]
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def format_csv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results CSV: full IRIs, literals as their lexical form, CRLF lines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result:
        writer.writerow([_csv_cell(row.get(name)) for name in result.variables])
    return buffer.getvalue()


def format_tsv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` headers, every term in N-Triples syntax."""
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    for row in result:
        lines.append("\t".join(_ntriples(row.get(name)) for name in result.variables))
    return "\n".join(lines) + "\n"


def format_json(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    return json.dumps(results_json(result), ensure_ascii=False, indent=2) + "\n"


def results_json(result: SelectResult) -> dict[str, Any]:
    bindings = [
        {name: _json_term(term) for name in result.variables if (term := row.get(name)) is not None}
        for row in result
    ]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and str(term.datatype) != _XSD_STRING:
            out["datatype"] = str(term.datatype)
        return out
    raise QueryError(f"cannot write term {term!r} as SPARQL JSON")


def _display(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in DISPLAY_PREFIXES.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())  # one line per row, whatever the literal holds


def _csv_cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _ntriples(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = (
            str(term).replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        )  # fmt: skip
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term)


def _width(text: str) -> int:
    """Terminal columns: wide East Asian characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _table_line(cells: list[str], widths: list[int]) -> str:
    padded = [
        cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True)
    ]
    return "  ".join(padded).rstrip()
