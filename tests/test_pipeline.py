"""The main job end to end: articles in, one validated named graph per article in the store.

Each test ingests real article files (``tests/fixtures/articles``, ``data/samples``) into an
embedded Oxigraph store under ``tmp_path``. Inference is off except where a test is about it: the
real OWL RL run over the reference data takes about a minute and is covered once, by the demo
(``test_reason.py``); here a stub reasoner checks what the pipeline hands it and stores.

Golden facts: ``tests/fixtures/golden/facts_samples.jsonl`` is what ``diplokg facts data/samples``
prints. Extraction keeps improving, so this file changes on purpose; the test makes each change
visible. After an intended change, rewrite it with
``DIPLOKG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_pipeline.py -k golden`` and review the diff.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

import diplokg.pipeline as pipeline
from diplokg.cli import cli
from diplokg.facts import facts_from_store
from diplokg.iri import (
    DEFAULT_BASE,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    article_iri,
    graph_iri,
    person_iri,
    state_iri,
)
from diplokg.pipeline import IngestReport, ensure_static_graphs, ingest, run_inference
from diplokg.reason import Inference
from diplokg.store import EmbeddedStore
from diplokg.vocab import DCTERMS, DKG, PROV

MINSK = "fx-minsk-visit"
CALL = "fx-beijing-call"
GOLDEN_FACTS = Path(__file__).parent / "fixtures" / "golden" / "facts_samples.jsonl"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_ANY_URI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")


@pytest.fixture(scope="session")
def static_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder holding only the ontology and reference graphs, as every ingest starts.

    Tests copy it instead of writing the 13k reference triples again (about 1.5 s each).
    """
    path = tmp_path_factory.mktemp("static") / "store"
    template = EmbeddedStore(path)
    ensure_static_graphs(template)
    template.close()
    return path


@pytest.fixture
def store(tmp_path: Path, static_store: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(Path(shutil.copytree(static_store, tmp_path / "store")))
    yield opened
    opened.close()


@pytest.fixture
def articles(tmp_path: Path, fixture_articles: Path) -> Path:
    """A private copy of the fixture articles, so a test may edit or add files."""
    return Path(shutil.copytree(fixture_articles, tmp_path / "articles"))


def ingest_articles(inputs: list[Path], store: EmbeddedStore, **kwargs: object) -> IngestReport:
    """``pipeline.ingest`` with inference off unless a test asks for it."""
    kwargs.setdefault("infer", False)
    return ingest(inputs, store, **kwargs)  # type: ignore[arg-type]


def article_quads(store: EmbeddedStore, article_id: str, base: str = DEFAULT_BASE) -> set:
    return set(store.graph(graph_iri(article_id, base)))


def visits(graph: Graph) -> list[URIRef]:
    return [v for v in graph.subjects(RDF.type, DKG.Visit) if isinstance(v, URIRef)]


def mentions_article(store: EmbeddedStore, article_id: str) -> bool:
    """Whether any quad in any graph has a subject or object minted for this article."""
    prefix = str(article_iri(article_id))
    return store.ask(
        "ASK { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?s), "{prefix}") || STRSTARTS(STR(?o), "{prefix}")) }}'
    )


# -- named graphs and the triples of one article ------------------------------------------------


def test_ingest_stores_one_named_graph_per_article_beside_reference_and_ontology(
    tmp_path: Path, articles: Path
) -> None:
    store = EmbeddedStore(tmp_path / "fresh")  # empty: ingest must add ontology and reference
    report = ingest_articles([articles], store)

    assert [(o.article_id, o.status) for o in report.outcomes] == [
        (CALL, "stored"),
        (MINSK, "stored"),
    ]
    assert all(o.statements > 0 and o.triples > o.statements for o in report.stored)
    names = set(store.graph_names())
    assert {
        "https://w3id.org/diplokg/graph/article/fx-minsk-visit",
        "https://w3id.org/diplokg/graph/article/fx-beijing-call",
        "https://w3id.org/diplokg/graph/reference",
        "https://w3id.org/diplokg/graph/ontology",
    } <= names
    assert str(INFERRED_GRAPH) not in names  # infer=False writes no inferences
    assert (DKG.Visit, RDF.type, OWL.Class) in store.graph(str(ONTOLOGY_GRAPH))
    reference = store.graph(str(REFERENCE_GRAPH))
    assert (state_iri("BLR"), DKG.iso2, Literal("BY")) in reference
    store.close()


def test_planned_visit_is_stored_with_its_evidence_span(
    store: EmbeddedStore, articles: Path
) -> None:
    ingest_articles([articles], store)
    graph = store.graph(graph_iri(MINSK))
    article = article_iri(MINSK)
    lavrov = URIRef("https://w3id.org/diplokg/id/person/sergei-lavrov")
    belarus = URIRef("https://w3id.org/diplokg/id/state/BLR")

    [visit] = [v for v in visits(graph) if (v, DKG.visitor, lavrov) in graph]
    assert (visit, DKG.destination, belarus) in graph
    assert (visit, DKG.status, DKG.Planned) in graph
    assert (visit, DKG.startDate, Literal("2011-11-23", datatype=XSD_DATE)) in graph  # Wednesday
    assert (visit, DKG.place, URIRef("https://w3id.org/diplokg/id/city/BLR/minsk")) in graph
    assert (visit, PROV.wasDerivedFrom, article) in graph
    assert str(visit).startswith(f"{article}/visit/")
    assert (lavrov, RDF.type, DKG.ForeignMinister) in graph
    assert (lavrov, RDF.type, DKG.Person) in graph

    text = (articles / "minsk-visit.txt").read_text(encoding="utf-8").split("---\n", 2)[2].strip()
    evidence = list(graph.objects(visit, DKG.evidence))
    assert evidence
    for span in evidence:
        start = graph.value(span, DKG.startOffset).toPython()
        end = graph.value(span, DKG.endOffset).toPython()
        assert str(span) == f"{article}/span/{start}-{end}"
        assert (span, DKG.inArticle, article) in graph
        assert text[start:end] == str(graph.value(span, DKG.quote))
        assert "Sergei Lavrov will leave for Minsk" in text[start:end]


def test_article_metadata_is_in_its_graph(store: EmbeddedStore, articles: Path) -> None:
    ingest_articles([articles / "minsk-visit.txt"], store)
    graph = store.graph(graph_iri(MINSK))
    article = article_iri(MINSK)
    text = (articles / "minsk-visit.txt").read_text(encoding="utf-8").split("---\n", 2)[2].strip()

    assert (article, RDF.type, DKG.Article) in graph
    assert (article, DCTERMS.identifier, Literal(MINSK)) in graph
    assert (article, DCTERMS.date, Literal("2011-11-21", datatype=XSD_DATE)) in graph
    assert (
        article,
        DCTERMS.title,
        Literal("Lavrov to travel to Minsk for talks with Martynov"),
    ) in graph
    assert (article, DCTERMS.publisher, Literal("diplokg test fixture, wire style")) in graph
    assert (
        article,
        DCTERMS.source,
        Literal("https://example.org/fixtures/minsk-visit", datatype=XSD_ANY_URI),
    ) in graph
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert (article, DKG.sha256, Literal(sha)) in graph


# -- re-ingesting ---------------------------------------------------------------------------------


def test_reingesting_the_same_articles_changes_nothing(
    store: EmbeddedStore, articles: Path
) -> None:
    ingest_articles([articles], store)
    count, minsk = store.quad_count(), article_quads(store, MINSK)
    ingest_articles([articles], store)

    assert store.quad_count() == count
    assert article_quads(store, MINSK) == minsk
    assert len(minsk) > 50


def test_reingesting_an_edited_article_replaces_its_graph(
    store: EmbeddedStore, articles: Path
) -> None:
    path = articles / "minsk-visit.txt"
    ingest_articles([path], store)
    [old_visit] = visits(store.graph(graph_iri(MINSK)))

    path.write_text(
        path.read_text(encoding="utf-8").replace("Minsk on Wednesday", "Minsk on Thursday"),
        encoding="utf-8",
    )
    report = ingest_articles([path], store)

    assert report.outcomes[0].status == "stored"
    graph = store.graph(graph_iri(MINSK))
    [new_visit] = visits(graph)
    assert new_visit != old_visit  # the start date is part of the statement's identity
    assert (new_visit, DKG.startDate, Literal("2011-11-24", datatype=XSD_DATE)) in graph
    assert not store.ask(f"ASK {{ GRAPH ?g {{ <{old_visit}> ?p ?o }} }}")
    assert not store.ask(f"ASK {{ GRAPH ?g {{ ?s ?p <{old_visit}> }} }}")
    assert "Minsk on Wednesday" not in " ".join(str(q) for q in graph.objects(None, DKG.quote))


# -- bad input in a batch -------------------------------------------------------------------------


def test_broken_articles_are_reported_and_the_rest_of_the_batch_is_stored(
    store: EmbeddedStore, articles: Path
) -> None:
    good_line = (
        '{"id": "fx-jsonl-good", "date": "2019-03-12", "title": "Phone call", "text": '
        '"BEIJING, March 12 (Wire) \\u2014 Chinese Foreign Minister Wang Yi held a telephone '
        'conversation with Kazakh Foreign Minister Beibut Atamkulov on Tuesday."}'
    )
    (articles / "batch.jsonl").write_text(
        "\n".join(
            [
                good_line,
                '{"id": "fx-truncated", "text": "MOSCOW, May 1',  # line 2: invalid JSON
                '{"id": "fx-empty", "date": "2019-03-12", "text": "   \\n  "}',
                '{"id": "fx-bad-date", "date": "12/03/2019", "text": "Lavrov met Wang Yi."}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    (articles / "fx-latin1.txt").write_bytes(
        "MOSCOW, May 1 — Lavrov met his Belarusian counterpart in Brest. Café.".encode("cp1252")
    )

    report = ingest_articles([articles], store)

    by_id = {o.article_id: o for o in report.outcomes}
    errors = {o.article_id for o in report.outcomes if o.status == "error"}
    assert errors == {"batch.jsonl:2", "fx-empty", "fx-bad-date", "fx-latin1"}
    for article_id in errors:
        [message] = by_id[article_id].messages
        assert message.startswith(f"article {article_id}")
        assert "\n" not in message
    assert "invalid JSON" in by_id["batch.jsonl:2"].messages[0]
    assert "empty" in by_id["fx-empty"].messages[0]
    assert "12/03/2019" in by_id["fx-bad-date"].messages[0]
    assert "not UTF-8" in by_id["fx-latin1"].messages[0]

    assert {o.article_id for o in report.stored} == {MINSK, CALL, "fx-jsonl-good"}
    article_graphs = {n for n in store.graph_names() if "/graph/article/" in n}
    assert article_graphs == {graph_iri(i) for i in (MINSK, CALL, "fx-jsonl-good")}
    assert all(not mentions_article(store, bad) for bad in ("fx-empty", "fx-bad-date", "fx-latin1"))


# -- the SHACL gate -------------------------------------------------------------------------------


def _graph_without_destination(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the mapping drop every dkg:destination: a visit then violates the Visit shape."""
    real_article_graph = pipeline.article_graph

    def article_graph(extraction, base=DEFAULT_BASE):  # type: ignore[no-untyped-def]
        graph = real_article_graph(extraction, base)
        graph.remove((None, DKG.destination, None))
        return graph

    monkeypatch.setattr(pipeline, "article_graph", article_graph)


def _visit_sentences(graph: Graph) -> set[int]:
    return {
        int(graph.value(span, DKG.sentenceIndex))
        for visit in visits(graph)
        for span in graph.objects(visit, DKG.evidence)
    }


def test_an_article_violating_the_shapes_stays_out_of_the_store(
    store: EmbeddedStore, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _graph_without_destination(monkeypatch)

    report = ingest_articles([articles], store)

    by_id = {o.article_id: o for o in report.outcomes}
    assert by_id[MINSK].status == "invalid"
    assert by_id[CALL].status == "stored"  # a phone call has no destination to lose
    assert report.violations == 1
    [line] = by_id[MINSK].messages
    assert re.match(rf"article {MINSK}, sentence \d+: .*\[destination\]", line)
    assert "https://" not in line  # IRIs are shortened for reading
    assert graph_iri(MINSK) not in store.graph_names()
    assert not mentions_article(store, MINSK)
    assert graph_iri(CALL) in store.graph_names()


def test_the_violation_names_the_sentence_the_statement_came_from(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplokg.articles import read_articles
    from diplokg.errors import ShapeViolation

    [article] = read_articles([articles / "minsk-visit.txt"])
    sentences = _visit_sentences(pipeline.process(article).graph)
    _graph_without_destination(monkeypatch)

    with pytest.raises(ShapeViolation) as caught:
        pipeline.process(article)

    [line] = caught.value.violations
    assert any(line.startswith(f"article {MINSK}, sentence {i}: ") for i in sentences)
    assert caught.value.article_id == MINSK


def test_an_invalid_new_version_leaves_the_stored_good_version_in_place(
    store: EmbeddedStore, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decision: a rejected article never touches the store, so its last good graph stays.

    The run's report lists it as invalid, which tells the user the stored copy is now stale;
    deleting the good version instead would lose data because of one bad run of the extractor.
    """
    ingest_articles([articles / "minsk-visit.txt"], store)
    good = article_quads(store, MINSK)
    _graph_without_destination(monkeypatch)

    report = ingest_articles([articles / "minsk-visit.txt"], store)

    assert report.outcomes[0].status == "invalid"
    assert article_quads(store, MINSK) == good


# -- the store, the base IRI, inference -----------------------------------------------------------


def test_the_store_persists_after_close_and_reopen(tmp_path: Path, articles: Path) -> None:
    first = EmbeddedStore(tmp_path / "store")
    ingest_articles([articles], first)
    count, names, minsk = first.quad_count(), first.graph_names(), article_quads(first, MINSK)
    first.close()

    second = EmbeddedStore(tmp_path / "store")
    try:
        assert second.quad_count() == count
        assert second.graph_names() == names
        assert article_quads(second, MINSK) == minsk
    finally:
        second.close()


def test_a_custom_base_mints_every_instance_and_graph_under_it(
    tmp_path: Path, articles: Path
) -> None:
    base = "https://example.org/kg/"
    store = EmbeddedStore(tmp_path / "store")
    report = ingest_articles([articles], store, base=base)

    assert len(report.stored) == 2
    names = set(store.graph_names())
    assert {
        f"{base}graph/article/{MINSK}",
        f"{base}graph/article/{CALL}",
        f"{base}graph/reference",
        f"{base}graph/ontology",
    } == names
    graph = store.graph(graph_iri(MINSK, base))
    assert all(str(s).startswith(f"{base}id/") for s in graph.subjects())
    assert not [o for o in graph.objects() if str(o).startswith(f"{DEFAULT_BASE}id/")]
    [visit] = visits(graph)
    assert (visit, DKG.visitor, person_iri("sergei-lavrov", base)) in graph
    assert (visit, DKG.destination, state_iri("BLR", base)) in graph
    assert any(
        f["type"] == "visit" and f["article"] == MINSK for f in facts_from_store(store, base)
    )
    store.close()


class _StubReasoner:
    """Records the data it is given and 'entails' one marker triple."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.seen: Graph | None = None

    def triple(self) -> tuple[URIRef, URIRef, Literal]:
        return (URIRef(f"{DEFAULT_BASE}id/marker"), RDFS.comment, Literal(self.marker))

    def infer(self, data: Graph) -> Inference:
        self.seen = data
        entailed = Graph()
        entailed.add(self.triple())
        return Inference(entailed, [])


def test_inference_sees_stored_data_only_and_its_graph_is_replaced(
    store: EmbeddedStore, articles: Path
) -> None:
    first = _StubReasoner("first")
    report = ingest_articles([articles], store, infer=True, reasoner=first)

    assert report.inference is not None
    assert set(store.graph(str(INFERRED_GRAPH))) == {first.triple()}
    assert first.seen is not None
    lavrov = person_iri("sergei-lavrov")
    assert (lavrov, RDF.type, DKG.ForeignMinister) in first.seen  # article graphs
    assert (state_iri("BLR"), DKG.iso2, Literal("BY")) in first.seen  # reference data
    assert (DKG.Visit, RDF.type, OWL.Class) not in first.seen  # not the ontology

    second = _StubReasoner("second")
    run_inference(store, reasoner=second)

    assert set(store.graph(str(INFERRED_GRAPH))) == {second.triple()}
    assert second.seen is not None
    assert first.triple() not in second.seen  # old inferences are not fed back in


# -- golden facts ---------------------------------------------------------------------------------


def test_golden_facts_of_the_sample_articles(samples_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["facts", str(samples_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    made = result.stdout
    if os.environ.get("DIPLOKG_UPDATE_GOLDEN") or os.environ.get("DIPLOKG_REGEN_GOLDEN"):
        GOLDEN_FACTS.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN_FACTS.write_text(made, encoding="utf-8")
    expected = GOLDEN_FACTS.read_text(encoding="utf-8")
    if made != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                made.splitlines(keepends=True),
                fromfile="golden facts_samples.jsonl",
                tofile="diplokg facts data/samples",
            )
        )
        pytest.fail(
            "the facts extracted from data/samples changed. If the change is intended, rewrite "
            "the golden file with\n"
            "  DIPLOKG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_pipeline.py -k golden\n"
            "and review its diff (git diff tests/fixtures/golden/).\n\n" + diff,
            pytrace=False,
        )
