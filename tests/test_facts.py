"""facts: an Extraction, through RDF and the store, returns as the gold facts it states."""

from __future__ import annotations

import datetime as dt
import io
import json

from diplokg.facts import facts_from_store, write_jsonl
from diplokg.iri import REFERENCE_GRAPH, graph_iri
from diplokg.model import (
    Article,
    CityRef,
    Discussion,
    Evidence,
    Extraction,
    Meeting,
    Membership,
    OfficeHolding,
    OrgRef,
    PersonRef,
    StateRef,
    TopicRef,
    Visit,
)
from diplokg.rdf import article_graph
from diplokg.store import EmbeddedStore

EV = (Evidence(0, 0, 10, "Some text."),)
LAVROV = PersonRef("Sergei Lavrov", "sergei-lavrov", ("Sergey Lavrov",))
WANG = PersonRef("Wang Yi", "wang-yi")
GUTERRES = PersonRef("António Guterres", "antonio-guterres")
ZAKHAROVA = PersonRef("Maria Zakharova", "maria-zakharova")
SILUANOV = PersonRef("Anton Siluanov", "anton-siluanov")
RUS, CHN, BLR = StateRef("RUS", "Russia"), StateRef("CHN", "China"), StateRef("BLR", "Belarus")
UN = OrgRef("UN", "United Nations")
SCO = OrgRef("SCO", "Shanghai Cooperation Organisation")


def first_article() -> Extraction:
    meeting = Meeting(
        EV,
        0.8,
        participants=(WANG, LAVROV),
        status="completed",
        start=dt.date(2019, 5, 13),
        place=CityRef("Sochi", "RUS"),
    )
    return Extraction(
        Article("a1", "Some text.", date=dt.date(2019, 5, 14)),
        offices=[
            OfficeHolding(EV, 0.9, person=LAVROV, role="foreign_minister", state=RUS),
            OfficeHolding(EV, 0.9, person=GUTERRES, role="secretary_general", org=UN),
            OfficeHolding(
                EV, 0.9, person=SILUANOV, role="minister", state=RUS, portfolio="finance"
            ),
            OfficeHolding(
                EV, 0.9, person=ZAKHAROVA, role="other", state=RUS, title="ministry spokeswoman"
            ),
        ],
        visits=[
            Visit(
                EV,
                0.9,
                visitor=WANG,
                destination=RUS,
                status="completed",
                city=CityRef("Sochi", "RUS"),
                start=dt.date(2019, 5, 12),
                end=dt.date(2019, 5, 14),
                host=LAVROV,
            )
        ],
        meetings=[
            meeting,
            Meeting(EV, 0.7, participants=(LAVROV, WANG), mode="phone", status="planned"),
        ],
        discussions=[
            Discussion(EV, 0.7, participants=(LAVROV, WANG), topic=SCO, event=meeting),
            Discussion(
                EV,
                0.6,
                participants=(LAVROV, WANG),
                topic=StateRef("SYR", "Syria"),
                status="planned",
                hedged=True,
            ),
            Discussion(EV, 0.6, participants=(WANG, LAVROV), topic=TopicRef("strategic stability")),
        ],
        memberships=[
            Membership(EV, 0.8, member=RUS, org=SCO),
            Membership(EV, 0.5, member=CHN, org=SCO, presupposed=True),
        ],
    )


def second_article() -> Extraction:
    return Extraction(
        Article("a0", "Some text.", date=dt.date(2012, 8, 14)),
        visits=[Visit(EV, 0.9, visitor=LAVROV, destination=BLR, status="planned")],
    )


def store_with(*extractions: Extraction, base: str | None = None) -> EmbeddedStore:
    store = EmbeddedStore(None)
    for extraction in extractions:
        if base is None:
            graph = article_graph(extraction)
            store.replace_graph(graph_iri(extraction.article.id), graph)
        else:
            graph = article_graph(extraction, base)
            store.replace_graph(graph_iri(extraction.article.id, base), graph)
    return store


EXPECTED_A1 = [
    {
        "article": "a1",
        "type": "holds_office",
        "person": "Anton Siluanov",
        "role": "minister",
        "state": "RUS",
        "portfolio": "finance",
    },
    {
        "article": "a1",
        "type": "holds_office",
        "person": "António Guterres",
        "role": "secretary_general",
        "org": "UN",
    },
    {
        "article": "a1",
        "type": "holds_office",
        "person": "Maria Zakharova",
        "role": "other",
        "state": "RUS",
        "title": "ministry spokeswoman",
    },
    {
        "article": "a1",
        "type": "holds_office",
        "person": "Sergei Lavrov",
        "role": "foreign_minister",
        "state": "RUS",
    },
    {
        "article": "a1",
        "type": "visit",
        "visitor": "Wang Yi",
        "destination": "RUS",
        "city": "Sochi",
        "start": "2019-05-12",
        "end": "2019-05-14",
        "status": "completed",
    },
    {
        "article": "a1",
        "type": "meeting",
        "participants": ["Sergei Lavrov", "Wang Yi"],
        "date": "2019-05-13",
        "place": "Sochi",
    },
    {
        "article": "a1",
        "type": "meeting",
        "participants": ["Sergei Lavrov", "Wang Yi"],
        "date": None,
        "place": None,
        "status": "planned",
        "mode": "phone",
    },
    {
        "article": "a1",
        "type": "discusses",
        "participants": ["Sergei Lavrov", "Wang Yi"],
        "topic": "SCO",
    },
    {
        "article": "a1",
        "type": "discusses",
        "participants": ["Sergei Lavrov", "Wang Yi"],
        "topic": "SYR",
        "status": "planned",
        "hedged": True,
    },
    {
        "article": "a1",
        "type": "discusses",
        "participants": ["Sergei Lavrov", "Wang Yi"],
        "topic": "strategic stability",
    },
    {
        "article": "a1",
        "type": "member_of",
        "member": "CHN",
        "org": "SCO",
        "support": "presupposed",
    },
    {"article": "a1", "type": "member_of", "member": "RUS", "org": "SCO"},
]
EXPECTED_A0 = [
    {
        "article": "a0",
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "BLR",
        "city": None,
        "start": None,
        "end": None,
        "status": "planned",
    }
]


def test_facts_round_trip_through_the_store() -> None:
    facts = facts_from_store(store_with(first_article(), second_article()))
    assert facts == EXPECTED_A0 + EXPECTED_A1


def test_facts_keep_gold_key_order() -> None:
    facts = facts_from_store(store_with(first_article()))
    assert list(facts[0]) == ["article", "type", "person", "role", "state", "portfolio"]


def test_order_does_not_depend_on_ingest_order() -> None:
    one = facts_from_store(store_with(first_article(), second_article()))
    other = facts_from_store(store_with(second_article(), first_article()))
    assert json.dumps(one) == json.dumps(other)


def test_reference_and_other_graphs_are_not_facts() -> None:
    store = store_with(second_article())
    # The same statements in the reference graph must not be read as an article's facts.
    store.replace_graph(str(REFERENCE_GRAPH), article_graph(first_article()))
    assert facts_from_store(store) == EXPECTED_A0


def test_a_configured_base_is_followed() -> None:
    base = "http://example.org/kg/"
    assert facts_from_store(store_with(second_article(), base=base), base=base) == EXPECTED_A0
    assert facts_from_store(store_with(second_article(), base=base)) == []


def test_write_jsonl_writes_one_object_per_line() -> None:
    stream = io.StringIO()
    write_jsonl(EXPECTED_A1[:2], stream)
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == EXPECTED_A1[:2]
    assert "António" in lines[1]  # UTF-8 kept readable, not \\u-escaped
