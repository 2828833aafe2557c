"""Read the store back as gold-format facts (shared/eval/GOLD_FORMAT.md), one dict per fact.

The facts come from the graph only, through the named queries ``queries/facts_*.rq``, so what is
scored is what the knowledge graph holds, not what the extractor meant to write. Only article
graphs are read: reference data and inferences are not facts an article states.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from rdflib import Literal, URIRef
from rdflib.term import Node

from diplokg.iri import DEFAULT_BASE, article_graph_prefix
from diplokg.query import run_named
from diplokg.store import GraphStore, SelectResult
from diplokg.vocab import MODE_BY_IRI, OFFICE_BY_IRI, STATUS_BY_IRI

Fact = dict[str, Any]
FACT_TYPES: tuple[str, ...] = ("holds_office", "visit", "meeting", "discusses", "member_of")


def facts_from_store(store: GraphStore, base: str = DEFAULT_BASE) -> list[Fact]:
    """Every fact in the store's article graphs, deduplicated, in a stable order.

    Each dict has ``article`` (the article id) and ``type`` first, then the gold fields. Optional
    gold fields appear only when they carry information: ``status`` on a meeting only when planned
    or cancelled, ``mode`` only when ``"phone"``, ``hedged`` only when true.
    """
    params = {"graph_prefix": article_graph_prefix(base)}
    facts = [
        *_holds_office(run_named(store, "facts_holds_office", params)),
        *_visits(run_named(store, "facts_visit", params)),
        *_meetings(run_named(store, "facts_meeting", params)),
        *_discussions(run_named(store, "facts_discusses", params)),
        *_memberships(run_named(store, "facts_member_of", params)),
    ]
    # Keyed by the fact's JSON in field order: that both removes duplicates and sorts facts of
    # one type by their fields in gold order (person before role, visitor before destination).
    unique = {json.dumps(fact, ensure_ascii=False): fact for fact in facts}
    order = sorted(
        unique, key=lambda k: (unique[k]["article"], FACT_TYPES.index(unique[k]["type"]), k)
    )
    return [unique[key] for key in order]


def write_jsonl(facts: Iterable[Fact], stream: TextIO) -> None:
    """One JSON object per line, UTF-8 text kept as is (names with diacritics stay readable)."""
    for fact in facts:
        stream.write(json.dumps(fact, ensure_ascii=False) + "\n")


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _is_true(term: Node | None) -> bool:
    return isinstance(term, Literal) and term.toPython() is True


def _status(term: Node | None) -> str | None:
    return STATUS_BY_IRI.get(URIRef(str(term))) if term is not None else None


def _hedged(fact: Fact, term: Node | None) -> Fact:
    if _is_true(term):
        fact["hedged"] = True
    return fact


def _holds_office(result: SelectResult) -> Iterable[Fact]:
    for row in result:
        role = OFFICE_BY_IRI.get(URIRef(str(row["role"])), "other")
        fact: Fact = {
            "article": _text(row["article"]),
            "type": "holds_office",
            "person": _text(row["person"]),
            "role": role,
        }
        if row["state"] is not None:
            fact["state"] = _text(row["state"])
        elif row["org"] is not None:
            fact["org"] = _text(row["org"])
        if role == "minister":
            fact["portfolio"] = _text(row["portfolio"])
        if role == "other":
            fact["title"] = _text(row["title"])
        yield _hedged(fact, row["hedged"])


def _visits(result: SelectResult) -> Iterable[Fact]:
    for row in result:
        fact: Fact = {
            "article": _text(row["article"]),
            "type": "visit",
            "visitor": _text(row["visitor"]),
            "destination": _text(row["destination"]),
            "city": _text(row["city"]),
            "start": _text(row["start"]),
            "end": _text(row["end"]),
            "status": _status(row["status"]),
        }
        yield _hedged(fact, row["hedged"])


def _by_statement(result: SelectResult) -> dict[str, list[dict[str, Node | None]]]:
    """Rows of a one-row-per-participant query, grouped by statement node, in query order."""
    groups: dict[str, list[dict[str, Node | None]]] = {}
    for row in result:
        groups.setdefault(str(row["statement"]), []).append(row)
    return groups


def _participants(rows: list[dict[str, Node | None]]) -> list[str]:
    by_person = {str(row["participant"]): str(row["name"]) for row in rows}
    return sorted(by_person.values())


def _meetings(result: SelectResult) -> Iterable[Fact]:
    for rows in _by_statement(result).values():
        first = rows[0]
        fact: Fact = {
            "article": _text(first["article"]),
            "type": "meeting",
            "participants": _participants(rows),
            "date": _text(first["date"]),
            "place": _text(first["place"]),
        }
        status = _status(first["status"])
        if status in ("planned", "cancelled"):
            fact["status"] = status
        if first["mode"] is not None and MODE_BY_IRI.get(URIRef(str(first["mode"]))) == "phone":
            fact["mode"] = "phone"
        yield _hedged(fact, first["hedged"])


def _discussions(result: SelectResult) -> Iterable[Fact]:
    for rows in _by_statement(result).values():
        first = rows[0]
        fact: Fact = {
            "article": _text(first["article"]),
            "type": "discusses",
            "participants": _participants(rows),
            "topic": _text(first["topic"]),
        }
        status = _status(first["status"])
        if status != "completed":
            fact["status"] = status
        yield _hedged(fact, first["hedged"])


def _memberships(result: SelectResult) -> Iterable[Fact]:
    for row in result:
        fact: Fact = {
            "article": _text(row["article"]),
            "type": "member_of",
            "member": _text(row["member"]),
            "org": _text(row["org"]),
        }
        if _is_true(row["presupposed"]):
            fact["support"] = "presupposed"
        yield fact
