"""OWL RL inference: the ontology's axioms do real work, and their output lives in graph/inferred.

Small graphs go straight through ``OwlrlReasoner``; the pipeline's ``run_inference`` runs on an
in-memory store holding the fixture articles only (a second or two). The full closure over the
reference data is checked once, on the store the session's ``diplokg demo`` run wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

from diplokg.articles import read_articles
from diplokg.iri import (
    INFERRED_GRAPH,
    article_graph_prefix,
    graph_iri,
    org_iri,
    person_iri,
    state_iri,
)
from diplokg.model import Article
from diplokg.pipeline import process, run_inference
from diplokg.reason import OwlrlReasoner, default_reasoner
from diplokg.store import EmbeddedStore
from diplokg.vocab import DKG, FOAF, ORG

if TYPE_CHECKING:
    from conftest import DemoRun

SCHEMA = "https://schema.org/"
SEM_HAS_ACTOR = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")
LAVROV = person_iri("sergei-lavrov")
VISIT = URIRef("https://w3id.org/diplokg/id/article/a1/visit/0123456789ab")


def infer(*triples: tuple[URIRef, URIRef, URIRef]) -> Graph:
    data = Graph()
    for triple in triples:
        data.add(triple)
    inference = OwlrlReasoner().infer(data)
    assert inference.inconsistencies == []
    return inference.entailed


def test_a_foreign_minister_is_a_minister_a_person_and_an_agent() -> None:
    entailed = infer((LAVROV, RDF.type, DKG.ForeignMinister))

    types = set(entailed.objects(LAVROV, RDF.type))
    assert {DKG.Minister, DKG.Official, DKG.Person, DKG.Actor} <= types
    assert {FOAF.Person, FOAF.Agent, URIRef(SCHEMA + "Person")} <= types


def test_a_visitor_is_a_participant_and_a_person() -> None:
    entailed = infer((VISIT, DKG.visitor, LAVROV))

    assert (VISIT, DKG.participant, LAVROV) in entailed
    assert (VISIT, SEM_HAS_ACTOR, LAVROV) in entailed
    assert (LAVROV, RDF.type, DKG.Person) in entailed


def test_has_member_is_inferred_from_member_of() -> None:
    belarus, csto = state_iri("BLR"), org_iri("CSTO")

    entailed = infer((belarus, DKG.memberOf, csto))

    assert (csto, DKG.hasMember, belarus) in entailed
    assert (csto, ORG.hasMember, belarus) in entailed
    assert (belarus, ORG.memberOf, csto) in entailed


def test_only_new_triples_about_our_own_instances_are_kept() -> None:
    data = (LAVROV, RDF.type, DKG.ForeignMinister)

    entailed = infer(data)

    assert data not in entailed
    assert all(str(s).startswith("https://w3id.org/diplokg/id/") for s in entailed.subjects())
    assert not [t for t in entailed if t[1] == OWL.sameAs and t[0] == t[2]]
    noise = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}
    assert not noise & set(entailed.objects(None, RDF.type))


def test_no_entailment_points_at_an_anonymous_class_of_the_ontology() -> None:
    """The range of dkg:discusses is a union class, a blank node in the ontology; a store would
    relabel it, so 'topic a _:union' would name nothing and must not be kept."""
    topic = URIRef("https://w3id.org/diplokg/id/topic/regional-security")

    entailed = infer((VISIT, DKG.discusses, topic))

    assert not [t for t in entailed if any(isinstance(term, BNode) for term in t)]


def test_the_kept_instances_follow_the_base_iri() -> None:
    person = person_iri("sergei-lavrov", "https://example.org/kg/")
    data = Graph()
    data.add((person, RDF.type, DKG.ForeignMinister))

    entailed = default_reasoner("https://example.org/kg/").infer(data).entailed

    assert (person, RDF.type, DKG.Person) in entailed
    assert len(OwlrlReasoner().infer(data).entailed) == 0  # default base keeps none of it


def test_a_visit_that_is_also_a_meeting_is_inconsistent() -> None:
    data = Graph()
    data.add((VISIT, RDF.type, DKG.Visit))
    data.add((VISIT, RDF.type, DKG.Meeting))

    inconsistencies = OwlrlReasoner().infer(data).inconsistencies

    assert inconsistencies
    assert any("Disjoint" in m and str(VISIT) in m for m in inconsistencies)


def test_an_event_with_two_statuses_is_inconsistent() -> None:
    data = Graph()
    data.add((VISIT, RDF.type, DKG.Visit))
    data.add((VISIT, DKG.status, DKG.Planned))
    data.add((VISIT, DKG.status, DKG.Cancelled))

    assert OwlrlReasoner().infer(data).inconsistencies


# -- inference through the pipeline, into graph/inferred ----------------------------------------


@pytest.fixture
def article_store(fixture_articles: Path) -> Iterator[EmbeddedStore]:
    """An in-memory store with the fixture articles' graphs only (no reference data: fast)."""
    store = EmbeddedStore(None)
    for item in read_articles([fixture_articles]):
        assert isinstance(item, Article), item
        store.replace_graph(graph_iri(item.id), process(item).graph)
    yield store
    store.close()


def test_inferences_land_in_the_inferred_graph_and_rerunning_replaces_them(
    article_store: EmbeddedStore,
) -> None:
    stale = (LAVROV, RDFS.comment, Literal("left over from an earlier run"))
    stale_graph = Graph()
    stale_graph.add(stale)
    article_store.replace_graph(str(INFERRED_GRAPH), stale_graph)
    articles_before = {g: set(article_store.graph(g)) for g in article_store.graph_names()}
    articles_before.pop(str(INFERRED_GRAPH))

    inference = run_inference(article_store)

    inferred = article_store.graph(str(INFERRED_GRAPH))
    assert inference.inconsistencies == []
    assert set(inferred) == set(inference.entailed)
    assert stale not in inferred
    assert (LAVROV, RDF.type, FOAF.Person) in inferred  # typed dkg:ForeignMinister in an article
    assert (org_iri("SCO"), DKG.hasMember, state_iri("CHN")) in inferred  # from dkg:memberOf
    for name, quads in articles_before.items():
        assert set(article_store.graph(name)) == quads  # article graphs are not touched

    count = article_store.quad_count()
    run_inference(article_store)
    assert article_store.quad_count() == count
    assert set(article_store.graph(str(INFERRED_GRAPH))) == set(inferred)


# -- the full closure: ontology + reference data + sample articles, from the demo run -------------


@pytest.mark.slow
def test_the_closure_of_ontology_and_demo_data_is_consistent(demo_run: DemoRun) -> None:
    assert demo_run.run.returncode == 0, demo_run.run.explain()
    assert "inconsistencies: 0," in demo_run.run.stdout, demo_run.run.explain()
    assert "inconsistent:" not in demo_run.run.stdout


@pytest.mark.slow
def test_the_demo_store_holds_the_entailments_in_their_own_graph(demo_run: DemoRun) -> None:
    assert demo_run.run.returncode == 0, demo_run.run.explain()
    store = EmbeddedStore(demo_run.store_dir)
    try:
        inferred = f"<{INFERRED_GRAPH}>"
        prefix = article_graph_prefix()
        ministers = store.select(
            f"SELECT DISTINCT ?p WHERE {{ GRAPH ?a {{ ?p a <{DKG.ForeignMinister}> }} "
            f"FILTER(STRSTARTS(STR(?a), '{prefix}')) }}"
        )
        assert len(ministers) >= 3
        for row in ministers:
            assert store.ask(f"ASK {{ GRAPH {inferred} {{ <{row['p']}> a <{FOAF.Person}> }} }}")
        # Reference memberships state dkg:memberOf; the inverse exists only as an inference.
        assert store.ask(
            f"ASK {{ GRAPH {inferred} {{ <{org_iri('CSTO')}> <{DKG.hasMember}> "
            f"<{state_iri('RUS')}> }} }}"
        )
        assert not store.ask(
            f"ASK {{ GRAPH ?g {{ ?o <{DKG.hasMember}> ?s }} FILTER(?g != {inferred}) }}"
        )
    finally:
        store.close()
