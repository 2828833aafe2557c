"""The one place statements become triples: an ``Extraction`` in, an article's named graph out.

The graph follows docs/design.md exactly. Two habits matter to readers of the store:

- Every node carries its class *and* the superclasses from the ontology (a foreign minister is
  also ``dkg:Minister``, ``dkg:Official``, ``dkg:Person``; a summit is also a ``dkg:Meeting``,
  ``dkg:Event``, ``dkg:Statement``), because SHACL validation and the fact queries run without
  inference.
- Statement IRIs hash the statement's key fields (every field except evidence and confidence), so
  re-running the pipeline yields the same nodes, and a statement extracted twice from one article
  collapses into one node carrying both evidence spans and the higher confidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pycountry
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from diplokg import iri
from diplokg.iri import DEFAULT_BASE
from diplokg.model import (
    Actor,
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
    Statement,
    StateRef,
    Topic,
    TopicRef,
    Visit,
)
from diplokg.reference import Reference
from diplokg.vocab import (
    DCTERMS,
    DKG,
    FOAF,
    MODE,
    OFFICE,
    ORG,
    PROV,
    ROLE_CLASS,
    SCHEMA,
    SKOS,
    STATUS,
)

# The ``{kind}`` segment of statement IRIs and the classes each statement node is typed with.
STATEMENT_KIND: dict[type[Statement], str] = {
    OfficeHolding: "office",
    Visit: "visit",
    Meeting: "meeting",
    Discussion: "discussion",
    Membership: "membership",
}
_STATEMENT_CLASSES: dict[type[Statement], tuple[URIRef, ...]] = {
    OfficeHolding: (DKG.OfficeHolding, DKG.Statement),
    Visit: (DKG.Visit, DKG.Event, DKG.Statement),
    Meeting: (DKG.Meeting, DKG.Event, DKG.Statement),
    Discussion: (DKG.Discussion, DKG.Event, DKG.Statement),
    Membership: (DKG.Membership, DKG.Statement),
}
# A person holding an office gets the role's class and every dkg superclass below dkg:Person.
_ROLE_TYPES: dict[str, frozenset[URIRef]] = {
    role: frozenset({cls, DKG.Official, *([DKG.Minister] if role == "foreign_minister" else [])})
    for role, cls in ROLE_CLASS.items()
}

PREFIXES: dict[str, str] = {
    "dkg": str(DKG._NS),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "skos": str(SKOS),
}


def article_graph(extraction: Extraction, base: str = DEFAULT_BASE) -> Graph:
    """The content of ``graph/article/{id}``: article metadata, entities, statements, evidence."""
    return _ArticleGraphBuilder(extraction.article, base).build(extraction)


def statement_iri(statement: Statement, article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The deterministic IRI of a statement extracted from article ``article_id``."""
    kind = STATEMENT_KIND[type(statement)]
    return iri.statement_iri(article_id, kind, statement_key(statement), base)


def statement_key(statement: Statement) -> tuple[str, ...]:
    """The fields that identify a statement: all but evidence and confidence, as strings.

    Entities enter by the identity their IRI encodes (a person by the slug of their key, a city
    by state and slug), so two statements about the same nodes hash alike; participant lists are
    sets, so their order does not matter.
    """
    if isinstance(statement, OfficeHolding):
        return (
            _ref_key(statement.person),
            statement.role,
            _ref_key(statement.state),
            _ref_key(statement.org),
            statement.portfolio or "",
            statement.title or "",
            _date_key(statement.observed_on),
            _flag(statement.hedged),
        )
    if isinstance(statement, Visit):
        return (
            _ref_key(statement.visitor),
            _ref_key(statement.destination),
            statement.status,
            _ref_key(statement.city),
            _date_key(statement.start),
            _date_key(statement.end),
            _ref_key(statement.host),
            _flag(statement.hedged),
        )
    if isinstance(statement, Meeting):
        return (
            _participants_key(statement.participants),
            statement.status,
            statement.mode,
            _date_key(statement.start),
            _date_key(statement.end),
            _ref_key(statement.place),
            _ref_key(statement.organisation),
            _flag(statement.hedged),
        )
    if isinstance(statement, Discussion):
        event = statement.event
        event_key = (
            ""
            if event is None
            else "\x1e".join((STATEMENT_KIND[type(event)], *statement_key(event)))
        )
        return (
            _participants_key(statement.participants),
            _ref_key(statement.topic),
            statement.status,
            event_key,
            _flag(statement.hedged),
        )
    if isinstance(statement, Membership):
        return (
            _ref_key(statement.member),
            _ref_key(statement.org),
            _flag(statement.presupposed),
            _date_key(statement.since),
            _date_key(statement.until),
        )
    raise TypeError(f"not a statement: {statement!r}")


def _ref_key(ref: Actor | Topic | CityRef | None) -> str:
    if ref is None:
        return ""
    if isinstance(ref, PersonRef):
        return "person:" + iri.slug(ref.key)
    if isinstance(ref, StateRef):
        return "state:" + ref.iso3.strip().upper()
    if isinstance(ref, OrgRef):
        return "org:" + ref.acronym.strip()
    if isinstance(ref, TopicRef):
        return "topic:" + iri.slug(ref.label)
    if isinstance(ref, CityRef):
        return f"city:{(ref.state_iso3 or '').upper()}/{iri.slug(ref.name)}"
    raise TypeError(f"not an entity reference: {ref!r}")


def _participants_key(participants: tuple[PersonRef, ...]) -> str:
    return ",".join(sorted({_ref_key(p) for p in participants}))


def _date_key(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _flag(value: bool) -> str:
    return "1" if value else ""


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


_TRUE = Literal(True)  # flags are written only when true; absence means false


@dataclass
class _Collected:
    """One statement node: its first record, its evidence in first-seen order, best confidence."""

    statement: Statement
    evidence: dict[tuple[int, int], Evidence] = field(default_factory=dict)
    confidence: float = 0.0


class _ArticleGraphBuilder:
    """Collects entity references first, so each entity gets one label however often it appears."""

    def __init__(self, article: Article, base: str) -> None:
        self.article = article
        self.base = base
        self.article_node = iri.article_iri(article.id, base)
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self._person_names: dict[URIRef, list[str]] = {}
        self._person_types: dict[URIRef, set[URIRef]] = {}
        self._state_names: dict[URIRef, tuple[str, list[str]]] = {}
        self._orgs: dict[URIRef, tuple[str, list[str]]] = {}
        self._cities: dict[URIRef, tuple[str, URIRef | None]] = {}
        self._topics: dict[URIRef, str] = {}

    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.graph.add((s, p, o))

    def build(self, extraction: Extraction) -> Graph:
        self._article_metadata()
        for node, collected in self._collect(extraction).items():
            self._statement(node, collected)
        self._entities()
        return self.graph

    # -- statements -------------------------------------------------------------------------

    def _collect(self, extraction: Extraction) -> dict[URIRef, _Collected]:
        collected: dict[URIRef, _Collected] = {}
        for statement in self._with_events(extraction.statements()):
            node = statement_iri(statement, self.article.id, self.base)
            entry = collected.setdefault(node, _Collected(statement))
            for evidence in statement.evidence:
                entry.evidence.setdefault((evidence.start, evidence.end), evidence)
            entry.confidence = max(entry.confidence, statement.confidence)
        return collected

    @staticmethod
    def _with_events(statements: list[Statement]) -> Iterator[Statement]:
        """The statements, then the events discussions point to, so ``dkg:partOf`` never dangles."""
        yield from statements
        for statement in statements:
            if isinstance(statement, Discussion) and statement.event is not None:
                yield statement.event

    def _statement(self, node: URIRef, collected: _Collected) -> None:
        statement = collected.statement
        for cls in _STATEMENT_CLASSES[type(statement)]:
            self.add(node, RDF.type, cls)
        self.add(node, PROV.wasDerivedFrom, self.article_node)
        confidence = Decimal(str(round(collected.confidence, 4)))
        self.add(node, DKG.confidence, Literal(confidence, datatype=XSD.decimal))
        if getattr(statement, "hedged", False):
            self.add(node, DKG.hedged, _TRUE)
        for evidence in collected.evidence.values():
            self.add(node, DKG.evidence, self._evidence(evidence))

        if isinstance(statement, OfficeHolding):
            self._office_holding(node, statement)
        elif isinstance(statement, Visit):
            self._visit(node, statement)
        elif isinstance(statement, Meeting):
            self._meeting(node, statement)
        elif isinstance(statement, Discussion):
            self._discussion(node, statement)
        elif isinstance(statement, Membership):
            self._membership(node, statement)

    def _evidence(self, evidence: Evidence) -> URIRef:
        node = iri.evidence_iri(self.article.id, evidence.start, evidence.end, self.base)
        if (node, RDF.type, DKG.Evidence) in self.graph:
            return node  # the same span cited twice: first citation describes it
        self.add(node, RDF.type, DKG.Evidence)
        self.add(node, DKG.inArticle, self.article_node)
        self.add(node, DKG.startOffset, Literal(evidence.start))
        self.add(node, DKG.endOffset, Literal(evidence.end))
        self.add(node, DKG.sentenceIndex, Literal(evidence.sentence_index))
        self.add(node, DKG.quote, Literal(evidence.quote))
        return node

    def _office_holding(self, node: URIRef, holding: OfficeHolding) -> None:
        person = self._person(holding.person)
        self.add(node, ORG.member, person)
        self.add(person, DKG.holdsOffice, node)
        bodies = (
            *([self._state(holding.state)] if holding.state is not None else []),
            *([self._org(holding.org)] if holding.org is not None else []),
        )
        for body in bodies:
            self.add(node, ORG.organization, body)
            # The shortcut of the holding's member and organisation, in the same graph, so that
            # "whose official is this person" is one triple pattern, not a join of two over
            # every holding. Hedged holdings have it too: it says "observed holding an office
            # of", as the holding does, and the queries that read it count hedged holdings.
            self.add(person, DKG.holdsOfficeIn, body)
        self.add(node, ORG.role, OFFICE[holding.role])
        if holding.portfolio:
            self.add(node, DKG.portfolio, Literal(holding.portfolio))
        if holding.title:
            self.add(node, DKG.title, Literal(holding.title))
        observed_on = holding.observed_on or self.article.date
        if observed_on is not None:
            self.add(node, DKG.observedOn, _date(observed_on))
        if not holding.hedged:  # typing the person asserts the office as a fact
            self._person_types[person].update(_ROLE_TYPES[holding.role])

    def _visit(self, node: URIRef, visit: Visit) -> None:
        self.add(node, DKG.visitor, self._person(visit.visitor))
        self.add(node, DKG.destination, self._state(visit.destination))
        self.add(node, DKG.status, STATUS[visit.status])
        if visit.city is not None:
            self.add(node, DKG.place, self._city(visit.city))
        self._dates(node, visit.start, visit.end)
        if visit.host is not None:
            self.add(node, DKG.host, self._actor(visit.host))

    def _meeting(self, node: URIRef, meeting: Meeting) -> None:
        if meeting.organisation is not None:
            self.add(node, RDF.type, DKG.Summit)
            self.add(node, DKG.ofOrganisation, self._org(meeting.organisation))
        if meeting.mode == "phone":
            self.add(node, RDF.type, DKG.PhoneCall)
        for participant in meeting.participants:
            self.add(node, DKG.participant, self._person(participant))
        self.add(node, DKG.mode, MODE[meeting.mode])
        self.add(node, DKG.status, STATUS[meeting.status])
        self._dates(node, meeting.start, meeting.end)
        if meeting.place is not None:
            self.add(node, DKG.place, self._city(meeting.place))

    def _discussion(self, node: URIRef, discussion: Discussion) -> None:
        for participant in discussion.participants:
            self.add(node, DKG.participant, self._person(participant))
        self.add(node, DKG.discusses, self._topic(discussion.topic))
        self.add(node, DKG.status, STATUS[discussion.status])
        if discussion.event is not None:
            self.add(node, DKG.partOf, statement_iri(discussion.event, self.article.id, self.base))
        self._event_date(node, None)

    def _membership(self, node: URIRef, membership: Membership) -> None:
        member = self._state(membership.member)
        org = self._org(membership.org)
        self.add(node, ORG.member, member)
        self.add(node, ORG.organization, org)
        if membership.presupposed:
            self.add(node, DKG.presupposed, _TRUE)
        if membership.since is not None:
            self.add(node, DKG.since, _date(membership.since))
        if membership.until is not None:
            self.add(node, DKG.until, _date(membership.until))
        # The shortcut says "is a member" with no qualification, so only for a membership the
        # article asserts and that has not ended. (Membership records carry no hedge flag yet;
        # getattr keeps the rule right if they gain one.)
        if not getattr(membership, "hedged", False) and membership.until is None:
            self.add(member, DKG.memberOf, org)

    def _dates(self, node: URIRef, start: dt.date | None, end: dt.date | None) -> None:
        if start is not None:
            self.add(node, DKG.startDate, _date(start))
        if end is not None:
            self.add(node, DKG.endDate, _date(end))
        self._event_date(node, start)

    def _event_date(self, node: URIRef, start: dt.date | None) -> None:
        """``dkg:eventDate``: the event's start date, else its article's date, else none.

        The one date by which queries place an event in time (docs/queries.md), written once
        here so that a query reads one property instead of choosing between two per event.
        """
        date = start or self.article.date
        if date is not None:
            self.add(node, DKG.eventDate, _date(date))

    # -- article and entities -----------------------------------------------------------------

    def _article_metadata(self) -> None:
        article, node = self.article, self.article_node
        self.add(node, RDF.type, DKG.Article)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, DCTERMS.identifier, Literal(article.id))
        if article.title:
            self.add(node, DCTERMS.title, Literal(article.title))
        if article.date is not None:
            self.add(node, DCTERMS.date, _date(article.date))
        if article.source:
            self.add(node, DCTERMS.publisher, Literal(article.source))
        if article.lang:
            self.add(node, DCTERMS.language, Literal(article.lang))
        if article.url:
            self.add(node, DCTERMS.source, Literal(article.url, datatype=XSD.anyURI))
        self.add(node, DKG.sha256, Literal(article.sha256))

    def _actor(self, ref: Actor) -> URIRef:
        if isinstance(ref, PersonRef):
            return self._person(ref)
        if isinstance(ref, StateRef):
            return self._state(ref)
        return self._org(ref)

    def _topic(self, ref: Topic) -> URIRef:
        if isinstance(ref, StateRef):
            return self._state(ref)
        if isinstance(ref, OrgRef):
            return self._org(ref)
        node = iri.topic_iri(ref.label, self.base)
        self._topics.setdefault(node, ref.label)
        return node

    def _person(self, ref: PersonRef) -> URIRef:
        node = iri.person_iri(ref.key, self.base)
        names = self._person_names.setdefault(node, [])
        for name in (ref.name, *ref.variants):
            if name and name not in names:
                names.append(name)
        self._person_types.setdefault(node, set())
        return node

    def _state(self, ref: StateRef) -> URIRef:
        return self._state_by_code(ref.iso3, ref.name)

    def _state_by_code(self, iso3: str, name: str | None) -> URIRef:
        node = iri.state_iri(iso3, self.base)
        names = self._state_names.setdefault(node, (iso3.strip().upper(), []))[1]
        if name and name not in names:
            names.append(name)
        return node

    def _org(self, ref: OrgRef) -> URIRef:
        node = iri.org_iri(ref.acronym, self.base)
        names = self._orgs.setdefault(node, (ref.acronym.strip(), []))[1]
        if ref.name and ref.name not in names:
            names.append(ref.name)
        return node

    def _city(self, ref: CityRef) -> URIRef:
        node = iri.city_iri(ref.name, ref.state_iso3, self.base)
        state = self._state_by_code(ref.state_iso3, None) if ref.state_iso3 else None
        self._cities.setdefault(node, (ref.name, state))
        return node

    def _entities(self) -> None:
        for node, names in self._person_names.items():
            # The longest name is the fullest ("Sergei Lavrov" over "Lavrov"); others are variants.
            name = min(names, key=lambda n: (-len(n), n))
            for cls in (DKG.Person, DKG.Actor, *sorted(self._person_types[node])):
                self.add(node, RDF.type, cls)
            self.add(node, FOAF.name, Literal(name))
            for variant in names:
                if variant != name:
                    self.add(node, SKOS.altLabel, Literal(variant))
        for node, (code, names) in self._state_names.items():
            self.add(node, RDF.type, DKG.State)
            self.add(node, RDF.type, DKG.Actor)
            self.add(node, DKG.iso3, Literal(code))
            self.add(node, RDFS.label, Literal(names[0] if names else _country_name(code)))
        for node, (acronym, names) in self._orgs.items():
            self.add(node, RDF.type, DKG.InternationalOrganisation)
            self.add(node, RDF.type, DKG.Actor)
            self.add(
                node, DKG.acronym, Literal(display_acronym(acronym, names[0] if names else None))
            )
            self.add(node, RDFS.label, Literal(names[0] if names else acronym))
        for node, (name, state) in self._cities.items():
            self.add(node, RDF.type, DKG.City)
            self.add(node, RDFS.label, Literal(name))
            self.add(node, DKG.inState, state)
        for node, label in self._topics.items():
            self.add(node, RDF.type, DKG.Topic)
            self.add(node, RDFS.label, Literal(label))


def _country_name(iso3: str) -> str:
    """A label for a state known only by code (a city's state); the code if pycountry lacks it."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or country.name)


def display_acronym(key: str, name: str | None) -> str:
    """The acronym people write: reference keys must be IRI-safe ("OPEC-PLUS"), "OPEC+" is not."""
    if "-" in key and name and " " not in name and len(name) <= 8:
        return name
    return key


def reference_graph(reference: Reference, base: str = DEFAULT_BASE) -> Graph:
    """The content of ``graph/reference``: states, organisations, cities and memberships.

    Kept apart from article graphs so a researcher can tell what the gazetteer knows from what a
    story says; its provenance is the data files, not an article.
    """
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    source = URIRef(iri._base(base) + "data/reference")
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, DCTERMS.title, Literal("diplokg reference data (data/reference/)")))
    for info in reference.states.values():
        node = iri.state_iri(info.iso3, base)
        graph.add((node, RDF.type, DKG.State))
        graph.add((node, RDF.type, DKG.Actor))
        graph.add((node, DKG.iso3, Literal(info.iso3)))
        graph.add((node, DKG.iso2, Literal(info.iso2)))
        graph.add((node, RDFS.label, Literal(info.name, lang="en")))
        graph.add((node, PROV.wasDerivedFrom, source))
        for alias in info.names[1:]:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        if info.wikidata:
            graph.add(
                (node, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{info.wikidata}"))
            )
        for city in dict.fromkeys((info.capital, *info.cities)):
            if city:
                city_node = iri.city_iri(city, info.iso3, base)
                graph.add((city_node, RDF.type, DKG.City))
                graph.add((city_node, RDFS.label, Literal(city)))
                graph.add((city_node, DKG.inState, node))
    for org in reference.orgs.values():
        node = iri.org_iri(org.acronym, base)
        graph.add((node, RDF.type, DKG.InternationalOrganisation))
        graph.add((node, RDF.type, DKG.Actor))
        graph.add((node, DKG.acronym, Literal(display_acronym(org.acronym, org.name))))
        graph.add((node, RDFS.label, Literal(org.name, lang="en")))
        graph.add((node, PROV.wasDerivedFrom, source))
        for alias in org.aliases:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        if org.wikidata:
            graph.add(
                (node, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{org.wikidata}"))
            )
        for member in org.members:
            if member.observer or member.associate:
                continue
            holding = URIRef(
                f"{node}/member/{member.iso3}"
                + (f"/{member.since.isoformat()}" if member.since else "")
            )
            state = iri.state_iri(member.iso3, base)
            graph.add((holding, RDF.type, DKG.Membership))
            graph.add((holding, ORG.member, state))
            graph.add((holding, ORG.organization, node))
            graph.add((holding, PROV.wasDerivedFrom, source))
            if member.since:
                graph.add((holding, DKG.since, Literal(member.since, datatype=XSD.date)))
            if member.until:
                graph.add((holding, DKG.until, Literal(member.until, datatype=XSD.date)))
            else:
                graph.add((state, DKG.memberOf, node))
    return graph
