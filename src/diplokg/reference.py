"""Reference data: states, international organisations and the office-title lexicon.

The data live in ``data/reference/`` (see its SOURCES.md) and are read once, validated, and
served from one immutable :class:`Reference`. Every lookup here is exact after normalisation;
fuzzy matching in running text is the gazetteer's job.

Matching rules, shared by states, organisations and cities:

* A form with no lowercase letter (``US``, ``U.S.``, ``UK``, ``RF``, ``UAE``, ``NATO``) matches
  only with exactly that case, as do the organisation aliases listed as case-sensitive
  (``Security Council``, ``Customs Union``, ``Union State``).
* Every other form matches case- and accent-insensitively, ignoring full stops, commas,
  hyphens versus spaces and a leading "the" (``the Netherlands``, ``st. petersburg``).
* A form that belongs to two entries, or is listed in ``ambiguous.csv`` ("Congo", "Korean",
  "Brest"), resolves to nothing.

Membership periods are inclusive at both ends; a missing ``since`` means "start unknown" and is
treated as always a member before ``until``.

Office terms (``officeholders.csv``) are inclusive too: a term's ``end`` is its last day, and on a
handover day the outgoing and the incoming holder are both in office. A missing ``start`` means
"start unknown", a missing ``end`` "still in office".
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from diplokg.errors import ReferenceDataError
from diplokg.model import ROLES, Role
from diplokg.resources import reference_dir

STATES_FILE = "states.csv"
ORGS_FILE = "organisations.json"
OFFICES_FILE = "offices.json"
AMBIGUOUS_FILE = "ambiguous.csv"
OFFICEHOLDERS_FILE = "officeholders.csv"

OFFICEHOLDER_COLUMNS = ("person", "role", "state", "org", "start", "end", "aliases")
# States whose officeholders are written family name first ("Xi Jinping", "Moon Jae-in"), and
# states whose officeholders are usually called by their first name alone ("Prayut", "Abiy",
# "Anwar", "Tharman"): for their people a leading part of the name also serves as a short name.
SURNAME_FIRST_STATES = frozenset({"CHN", "KOR", "PRK", "TWN"})
GIVEN_NAME_STATES = frozenset({"THA", "ETH", "ERI", "MYS", "IDN", "SGP"})

STATE_COLUMNS = (
    "iso3",
    "iso2",
    "numeric",
    "name",
    "official_name",
    "aliases",
    "demonyms",
    "capital",
    "cities",
    "wikidata",
)
ORG_KINDS = frozenset(
    {
        "intergovernmental organisation",
        "UN principal organ",
        "UN subsidiary body",
        "UN specialised agency",
        "UN fund or programme",
        "UN related organisation",
        "EU institution",
        "international court",
        "financial institution",
        "economic union",
        "customs union",
        "military alliance",
        "union state",
        "forum",
    }
)

SurfaceKind = Literal["state", "org", "city"]
SurfaceSource = Literal["name", "official_name", "alias", "demonym", "acronym", "city"]

_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
_NUMERIC = re.compile(r"^[0-9]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class StateInfo:
    """A state (UN member, observer, or one of Kosovo, Taiwan, Western Sahara)."""

    iso3: str
    iso2: str
    numeric: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    cities: tuple[str, ...]
    wikidata: str | None

    @property
    def names(self) -> tuple[str, ...]:
        """Short name, official name and aliases (not demonyms), without repeats."""
        return tuple(dict.fromkeys((self.name, self.official_name, *self.aliases)))


@dataclass(frozen=True)
class MemberInfo:
    """One period of one state's membership; a state may have several (left and rejoined)."""

    iso3: str
    since: dt.date | None
    until: dt.date | None
    observer: bool = False
    associate: bool = False
    note: str | None = None

    def active_on(self, day: dt.date) -> bool:
        started = self.since is None or self.since <= day
        return started and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class OrgInfo:
    """An international organisation, organ, agency, forum or union, keyed by its acronym."""

    acronym: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    members: tuple[MemberInfo, ...]
    wikidata: str | None
    case_sensitive_aliases: tuple[str, ...] = ()
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    @property
    def membership_modelled(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class OfficeTerm:
    """One person's term in one office: a state's head of state, head of government or foreign
    minister, or an organisation's secretary-general (``state`` or ``org`` is set, not both).

    ``start`` and ``end`` are inclusive; None means unknown start or still in office.
    """

    person: str
    role: Role
    state: str | None
    org: str | None
    start: dt.date | None
    end: dt.date | None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The person's name and aliases, without repeats."""
        return tuple(dict.fromkeys((self.person, *self.aliases)))

    def active_on(self, day: dt.date) -> bool:
        started = self.start is None or self.start <= day
        return started and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OfficeMatch:
    """What :meth:`OfficeLexicon.classify` made of a title phrase.

    ``title`` is the normalised phrase that matched (prefixes like "acting" removed);
    ``qualifier`` holds leading words that had to be dropped first ("russian"), for the caller
    to resolve; ``former`` is set for "former", "ex-", "late".
    """

    role: Role
    title: str
    portfolio: str | None = None
    former: bool = False
    qualifier: str | None = None


@dataclass(frozen=True)
class SurfaceForm:
    """One string a text may use for a state, organisation or city."""

    text: str
    kind: SurfaceKind
    key: str
    case_sensitive: bool
    source: SurfaceSource


# --------------------------------------------------------------------------- normalisation


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Côte d'Ivoire" -> "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("ʻ", "'")
    text = re.sub(r"[-‐‑–—]", " ", text)
    text = re.sub(r"[.,]", "", text)
    text = " ".join(text.casefold().split())
    return _LEADING_THE.sub("", text)


def _core(text: str) -> str:
    """Whitespace-collapsed text without a leading "the"."""
    return _LEADING_THE.sub("", " ".join(text.split()))


def is_case_sensitive(form: str) -> bool:
    """True for forms with no lowercase letter: acronyms and abbreviations ("US", "U.S.")."""
    core = _core(form)
    return any(ch.isalpha() for ch in core) and not any(ch.islower() for ch in core)


_PERSON_FOLD = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "'": None,
        "`": None,
        "ʼ": None,
    }
)
_GENERATION = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")


def _person_key(text: str) -> str:
    """:func:`fold` for personal names, also folding letters NFKD leaves alone (ı, ø, ł, đ)
    and dropping apostrophes ("Sa'ar" = "Saar", "Yıldırım" = "Yildirim")."""
    return " ".join(fold(text).translate(_PERSON_FOLD).split())


def _name_parts(name: str, *, prefixes: bool, suffixes: bool) -> tuple[set[str], set[str]]:
    """Full-name keys of ``name`` and its short-name keys (proper leading or trailing parts).

    A trailing generational suffix or regnal number ("Jr.", "III") is dropped first; the name
    without it is a full name too when at least two words remain.
    """
    whole = {_person_key(name)}
    words = name.split()
    while len(words) > 1 and _GENERATION.match(words[-1]):
        words = words[:-1]
    tokens = _person_key(" ".join(words)).split()
    if len(tokens) < 2:
        return whole - {""}, set()
    whole.add(" ".join(tokens))
    parts = set()
    for cut in range(1, len(tokens)):
        if suffixes:
            parts.add(" ".join(tokens[cut:]))
        if prefixes:
            parts.add(" ".join(tokens[:cut]))
    return whole, parts - whole


class _Index:
    """Forms to keys, split into exact-case and folded forms; a form with two keys is void."""

    def __init__(self) -> None:
        self.exact: dict[str, set[str]] = {}
        self.folded: dict[str, set[str]] = {}

    def add(self, form: str, key: str, case_sensitive: bool) -> None:
        if case_sensitive:
            self.exact.setdefault(_core(form), set()).add(key)
        else:
            self.folded.setdefault(fold(form), set()).add(key)

    def block(self, form: str, keys: Iterable[str]) -> None:
        self.folded.setdefault(fold(form), set()).update(keys)
        self.folded[fold(form)].add("")  # never a single key again

    def get(self, text: str) -> str | None:
        keys = self.exact.get(_core(text))
        if keys is None:
            keys = self.folded.get(fold(text))
        if keys is None or len(keys) != 1:
            return None
        return next(iter(keys))

    def collisions(self) -> dict[str, set[str]]:
        both = {**{f"={k}": v for k, v in self.exact.items()}, **self.folded}
        return {form: keys - {""} for form, keys in both.items() if len(keys - {""}) > 1}


# --------------------------------------------------------------------------- offices


@dataclass(frozen=True)
class OfficeLexicon:
    """Title phrases for each role, and the rules that build minister titles from portfolios."""

    titles: Mapping[str, Role]
    restricted: Mapping[str, frozenset[str]]
    title_portfolios: Mapping[str, str]
    portfolios: Mapping[str, tuple[str, ...]]
    portfolio_roles: Mapping[str, Role]
    minister_patterns: tuple[str, ...]
    demoting_prefixes: tuple[str, ...]
    transparent_prefixes: tuple[str, ...]
    former_prefixes: tuple[str, ...]
    notes: tuple[str, ...] = ()
    # organisations headed by a secretary-general: whose a bare "Secretary-General X" is
    secretary_general_orgs: frozenset[str] = frozenset()
    # titles of one state's own bodies ("chairman of the state duma"): that state's ISO3
    title_states: Mapping[str, str] = field(default_factory=dict)
    _patterns: tuple[tuple[re.Pattern[str], bool], ...] = field(
        default=(), repr=False, compare=False
    )
    _variants: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)

    def titles_for(self, role: Role) -> tuple[str, ...]:
        return tuple(title for title, r in self.titles.items() if r == role)

    def all_titles(self) -> tuple[str, ...]:
        """Every listed title and every pattern-built minister title ("defence minister")."""
        built = [
            pattern.replace("{portfolio}", variant)
            for pattern in self.minister_patterns
            for variants in self.portfolios.values()
            for variant in variants
        ]
        return tuple(dict.fromkeys((*self.titles, *built)))

    @staticmethod
    def normalise(title: str) -> str:
        """Lowercase, accents folded, hyphens and dashes as spaces, outer punctuation dropped."""
        text = unicodedata.normalize("NFKD", title)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("’", "'").replace("‘", "'")
        text = re.sub(r"[-‐‑–—/]", " ", text.casefold())
        text = re.sub(r"[.,;:()]", " ", text)
        text = " ".join(text.split())
        return _LEADING_THE.sub("", text)

    def classify(self, title: str, state: str | None = None) -> OfficeMatch | None:
        """The role a title phrase names, or None if it names none this lexicon knows.

        ``state`` (ISO3), when known, applies the per-state restrictions ("chancellor" is a head
        of government only in Germany and Austria). Leading words that are not part of any
        title ("russian foreign minister") are dropped, up to three, and returned as
        ``qualifier``.
        """
        text = self.normalise(title)
        former = False
        changed = True
        while changed and text:
            changed = False
            for prefix in (*self.former_prefixes, *self.transparent_prefixes):
                if text.startswith(prefix + " "):
                    former = former or prefix in self.former_prefixes
                    text = text[len(prefix) + 1 :]
                    changed = True
        words = text.split()
        for dropped in range(min(3, max(len(words) - 1, 0)) + 1):
            candidate = " ".join(words[dropped:])
            match = self._classify_core(candidate, state)
            if match is not None:
                qualifier = " ".join(words[:dropped]) or None
                return OfficeMatch(match[0], candidate, match[1], former, qualifier)
        return None

    def _role_for(self, title: str, role: Role, state: str | None) -> Role:
        allowed = self.restricted.get(title)
        if allowed is not None and state is not None and state not in allowed:
            return "other"
        return role

    def _title_portfolio(self, title: str, role: Role) -> str | None:
        """A listed title's portfolio: given in the data, or implied by its role."""
        if role == "other":
            return None
        if title in self.title_portfolios:
            return self.title_portfolios[title]
        implied = [key for key, r in self.portfolio_roles.items() if r == role]
        return implied[0] if len(implied) == 1 else None

    def _portfolio(self, text: str) -> str | None:
        for variant, key in self._variants:  # longest variant first
            if text == variant or text.startswith(variant + " "):
                return key
        return None

    def _classify_core(self, text: str, state: str | None) -> tuple[Role, str | None] | None:
        if not text:
            return None
        if text in self.titles:
            role = self._role_for(text, self.titles[text], state)
            return role, self._title_portfolio(text, role)
        for prefix in self.demoting_prefixes:
            if text.startswith(prefix + " "):
                return "other", None
        unknown_portfolio: str | None = None
        for pattern, open_ended in self._patterns:
            m = pattern.match(text)
            if m is None:
                continue
            portfolio_text = _LEADING_THE.sub("", m.group("p"))
            key = self._portfolio(portfolio_text)
            if key is not None:
                return self.portfolio_roles.get(key, "minister"), key
            if open_ended and unknown_portfolio is None:
                unknown_portfolio = portfolio_text
        best: str | None = None
        for known in self.titles:
            if known == "minister":
                continue
            if re.match(re.escape(known) + r" (?:of|to|for|at|in|on) ", text) and (
                best is None or len(known) > len(best)
            ):
                best = known
        if best is not None:
            role = self._role_for(best, self.titles[best], state)
            return role, self._title_portfolio(best, role)
        if unknown_portfolio is not None:
            return "minister", unknown_portfolio
        return None


def _compile_patterns(templates: Iterable[str]) -> tuple[tuple[re.Pattern[str], bool], ...]:
    compiled = []
    for template in templates:
        head, _, tail = template.partition("{portfolio}")
        if head:  # "minister of {portfolio}": the rest of the phrase is the portfolio
            regex = "^" + re.escape(head) + r"(?P<p>.+)$"
            open_ended = head.strip() in {"minister of", "minister for"}
        else:  # "{portfolio} minister", optionally "... of Russia"
            regex = r"^(?P<p>.+?)" + re.escape(tail) + r"(?: (?:of|for|to|in) .+)?$"
            open_ended = False
        compiled.append((re.compile(regex), open_ended))
    return tuple(compiled)


# --------------------------------------------------------------------------- the reference


@dataclass(frozen=True, eq=False)
class Reference:
    """All reference data, read-only. Build it with :func:`load_reference`."""

    states: Mapping[str, StateInfo]
    orgs: Mapping[str, OrgInfo]
    offices: OfficeLexicon
    ambiguous: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _state_index: _Index = field(default_factory=_Index, repr=False)
    _org_index: _Index = field(default_factory=_Index, repr=False)
    _city_index: _Index = field(default_factory=_Index, repr=False)
    officeholders: tuple[OfficeTerm, ...] = ()

    def state_by_name(self, text: str) -> StateInfo | None:
        """The state a name, official name, alias or demonym denotes, or None."""
        iso3 = self._state_index.get(text)
        return self.states[iso3] if iso3 else None

    def org_by_name(self, text: str) -> OrgInfo | None:
        """The organisation an acronym, name or alias denotes, or None."""
        key = self._org_index.get(text)
        return self.orgs[key] if key else None

    def city_state(self, city_name: str) -> str | None:
        """ISO3 of the state a listed city lies in; None if unknown or ambiguous."""
        return self._city_index.get(city_name) or None

    def members(
        self,
        acronym: str,
        on: dt.date | None = None,
        *,
        observers: bool = False,
        associates: bool = False,
    ) -> set[str]:
        """ISO3 codes of an organisation's members on a date, or its current members.

        With ``on=None`` the members whose membership has not ended in the data are returned.
        Observers and associates are left out unless asked for. An unknown acronym raises
        KeyError; an organisation whose membership is not modelled gives an empty set.
        """
        org = self.orgs[acronym]
        out = set()
        for member in org.members:
            if member.observer and not observers:
                continue
            if member.associate and not associates:
                continue
            if (member.until is None) if on is None else member.active_on(on):
                out.add(member.iso3)
        return out

    def memberships(self, iso3: str, on: dt.date | None = None) -> set[str]:
        """Acronyms of the organisations a state is a (full) member of, on a date or now."""
        return {acronym for acronym in self.orgs if iso3 in self.members(acronym, on)}

    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every string the data give for a state, organisation or city, with its key."""
        forms: list[SurfaceForm] = []
        for info in self.states.values():
            sourced: list[tuple[str, SurfaceSource]] = [
                (info.name, "name"),
                (info.official_name, "official_name"),
                *((alias, "alias") for alias in info.aliases),
                *((demonym, "demonym") for demonym in info.demonyms),
            ]
            for text, source in sourced:
                forms.append(SurfaceForm(text, "state", info.iso3, is_case_sensitive(text), source))
            for city in info.cities:
                forms.append(SurfaceForm(city, "city", info.iso3, is_case_sensitive(city), "city"))
        for org in self.orgs.values():
            exact = set(org.case_sensitive_aliases)
            forms.append(SurfaceForm(org.acronym, "org", org.acronym, True, "acronym"))
            forms.append(
                SurfaceForm(org.name, "org", org.acronym, is_case_sensitive(org.name), "name")
            )
            for alias in org.aliases:
                cased = alias in exact or is_case_sensitive(alias)
                forms.append(SurfaceForm(alias, "org", org.acronym, cased, "alias"))
        return tuple(dict.fromkeys(forms))

    def office_terms(self, name: str, on: dt.date | None = None) -> list[OfficeTerm]:
        """The office terms of the person called ``name`` that cover the day ``on``.

        ``name`` is matched case-, accent- and punctuation-insensitively against each term's
        person and aliases (a trailing "Jr." or regnal number may be left off: "Ferdinand
        Marcos", "Benigno Aquino"). If it is no one's full name it is tried as a short name:
        the last word or words of a name ("Lavrov", "Le Drian", "Lopez Obrador"), or for
        people of the states in ``SURNAME_FIRST_STATES`` and ``GIVEN_NAME_STATES`` the first
        ("Xi", "Moon", "Prayut"); a short name counts only when it picks out exactly one person
        among the terms that cover ``on``. With ``on=None`` every term counts. The result is
        ordered by start date; an empty list means unknown, not in office then, or ambiguous.
        """
        key = _person_key(name)
        if not key:
            return []
        full, short, person_of = self._officeholder_index
        terms = self.officeholders
        if key in full:
            ids = [i for i in full[key] if on is None or terms[i].active_on(on)]
        else:
            ids = [i for i in short.get(key, ()) if on is None or terms[i].active_on(on)]
            if len({person_of[i] for i in ids}) != 1:
                ids = []
        return sorted((terms[i] for i in ids), key=lambda term: term.start or dt.date.min)

    def names_an_officeholder(self, name: str) -> bool:
        """Whether ``name`` is anyone's full or short name in the office terms, on any date: a
        cheap test before :meth:`office_terms`."""
        if name.isascii() and name.isalpha() and name.lower() not in self._officeholder_words:
            return False  # most words: no name part of anyone's, told without folding
        key = _person_key(name)
        full, short, _ = self._officeholder_index
        return bool(key) and (key in full or key in short)

    @cached_property
    def _officeholder_words(self) -> frozenset[str]:
        """Every word of every office holder's name and alias, folded and lowercased."""
        words: set[str] = set()
        for term in self.officeholders:
            for name in (term.person, *term.aliases):
                words.update(_person_key(name).split())
        return frozenset(words)

    @cached_property
    def _officeholder_index(
        self,
    ) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], tuple[int, ...]]:
        """Full-name keys and short-name keys to term positions, and each term's person id.

        Terms that share any full name (person or alias) belong to the same person; a person
        with any term for a state in ``SURNAME_FIRST_STATES`` or ``GIVEN_NAME_STATES`` gets
        leading short names for all of their terms (Ban Ki-moon as UN Secretary-General too).
        """
        terms = self.officeholders
        full: dict[str, list[int]] = {}
        for i, term in enumerate(terms):
            for name in term.names:
                for key in _name_parts(name, prefixes=False, suffixes=False)[0]:
                    full.setdefault(key, []).append(i)
        parent = list(range(len(terms)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for ids in full.values():
            for other in ids[1:]:
                parent[root(other)] = root(ids[0])
        person_of = tuple(root(i) for i in range(len(terms)))
        surname_first = {
            person_of[i] for i, t in enumerate(terms) if t.state in SURNAME_FIRST_STATES
        }
        given_name = {person_of[i] for i, t in enumerate(terms) if t.state in GIVEN_NAME_STATES}
        short: dict[str, list[int]] = {}
        for i, term in enumerate(terms):
            person = person_of[i]
            for name in term.names:
                _, parts = _name_parts(
                    name,
                    prefixes=person in surname_first or person in given_name,
                    suffixes=person not in surname_first,
                )
                for key in parts:
                    short.setdefault(key, []).append(i)
        return (
            {key: tuple(dict.fromkeys(ids)) for key, ids in full.items()},
            {key: tuple(dict.fromkeys(ids)) for key, ids in short.items() if key not in full},
            person_of,
        )

    def collisions(self) -> dict[str, dict[str, set[str]]]:
        """Forms that name two entries of the same kind (they resolve to nothing)."""
        return {
            "state": self._state_index.collisions(),
            "org": self._org_index.collisions(),
            "city": self._city_index.collisions(),
        }


# --------------------------------------------------------------------------- loading


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def parse_date(value: Any, *, end: bool = False, where: str = "") -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date is its first day (last if end)."""
    if value is None or value == "":
        return None
    m = _DATE.match(str(value))
    if m is None:
        raise ReferenceDataError(f"{where}: bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), last if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError as exc:
        raise ReferenceDataError(f"{where}: bad date {value!r}: {exc}") from None


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != columns:
                raise ReferenceDataError(
                    f"{path.name}: header {reader.fieldnames} is not {list(columns)}"
                )
            rows = []
            for row in reader:
                if None in row or any(value is None for value in row.values()):
                    raise ReferenceDataError(
                        f"{path.name}: row {reader.line_num}: wrong number of fields"
                    )
                rows.append((reader.line_num, row))
            return rows
    except FileNotFoundError:
        raise ReferenceDataError(f"{path.name}: missing (looked in {path.parent})") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceDataError(f"{path.name}: unreadable: {exc}") from None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReferenceDataError(f"{path.name}: missing (looked in {path.parent})") from None
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            f"{path.name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(f"{path.name}: not UTF-8: {exc}") from None


def _load_states(path: Path) -> dict[str, StateInfo]:
    states: dict[str, StateInfo] = {}
    for line, row in _read_csv(path, STATE_COLUMNS):
        where = f"{path.name}: row {line}"
        iso3 = row["iso3"].strip()
        problems = []
        if not _ISO3.match(iso3):
            problems.append(f"iso3 {iso3!r} is not three capital letters")
        if not _ISO2.match(row["iso2"]):
            problems.append(f"iso2 {row['iso2']!r} is not two capital letters")
        if row["numeric"] and not _NUMERIC.match(row["numeric"]):
            problems.append(f"numeric {row['numeric']!r} is not three digits")
        for column in ("name", "official_name", "capital"):
            if not row[column].strip():
                problems.append(f"{column} is empty")
        if row["wikidata"] and not _QID.match(row["wikidata"]):
            problems.append(f"wikidata {row['wikidata']!r} is not a QID")
        if iso3 in states:
            problems.append(f"iso3 {iso3} repeats an earlier row")
        if problems:
            raise ReferenceDataError(f"{where} ({iso3}): " + "; ".join(problems))
        capital = row["capital"].strip()
        states[iso3] = StateInfo(
            iso3=iso3,
            iso2=row["iso2"],
            numeric=row["numeric"],
            name=row["name"].strip(),
            official_name=row["official_name"].strip(),
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=capital,
            cities=tuple(dict.fromkeys((capital, *_split(row["cities"])))),
            wikidata=row["wikidata"] or None,
        )
    if not states:
        raise ReferenceDataError(f"{path.name}: no rows")
    return states


def _load_orgs(path: Path, states: Mapping[str, StateInfo]) -> dict[str, OrgInfo]:
    document = _read_json(path)
    entries = document.get("organisations") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ReferenceDataError(f"{path.name}: expected an object with an 'organisations' list")
    orgs: dict[str, OrgInfo] = {}
    for number, entry in enumerate(entries, start=1):
        label = entry.get("acronym") if isinstance(entry, dict) else None
        where = f"{path.name}: organisation {number}" + (f" ({label})" if label else "")
        if not isinstance(entry, dict):
            raise ReferenceDataError(f"{where}: not an object")
        try:
            acronym = _text(entry, "acronym", where)
            name = _text(entry, "name", where)
            kind = _text(entry, "kind", where)
            aliases = tuple(_strings(entry, "aliases", where))
            cased = tuple(_strings(entry, "case_sensitive_aliases", where))
            members = tuple(
                _member(member, states, f"{where}: member {i}")
                for i, member in enumerate(entry.get("members") or [], start=1)
            )
        except (TypeError, AttributeError) as exc:
            raise ReferenceDataError(f"{where}: malformed: {exc}") from None
        if kind not in ORG_KINDS:
            raise ReferenceDataError(f"{where}: kind {kind!r} not one of {sorted(ORG_KINDS)}")
        if not set(cased) <= set(aliases):
            raise ReferenceDataError(f"{where}: case_sensitive_aliases must also be aliases")
        wikidata = entry.get("wikidata") or None
        if wikidata is not None and not _QID.match(str(wikidata)):
            raise ReferenceDataError(f"{where}: wikidata {wikidata!r} is not a QID")
        if acronym in orgs:
            raise ReferenceDataError(f"{where}: acronym {acronym} repeats an earlier entry")
        orgs[acronym] = OrgInfo(
            acronym=acronym,
            name=name,
            aliases=aliases,
            kind=kind,
            parent=entry.get("parent") or None,
            members=members,
            wikidata=wikidata,
            case_sensitive_aliases=cased,
            note=entry.get("note") or None,
        )
    for org in orgs.values():
        if org.parent is not None and org.parent not in orgs:
            raise ReferenceDataError(f"{path.name}: {org.acronym}: unknown parent {org.parent!r}")
    return orgs


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ReferenceDataError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _strings(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ReferenceDataError(f"{where}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _member(raw: Any, states: Mapping[str, StateInfo], where: str) -> MemberInfo:
    if not isinstance(raw, dict):
        raise ReferenceDataError(f"{where}: not an object")
    iso3 = raw.get("iso3")
    if iso3 not in states:
        raise ReferenceDataError(f"{where}: iso3 {iso3!r} is not in states.csv")
    since = parse_date(raw.get("since"), where=f"{where} ({iso3}) since")
    until = parse_date(raw.get("until"), end=True, where=f"{where} ({iso3}) until")
    if since and until and until < since:
        raise ReferenceDataError(f"{where} ({iso3}): until {until} is before since {since}")
    return MemberInfo(
        iso3=iso3,
        since=since,
        until=until,
        observer=bool(raw.get("observer", False)),
        associate=bool(raw.get("associate", False)),
        note=raw.get("note") or None,
    )


def _load_offices(path: Path) -> OfficeLexicon:
    document = _read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("titles"), dict):
        raise ReferenceDataError(f"{path.name}: expected an object with a 'titles' object")
    titles: dict[str, Role] = {}
    for role, phrases in document["titles"].items():
        if role not in ROLES:
            raise ReferenceDataError(f"{path.name}: titles: unknown role {role!r}")
        if not isinstance(phrases, list):
            raise ReferenceDataError(f"{path.name}: titles.{role}: expected a list")
        for number, phrase in enumerate(phrases, start=1):
            where = f"{path.name}: titles.{role} item {number}"
            if not isinstance(phrase, str) or not phrase.strip():
                raise ReferenceDataError(f"{where}: not a non-empty string")
            if phrase != OfficeLexicon.normalise(phrase):
                raise ReferenceDataError(f"{where}: {phrase!r} is not in normal form")
            if phrase in titles:
                raise ReferenceDataError(
                    f"{where}: {phrase!r} already listed under {titles[phrase]}"
                )
            titles[phrase] = role  # type: ignore[assignment]

    def mapping(key: str) -> dict[str, Any]:
        value = document.get(key) or {}
        if not isinstance(value, dict):
            raise ReferenceDataError(f"{path.name}: '{key}' must be an object")
        return value

    def phrases(key: str) -> tuple[str, ...]:
        value = document.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ReferenceDataError(f"{path.name}: '{key}' must be a list of strings")
        return tuple(value)

    restricted = {}
    for title, codes in mapping("restricted").items():
        if title not in titles:
            raise ReferenceDataError(f"{path.name}: restricted: {title!r} is not a listed title")
        if not isinstance(codes, list) or not all(_ISO3.match(str(c)) for c in codes):
            raise ReferenceDataError(f"{path.name}: restricted.{title}: expected ISO3 codes")
        restricted[title] = frozenset(codes)
    portfolios: dict[str, tuple[str, ...]] = {}
    for key, variants in mapping("portfolios").items():
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise ReferenceDataError(f"{path.name}: portfolios.{key}: expected a list of strings")
        portfolios[key] = tuple(dict.fromkeys(OfficeLexicon.normalise(v) for v in variants))
    title_portfolios = mapping("title_portfolios")
    for title, key in title_portfolios.items():
        if title not in titles or key not in portfolios:
            raise ReferenceDataError(f"{path.name}: title_portfolios: {title!r} -> {key!r}")
    portfolio_roles = mapping("portfolio_roles")
    for key, role in portfolio_roles.items():
        if key not in portfolios or role not in ROLES:
            raise ReferenceDataError(f"{path.name}: portfolio_roles: {key!r} -> {role!r}")
    title_states = mapping("title_states")
    for title, code in title_states.items():
        if title not in titles or not _ISO3.match(str(code)):
            raise ReferenceDataError(f"{path.name}: title_states: {title!r} -> {code!r}")
    patterns = phrases("minister_patterns")
    if not all(p.count("{portfolio}") == 1 for p in patterns):
        raise ReferenceDataError(f"{path.name}: each minister pattern needs one {{portfolio}}")
    variants = sorted(
        ((variant, key) for key, values in portfolios.items() for variant in values),
        key=lambda pair: -len(pair[0]),
    )
    return OfficeLexicon(
        titles=MappingProxyType(titles),
        restricted=MappingProxyType(restricted),
        title_portfolios=MappingProxyType(dict(title_portfolios)),
        portfolios=MappingProxyType(portfolios),
        portfolio_roles=MappingProxyType(dict(portfolio_roles)),
        minister_patterns=patterns,
        demoting_prefixes=phrases("demoting_prefixes"),
        transparent_prefixes=phrases("transparent_prefixes"),
        former_prefixes=phrases("former_prefixes"),
        notes=phrases("notes"),
        secretary_general_orgs=frozenset(phrases("secretary_general_orgs")),
        title_states=MappingProxyType(dict(title_states)),
        _patterns=_compile_patterns(patterns),
        _variants=tuple(variants),
    )


def _load_officeholders(
    path: Path, states: Mapping[str, StateInfo], orgs: Mapping[str, OrgInfo]
) -> tuple[OfficeTerm, ...]:
    """Office terms; a reference directory without ``officeholders.csv`` simply has none."""
    if not path.exists():
        return ()
    terms = []
    for line, row in _read_csv(path, OFFICEHOLDER_COLUMNS):
        person = row["person"].strip()
        where = f"{path.name}: row {line}" + (f" ({person})" if person else "")
        state = row["state"].strip() or None
        org = row["org"].strip() or None
        problems = []
        if not person:
            problems.append("person is empty")
        if row["role"] not in ROLES:
            problems.append(f"role {row['role']!r} is not one of {list(ROLES)}")
        if (state is None) == (org is None):
            problems.append("give exactly one of state and org")
        if state is not None and state not in states:
            problems.append(f"state {state!r} is not in states.csv")
        if org is not None and org not in orgs:
            problems.append(f"org {org!r} is not in organisations.json")
        if problems:
            raise ReferenceDataError(f"{where}: " + "; ".join(problems))
        start = parse_date(row["start"].strip(), where=f"{where} start")
        end = parse_date(row["end"].strip(), end=True, where=f"{where} end")
        if start and end and end < start:
            raise ReferenceDataError(f"{where}: end {end} is before start {start}")
        terms.append(
            OfficeTerm(
                person=person,
                role=row["role"],  # type: ignore[arg-type]
                state=state,
                org=org,
                start=start,
                end=end,
                aliases=tuple(a for a in dict.fromkeys(_split(row["aliases"])) if a != person),
            )
        )
    return tuple(terms)


def _load_ambiguous(
    path: Path, states: Mapping[str, StateInfo]
) -> list[tuple[str, str, tuple[str, ...]]]:
    rows = []
    for line, row in _read_csv(path, ("kind", "text", "candidates", "note")):
        candidates = _split(row["candidates"])
        unknown = [c for c in candidates if c not in states]
        if row["kind"] not in {"state", "city"} or unknown or not row["text"].strip():
            raise ReferenceDataError(
                f"{path.name}: row {line}: needs kind state|city, text and known ISO3 candidates"
            )
        rows.append((row["kind"], row["text"].strip(), candidates))
    return rows


@cache
def load_reference(directory: Path | None = None) -> Reference:
    """Read and validate ``data/reference`` (or ``directory``) once; later calls share it.

    Raises :class:`~diplokg.errors.ReferenceDataError` naming the file and row of the first
    problem found.
    """
    base = Path(directory) if directory is not None else reference_dir()
    states = _load_states(base / STATES_FILE)
    orgs = _load_orgs(base / ORGS_FILE, states)
    offices = _load_offices(base / OFFICES_FILE)
    unknown = sorted(offices.secretary_general_orgs - set(orgs))
    if unknown:
        raise ReferenceDataError(
            f"{OFFICES_FILE}: secretary_general_orgs: not in {ORGS_FILE}: {', '.join(unknown)}"
        )
    ambiguous = _load_ambiguous(base / AMBIGUOUS_FILE, states)
    officeholders = _load_officeholders(base / OFFICEHOLDERS_FILE, states, orgs)

    state_index, org_index, city_index = _Index(), _Index(), _Index()
    for info in states.values():
        for form in (*info.names, *info.demonyms):
            state_index.add(form, info.iso3, is_case_sensitive(form))
        for city in info.cities:
            city_index.add(city, info.iso3, is_case_sensitive(city))
    for org in orgs.values():
        exact = set(org.case_sensitive_aliases)
        org_index.add(org.acronym, org.acronym, True)
        for form in org.names:
            org_index.add(form, org.acronym, form in exact or is_case_sensitive(form))
    for kind, text, candidates in ambiguous:
        (state_index if kind == "state" else city_index).block(text, candidates)

    return Reference(
        states=MappingProxyType(states),
        orgs=MappingProxyType(orgs),
        offices=offices,
        ambiguous=MappingProxyType({text: candidates for _, text, candidates in ambiguous}),
        _state_index=state_index,
        _org_index=org_index,
        _city_index=city_index,
        officeholders=officeholders,
    )


# --------------------------------------------------------------------------- shortcuts


def state_by_name(text: str) -> StateInfo | None:
    """:meth:`Reference.state_by_name` on the packaged reference data."""
    return load_reference().state_by_name(text)


def org_by_name(text: str) -> OrgInfo | None:
    """:meth:`Reference.org_by_name` on the packaged reference data."""
    return load_reference().org_by_name(text)


def city_state(city_name: str) -> str | None:
    """:meth:`Reference.city_state` on the packaged reference data."""
    return load_reference().city_state(city_name)


def members(acronym: str, on: dt.date | None = None) -> set[str]:
    """:meth:`Reference.members` on the packaged reference data."""
    return load_reference().members(acronym, on)


def office_terms(name: str, on: dt.date | None = None) -> list[OfficeTerm]:
    """:meth:`Reference.office_terms` on the packaged reference data."""
    return load_reference().office_terms(name, on)
