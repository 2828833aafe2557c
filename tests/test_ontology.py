"""The ontology parses, matches ``vocab.DKG`` term for term, and does real work under OWL RL."""

from __future__ import annotations

import itertools
import typing
from pathlib import Path

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from diplokg.model import ROLES, STATUSES, Mode
from diplokg.resources import ontology_path
from diplokg.vocab import (
    DCTERMS,
    DKG,
    FOAF,
    MODE,
    MODE_BY_IRI,
    OFFICE,
    OFFICE_BY_IRI,
    ONTOLOGY_IRI,
    ORG,
    ROLE_BY_CLASS,
    ROLE_CLASS,
    SEM,
    STATUS,
    STATUS_BY_IRI,
)

SHAPE_FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
EX = "https://w3id.org/diplokg/id/"

# Typed the way the extractor types things; only what each test below needs.
INSTANCES = f"""
@prefix dkg: <{DKG._NS}> .
@prefix ex: <{EX}> .
@prefix person: <{EX}person/> .
@prefix state: <{EX}state/> .
@prefix org: <{EX}org/> .
person:baerbock a dkg:ForeignMinister .
person:colonna a dkg:Person .
state:FRA a dkg:State .
org:EU a dkg:InternationalOrganisation .
state:DEU dkg:memberOf org:EU .
ex:visit a dkg:Visit ;
    dkg:visitor person:baerbock ;
    dkg:destination state:FRA ;
    dkg:status dkg:Completed .
ex:call a dkg:Meeting ;
    dkg:participant person:baerbock, person:colonna ;
    dkg:mode dkg:Phone ;
    dkg:status dkg:Completed .
ex:meeting a dkg:Meeting ;
    dkg:participant person:baerbock, person:colonna ;
    dkg:mode dkg:InPerson .
"""


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def closure(ontology: Graph, *data: Graph | str) -> Graph:
    """The OWL RL closure of the ontology plus the given graphs (or Turtle strings)."""
    graph = Graph()
    graph += ontology
    for part in data:
        if isinstance(part, str):
            graph.parse(data=part, format="turtle")
        else:
            graph += part
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def inconsistencies(graph: Graph) -> list[str]:
    """owlrl's verdicts: it adds ``[] a err:ErrorMessage ; err:error "..."`` per violated rule."""
    return sorted(
        str(message)
        for node in graph.subjects(RDF.type, ERRNS.ErrorMessage)
        for message in graph.objects(node, ERRNS.error)
    )


def dkg_terms_declared(ontology: Graph) -> set[URIRef]:
    namespace = str(DKG._NS)
    return {
        subject
        for subject in ontology.subjects(RDF.type, None)
        if isinstance(subject, URIRef) and subject.startswith(namespace)
    }


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.creator) is not None
    license_iri = URIRef("https://opensource.org/licenses/MIT")
    assert (ONTOLOGY_IRI, DCTERMS.license, license_iri) in ontology


def test_vocab_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    in_vocab = set(dir(DKG))
    in_ontology = dkg_terms_declared(ontology)
    assert in_vocab - in_ontology == set(), "in vocab.py but not declared in the ontology"
    assert in_ontology - in_vocab == set(), "declared in the ontology but missing from vocab.py"


def test_every_dkg_term_is_used_only_if_declared(ontology: Graph) -> None:
    namespace = str(DKG._NS)
    mentioned = {
        term
        for triple in ontology
        for term in triple
        if isinstance(term, URIRef) and term.startswith(namespace)
    }
    assert mentioned <= dkg_terms_declared(ontology)


@pytest.mark.parametrize("term", sorted(dir(DKG)))
def test_term_has_kind_label_and_comment(ontology: Graph, term: URIRef) -> None:
    kinds = set(ontology.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    label = ontology.value(term, RDFS.label)
    comment = ontology.value(term, RDFS.comment)
    assert label is not None and str(label).strip()
    assert comment is not None and len(str(comment)) > len(str(label))


def test_misspelt_term_raises() -> None:
    with pytest.raises(AttributeError):
        _ = DKG.Vist


def test_value_maps_cover_the_model() -> None:
    assert tuple(STATUS) == STATUSES
    assert tuple(MODE) == typing.get_args(Mode)
    assert tuple(OFFICE) == ROLES
    assert tuple(ROLE_CLASS) == ROLES
    assert {STATUS_BY_IRI[iri] for iri in STATUS.values()} == set(STATUS)
    assert {MODE_BY_IRI[iri] for iri in MODE.values()} == set(MODE)
    assert {OFFICE_BY_IRI[iri] for iri in OFFICE.values()} == set(OFFICE)
    assert {ROLE_BY_CLASS[iri] for iri in ROLE_CLASS.values()} == set(ROLE_CLASS)


def test_value_individuals_are_typed(ontology: Graph) -> None:
    for values, kind in ((STATUS, DKG.Status), (MODE, DKG.MeetingMode), (OFFICE, DKG.Office)):
        for iri in values.values():
            assert (iri, RDF.type, kind) in ontology
    for role_class in ROLE_CLASS.values():
        assert (role_class, RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("values", [STATUS, MODE, OFFICE], ids=["status", "mode", "office"])
def test_value_individuals_are_pairwise_different(ontology: Graph, values: dict) -> None:
    for first, second in itertools.combinations(values.values(), 2):
        assert (first, OWL.differentFrom, second) in ontology or (
            second,
            OWL.differentFrom,
            first,
        ) in ontology


def test_closure_of_ontology_alone_is_consistent(ontology: Graph) -> None:
    assert inconsistencies(closure(ontology)) == []


def test_foreign_minister_is_a_minister_official_and_person(ontology: Graph) -> None:
    inferred = closure(ontology, INSTANCES)
    baerbock = URIRef(EX + "person/baerbock")
    for kind in (DKG.Minister, DKG.Official, DKG.Person, DKG.Actor, FOAF.Person):
        assert (baerbock, RDF.type, kind) in inferred, kind


def test_visitor_is_a_participant_and_sem_actor(ontology: Graph) -> None:
    inferred = closure(ontology, INSTANCES)
    visit, baerbock = URIRef(EX + "visit"), URIRef(EX + "person/baerbock")
    assert (visit, DKG.participant, baerbock) in inferred
    assert (visit, SEM.hasActor, baerbock) in inferred
    assert (visit, RDF.type, DKG.Event) in inferred


def test_member_of_entails_has_member(ontology: Graph) -> None:
    inferred = closure(ontology, INSTANCES)
    germany, eu = URIRef(EX + "state/DEU"), URIRef(EX + "org/EU")
    assert (eu, DKG.hasMember, germany) in inferred
    assert (eu, ORG.hasMember, germany) in inferred
    assert (germany, ORG.memberOf, eu) in inferred
    assert (germany, RDF.type, DKG.State) in inferred


def test_meeting_by_phone_is_a_phone_call(ontology: Graph) -> None:
    inferred = closure(ontology, INSTANCES)
    assert (URIRef(EX + "call"), RDF.type, DKG.PhoneCall) in inferred
    assert (URIRef(EX + "meeting"), RDF.type, DKG.PhoneCall) not in inferred


def test_closure_of_consistent_data_is_consistent(ontology: Graph) -> None:
    assert inconsistencies(closure(ontology, INSTANCES)) == []


def test_closure_of_conforming_article_graph_is_consistent(ontology: Graph) -> None:
    article = Graph()
    for name in ("context.ttl", "conforming.ttl"):
        article.parse(SHAPE_FIXTURES / name, format="turtle")
    assert inconsistencies(closure(ontology, article)) == []


def test_visit_that_is_also_a_meeting_is_inconsistent(ontology: Graph) -> None:
    bad = INSTANCES + "ex:visit a dkg:Meeting .\n"
    errors = inconsistencies(closure(ontology, bad))
    assert any("Disjoint classes" in error and EX + "visit" in error for error in errors)


def test_phone_call_that_is_also_a_visit_is_inconsistent(ontology: Graph) -> None:
    bad = INSTANCES + "ex:call a dkg:Visit .\n"
    errors = inconsistencies(closure(ontology, bad))
    assert any("Disjoint classes" in error and EX + "call" in error for error in errors)


def test_person_used_as_destination_is_inconsistent(ontology: Graph) -> None:
    bad = INSTANCES + "ex:visit dkg:destination person:colonna .\n"
    errors = inconsistencies(closure(ontology, bad))
    assert any("Disjoint classes" in error and EX + "person/colonna" in error for error in errors)


@pytest.mark.parametrize(
    ("first", "second"),
    list(itertools.combinations(STATUS.values(), 2)),
    ids=lambda iri: iri.split("#")[-1],
)
def test_event_with_two_statuses_is_inconsistent(
    ontology: Graph, first: URIRef, second: URIRef
) -> None:
    bad = f"""
    @prefix dkg: <{DKG._NS}> .
    <{EX}event> a dkg:Visit ; dkg:status <{first}>, <{second}> .
    """
    errors = inconsistencies(closure(ontology, bad))
    assert any("sameAs" in error for error in errors)
