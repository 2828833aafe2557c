"""Every library query, run on tests/fixtures/library.trig, answers exactly the expected rows,
on the embedded store and on a real ``oxigraph serve`` (no union default graph configured)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from oxigraph_server import OxigraphServer, start
from rdflib import Graph, URIRef

from diplokg.errors import QueryError
from diplokg.query import list_queries, load_query, run_named, to_python
from diplokg.store import EmbeddedStore, GraphStore
from diplokg.store_io import load
from diplokg.store_remote import SparqlStore

LIBRARY = Path(__file__).parent / "fixtures" / "library.trig"
DKG = "https://w3id.org/diplokg/ontology#"
ID = "https://w3id.org/diplokg/id/"


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def dkg(name: str) -> str:
    return DKG + name


def stmt(article: str, kind: str, number: str) -> str:
    return f"{ID}article/{article}/{kind}/{number}"


COMPLETED, PLANNED, CANCELLED = dkg("Completed"), dkg("Planned"), dkg("Cancelled")
FM, HOG, HOS, MIN = (
    dkg("ForeignMinisterOffice"),
    dkg("HeadOfGovernmentOffice"),
    dkg("HeadOfStateOffice"),
    dkg("MinisterOffice"),
)

# name -> (params, columns, rows). Rows are plain Python values (see query.to_python).
EXPECTED: dict[str, tuple[dict[str, str], list[str], list[tuple]]] = {
    "visits_by_person": (
        {"person": "Annalena Baerbock"},
        ["date", "end", "destination", "place", "status", "hedged", "visit"],
        [
            (d("2023-06-05"), d("2023-06-06"), "FRA", "FRA/paris", COMPLETED, False,
             stmt("lib02", "visit", "020200000005")),
            (d("2023-08-01"), None, "CHN", None, PLANNED, False,
             stmt("lib03", "visit", "030300000008")),
            (d("2023-08-01"), None, "CHN", "CHN/beijing", COMPLETED, False,
             stmt("lib04", "visit", "040400000003")),
        ],
    ),
    "visits_by_state": (
        {"state": "DEU", "from": "2023-01-01", "to": "2023-12-31"},
        ["date", "visitor", "destination", "status", "visit"],
        [
            (d("2023-06-05"), "Annalena Baerbock", "FRA", COMPLETED,
             stmt("lib02", "visit", "020200000005")),
            (d("2023-08-01"), "Annalena Baerbock", "CHN", PLANNED,
             stmt("lib03", "visit", "030300000008")),
            (d("2023-08-01"), "Annalena Baerbock", "CHN", COMPLETED,
             stmt("lib04", "visit", "040400000003")),
        ],
    ),
    "visits_to_state": (
        {"state": "DEU"},
        ["date", "visitor", "visitor_state", "place", "status", "visit"],
        [
            (d("2023-07-10"), "Catherine Colonna", "FRA", "DEU/berlin", COMPLETED,
             stmt("lib03", "visit", "030300000004")),
            (d("2023-08-02"), "Wang Yi", "CHN", None, PLANNED,
             stmt("lib04", "visit", "040400000006")),
            (d("2024-01-15"), "Radosław Sikorski", "POL", "DEU/berlin", COMPLETED,
             stmt("lib06", "visit", "060600000004")),
            (d("2024-01-15"), "Wang Yi", "CHN", None, CANCELLED,
             stmt("lib06", "visit", "060600000007")),
        ],
    ),
    "hosts": (
        {"from": "2023-01-01"},
        ["date", "host", "guest", "destination", "status", "visit"],
        [
            (d("2023-06-05"), "FRA", "Annalena Baerbock", "FRA", COMPLETED,
             stmt("lib02", "visit", "020200000005")),
            (d("2023-07-10"), "Annalena Baerbock", "Catherine Colonna", "DEU", COMPLETED,
             stmt("lib03", "visit", "030300000004")),
            (d("2023-08-01"), "CHN", "Annalena Baerbock", "CHN", COMPLETED,
             stmt("lib04", "visit", "040400000003")),
            (d("2024-01-15"), "DEU", "Radosław Sikorski", "DEU", COMPLETED,
             stmt("lib06", "visit", "060600000004")),
        ],
    ),
    "meetings_between_states": (
        {"state_a": "DEU", "state_b": "FRA"},
        ["date", "kind", "official_a", "office_a", "official_b", "office_b", "status", "meeting"],
        [
            (d("2021-03-01"), "meeting", "Heiko Maas", FM, "Jean-Yves Le Drian", FM, COMPLETED,
             stmt("lib01", "meeting", "010100000006")),
            (d("2021-03-02"), "meeting", "Olaf Scholz", MIN, "Bruno Le Maire", MIN, COMPLETED,
             stmt("lib01", "meeting", "010100000008")),
            (d("2023-06-05"), "meeting", "Annalena Baerbock", FM, "Catherine Colonna", FM,
             COMPLETED, stmt("lib02", "meeting", "020200000006")),
            (d("2023-06-06"), "phone", "Olaf Scholz", HOG, "Emmanuel Macron", HOS, COMPLETED,
             stmt("lib02", "meeting", "020200000008")),
            (d("2023-06-29"), "summit", "Olaf Scholz", HOG, "Emmanuel Macron", HOS, PLANNED,
             stmt("lib02", "meeting", "020200000009")),
            (d("2023-07-10"), "meeting", "Annalena Baerbock", FM, "Catherine Colonna", FM,
             COMPLETED, stmt("lib03", "meeting", "030300000005")),
            # offices as the reporting article (lib05, dated the day after) states them
            (d("2023-07-11"), "summit", "Olaf Scholz", HOG, "Emmanuel Macron", HOS, COMPLETED,
             stmt("lib05", "meeting", "050500000005")),
        ],
    ),
    "phone_calls_between_states": (
        {"state_a": "DEU", "state_b": "USA"},
        ["date", "official_a", "official_b", "status", "call"],
        [
            (d("2024-01-14"), "Annalena Baerbock", "Antony Blinken", COMPLETED,
             stmt("lib06", "meeting", "060600000006")),
        ],
    ),
    "meetings_of_person": (
        {"person": "Baerbock", "from": "2023-07-01", "to": "2024-12-31"},  # an altLabel
        ["date", "kind", "counterpart", "place", "status", "meeting"],
        [
            (d("2023-07-10"), "meeting", "Catherine Colonna", "DEU/berlin", COMPLETED,
             stmt("lib03", "meeting", "030300000005")),
            (d("2023-08-01"), "meeting", "Wang Yi", "CHN/beijing", COMPLETED,
             stmt("lib04", "meeting", "040400000004")),
            (d("2024-01-10"), "meeting", "Radosław Sikorski", None, COMPLETED,
             stmt("lib06", "meeting", "060600000005")),
            (d("2024-01-14"), "phone", "Antony Blinken", None, COMPLETED,
             stmt("lib06", "meeting", "060600000006")),
        ],
    ),
    "office_holders_on_date": (
        {"state": "DEU", "date": "2023-07-01"},
        ["office", "person", "last_observed"],
        [
            (FM, "Annalena Baerbock", d("2023-06-05")),  # Maas superseded
            (HOG, "Olaf Scholz", d("2023-06-05")),  # his 2021 minister office is older
        ],
    ),
    "office_history_of_person": (
        {"person": "Olaf Scholz"},
        ["office", "organisation", "first_observed", "last_observed", "observations"],
        [
            (MIN, "DEU", d("2021-03-01"), d("2021-03-01"), 1),
            (HOG, "DEU", d("2023-06-05"), d("2023-07-12"), 2),
        ],
    ),
    "persons_by_office": (
        {},
        ["person", "organisation", "first_observed", "last_observed"],
        [
            ("Wang Yi", "CHN", d("2023-08-02"), d("2024-01-15")),
            ("Heiko Maas", "DEU", d("2021-03-01"), d("2021-03-01")),
            ("Annalena Baerbock", "DEU", d("2023-06-05"), d("2023-08-02")),
            ("Jean-Yves Le Drian", "FRA", d("2021-03-01"), d("2021-03-01")),
            ("Catherine Colonna", "FRA", d("2023-06-05"), d("2023-07-10")),
            ("Radosław Sikorski", "POL", d("2024-01-15"), d("2024-01-15")),
            ("Antony Blinken", "USA", d("2023-07-10"), d("2024-01-15")),
        ],
    ),
    "topics_between_states": (
        {"state_a": "DEU", "state_b": "FRA"},
        ["topic", "discussions", "first", "last"],
        [
            ("regional security", 2, d("2021-03-01"), d("2023-06-05")),
            ("Ukraine", 1, d("2023-07-10"), d("2023-07-10")),  # codepoint order: U < e
            ("energy security", 1, d("2023-07-10"), d("2023-07-10")),
        ],
    ),
    "discussions_of_topic": (
        {"topic": "regional security"},
        ["date", "participant_a", "participant_b", "status", "discussion"],
        [
            (d("2021-03-01"), "Heiko Maas", "Jean-Yves Le Drian", COMPLETED,
             stmt("lib01", "discussion", "010100000007")),
            (d("2023-06-05"), "Annalena Baerbock", "Catherine Colonna", COMPLETED,
             stmt("lib02", "discussion", "020200000007")),
        ],
    ),
    "common_members": (
        {"org_a": "EU", "org_b": "NATO"},
        ["state", "name"],
        [("BEL", "Belgium"), ("DEU", "Germany"), ("FRA", "France"), ("LTU", "Lithuania"),
         ("POL", "Poland")],  # not GBR: its EU membership ended
    ),
    "memberships_of_state": (
        {"state": "DEU"},
        ["organisation", "since", "until", "in_reference", "articles"],
        [
            ("EU", d("1958-01-01"), None, True, 1),
            ("G7", d("1975-11-15"), None, True, 0),
            ("NATO", d("1955-05-06"), None, True, 0),
        ],
    ),
    "organisations_of_visited_states": (
        {},
        ["destination", "organisation", "visits"],
        [
            ("DEU", "EU", 2), ("DEU", "G7", 2), ("DEU", "NATO", 2),
            ("FRA", "EU", 2), ("FRA", "G7", 2), ("FRA", "NATO", 2),
        ],
    ),
    "most_active_diplomats": (
        {"from": "2023-01-01", "to": "2023-12-31", "limit": "3"},
        ["person", "events", "visits", "meetings"],
        [
            ("Annalena Baerbock", 5, 2, 3),
            ("Catherine Colonna", 3, 1, 2),
            ("Emmanuel Macron", 2, 0, 2),  # ties with Scholz, first by name
        ],
    ),
    "reciprocal_visits": (
        {},
        ["state_a", "state_b", "a_to_b", "b_to_a"],
        [("DEU", "FRA", 2, 1)],
    ),
    "announced_not_completed": (
        {},
        ["announced", "visitor", "destination", "planned_start", "cancelled", "visit"],
        [
            (d("2023-07-10"), "Antony Blinken", "POL", None, False,
             stmt("lib03", "visit", "030300000009")),
            (d("2023-08-02"), "Wang Yi", "DEU", None, True,
             stmt("lib04", "visit", "040400000006")),
        ],
    ),
    "statement_provenance": (
        {"statement": stmt("lib05", "meeting", "050500000005")},
        ["article", "published", "title", "start", "end", "quote", "confidence"],
        [
            ("lib05", d("2023-07-12"), "NATO summit in Vilnius", 0, 46,
             "NATO leaders met in Vilnius on July 11 and 12.", 0.9),
            ("lib05", d("2023-07-12"), "NATO summit in Vilnius", 47, 191,
             "Chancellor Olaf Scholz, President Emmanuel Macron and Secretary of State Antony "
             "Blinken joined Secretary General Jens Stoltenberg at the summit.", 0.9),
        ],
    ),
    "evidence_for_visit": (
        {"person": "Annalena Baerbock", "state": "CHN"},
        ["article", "published", "status", "start", "end", "quote", "visit"],
        [
            ("lib03", d("2023-07-10"), PLANNED, 199, 258,
             "Baerbock will travel to China on August 1, her office said.",
             stmt("lib03", "visit", "030300000008")),
            ("lib04", d("2023-08-02"), COMPLETED, 0, 106,
             "Foreign Minister Annalena Baerbock held talks with Chinese Foreign Minister Wang "
             "Yi in Beijing on Tuesday.", stmt("lib04", "visit", "040400000003")),
        ],
    ),
    "events_per_month": (
        {},
        ["month", "visits", "meetings", "discussions"],
        [
            ("2021-03", 1, 2, 1),
            ("2023-06", 1, 2, 1),  # the planned EU summit of 06-29 is not counted
            ("2023-07", 1, 2, 2),
            ("2023-08", 1, 1, 1),
            ("2024-01", 1, 2, 0),  # nor the hedged visit to Kyiv, nor the cancelled one
        ],
    ),
    "actor_neighbourhood": (
        {"actor": "Annalena Baerbock"},
        ["relation", "neighbour", "links"],
        [
            ("holds office in", "DEU", 3),
            ("hosted", "Catherine Colonna", 1),
            ("hosted by", "CHN", 1),
            ("hosted by", "FRA", 1),
            ("met", "Catherine Colonna", 2),
            ("met", "Antony Blinken", 1),
            ("met", "Radosław Sikorski", 1),
            ("met", "Wang Yi", 1),
            ("visited", "CHN", 1),  # the planned visit is not a link
            ("visited", "FRA", 1),
        ],
    ),
    "summits_of_organisation": (
        {"org": "NATO"},
        ["date", "end", "status", "place", "attendee", "summit"],
        [
            (d("2023-07-11"), d("2023-07-12"), COMPLETED, "LTU/vilnius", name,
             stmt("lib05", "meeting", "050500000005"))
            for name in ("Antony Blinken", "Emmanuel Macron", "Jens Stoltenberg", "Olaf Scholz")
        ],
    ),
    "bilateral_partners": (
        {"state": "DEU"},
        ["partner", "visits_out", "visits_in", "meetings"],
        [("CHN", 1, 0, 1), ("FRA", 2, 1, 6), ("POL", 0, 1, 1), ("USA", 0, 0, 2)],
    ),
    "articles_mentioning": (
        {"actor": "FRA"},
        ["article", "published", "title", "statements"],
        [
            ("lib01", d("2021-03-01"), "Maas in Paris for talks with Le Drian", 3),
            ("lib02", d("2023-06-05"), "Baerbock in Paris", 4),
            ("lib03", d("2023-07-10"), "Colonna in Berlin", 1),
            ("lib05", d("2023-07-12"), "NATO summit in Vilnius", 1),
        ],
    ),
}

# More answers to the same questions, for the cases the first parameters do not reach.
MORE: list[tuple[str, dict[str, str], list[tuple]]] = [
    ("office_holders_on_date", {"state": "DEU", "date": "2022-01-01"},
     [(FM, "Heiko Maas", d("2021-03-01")), (MIN, "Olaf Scholz", d("2021-03-01"))]),
    ("office_holders_on_date", {"state": "DEU"},  # the default date: latest known
     [(FM, "Annalena Baerbock", d("2023-08-02")), (HOG, "Olaf Scholz", d("2023-07-12"))]),
    ("office_holders_on_date", {"state": "DEU", "date": "2020-12-31"}, []),
    ("meetings_between_states", {"state_a": "DEU", "state_b": "POL"},
     # the reporting article (lib06) states Sikorski's office but not Baerbock's
     [(d("2024-01-10"), "meeting", "Annalena Baerbock", None, "Radosław Sikorski", FM,
       COMPLETED, stmt("lib06", "meeting", "060600000005"))]),
    ("phone_calls_between_states", {"state_a": "FRA", "state_b": "DEU"},
     [(d("2023-06-06"), "Emmanuel Macron", "Olaf Scholz", COMPLETED,
       stmt("lib02", "meeting", "020200000008"))]),
    ("visits_by_person", {"person": "Radosław Sikorski"},
     [(d("2024-01-15"), None, "DEU", "DEU/berlin", COMPLETED, False,
       stmt("lib06", "visit", "060600000004")),
      (d("2024-01-15"), None, "UKR", "UKR/kyiv", COMPLETED, True,
       stmt("lib06", "visit", "060600000008"))]),
    ("visits_by_person", {"person": "Nobody Known"}, []),
    ("common_members", {"org_a": "EU", "org_b": "G7"}, [("DEU", "Germany"), ("FRA", "France")]),
    ("memberships_of_state", {"state": "GBR"},
     [("EU", d("1973-01-01"), d("2020-01-31"), True, 0),
      ("G7", d("1975-11-15"), None, True, 0),
      ("NATO", d("1949-08-24"), None, True, 0)]),
    ("most_active_diplomats", {},
     [("Annalena Baerbock", 7, 2, 5), ("Catherine Colonna", 3, 1, 2), ("Olaf Scholz", 3, 0, 3),
      ("Antony Blinken", 2, 0, 2), ("Emmanuel Macron", 2, 0, 2), ("Heiko Maas", 2, 1, 1),
      ("Radosław Sikorski", 2, 1, 1), ("Bruno Le Maire", 1, 0, 1),
      ("Jean-Yves Le Drian", 1, 0, 1), ("Jens Stoltenberg", 1, 0, 1)]),
    ("reciprocal_visits", {"from": "2023-01-01"}, [("DEU", "FRA", 1, 1)]),
    ("events_per_month", {"from": "2023-07-01", "to": "2023-07-31"}, [("2023-07", 1, 2, 2)]),
    ("actor_neighbourhood", {"actor": "EU"},
     [("has member", "DEU", 2), ("has member", "FRA", 2), ("has member", "BEL", 1),
      ("has member", "GBR", 1), ("has member", "LTU", 1), ("has member", "POL", 1)]),
    ("actor_neighbourhood", {"actor": "NATO"},
     [("has member", "BEL", 1), ("has member", "DEU", 1), ("has member", "FRA", 1),
      ("has member", "GBR", 1), ("has member", "LTU", 1), ("has member", "POL", 1),
      ("has member", "USA", 1), ("office held by", "Jens Stoltenberg", 1),
      ("summit attended by", "Antony Blinken", 1), ("summit attended by", "Emmanuel Macron", 1),
      ("summit attended by", "Jens Stoltenberg", 1), ("summit attended by", "Olaf Scholz", 1)]),
    ("summits_of_organisation", {"org": "EU"},
     [(d("2023-06-29"), None, PLANNED, "BEL/brussels", name,
       stmt("lib02", "meeting", "020200000009"))
      for name in ("Emmanuel Macron", "Olaf Scholz")]),
    ("topics_between_states", {"state_a": "DEU", "state_b": "CHN"},
     [("climate cooperation", 1, d("2023-08-02"), d("2023-08-02"))]),  # the article's date
    ("discussions_of_topic", {"topic": "Ukraine"},
     [(d("2023-07-10"), "Annalena Baerbock", "Catherine Colonna", COMPLETED,
       stmt("lib03", "discussion", "030300000007"))]),
    ("bilateral_partners", {"state": "DEU", "from": "2024-01-01"},
     [("POL", 0, 1, 1), ("USA", 0, 0, 1)]),
    ("articles_mentioning", {"actor": "Jens Stoltenberg"},
     [("lib05", d("2023-07-12"), "NATO summit in Vilnius", 2)]),
    ("hosts", {"to": "2022-12-31"}, []),
]


def _tidy(rows: list[tuple]) -> list[tuple]:
    return [tuple(row) for row in rows]


@pytest.fixture(scope="module")
def embedded() -> GraphStore:
    store = EmbeddedStore(None)
    load(store, LIBRARY)
    return store


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = start(tmp_path_factory.mktemp("oxigraph-queries") / "db")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def served(oxigraph: OxigraphServer) -> GraphStore:
    store = SparqlStore(oxigraph.url, timeout=30)
    load(store, LIBRARY)
    return store


@pytest.fixture(params=["embedded", "server"])
def store(request: pytest.FixtureRequest) -> GraphStore:
    return request.getfixturevalue("embedded" if request.param == "embedded" else "served")


def library_names() -> list[str]:
    return [q.name for q in list_queries(include_internal=False)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_library_query_answers_exactly(store: GraphStore, name: str) -> None:
    params, columns, rows = EXPECTED[name]
    result = run_named(store, name, params)
    assert result.variables == columns
    assert [tuple(row.values()) for row in to_python(result)] == _tidy(rows)


@pytest.mark.parametrize(
    ("name", "params", "rows"), MORE, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(MORE)]
)
def test_library_query_answers_exactly_with_other_parameters(
    store: GraphStore, name: str, params: dict[str, str], rows: list[tuple]
) -> None:
    result = run_named(store, name, params)
    assert [tuple(row.values()) for row in to_python(result)] == _tidy(rows)


def test_every_library_query_is_tested_and_there_are_at_least_twenty() -> None:
    assert sorted(library_names()) == sorted(EXPECTED)
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("name", library_names())
def test_library_query_header_documents_it(name: str) -> None:
    query = load_query(name)
    assert query.title and query.title != name
    assert len(query.description) > 40
    declared = {p.name for p in query.params}
    used = set(re.findall(r"\$(\w+)", query.text.split("\nPREFIX", 1)[1]))
    assert used == declared, "every parameter declared is used and every $name declared"
    for param in query.params:
        assert param.doc, f"parameter {param.name} has no description"


@pytest.mark.parametrize("name", library_names())
def test_library_query_runs_with_its_defaults(embedded: GraphStore, name: str) -> None:
    query = load_query(name)
    required = {p.name: "https://example.org/x" for p in query.params if p.default is None}
    run_named(embedded, name, required)  # parses and runs; diplokg demo relies on defaults


# An article whose date the extractor could not read (no dcterms:date): one visit with its own
# start date, one with no date at all (so no dkg:eventDate either, as rdf.py writes it).
UNDATED_ARTICLE = """
@prefix dkg: <https://w3id.org/diplokg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix a7: <https://w3id.org/diplokg/id/article/lib07/> .
@prefix person: <https://w3id.org/diplokg/id/person/> .
@prefix state: <https://w3id.org/diplokg/id/state/> .

<https://w3id.org/diplokg/id/article/lib07> a dkg:Article, prov:Entity .
a7:visit\\/070700000001 a dkg:Visit, dkg:Event, dkg:Statement ;
    dkg:visitor person:annalena-baerbock ; dkg:destination state:FRA ; dkg:host state:FRA ;
    dkg:startDate "2023-09-04"^^<http://www.w3.org/2001/XMLSchema#date> ;
    dkg:eventDate "2023-09-04"^^<http://www.w3.org/2001/XMLSchema#date> ;
    dkg:status dkg:Completed ; prov:wasDerivedFrom <https://w3id.org/diplokg/id/article/lib07> .
a7:visit\\/070700000002 a dkg:Visit, dkg:Event, dkg:Statement ;
    dkg:visitor person:catherine-colonna ; dkg:destination state:DEU ; dkg:host state:DEU ;
    dkg:status dkg:Completed ; prov:wasDerivedFrom <https://w3id.org/diplokg/id/article/lib07> .
person:annalena-baerbock foaf:name "Annalena Baerbock" .
person:catherine-colonna foaf:name "Catherine Colonna" .
state:FRA dkg:iso3 "FRA" .
state:DEU dkg:iso3 "DEU" .
"""


@pytest.fixture(scope="module")
def with_undated_article() -> GraphStore:
    store = EmbeddedStore(None)
    load(store, LIBRARY)
    graph = Graph().parse(data=UNDATED_ARTICLE, format="turtle")
    store.replace_graph("https://w3id.org/diplokg/graph/article/lib07", graph)
    return store


SEPTEMBER = {"from": "2023-09-01", "to": "2023-09-30"}
DATED_VISIT = stmt("lib07", "visit", "070700000001")
UNDATED_VISIT = stmt("lib07", "visit", "070700000002")


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("hosts", [(d("2023-09-04"), "FRA", "Annalena Baerbock", "FRA", COMPLETED, DATED_VISIT)]),
        ("events_per_month", [("2023-09", 1, 0, 0)]),
        ("bilateral_partners", [("FRA", 1, 0, 0)]),
        (
            "organisations_of_visited_states",
            [("FRA", "EU", 1), ("FRA", "G7", 1), ("FRA", "NATO", 1)],
        ),
    ],
)
def test_a_visit_with_a_start_date_counts_when_its_article_has_no_date(
    with_undated_article: GraphStore, name: str, rows: list[tuple]
) -> None:
    """Every dated question dates an event by its start date, else its article's date; an
    article without a date does not hide a visit that carries its own."""
    params = {"state": "DEU", **SEPTEMBER} if name == "bilateral_partners" else SEPTEMBER
    result = run_named(with_undated_article, name, params)
    assert [tuple(row.values()) for row in to_python(result)] == rows


def test_a_visit_with_neither_date_is_in_no_range(with_undated_article: GraphStore) -> None:
    visits = {row["visit"] for row in to_python(run_named(with_undated_article, "hosts"))}
    assert DATED_VISIT in visits
    assert UNDATED_VISIT not in visits


SHORTCUT_PROBLEMS = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?s ?problem WHERE {
  GRAPH ?g {
    { ?h a dkg:OfficeHolding ; org:member ?s ; org:organization ?b
      FILTER NOT EXISTS { ?s dkg:holdsOfficeIn ?b } BIND("holding without shortcut" AS ?problem) }
    UNION
    { ?s dkg:holdsOfficeIn ?b
      FILTER NOT EXISTS { ?h a dkg:OfficeHolding ; org:member ?s ; org:organization ?b }
      BIND("shortcut without holding" AS ?problem) }
    UNION
    { ?s a dkg:Event .
      OPTIONAL { ?s dkg:startDate ?start } OPTIONAL { ?article a dkg:Article ; dcterms:date ?day }
      OPTIONAL { ?s dkg:eventDate ?date }
      FILTER(!BOUND(?date) || !sameTerm(?date, COALESCE(?start, ?day)))
      BIND("event date is not the start date, else the article's date" AS ?problem) }
  }
}
"""


def test_the_fixture_carries_the_shortcuts_rdf_derives(embedded: EmbeddedStore) -> None:
    """dkg:holdsOfficeIn and dkg:eventDate (rdf.py) are in the fixture, one per holding and event,
    and right: the queries read them instead of the holdings and the two dates."""
    assert embedded.select(SHORTCUT_PROBLEMS).rows == []
    counts = embedded.select(
        "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { "
        "GRAPH ?g { { ?p dkg:holdsOfficeIn ?b } UNION { ?e dkg:eventDate ?d } } }"
    ).rows
    assert int(counts[0]["n"]) == 20 + 25  # holdings shortcuts + events


def test_library_queries_need_no_inference_and_ignore_it(embedded: GraphStore) -> None:
    """The fixture's inferred graph repeats facts; dropping it changes no answer."""
    without = EmbeddedStore(None)
    load(without, LIBRARY)
    without.drop_graph("https://w3id.org/diplokg/graph/inferred")
    for name, (params, _, _) in EXPECTED.items():
        assert run_named(without, name, params).rows == run_named(embedded, name, params).rows


def test_the_fixture_article_graphs_conform_to_the_shapes(embedded: EmbeddedStore) -> None:
    from diplokg.validate import validate_graph

    prefix = "https://w3id.org/diplokg/graph/article/"
    articles = [g for g in embedded.graph_names() if g.startswith(prefix)]
    assert len(articles) == 6
    for name in articles:
        assert validate_graph(embedded.graph(name)) == [], name


def test_evidence_offsets_in_the_fixture_match_their_quotes(embedded: GraphStore) -> None:
    rows = embedded.select(
        "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT ?s ?e ?q WHERE { GRAPH ?g { "
        "?x dkg:startOffset ?s ; dkg:endOffset ?e ; dkg:quote ?q } }"
    ).rows
    assert len(rows) == 20
    assert all(int(r["e"]) - int(r["s"]) == len(str(r["q"])) for r in rows)


def test_a_missing_required_parameter_is_a_query_error(embedded: GraphStore) -> None:
    with pytest.raises(QueryError, match="needs --param statement="):
        run_named(embedded, "statement_provenance")


def test_a_parameter_value_cannot_inject_sparql(embedded: GraphStore) -> None:
    hostile = 'x" } UNION { ?person ?p ?o } #'
    assert run_named(embedded, "visits_by_person", {"person": hostile}).rows == []


def test_graph_method_reads_one_named_graph(embedded: EmbeddedStore) -> None:
    graph: Graph = embedded.graph("https://w3id.org/diplokg/graph/article/lib05")
    summit = URIRef(stmt("lib05", "meeting", "050500000005"))
    assert len(list(graph.objects(summit, URIRef(dkg("participant"))))) == 4


def test_docs_describe_every_library_query() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    missing = [name for name in library_names() if f"`{name}`" not in docs]
    assert missing == []
