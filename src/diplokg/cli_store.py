"""``diplokg queries``, ``query``, ``load`` and ``dump``: the query library and whole-graph moves.

The main CLI adds ``COMMANDS`` to its group. Like the rest of the CLI, these commands only parse
and print; user errors are ``DiplokgError`` subclasses, which the main wrapper prints as one line.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from diplokg.errors import QueryError
from diplokg.iri import DEFAULT_BASE
from diplokg.query import (
    FORMATS,
    NamedQuery,
    format_result,
    list_queries,
    load_query,
    named_or_text,
    parse_query_file,
)
from diplokg.store import DEFAULT_STORE_DIR, open_store
from diplokg.store_io import FORMATS as DUMP_FORMATS
from diplokg.store_io import dump as dump_store
from diplokg.store_io import load as load_store

store_option = click.option(
    "--store",
    "store_location",
    default=str(DEFAULT_STORE_DIR),
    show_default=True,
    envvar="DIPLOKG_STORE",
    help="Store folder, ':memory:', a SPARQL server URL, or a .toml file naming its endpoints.",
)


@click.command("queries")
@click.argument("name", required=False)
@click.option("--all", "include_internal", is_flag=True, help="Include the facts/export queries.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table")
def queries_command(name: str | None, include_internal: bool, output_format: str) -> None:
    """List the library of named questions, or describe one of them."""
    chosen = [load_query(name)] if name else list_queries(include_internal=include_internal)
    if output_format == "json":
        click.echo(json.dumps([_describe(q) for q in chosen], ensure_ascii=False, indent=2))
    elif name:
        click.echo(_details(chosen[0]), nl=False)
    else:
        click.echo(_listing(chosen), nl=False)


@click.command("query")
@click.argument("question")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter; repeat for several.",
)
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True
)
@store_option
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    envvar="DIPLOKG_BASE",
    help="The IRI base the graph was built with (state and org parameters become IRIs under it).",
)
def query_command(
    question: str, params: tuple[str, ...], output_format: str, store_location: str, base: str
) -> None:
    """Answer QUESTION: a library query's name, a .rq file, or a SPARQL SELECT."""
    values = dict(_split_param(p) for p in params)
    query = _question(question)
    sparql = query.render(values, base)
    store = open_store(store_location, must_exist=True)
    try:
        result = store.select(sparql)
    finally:
        store.close()
    click.echo(format_result(result, output_format), nl=False)


@click.command("load")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--replace", is_flag=True, help="Drop the named graphs the file holds before loading."
)
@store_option
def load_command(file: Path, replace: bool, store_location: str) -> None:
    """Load an N-Quads or TriG file (.gz accepted) into the store."""
    started = time.perf_counter()
    store = open_store(store_location)
    try:
        report = load_store(store, file, replace=replace)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    click.echo(
        f"loaded {report.quads} quads in {len(report.graphs)} named graphs from {file} "
        f"into {store.location} ({seconds:.1f} s)"
    )


@click.command("dump")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "dump_format",
    type=click.Choice(sorted(DUMP_FORMATS)),
    default=None,
    help="Default: from the file name (.nq, .trig, optionally .gz).",
)
@store_option
def dump_command(file: Path, dump_format: str | None, store_location: str) -> None:
    """Write every quad of the store to an N-Quads or TriG file (.gz compresses)."""
    started = time.perf_counter()
    store = open_store(store_location, must_exist=True)
    try:
        count = dump_store(store, file, dump_format)
    finally:
        store.close()
    click.echo(f"wrote {count} quads to {file} ({time.perf_counter() - started:.1f} s)")


COMMANDS: list[click.Command] = [queries_command, query_command, load_command, dump_command]


def _question(question: str) -> NamedQuery:
    if question.endswith(".rq"):
        path = Path(question)
        if not path.is_file():
            raise QueryError(f"no query file {question}")
        return parse_query_file(path)
    return named_or_text(question)


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--param")
    return name.strip(), value


def _describe(query: NamedQuery) -> dict[str, object]:
    return {
        "name": query.name,
        "title": query.title,
        "description": query.description,
        "params": [
            {"name": p.name, "type": p.type, "default": p.default, "doc": p.doc}
            for p in query.params
        ],
    }


def _param_summary(query: NamedQuery) -> str:
    return " ".join(p.name if p.default is None else f"{p.name}={p.default}" for p in query.params)


def _listing(queries: list[NamedQuery]) -> str:
    rows = [(q.name, q.title, _param_summary(q)) for q in queries]
    name_width = max((len(r[0]) for r in rows), default=4)
    title_width = max((len(r[1]) for r in rows), default=5)
    lines = [f"{'name':<{name_width}}  {'title':<{title_width}}  params"]
    lines += [f"{n:<{name_width}}  {t:<{title_width}}  {p}".rstrip() for n, t, p in rows]
    return "\n".join(lines) + "\n"


def _details(query: NamedQuery) -> str:
    lines = [f"{query.name}: {query.title}", "", query.description, ""]
    if query.params:
        lines.append("parameters:")
        for p in query.params:
            default = "required" if p.default is None else f"default {p.default}"
            lines.append(f"  {p.name} ({p.type}, {default})  {p.doc}".rstrip())
    else:
        lines.append("no parameters")
    return "\n".join(lines) + "\n"
