"""Find persons and the offices the text gives them; resolve later mentions to them.

Wire copy names an official once in full with a title ("Belarusian President Alexander
Lukashenko", "Sergei Lavrov, Russia's foreign minister,") and afterwards by surname ("Lavrov"),
by role ("the RF foreign minister", "the Chinese top diplomat") or relative to another person
("his Belarusian counterpart Sergei Martynov"). This component handles all four, in that order,
so each later step can lean on what the earlier ones found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from itertools import compress, count
from operator import attrgetter, itemgetter

from diplokg.extract.dates import MONTHS, WEEKDAYS
from diplokg.extract.document import Document, Mention, PersonEntity, Token
from diplokg.extract.gazetteer import Gazetteer, build_gazetteer
from diplokg.extract.lexicon import Lexicon, TitleInfo, load_lexicon
from diplokg.extract.matcher import Match
from diplokg.extract.names import person_key
from diplokg.extract.sentences import tokenize
from diplokg.model import CityRef, OrgRef, PersonRef, StateRef

_ROLE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "foreign_minister": 2,
    "secretary_general": 3,
    "minister": 4,
    "ambassador": 5,
    "spokesperson": 6,
    "other": 7,
    "counterpart": 8,
}
_FORMER = {
    "former",
    "ex",
    "then",
    "late",
    "outgoing",
    "previous",
    "acting",
    "interim",
    "designate",
    "elect",
    "incoming",
    "future",
    "next",
}
_DEPUTY = {"deputy", "vice", "assistant", "first", "under"}
_PLURAL_TITLES = {
    "heads of state",
    "heads of government",
    "presidents",
    "ministers",
    "foreign ministers",
    "prime ministers",
    "leaders",
    "counterparts",
    "colleagues",
}


@dataclass
class _Office:
    info: TitleInfo
    state: StateRef | None
    org: OrgRef | None
    former: bool
    first: int  # token span of the whole title phrase with its modifiers
    last: int
    also: TitleInfo | None = None  # the lesser title of a chain ("State Councilor and ...")
    guessed: bool = False  # the state is the usual one for the title, not the text's


def find_persons(doc: Document) -> Document:
    lex = load_lexicon()
    tokens = doc.tokens
    taken = _entity_token_spans(doc)
    offices = [_read_office(doc, m, lex) for m in lex.titles.find(tokens, capitalised=False)]
    lower = doc.article.text.lower()  # for the cue words of three readers below
    offices += _top_diplomats(doc, lower)
    # titles read from the text around them, where the lexicon has none ("NATO chief")
    covered = {k for o in offices if o is not None for k in range(o.first, o.last)}
    offices += [
        o
        for o in _ministry_heads(doc, lower) + _org_chiefs(doc, lower)
        if not covered.intersection(range(o.first, o.last))
    ]
    offices.sort(key=lambda o: o.first if o is not None else -1)
    offices = _merge_chains(doc, [o for o in offices if o is not None])
    role_mentions: list[_Office] = []
    possessive: list[tuple[PersonEntity, int]] = []  # "his spokeswoman X": whose?
    # names read after "his counterpart" or an office of rank "other" ("Senator the Hon Penny
    # Wong, Minister for Foreign Affairs"): an appositive after them may still give the office
    counterparts: set[tuple[int, int]] = set()
    for office in offices:
        if office.info.title in _PLURAL_TITLES:
            # "represented by their heads of state, Emomali Rahmon and Serdar Berdimuhamedov";
            # "Russian and Chinese Foreign Ministers Sergey Lavrov and Wang Yi": one state each
            states, names_at = _listed_states(doc, office)
            listed = _listed_names(doc, names_at, lex, taken, comma=not states)
            each = states if len(states) == len(listed) else [None] * len(listed)
            for (first, last), state in zip(listed, each, strict=True):
                _add_person(doc, first, last, replace(office, state=state, org=None), lex)
                taken.update(range(first, last))
            if listed:
                continue
        opens = doc.sentence_of(tokens[office.first].start).start == tokens[office.first].start
        name_span = _name_after(doc, office.last, lex, taken, opens_sentence=opens)
        if (
            name_span is not None
            and office.last < len(tokens)
            and tokens[office.last].text == ","
            and name_span[1] + 1 < len(tokens)
            and tokens[name_span[1]].text == ","
        ):
            # "A, Emir of Kuwait, B, the ruler of Dubai, C, Crown Prince of Bahrain": names
            # and titles alternate, each title after its name
            before = _name_before_appositive(doc, office.first, lex, taken)
            if before is not None:
                name_span = before
        if name_span is None:
            name_span = _name_before_appositive(
                doc, office.first, lex, taken, counterparts if _whole_title(doc, office) else None
            )
        if name_span is None:
            if _second_office(doc, office):
                continue
            if office.info.title not in _PLURAL_TITLES:
                role_mentions.append(office)
            continue
        first, last = name_span
        if _names_a_place(doc, first, last):
            continue  # "King Abdulaziz Air Base", "President Nazarbayev University"
        office = _qualify_after_name(doc, office, last, first)
        entity = _add_person(doc, first, last, office, lex)
        taken.update(range(first, last))
        if office.info.role in ("counterpart", "other"):
            counterparts.add((first, last))
        if (
            office.state is None
            and office.org is None
            and tokens[office.first].lower in {"his", "her", "'", "’"}
        ):
            possessive.append((entity, office.first))
    _find_untitled_names(doc, lex, taken)
    _find_partial_names(doc, taken)
    _find_officeholder_surnames(doc, lex)
    _resolve_role_mentions(doc, role_mentions)
    _resolve_counterparts(doc)
    _state_from_officeholders(doc)
    _state_from_possessor(doc, possessive)
    doc.title_spans = [
        (doc.tokens[o.first].start, doc.tokens[o.last - 1].end) for o in offices if o.last > o.first
    ]
    _state_from_delegation(doc)
    _state_from_entourage(doc)
    _state_from_sentence(doc, [(o.first, o.last) for o in offices])
    _rekey(doc)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    doc.mentions_changed()
    return doc


_TOP_DIPLOMAT = TitleInfo("foreign_minister", None, "top diplomat")
_TOP_OR_CHIEF = re.compile(r"\b(?:top|chief)\s+\S+(?:\s+\S+)?\s+$")


def _top_diplomats(doc: Document, lower: str) -> list[_Office]:
    """ "the top U.S. diplomat", "China's chief Chinese diplomat": the state sits inside the title."""
    tokens = doc.tokens
    found: list[_Office] = []
    hits: list[int] = []  # where "top"/"chief" opens a "... diplomat" title
    at = lower.find("diplomat")
    while at != -1:
        window = max(0, at - 40)
        hit = _TOP_OR_CHIEF.search(lower, window, at)
        if hit is not None:
            hits.append(hit.start())
        at = lower.find("diplomat", at + 8)
    starts = [t.start for t in tokens] if hits else []
    for start in hits:
        i = bisect_left(starts, start)
        if i >= len(tokens) - 2 or tokens[i].start != start:
            continue
        mention = _mention_at(doc, tokens[i + 1], {"state", "demonym"})
        if mention is None or not isinstance(mention.ref, StateRef):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].start < mention.end:
            j += 1
        if j < len(tokens) and tokens[j].lower == "diplomat":
            first = i - 1 if i > 0 and tokens[i - 1].lower == "the" else i
            found.append(_Office(_TOP_DIPLOMAT, mention.ref, None, False, first, j + 1))
    return found


_HEAD_OF_MINISTRY = TitleInfo("foreign_minister", None, "head of the foreign ministry")
_HEAD_OF_GOVERNMENT = TitleInfo("head_of_government", None, "head of government")
# the Swiss foreign ministry's own name
_FDFA = ("federal", "department", "of", "foreign", "affairs")


def _ministry_heads(doc: Document, lower: str) -> list[_Office]:
    """ "Head of the Russian Foreign Ministry Sergei Lavrov", "the head of the Federal
    Department of Foreign Affairs FDFA": a foreign minister named by the ministry he heads; "the
    head of the Russian government": the prime minister."""
    at = lower.find("head of the ")
    if at == -1:
        return []
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    gazetteer = build_gazetteer()
    found: list[_Office] = []
    while at != -1:
        i = bisect_left(starts, at)
        at = lower.find("head of the ", at + 12)
        if i + 4 >= len(tokens) or tokens[i].start != starts[i]:
            continue
        j = i + 3
        state: StateRef | None = None
        mention = _mention_at(doc, tokens[j], {"state", "demonym"})
        if mention is not None and isinstance(mention.ref, StateRef):
            state = mention.ref
            while j < len(tokens) and tokens[j].start < mention.end:
                j += 1
            if [t.text for t in tokens[j : j + 2]] in (["'", "s"], ["’", "s"]):
                j += 2
        words = tuple(t.lower for t in tokens[j : j + 5])
        if words == _FDFA:
            info, last = _HEAD_OF_MINISTRY, j + 5
            state = state or gazetteer.state("CHE")
        elif words[:1] == ("government",) and state is not None:
            info, last = _HEAD_OF_GOVERNMENT, j + 1
        else:
            last = _past_ministry(tokens, j)
            if last == j or words[:1] in (("government",), ("presidency",)):
                continue
            info = _HEAD_OF_MINISTRY
        if _names_a_department(tokens, last):
            continue  # "the head of the Russian Foreign Ministry's press department"
        if last < len(tokens) and tokens[last].text.isupper() and len(tokens[last].text) > 2:
            last += 1  # "... Foreign Affairs FDFA": the ministry's initials
        elif state is None and last + 1 < len(tokens) and tokens[last].lower == "of":
            after = _mention_at(doc, tokens[last + 1], {"state"})
            if after is not None and isinstance(after.ref, StateRef):
                state = after.ref  # "the head of the Ministry of Foreign Affairs of Kazakhstan"
                last += 1
                while last < len(tokens) and tokens[last].start < after.end:
                    last += 1
        if _names_a_department(tokens, last):
            continue  # "... of Kazakhstan's consular service"
        first = i - 1 if i > 0 and tokens[i - 1].lower == "the" else i
        found.append(_Office(info, state, None, _formerly(tokens, first), first, last))
    return found


_PARTS = frozenset(
    {
        "department",
        "division",
        "directorate",
        "service",
        "section",
        "bureau",
        "staff",
        "office",
        "apparatus",
        "press",
        "information",
        "consular",
        "protocol",
        "secretariat",
        "unit",
    }
)


def _names_a_department(tokens: list[Token], k: int) -> bool:
    """Whether a department of the body just named follows at k: "'s press department",
    "Staff"."""
    if [t.text for t in tokens[k : k + 2]] in (["'", "s"], ["’", "s"], ["'"], ["’"]):
        return True
    return k < len(tokens) and tokens[k].lower in _PARTS


def _formerly(tokens: list[Token], first: int) -> bool:
    """ "The former head of ...", "Ex-NATO chief": an office no longer held."""
    before = [t.lower for t in tokens[max(0, first - 2) : first]]
    return bool(before) and (before[-1] in _FORMER or before[-2:] == ["ex", "-"])


_CHIEF = re.compile(r" chief\b")


def _org_chiefs(doc: Document, lower: str) -> list[_Office]:
    """ "NATO chief Jens Stoltenberg", "the UN chief": an organisation's head, its secretary-
    general where it has one. Only right after the organisation's name, where "chief" cannot
    be an army's or a spy agency's."""
    if " chief" not in lower:
        return []
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    heads = build_gazetteer().reference.offices.secretary_general_orgs
    found: list[_Office] = []
    for hit in _CHIEF.finditer(lower):
        i = bisect_left(starts, hit.start() + 1)
        if i == 0 or i + 1 >= len(tokens) or tokens[i].text != "chief":
            continue
        org = _mention_at(doc, tokens[i - 1], {"org"})
        if org is None or not isinstance(org.ref, OrgRef) or org.end != tokens[i - 1].end:
            continue
        if tokens[i + 1].lower in {"of", "executive", "negotiator", "prosecutor", "economist"}:
            continue  # "chief of staff", "chief negotiator": another post
        first = i - 1
        while first > 0 and tokens[first - 1].start >= org.start:
            first -= 1
        former = _formerly(tokens, first)
        info = (
            TitleInfo("secretary_general", None, "chief")
            if org.ref.acronym in heads
            else TitleInfo("other", None, f"chief of the {org.text}".lower())
        )
        found.append(_Office(info, None, org.ref, former, first, i + 1))
    return found


def _rekey(doc: Document) -> None:
    """Key each person by the fullest name the article gives, and point every mention at it."""
    final: dict[str, PersonEntity] = {}
    by_old: dict[str, PersonRef] = {}
    for old_key, entity in doc.persons.items():
        key = person_key(entity.ref.name)
        variants = tuple(v for v in entity.ref.variants if v != entity.ref.name)
        entity.ref = PersonRef(entity.ref.name, key, variants)
        by_old[old_key] = entity.ref
        final.setdefault(key, entity)
    doc.persons = final
    for mention in doc.mentions:
        if mention.kind == "person" and isinstance(mention.ref, PersonRef):
            mention.ref = by_old.get(mention.ref.key, mention.ref)


_START = attrgetter("start")
_TEXT = attrgetter("text")
_FIRST_CHAR = itemgetter(slice(0, 1))  # text[:1]


def _entity_token_spans(doc: Document) -> set[int]:
    spans: set[int] = set()
    tokens = doc.tokens
    for mention in doc.mentions:
        # tokens are in text order: a binary search finds the one a mention starts at
        i: int | None = bisect_left(tokens, mention.start, key=_START)
        if i == len(tokens) or tokens[i].start != mention.start:
            i = None
        while i is not None and i < len(doc.tokens) and doc.tokens[i].start < mention.end:
            spans.add(i)
            i += 1
    return spans


def _mention_at(doc: Document, token: Token, kinds: set[str]) -> Mention | None:
    for mention in doc.mentions:
        if mention.kind in kinds and mention.start <= token.start < mention.end:
            return mention
    return None


def _read_office(doc: Document, match: Match[TitleInfo], lex: Lexicon) -> _Office | None:
    tokens = doc.tokens
    info = match.value
    state: StateRef | None = None
    org: OrgRef | None = None
    former = False
    guessed = False
    first = match.first
    i = match.first - 1
    org_text = ""
    floor = doc.sentence_of(tokens[match.first].start).start  # not a headline's last word
    # leftwards: "the former Russian", "Russia's", "UN", "Kremlin", "Deputy"
    while i >= 0 and match.first - i <= 6:
        tok = tokens[i]
        if tok.start < floor:
            break
        if tok.lower == "first" and info.role == "head_of_state":
            # "the first President of Kazakhstan Nursultan Nazarbayev": a past office's honorific
            former = True
            first = i
        elif (
            tok.lower in _DEPUTY
            and info.role not in {"other"}
            # "under President Marcos's administration": a preposition
            and (tok.lower != "under" or "secretary" in info.title)
        ):
            info = TitleInfo("other", None, f"{tok.lower} {info.title}")
            first = i
        elif tok.text == "State" and info.role in {"foreign_minister", "minister"}:
            # "State Minister for Foreign Affairs Adel al-Jubeir": a junior minister
            info = TitleInfo("other", None, f"state {info.title}")
            first = i
        elif tok.lower in _FORMER:
            former = True
            first = i
        elif (
            tok.text in _BODY_HEADS
            and org is None
            and i > 0
            and _mention_at(doc, tok, {"org"}) is None
            and (body_org := _mention_at(doc, tokens[i - 1], {"org"})) is not None
            and isinstance(body_org.ref, OrgRef)
        ):
            # "African Union Commission Chairperson Moussa Faki": the chief of the body
            org = body_org.ref
            info = TitleInfo(
                "other", None, f"{info.title} of the {body_org.text} {tok.text}".lower()
            )
            while i > 0 and tokens[i - 1].start >= body_org.start:
                i -= 1
            first = i
        elif tok.text == "-":
            first = i
        elif tok.lower == "the":
            first = i
            break  # "received in Havana the Secretary ...": nothing left of "the" qualifies
        elif tok.lower == "s" and i >= 2 and tokens[i - 1].text in ("'", "’"):
            i -= 1
            first = i
        elif mention := _mention_at(doc, tok, {"state", "demonym", "org", "city"}):
            ref = mention.ref
            if isinstance(ref, StateRef) and state is None:
                state = ref
            elif isinstance(ref, OrgRef) and org is None:
                org = ref
                org_text = mention.text
            elif mention.kind == "city" and state is None and ref.state_iso3:  # "Moscow's envoy"
                state = build_gazetteer().state(ref.state_iso3)
            while i > 0 and tokens[i - 1].start >= mention.start:
                i -= 1
            first = i
        elif state is None and (tok.text in lex.metonyms or _metonym2(doc, i, lex)):
            name = tok.text if tok.text in lex.metonyms else _metonym2(doc, i, lex)
            state = build_gazetteer().state(lex.metonyms[name])
            first = i - (1 if " " in name else 0)
            i = first
        elif tok.lower in {
            "foreign",
            "ministry",
            "affairs",
            "his",
            "her",
            "their",
            "its",
            "chief",  # "U.N. chief spokeswoman Michele Montas"
            "senior",
            "official",  # "The official spokesperson for the Foreign Ministry, X said"
            "new",  # "Japan's new Foreign Minister Yoshimasa Hayashi": in office, newly
            "newly",
            "appointed",
            "current",
        }:
            first = i
        else:
            break
        i -= 1
    if state is None and org is None:
        # "Chairwoman of the Federation Council Valentina Matvienko": the body's state
        code = build_gazetteer().reference.offices.title_states.get(info.title)
        state = build_gazetteer().state(code) if code else None
    if org is not None and state is None and info.role in ("head_of_state", "head_of_government"):
        # "European Commission President Ursula von der Leyen": an institution's chief
        info = TitleInfo("other", None, f"{info.title} of the {org_text.lower()}")
    last = match.last
    # "spokesperson for the Russian Foreign Ministry": the ministry's state
    j = match.last
    if state is None and j + 2 < len(tokens) and tokens[j].lower == "for":
        k = j + 1 + (tokens[j + 1].lower == "the")
        mention = _mention_at(doc, tokens[k], {"state", "demonym"}) if k < len(tokens) else None
        if mention is not None and isinstance(mention.ref, StateRef):
            while k < len(tokens) and tokens[k].start < mention.end:
                k += 1
            if mention.kind == "state" and [t.lower for t in tokens[k : k + 2]] in (
                ["'", "s"],
                ["’", "s"],
            ):
                k += 2  # "the spokesman for Poland's Foreign Affairs Ministry"
            body = [t.lower for t in tokens[k : k + 2]]
            past = _past_ministry(tokens, k)
            if info.role == "spokesperson" and past > k:
                # "the spokesman for the Polish Foreign Ministry Lukasz Jasina": the name
                # follows the ministry
                state, last = mention.ref, past
            elif (
                body[:1] in (["ministry"], ["government"], ["presidency"], ["mfa"])
                # "the spokesman for South African President Cyril Ramaphosa"
                or body[:1] in (["president"], ["prime"], ["premier"], ["chancellor"], ["king"])
                or body in (["foreign", "ministry"], ["foreign", "office"])
            ):
                state = mention.ref
        elif [t.lower for t in tokens[k : k + 2]] in (
            ["foreign", "ministry"],
            ["foreign", "office"],
        ):
            # "The official spokesperson for the Foreign Ministry, Maria Zakharova said": the
            # title runs to the ministry; its state comes from the story
            last = k + 2
    # rightwards: "of Kazakhstan", "of the Republic of Belarus", "to Russia" (ambassadors)
    if j < len(tokens) and tokens[j].lower in {"of", "to", "in", "at"}:
        k = j + 1
        if k < len(tokens) and tokens[k].lower == "the":
            k += 1
        city = _mention_at(doc, tokens[k], {"city"}) if k < len(tokens) else None
        if (
            state is None
            and org is None
            and info.role == "other"
            and city is not None
            and isinstance(city.ref, CityRef)
            and city.ref.state_iso3
        ):
            # "Mayor of Moscow Sergei Sobyanin", "Governor of Isfahan Province"
            state = build_gazetteer().state(city.ref.state_iso3)
            while k < len(tokens) and tokens[k].start < city.end:
                k += 1
            last = k
        elif k < len(tokens) and (
            mention := _mention_at(doc, tokens[k], {"state", "org", "demonym"})
        ):
            if (
                mention.kind == "demonym"
                and info.role in ("head_of_state", "head_of_government")
                and _demonym_names_a_body(doc, mention)
            ):
                return None  # "President of Russian Railways Oleg Belozyorov": a company's
            if isinstance(mention.ref, StateRef) and (state is None or tokens[j].lower == "to"):
                if tokens[j].lower == "to" and (
                    info.role == "ambassador"
                    or "envoy" in info.title
                    or "representative" in info.title
                ):
                    # "Chinese Ambassador to Russia": the sending state stays; an ambassador
                    # is never the receiving state's ("Ambassador to Ukraine Mikhail Zurabov")
                    state = state or _represented_by(doc, first)
                else:
                    state = mention.ref
            elif isinstance(mention.ref, OrgRef) and org is None:
                org = mention.ref
                org_text = mention.text
            while k < len(tokens) and tokens[k].start < mention.end:
                k += 1
            if isinstance(mention.ref, StateRef) and info.role == "other":
                k = _past_region(tokens, k)  # "Governor of Russia's Pskov Oblast"
            last = k
            if isinstance(mention.ref, StateRef) and info.role == "spokesperson":
                # "Spokesperson of the Kyrgyz MFA Aibek Smadyarov": the ministry, then the name
                last = _past_ministry(tokens, k)
            body = _body_after(tokens, k) if isinstance(mention.ref, OrgRef) else k
            if body > k:
                # "the president of the OSCE Parliamentary Assembly George Tsereteli": the
                # chief of one of the organisation's bodies
                words = " ".join(t.text for t in tokens[k:body] if t.text not in "()")
                words = words.split(" ", 1)[1] if tokens[k].text == "(" else words
                info = TitleInfo("other", None, f"{info.title} of the {org_text} {words}".lower())
                last = body
    if (
        info.role in ("foreign_minister", "minister")
        and last < len(tokens)
        and tokens[last].text == ","
        and (listed := _PORTFOLIO_LIST.match(doc.article.text, tokens[last].start))
        and _all_portfolios(doc, listed)
    ):
        # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser
        # Bourita": one ministry's portfolios, and the state its nationals abroad name
        k = last
        while k < len(tokens) and tokens[k].start < listed.end():
            k += 1
        if state is None and org is None:
            named = [
                m
                for m in doc.mentions
                if m.kind in ("demonym", "state")
                and listed.start() <= m.start < listed.end()
                and isinstance(m.ref, StateRef)
            ]
            state = named[-1].ref if named else None  # type: ignore[assignment]
        last = k
    if info.role == "ambassador" and last + 1 < len(tokens) and tokens[last].lower in {"to", "in"}:
        # "Ambassador of Russia to Mongolia Iskander Azizov": the posting runs to the name
        k = last + 1 + (tokens[last + 1].lower == "the")
        posting = _mention_at(doc, tokens[k], {"state", "city"}) if k < len(tokens) else None
        if posting is not None:
            while k < len(tokens) and tokens[k].start < posting.end:
                k += 1
            last = k
    if state is None and org is None and j < len(tokens) and tokens[j].lower == "of":
        # "Chairman of the Mazhilis of Parliament", "Chairman of the Standing Committee of the
        # National People's Congress": a state's own body names the state
        found = _body_of_state(doc, j + 1)
        if found is not None:
            state, last = found
    if state is None and org is None:
        # "Secretary of the Russian Security Council"
        refs = {m.ref.iso3: m.ref for m in _states_inside(doc, match.first, match.last)}  # type: ignore[union-attr]
        state = next(iter(refs.values())) if len(refs) == 1 else None  # type: ignore[assignment]
    if state is None and org is None:
        org = _org_inside(doc, match.first, match.last)
    if state is None and org is None and info.title in _US_TITLES:
        after = tokens[last].lower if last < len(tokens) else ""
        # a story filed from another state that uses the title (Manila's "Defense Secretary")
        users = build_gazetteer().reference.offices.restricted.get(info.title, ())
        local = doc.dateline_state is not None and doc.dateline_state.iso3 in set(users) - {"USA"}
        if (after != "for" or info.title != "secretary of state") and not local:
            # "Secretary of State Antony Blinken", "Defense Secretary Lloyd Austin": titles only
            # Washington uses ("Secretary of State for Foreign Affairs" is London's)
            state, guessed = build_gazetteer().state("USA"), True
    org = org and _eu_if_institution(org)
    return _Office(info, state, org, former, first, last, guessed=guessed)


_CAPS = r"(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*"
_PORTFOLIO_LIST = re.compile(
    rf",\s*{_CAPS}(?:\s*,\s*{_CAPS})*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}"
    r"(?:Abroad|Expatriates|Emigrants|Diaspora|Overseas|Cooperation|Integration|Francophonie|"
    r"Worship|Trade|Relations|Affairs)\b"
)


# words of a ministry's portfolios: not "Penny Wong" in "Foreign Minister, Penny Wong, and
# Trade Minister Don Farrell"
_PORTFOLIO_WORDS = frozenset(
    [
        "abroad",
        "expatriates",
        "emigrants",
        "diaspora",
        "overseas",
        "cooperation",
        "integration",
        "francophonie",
        "worship",
        "trade",
        "affairs",
        "relations",
        "international",
        "african",
        "european",
        "regional",
        "arab",
        "gulf",
        "development",
        "investment",
        "migration",
        "commerce",
        "culture",
        "tourism",
        "religious",
        "economic",
        "foreign",
    ]
)


def _all_portfolios(doc: Document, listed: re.Match[str]) -> bool:
    demonyms = [
        (m.start, m.end)
        for m in doc.mentions
        if m.kind in ("demonym", "state") and listed.start() <= m.start < listed.end()
    ]
    for part in re.finditer(r"[^,]+?(?=\s+and\s|,|$)|(?<=and\s)[^,]+", listed.group()):
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", part.group())} - {"and", "the"}
        if not words:
            continue
        at = listed.start() + part.start()
        if not words & _PORTFOLIO_WORDS and not any(
            at <= a < at + len(part.group()) for a, _ in demonyms
        ):
            return False
    return True


def _demonym_names_a_body(doc: Document, mention: Mention) -> bool:
    """A demonym followed by a capitalised noun names a body, not the state ("Russian
    Railways", "Chinese Academy of Sciences")."""
    k = bisect_left(doc.tokens, mention.end, key=_START)
    return k < len(doc.tokens) and doc.tokens[k].text[:1].isupper() and doc.tokens[k].text.isalpha()


_WHO_IS_ALSO = re.compile(
    r",\s+who\s+(?:is|was|also serves as|serves as)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:country|kingdom|state)(?:'s\s+)?)?$"
)


def _second_office(doc: Document, office: _Office) -> bool:
    """ "Sultan Hassanal Bolkiah, who is also the country's Prime Minister": a second office."""
    text = doc.article.text
    start = doc.tokens[office.first].start
    also = _WHO_IS_ALSO.search(text, max(0, start - 60), start)
    if also is None or office.info.role in {"counterpart", "minister"}:
        return False
    for mention in doc.mentions:
        if mention.kind == "person" and mention.end == also.start():
            entity = doc.persons.get(mention.ref.key) if mention.ref else None
            if entity is None or entity.role == office.info.role:
                return False
            sentence = doc.sentence_of(start).index
            if entity.role is None:
                _set_office(entity, office.info, office.state, office.org, sentence)
            elif all(t[0] != office.info.title for t in entity.other_titles):
                entity.other_titles.append((office.info.title, sentence, office.info.role))
            return True
    return False


_REPRESENTED_BY = re.compile(
    r"\b(?:was|were|is|are|will be)\s+represented\s+by\s+(?:its\s+|the\s+)?$"
)


def _represented_by(doc: Document, first: int) -> StateRef | None:
    """ "Russia was represented by Ambassador to Ukraine Mikhail Zurabov": the sending state."""
    start = doc.tokens[first].start
    sentence = doc.sentence_of(start)
    said = _REPRESENTED_BY.search(doc.article.text, sentence.start, start)
    if said is None:
        return None
    states = [
        m
        for m in doc.mentions_in(sentence, {"state"})
        if m.end <= said.start() and isinstance(m.ref, StateRef)
    ]
    return states[-1].ref if states else None  # type: ignore[return-value]


def _state_from_possessor(doc: Document, possessive: list[tuple[PersonEntity, int]]) -> None:
    """ "Pashinyan will not come, his spokeswoman Nazeli Baghdasaryan said": Armenia's."""
    for entity, first in possessive:
        if entity.state is not None or entity.org is not None or entity.role == "counterpart":
            continue  # "his counterpart Pekka Haavisto" is of the other state
        start = doc.tokens[first].start
        sentence = doc.sentence_of(start)
        before = [
            m
            for m in doc.mentions_in(sentence, {"person"})
            if m.end <= start and isinstance(m.ref, PersonRef) and m.ref.key != entity.ref.key
        ]
        if doc.tokens[first].text in ("'", "’"):
            # "Zelensky's press secretary": only the name right before the possessive
            before = [m for m in before if m.end == start]
        owner = doc.persons.get(before[-1].ref.key) if before else None  # type: ignore[union-attr]
        if owner is not None and owner.state is not None:
            entity.state = owner.state
            entity.state_inferred = True


_US_TITLES = frozenset(
    {
        "secretary of state",
        "assistant secretary of state",
        "deputy secretary of state",
        "under secretary of state",
        "secretary of defense",
        "defense secretary",
        "treasury secretary",
        "secretary of the treasury",
        "homeland security secretary",
    }
)
_BODY_WORDS = frozenset(
    {"Parliamentary", "Executive", "Permanent", "Joint", "Inter-Parliamentary", "Economic"}
)
_BODY_HEADS = frozenset(
    {
        "Assembly",
        "Commission",
        "Council",
        "Secretariat",
        "Committee",
        "Court",
        "Board",
        "Parliament",
    }
)


def _body_after(tokens: list[Token], k: int) -> int:
    """The end of "Parliamentary Assembly" after "the OSCE", or k if no body is named there."""
    j = k
    if (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 1].text.isupper()
        and tokens[j + 2].text == ")"
    ):
        j += 3  # "the African Union (AU) Commission": the acronym in passing
    start = j
    while j < len(tokens) and j - start < 3 and tokens[j].text in _BODY_WORDS:
        j += 1
    return j + 1 if j < len(tokens) and tokens[j].text in _BODY_HEADS else k


def _states_inside(doc: Document, first: int, last: int) -> list[Mention]:
    """The state and demonym mentions within tokens first..last (a title phrase)."""
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return [
        m
        for m in doc.mentions
        if m.kind in ("state", "demonym")
        and isinstance(m.ref, StateRef)
        and start <= m.start
        and m.end <= end
    ]


def _org_inside(doc: Document, first: int, last: int) -> OrgRef | None:
    """ "President of the European Council": the organisation named in the title itself."""
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    for m in doc.mentions:
        if m.kind == "org" and start <= m.start and m.end <= end and isinstance(m.ref, OrgRef):
            return m.ref
    return None


def _eu_if_institution(org: OrgRef) -> OrgRef:
    """Offices of the EU's institutions (Commission, Council, Parliament) are the EU's, as
    annotators and readers count them."""
    reference = build_gazetteer().reference
    info = reference.orgs.get(org.acronym)
    if info is not None and info.parent == "EU":
        return OrgRef("EU", reference.orgs["EU"].name)
    return org


def _qualify_after_name(
    doc: Document, office: _Office, name_end: int, name_start: int | None = None
) -> _Office:
    """ "President Azali Assoumani of the Comoros", "Spokesman for the Secretary-General"."""
    tokens = doc.tokens
    j = name_end
    if office.state is None and office.org is None and j < len(tokens) and tokens[j].lower == "of":
        k = j + 1 + (1 if j + 1 < len(tokens) and tokens[j + 1].lower == "the" else 0)
        if k < len(tokens) and (m := _mention_at(doc, tokens[k], {"state", "org"})):
            if isinstance(m.ref, StateRef):
                return _Office(
                    office.info, m.ref, None, office.former, office.first, office.last, office.also
                )
            if isinstance(m.ref, OrgRef):
                return _Office(
                    office.info, None, m.ref, office.former, office.first, office.last, office.also
                )
    if office.info.role == "secretary_general" and office.state is None and office.org is None:
        return _Office(
            office.info,
            None,
            _secretariat_of(doc, name_start, name_end) or _secretariat_named(doc) or _un(),
            office.former,
            office.first,
            office.last,
            office.also,
        )
    after = doc.article.text[tokens[office.last - 1].end : tokens[office.last - 1].end + 40]
    if office.info.role == "spokesperson" and re.match(
        r"\s*for the (?:UN |U\.N\. )?Secretary[- ]General", after
    ):
        return _Office(
            office.info, None, _un(), office.former, office.first, office.last, office.also
        )
    return office


def _secretariat_of(doc: Document, name_start: int | None, name_end: int) -> OrgRef | None:
    """The organisation whose secretary-general the office-holders data says the named
    person was on the story's date."""
    if name_start is None or name_start >= name_end:
        return None
    name = doc.article.text[doc.tokens[name_start].start : doc.tokens[name_end - 1].end]
    reference = build_gazetteer().reference
    orgs = {
        t.org
        for t in reference.office_terms(name, doc.date)
        if t.role == "secretary_general" and t.org in reference.orgs
    }
    if len(orgs) != 1:
        return None
    info = reference.orgs[orgs.pop()]  # type: ignore[index]
    return OrgRef(info.acronym, info.name)


def _secretariat_named(doc: Document) -> OrgRef | None:
    """The one organisation headed by a secretary-general that the story names, other than
    the UN: "Secretary General Jens Stoltenberg" in a story about NATO headquarters is NATO's.
    With the UN or two such organisations named, or none, the caller keeps the UN."""
    heads = build_gazetteer().reference.offices.secretary_general_orgs
    named = {
        m.ref.acronym
        for m in doc.mentions
        if m.kind == "org" and isinstance(m.ref, OrgRef) and m.ref.acronym in heads
    }
    if len(named) != 1 or "UN" in named:
        return None
    info = build_gazetteer().reference.orgs[named.pop()]
    return OrgRef(info.acronym, info.name)


def _un() -> OrgRef:
    info = build_gazetteer().reference.orgs["UN"]
    return OrgRef(info.acronym, info.name)


def _state_from_officeholders(doc: Document) -> None:
    """ "President Xi Jinping": the text gives the office, the office-holders data the state.

    Only a title the article itself uses is completed this way; the reference data never adds
    an office the story does not mention.
    """
    reference = build_gazetteer().reference
    for entity in doc.persons.values():
        if entity.role not in (None, "counterpart", "other") and len(entity.ref.name.split()) == 1:
            # "Russian President Putin": the one holder of that office then has a full name
            held = [
                t
                for t in reference.office_terms(entity.ref.name, doc.date)
                if (
                    t.role == entity.role
                    or (
                        entity.role == "minister"
                        and not entity.portfolio
                        and t.role == "foreign_minister"
                    )
                )
                and (entity.state is None or t.state == entity.state.iso3)
                and (entity.org is None or t.org == entity.org.acronym)
            ]
            if len({t.person for t in held}) == 1:
                full = held[0].person
                entity.ref = PersonRef(
                    full, entity.ref.key, (*entity.ref.variants, entity.ref.name)
                )
                if entity.role == "minister":  # "Minister Fidan" is the foreign minister
                    entity.role = "foreign_minister"
        if entity.role in (None, "counterpart", "other") or entity.state or entity.org:
            continue
        terms = [
            t
            for t in reference.office_terms(entity.ref.name, doc.date)
            if t.role == entity.role or (entity.role == "minister" and t.role == "foreign_minister")
        ]
        words = entity.ref.name.replace("-", " ").split()
        if not terms and len(words) >= 2:
            # "Abdel Fatah al-Sisi" for the data's "Abdel Fattah el-Sisi": the surname alone,
            # if it names one holder of that office then whose first name begins alike
            terms = [
                t
                for t in reference.office_terms(words[-1], doc.date)
                if t.role == entity.role
                and (
                    t.person[:3].lower() == words[0][:3].lower()
                    # "Muhammad Shehbaz Sharif" for the data's "Shehbaz Sharif"
                    or set(t.person.lower().replace("-", " ").split()) <= {w.lower() for w in words}
                )
            ]
        places = {(t.state, t.org) for t in terms}
        if len(places) != 1:
            continue

        state, org = places.pop()
        if state:
            entity.state = build_gazetteer().state(state)
        elif org and org in reference.orgs:
            info = reference.orgs[org]
            entity.org = OrgRef(info.acronym, info.name)


_TRAVEL = re.compile(
    r"\b(?:arriv\w*|left for|leav\w+ for|head\w* (?:to|for)|fl(?:ew|own|y|ies|ying) (?:in)?to|depart\w*|"
    r"visit\w*|travel\w*|trip|tour\w*|reach\w*|land\w*|(?:go|goes|went|come|came) to|bound for)\b",
    re.IGNORECASE,
)


_OF_STATE = re.compile(r",?\s+of\s+(?:the\s+)?")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.'-]+\s+){0,6}$")


def _state_from_sentence(doc: Document, title_spans: list[tuple[int, int]]) -> None:
    """A bare title ("Foreign Minister Pekka Haavisto") in a sentence that names one state only."""
    gazetteer = build_gazetteer()
    claimed = [(doc.tokens[a].start, doc.tokens[b - 1].end) for a, b in title_spans if b > a]
    for entity in doc.persons.values():
        if (
            entity.role in (None, "counterpart")
            or entity.state
            or entity.org
            or entity.office_evidence is None
        ):
            continue
        if entity.role == "minister" and not entity.portfolio:
            continue  # "Minister Conroy ... in Suva": a bare "minister" says too little
        if entity.role == "other":
            continue  # "national security adviser Mike Waltz ... talks in Saudi Arabia"
        sentence = doc.sentences[entity.office_evidence]
        own = [
            m.end
            for m in doc.mentions_in(sentence, {"person"})
            if m.ref is not None and m.ref.key == entity.ref.key
        ]
        candidates = set()
        # "Sharif held a telephone conversation with President Recep Tayyip Erdogan of
        # Turkiye": the partner's state, not the subject's; but "Sultan Haitham of Oman received
        # Foreign Minister Albusaidi" names the state of both
        owned = [
            p.end
            for p in doc.mentions_in(sentence, {"person"})
            if p.ref is not None
            and p.ref.key != entity.ref.key
            and own
            and own[0] <= p.start
            and _WITH_BEFORE.search(doc.article.text, max(sentence.start, p.start - 60), p.start)
        ]
        for m in doc.mentions_in(sentence, {"state", "city", "demonym"}):
            if any(s <= m.start < e for s, e in claimed):
                continue
            if any(_OF_STATE.fullmatch(doc.article.text, end, m.start) for end in owned):
                continue
            if entity.role == "ambassador" and m.kind == "city":
                continue  # "... to the United Nations in New York": where one is posted
            if own and own[0] < m.start and _TRAVEL.search(doc.article.text, own[0], m.start):
                continue  # "Foreign Minister X left for Jakarta": where one goes is not one's state
            if entity.role == "spokesperson" and _TRAVEL.search(
                doc.article.text, max(sentence.start, m.start - 40), m.start
            ):
                continue  # "He will leave for Ulaanbaatar, spokesperson X said": nor his
            iso3 = m.ref.iso3 if isinstance(m.ref, StateRef) else getattr(m.ref, "state_iso3", None)
            if iso3:
                candidates.add(iso3)
        if len(candidates) == 1:
            entity.state = gazetteer.state(candidates.pop())
            entity.state_inferred = True


_DELEGATION_LIST = re.compile(
    r"\bdelegation\b[^.;]{0,40}?\b(?:includes|included|involves|involved|comprises|comprised|"
    r"consists of|consisted of|is composed of|is made up of)\b"
)
_DELEGATION = re.compile(r"\bdelegation\b")


def _state_from_delegation(doc: Document) -> None:
    """ "Armenia's delegation ... The delegation includes Foreign Minister X, Minister of
    Justice Y": the offices listed are the delegation's state."""
    for sentence in doc.sentences:
        if "delegation" not in sentence.lower:
            continue
        listing = _DELEGATION_LIST.search(sentence.text)
        if listing is None:
            continue
        verb_at = sentence.start + listing.end()
        state: StateRef | None = None
        # the state named with the delegation, here or in the two sentences before
        for s in reversed(doc.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
            limit = verb_at if s is sentence else s.end
            for d in _DELEGATION.finditer(doc.article.text, s.start, limit):
                near = [
                    m
                    for m in doc.mentions_in(s, {"state", "demonym"})
                    if isinstance(m.ref, StateRef) and 0 <= d.start() - m.end <= 4
                ]
                if near:
                    state = near[-1].ref
            if state is not None:
                break
        if state is None:
            continue
        _give_state(doc.persons.values(), sentence.index, state)


_ACCOMPANIED = re.compile(
    r"\b(?:accompanied by|joined by|along with|together with|delegation including)\b", re.I
)


def _state_from_entourage(doc: Document) -> None:
    """ "Putin is accompanied by Russian Foreign Minister Sergei Lavrov, Energy Minister
    Alexander Novak, ...": the ministers listed with no state are of the state the others in the
    list name, or else of the person they accompany."""
    for sentence in doc.sentences:
        cue = _ACCOMPANIED.search(sentence.text)
        if cue is None:
            continue
        cue_at = sentence.start + cue.end()
        before: list[PersonEntity] = []
        after: list[PersonEntity] = []
        for mention in doc.mentions_in(sentence, {"person"}):
            entity = doc.persons.get(getattr(mention.ref, "key", ""))
            if entity is not None:
                (after if mention.start >= cue_at else before).append(entity)
        listed = {
            e.state.iso3: e.state
            for e in after
            if e.state is not None and not e.state_inferred and e.office_evidence == sentence.index
        }
        if len(listed) > 1:
            continue
        state = next(iter(listed.values()), None)
        if state is None:
            leaders = [e.state for e in before if e.state is not None]
            state = leaders[-1] if leaders else None
        if state is None:
            continue
        _give_state(after, sentence.index, state)


def _give_state(entities: Iterable[PersonEntity], sentence_index: int, state: StateRef) -> None:
    """The officials whose office this sentence states without a state are of ``state``."""
    for entity in entities:
        if (
            entity.office_evidence == sentence_index
            and entity.role not in (None, "counterpart")
            and entity.state is None
            and entity.org is None
        ):
            entity.state = state
            entity.state_inferred = True


def _body_of_state(doc: Document, k: int) -> tuple[StateRef, int] | None:
    """The state whose institution is named from token k on, and the index past its name.

    Capitalised words and "of the" may stand before it ("the Standing Committee of the National
    People's Congress"); the look stops at anything else.
    """
    tokens = doc.tokens
    keys, longest = _metonym_keys()
    limit = min(len(tokens), k + 10)
    while k < limit:
        for n in range(min(longest, limit - k), 0, -1):
            iso3 = keys.get(tuple(t.text for t in tokens[k : k + n]))
            if iso3 is not None:
                return build_gazetteer().state(iso3), k + n  # type: ignore[return-value]
        tok = tokens[k]
        if not (tok.text[:1].isupper() or tok.lower in {"of", "the"}):
            return None
        k += 1
    return None


@cache
def _metonym_keys() -> tuple[dict[tuple[str, ...], str], int]:
    """The lexicon's metonyms as token tuples, and the longest one's length."""
    keys = {
        tuple(t.text for t in tokenize(name)): iso3
        for name, iso3 in load_lexicon().metonyms.items()
    }
    return keys, max(len(key) for key in keys)


def _metonym2(doc: Document, i: int, lex: Lexicon) -> str | None:
    """A two-word metonym ending at token i ("White House", "Downing Street")."""
    if i == 0:
        return None
    pair = f"{doc.tokens[i - 1].text} {doc.tokens[i].text}"
    return pair if pair in lex.metonyms else None


def _ends_with_of(doc: Document, office: _Office) -> bool:
    """True when the title phrase ran on through "of (the) X" into the next title."""
    words = [t.lower for t in doc.tokens[office.first : office.last]]
    return "of" in words[1:]


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _merge_chains(doc: Document, offices: list[_Office]) -> list[_Office]:
    """ "State Councilor and Foreign Minister Wang Yi": keep the chain's highest office."""
    merged: list[_Office] = []
    for office in offices:
        if merged:
            prev = merged[-1]
            # only an empty gap or one word matters: look at two tokens at most, not all between
            between = [t.lower for t in doc.tokens[prev.last : min(office.first, prev.last + 2)]]
            if not between and doc.tokens[office.first].text in _DASHES:
                between = ["-"]  # "Deputy Prime Minister-Foreign Minister": the dash is read
            # "a special envoy of Chinese President Xi Jinping": an unnamed envoy; the name is
            # the President's
            unnamed = prev.first > 0 and doc.tokens[prev.first - 1].lower in {"a", "an"}
            if not between and _ends_with_of(doc, prev) and not unnamed:
                # "Special Envoy of the UN Secretary-General": the first title is the office
                merged[-1] = _Office(
                    prev.info,
                    prev.state,
                    prev.org or office.org,
                    prev.former,
                    prev.first,
                    office.last,
                    prev.also,
                )
                continue
            plural = _PLURAL_TITLES & {prev.info.title, office.info.title}
            # "The Secretary-General and President Obama": an organisation's chief and a
            # state's office are two people, never one chain
            two_people = (
                "secretary_general" in {prev.info.role, office.info.role}
                and prev.info.role != office.info.role
                # "the Russian President and his Kyrgyz counterpart": a chain never says "his"
                or office.info.role == "counterpart"
                or doc.tokens[office.first].lower in {"his", "her", "their"}
                # "the Saudi crown prince and King Hamad": a chain is written in one case; not
                # "Pakistan's deputy prime minister and Foreign Minister Ishaq Dar"
                or (
                    between == ["and"]
                    and doc.tokens[prev.first].lower == "the"
                    and doc.tokens[prev.last - 1].text.islower()
                    and doc.tokens[office.first].text[:1].isupper()
                )
            )
            if (
                (
                    between in (["and"], [","], ["&"])
                    or (len(between) == 1 and between[0] in _DASHES)
                )
                and not plural
                and not two_people
            ):
                best, lesser = (
                    (office, prev)
                    if _ROLE_RANK[office.info.role] <= _ROLE_RANK[prev.info.role]
                    else (prev, office)
                )
                merged[-1] = _Office(
                    best.info,
                    office.state or prev.state,
                    office.org or prev.org,
                    prev.former or office.former,
                    prev.first,
                    office.last,
                    also=lesser.info
                    if lesser.info.role not in (best.info.role, "counterpart")
                    else None,
                )
                continue
        merged.append(office)
    return merged


def _is_name_token(tok: Token, lex: Lexicon) -> bool:
    text = tok.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and text not in lex.not_name_words
        and not (text.isupper() and len(text) > 1 and text not in {"AL"})
    )


_PLACE_WORDS = frozenset(
    {
        "air",
        "airport",
        "airbase",
        "base",
        "palace",
        "university",
        "hall",
        "street",
        "avenue",
        "square",
        "mosque",
        "cathedral",
        "stadium",
        "bridge",
        "port",
        "centre",
        "center",
        "school",
        "academy",
        "institute",
        "hospital",
        "museum",
        "library",
        "park",
        "boulevard",
        "highway",
        "prize",
        "award",
        "foundation",
        "terminal",
        "station",
        "road",
        "dam",
        "canal",
        # "the Antalya Diplomatic Forum", "the Shangri-La Dialogue": events and bodies
        "forum",
        "summit",
        "conference",
        "dialogue",
        "platform",
        "initiative",
        "committee",
        "commission",
        "declaration",
        "treaty",
        "accord",
        "agreement",
        "hotel",
        "festival",
    }
)


_PLACE_ONLY = frozenset(
    {
        "base",
        "airport",
        "airbase",
        "university",
        "palace",
        "mosque",
        "stadium",
        "avenue",
        "boulevard",
        "institute",
        "academy",
        "hospital",
        "museum",
        "foundation",
        "prize",
        "award",
    }
)


def _listed_states(doc: Document, office: _Office) -> tuple[list[StateRef], int]:
    """The states a plural title distributes over, in order, and where its names would begin.

    "Russian and Chinese foreign ministers", "the presidents of Belarus and Russia": a state
    list pairs off with the names that follow only when the counts agree.
    """
    tokens = doc.tokens
    kinds = {"state", "demonym"}

    def state_at(i: int) -> Mention | None:
        if 0 <= i < len(tokens):
            mention = _mention_at(doc, tokens[i], kinds)
            if mention is not None and isinstance(mention.ref, StateRef):
                return mention
        return None

    inside = _states_inside(doc, office.first, office.last)
    if len(inside) != 1:
        return [], office.last
    states = [inside[0].ref]
    # leftwards over "A, B and" before the first state
    i = bisect_left(tokens, inside[0].start, key=_START) - 1
    while i >= 1 and tokens[i].lower in {"and", ","}:
        mention = state_at(i - 1)
        if mention is None:
            break
        states.insert(0, mention.ref)
        i = bisect_left(tokens, mention.start, key=_START) - 1
    # rightwards over ", B and C" after "of A"
    j = office.last
    while j + 1 < len(tokens) and tokens[j].lower in {"and", ","}:
        k = j + 1 + (tokens[j].text == "," and tokens[j + 1].lower == "and")
        mention = state_at(k)
        if mention is None:
            break
        states.append(mention.ref)
        j = k
        while j < len(tokens) and tokens[j].start < mention.end:
            j += 1
    return (states, j) if len(states) >= 2 else ([], office.last)


def _listed_names(
    doc: Document, j: int, lex: Lexicon, taken: set[int], comma: bool = True
) -> list[tuple[int, int]]:
    """The names listed after a plural title (and a comma): "A and B", "A, B and C"."""
    tokens = doc.tokens
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    elif comma:
        return []
    found: list[tuple[int, int]] = []
    while j < len(tokens):
        end = _read_name(doc, j, lex, taken)
        if end is None or end - j < 2:
            break
        found.append((j, end))
        if end < len(tokens) and tokens[end].text == "," and end + 1 < len(tokens):
            j = end + 1 + (tokens[end + 1].lower == "and")
        elif end < len(tokens) and tokens[end].lower == "and":
            j = end + 1
        else:
            break
    return found if len(found) >= 2 else []


def _names_a_place(doc: Document, first: int, last: int) -> bool:
    """A title and name that are the name of a building, street or prize."""
    inside = {t.lower for t in doc.tokens[first:last]}
    # the word right after the name; "Juri Ratas (Centre)" is a party in brackets
    after = doc.tokens[last : last + 1]
    # surnames such as Park, Hall or Bridge stay names: inside the name only unmistakable words
    return bool(inside & _PLACE_ONLY) or any(
        t.text[:1].isupper() and t.lower in _PLACE_WORDS for t in after
    )


def _excellency(tokens: list[Token], i: int) -> bool:
    """ "H.E." (His or Her Excellency) before a name in UN and ministry readouts."""
    return (
        i + 3 < len(tokens)
        and tokens[i].text == "H"
        and tokens[i + 1].text == "."
        and tokens[i + 2].text == "E"
        and tokens[i + 3].text == "."
    )


_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


_DIGRAPH_INITIALS = frozenset({"Kh", "Ch", "Sh", "Zh", "Ts", "Ya", "Yu", "Ye", "Gh"})


def _caps_surname(doc: Document, tok: Token, lex: Lexicon) -> bool:
    """A family name in capitals ("MOTEGI"), not an acronym the gazetteer knows ("NATO")."""
    vowels = sum(c in "AEIOUY" for c in tok.text)
    return (
        len(tok.text) >= 3
        and tok.text.isalpha()
        and tok.text.isupper()
        # a name has vowels ("ABE", "KISHIDA"); "BBC", "NHK", "AFP" have few
        and vowels / len(tok.text) >= 0.4
        and tok.text not in lex.not_name_words
        and _mention_at(doc, tok, {"state", "org", "city", "demonym"}) is None
    )


_RULER_WORDS = frozenset(
    {
        "Amir",
        "Emir",
        "King",
        "Prince",
        "Sultan",
        "Crown",
        "Highness",
        "Ruler",
        "Deputy",
        "Governor",
        "President",
        "Minister",
        "Chairman",
    }
)
_NOT_INITIALS = frozenset({"PM", "FM", "MP", "HE", "HM", "RT", "VP", "SG", "UN", "EU", "US", "UK"})


def _read_name(doc: Document, i: int, lex: Lexicon, taken: set[int]) -> int | None:
    """Index one past the end of a name starting at token i, or None."""
    tokens = doc.tokens
    if i >= len(tokens) or i in taken or _excellency(tokens, i):
        return None
    if (
        _caps_surname(doc, tokens[i], lex)
        and i + 1 < len(tokens)
        and i + 1 not in taken
        and _is_name_token(tokens[i + 1], lex)
        and not tokens[i + 1].text.isupper()
    ):
        # "MOTEGI Toshimitsu": Japan's foreign ministry writes the family name first, in capitals
        end = _read_name(doc, i + 1, lex, taken)
        return end
    if (
        len(tokens[i].text) == 2
        and tokens[i].text.isupper()
        and tokens[i].text.isalpha()
        and tokens[i].text not in _NOT_INITIALS
        and tokens[i].text not in lex.not_name_words
        and i + 2 < len(tokens)
        and i + 1 not in taken
        and _is_name_token(tokens[i + 1], lex)
        and not tokens[i + 1].text.isupper()
        and _is_name_token(tokens[i + 2], lex)
        and _mention_at(doc, tokens[i], {"org", "state", "city", "demonym"}) is None
    ):
        # "AK Abdul Momen", "KP Sharma Oli": South Asian initials written without points
        return _read_name(doc, i + 1, lex, taken)
    if (
        (
            (len(tokens[i].text) == 1 and tokens[i].text.isupper())
            # "Kh.Battulga", "Ts.Elbegdorj": a Mongolian initial of two Latin letters
            or (
                tokens[i].text in _DIGRAPH_INITIALS
                and i + 2 < len(tokens)
                and tokens[i + 1].start == tokens[i].end
                and tokens[i + 2].start == tokens[i + 1].end
            )
        )
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and _is_name_token(tokens[i + 2], lex)
        and i + 2 not in taken
    ):
        end = _read_name(doc, i + 2, lex, taken)  # "S. Jaishankar": an initial opens the name
        return end
    first_name = (
        # "Jan Lipavsky", "Jan Kubis": the month's abbreviation is also a first name
        tokens[i].text == "Jan"
        and i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end + 1
        and _is_name_token(tokens[i + 1], lex)
    )
    if not first_name and not _is_name_token(tokens[i], lex):
        return None
    j = i + 1
    words = 1
    while j < len(tokens) and words < 5:
        tok = tokens[j]
        prev = tokens[j - 1]
        adjacent = tok.start == prev.end
        if (
            len(tok.text) == 1
            and tok.text.isupper()
            and j + 2 < len(tokens)
            and tokens[j + 1].text == "."
            and _is_name_token(tokens[j + 2], lex)
        ):
            j += 2  # an initial: "Retno L. P. Marsudi"
            continue
        if (
            tok.text in ("“", '"')
            and j + 3 < len(tokens)
            and tokens[j + 2].text in ("”", '"')
            and _is_name_token(tokens[j + 1], lex)
            and _is_name_token(tokens[j + 3], lex)
        ):
            j += 3  # a nickname: 'Ferdinand "Bongbong" Marcos Jr.'
            continue
        if tok.text == "'" and j + 1 < len(tokens) and tokens[j + 1].lower == "s":
            break  # "Wang's": a possessive, not part of the name
        if (
            tok.text in {"-", "'"}
            and adjacent
            and j + 1 < len(tokens)
            and tokens[j + 1].start == tok.end
            and tokens[j + 1].text[:1].isalpha()  # not "Julio César Arriola-, a statement"
        ):
            j += 2
            continue
        if j in taken:
            break
        if (
            _is_name_token(tok, lex)
            or (prev.text in ("Al", "al") and tok.text[:1].isupper() and tok.text.isalpha())
            # "Hassan Sheikh Mohamud": inside a name, "Sheikh" is one of its words
            or (
                tok.text in ("Sheikh", "Shaikh")
                and prev.text not in _RULER_WORDS
                and j + 1 < len(tokens)
                and _is_name_token(tokens[j + 1], lex)
            )
        ):  # "Fahd bin Mahmoud Al Said": after "Al", even "Said" is the family name
            j += 1
            words += 1
            continue
        if (
            tok.text in _MONTH_SURNAMES
            and words == 1
            # not "in May 2017", "on May 5" nor a headline's "Lavrov May Visit Ankara"
            and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit())
            and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper())
        ):
            j += 1  # "Theresa May's office": a month as a surname
            break
        if (
            tok.lower in lex.particles
            and j + 1 < len(tokens)
            and (
                _is_name_token(tokens[j + 1], lex)
                or tokens[j + 1].text == "-"
                # "von der Leyen", "van den Berg": two particles, then the name
                or (
                    tokens[j + 1].lower in lex.particles
                    and j + 2 < len(tokens)
                    and _is_name_token(tokens[j + 2], lex)
                )
            )
        ):
            j += 1
            continue
        break
    if (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and tokens[j + 1].text.isupper()
        and len(tokens[j + 1].text) > 1
    ):
        return None  # "Kuwait Direct Investment Authority (KDIPA)": an institution's name
    return j


def _name_after(
    doc: Document, j: int, lex: Lexicon, taken: set[int], *, opens_sentence: bool = False
) -> tuple[int, int] | None:
    tokens = doc.tokens
    if j + 1 < len(tokens) and tokens[j].lower == "for":
        # "Assistant Secretary of State for South and Central Asian Affairs Donald Lu"
        k = j + 1
        while k < min(len(tokens), j + 9) and (
            tokens[k].text[:1].isupper() or tokens[k].lower == "and"
        ):
            if tokens[k].text in ("Affairs", "Issues"):
                j = k + 1
                break
            k += 1
    if j + 1 < len(tokens) and tokens[j].lower == "for":
        mention = _mention_at(doc, tokens[j + 1], {"state", "org", "city"})
        if mention is not None:  # "Special Envoy for Syria Geir Pedersen"
            j += 1
            while j < len(tokens) and tokens[j].start < mention.end:
                j += 1
    if (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and tokens[j + 1].text.isupper()
    ):
        j += 3  # "Foreign Minister (FM) Shah Mahmood Qureshi"
    comma = j < len(tokens) and tokens[j].text == ","
    if comma:
        j += 1
    if _excellency(tokens, j):
        j += 4
    # "Australia's Minister for Foreign Affairs, the Hon Julie Bishop MP": a courtesy title
    if j + 1 < len(tokens) and tokens[j].lower == "the" and tokens[j + 1].text in _HON | _RT:
        j += 1
    if j + 1 < len(tokens) and tokens[j].text in _RT:  # "the Rt Hon James Cleverly"
        j += 2 if tokens[j + 1].text == "." else 1
    if j < len(tokens) and tokens[j].text in _HON:
        j += 1
        if j < len(tokens) and tokens[j].text == ".":
            j += 1
    if j < len(tokens) and tokens[j].text in _COURTESY:
        j += 1
        if j < len(tokens) and tokens[j].text == ".":
            j += 1
    # Malaysian and Bruneian honorifics: "Prime Minister Datuk Seri Najib Tun Razak"
    while j < len(tokens) and tokens[j].text in _HONORIFICS:
        j += 1
    if (
        j + 1 < len(tokens)
        and tokens[j].text == "To"
        and _is_name_token(tokens[j + 1], lex)
        and j + 1 not in taken
    ):
        # "State President To Lam": the Vietnamese name To (Tô), never a preposition here
        end = _read_name(doc, j + 1, lex, taken)
        return (j, end) if end is not None else None
    end = _read_name(doc, j, lex, taken)
    if end is None:
        return None
    if end == j + 1 and end < len(tokens) and end in taken and tokens[end].text[:1].isupper():
        city = _mention_at(doc, tokens[end], {"city"})
        if city is not None and city.start == tokens[end].start and " " not in city.text:
            end += 1  # "Defense Secretary Lloyd Austin": a surname that is also a city
    if comma and not opens_sentence and end < len(tokens) and tokens[end].lower in _CLAUSE_VERBS:
        # "Besides meeting his Spanish counterpart, Qureshi will ...": a new subject; but
        # "Nigeria's Foreign Affairs Minister, Geoffrey Onyeama is ..." opens with the title
        return None
    return (j, end)


_HON = frozenset({"Hon", "Honourable", "Honorable"})
_RT = frozenset({"Rt", "Right"})
_POSTNOMINALS = frozenset({"MP", "MEP", "MHA", "QC", "KC"})
# "Foreign Minister Shaikh Khalid bin Ahmed": the courtesy title is not the name
_COURTESY = frozenset(
    {"Mr", "Ms", "Mrs", "Dr", "Sheikh", "Shaikh", "Sheikha", "Shaikha", "Prince", "Princess", "HE"}
)
_HONORIFICS = frozenset(
    # Indian "Shri", "Smt." before a name
    {"Datuk", "Dato", "Datin", "Seri", "Sri", "Tan", "Tun", "Pehin", "Dato'", "Shri", "Smt"}
)
_CLAUSE_VERBS = frozenset(
    {
        "will",
        "would",
        "has",
        "have",
        "had",
        "is",
        "was",
        "said",
        "says",
        "met",
        "held",
        "told",
        "also",
        "arrived",
        "visited",
        "called",
        "spoke",
        "added",
        "noted",
        "stressed",
        "shall",
        # "According to Venezuela's ambassador to Russia, Maduro plans to discuss"
        "plans",
        "intends",
        "hopes",
        "wants",
        "expects",
        "can",
        "could",
        "may",
        "might",
        "must",
    }
)
# Words that open a post before the office proper in a long appositive.
_APPOSITIVE_STARTS = frozenset(
    {
        "member",
        "a",
        "an",
        "also",
        "vice",
        "deputy",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
        "special",
        "senior",
        "alternate",
        "standing",
    }
)


# longest first, so "foreign affairs ministry" is taken whole
_MINISTRY_WORDS = (
    ("ministry", "of", "foreign", "affairs"),
    ("foreign", "affairs", "ministry"),
    ("foreign", "ministry"),
    ("foreign", "office"),
    ("mfa",),
    ("government",),
    ("presidency",),
)


_REGION_WORDS = frozenset(
    {"oblast", "region", "province", "krai", "prefecture", "governorate", "state", "county"}
)


def _past_region(tokens: list[Token], k: int) -> int:
    """The index past "'s Pskov Oblast" at k (a region of the state just read), or k."""
    if [t.text for t in tokens[k : k + 2]] not in (["'", "s"], ["’", "s"]):
        return k
    for j in range(k + 2, min(k + 7, len(tokens))):
        if tokens[j].lower in _REGION_WORDS:
            return j + 1
        if not tokens[j].text[:1].isupper():
            break
    return k


def _past_ministry(tokens: list[Token], k: int) -> int:
    """The index past "MFA", "Foreign Ministry", "Ministry of Foreign Affairs" at k, or k."""
    for words in _MINISTRY_WORDS:
        if tuple(t.lower for t in tokens[k : k + len(words)]) == words:
            return k + len(words)
    return k


def _whole_title(doc: Document, office: _Office) -> bool:
    """An appositive that is a title in full ("X, Deputy Prime Minister and Minister of ...,"),
    not a credit line ("X, the president's spokesman said"): it ends the clause or goes on
    with "of"/"for", and nobody's office is read with a possessive."""
    tokens = doc.tokens
    if office.last >= len(tokens):
        return True
    after = tokens[office.last]
    if "\n" in doc.article.text[tokens[office.last - 1].end : after.start]:
        return True  # a title line: "Senator the Hon Penny Wong, Minister for Foreign Affairs"
    if after.text in ("'", "’") or any(
        t.text in ("'", "’") for t in tokens[office.first : office.last]
    ):
        return False
    return after.text in {",", ".", ";", ")"} or after.lower in {"of", "for", "and"}


def _name_before_appositive(
    doc: Document,
    first: int,
    lex: Lexicon,
    taken: set[int],
    counterparts: set[tuple[int, int]] | None = None,
) -> tuple[int, int] | None:
    """ "Sergei Lavrov, Russia's foreign minister," - the name sits before the comma.

    Xinhua puts a party post first: "Wang Yi, member of the Political Bureau of the CPC Central
    Committee and Chinese foreign minister," - the comma is before the first post.
    """
    tokens = doc.tokens
    i = first - 1
    if i >= 1 and tokens[i].lower in {"another", "a", "an"}:
        i -= 1  # "said Mao Ning, another foreign ministry spokesperson"
    if i >= 1 and tokens[i].lower == "and":
        k = i - 1
        while k > 0 and i - k <= 25 and tokens[k].text not in {",", ".", ";", ":", '"'}:
            k -= 1
        if k > 0 and tokens[k].text == "," and tokens[k + 1].lower in _APPOSITIVE_STARTS:
            i = k
    if i < 1 or tokens[i].text != ",":
        return None
    end = i
    if tokens[end - 1].text in _POSTNOMINALS:
        end -= 1  # "Julie Bishop MP, Minister for Foreign Affairs of Australia"
    start = end
    while start - 1 >= 0 and (
        _is_name_token(tokens[start - 1], lex)
        # "MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan"
        or (start - 1 < end - 1 and start == end - 1 and _caps_surname(doc, tokens[start - 1], lex))
        or tokens[start - 1].lower in lex.particles
        or (tokens[start - 1].text == "-" and tokens[start - 1].end == tokens[start].start)
    ):
        start -= 1
        if end - start > 6 and sum(t.text != "-" for t in tokens[start:end]) > 8:
            return None  # (hyphens aside: "Nawaf Al-Ahmad Al-Jaber Al-Sabah")
    while (
        start < end
        and not _is_name_token(tokens[start], lex)
        and not (start == end - 2 and _caps_surname(doc, tokens[start], lex))
    ):
        start += 1
    if start >= end:
        return None
    if any(k in taken for k in range(start, end)) and (start, end) not in (counterparts or ()):
        # "her Italian counterpart Antonio Tajani, Deputy Prime Minister and Minister of
        # Foreign Affairs": only a counterpart's or an "other" office's name takes it too
        return None
    if end - start < 2:
        return None
    return (start, end)


def _add_person(
    doc: Document, first: int, last: int, office: _Office | None, lex: Lexicon
) -> PersonEntity:
    text = doc.article.text
    name = text[doc.tokens[first].start : doc.tokens[last - 1].end]
    if "“" in name or '"' in name:
        name = _NICKNAME.sub(" ", name)  # 'Ferdinand "Bongbong" Marcos Jr.': the name itself
    key = person_key(name)
    entity = _lookup_entity(doc, key, name)
    if entity is None:
        entity = PersonEntity(
            PersonRef(name, key),
            first_sentence=doc.sentence_of(doc.tokens[first].start).index,
            name_tokens=tuple(name.replace("-", " ").split()),
        )
        doc.persons[key] = entity
    elif len(name) > len(entity.ref.name):
        entity.ref = PersonRef(name, entity.ref.key, entity.ref.variants)
        entity.name_tokens = tuple(name.replace("-", " ").split())
    elif name != entity.ref.name and name not in entity.ref.variants and " " in name:
        entity.ref = PersonRef(entity.ref.name, entity.ref.key, (*entity.ref.variants, name))
    sentence = doc.sentence_of(doc.tokens[first].start)
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    # a second office read for a name already read ("Senator the Hon Penny Wong, Minister for
    # Foreign Affairs"): the one mention takes it
    mention = next(
        (m for m in doc.mentions if m.kind == "person" and m.start == start and m.end == end),
        None,
    )
    fresh = mention is None
    if mention is None:
        mention = Mention("person", start, end, name, entity.ref, sentence.index)
    if office is not None and not office.former:
        info = office.info
        mention.role = info.role
        mention.portfolio, mention.title = info.portfolio, info.title
        had_state = entity.state is not None
        _set_office(entity, info, office.state, office.org, sentence.index)
        if office.guessed and not had_state and entity.state is not None:
            entity.state_inferred = True
        if office.also is not None and all(t[0] != office.also.title for t in entity.other_titles):
            entity.other_titles.append((office.also.title, sentence.index, office.also.role))
    if fresh:
        doc.mentions.append(mention)
    return entity


_NICKNAME = re.compile(r"\s*[“\"][^”\"]{1,30}[”\"]\s*")


def _lookup_entity(doc: Document, key: str, name: str) -> PersonEntity | None:
    if key in doc.persons:
        return doc.persons[key]
    tokens = key.split("-")
    for entity in doc.persons.values():
        other = entity.ref.key.split("-")
        # a later full name that extends an earlier surname-only person ("Putin" -> "Vladimir Putin")
        # "Khalifa bin Salman Al Khalifa" is not "Salman bin Hamad Al Khalifa": a name of
        # lineage is read in order
        if (set(other) <= set(tokens) or (set(tokens) <= set(other) and len(tokens) >= 2)) and (
            not _PATRONYMIC & {*tokens, *other}
            or _in_order(other, tokens)
            or _in_order(tokens, other)
        ):
            return entity
        if tokens[-1] == other[-1] and tokens[0][:1] == other[0][:1] and len(tokens) > 1:
            return entity
        if _transliterated(tokens, other):
            return entity  # "Faisal Mekdad" / "Faisal Mikdad"
    if len(tokens) == 1:
        # "President Erdogan" after "Recep Tayyip Erdogan": a surname of exactly one person
        owners = [e for e in doc.persons.values() if tokens[0] in e.ref.key.split("-")[1:]]
        if len(owners) == 1:
            return owners[0]
        # "King Hamad" after "King Hamad bin Isa Al Khalifa": Gulf rulers go by first name
        firsts = [
            e
            for e in doc.persons.values()
            if e.ref.key.split("-")[0] == tokens[0]
            and {"bin", "bint", "ibn", "al"} & set(e.ref.key.split("-")[1:])
        ]
        if len(firsts) == 1:
            return firsts[0]
    return None


_PATRONYMIC = {"bin", "bint", "ibn", "ben"}


def _in_order(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(word in rest for word in part)


def _transliterated(tokens: list[str], other: list[str]) -> bool:
    """The same first name and a surname one or two letters apart: one person's spellings."""
    if len(tokens) < 2 or len(other) < 2 or tokens[0] != other[0]:
        return False
    a, b = tokens[-1], other[-1]
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _set_office(
    entity: PersonEntity, info: TitleInfo, state: StateRef | None, org: OrgRef | None, sentence: int
) -> None:
    if info.role == "counterpart":
        entity.role = entity.role or "counterpart"
        entity.state = entity.state or state
        return
    if (
        entity.role == "other"
        and info.role != "other"
        and entity.title
        and entity.office_evidence is not None
        and all(t[0] != entity.title for t in entity.other_titles)
    ):
        # "Senator the Hon Penny Wong, Minister for Foreign Affairs": the senator is also
        # the foreign minister; the minister's office leads, the other stays beside it
        entity.other_titles.append((entity.title, entity.office_evidence, "other"))
        entity.office_evidence = None
    if (
        entity.role is None
        or entity.role == "counterpart"
        or (_ROLE_RANK[info.role] < _ROLE_RANK[entity.role] and entity.office_evidence is None)
        # "Minister Tajani ... Antonio Tajani, Minister of Foreign Affairs": the full title
        or (
            entity.role == "minister"
            and entity.portfolio is None
            and (info.role == "foreign_minister" or (info.role == "minister" and info.portfolio))
        )
    ):
        entity.role = info.role
        entity.portfolio = info.portfolio
        entity.title = info.title
        entity.office_evidence = sentence
    if state is not None and entity.state is None:
        entity.state = state
    if org is not None and entity.org is None and state is None:
        entity.org = org


def _find_untitled_names(doc: Document, lex: Lexicon, taken: set[int]) -> None:
    """Two or more capitalised words that no gazetteer claims: a person without a title."""
    tokens = doc.tokens
    # A name starts with a capital: test the rest only there, not at every token (found in C).
    capitalised = compress(count(), map(str.isupper, map(_FIRST_CHAR, map(_TEXT, tokens))))
    resume = 0  # the first token after the last name read
    for i in capitalised:
        if i < resume or i in taken or not _is_name_token(tokens[i], lex):
            continue
        end = _read_name(doc, i, lex, taken)
        if end is None:
            continue
        words = [t for t in tokens[i:end] if t.text.isalpha() and t.lower not in lex.particles]
        if all(t.text in _HONORIFICS for t in words):
            resume = end
            continue  # "Datuk Seri" before a titled name is no person
        if _names_a_place(doc, i, end):
            resume = end
            continue  # "the Antalya Diplomatic Forum": the name of an event or a building
        sentence_start = doc.sentence_of(tokens[i].start).start == tokens[i].start
        if len(words) >= 2 and not (
            sentence_start and len(words) == 2 and _common_word(tokens[i].text)
        ):
            spaced = doc.article.text[tokens[i].start : tokens[end - 1].end].split()
            key = person_key(" ".join(spaced))
            known = key in doc.persons or _lookup_entity(doc, key, "") is not None
            if known or (
                len(spaced) >= 2
                and len(words) <= 4
                and not (i > 0 and tokens[i - 1].lower == "the")  # "the Khalkhiin Gol Battles"
                and _person_context(doc, i, end, words)
            ):
                _add_person(doc, i, end, None, lex)
                taken.update(range(i, end))
        resume = end


_SPEECH_AFTER = re.compile(
    r"^\s*,?\s*(?:who\b|said|says|told|tells|added|noted|stressed|wrote|announced|met|meets|"
    r"held|arrived|visited|will|has|had|is|was|and [A-Z])",
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Sheikh|Prince|with|by|and|between|from|met|told|said)\.?\s*)$"
)


def _person_context(doc: Document, i: int, end: int, words: list[Token]) -> bool:
    """An untitled name counts only where a person would stand, or if it recurs by surname."""
    text = doc.article.text
    start, stop = doc.tokens[i].start, doc.tokens[end - 1].end
    if _SPEECH_AFTER.match(text[stop : stop + 30]) or _CUE_BEFORE.search(
        text[max(0, start - 12) : start]
    ):
        return True
    surname = words[-1].text
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) >= 2:
        return True
    # "Vladimir Putin's visit": a full name the office-holder data knows is a person
    full = text[start:stop]
    return len(full.split()) >= 2 and bool(build_gazetteer().reference.office_terms(full))


def _common_word(word: str) -> bool:
    return word in {"Yesterday", "Earlier", "Speaking", "Following", "Asked", "During", "Welcoming"}


def _resolve_counterparts(doc: Document) -> None:
    for mention in doc.mentions:
        if mention.kind != "person" or mention.role != "counterpart":
            continue
        entity = doc.persons.get(mention.ref.key) if isinstance(mention.ref, PersonRef) else None
        if entity is None or entity.role not in {None, "counterpart"}:
            continue
        antecedent = _antecedent_with_role(doc, mention, exclude=entity)
        if antecedent is not None:
            entity.role = antecedent.role
            entity.portfolio = antecedent.portfolio
            # the counterpart holds the same office under its own state's name: Hammond's
            # "foreign secretary" makes Wang Yi China's foreign minister, not a civil servant
            entity.title = antecedent.title if antecedent.role == "other" else None
            entity.office_evidence = mention.sentence
            mention.role = antecedent.role


def _antecedent_with_role(
    doc: Document, mention: Mention, exclude: PersonEntity
) -> PersonEntity | None:
    # "Lavrov will meet his Azerbaijani counterpart ..., said Zakharova": the counterpart is the
    # subject's, so the sentence's own earlier persons come first, and a spokesperson has none
    candidates = [
        m
        for m in doc.mentions
        if m.kind == "person"
        and isinstance(m.ref, PersonRef)
        and m.ref.key != exclude.ref.key
        and m.sentence in (mention.sentence, mention.sentence - 1)
        and doc.persons[m.ref.key].role not in {None, "counterpart", "spokesperson"}
        and (exclude.state is None or doc.persons[m.ref.key].state != exclude.state)
    ]
    before = [m for m in candidates if m.sentence == mention.sentence and m.end <= mention.start]
    if before:
        return doc.persons[before[-1].ref.key]
    earlier = [m for m in candidates if m.sentence < mention.sentence]
    pool = earlier or candidates
    return doc.persons[pool[-1].ref.key] if pool else None


_POST_OF = re.compile(r"\b(?:post|position|office|job|role|duties|seat)\s+of\s+(?:the\s+)?$", re.I)


def _resolve_role_mentions(doc: Document, offices: list[_Office]) -> None:
    named = [(m.start, m.end) for m in doc.mentions if m.kind == "person"]
    for office in offices:
        token = doc.tokens[office.first]
        if any(s <= token.start < e for s, e in named):
            continue  # "Amir" of "Hossein Amir-Abdollahian": a name's part, not a title
        sentence = doc.sentence_of(token.start).index
        role = office.info.role
        matches = [
            e
            for e in doc.persons.values()
            if (
                e.role == role
                or (
                    office.info.title == "leader"
                    and e.role in {"head_of_state", "head_of_government"}
                )
                or (role == "minister" and e.role == "foreign_minister")
                # "his Mongolian counterpart X ... talks with Mongolia's foreign minister":
                # the counterpart's office is known only later
                or (e.role == "counterpart" and office.state is not None and role != "other")
            )
            and (office.state is None or e.state == office.state)
            and (office.org is None or e.org == office.org)
            and e.first_sentence <= sentence
        ]
        if role == "counterpart":
            if office.state is None:
                continue
            # "as he welcomed his Lithuanian counterpart": the one Lithuanian official named
            matches = [
                e
                for e in doc.persons.values()
                if e.state == office.state
                and e.role not in {None, "counterpart", "spokesperson"}
                and e.first_sentence <= sentence
            ]
        earlier = [e for e in matches if e.first_sentence < sentence]
        if earlier:
            matches = earlier  # "the Foreign Minister will stay ... at the invitation of X": not X
        if not matches and role == "secretary_general":
            # one holder per organisation: a readout opening "The Secretary-General met ..."
            # names him further down
            matches = [
                e
                for e in doc.persons.values()
                if e.role == role and (office.org is None or e.org == office.org)
            ]
        if (
            not matches
            and office.state is not None
            and role not in {"counterpart", "other"}
            and not office.former
            # "relieved from the post of Secretary of State": the office, not its holder
            and not _POST_OF.search(doc.article.text, max(0, token.start - 30), token.start)
        ):
            # "Turkey's foreign minister will pay a visit ... Mevlut Cavusoglu's visit will take
            # place": an untitled name that the office-holders data puts in that office then
            reference = build_gazetteer().reference
            matches = [
                e
                for e in doc.persons.values()
                if e.role is None
                and any(
                    t.role == role and t.state == office.state.iso3
                    for t in reference.office_terms(e.ref.name, doc.date)
                )
            ]
            if len(matches) == 1:
                matches[0].role = role
                matches[0].state = matches[0].state or office.state
                matches[0].office_evidence = sentence
        if len(matches) == 1:
            entity = matches[0]
            end = doc.tokens[office.last - 1].end
            doc.mentions.append(
                Mention(
                    "person",
                    token.start,
                    end,
                    doc.article.text[token.start : end],
                    entity.ref,
                    sentence,
                    role=entity.role,
                )
            )


def _find_partial_names(doc: Document, taken: set[int]) -> None:
    """ "Lavrov", "Wang": a single name word of exactly one person seen so far."""
    index: dict[str, set[str]] = {}
    for entity in doc.persons.values():
        for word in entity.name_tokens:
            if len(word) > 1 and word[:1].isupper():
                index.setdefault(word, set()).add(entity.ref.key)
    for word, keys in index.items():
        # "Xi Jinping ... President Xi ... Xi will": the titled surname is the same man
        full = [k for k in keys if len(doc.persons[k].name_tokens) > 1]
        if len(full) == 1 and all(doc.persons[k].name_tokens == (word,) for k in keys - {full[0]}):
            index[word] = {full[0]}
    covered = {(m.start, m.end) for m in doc.mentions if m.kind == "person"}
    spans = [(m.start, m.end) for m in doc.mentions if m.kind == "person"]
    gazetteer = build_gazetteer()
    # Only tokens spelled like a known name word can be one: find those in one pass first.
    tokens = doc.tokens
    for i in compress(count(), map(index.__contains__, map(_TEXT, tokens))):
        tok = tokens[i]
        keys = index.get(tok.text)
        place = bool(keys) and (
            tok.text in gazetteer.reference.ambiguous or gazetteer.entities.lookup(tok.text)
        )
        if place and not _surname_not_place(doc, i, keys, gazetteer):
            continue
        sentence = doc.sentence_of(tok.start)
        if keys and len(keys) > 1:
            # "Al Thani" of the foreign minister, before the emir Al Thani is named: of those
            # sharing the word, the one the story has introduced by then
            keys = {k for k in keys if doc.persons[k].first_sentence <= sentence.index}
        if not keys or len(keys) != 1 or i in taken and (tok.start, tok.end) in covered:
            continue
        if any(s <= tok.start < e for s, e in spans):
            continue
        entity = doc.persons[next(iter(keys))]
        if sentence.index < entity.first_sentence and sentence.index > 2:
            continue
        if place:
            doc.drop_mentions("city", tok.start)
        doc.mentions.append(
            Mention("person", tok.start, tok.end, tok.text, entity.ref, sentence.index)
        )


# month and weekday names ("May", "Monday") are never a surname read on its own
_CALENDAR_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))


def _find_officeholder_surnames(doc: Document, lex: Lexicon) -> None:
    """ "Zarif arrived in Finland on Monday": a surname alone, never with a first name in the
    story (a cut page, a headline style), that the office-holders data gives to exactly one
    person in office on the story's date. It must recur or stand where a person stands."""
    known = {w for e in doc.persons.values() for w in e.name_tokens}
    spans = [(m.start, m.end) for m in doc.mentions]
    reference = build_gazetteer().reference
    entities = build_gazetteer().entities
    text = doc.article.text
    decided: dict[str, str | None] = {}
    tokens = doc.tokens
    # only capitalised tokens can be names: test the rest only there (found in C)
    for i in compress(count(), map(str.isupper, map(_FIRST_CHAR, map(_TEXT, tokens)))):
        tok = tokens[i]
        word = tok.text
        if not (word.isalpha() and len(word) >= 3 and not word.isupper()):
            continue
        if word in known or word in _CALENDAR_WORDS or word in lex.not_name_words:
            continue
        if word not in decided:
            if not reference.names_an_officeholder(word):
                decided[word] = None
                continue
            held = {t.person for t in reference.office_terms(word, doc.date)}
            decided[word] = (
                held.pop()
                if len(held) == 1
                and not entities.lookup(word)
                and word not in reference.ambiguous
                and len(re.findall(rf"\b{word}\b", text)) >= 2
                else None
            )
        full = decided[word]
        if full is None or any(s <= tok.start < e for s, e in spans):
            continue
        entity = _lookup_entity(doc, person_key(full), full)
        if entity is None:
            entity = PersonEntity(
                PersonRef(full, person_key(full), (word,)),
                first_sentence=doc.sentence_of(tok.start).index,
                name_tokens=tuple(full.replace("-", " ").split()),
            )
            doc.persons[entity.ref.key] = entity
        sentence = doc.sentence_of(tok.start)
        doc.mentions.append(Mention("person", tok.start, tok.end, word, entity.ref, sentence.index))


_TO_A_PLACE = re.compile(r"\b(?:in|to|from|at|into|near|via|for|visit(?:ed|ing|s)?)\s+$", re.I)


def _surname_not_place(doc: Document, i: int, keys: set[str], gazetteer: Gazetteer) -> bool:
    """ "Kihara, Austin and Marles" after "Lloyd Austin": the surname, not the Texan city.

    Only a surname of one person already named in full, never a capital (a capital stands
    for its state: "Washington said"), and never after a word that leads to a place.
    """
    tok = doc.tokens[i]
    if len(keys) != 1:
        return False
    entity = doc.persons[next(iter(keys))]
    if entity.name_tokens[-1] != tok.text or len(entity.name_tokens) < 2:
        return False
    if doc.sentence_of(tok.start).index < entity.first_sentence:
        return False
    if tok.text in gazetteer.capitals:
        return False
    return not _TO_A_PLACE.search(doc.article.text, max(0, tok.start - 12), tok.start)
