"""The SHACL shapes accept a well-formed article graph and reject each kind of broken one.

Fixtures live in ``tests/fixtures/shapes``: ``context.ttl`` holds an article, its evidence spans and
the entities it mentions; ``conforming.ttl`` adds one statement of every kind; each other file adds
one broken statement to the context. Validation runs as the pipeline's gate does: no inference.
"""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH

from diplokg.resources import ontology_path, shapes_dir
from diplokg.vocab import DKG, PROV

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
DKGSH = Namespace("https://w3id.org/diplokg/shapes#")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    graph = Graph()
    for path in sorted(shapes_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def validate(shapes: Graph, *fixture_names: str) -> tuple[bool, Graph]:
    data = Graph()
    for name in ("context.ttl", *fixture_names):
        data.parse(FIXTURES / name, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), report


def results(report: Graph) -> list[tuple[URIRef, URIRef, str]]:
    """(path, source shape, message) of every validation result."""
    return [
        (
            report.value(result, SH.resultPath),
            report.value(result, SH.sourceShape),
            str(report.value(result, SH.resultMessage)),
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]


def test_shapes_are_split_by_area() -> None:
    names = {path.stem for path in shapes_dir().glob("*.ttl")}
    assert {"actors", "articles", "events", "provenance", "statements"} <= names


def test_conforming_article_graph_conforms(shapes: Graph) -> None:
    conforms, report = validate(shapes, "conforming.ttl")
    assert conforms, report.serialize(format="turtle")


@pytest.mark.parametrize(
    ("fixture", "path", "shape"),
    [
        ("visit_without_destination.ttl", DKG.destination, DKGSH["Visit-destination"]),
        ("meeting_one_participant.ttl", DKG.participant, DKGSH["Meeting-participant"]),
        ("evidence_end_before_start.ttl", DKG.startOffset, DKGSH["Evidence-startOffset"]),
        ("bad_status.ttl", DKG.status, DKGSH["Event-status"]),
        ("confidence_out_of_range.ttl", DKG.confidence, DKGSH["Statement-confidence"]),
        ("statement_without_evidence.ttl", DKG.evidence, DKGSH["Statement-evidence"]),
        ("visit_ends_before_start.ttl", DKG.startDate, DKGSH["Event-startDate"]),
        ("discussion_of_person.ttl", DKG.discusses, DKGSH["Discussion-discusses"]),
    ],
)
def test_broken_statement_is_reported_at_its_path(
    shapes: Graph, fixture: str, path: URIRef, shape: URIRef
) -> None:
    conforms, report = validate(shapes, fixture)
    assert not conforms
    message = str(shapes.value(shape, SH.message))
    assert results(report) == [(path, shape, message)]


def test_statement_without_article_is_reported(shapes: Graph) -> None:
    data = Graph().parse(FIXTURES / "context.ttl", format="turtle")
    data.parse(FIXTURES / "conforming.ttl", format="turtle")
    data.remove((None, PROV.wasDerivedFrom, None))
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms
    assert {path for path, _, _ in results(report)} == {PROV.wasDerivedFrom}


def test_bad_entity_identifiers_are_reported(shapes: Graph) -> None:
    data = Graph().parse(FIXTURES / "context.ttl", format="turtle")
    france = URIRef("https://w3id.org/diplokg/id/state/FRA")
    article = URIRef("https://w3id.org/diplokg/id/article/sample-0001")
    data.set((france, DKG.iso3, Literal("fra")))
    data.set((article, DKG.sha256, Literal("not-a-digest")))
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms
    assert {shape for _, shape, _ in results(report)} == {
        DKGSH["State-iso3"],
        DKGSH["Article-sha256"],
    }


def test_every_shape_says_what_is_wrong(shapes: Graph) -> None:
    named_shapes = {
        shape
        for kind in (SH.NodeShape, SH.PropertyShape)
        for shape in shapes.subjects(RDF.type, kind)
    }
    assert named_shapes
    for shape in named_shapes:
        assert isinstance(shape, URIRef) and shape.startswith(str(DKGSH)), shape
        assert shapes.value(shape, SH.message) is not None, shape
    for property_shape in shapes.objects(None, SH.property):
        assert property_shape in named_shapes


def test_shapes_use_only_declared_dkg_terms(shapes: Graph) -> None:
    ontology = Graph().parse(ontology_path(), format="turtle")
    namespace = str(DKG._NS)
    used = {
        term
        for triple in shapes
        for term in triple
        if isinstance(term, URIRef) and term.startswith(namespace)
    }
    assert used
    undeclared = {term for term in used if (term, RDF.type, None) not in ontology}
    assert undeclared == set()


def with_shortcuts(data: Graph) -> Graph:
    """``data`` plus the shortcuts rdf.py derives: dkg:holdsOfficeIn and dkg:eventDate."""
    rows = data.query(
        """PREFIX dkg: <https://w3id.org/diplokg/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        CONSTRUCT { ?person dkg:holdsOfficeIn ?body . ?event dkg:eventDate ?date }
        WHERE {
          { ?person dkg:holdsOffice ?holding . ?holding org:organization ?body }
          UNION
          { ?event a dkg:Event ; prov:wasDerivedFrom ?article .
            OPTIONAL { ?event dkg:startDate ?start } OPTIONAL { ?article dcterms:date ?day }
            BIND(COALESCE(?start, ?day) AS ?date) }
        }"""
    )
    for triple in rows:
        data.add(triple)
    return data


def shortcut_data() -> Graph:
    data = Graph().parse(FIXTURES / "context.ttl", format="turtle")
    data.parse(FIXTURES / "conforming.ttl", format="turtle")
    return with_shortcuts(data)


def test_shortcuts_as_rdf_makes_them_conform(shapes: Graph) -> None:
    data = shortcut_data()
    assert len(set(data.subject_objects(DKG.holdsOfficeIn))) >= 1
    assert len(set(data.subject_objects(DKG.eventDate))) >= 3
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert conforms, report.serialize(format="turtle")


def test_a_wrong_event_date_is_reported(shapes: Graph) -> None:
    data = shortcut_data()
    started = next(iter(data.subjects(DKG.startDate, None)))
    unstarted = next(
        e for e in data.subjects(DKG.eventDate, None) if (e, DKG.startDate, None) not in data
    )
    for event in (started, unstarted):
        wrong = data.__class__()
        for triple in data:
            wrong.add(triple)
        wrong.set((event, DKG.eventDate, Literal("1999-01-01", datatype=XSD_DATE)))
        conforms, report, _ = pyshacl.validate(wrong, shacl_graph=shapes, inference="none")
        assert not conforms
        assert {shape for _, shape, _ in results(report)} == {DKGSH["EventDateShape"]}


def test_a_wrong_or_missing_office_shortcut_is_reported(shapes: Graph) -> None:
    data = shortcut_data()
    person, body = next(iter(data.subject_objects(DKG.holdsOfficeIn)))
    poland = URIRef("https://w3id.org/diplokg/id/state/POL")
    data.add((poland, RDF.type, DKG.State))
    data.add((poland, DKG.iso3, Literal("POL")))
    data.add((poland, RDFS.label, Literal("Poland")))
    data.add((person, DKG.holdsOfficeIn, poland))  # an office the graph does not record
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms
    assert {shape for _, shape, _ in results(report)} == {DKGSH["Person-holdsOfficeIn-holdings"]}
    data.remove((person, DKG.holdsOfficeIn, None))
    data.add((person, DKG.holdsOfficeIn, poland))  # the right one missing
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms
    topic = URIRef("https://w3id.org/diplokg/id/topic/energy-security")
    data.remove((person, DKG.holdsOfficeIn, None))
    data.add((person, DKG.holdsOfficeIn, body))
    data.add((person, DKG.holdsOfficeIn, topic))  # not a state or organisation
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms
    assert DKGSH["Person-holdsOfficeIn"] in {shape for _, shape, _ in results(report)}
