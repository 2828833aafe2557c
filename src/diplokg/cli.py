"""The command line. Parsing and printing only; the work happens in the modules it calls.

Every user mistake or bad input surfaces as a ``DiplokgError`` and prints as one line with a
non-zero exit (1 = the job ran into bad data or a failing store, 2 = the command was misused).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from diplokg import __version__
from diplokg.errors import DiplokgError
from diplokg.iri import DEFAULT_BASE
from diplokg.store import DEFAULT_STORE_DIR, open_store

# soft_wrap: a line is never broken at the terminal width, so every message (and every line a
# pipe or a test reads) stays one line.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

store_option = click.option(
    "--store",
    "store_location",
    default=str(DEFAULT_STORE_DIR),
    show_default=True,
    envvar="DIPLOKG_STORE",
    help="Store folder, ':memory:', or a SPARQL endpoint URL.",
)
base_option = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    envvar="DIPLOKG_BASE",
    help="Base IRI for minted resources (for publishing under your own domain).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplokg")
def cli() -> None:
    """diplokg: a knowledge graph of diplomatic actors and events, built from news."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@base_option
@click.option("--no-infer", is_flag=True, help="Skip OWL RL inference after loading.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
def ingest(
    inputs: tuple[Path, ...], store_location: str, base: str, no_infer: bool, quiet: bool
) -> None:
    """Read articles (files, folders, JSON Lines) into the knowledge graph."""
    from diplokg.pipeline import ingest as run_ingest

    store = open_store(store_location)
    report = run_ingest(
        inputs, store, base=base, infer=not no_infer, on_article=None if quiet else _print_outcome
    )
    _print_summary(report)
    if report.rejected and not report.stored:
        sys.exit(1)


def _print_outcome(outcome) -> None:  # type: ignore[no-untyped-def]
    if outcome.status == "stored":
        err.print(
            f"[green]stored[/] {outcome.article_id}: "
            f"{outcome.statements} statements, {outcome.triples} triples"
        )
    else:
        label = "[red]invalid[/]" if outcome.status == "invalid" else "[red]error[/]"
        err.print(f"{label} {outcome.article_id}: {len(outcome.messages)} problem(s)")
    for message in outcome.messages:
        err.print(f"  {message}", markup=False)


def _print_summary(report) -> None:  # type: ignore[no-untyped-def]
    statements = sum(o.statements for o in report.stored)
    line = (
        f"articles read: {len(report.outcomes)}, stored: {len(report.stored)}, "
        f"rejected: {len(report.rejected)}, statements stored: {statements}, "
        f"shape violations: {report.violations}"
    )
    if report.inference is not None:
        line += f", inferred triples: {len(report.inference.entailed)}"
        if report.inference.inconsistencies:
            line += f", inconsistencies: {len(report.inference.inconsistencies)}"
    out.print(line, markup=False)
    out.print(f"store: {report.store_location}", markup=False)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--store",
    "store_location",
    default=None,
    envvar="DIPLOKG_STORE",
    help="Read facts from this store instead of processing INPUTS.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True
)
def facts(inputs: tuple[Path, ...], store_location: str | None, fmt: str) -> None:
    """Print gold-format facts, read back from the knowledge graph with SPARQL.

    With INPUTS, the articles go through the whole pipeline into a scratch in-memory store first;
    without, the facts come from --store.
    """
    from diplokg.facts import facts_from_store
    from diplokg.pipeline import ingest as run_ingest

    if inputs:
        store = open_store(":memory:")
        report = run_ingest(inputs, store, infer=False)
        for outcome in report.rejected:
            for message in outcome.messages or [outcome.status]:
                err.print(f"skipped {outcome.article_id}: {message}", markup=False)
    elif store_location:
        store = open_store(store_location, must_exist=True)
    else:
        raise click.UsageError("give article files/folders, or --store to read from")
    rows = facts_from_store(store)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("facts_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--details", is_flag=True, help="List false positives and negatives per article.")
def evaluate_cmd(gold_dir: Path, facts_file: Path, fmt: str, details: bool) -> None:
    """Score predicted facts (JSON Lines) against gold files: P/R/F1 per fact type."""
    from diplokg import evaluate

    report = evaluate.evaluate_paths(gold_dir, facts_file)
    if fmt == "json":
        click.echo(json.dumps(evaluate.report_to_dict(report), indent=1))
    else:
        click.echo(evaluate.format_report(report, details=details))


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(inputs: tuple[Path, ...]) -> None:
    """Check articles against the SHACL shapes without storing anything."""
    from diplokg.articles import read_articles
    from diplokg.errors import ArticleError, ShapeViolation
    from diplokg.pipeline import process

    bad = 0
    for item in read_articles(inputs):
        if isinstance(item, ArticleError):
            bad += 1
            err.print(str(item), markup=False)
            continue
        try:
            processed = process(item)
            out.print(f"ok {item.id}: {len(processed.graph)} triples", markup=False)
        except ShapeViolation as exc:
            bad += 1
            for line in exc.violations:
                err.print(line, markup=False)
        except DiplokgError as exc:
            bad += 1
            err.print(str(exc), markup=False)
    if bad:
        sys.exit(1)


@cli.command()
@store_option
@base_option
def infer(store_location: str, base: str) -> None:
    """Drop and rebuild the OWL RL inferences of the stored graph."""
    from diplokg.pipeline import run_inference

    inference = run_inference(open_store(store_location, must_exist=True), base)
    out.print(f"inferred triples: {len(inference.entailed)}", markup=False)
    for message in inference.inconsistencies:
        err.print(f"inconsistent: {message}", markup=False)
    if inference.inconsistencies:
        sys.exit(1)


@cli.command()
@store_option
@click.option(
    "--out", "out_dir", default="out/exports", show_default=True, type=click.Path(path_type=Path)
)
def export(store_location: str, out_dir: Path) -> None:
    """Write the actor-interaction graph as GraphML, GEXF, node-link and Cytoscape JSON."""
    from diplokg.export import build_interaction_graph, write_exports

    graph = build_interaction_graph(open_store(store_location, must_exist=True))
    paths = write_exports(graph, out_dir)
    out.print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", markup=False)
    for kind, path in paths.items():
        out.print(f"  {kind}: {path}", markup=False)


@cli.command()
@click.option(
    "--out", "out_dir", default="out/demo", show_default=True, type=click.Path(path_type=Path)
)
def demo(out_dir: Path) -> None:
    """Run the whole job on the bundled sample articles and say where everything went."""
    from diplokg.demo import run_demo

    run_demo(out_dir, out)


def _register_store_commands() -> None:
    try:
        from diplokg import cli_store
    except ImportError:  # pragma: no cover - the query library is part of the package
        return
    for command in cli_store.COMMANDS:
        cli.add_command(command)


_register_store_commands()


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="diplokg", standalone_mode=False)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DiplokgError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
