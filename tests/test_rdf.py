"""rdf.article_graph: the triples docs/design.md promises, deterministic IRIs, and a golden file.

Regenerate the golden file after an intended mapping change with
``DIPLOKG_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_rdf.py`` and review its diff.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from diplokg.iri import DEFAULT_BASE, article_iri, evidence_iri, person_iri, state_iri
from diplokg.model import (
    Article,
    CityRef,
    Discussion,
    Evidence,
    Extraction,
    Meeting,
    Membership,
    OfficeHolding,
    OrgRef,
    PersonRef,
    StateRef,
    TopicRef,
    Visit,
)
from diplokg.rdf import article_graph, statement_iri
from diplokg.vocab import DCTERMS, DKG, FOAF, ORG, PROV, SKOS

# Imported XSD would warn when pytest scans the module for fixtures; one IRI is all we need.
XSD_ANY_URI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
GOLDEN = Path(__file__).parent / "fixtures" / "golden" / "rdf_small.ttl"

TEXT = (
    "Russian Foreign Minister Sergei Lavrov will leave for Minsk on Tuesday. "
    "He will meet Belarusian counterpart Sergei Martynov. "
    "It is not ruled out that they will discuss Syria. "
    "They will also discuss regional security within the CSTO."
)


def evidence(index: int) -> Evidence:
    """Sentence ``index`` of TEXT, with its true character offsets."""
    sentence = TEXT.split(". ")[index].rstrip(".") + "."
    start = TEXT.index(sentence)
    return Evidence(index, start, start + len(sentence), sentence)


LAVROV = PersonRef("Sergei Lavrov", "sergei-lavrov", ("Sergey Lavrov", "Lavrov"))
MARTYNOV = PersonRef("Sergei Martynov", "sergei-martynov")
RUS = StateRef("RUS", "Russia")
BLR = StateRef("BLR", "Belarus")
CSTO = OrgRef("CSTO", "Collective Security Treaty Organization")
MINSK = CityRef("Minsk", "BLR")
ARTICLE = Article(
    id="t01",
    text=TEXT,
    title="Lavrov to visit Minsk",
    date=dt.date(2012, 8, 14),
    url="https://example.org/lavrov-minsk",
    source="Wire",
)

VISIT = Visit(
    (evidence(0),),
    0.9,
    visitor=LAVROV,
    destination=BLR,
    status="planned",
    city=MINSK,
    start=dt.date(2012, 8, 14),
    host=MARTYNOV,
)
MEETING = Meeting(
    (evidence(1),), 0.8, participants=(LAVROV, MARTYNOV), status="planned", place=MINSK
)
HEDGED_DISCUSSION = Discussion(
    (evidence(2),),
    0.5,
    participants=(LAVROV, MARTYNOV),
    topic=StateRef("SYR", "Syria"),
    status="planned",
    event=MEETING,
    hedged=True,
)
DISCUSSION = Discussion(
    (evidence(3),),
    0.7,
    participants=(LAVROV, MARTYNOV),
    topic=TopicRef("regional security"),
    status="planned",
    event=MEETING,
)


def small_extraction() -> Extraction:
    return Extraction(
        ARTICLE,
        offices=[
            OfficeHolding((evidence(0),), 0.95, person=LAVROV, role="foreign_minister", state=RUS),
            OfficeHolding((evidence(1),), 0.9, person=MARTYNOV, role="foreign_minister", state=BLR),
        ],
        visits=[VISIT],
        meetings=[MEETING],
        discussions=[HEDGED_DISCUSSION, DISCUSSION],
        memberships=[
            Membership((evidence(3),), 0.6, member=RUS, org=CSTO, presupposed=True),
        ],
    )


def node(statement: object) -> URIRef:
    return statement_iri(statement, "t01")  # type: ignore[arg-type]


def test_golden_turtle_is_isomorphic() -> None:
    graph = article_graph(small_extraction())
    if os.environ.get("DIPLOKG_REGEN_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(graph, expected):
        _, only_made, only_golden = graph_diff(to_isomorphic(graph), to_isomorphic(expected))
        pytest.fail(
            "graph differs from the golden file\nonly in the made graph:\n"
            + only_made.serialize(format="nt")
            + "only in the golden file:\n"
            + only_golden.serialize(format="nt")
        )


def test_iris_are_deterministic_across_runs() -> None:
    first, second = article_graph(small_extraction()), article_graph(small_extraction())
    assert set(first) == set(second)
    assert node(VISIT).startswith(f"{DEFAULT_BASE}id/article/t01/visit/")
    assert len(node(VISIT).rsplit("/", 1)[1]) == 12


def test_evidence_and_confidence_do_not_change_the_statement_iri() -> None:
    again = dataclasses.replace(VISIT, evidence=(evidence(2),), confidence=0.1)
    assert node(again) == node(VISIT)
    swapped = dataclasses.replace(MEETING, participants=(MARTYNOV, LAVROV))
    assert node(swapped) == node(MEETING)


def test_distinct_statements_get_distinct_iris() -> None:
    variants = [
        VISIT,
        dataclasses.replace(VISIT, status="completed"),
        dataclasses.replace(VISIT, start=dt.date(2012, 8, 15)),
        dataclasses.replace(VISIT, host=None),
        dataclasses.replace(VISIT, hedged=True),
        dataclasses.replace(VISIT, destination=RUS),
    ]
    assert len({node(v) for v in variants}) == len(variants)
    assert node(HEDGED_DISCUSSION) != node(dataclasses.replace(HEDGED_DISCUSSION, hedged=False))


def test_duplicates_collapse_keeping_all_evidence_and_best_confidence() -> None:
    duplicate = dataclasses.replace(VISIT, evidence=(evidence(1),), confidence=0.95)
    graph = article_graph(Extraction(ARTICLE, visits=[VISIT, duplicate]))
    visits = set(graph.subjects(RDF.type, DKG.Visit))
    assert visits == {node(VISIT)}
    spans = set(graph.objects(node(VISIT), DKG.evidence))
    assert spans == {evidence_iri("t01", e.start, e.end) for e in (evidence(0), evidence(1))}
    assert list(graph.objects(node(VISIT), DKG.confidence)) == [Literal(Decimal("0.95"))]


def test_statement_nodes_carry_class_superclasses_and_provenance() -> None:
    graph = article_graph(small_extraction())
    article = article_iri("t01")
    visit = node(VISIT)
    assert set(graph.objects(visit, RDF.type)) == {DKG.Visit, DKG.Event, DKG.Statement}
    assert (visit, PROV.wasDerivedFrom, article) in graph
    assert (visit, DKG.visitor, person_iri("sergei-lavrov")) in graph
    assert (visit, DKG.destination, state_iri("BLR")) in graph
    assert (visit, DKG.host, person_iri("sergei-martynov")) in graph
    assert (visit, DKG.status, DKG.Planned) in graph
    assert (visit, DKG.startDate, Literal(dt.date(2012, 8, 14))) in graph
    assert (visit, DKG.confidence, Literal(Decimal("0.9"))) in graph
    assert (visit, DKG.hedged, None) not in graph
    for holding in graph.subjects(RDF.type, DKG.OfficeHolding):
        assert set(graph.objects(holding, RDF.type)) == {DKG.OfficeHolding, DKG.Statement}
        assert (holding, ORG.role, DKG.ForeignMinisterOffice) in graph
        assert (holding, DKG.observedOn, Literal(dt.date(2012, 8, 14))) in graph


def test_evidence_node_has_offsets_quote_and_article() -> None:
    graph = article_graph(small_extraction())
    span = evidence(1)
    evidence_node = URIRef(f"{DEFAULT_BASE}id/article/t01/span/{span.start}-{span.end}")
    assert (node(MEETING), DKG.evidence, evidence_node) in graph
    assert (evidence_node, RDF.type, DKG.Evidence) in graph
    assert (evidence_node, DKG.inArticle, article_iri("t01")) in graph
    assert (evidence_node, DKG.startOffset, Literal(span.start)) in graph
    assert (evidence_node, DKG.endOffset, Literal(span.end)) in graph
    assert (evidence_node, DKG.sentenceIndex, Literal(1)) in graph
    assert (evidence_node, DKG.quote, Literal(span.quote)) in graph
    assert TEXT[span.start : span.end] == span.quote


def test_hedged_discussion_is_flagged_and_points_to_its_event() -> None:
    graph = article_graph(small_extraction())
    hedged, plain = node(HEDGED_DISCUSSION), node(DISCUSSION)
    assert (hedged, DKG.hedged, Literal(True)) in graph
    assert (plain, DKG.hedged, None) not in graph
    assert (hedged, DKG.discusses, state_iri("SYR")) in graph
    assert (hedged, DKG.partOf, node(MEETING)) in graph
    topic = URIRef(f"{DEFAULT_BASE}id/topic/regional-security")
    assert (plain, DKG.discusses, topic) in graph
    assert (topic, RDF.type, DKG.Topic) in graph
    assert (topic, RDFS.label, Literal("regional security")) in graph


def test_discussion_event_is_written_even_when_not_listed_as_a_meeting() -> None:
    graph = article_graph(Extraction(ARTICLE, discussions=[DISCUSSION]))
    assert (node(MEETING), RDF.type, DKG.Meeting) in graph
    assert (node(DISCUSSION), DKG.partOf, node(MEETING)) in graph


def test_entities_are_typed_and_labelled() -> None:
    graph = article_graph(small_extraction())
    lavrov = person_iri("sergei-lavrov")
    assert set(graph.objects(lavrov, RDF.type)) == {
        DKG.Person,
        DKG.Actor,
        DKG.ForeignMinister,
        DKG.Minister,
        DKG.Official,
    }
    assert list(graph.objects(lavrov, FOAF.name)) == [Literal("Sergei Lavrov")]
    assert set(graph.objects(lavrov, SKOS.altLabel)) == {
        Literal("Sergey Lavrov"),
        Literal("Lavrov"),
    }
    assert set(graph.objects(lavrov, DKG.holdsOffice)) == set(graph.subjects(ORG.member, lavrov))
    blr = state_iri("BLR")
    assert set(graph.objects(blr, RDF.type)) == {DKG.State, DKG.Actor}
    assert (blr, DKG.iso3, Literal("BLR")) in graph
    assert (blr, RDFS.label, Literal("Belarus")) in graph
    csto = URIRef(f"{DEFAULT_BASE}id/org/CSTO")
    assert set(graph.objects(csto, RDF.type)) == {DKG.InternationalOrganisation, DKG.Actor}
    assert (csto, DKG.acronym, Literal("CSTO")) in graph
    minsk = URIRef(f"{DEFAULT_BASE}id/city/BLR/minsk")
    assert (minsk, RDF.type, DKG.City) in graph
    assert (minsk, DKG.inState, blr) in graph


def test_city_state_known_only_by_code_is_typed_and_labelled() -> None:
    visit = dataclasses.replace(VISIT, city=CityRef("Geneva", "CHE"), host=None)
    graph = article_graph(Extraction(ARTICLE, visits=[visit]))
    che = state_iri("CHE")
    assert (URIRef(f"{DEFAULT_BASE}id/city/CHE/geneva"), DKG.inState, che) in graph
    assert (che, RDF.type, DKG.State) in graph
    assert (che, DKG.iso3, Literal("CHE")) in graph
    assert (che, RDFS.label, Literal("Switzerland")) in graph


def test_article_metadata() -> None:
    graph = article_graph(small_extraction())
    article = article_iri("t01")
    assert set(graph.objects(article, RDF.type)) == {DKG.Article, PROV.Entity}
    assert (article, DCTERMS.identifier, Literal("t01")) in graph
    assert (article, DCTERMS.title, Literal("Lavrov to visit Minsk")) in graph
    assert (article, DCTERMS.date, Literal(dt.date(2012, 8, 14))) in graph
    assert (article, DCTERMS.publisher, Literal("Wire")) in graph
    assert (article, DCTERMS.language, Literal("en")) in graph
    url = Literal("https://example.org/lavrov-minsk", datatype=XSD_ANY_URI)
    assert (article, DCTERMS.source, url) in graph
    assert (article, DKG.sha256, Literal(ARTICLE.sha256)) in graph


def test_membership_shortcut_only_for_a_current_membership() -> None:
    current = Membership((evidence(3),), 0.6, member=RUS, org=CSTO, presupposed=True)
    ended = Membership((evidence(3),), 0.6, member=BLR, org=CSTO, until=dt.date(2012, 1, 1))
    graph = article_graph(Extraction(ARTICLE, memberships=[current, ended]))
    csto = URIRef(f"{DEFAULT_BASE}id/org/CSTO")
    assert (state_iri("RUS"), DKG.memberOf, csto) in graph
    assert (state_iri("BLR"), DKG.memberOf, csto) not in graph
    assert (node(current), DKG.presupposed, Literal(True)) in graph
    assert (node(current), ORG.member, state_iri("RUS")) in graph
    assert (node(current), ORG.organization, csto) in graph
    assert (node(ended), DKG.until, Literal(dt.date(2012, 1, 1))) in graph
    assert (node(ended), DKG.presupposed, None) not in graph


def test_hedged_office_does_not_type_the_person() -> None:
    hedged = OfficeHolding(
        (evidence(1),), 0.4, person=MARTYNOV, role="head_of_state", state=BLR, hedged=True
    )
    graph = article_graph(Extraction(ARTICLE, offices=[hedged]))
    martynov = person_iri("sergei-martynov")
    assert set(graph.objects(martynov, RDF.type)) == {DKG.Person, DKG.Actor}
    assert (node(hedged), DKG.hedged, Literal(True)) in graph
    assert (node(hedged), ORG.role, DKG.HeadOfStateOffice) in graph


def test_summit_and_phone_call_get_their_extra_classes() -> None:
    summit = dataclasses.replace(MEETING, organisation=CSTO)
    call = dataclasses.replace(MEETING, mode="phone", place=None)
    graph = article_graph(Extraction(ARTICLE, meetings=[summit, call]))
    assert set(graph.objects(node(summit), RDF.type)) == {
        DKG.Summit,
        DKG.Meeting,
        DKG.Event,
        DKG.Statement,
    }
    assert (node(summit), DKG.ofOrganisation, URIRef(f"{DEFAULT_BASE}id/org/CSTO")) in graph
    assert (node(summit), DKG.mode, DKG.InPerson) in graph
    assert set(graph.objects(node(call), RDF.type)) == {
        DKG.PhoneCall,
        DKG.Meeting,
        DKG.Event,
        DKG.Statement,
    }
    assert (node(call), DKG.mode, DKG.Phone) in graph


def test_other_base_moves_every_instance_iri() -> None:
    graph = article_graph(small_extraction(), base="http://example.org/kg/")
    instance_iris = {
        term for triple in graph for term in triple if isinstance(term, URIRef) and "/id/" in term
    }
    assert instance_iris
    assert all(term.startswith("http://example.org/kg/id/") for term in instance_iris)


def test_small_article_conforms_to_the_shapes() -> None:
    from diplokg.validate import validate_graph

    violations = validate_graph(article_graph(small_extraction()))
    assert [v.line("t01") for v in violations] == []


def test_office_holdings_give_the_person_office_shortcut_hedged_too() -> None:
    hedged = OfficeHolding(
        (evidence(1),), 0.4, person=MARTYNOV, role="head_of_state", state=BLR, hedged=True
    )
    graph = article_graph(Extraction(ARTICLE, offices=[*small_extraction().offices, hedged]))
    shortcuts = set(graph.subject_objects(DKG.holdsOfficeIn))
    assert shortcuts == {
        (person_iri("sergei-lavrov"), state_iri("RUS")),
        (person_iri("sergei-martynov"), state_iri("BLR")),
    }
    envoy = OfficeHolding(
        (evidence(0),), 0.9, person=LAVROV, role="ambassador", state=RUS, org=CSTO
    )
    graph = article_graph(Extraction(ARTICLE, offices=[envoy]))
    csto = URIRef(f"{DEFAULT_BASE}id/org/CSTO")
    assert set(graph.objects(person_iri("sergei-lavrov"), DKG.holdsOfficeIn)) == {
        state_iri("RUS"),
        csto,
    }


def test_event_date_is_the_start_date_else_the_article_date() -> None:
    graph = article_graph(small_extraction())
    article_day, start = Literal(dt.date(2012, 8, 14)), Literal(dt.date(2012, 8, 14))
    assert list(graph.objects(node(VISIT), DKG.eventDate)) == [start]
    later = dataclasses.replace(VISIT, start=dt.date(2012, 8, 20))
    graph = article_graph(Extraction(ARTICLE, visits=[later], discussions=[DISCUSSION]))
    assert list(graph.objects(node(later), DKG.eventDate)) == [Literal(dt.date(2012, 8, 20))]
    assert list(graph.objects(node(MEETING), DKG.eventDate)) == [article_day]  # no start
    assert list(graph.objects(node(DISCUSSION), DKG.eventDate)) == [article_day]
    undated = dataclasses.replace(ARTICLE, date=None)
    graph = article_graph(Extraction(undated, visits=[later], meetings=[MEETING]))
    assert list(graph.objects(node(later), DKG.eventDate)) == [Literal(dt.date(2012, 8, 20))]
    assert list(graph.objects(node(MEETING), DKG.eventDate)) == []  # neither date
