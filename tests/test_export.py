"""export: the interaction network read from the store, and files other tools can read back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest

from diplokg.export import build_interaction_graph, write_exports
from diplokg.iri import graph_iri, org_iri, person_iri, state_iri
from diplokg.model import (
    Article,
    Evidence,
    Extraction,
    Meeting,
    OfficeHolding,
    OrgRef,
    PersonRef,
    StateRef,
    Visit,
)
from diplokg.rdf import article_graph
from diplokg.store import EmbeddedStore

EV = (Evidence(0, 0, 10, "Some text."),)
LAVROV = PersonRef("Sergei Lavrov", "sergei-lavrov", ("Sergey Lavrov",))
WANG = PersonRef("Wang Yi", "wang-yi")
PUTIN = PersonRef("Vladimir Putin", "vladimir-putin")
RUS, CHN = StateRef("RUS", "Russia"), StateRef("CHN", "China")
SCO = OrgRef("SCO", "Shanghai Cooperation Organisation")

L, W, P = (str(person_iri(p.key)) for p in (LAVROV, WANG, PUTIN))


def extractions() -> list[Extraction]:
    return [
        Extraction(
            Article("a1", "Some text.", date=dt.date(2019, 5, 14)),
            offices=[OfficeHolding(EV, 0.9, person=LAVROV, role="foreign_minister", state=RUS)],
            visits=[
                Visit(
                    EV,
                    0.9,
                    visitor=WANG,
                    destination=RUS,
                    status="completed",
                    start=dt.date(2019, 5, 12),
                    host=LAVROV,
                ),
                Visit(EV, 0.5, visitor=WANG, destination=RUS, status="planned", hedged=True),
            ],
            meetings=[
                Meeting(EV, 0.8, participants=(WANG, LAVROV), start=dt.date(2019, 5, 13)),
                Meeting(EV, 0.8, participants=(WANG, PUTIN), status="cancelled"),
            ],
        ),
        Extraction(
            Article("a2", "Some text.", date=dt.date(2019, 6, 20)),
            meetings=[
                Meeting(
                    EV,
                    0.8,
                    participants=(LAVROV, WANG),
                    mode="phone",
                    start=dt.date(2019, 6, 20),
                ),
                Meeting(EV, 0.8, participants=(LAVROV, WANG, PUTIN), organisation=SCO),
            ],
        ),
    ]


@pytest.fixture
def graph() -> nx.Graph:
    store = EmbeddedStore(None)
    for extraction in extractions():
        store.replace_graph(graph_iri(extraction.article.id), article_graph(extraction))
    return build_interaction_graph(store)


def test_nodes_carry_label_kind_codes_and_office(graph: nx.Graph) -> None:
    assert graph.nodes[L] == {
        "label": "Sergei Lavrov",
        "kind": "person",
        "iso3": "",
        "acronym": "",
        "office": "foreign_minister (RUS)",
    }
    assert graph.nodes[str(state_iri("RUS"))]["kind"] == "state"
    assert graph.nodes[str(state_iri("RUS"))]["iso3"] == "RUS"
    assert graph.nodes[str(org_iri("SCO"))]["acronym"] == "SCO"
    assert set(graph) == {L, W, P, str(state_iri("RUS")), str(org_iri("SCO"))}


def test_edges_aggregate_every_report_of_a_pair(graph: nx.Graph) -> None:
    edge = graph.edges[L, W]
    # a1: the visit's host edge and a meeting; a2: a phone call and a summit.
    assert edge["weight"] == 4
    assert edge["kinds"] == "visit;meeting;summit;phone_call"
    assert (edge["n_visit"], edge["n_meeting"], edge["n_summit"], edge["n_phone_call"]) == (
        1,
        1,
        1,
        1,
    )
    assert (edge["first_date"], edge["last_date"]) == ("2019-05-12", "2019-06-20")
    assert edge["articles"] == "a1;a2"
    assert edge["statuses"] == "completed"
    assert edge["visitors"] == W


def test_visits_link_the_visitor_to_the_state(graph: nx.Graph) -> None:
    edge = graph.edges[W, str(state_iri("RUS"))]
    assert edge["weight"] == 1  # the hedged second visit is left out
    assert edge["kinds"] == "visit"
    assert edge["visitors"] == W


def test_summits_link_participants_and_cancelled_meetings_do_not(graph: nx.Graph) -> None:
    sco = str(org_iri("SCO"))
    assert {n for n in graph.neighbors(sco)} == {L, W, P}
    assert graph.edges[W, P]["kinds"] == "summit"  # not the cancelled meeting
    assert graph.edges[W, P]["weight"] == 1


def test_no_attribute_is_none(graph: nx.Graph) -> None:
    values = [v for _, data in graph.nodes(data=True) for v in data.values()]
    values += [v for *_, data in graph.edges(data=True) for v in data.values()]
    assert values and all(isinstance(v, str | int) for v in values)


def test_exports_are_written_and_read_back(graph: nx.Graph, tmp_path: Path) -> None:
    paths = write_exports(graph, tmp_path / "out")
    assert set(paths) == {"graphml", "gexf", "node_link", "cytoscape"}
    assert all(path.is_file() for path in paths.values())

    from_graphml = nx.read_graphml(paths["graphml"])
    assert not from_graphml.is_directed()
    assert dict(from_graphml.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {frozenset(e) for e in from_graphml.edges} == {frozenset(e) for e in graph.edges}
    assert from_graphml.edges[L, W] == graph.edges[L, W]

    from_gexf = nx.read_gexf(paths["gexf"])
    assert from_gexf.number_of_edges() == graph.number_of_edges()
    assert from_gexf.edges[L, W]["kinds"] == "visit;meeting;summit;phone_call"

    node_link = json.loads(paths["node_link"].read_text("utf-8"))
    from_node_link = nx.node_link_graph(node_link, edges="links")
    assert nx.utils.graphs_equal(from_node_link, graph)

    cytoscape = json.loads(paths["cytoscape"].read_text("utf-8"))
    from_cytoscape = nx.cytoscape_graph(cytoscape)
    assert set(from_cytoscape.nodes) == set(graph.nodes)
    assert from_cytoscape.number_of_edges() == graph.number_of_edges()
    names = {n["data"]["id"]: n["data"]["name"] for n in cytoscape["elements"]["nodes"]}
    assert names[L] == "Sergei Lavrov"
