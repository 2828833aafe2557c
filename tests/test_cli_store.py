"""The query library's commands and output formats, and the notebook API."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode, Literal, URIRef

from diplokg.cli_store import COMMANDS, dump_command, load_command, queries_command, query_command
from diplokg.errors import DiplokgError, QueryError, StoreError
from diplokg.query import (
    ask_graph,
    format_csv,
    format_json,
    format_table,
    format_tsv,
    list_queries,
    parse_query_text,
    to_dataframe,
    to_python,
)
from diplokg.store import EmbeddedStore, SelectResult
from diplokg.store_io import load
from diplokg.store_remote import _json_term

LIBRARY = Path(__file__).parent / "fixtures" / "library.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"

SAMPLE = SelectResult(
    ["who", "when", "n", "note", "node"],
    [
        {
            "who": URIRef("https://w3id.org/diplokg/id/person/wang-yi"),
            "when": Literal("2023-08-01", datatype=URIRef(XSD + "date")),
            "n": Literal("3", datatype=URIRef(XSD + "integer")),
            "note": Literal('said "yes",\tthen\nleft', lang="en"),
            "node": BNode("b0"),
        },
        {"who": URIRef("http://example.org/x"), "when": None, "n": None, "note": Literal("Łódź"),
         "node": None},
    ],
)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    store = EmbeddedStore(path)
    load(store, LIBRARY)
    store.close()
    return path


def invoke(command, *args: str):  # noqa: ANN001, ANN201 - click's own types
    return CliRunner().invoke(command, list(args), catch_exceptions=True)


# -- output formats ---------------------------------------------------------------------------


def test_table_aligns_columns_shortens_iris_and_counts_rows() -> None:
    lines = format_table(SAMPLE).splitlines()
    assert lines[0].split() == ["who", "when", "n", "note", "node"]
    assert re.split(r"\s{2,}", lines[2]) == [
        "person:wang-yi", "2023-08-01", "3", 'said "yes", then left', "_:b0"
    ]
    assert re.split(r"\s{2,}", lines[3]) == ["http://example.org/x", "Łódź"]
    assert lines[-1] == "(2 rows)"
    assert lines[2].index("2023") == lines[0].index("when")


def test_csv_follows_the_sparql_csv_format() -> None:
    text = format_csv(SAMPLE)
    assert text.startswith("who,when,n,note,node\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [
        "https://w3id.org/diplokg/id/person/wang-yi", "2023-08-01", "3",
        'said "yes",\tthen\nleft', "_:b0",
    ]
    assert rows[2] == ["http://example.org/x", "", "", "Łódź", ""]


def test_tsv_writes_terms_in_ntriples_syntax() -> None:
    lines = format_tsv(SAMPLE).splitlines()
    assert lines[0] == "?who\t?when\t?n\t?note\t?node"
    assert lines[1].split("\t") == [
        "<https://w3id.org/diplokg/id/person/wang-yi>",
        f'"2023-08-01"^^<{XSD}date>',
        f'"3"^^<{XSD}integer>',
        '"said \\"yes\\",\\tthen\\nleft"@en',
        "_:b0",
    ]
    assert lines[2].split("\t") == ["<http://example.org/x>", "", "", '"Łódź"', ""]


def test_json_is_sparql_results_json_and_reads_back_to_the_same_terms() -> None:
    document = json.loads(format_json(SAMPLE))
    assert document["head"]["vars"] == SAMPLE.variables
    first, second = document["results"]["bindings"]
    note = {"type": "literal", "value": 'said "yes",\tthen\nleft', "xml:lang": "en"}
    assert first["note"] == note
    assert first["when"] == {"type": "literal", "value": "2023-08-01", "datatype": XSD + "date"}
    assert set(second) == {"who", "note"}  # unbound variables are left out
    for binding, row in zip(document["results"]["bindings"], SAMPLE.rows, strict=True):
        assert {k: _json_term(v) for k, v in binding.items()} == {
            k: v for k, v in row.items() if v is not None
        }


def test_to_python_gives_plain_values() -> None:
    assert to_python(SAMPLE)[0] == {
        "who": "https://w3id.org/diplokg/id/person/wang-yi",
        "when": dt.date(2023, 8, 1),
        "n": 3,
        "note": 'said "yes",\tthen\nleft',
        "node": "_:b0",
    }


# -- notebook API -----------------------------------------------------------------------------


def test_ask_graph_runs_a_named_query_on_a_store_location(store_dir: Path) -> None:
    result = ask_graph("reciprocal_visits", {"from": dt.date(2023, 1, 1)}, store=store_dir)
    assert [tuple(r.values()) for r in to_python(result)] == [("DEU", "FRA", 1, 1)]


def test_ask_graph_runs_sparql_text_with_its_own_parameters(store_dir: Path) -> None:
    text = (
        "# param: code string -- a state\n"
        "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\n"
        "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s dkg:iso3 $code } }"
    )
    store = EmbeddedStore(None)
    load(store, LIBRARY)
    result = ask_graph(text, {"code": "POL"}, store=store)
    assert [r["s"] for r in result] == [URIRef("https://w3id.org/diplokg/id/state/POL")]
    with pytest.raises(QueryError, match="no parameter 'other'"):
        ask_graph(text, {"code": "POL", "other": "x"}, store=store)


def test_ask_graph_on_a_missing_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        ask_graph("hosts", store=tmp_path / "nothing-here")


def test_to_dataframe_makes_dates_datetimes(store_dir: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = to_dataframe(ask_graph("events_per_month", store=store_dir))
    assert list(frame.columns) == ["month", "visits", "meetings", "discussions"]
    assert frame["meetings"].sum() == 9
    dated = to_dataframe(ask_graph("hosts", store=store_dir))
    assert pd.api.types.is_datetime64_any_dtype(dated["date"])
    assert dated["guest"].tolist()[0] == "Annalena Baerbock"


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(DiplokgError, match=r"pip install 'diplokg\[pandas\]'"):
        to_dataframe(SAMPLE)


# -- commands ---------------------------------------------------------------------------------


def test_commands_are_exported_for_the_main_cli() -> None:
    assert [c.name for c in COMMANDS] == ["queries", "query", "load", "dump"]


def test_queries_lists_the_library_with_parameters() -> None:
    result = invoke(queries_command)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["name", "title", "params"]
    names = [line.split()[0] for line in lines[1:]]
    assert names == [q.name for q in list_queries(include_internal=False)]
    assert not any(n.startswith("facts_") for n in names)
    row = next(line for line in lines if line.startswith("visits_by_person "))
    assert 'person="Sergei Lavrov" from=1900-01-01 to=2100-12-31' in row


def test_queries_describes_one_query_and_lists_json() -> None:
    detail = invoke(queries_command, "statement_provenance")
    assert "statement (iri, required)" in detail.output
    listing = json.loads(invoke(queries_command, "--format", "json", "--all").output)
    assert any(q["name"].startswith("facts_") for q in listing)
    first = next(q for q in listing if q["name"] == "most_active_diplomats")
    assert first["params"][-1] == {
        "name": "limit", "type": "integer", "default": "10", "doc": "how many persons to list",
    }


def test_query_prints_each_format(store_dir: Path) -> None:
    args = ["phone_calls_between_states", "-p", "state_a=DEU", "--param", "state_b=USA",
            "--store", str(store_dir)]
    table = invoke(query_command, *args)
    assert table.exit_code == 0, table.output
    assert "Annalena Baerbock  Antony Blinken" in table.output
    assert table.output.rstrip().endswith("(1 row)")
    csv_out = invoke(query_command, *args, "--format", "csv").output
    assert csv_out.splitlines()[1].startswith("2024-01-14,Annalena Baerbock,Antony Blinken,")
    tsv_out = invoke(query_command, *args, "--format", "tsv").output
    assert tsv_out.splitlines()[0] == "?date\t?official_a\t?official_b\t?status\t?call"
    json_out = json.loads(invoke(query_command, *args, "--format", "json").output)
    assert len(json_out["results"]["bindings"]) == 1


def test_query_accepts_sparql_text_and_rq_files(store_dir: Path, tmp_path: Path) -> None:
    sparql = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"
    result = invoke(query_command, sparql, "--store", str(store_dir), "--format", "csv")
    assert result.stdout_bytes == b"graphs\r\n8\r\n"  # CRLF, as the CSV results spec says
    file = tmp_path / "mine.rq"
    file.write_text("# param: n integer 2 -- how many\nSELECT ?x { VALUES ?x { 1 2 3 } } LIMIT $n")
    result = invoke(
        query_command, str(file), "-p", "n=1", "--store", str(store_dir), "--format", "csv"
    )
    assert result.stdout_bytes == b"x\r\n1\r\n"


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        (["no_such_query"], QueryError, "no query named 'no_such_query'"),
        (["visits_by_person", "-p", "from=yesterday"], QueryError, "expected YYYY-MM-DD"),
        (["visits_by_person", "-p", "nope=1"], QueryError, "has no parameter 'nope'"),
        (["SELEC ?x WHERE { ?x ?p ?o }"], QueryError, "SPARQL syntax error"),
        (["missing.rq"], QueryError, "no query file missing.rq"),
    ],
)
def test_query_user_errors_are_diplokg_errors(
    store_dir: Path, args: list[str], error: type, message: str
) -> None:
    result = invoke(query_command, *args, "--store", str(store_dir))
    assert isinstance(result.exception, error)
    assert message in str(result.exception)


def test_query_on_a_store_that_does_not_exist_is_a_store_error(tmp_path: Path) -> None:
    result = invoke(query_command, "hosts", "--store", str(tmp_path / "typo"))
    assert isinstance(result.exception, StoreError)
    assert not (tmp_path / "typo").exists()


def test_a_malformed_param_option_is_a_usage_error(store_dir: Path) -> None:
    result = invoke(query_command, "hosts", "-p", "from", "--store", str(store_dir))
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.output


def test_load_then_dump_through_the_commands(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    loaded = invoke(load_command, str(LIBRARY), "--store", store)
    assert loaded.exit_code == 0, loaded.output
    assert loaded.output.startswith("loaded 1180 quads in 8 named graphs")
    dumped = invoke(dump_command, str(tmp_path / "out.nq.gz"), "--store", store)
    assert dumped.output.startswith("wrote 1180 quads")
    again = invoke(load_command, str(tmp_path / "out.nq.gz"), "--store", str(tmp_path / "copy"))
    assert again.output.startswith("loaded 1180 quads in 8 named graphs")
    trig = invoke(dump_command, str(tmp_path / "out.data"), "--format", "trig", "--store", store)
    assert trig.exit_code == 0
    assert (tmp_path / "out.data").read_text(encoding="utf-8").startswith("@prefix")


def test_the_main_cli_prints_a_user_error_as_one_line_and_exits_1(tmp_path: Path) -> None:
    from diplokg.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["query", "no_such_query", "--store", str(tmp_path)])
    assert exit_info.value.code == 1


# -- parameter types ----------------------------------------------------------------------------


def test_state_org_and_dkg_parameters_become_iris_under_the_base() -> None:
    query = parse_query_text(
        "q",
        "# param: s state DEU -- a state\n# param: o org NATO -- an org\n"
        "# param: k dkg Completed -- a term\nSELECT * WHERE { $s ?p $o . ?x ?y $k }",
    )
    assert query.render({"s": "fra"}).endswith(
        "SELECT * WHERE { <https://w3id.org/diplokg/id/state/FRA> ?p "
        "<https://w3id.org/diplokg/id/org/NATO> . "
        "?x ?y <https://w3id.org/diplokg/ontology#Completed> }"
    )
    assert "<https://example.org/kg/id/state/DEU>" in query.render({}, "https://example.org/kg/")
    assert "<https://w3id.org/diplokg/id/org/OPEC%2B>" in query.render({"o": "OPEC+"})
    with pytest.raises(QueryError, match="expected an ISO3 code"):
        query.render({"s": "DE"})
    with pytest.raises(QueryError, match="expected an acronym"):
        query.render({"o": "North Atlantic"})
    with pytest.raises(QueryError, match="not a dkg: term"):
        query.render({"k": "dkg:Completed"})


def test_query_honours_the_base_the_graph_was_built_with(store_dir: Path) -> None:
    args = ["memberships_of_state", "-p", "state=DEU", "--store", str(store_dir), "--format", "csv"]
    assert invoke(query_command, *args).output.count("\n") == 4  # header + EU, G7, NATO
    other = invoke(query_command, *args, "--base", "https://example.org/")
    assert other.output.count("\n") == 1  # only the header: no state minted under that base
