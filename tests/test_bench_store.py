"""bench/bench_store.py writes its synthetic graph by hand: it must carry the shortcuts rdf.py
derives (dkg:holdsOfficeIn, dkg:eventDate), or the store benchmark times a graph the pipeline
never makes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from test_queries import SHORTCUT_PROBLEMS

from diplokg.store import EmbeddedStore
from diplokg.store_io import load

BENCH = Path(__file__).parent.parent / "bench" / "bench_store.py"


def test_the_synthetic_graph_carries_the_shortcuts_rdf_derives(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_store"] = bench
    spec.loader.exec_module(bench)
    path = tmp_path / "graph.nq"
    bench.write_graph(path, 20_000)  # the reference graph alone is about 10k
    store = EmbeddedStore(None)
    load(store, path)
    assert store.select(SHORTCUT_PROBLEMS).rows == []
    counts = store.select(
        "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT (COUNT(?p) AS ?offices) "
        "(COUNT(?e) AS ?events) WHERE { GRAPH ?g { { ?p dkg:holdsOfficeIn ?b } UNION "
        "{ ?e dkg:eventDate ?d } } }"
    ).rows[0]
    assert int(counts["offices"]) > 50 and int(counts["events"]) > 100
