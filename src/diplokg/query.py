"""The researchers' query library: named SPARQL questions in ``queries/*.rq``.

Each file starts with a header comment::

    # title: Visits by a person
    # description: Every visit a person made, with dates and status.
    # param: person string "Sergei Lavrov" -- the visitor's name as in the graph

Parameters appear in the query body as ``$name`` (a legal SPARQL variable, so an unrendered file
still parses) and are replaced by a properly escaped RDF term when the query is run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from diplokg.errors import QueryError
from diplokg.resources import queries_dir
from diplokg.store import GraphStore, SelectResult

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>\w+)\s+(?P<type>iri|string|date|integer)"
    r"(?:\s+(?P<default>\"[^\"]*\"|<[^>]*>|\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)


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

    def render(self, values: dict[str, str] | None = None) -> str:
        values = dict(values or {})
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r}")
        text = self.text
        for param in self.params:
            raw = values.get(param.name, param.default)
            if raw is None:
                raise QueryError(f"query {self.name!r} needs --param {param.name}=...")
            term = _term(param, raw)
            text = re.sub(rf"\${param.name}\b", lambda _m, t=term: t, text)
        return text


def _term(param: Param, raw: str) -> str:
    raw = raw.strip()
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


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    title, description, params = path.stem, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params.append(Param(m["name"], m["type"], m["default"], (m["doc"] or "").strip()))
        elif line.lower().startswith("# title:"):
            title = line.split(":", 1)[1].strip()
        elif line.lower().startswith("# description:"):
            description = line.split(":", 1)[1].strip()
    return NamedQuery(path.stem, title, description, text, tuple(params), path)


@cache
def load_query(name: str) -> NamedQuery:
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no query named {name!r} (see `diplokg queries`)")
    return parse_query_file(path)


def list_queries() -> list[NamedQuery]:
    return [parse_query_file(p) for p in sorted(queries_dir().glob("*.rq"))]


def run_named(store: GraphStore, name: str, params: dict[str, str] | None = None) -> SelectResult:
    return store.select(load_query(name).render(params))
