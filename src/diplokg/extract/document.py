"""The one object that flows through the extraction components (spaCy's ``Doc``, in small).

Each component reads what earlier ones added and adds its own layer: sentences and tokens, entity
mentions, persons with their offices, and finally statements. Components never reach into the
article text except through this object, so offsets stay consistent.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from diplokg.model import (
    Article,
    CityRef,
    Evidence,
    Extraction,
    OrgRef,
    PersonRef,
    StateRef,
)

if TYPE_CHECKING:
    from diplokg.extract.dates import TimeExpr


def fold(text: str) -> str:
    """``text`` lowercased so that a case-insensitive regex match of a lowercase ASCII word shows
    in it as that word: a substring test on it can rule a costly ``re.IGNORECASE`` scan out.

    Plain ``lower()`` is not enough outside ASCII: Python's ``re`` lets "ı" and "İ" match "i"
    and "ſ" match "s", while ``lower()`` leaves "ı" and "ſ" as they are and makes "İ" two
    characters. Every other character that matches an ASCII letter lowercases to it.
    """
    low = text.lower()
    if low.isascii():
        return low
    return low.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def any_in(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` occurs in ``text``; a plain loop is CPython's cheapest form."""
    for word in words:  # noqa: SIM110 - any() over a generator costs a third more
        if word in text:
            return True
    return False


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    # Made once here, as several components look for cue words in each sentence: ``lower`` is
    # the text lowercased, ``folded`` the text through ``fold``.
    lower: str = field(init=False, repr=False, compare=False)
    folded: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lower = self.text.lower()
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "folded", lower if lower.isascii() else fold(self.text))


class Token(NamedTuple):
    """A word or punctuation mark; a tuple because articles have thousands of them."""

    start: int
    end: int
    text: str
    lower: str


_START = attrgetter("start")


@dataclass
class Mention:
    """A span of the text that names something; ``ref`` says what."""

    kind: str  # state | demonym | city | org | title | person | group
    start: int
    end: int
    text: str
    ref: StateRef | OrgRef | CityRef | PersonRef | str | None
    sentence: int
    role: str | None = None  # for titles: the office role
    portfolio: str | None = None
    title: str | None = None


@dataclass
class PersonEntity:
    """Everything the article says about one person, gathered across mentions."""

    ref: PersonRef
    role: str | None = None
    state: StateRef | None = None
    org: OrgRef | None = None
    portfolio: str | None = None
    title: str | None = None
    first_sentence: int = 0
    office_evidence: int | None = None  # sentence index where the office is stated
    name_tokens: tuple[str, ...] = ()
    # lesser offices of a chain ("Premier and Foreign Minister"): (title, sentence, role)
    other_titles: list[tuple[str, int, str]] = field(default_factory=list)
    state_inferred: bool = False  # state taken from context, not from the title


@dataclass
class Document:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    persons: dict[str, PersonEntity] = field(default_factory=dict)
    dateline_city: CityRef | None = None
    dateline_state: StateRef | None = None
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # "U.S. Secretary of State"
    extraction: Extraction | None = None
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _index_size: int = field(default=-1, repr=False)
    # the dates each sentence names, once: visits and meetings in one sentence all ask for them
    event_dates: dict[int, list[TimeExpr]] = field(default_factory=dict, repr=False)

    @property
    def date(self) -> dt.date | None:
        return self.article.date

    def sentence_of(self, offset: int) -> Sentence:
        # Sentences are in text order and do not overlap: the only one that can hold the offset
        # is the last to start at or before it, found by binary search.
        i = bisect_right(self.sentences, offset, key=_START) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return self.sentences[-1]

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(sentence.index, sentence.start, sentence.end, sentence.text)

    def mentions_changed(self) -> None:
        """Say that mentions were reordered or replaced, so the sentence index is rebuilt."""
        self._index_size = -1

    def drop_mentions(self, kind: str, start: int) -> None:
        """Forget the `kind` mentions covering `start` (a later stage knows better)."""
        self.mentions[:] = [
            m for m in self.mentions if not (m.kind == kind and m.start <= start < m.end)
        ]
        self._index_size = -1

    def mentions_in(self, sentence: Sentence, kinds: set[str] | None = None) -> list[Mention]:
        # An index by sentence, rebuilt whenever a stage has added mentions since the last call.
        if self._index_size != len(self.mentions):
            self._by_sentence = {}
            for m in self.mentions:
                self._by_sentence.setdefault(m.sentence, []).append(m)
            self._index_size = len(self.mentions)
        found = self._by_sentence.get(sentence.index)
        if not found:
            return []
        if kinds is None:
            return list(found)
        return [m for m in found if m.kind in kinds]
