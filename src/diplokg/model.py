"""Plain typed records that flow between pipeline stages.

No RDF here: stages take and return these, and ``rdf.py`` alone turns them into triples. Records are
frozen so a stage cannot change what an earlier stage decided behind its back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Role = Literal[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "minister",
    "ambassador",
    "spokesperson",
    "secretary_general",
    "other",
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]

Status = Literal["planned", "ongoing", "completed", "cancelled"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]

Mode = Literal["in_person", "phone", "video"]


@dataclass(frozen=True)
class Article:
    """One news story as read from disk or JSON Lines; ``text`` is the body offsets refer to."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    lang: str = "en"
    origin: str | None = None  # file path or "file.jsonl:line"

    @property
    def sha256(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: a sentence of the article, by character offsets."""

    sentence_index: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class StateRef:
    iso3: str
    name: str


@dataclass(frozen=True)
class OrgRef:
    acronym: str
    name: str


@dataclass(frozen=True)
class CityRef:
    name: str
    state_iso3: str | None


@dataclass(frozen=True)
class PersonRef:
    """A person by canonical full name; ``key`` folds transliteration variants (Sergei/Sergey)."""

    name: str
    key: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicRef:
    """An issue discussed that is neither a state nor an organisation: a short lowercase phrase."""

    label: str


Topic = StateRef | OrgRef | TopicRef
Actor = PersonRef | StateRef | OrgRef


@dataclass(frozen=True)
class Statement:
    evidence: tuple[Evidence, ...]
    confidence: float


@dataclass(frozen=True)
class OfficeHolding(Statement):
    person: PersonRef
    role: Role
    state: StateRef | None = None
    org: OrgRef | None = None
    portfolio: str | None = None
    title: str | None = None
    observed_on: dt.date | None = None
    hedged: bool = False


@dataclass(frozen=True)
class Visit(Statement):
    visitor: PersonRef
    destination: StateRef
    status: Status
    city: CityRef | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    host: Actor | None = None
    hedged: bool = False


@dataclass(frozen=True)
class Meeting(Statement):
    participants: tuple[PersonRef, ...]
    status: Status = "completed"
    mode: Mode = "in_person"
    start: dt.date | None = None
    end: dt.date | None = None
    place: CityRef | None = None
    organisation: OrgRef | None = None  # set for a summit of that organisation
    hedged: bool = False


@dataclass(frozen=True)
class Discussion(Statement):
    participants: tuple[PersonRef, ...]
    topic: Topic
    status: Status = "completed"
    event: Meeting | Visit | None = None
    hedged: bool = False


@dataclass(frozen=True)
class Membership(Statement):
    member: StateRef
    org: OrgRef
    presupposed: bool = False
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass
class Extraction:
    """Everything one article yields; the input to ``rdf.article_graph``."""

    article: Article
    offices: list[OfficeHolding] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    discussions: list[Discussion] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)

    def statements(self) -> list[Statement]:
        return [
            *self.offices,
            *self.visits,
            *self.meetings,
            *self.discussions,
            *self.memberships,
        ]
