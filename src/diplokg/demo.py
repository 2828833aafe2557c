"""``diplokg demo``: the whole job on the bundled sample articles, end to end.

It is the quickstart's proof that everything works on this machine: ingest, validate, infer,
query, export, and score the extracted facts against the samples' gold files.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from diplokg.resources import samples_dir

DEMO_QUERIES = (
    "visits_by_person",
    "meetings_between_states",
    "office_holders_on_date",
    "events_per_month",
)


def run_demo(out_dir: Path, console: Console) -> None:
    from diplokg import evaluate
    from diplokg.export import build_interaction_graph, write_exports
    from diplokg.facts import facts_from_store, write_jsonl
    from diplokg.pipeline import ingest
    from diplokg.query import list_queries, run_named
    from diplokg.store import open_store

    out_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(out_dir / "store")
    samples = samples_dir()
    console.print(f"[bold]diplokg demo[/] on {samples}")
    report = ingest([samples], store)
    for outcome in report.rejected:
        for message in outcome.messages:
            console.print(f"  rejected {outcome.article_id}: {message}", markup=False)
    statements = sum(o.statements for o in report.stored)
    inferred = len(report.inference.entailed) if report.inference else 0
    inconsistencies = report.inference.inconsistencies if report.inference else []
    console.print(
        f"articles read: {len(report.outcomes)}, stored: {len(report.stored)}, "
        f"statements stored: {statements}, shape violations: {report.violations}, "
        f"inferred triples: {inferred}, inconsistencies: {len(inconsistencies)}, "
        f"quads in store: {store.quad_count()}"
    )
    for message in inconsistencies:
        console.print(f"  inconsistent: {message}", markup=False)

    available = {q.name for q in list_queries()}
    for name in DEMO_QUERIES:
        if name not in available:
            continue
        result = run_named(store, name)
        console.print(f"query [cyan]{name}[/]: {len(result)} rows")
        for row in result.rows[:3]:
            console.print(
                "  " + " | ".join(str(v) if v is not None else "" for v in row.values()),
                markup=False,
            )

    graph = build_interaction_graph(store)
    paths = write_exports(graph, out_dir / "exports")
    console.print(f"exports: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    for kind, path in paths.items():
        console.print(f"  {kind}: {path}", markup=False)

    facts_path = out_dir / "facts.jsonl"
    with facts_path.open("w", encoding="utf-8") as handle:
        write_jsonl(facts_from_store(store), handle)
    gold = samples / "gold"
    if gold.is_dir():
        score = evaluate.evaluate_paths(gold, facts_path)
        console.print(evaluate.format_report(score), markup=False)
    console.print(f"facts: {facts_path}", markup=False)
    console.print(f"store: {store.location}", markup=False)
