"""The SHACL gate on a real article's graph: conforming passes, each bad statement is one line.

The graphs come from the pipeline's own steps (read, extract, map) on a fixture article, then one
statement is broken by hand, because extraction never writes a bad statement on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from diplokg.articles import read_articles
from diplokg.extract import extract
from diplokg.iri import article_iri, person_iri
from diplokg.model import Article
from diplokg.rdf import article_graph
from diplokg.validate import Violation, validate_graph
from diplokg.vocab import DCTERMS, DKG

MINSK = "fx-minsk-visit"


@pytest.fixture(scope="module")
def article(fixture_articles: Path) -> Article:
    [item] = read_articles([fixture_articles / "minsk-visit.txt"])
    assert isinstance(item, Article), item
    return item


@pytest.fixture
def graph(article: Article) -> Graph:
    return article_graph(extract(article))


def only(graph: Graph, cls: URIRef) -> URIRef:
    [node] = [n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef)]
    return node


def talks_with_martynov(graph: Graph) -> URIRef:
    """The planned Lavrov-Martynov meeting of the second sentence."""
    martynov = person_iri("sergei-martynov")
    [node] = [
        m for m in graph.subjects(RDF.type, DKG.Meeting) if (m, DKG.participant, martynov) in graph
    ]
    return node


def sentence_of(graph: Graph, statement: URIRef) -> int:
    [index] = {
        int(graph.value(e, DKG.sentenceIndex)) for e in graph.objects(statement, DKG.evidence)
    }
    return index


def test_a_conforming_article_graph_has_no_violations(graph: Graph) -> None:
    assert validate_graph(graph) == []


def test_a_meeting_with_one_participant_is_one_line_naming_article_and_sentence(
    graph: Graph,
) -> None:
    meeting = talks_with_martynov(graph)
    graph.remove((meeting, DKG.participant, person_iri("sergei-martynov")))
    sentence = sentence_of(graph, meeting)
    assert sentence > 0  # the talks are in the second sentence, not the dateline

    [violation] = validate_graph(graph)

    assert violation.sentence == sentence
    assert violation.path == "participant"
    assert violation.severity == "Violation"
    line = violation.line(MINSK)
    assert line.startswith(f"article {MINSK}, sentence {sentence}: ")
    assert "must have at least two dkg:participant" in line
    assert f"(on article/{MINSK}/meeting/" in line
    assert "\n" not in line


def test_a_status_outside_the_four_is_caught(graph: Graph) -> None:
    visit = only(graph, DKG.Visit)
    graph.remove((visit, DKG.status, None))
    graph.add((visit, DKG.status, DKG.Phone))

    violations = validate_graph(graph)

    assert [(v.path, v.sentence) for v in violations] == [("status", sentence_of(graph, visit))]
    assert "dkg:Planned" in violations[0].message


def test_violations_are_ordered_by_sentence(graph: Graph) -> None:
    visit = only(graph, DKG.Visit)
    meeting = talks_with_martynov(graph)
    graph.remove((meeting, DKG.mode, None))
    graph.remove((visit, DKG.destination, None))

    violations = validate_graph(graph)

    sentences = [v.sentence for v in violations]
    assert sentences == sorted(sentences)
    assert {v.path for v in violations} == {"mode", "destination"}


def test_a_problem_outside_any_statement_names_only_the_article(graph: Graph) -> None:
    graph.remove((article_iri(MINSK), DCTERMS.identifier, None))

    [violation] = validate_graph(graph)

    assert violation.sentence is None
    assert re.match(
        rf"article {MINSK}: An article must have exactly one dcterms:identifier",
        (violation.line(MINSK)),
    )


def test_violation_line_format() -> None:
    violation = Violation("article/a1/visit/abc", "destination", "Missing.", 3, "Violation")
    assert (
        violation.line("a1")
        == "article a1, sentence 3: Missing. [destination] (on article/a1/visit/abc)"
    )
