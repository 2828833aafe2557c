"""The actor-interaction network, built from the store and written for Gephi, D3 and Cytoscape.

Nodes are the persons and states the articles name (organisations too, when a summit links
participants to them); an edge joins two actors that interacted — a visit (person to the state
visited, and to the host when the host is a person), a meeting, summit or call (between each pair
of participants). Edges are aggregated over all reports: one undirected edge per pair, with
``weight`` = the number of statements behind it, a count per kind, the first and last dates and
the source articles. An undirected simple graph is what network measures (centrality, communities)
and force layouts expect; a visit's direction is kept in ``visitors``.

Every attribute is a string, an integer or a boolean ("" for unknown), because GraphML and GEXF
cannot store None or lists.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import URIRef

from diplokg.iri import DEFAULT_BASE, article_graph_prefix
from diplokg.query import run_named
from diplokg.store import GraphStore
from diplokg.vocab import OFFICE_BY_IRI, STATUS_BY_IRI

INTERACTION_KINDS: tuple[str, ...] = ("visit", "meeting", "summit", "phone_call", "video_call")
_SEPARATOR = ";"


@dataclass
class _Edge:
    """What the rows of one actor pair add up to before they become edge attributes."""

    statements: dict[str, str] = field(default_factory=dict)  # statement IRI -> kind
    dates: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    visitors: set[str] = field(default_factory=set)

    def attributes(self) -> dict[str, str | int]:
        kinds = Counter(self.statements.values())
        dates = sorted(self.dates)
        attributes: dict[str, str | int] = {
            "weight": len(self.statements),
            "kinds": _SEPARATOR.join(k for k in INTERACTION_KINDS if kinds[k]),
            "first_date": dates[0] if dates else "",
            "last_date": dates[-1] if dates else "",
            "articles": _SEPARATOR.join(sorted(self.articles)),
            "statuses": _SEPARATOR.join(sorted(self.statuses)),
            "visitors": _SEPARATOR.join(sorted(self.visitors)),
        }
        attributes.update({f"n_{kind}": kinds[kind] for kind in INTERACTION_KINDS})
        return attributes


def build_interaction_graph(store: GraphStore, base: str = DEFAULT_BASE) -> nx.Graph:
    """The interaction network of every article graph in ``store`` (see the module docstring)."""
    params = {"graph_prefix": article_graph_prefix(base)}
    edges: dict[tuple[str, str], _Edge] = {}
    for row in run_named(store, "export_interactions", params):
        source, target = str(row["source"]), str(row["target"])
        edge = edges.setdefault((min(source, target), max(source, target)), _Edge())
        kind = str(row["kind"])
        edge.statements[str(row["statement"])] = kind
        edge.articles.add(str(row["article"]))
        status = str(row["status"])
        edge.statuses.add(STATUS_BY_IRI.get(URIRef(status), status))
        if row["date"] is not None:
            edge.dates.add(str(row["date"]))
        if kind == "visit":
            edge.visitors.add(source)

    actors = _actors(store, params)
    linked = {node for pair in edges for node in pair}
    graph = nx.Graph(name="diplokg actor interactions")
    for node in sorted(actors):
        if actors[node]["kind"] != "organisation" or node in linked:
            graph.add_node(node, **actors[node])
    for (u, v), edge in sorted(edges.items()):
        for node in (u, v):
            if node not in graph:  # an actor with no label in any article graph
                graph.add_node(node, label=node, kind="", iso3="", acronym="", office="")
        graph.add_edge(u, v, **edge.attributes())
    return graph


def _actors(store: GraphStore, params: dict[str, str]) -> dict[str, dict[str, str]]:
    """Node attributes by actor IRI; the label used most across articles wins (then the longest)."""
    labels: dict[str, Counter[str]] = {}
    attributes: dict[str, dict[str, str]] = {}
    offices: dict[str, set[str]] = {}
    for row in run_named(store, "export_actors", params):
        actor = str(row["actor"])
        labels.setdefault(actor, Counter())[str(row["label"])] += 1
        attributes[actor] = {
            "kind": str(row["kind"]),
            "iso3": str(row["iso3"] or ""),
            "acronym": str(row["acronym"] or ""),
        }
        offices.setdefault(actor, set())
        if row["role"] is not None:
            role = str(row["role"])
            role = OFFICE_BY_IRI.get(URIRef(role), role)
            where = f" ({row['office_of']})" if row["office_of"] is not None else ""
            offices[actor].add(role + where)
    return {
        actor: {
            "label": min(labels[actor], key=lambda text: (-labels[actor][text], -len(text), text)),
            **attributes[actor],
            "office": _SEPARATOR.join(sorted(offices[actor])),
        }
        for actor in attributes
    }


def write_exports(graph: nx.Graph, out_dir: Path) -> dict[str, Path]:
    """Write the graph as GraphML, GEXF (Gephi), node-link JSON (D3) and Cytoscape.js JSON."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "graphml": out_dir / "interactions.graphml",
        "gexf": out_dir / "interactions.gexf",
        "node_link": out_dir / "interactions.node-link.json",
        "cytoscape": out_dir / "interactions.cytoscape.json",
    }
    nx.write_graphml(graph, paths["graphml"])
    nx.write_gexf(graph, paths["gexf"])
    # "links" is the key D3's force layout reads.
    node_link = nx.node_link_data(graph, edges="links")
    paths["node_link"].write_text(json.dumps(node_link, ensure_ascii=False, indent=1), "utf-8")
    cytoscape = nx.cytoscape_data(graph, name="label")
    paths["cytoscape"].write_text(json.dumps(cytoscape, ensure_ascii=False, indent=1), "utf-8")
    return paths
