"""The stages after extraction: validation, inference and storage, each against a baseline.

The article graphs come from the synthetic corpus (``corpus.py``) run through ``extract`` and
``rdf.article_graph``, as ``pipeline.process`` does. Then, in one run:

validation
    our gate, ``validate_graph`` on each article's graph, against one pyshacl run (same shapes,
    same options) over the union of the same graphs. The ratio says what per-article
    validation, which lets one bad article be turned away alone, costs over a whole-graph run.
inference
    ``OwlrlReasoner().infer`` (owlrl's OWL RL closure: it *is* the reference) over growing
    numbers of article graphs, to show how closure time grows with the triples, against owlrl's
    RDFS-only closure of the same data done the same way, a cheaper lower bound.
    ``--with-reference`` adds the reference graph (states, organisations), as
    ``pipeline.run_inference`` sees it; it adds ~13k triples to every size.
store
    ingesting the article graphs into the embedded Oxigraph store (``replace_graph``, one
    transaction per article, as ``pipeline.ingest`` does; on disk and in memory) against putting
    the same graphs into an in-memory rdflib ``Dataset``.

Figures are medians of ``--repeats`` rounds (inference: ``--inference-repeats``, default 1, as a
closure takes tens of seconds) in which contender and baseline take turns. CPU time is reported
beside the wall clock and rates use it (the store's use the wall clock, disk waits being part of
the cost). Machines are noisy: compare the ratios between runs.

    python bench/bench_pipeline.py [--articles 200] [--inference-sizes 0,25,50,100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import owlrl
import pyshacl
from corpus import generate_corpus
from rdflib import Dataset, Graph, URIRef

from diplokg.extract import extract
from diplokg.iri import graph_iri
from diplokg.model import Article
from diplokg.rdf import article_graph, reference_graph
from diplokg.reason import OwlrlReasoner, ontology_graph
from diplokg.reference import load_reference
from diplokg.store import EmbeddedStore
from diplokg.validate import shapes_graph, validate_graph

SECTIONS = ("validation", "inference", "store")


@dataclass(frozen=True)
class ArticleGraph:
    article: Article
    graph: Graph


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds this process was on a CPU (all its threads): steadier on a shared box


def interleaved(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, Timing]:
    """Median times of each run over ``repeats`` rounds in which every run takes its turn, so a
    burst of load from elsewhere on the machine falls on the contender and baseline alike."""
    walls: dict[str, list[float]] = {name: [] for name in runs}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            walls[name].append(time.perf_counter() - wall)
            cpus[name].append(time.process_time() - cpu)
    return {
        name: Timing(statistics.median(walls[name]), statistics.median(cpus[name])) for name in runs
    }


def union(graphs: Sequence[Graph]) -> Graph:
    merged = Graph()
    for graph in graphs:
        merged += graph
    return merged


def build_graphs(articles: Sequence[Article]) -> tuple[list[ArticleGraph], float, float]:
    """Each article's graph, with the CPU seconds spent extracting and mapping (for context)."""
    extract_seconds = map_seconds = 0.0
    out = []
    for article in articles:
        start = time.process_time()
        extraction = extract(article)
        middle = time.process_time()
        graph = article_graph(extraction)
        map_seconds += time.process_time() - middle
        extract_seconds += middle - start
        out.append(ArticleGraph(article, graph))
    return out, extract_seconds, map_seconds


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.1f}" if seconds > 0 else "-"


# --- validation -------------------------------------------------------------------------------


def validate_whole(data: Graph) -> bool:
    """One pyshacl run with the options ``validate_graph`` uses, over all the data at once."""
    conforms, _report, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True
    )
    return bool(conforms)


def bench_validation(items: Sequence[ArticleGraph], repeats: int) -> float:
    graphs = [item.graph for item in items]
    data = union(graphs)
    validate_graph(graphs[0])  # shapes parsed and pyshacl imported before the clock starts
    violations = sum(len(validate_graph(graph)) for graph in graphs)
    conforms = validate_whole(data)
    ours, baseline = (
        "per-article validate_graph (ours)",
        "one pyshacl run over the union (baseline)",
    )
    seconds = interleaved(
        {
            ours: lambda: [validate_graph(graph) for graph in graphs],
            baseline: lambda: validate_whole(data),
        },
        repeats,
    )
    n = len(graphs)
    print(f"\n== validation: {n} article graphs, {len(data):,} triples in all")
    print(f"   (per-article violations: {violations}; whole graph conforms: {conforms})")
    print(f"{'what':<44} {'CPU s':>8} {'wall s':>8} {'articles/CPU-s':>15} {'triples/CPU-s':>14}")
    for name, value in seconds.items():
        print(
            f"{name:<44} {value.cpu:>8.2f} {value.wall:>8.2f} {rate(n, value.cpu):>15} "
            f"{rate(len(data), value.cpu):>14}"
        )
    print(
        f"ratio per-article / whole-graph CPU time: {seconds[ours].cpu / seconds[baseline].cpu:.2f}"
        f" (wall: {seconds[ours].wall / seconds[baseline].wall:.2f})"
    )
    return seconds[ours].cpu / n


# --- inference --------------------------------------------------------------------------------


def rdfs_closure(data: Graph) -> int:
    """owlrl's RDFS closure of ontology + data, built the way ``OwlrlReasoner.infer`` builds its
    input, so the two timings differ only in the semantics. Returns the closure's size."""
    closure = Graph()
    for triple in ontology_graph():
        closure.add(triple)
    for triple in data:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(closure)
    return len(closure)


def bench_inference(
    items: Sequence[ArticleGraph], sizes: Sequence[int], repeats: int, with_reference: bool
) -> None:
    reference = reference_graph(load_reference()) if with_reference else Graph()
    reasoner = OwlrlReasoner()
    reasoner.infer(union([items[0].graph]))  # ontology parsed before the clock starts
    what = "article graphs + reference graph" if with_reference else "article graphs only"
    print(f"\n== inference: owlrl OWL RL closure vs owlrl RDFS closure ({what})")
    print(
        f"{'articles':>8} {'triples':>9} {'OWL RL s':>9} {'triples/s':>10} {'entailed':>9} "
        f"{'RDFS s':>8} {'triples/s':>10} {'OWL RL / RDFS':>14}   (CPU time)"
    )
    for size in sizes:
        data = union([reference, *(item.graph for item in items[:size])])
        entailed: list[int] = []
        seconds = interleaved(
            {
                "owl": lambda data=data, out=entailed: out.append(
                    len(reasoner.infer(data).entailed)
                ),
                "rdfs": lambda data=data: rdfs_closure(data),
            },
            repeats,
        )
        owl, rdfs = seconds["owl"].cpu, seconds["rdfs"].cpu
        print(
            f"{min(size, len(items)):>8} {len(data):>9,} {owl:>9.2f} {len(data) / owl:>10,.0f} "
            f"{entailed[-1]:>9,} {rdfs:>8.2f} {len(data) / rdfs:>10,.0f} {owl / rdfs:>14.2f}"
        )


# --- store ------------------------------------------------------------------------------------


def ingest_oxigraph(items: Sequence[ArticleGraph], path: Path | None) -> None:
    store = EmbeddedStore(path)
    for item in items:
        store.replace_graph(str(graph_iri(item.article.id)), item.graph)
    store.close()


def ingest_rdflib(items: Sequence[ArticleGraph]) -> None:
    dataset = Dataset()
    for item in items:
        name = URIRef(str(graph_iri(item.article.id)))
        dataset.remove_graph(name)
        named = dataset.graph(name)
        named += item.graph


def bench_store(items: Sequence[ArticleGraph], repeats: int) -> float:
    triples = sum(len(item.graph) for item in items)
    n = len(items)

    def on_disk() -> None:
        with tempfile.TemporaryDirectory(prefix="diplokg-bench-") as folder:
            ingest_oxigraph(items, Path(folder) / "store")

    seconds = interleaved(
        {
            "Oxigraph on disk, replace_graph": on_disk,
            "Oxigraph in memory, replace_graph": lambda: ingest_oxigraph(items, None),
            "rdflib Dataset in memory (baseline)": lambda: ingest_rdflib(items),
        },
        repeats,
    )
    print(f"\n== store: ingest {n} article graphs ({triples:,} triples), one graph each")
    print(
        f"{'what':<40} {'wall s':>8} {'CPU s':>8} {'articles/s':>11} {'triples/s':>11} "
        f"{'rdflib / this':>14}"
    )
    baseline = seconds["rdflib Dataset in memory (baseline)"].wall
    for name, value in seconds.items():
        print(
            f"{name:<40} {value.wall:>8.3f} {value.cpu:>8.3f} {rate(n, value.wall):>11} "
            f"{rate(triples, value.wall):>11} {baseline / value.wall:>14.2f}"
        )
    print("(wall-clock rates here: a store on disk also waits on the disk)")
    return seconds["Oxigraph on disk, replace_graph"].wall / n


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Validation, inference and store benchmarks.")
    parser.add_argument(
        "--articles", type=int, default=200, help="articles for validation and store (200)"
    )
    parser.add_argument(
        "--inference-sizes",
        default="0,25,50,100",
        help="article counts for the closure, comma-separated; 0 = the ontology alone",
    )
    parser.add_argument("--with-reference", action="store_true", help="add the reference graph")
    parser.add_argument("--repeats", type=int, default=3, help="validation and store runs")
    parser.add_argument("--inference-repeats", type=int, default=1)
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only this section")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sections = args.only or list(SECTIONS)
    sizes = [int(size) for size in args.inference_sizes.split(",") if size.strip()]
    needed = max([args.articles, *(sizes if "inference" in sections else [])])

    build_graphs(generate_corpus(10, seed=args.seed + 1))  # reference data loaded, untimed
    items, extract_seconds, map_seconds = build_graphs(generate_corpus(needed, seed=args.seed))
    triples = sum(len(item.graph) for item in items)
    print(
        f"corpus: {needed} synthetic articles (seed {args.seed}), {triples / needed:.0f} triples "
        f"per article graph; extract {1000 * extract_seconds / needed:.1f} and map "
        f"{1000 * map_seconds / needed:.1f} CPU ms per article; load average "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    costs = {"extract": extract_seconds / needed, "map": map_seconds / needed}
    if "validation" in sections:
        costs["validate"] = bench_validation(items[: args.articles], args.repeats)
    if "inference" in sections:
        bench_inference(items, sizes, args.inference_repeats, args.with_reference)
    if "store" in sections:
        costs["store"] = bench_store(items[: args.articles], args.repeats)
    total = sum(costs.values())
    print("\n== one article's cost in pipeline.process + store, inference apart")
    print("   (CPU time; the store's is wall-clock time, on disk)")
    for name, seconds in costs.items():
        print(f"{name:<10} {1000 * seconds:>9.2f} ms {seconds / total:>7.1%}")


if __name__ == "__main__":
    main()
