"""The main job: articles in; extracted, validated, stored and inferred graph out.

One article is one unit of work and one transaction: it is extracted, mapped, validated and then
its named graph is replaced atomically. Any failure is recorded against that article and the
batch goes on; nothing half-made reaches the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from diplokg.articles import read_articles
from diplokg.errors import ArticleError, DiplokgError, StoreError
from diplokg.extract import extract
from diplokg.iri import DEFAULT_BASE, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, graph_iri
from diplokg.model import Article, Extraction
from diplokg.rdf import article_graph
from diplokg.reason import Inference, Reasoner, default_reasoner, ontology_graph
from diplokg.store import GraphStore
from diplokg.validate import validate_graph


@dataclass
class ArticleOutcome:
    article_id: str
    status: str  # stored | invalid | error
    statements: int = 0
    triples: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    outcomes: list[ArticleOutcome] = field(default_factory=list)
    inference: Inference | None = None
    store_location: str = ""

    @property
    def stored(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.status == "stored"]

    @property
    def rejected(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.status != "stored"]

    @property
    def violations(self) -> int:
        return sum(len(o.messages) for o in self.outcomes if o.status == "invalid")


@dataclass(frozen=True)
class Processed:
    article: Article
    extraction: Extraction
    graph: Graph


def process(article: Article, base: str = DEFAULT_BASE) -> Processed:
    """Extract, map and validate one article; raises on anything that keeps it out of the store."""
    from diplokg.errors import ShapeViolation

    extraction = extract(article)
    graph = article_graph(extraction, base)
    violations = validate_graph(graph)
    if violations:
        raise ShapeViolation(article.id, [v.line(article.id) for v in violations])
    return Processed(article, extraction, graph)


def ensure_static_graphs(store: GraphStore, base: str = DEFAULT_BASE) -> None:
    """Ontology and reference data, each in its own graph; rewritten only when missing."""
    names = set(store.graph_names())
    if str(ONTOLOGY_GRAPH(base)) not in names:
        store.replace_graph(str(ONTOLOGY_GRAPH(base)), ontology_graph())
    if str(REFERENCE_GRAPH(base)) not in names:
        from diplokg.rdf import reference_graph
        from diplokg.reference import load_reference

        store.replace_graph(str(REFERENCE_GRAPH(base)), reference_graph(load_reference(), base))


def ingest(
    inputs: Iterable[str | Path],
    store: GraphStore,
    *,
    base: str = DEFAULT_BASE,
    infer: bool = True,
    reasoner: Reasoner | None = None,
    on_article: Callable[[ArticleOutcome], None] | None = None,
) -> IngestReport:
    from diplokg.errors import ShapeViolation

    report = IngestReport(store_location=store.location)
    ensure_static_graphs(store, base)
    seen: set[str] = set()
    for item in read_articles(inputs):
        if isinstance(item, ArticleError):
            outcome = ArticleOutcome(item.article_id, "error", messages=[str(item)])
        else:
            outcome = ArticleOutcome(item.id, "stored")
            if item.id in seen:
                outcome.messages.append(
                    f"article {item.id}: id seen earlier in this batch; this copy replaces it"
                )
            seen.add(item.id)
            try:
                processed = process(item, base)
                store.replace_graph(str(graph_iri(item.id, base)), processed.graph)
                outcome.statements = len(processed.extraction.statements())
                outcome.triples = len(processed.graph)
            except ShapeViolation as exc:
                outcome.status, outcome.messages = "invalid", exc.violations
            except StoreError:
                raise
            except DiplokgError as exc:
                outcome.status, outcome.messages = "error", [str(exc)]
        report.outcomes.append(outcome)
        if on_article:
            on_article(outcome)
    if infer:
        report.inference = run_inference(store, base, reasoner)
    return report


def stored_data(store: GraphStore, base: str = DEFAULT_BASE) -> Graph:
    """Article graphs and reference data as one graph (not the ontology, not old inferences)."""
    return store.construct(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER(?g != <{INFERRED_GRAPH(base)}> && ?g != <{ONTOLOGY_GRAPH(base)}>) }}"
    )


def run_inference(
    store: GraphStore, base: str = DEFAULT_BASE, reasoner: Reasoner | None = None
) -> Inference:
    reasoner = reasoner or default_reasoner(base)
    inference = reasoner.infer(stored_data(store, base))
    store.replace_graph(str(INFERRED_GRAPH(base)), inference.entailed)
    return inference
