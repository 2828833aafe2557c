"""The command line end to end, as a user runs it: the installed ``diplokg`` script in a process.

Each process starts in its own tmp folder with a 40-column terminal (see ``conftest.py``), so
the tests also prove that summaries and error messages stay on one line when piped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest
from click.testing import CliRunner
from networkx.readwrite import json_graph

import diplokg.pipeline as pipeline
from diplokg.cli import cli
from diplokg.iri import person_iri, state_iri
from diplokg.vocab import DKG

if TYPE_CHECKING:
    from conftest import CliRun, DemoRun, RunCli

MINSK = "fx-minsk-visit"
CALL = "fx-beijing-call"
LAVROV = str(person_iri("sergei-lavrov"))
BELARUS = str(state_iri("BLR"))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_one_error_line(run: CliRun) -> str:
    """A user's mistake: exit 1, one line on stderr starting 'error:', no traceback."""
    assert run.returncode == 1, run.explain()
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.explain()
    assert lines[0].startswith("error: "), run.explain()
    assert "Traceback" not in run.stderr + run.stdout
    return lines[0]


@pytest.fixture
def ingested(run_cli: RunCli, tmp_path: Path, fixture_articles: Path) -> Path:
    """A store folder the fixture articles were ingested into by one ``diplokg`` process."""
    store = tmp_path / "store"
    run = run_cli("ingest", fixture_articles, "--store", store, "--no-infer", cwd=tmp_path)
    assert run.returncode == 0, run.explain()
    return store


def test_ingest_prints_one_summary_line_and_reports_each_article(
    run_cli: RunCli, tmp_path: Path, fixture_articles: Path
) -> None:
    store = tmp_path / "store"

    run = run_cli("ingest", fixture_articles, "--store", store, "--no-infer", cwd=tmp_path)

    assert run.returncode == 0, run.explain()
    assert run.stdout.splitlines() == [
        f"articles read: 2, stored: 2, rejected: 0, statements stored: {_statements(run)}, "
        "shape violations: 0",
        f"store: {store}",
    ]
    assert f"stored {MINSK}: " in run.stderr
    assert f"stored {CALL}: " in run.stderr
    assert store.is_dir()


def _statements(run: CliRun) -> int:
    """The statement counts of the per-article lines ('stored ID: N statements, M triples')."""
    counts = [
        int(line.split(": ", 1)[1].split()[0])
        for line in run.stderr.splitlines()
        if line.startswith("stored ")
    ]
    assert len(counts) == 2, run.explain()
    assert all(count > 0 for count in counts)
    return sum(counts)


def test_a_second_process_reads_what_the_first_stored(
    run_cli: RunCli, tmp_path: Path, ingested: Path
) -> None:
    run = run_cli("facts", "--store", ingested, "--format", "jsonl", cwd=tmp_path)

    assert run.returncode == 0, run.explain()
    facts = jsonl(run.stdout)
    assert {f["article"] for f in facts} == {MINSK, CALL}
    assert {
        "article": MINSK,
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "BLR",
        "city": "Minsk",
        "start": "2011-11-23",
        "end": None,
        "status": "planned",
    } in facts


def test_ingest_with_only_bad_articles_exits_1_and_names_them(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text("---\nid: fx-empty\n---\n\n", encoding="utf-8")

    run = run_cli(
        "ingest", tmp_path / "empty.txt", "--store", tmp_path / "store", "--no-infer", cwd=tmp_path
    )

    assert run.returncode == 1, run.explain()
    assert "articles read: 1, stored: 0, rejected: 1" in run.stdout
    assert "article fx-empty: article text is empty" in run.stderr
    assert "Traceback" not in run.stderr


def test_facts_jsonl_lines_are_json_with_article_and_type(
    run_cli: RunCli, tmp_path: Path, fixture_articles: Path
) -> None:
    run = run_cli("facts", fixture_articles, "--format", "jsonl", cwd=tmp_path)

    assert run.returncode == 0, run.explain()
    facts = jsonl(run.stdout)
    assert len(facts) == len(run.stdout.splitlines()) > 5
    for fact in facts:
        assert list(fact)[:2] == ["article", "type"]
        assert fact["type"] in {"holds_office", "visit", "meeting", "discusses", "member_of"}
    assert {
        "article": CALL,
        "type": "holds_office",
        "person": "Wang Yi",
        "role": "foreign_minister",
        "state": "CHN",
    } in facts
    assert not list(tmp_path.iterdir())  # INPUTS mode uses a scratch store, writes nothing


def test_eval_prints_a_table_with_per_type_and_micro_rows(
    run_cli: RunCli, tmp_path: Path, samples_dir: Path
) -> None:
    facts = Path(__file__).parent / "fixtures" / "golden" / "facts_samples.jsonl"

    table = run_cli("eval", samples_dir / "gold", facts, cwd=tmp_path)
    as_json = run_cli("eval", samples_dir / "gold", facts, "--format", "json", cwd=tmp_path)

    assert table.returncode == 0, table.explain()
    rows = {line.split()[0]: line for line in table.stdout.splitlines() if line.strip()}
    for name in ("holds_office", "visit", "meeting", "discusses", "member_of", "micro"):
        assert name in rows, table.explain()
    assert as_json.returncode == 0, as_json.explain()
    micro = json.loads(as_json.stdout)["micro"]["strict"]
    assert micro["tp"] > 0
    assert 0 < micro["f1"] <= 1
    assert f"{micro['f1']:.3f}" in rows["micro"]


def test_export_writes_files_networkx_reads_back(
    run_cli: RunCli, tmp_path: Path, ingested: Path
) -> None:
    out = tmp_path / "exports"

    run = run_cli("export", "--store", ingested, "--out", out, cwd=tmp_path)

    assert run.returncode == 0, run.explain()
    graphml = nx.read_graphml(out / "interactions.graphml")
    gexf = nx.read_gexf(out / "interactions.gexf")
    node_link = json_graph.node_link_graph(
        json.loads((out / "interactions.node-link.json").read_text(encoding="utf-8")),
        edges="links",
    )
    cytoscape = json.loads((out / "interactions.cytoscape.json").read_text(encoding="utf-8"))
    for graph in (graphml, gexf, node_link):
        assert graph.has_edge(LAVROV, BELARUS)
    edge = graphml.edges[LAVROV, BELARUS]
    assert edge["n_visit"] == 1
    assert MINSK in edge["articles"]
    assert graphml.nodes[LAVROV]["label"] == "Sergei Lavrov"
    assert graphml.number_of_nodes() == gexf.number_of_nodes() == node_link.number_of_nodes()
    assert cytoscape
    assert f"{graphml.number_of_nodes()} nodes, {graphml.number_of_edges()} edges" in run.stdout


def test_validate_exits_0_on_a_good_article_and_1_on_a_bad_one(
    run_cli: RunCli, tmp_path: Path, fixture_articles: Path
) -> None:
    (tmp_path / "bad-date.txt").write_text(
        "---\nid: fx-bad-date\ndate: 21 November 2011\n---\nLavrov met Martynov.\n",
        encoding="utf-8",
    )

    good = run_cli("validate", fixture_articles / "minsk-visit.txt", cwd=tmp_path)
    bad = run_cli("validate", tmp_path / "bad-date.txt", cwd=tmp_path)

    assert good.returncode == 0, good.explain()
    assert good.stdout.startswith(f"ok {MINSK}: ")
    assert bad.returncode == 1, bad.explain()
    assert bad.stderr.splitlines() == [
        "article fx-bad-date: date '21 November 2011' is not YYYY-MM-DD"
    ]
    assert not (tmp_path / ".diplokg").exists()  # validate stores nothing


def test_validate_prints_each_shape_violation_and_exits_1(
    fixture_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_article_graph = pipeline.article_graph

    def without_destination(extraction, base=pipeline.DEFAULT_BASE):  # type: ignore[no-untyped-def]
        graph = real_article_graph(extraction, base)
        graph.remove((None, DKG.destination, None))
        return graph

    monkeypatch.setattr(pipeline, "article_graph", without_destination)

    result = CliRunner().invoke(cli, ["validate", str(fixture_articles)])

    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [f"ok {CALL}: {_triples(result.stdout)} triples"]
    [line] = result.stderr.splitlines()
    assert line.startswith(f"article {MINSK}, sentence ")
    assert "[destination]" in line


def _triples(stdout: str) -> int:
    return int(stdout.split(": ", 1)[1].split()[0])


def test_a_mistyped_store_is_one_error_line_and_creates_nothing(
    run_cli: RunCli, tmp_path: Path
) -> None:
    missing = tmp_path / "a-folder-name-long-enough-to-wrap-a-forty-column-terminal" / "store"

    for args in (("facts",), ("export", "--out", tmp_path / "exports"), ("infer",)):
        run = run_cli(*args, "--store", missing, cwd=tmp_path)
        line = assert_one_error_line(run)
        assert f"no store at {missing}" in line
    assert not missing.parent.exists()
    assert not (tmp_path / "exports").exists()


def test_a_malformed_facts_file_is_one_error_line(
    run_cli: RunCli, tmp_path: Path, samples_dir: Path
) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text('{"article": "sample01", "type": "visit"}\n{"article": \n', encoding="utf-8")

    line = assert_one_error_line(run_cli("eval", samples_dir / "gold", facts, cwd=tmp_path))

    assert f"{facts}:2" in line


def test_facts_without_input_or_store_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    run = run_cli("facts", cwd=tmp_path)

    assert run.returncode == 2, run.explain()
    assert "give article files/folders, or --store" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.slow
def test_demo_runs_the_whole_job_and_says_where_the_outputs_went(
    demo_run: DemoRun, samples_dir: Path
) -> None:
    run, out = demo_run.run, demo_run.out_dir
    assert run.returncode == 0, run.explain()
    samples = len(list(samples_dir.glob("*.txt")))
    summary = [line for line in run.stdout.splitlines() if line.startswith("articles read:")]
    assert len(summary) == 1, run.explain()
    assert summary[0].startswith(f"articles read: {samples}, stored: {samples}, ")
    assert "shape violations: 0," in summary[0]
    assert "inconsistencies: 0," in summary[0]
    for name in ("graphml", "gexf", "node-link.json", "cytoscape.json"):
        assert (out / "exports" / f"interactions.{name}").is_file()
    assert nx.read_graphml(out / "exports" / "interactions.graphml").number_of_edges() > 0
    facts = jsonl((out / "facts.jsonl").read_text(encoding="utf-8"))
    assert {f["article"] for f in facts} == {p.stem for p in samples_dir.glob("*.txt")}
    assert any(line.startswith("micro ") for line in run.stdout.splitlines())
    assert f"store: {demo_run.store_dir}" in run.stdout


def test_version_and_help(run_cli: RunCli, tmp_path: Path) -> None:
    version = run_cli("--version", cwd=tmp_path)
    assert version.returncode == 0 and "diplokg" in version.stdout
    listing = run_cli("--help", cwd=tmp_path)
    for command in ("ingest", "facts", "eval", "validate", "infer", "export", "demo"):
        assert command in listing.stdout
