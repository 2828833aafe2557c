"""Store benchmark: load time and the latency of every library query, embedded Oxigraph vs rdflib.

A synthetic graph shaped like the real one (docs/design.md, rdf.py): reference data (states,
organisations, dated memberships), then article graphs, each with its metadata, evidence spans,
office holdings, a visit, meetings and calls (some summits), discussions, sometimes a membership,
and the entities it mentions typed and labelled; with the shortcuts ``rdf.py`` derives
(``dkg:memberOf``, ``dkg:holdsOfficeIn``, ``dkg:eventDate``), so the store holds what the pipeline
would write (``tests/test_bench_store.py`` checks the shortcuts against their rules). Who appears
follows a Zipf-like law, as in news: a few foreign ministers are everywhere, most officials appear
a handful of times.

At each size the graph is written once as N-Quads, then

- loaded into the embedded store with ``store_io.load`` (what ``diplokg load`` does: a parse pass
  that refuses malformed files, then Oxigraph's bulk loader) and into an rdflib ``Dataset``;
- every library query runs with parameters that hit real entities of the graph: a warm-up, then
  the median of several runs. rdflib runs the same SPARQL text with a per-query time limit; it is
  the baseline up to the size it manages (``--rdflib-max``, default 100k).

Prints a table per size, the ratios, and how embedded latency grows with size.

    python bench/bench_store.py                      # 100k, 1M, 5M (about 10 minutes on 2 cores)
    python bench/bench_store.py --sizes 20k,100k     # quicker
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from diplokg.query import list_queries, load_query
from diplokg.store import EmbeddedStore
from diplokg.store_io import load

BASE = "https://w3id.org/diplokg/"
DKG = BASE + "ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD = "http://www.w3.org/2001/XMLSchema#"
P = {
    "type": RDF_TYPE,
    "label": "<http://www.w3.org/2000/01/rdf-schema#label>",
    "name": "<http://xmlns.com/foaf/0.1/name>",
    "alt": "<http://www.w3.org/2004/02/skos/core#altLabel>",
    "derived": "<http://www.w3.org/ns/prov#wasDerivedFrom>",
    "member": "<http://www.w3.org/ns/org#member>",
    "organization": "<http://www.w3.org/ns/org#organization>",
    "role": "<http://www.w3.org/ns/org#role>",
    "identifier": "<http://purl.org/dc/terms/identifier>",
    "title": "<http://purl.org/dc/terms/title>",
    "date": "<http://purl.org/dc/terms/date>",
    "publisher": "<http://purl.org/dc/terms/publisher>",
    "language": "<http://purl.org/dc/terms/language>",
    "prov_entity": "<http://www.w3.org/ns/prov#Entity>",
}
OFFICES = ("HeadOfStateOffice", "HeadOfGovernmentOffice", "ForeignMinisterOffice",
           "MinisterOffice", "AmbassadorOffice", "SpokespersonOffice")  # fmt: skip
ROLE_CLASSES = {
    "HeadOfStateOffice": ("HeadOfState", "Official"),
    "HeadOfGovernmentOffice": ("HeadOfGovernment", "Official"),
    "ForeignMinisterOffice": ("ForeignMinister", "Minister", "Official"),
    "MinisterOffice": ("Minister", "Official"),
    "AmbassadorOffice": ("Ambassador", "Official"),
    "SpokespersonOffice": ("Spokesperson", "Official"),
    "SecretaryGeneralOffice": ("SecretaryGeneral", "Official"),
}
SIZES = {"k": 1_000, "m": 1_000_000}
LIMITS: dict[str, tuple[float, float]] = {"rdflib": (20.0, 20.0)}  # (budget, limit) in seconds


def dkg(name: str) -> str:
    return f"<{DKG}{name}>"


def iri(path: str) -> str:
    return f"<{BASE}{path}>"


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(text: str, datatype: str) -> str:
    return f'"{text}"^^<{XSD}{datatype}>'


# -- the synthetic world ------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    slug: str
    name: str
    state: int  # index into World.states, or -1 for an organisation's official
    org: int  # index into World.orgs for an organisation's official, else -1
    office: str


@dataclass
class World:
    states: list[str]
    orgs: list[str]
    members: dict[int, list[int]]  # org -> member states (current)
    persons: list[Person]
    by_state: dict[int, list[int]]
    topics: list[str]
    rng: random.Random
    person_weights: list[float] = field(default_factory=list)
    state_weights: list[float] = field(default_factory=list)

    def person(self) -> int:
        return self.rng.choices(range(len(self.persons)), cum_weights=self.person_weights)[0]

    def state(self) -> int:
        return self.rng.choices(range(len(self.states)), cum_weights=self.state_weights)[0]

    def official_of(self, state: int) -> int:
        return self.rng.choice(self.by_state[state])


def _code(i: int) -> str:
    return chr(65 + i // 676 % 26) + chr(65 + i // 26 % 26) + chr(65 + i % 26)


def _cumulative(n: int, exponent: float) -> list[float]:
    total, out = 0.0, []
    for i in range(n):
        total += 1.0 / (i + 1) ** exponent
        out.append(total)
    return out


def make_world(articles: int, seed: int = 7) -> World:
    rng = random.Random(seed)
    states = [_code(i) for i in range(190)]
    orgs = [f"ORG{i:02d}" for i in range(40)]
    members = {o: sorted(rng.sample(range(190), rng.randint(8, 60))) for o in range(40)}
    persons: list[Person] = []
    by_state: dict[int, list[int]] = {s: [] for s in range(190)}
    per_state = max(6, min(60, articles // 250))
    for s in range(190):
        for k in range(per_state):
            office = (
                OFFICES[k]
                if k < len(OFFICES)
                else rng.choice(("MinisterOffice", "AmbassadorOffice"))
            )
            slug = f"official-{states[s].lower()}-{k:02d}"
            by_state[s].append(len(persons))
            persons.append(Person(slug, f"Official {states[s]} {k:02d}", s, -1, office))
    for o in range(40):
        persons.append(Person(f"secretary-{o:02d}", f"Secretary General {orgs[o]}", -1, o,
                              "SecretaryGeneralOffice"))  # fmt: skip
    order = list(range(len(persons)))
    rng.shuffle(order)
    # Foreign ministers of the first states lead the news; then a long tail.
    lead = [by_state[s][2] for s in range(10)]
    order = lead + [p for p in order if p not in set(lead)]
    persons = [persons[i] for i in order]
    remap = {old: new for new, old in enumerate(order)}
    by_state = {s: [remap[p] for p in ps] for s, ps in by_state.items()}
    topics = [f"topic {i:03d}" for i in range(300)]
    world = World(states, orgs, members, persons, by_state, topics, rng)
    world.person_weights = _cumulative(len(persons), 0.9)
    world.state_weights = _cumulative(len(states), 0.9)
    return world


# -- N-Quads writer --------------------------------------------------------------------------


class Writer:
    def __init__(self, out, graph: str) -> None:  # noqa: ANN001 - a text file
        self.out, self.graph, self.count = out, graph, 0

    def add(self, s: str, p: str, o: str) -> None:
        self.out.write(f"{s} {p} {o} {self.graph} .\n")
        self.count += 1


def write_reference(out, world: World) -> int:  # noqa: ANN001
    w = Writer(out, iri("graph/reference"))
    source = "<file:data/reference/organisations.json>"
    for code in world.states:
        node = iri(f"id/state/{code}")
        w.add(node, RDF_TYPE, dkg("State"))
        w.add(node, RDF_TYPE, dkg("Actor"))
        w.add(node, dkg("iso3"), lit(code))
        w.add(node, P["label"], lit(f"State {code}"))
    for o, acronym in enumerate(world.orgs):
        node = iri(f"id/org/{acronym}")
        w.add(node, RDF_TYPE, dkg("InternationalOrganisation"))
        w.add(node, RDF_TYPE, dkg("Actor"))
        w.add(node, dkg("acronym"), lit(acronym))
        w.add(node, P["label"], lit(f"Organisation {acronym}"))
        for s in world.members[o]:
            m = iri(f"id/reference/membership/{acronym}-{world.states[s]}")
            w.add(m, RDF_TYPE, dkg("Membership"))
            w.add(m, RDF_TYPE, dkg("Statement"))
            w.add(m, P["member"], iri(f"id/state/{world.states[s]}"))
            w.add(m, P["organization"], node)
            w.add(m, dkg("since"), typed(f"{1950 + (s * 7 + o) % 60}-01-01", "date"))
            w.add(m, P["derived"], source)
            if (s + o) % 10 == 0:  # an ended membership: no shortcut
                w.add(m, dkg("until"), typed("2020-01-31", "date"))
            else:
                w.add(iri(f"id/state/{world.states[s]}"), dkg("memberOf"), node)
    return w.count


STATUSES = (("Completed", 0.70), ("Planned", 0.18), ("Cancelled", 0.04), ("Ongoing", 0.08))


def write_article(out, world: World, n: int) -> int:  # noqa: ANN001
    rng = world.rng
    aid = f"s{n:07d}"
    w = Writer(out, iri(f"graph/article/{aid}"))
    article = iri(f"id/article/{aid}")
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    w.add(article, RDF_TYPE, dkg("Article"))
    w.add(article, RDF_TYPE, P["prov_entity"])
    w.add(article, P["identifier"], lit(aid))
    w.add(article, P["title"], lit(f"Story {aid}"))
    w.add(article, P["date"], typed(day.isoformat(), "date"))
    w.add(article, P["publisher"], lit("Synthetic Wire"))
    w.add(article, P["language"], lit("en"))
    w.add(article, dkg("sha256"), lit(f"{n:064x}"))

    persons: dict[int, None] = {}
    states: dict[int, None] = {}
    orgs: dict[int, None] = {}
    cities: dict[tuple[int, int], None] = {}
    topics: dict[int, None] = {}
    spans: list[str] = []

    def span() -> str:
        start = len(spans) * 120
        node = iri(f"id/article/{aid}/span/{start}-{start + 110}")
        spans.append(node)
        w.add(node, RDF_TYPE, dkg("Evidence"))
        w.add(node, dkg("inArticle"), article)
        w.add(node, dkg("startOffset"), typed(str(start), "integer"))
        w.add(node, dkg("endOffset"), typed(str(start + 110), "integer"))
        w.add(node, dkg("sentenceIndex"), typed(str(len(spans) - 1), "integer"))
        w.add(node, dkg("quote"), lit(f"Sentence {len(spans)} of story {aid}, about 110 chars."))
        return node

    def statement(kind: str, k: int, classes: tuple[str, ...], evidence: str) -> str:
        node = iri(f"id/article/{aid}/{kind}/{k:012x}")
        for cls in classes:
            w.add(node, RDF_TYPE, dkg(cls))
        w.add(node, P["derived"], article)
        w.add(node, dkg("confidence"), typed(f"0.{rng.randint(50, 99)}", "decimal"))
        w.add(node, dkg("evidence"), evidence)
        return node

    def status(node: str) -> None:
        value = rng.choices([s for s, _ in STATUSES], [p for _, p in STATUSES])[0]
        w.add(node, dkg("status"), dkg(value))
        if rng.random() < 0.04:
            w.add(node, dkg("hedged"), typed("true", "boolean"))

    def person_node(p: int) -> str:
        persons[p] = None
        return iri(f"id/person/{world.persons[p].slug}")

    def state_node(s: int) -> str:
        states[s] = None
        return iri(f"id/state/{world.states[s]}")

    def holding(p: int, k: int, evidence: str) -> None:
        person = world.persons[p]
        node = statement("office", k, ("OfficeHolding", "Statement"), evidence)
        pnode = person_node(p)
        w.add(node, P["member"], pnode)
        w.add(pnode, dkg("holdsOffice"), node)
        if person.org >= 0:
            orgs[person.org] = None
            body = iri(f"id/org/{world.orgs[person.org]}")
        else:
            body = state_node(person.state)
        w.add(node, P["organization"], body)
        w.add(pnode, dkg("holdsOfficeIn"), body)  # rdf.py's shortcut of the holding
        w.add(node, P["role"], dkg(person.office))
        w.add(node, dkg("observedOn"), typed(day.isoformat(), "date"))

    def dates(node: str) -> None:
        start = day  # rdf.py's dkg:eventDate: the start date, else the article's date
        if rng.random() < 0.8:
            start = day + dt.timedelta(days=rng.randint(-3, 10))
            w.add(node, dkg("startDate"), typed(start.isoformat(), "date"))
            if rng.random() < 0.4:
                end = start + dt.timedelta(days=rng.randint(1, 3))
                w.add(node, dkg("endDate"), typed(end.isoformat(), "date"))
        w.add(node, dkg("eventDate"), typed(start.isoformat(), "date"))

    visitor = world.person()
    home = world.persons[visitor].state
    destination = world.state()
    if destination == home:
        destination = (destination + 1) % len(world.states)
    counterpart = world.official_of(destination)
    lead = span()
    holding(visitor, 1, lead)
    holding(counterpart, 2, span())

    visit = statement("visit", 3, ("Visit", "Event", "Statement"), lead)
    w.add(visit, dkg("visitor"), person_node(visitor))
    w.add(visit, dkg("destination"), state_node(destination))
    city = (destination, rng.randrange(3))
    cities[city] = None
    w.add(visit, dkg("place"), iri(f"id/city/{world.states[destination]}/city-{city[1]}"))
    roll = rng.random()
    if roll < 0.5:
        w.add(visit, dkg("host"), state_node(destination))
    elif roll < 0.7:
        w.add(visit, dkg("host"), person_node(counterpart))
    status(visit)
    dates(visit)

    talks = span()
    meeting = statement("meeting", 4, ("Meeting", "Event", "Statement"), talks)
    for p in (visitor, counterpart):
        w.add(meeting, dkg("participant"), person_node(p))
    w.add(meeting, dkg("mode"), dkg("InPerson"))
    status(meeting)
    dates(meeting)
    w.add(meeting, dkg("place"), iri(f"id/city/{world.states[destination]}/city-{city[1]}"))

    for k in range(rng.choice((1, 1, 2))):
        subject = rng.random()
        discussion = statement("discussion", 5 + k, ("Discussion", "Event", "Statement"), talks)
        for p in (visitor, counterpart):
            w.add(discussion, dkg("participant"), person_node(p))
        if subject < 0.8:
            t = min(int(rng.paretovariate(1.2)) - 1, len(world.topics) - 1)
            topics[t] = None
            w.add(discussion, dkg("discusses"), iri(f"id/topic/topic-{t:03d}"))
        else:
            w.add(discussion, dkg("discusses"), state_node(world.state()))
        w.add(discussion, dkg("partOf"), meeting)
        w.add(discussion, dkg("status"), dkg("Completed"))
        w.add(discussion, dkg("eventDate"), typed(day.isoformat(), "date"))

    if rng.random() < 0.5:  # a call or a summit elsewhere in the story
        other = world.person()
        if other != visitor:
            extra = span()
            holding(other, 7, extra)
            call = statement("meeting", 8, ("Meeting", "Event", "Statement"), extra)
            w.add(call, dkg("participant"), person_node(visitor))
            w.add(call, dkg("participant"), person_node(other))
            if rng.random() < 0.3:
                org = rng.randrange(len(world.orgs))
                orgs[org] = None
                w.add(call, RDF_TYPE, dkg("Summit"))
                w.add(call, dkg("ofOrganisation"), iri(f"id/org/{world.orgs[org]}"))
                w.add(call, dkg("mode"), dkg("InPerson"))
            else:
                w.add(call, RDF_TYPE, dkg("PhoneCall"))
                w.add(call, dkg("mode"), dkg("Phone"))
            status(call)
            dates(call)

    if rng.random() < 0.15:
        org = rng.randrange(len(world.orgs))
        member = rng.choice(world.members[org])
        orgs[org] = None
        m = statement("membership", 9, ("Membership", "Statement"), span())
        w.add(m, P["member"], state_node(member))
        w.add(m, P["organization"], iri(f"id/org/{world.orgs[org]}"))
        w.add(m, dkg("presupposed"), typed("true", "boolean"))
        w.add(state_node(member), dkg("memberOf"), iri(f"id/org/{world.orgs[org]}"))

    for p in persons:
        person = world.persons[p]
        node = iri(f"id/person/{person.slug}")
        for cls in ("Person", "Actor", *ROLE_CLASSES[person.office]):
            w.add(node, RDF_TYPE, dkg(cls))
        w.add(node, P["name"], lit(person.name))
    for s in states:
        node = iri(f"id/state/{world.states[s]}")
        w.add(node, RDF_TYPE, dkg("State"))
        w.add(node, RDF_TYPE, dkg("Actor"))
        w.add(node, dkg("iso3"), lit(world.states[s]))
        w.add(node, P["label"], lit(f"State {world.states[s]}"))
    for o in orgs:
        node = iri(f"id/org/{world.orgs[o]}")
        w.add(node, RDF_TYPE, dkg("InternationalOrganisation"))
        w.add(node, RDF_TYPE, dkg("Actor"))
        w.add(node, dkg("acronym"), lit(world.orgs[o]))
        w.add(node, P["label"], lit(f"Organisation {world.orgs[o]}"))
    for s, c in cities:
        node = iri(f"id/city/{world.states[s]}/city-{c}")
        w.add(node, RDF_TYPE, dkg("City"))
        w.add(node, P["label"], lit(f"City {c} of {world.states[s]}"))
        w.add(node, dkg("inState"), state_node(s))
    for t in topics:
        node = iri(f"id/topic/topic-{t:03d}")
        w.add(node, RDF_TYPE, dkg("Topic"))
        w.add(node, P["label"], lit(world.topics[t]))
    return w.count


TRIPLES_PER_ARTICLE = 150  # measured; only used to size the world before writing


def write_graph(path: Path, target: int, seed: int = 7) -> tuple[int, World]:
    """Write about ``target`` quads of synthetic diplokg graph to ``path``; returns the count."""
    world = make_world(max(1, target // TRIPLES_PER_ARTICLE), seed)
    with path.open("w", encoding="utf-8", buffering=1 << 20) as out:
        count = write_reference(out, world)
        n = 0
        while count < target:
            count += write_article(out, world, n)
            n += 1
    return count, world


def bench_params(world: World) -> dict[str, dict[str, str]]:
    """Parameters that hit frequent entities, so no query times an empty answer."""
    star = world.persons[0]
    state_a = world.states[star.state]
    partner = next(
        world.states[p.state] for p in world.persons[1:] if p.state not in (-1, star.state)
    )
    window = {"from": "2016-01-01", "to": "2016-12-31"}  # "in 2016", a typical question
    return {
        "actor_neighbourhood": {"actor": star.name},
        "announced_not_completed": {},
        "articles_mentioning": {"actor": star.name},
        "bilateral_partners": {"state": state_a, **window},
        "common_members": {"org_a": world.orgs[0], "org_b": world.orgs[1]},
        "discussions_of_topic": {"topic": world.topics[20]},  # not the one topic in every story
        "events_per_month": window,
        "evidence_for_visit": {"person": star.name, "state": partner},
        "hosts": window,
        "meetings_between_states": {"state_a": state_a, "state_b": partner},
        "meetings_of_person": {"person": star.name, **window},
        "memberships_of_state": {"state": state_a},
        "most_active_diplomats": {**window, "limit": "10"},
        "office_history_of_person": {"person": star.name},
        "office_holders_on_date": {"state": state_a, "date": "2016-06-30"},
        "organisations_of_visited_states": window,
        "persons_by_office": {"office": "ForeignMinisterOffice"},
        "phone_calls_between_states": {"state_a": state_a, "state_b": partner},
        "reciprocal_visits": window,
        "statement_provenance": {"statement": f"{BASE}id/article/s0000000/visit/{3:012x}"},
        "summits_of_organisation": {"org": world.orgs[0]},
        "topics_between_states": {"state_a": state_a, "state_b": partner},
        "visits_by_person": {"person": star.name, **window},
        "visits_by_state": {"state": state_a, **window},
        "visits_to_state": {"state": partner, **window},
    }


# -- timing ---------------------------------------------------------------------------------


class QueryTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt pure-Python work (rdflib's evaluator) after ``seconds``; main thread only."""

    def expire(_signum: int, _frame: object) -> None:
        raise QueryTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Timing:
    median_ms: float | None  # None: timed out
    rows: int
    runs: int


def measure(run: Callable[[], int], runs: int, budget_s: float, limit_s: float) -> Timing:
    """A warm-up, then up to ``runs`` timed runs within ``budget_s``; each run at most ``limit_s``.

    A warm-up slower than a tenth of the budget counts as a sample: repeating a query that takes
    seconds tells little more and costs the run its time limit.
    """
    samples: list[float] = []
    rows = 0
    spent = 0.0
    for i in range(runs + 1):
        started = time.perf_counter()
        try:
            with time_limit(limit_s):
                rows = run()
        except QueryTimeout:
            return Timing(None, rows, len(samples))
        elapsed = time.perf_counter() - started
        spent += elapsed
        if i > 0 or elapsed > budget_s / 10:
            samples.append(elapsed * 1000)
        if spent > budget_s and samples:
            break
    return Timing(statistics.median(samples), rows, len(samples))


def parse_size(text: str) -> int:
    text = text.strip().lower()
    if text[-1] in SIZES:
        return int(float(text[:-1]) * SIZES[text[-1]])
    return int(text)


def label(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:g}M"
    return f"{size / 1_000:g}k"


@dataclass
class SizeResult:
    size: int
    quads: int
    write_s: float
    embedded_load_s: float
    embedded_load_cpu_s: float
    rdflib_load_s: float | None
    embedded: dict[str, Timing]
    memory: dict[str, Timing]
    rdflib: dict[str, Timing]


def cpu_seconds() -> float:
    """CPU time of this process, all threads (Oxigraph's bulk loader uses several)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_queries(
    label_: str, select: Callable[[str], int], sparqls: dict[str, str], runs: int
) -> dict[str, Timing]:
    timings: dict[str, Timing] = {}
    for name, sparql in sparqls.items():
        budget, limit = LIMITS["rdflib"] if label_ == "rdflib" else (5.0, 120.0)
        timings[name] = measure(lambda q=sparql: select(q), runs, budget, limit)
        shown = timings[name].median_ms
        print(f"  {label_} {name}: {'timeout' if shown is None else f'{shown:.1f} ms'}, "
              f"{timings[name].rows} rows", file=sys.stderr)  # fmt: skip
    return timings


def run_size(
    size: int, workdir: Path, with_rdflib: bool, with_memory: bool, rdflib_limit_s: float
) -> SizeResult:
    data = workdir / f"graph-{label(size)}.nq"
    started = time.perf_counter()
    quads, world = write_graph(data, size)
    write_s = time.perf_counter() - started
    params = bench_params(world)
    names = [q.name for q in list_queries(include_internal=False)]
    missing = set(names) - set(params)
    if missing:
        raise SystemExit(f"bench_params lacks parameters for {sorted(missing)}")
    sparqls = {name: load_query(name).render(params[name]) for name in names}
    runs = 9 if size <= 1_000_000 else 5

    store = EmbeddedStore(workdir / f"store-{label(size)}")
    started, cpu = time.perf_counter(), cpu_seconds()
    load(store, data)  # what `diplokg load` does: a parse pass, then the bulk loader
    store.flush()
    embedded_load_s = time.perf_counter() - started
    embedded_load_cpu_s = cpu_seconds() - cpu
    embedded = time_queries("embedded", lambda q: len(store.select(q)), sparqls, runs)
    store.close()

    memory: dict[str, Timing] = {}
    if with_memory:
        in_memory = EmbeddedStore(None)
        load(in_memory, data)
        memory = time_queries("memory", lambda q: len(in_memory.select(q)), sparqls, runs)
        del in_memory
        gc.collect()

    rdflib_load_s = None
    baseline: dict[str, Timing] = {}
    if with_rdflib:
        gc.collect()
        dataset = Dataset()
        started = time.perf_counter()
        dataset.parse(str(data), format="nquads")
        rdflib_load_s = time.perf_counter() - started
        baseline = (
            time_queries("rdflib", lambda q: len(list(dataset.query(q))), sparqls, 3)
            if rdflib_limit_s
            else {}
        )
        del dataset
        gc.collect()
    data.unlink()
    return SizeResult(size, quads, write_s, embedded_load_s, embedded_load_cpu_s, rdflib_load_s,
                      embedded, memory, baseline)  # fmt: skip


# -- report ---------------------------------------------------------------------------------


def _ms(timing: Timing | None, limit_s: float) -> str:
    if timing is None:
        return "-"
    if timing.median_ms is None:
        return f">{limit_s * 1000:.0f}"
    return f"{timing.median_ms:.1f}" if timing.median_ms < 100 else f"{timing.median_ms:.0f}"


def _ratio(base: Timing | None, timing: Timing, limit_s: float) -> tuple[float | None, str]:
    if base is None or not timing.median_ms:
        return None, ""
    base_ms = base.median_ms if base.median_ms is not None else limit_s * 1000
    value = base_ms / timing.median_ms
    return value, f"{'>' if base.median_ms is None else ''}{value:.0f}x"


def report(results: list[SizeResult], rdflib_limit_s: float) -> str:
    lines: list[str] = []
    for r in results:
        lines.append(f"\n## {label(r.size)}: {r.quads} quads (written in {r.write_s:.1f} s)")
        load_line = (
            f"load (diplokg load: parse check + bulk load): embedded {r.embedded_load_s:.1f} s "
            f"wall, {r.embedded_load_cpu_s:.1f} s CPU"
        )
        if r.rdflib_load_s is not None:
            ratio = r.rdflib_load_s / r.embedded_load_s
            load_line += f"; rdflib Dataset.parse {r.rdflib_load_s:.1f} s ({ratio:.1f}x)"
        lines.append(load_line)
        lines.append(
            f"{'query':<32} {'rows':>6} {'embedded ms':>12} {'in-memory ms':>13} "
            f"{'rdflib ms':>10} {'rdflib/emb':>10}"
        )
        ratios: list[float] = []
        for name, timing in r.embedded.items():
            base = r.rdflib.get(name)
            value, ratio = _ratio(base, timing, rdflib_limit_s)
            if value is not None:
                ratios.append(value)
            lines.append(
                f"{name:<32} {timing.rows:>6} {_ms(timing, 0):>12} "
                f"{_ms(r.memory.get(name), 0):>13} {_ms(base, rdflib_limit_s):>10} {ratio:>10}"
            )
        medians = [t.median_ms for t in r.embedded.values() if t.median_ms is not None]
        under = sum(1 for m in medians if m < 100)
        lines.append(
            f"embedded: {under}/{len(medians)} queries under 100 ms; slowest "
            f"{max(medians):.0f} ms; median of medians {statistics.median(medians):.1f} ms; "
            f"whole mix {sum(medians):.0f} ms"
        )
        if r.memory:
            mem = [t.median_ms for t in r.memory.values() if t.median_ms is not None]
            lines.append(
                f"in-memory embedded store: {sum(1 for m in mem if m < 100)}/{len(mem)} under "
                f"100 ms; slowest {max(mem):.0f} ms; whole mix {sum(mem):.0f} ms"
            )
        if ratios:
            geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
            total_base = sum(
                (t.median_ms if t.median_ms is not None else rdflib_limit_s * 1000)
                for t in r.rdflib.values()
            )
            timeouts = sum(1 for t in r.rdflib.values() if t.median_ms is None)
            lines.append(
                f"rdflib / embedded: whole mix {total_base / sum(medians):.0f}x, geometric mean "
                f"{geo:.0f}x, smallest {min(ratios):.1f}x; {timeouts} rdflib queries hit the "
                f"{rdflib_limit_s:g} s limit and count at it, so the ratios are lower bounds"
            )
    if len(results) > 1:
        lines.append("\n## growth of embedded latency with size (median ms)")
        lines.append(f"{'query':<32} " + " ".join(f"{label(r.size):>9}" for r in results))
        for name in results[0].embedded:
            cells = " ".join(f"{_ms(r.embedded.get(name), 0):>9}" for r in results)
            lines.append(f"{name:<32} {cells}")
        mixes = " ".join(
            f"{sum(t.median_ms or 0 for t in r.embedded.values()):>9.0f}" for r in results
        )
        lines.append(f"{'whole mix':<32} {mixes}")
        loads = " ".join(f"{r.embedded_load_s:>8.1f}s" for r in results)
        lines.append(f"{'load (wall)':<32} {loads}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1M,5M", help="comma-separated, e.g. 100k,1M")
    parser.add_argument("--rdflib-max", default="100k", help="largest size rdflib runs at")
    parser.add_argument("--rdflib-limit", type=float, default=20.0, help="seconds per rdflib query")
    parser.add_argument(
        "--memory-max", default="1M", help="largest size an in-memory embedded store also runs at"
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    rdflib_max, memory_max = parse_size(args.rdflib_max), parse_size(args.memory_max)
    LIMITS["rdflib"] = (args.rdflib_limit, args.rdflib_limit)
    results: list[SizeResult] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="diplokg-bench-") as tmp:
        for size in sizes:
            print(f"size {label(size)}", file=sys.stderr)
            results.append(
                run_size(size, Path(tmp), size <= rdflib_max, size <= memory_max, args.rdflib_limit)
            )
    print(report(results, args.rdflib_limit))
    print(f"\n(benchmark ran {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps([_as_json(r) for r in results], indent=2))


def _as_json(r: SizeResult) -> dict[str, object]:
    def timings(values: dict[str, Timing]) -> dict[str, object]:
        return {
            k: {"median_ms": t.median_ms, "rows": t.rows, "runs": t.runs} for k, t in values.items()
        }

    return {
        "size": r.size, "quads": r.quads, "embedded_load_s": r.embedded_load_s,
        "embedded_load_cpu_s": r.embedded_load_cpu_s, "rdflib_load_s": r.rdflib_load_s,
        "embedded": timings(r.embedded), "memory": timings(r.memory),
        "rdflib": timings(r.rdflib),
    }  # fmt: skip


if __name__ == "__main__":
    main()
