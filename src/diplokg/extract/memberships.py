"""Memberships of states in organisations: stated by the text, or presupposed by it.

Patterns run over a tagged copy of the sentence where each state reads ``[S3:RUS]`` and each
organisation ``[O:NATO]``, so one regex covers every name variant. Bids, applications and
withdrawals ("applied to join", "left the CSTO") are not memberships.
"""

from __future__ import annotations

import datetime as dt
import re

from diplokg.extract.document import Document, Mention, Sentence
from diplokg.extract.gazetteer import build_gazetteer
from diplokg.model import Discussion, Membership, OrgRef, StateRef

_S = r"\[S:(?P<{n}>[A-Z]{{3}})\]"
_O = r"\[O:(?P<org>[^\]]+)\]"
# ", and" before "," so that a list ending "..., Russia, and Tajikistan" reads to its end
_LIST = r"(?P<list>(?:\[S:[A-Z]{3}\](?:(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*)(?:the\s+)?)?)+)"
# "admitted to the ASEAN summit as an observer": a seat at a meeting, not membership
_NOT_A_SEAT = (
    r"(?!\s+(?:summit|meeting|session|talks|forum|conference)\b)"
    r"(?![^.;]{0,40}\bas\s+(?:an?\s+)?observers?\b)"
)
_STATED = [
    re.compile(
        _S.format(n="s")
        + r",?\s+(?:which\s+|that\s+)?(?:became|becomes|has become|had become|is|was|remains|joined as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?member(?:\s+state|\s+country)?\s+of\s+(?:the\s+)?"
        + _O
    ),
    re.compile(
        _S.format(n="s")
        + r",?\s+(?:which\s+)?(?:became|becomes|has become|(?:was|is|has been) admitted as)\s+"
        + _O
        + r"'s\s+(?:[\w-]+\s+){0,2}?member"
    ),
    # "Timor-Leste was admitted to ASEAN as its 11th member", "was admitted into the WTO"
    re.compile(
        _S.format(n="s")
        + r",?\s+(?:which\s+)?(?:was|is|has been|had been)\s+(?:formally\s+|officially\s+)?"
        r"admitted\s+(?:to|into)\s+(?:the\s+)?" + _O + _NOT_A_SEAT
    ),
    re.compile(
        _S.format(n="s")
        + r",?\s+(?:which\s+|that\s+)?(?:formally\s+|officially\s+)?(?:joined|acceded to)\s+(?:the\s+)?"
        + _O
    ),
    re.compile(
        r"\bas\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?member\s+(?:state\s+)?of\s+(?:the\s+)?"
        + _O
        + r",\s+"
        + _S.format(n="s")
    ),
    re.compile(
        _S.format(n="s")
        + r",\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,2}?members?\s+(?:states?\s+)?of\s+(?:the\s+)?"
        + _O
    ),
    re.compile(
        _O
        + r"\s+(?:member\s+states?|members?|member\s+countries|allies|partners)\s*,?\s*(?:such as\s+|including\s+|namely\s+)?"
        + _LIST
    ),
    re.compile(r"\b(?:fellow\s+)" + _O + r"\s+members?\s+" + _LIST),
    re.compile(
        _LIST
        + r",?\s+(?:are|were|both|all)\s+(?:both\s+|all\s+)?(?:[\w-]+\s+)?members\s+of\s+(?:the\s+)?"
        + _O
    ),
    re.compile(_LIST + r",?\s+(?:the\s+)?(?:other\s+)?" + _O + r"\s+member\s+states"),
    # "AUKUS, the security partnership of Australia, Britain and the United States"
    re.compile(
        _O + r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}(?:partnership|alliance|bloc|grouping|group|union|"
        r"organi[sz]ation|pact|association)\s+(?:of|between)\s+(?:the\s+)?" + _LIST
    ),
    # "the BRICS group of Brazil, Russia, India, China and South Africa"
    # (the tag may hold the word: "[O:BRICS] of [S:BRA], ...", checked by _GROUP_WORD below)
    _GROUP_OF := re.compile(
        _O + r"\s+(?:(?:group|grouping|bloc|alliance)\s+)?of\s+(?:the\s+)?" + _LIST
    ),
    # "The GCC groups Saudi Arabia, the United Arab Emirates, ..."
    re.compile(
        _O + r",?\s+(?:which\s+)?(?:groups|comprises|brings together|consists of|is made up of|"
        r"unites|includes)\s+(?:the\s+)?" + _LIST
    ),
    # "The CSTO is a military alliance consisting of six countries: Armenia, Belarus, ..."
    re.compile(
        _O + r"\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:alliance|bloc|organi[sz]ation|union|"
        r"grouping|group|association)\s+(?:consisting of|comprising|of|that (?:includes|unites))\s+"
        r"(?:\w+\s+)?(?:countries|states|nations|members)\s*:\s*(?:the\s+)?" + _LIST
    ),
    # "Togo and Gabon were admitted to the Commonwealth"
    re.compile(
        _LIST + r",?\s+(?:were|have been|had been)\s+(?:formally\s+|officially\s+)?"
        r"admitted\s+(?:to|into)\s+(?:the\s+)?" + _O + _NOT_A_SEAT
    ),
    # "Kazakhstan and Kyrgyzstan belong to the Russian-led Eurasian Economic Union"
    re.compile(_LIST + r"\s+(?:belong|belongs|belonged)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}" + _O),
    # "the Collective Security Treaty Organization (CSTO - Russia, Belarus, ... and Armenia)":
    # the members in brackets after the name (two or more, see _BRACKETED)
    _BRACKETED := re.compile(
        _O + r"\s*\(\s*(?:\[O:[^\]]+\]\s*(?:[-\u2013\u2014:,;]\s*)?)?"
        r"(?:the\s+)?" + _LIST + r"\s*\)"
    ),
]
_GROUP_WORD = re.compile(r"\b(?:group|grouping|bloc|alliance) of\b", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"\b(bid|applied|application|aspir\w*|candida\w+|wants? to|seeks?|seeking|hopes? to|"
    r"would join|will join|could join|may join|not a member|non-member|observer|left|leave|"
    r"withdr[ae]w\w*|withdrawal|suspend\w*|expel\w*|exit\w*|quit\w*|froze)\b",
    re.IGNORECASE,
)
_FRAMEWORK = re.compile(
    r"\b(within the framework of|in the framework of|within|integration|"
    r"member states|allies|partners in|fellow members)\b",
    re.IGNORECASE,
)


_TAGGED = {"state", "org"}  # the mentions ``_tagged`` replaces
_MEMBERSHIP_WORD = re.compile(
    r"member|join|acce|belong|partnership|alliance|bloc\b|group|pact\b|union|association|"
    r"compris|brings together|consists|made up|unites|includes|admitted",
    re.IGNORECASE,
)


def _tagged(doc: Document, sentence: Sentence) -> str:
    text = doc.article.text
    pieces: list[str] = []
    pos = sentence.start
    for m in sorted(doc.mentions_in(sentence, _TAGGED), key=lambda m: m.start):
        if m.start < pos:
            continue
        pieces.append(text[pos : m.start])
        tag = f"[S:{m.ref.iso3}]" if isinstance(m.ref, StateRef) else f"[O:{m.ref.acronym}]"
        pieces.append(tag)
        pos = m.end
    pieces.append(text[pos : sentence.end])
    return "".join(pieces)


def extract_memberships(doc: Document, discussions: list[Discussion]) -> list[Membership]:
    gazetteer = build_gazetteer()
    orgs = {o.acronym: o for o in (m.ref for m in doc.mentions if isinstance(m.ref, OrgRef))}
    found: dict[tuple[str, str], Membership] = {}
    for sentence in doc.sentences:
        # Every pattern needs an organisation's tag: without one (or the literal text of one)
        # the sentence cannot match, whatever words it holds.
        if not (
            any(not isinstance(m.ref, StateRef) for m in doc.mentions_in(sentence, _TAGGED))
            or "[O:" in sentence.text
        ):
            continue
        worded = _MEMBERSHIP_WORD.search(sentence.text) is not None
        if not worded and "(" not in sentence.text:
            continue
        tagged = _tagged(doc, sentence)
        for pattern in _STATED:
            if pattern is _GROUP_OF and not _GROUP_WORD.search(sentence.text):
                continue
            if not worded and pattern is not _BRACKETED:
                continue  # brackets open only the bracketed list, not every pattern
            for m in pattern.finditer(tagged):
                # a bid or an observer in the statement itself, not elsewhere in the sentence
                # ("X and Y belong to the EAEU, in which Uzbekistan has observer status")
                if _NEGATIVE.search(tagged, max(0, m.start() - 40), m.end() + 15):
                    continue
                org = orgs.get(m.group("org"))
                if org is None:
                    continue
                members = (
                    re.findall(r"\[S:([A-Z]{3})\]", m.group("list"))
                    if "list" in m.groupdict() and m.group("list")
                    else [m.group("s")]
                )
                if pattern is _BRACKETED and len(members) < 2:
                    continue  # "the EU (Brussels)", "NATO (US)": no list of members
                for iso3 in members:
                    key = (iso3, org.acronym)
                    if key not in found or found[key].presupposed:
                        found[key] = Membership(
                            evidence=(doc.evidence(sentence),),
                            confidence=0.85,
                            member=gazetteer.state(iso3),
                            org=org,
                        )
    # "G20 members China, India and South Africa abstained ... at the UN body": a state the
    # sentence states a membership of is not also cued into another organisation it names
    stated = {(m.member.iso3, m.evidence[0].sentence_index) for m in found.values()}
    for membership in _cued(doc):
        if (membership.member.iso3, membership.evidence[0].sentence_index) not in stated or (
            _cued_beside(doc, membership)
        ):
            found.setdefault((membership.member.iso3, membership.org.acronym), membership)
    for membership in _elided(doc) + _heads_of_members(doc) + _its_members(doc):
        found.setdefault((membership.member.iso3, membership.org.acronym), membership)
    for membership in _presupposed(doc, discussions):
        found.setdefault((membership.member.iso3, membership.org.acronym), membership)
    return list(found.values())


_ITS_MEMBERS = re.compile(
    r"^(?:Its|The (?:bloc|alliance|organi[sz]ation|group|grouping|union)['’]s)\s+(?:full\s+)?"
    r"(?:member\s+states|member\s+countries|members)\s+(?:are|include|comprise)\s+"
)
_LIST_ENDS = re.compile(
    r",\s+(?:while|whereas|but|and\s+(?:its|the)\s+observers?)\b|;|\bobservers?\b"
)


def _its_members(doc: Document) -> list[Membership]:
    """ "The OTS ... is an international organization ... Its members are Türkiye, Azerbaijan
    ...": the one organisation the sentence before named."""
    found: list[Membership] = []
    gazetteer = build_gazetteer()
    for sentence in doc.sentences[1:]:
        opening = _ITS_MEMBERS.match(sentence.text)
        if opening is None:
            continue
        before = doc.sentences[sentence.index - 1]
        orgs = {
            m.ref.acronym: m.ref
            for m in doc.mentions_in(before, {"org"})
            if isinstance(m.ref, OrgRef)
        }
        if len(orgs) != 1:
            continue
        org = next(iter(orgs.values()))
        end = _LIST_ENDS.search(sentence.text, opening.end())
        stop = sentence.start + (end.start() if end else len(sentence.text))
        for m in doc.mentions_in(sentence, {"state"}):
            if isinstance(m.ref, StateRef) and m.start < stop:
                found.append(
                    Membership(
                        evidence=(doc.evidence(sentence),),
                        confidence=0.8,
                        member=gazetteer.state(m.ref.iso3),
                        org=org,
                    )
                )
    return found


def _cued_beside(doc: Document, membership: Membership) -> bool:
    """Whether a membership word sits right by the organisation itself ("the Eurasian Economic
    Union member states"), so the cue is its own and not another organisation's."""
    sentence = doc.sentences[membership.evidence[0].sentence_index]
    text = doc.article.text
    return any(
        isinstance(m.ref, OrgRef)
        and m.ref.acronym == membership.org.acronym
        and _CUE.search(text, max(sentence.start, m.start - 25), min(sentence.end, m.end + 25))
        for m in doc.mentions_in(sentence, {"org"})
    )


_AND = re.compile(r"\s*(?:,|and|, and)\s*")
_CUE = re.compile(
    r"\b(members?|member[- ]states?|member[- ]countries|membership|comprises|comprising|unites|"
    r"brings together|founded|founders?|founding|joined|allies|ally|fellow|accession|as a member)\b",
    re.IGNORECASE,
)


_MEMBERS_COLON = re.compile(r"\s+member[- ](?:states|countries|nations)\s*:")


_HEADS_OF_MEMBERS = re.compile(
    r"\b(?:heads|leaders|presidents|representatives|delegations|(?:foreign (?:affairs )?)?ministers)"
    r"\s+of\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,5}?member[- ](?:states|countries|nations)"
    r"(?:\s*(?:,\s*)?(?P<list>including|:|namely)\s)?",
    re.IGNORECASE,
)
# "... met foreign ministers of the SCO member-countries. Those attending the meeting were: ..."
_ATTENDANCE_LIST = re.compile(
    r"^(?:Those (?:attending|present)|Taking part|Attending|Participants|Among (?:them|those))\b"
)


def _heads_of_members(doc: Document) -> list[Membership]:
    """ "The 7th summit of the Turkic Council opened. It is attended by heads of the
    member-states including President of Turkey X, President of Azerbaijan Y": the states
    listed are members of the organisation named with the cue or just before it. The list
    may also follow in the next sentence ("Those attending the meeting were: ...")."""
    gazetteer = build_gazetteer()
    on = doc.date or dt.date.today()
    out: list[Membership] = []
    for sentence in doc.sentences:
        if "member" not in sentence.folded:
            continue
        cue = _HEADS_OF_MEMBERS.search(sentence.text)
        if cue is None:
            continue
        cue_end = sentence.start + cue.end()
        orgs = [
            m
            for s in doc.sentences[max(0, sentence.index - 2) : sentence.index + 1]
            for m in doc.mentions_in(s, {"org"})
            if isinstance(m.ref, OrgRef) and m.start < cue_end
        ]
        if not orgs:
            continue
        org = orgs[-1].ref
        try:
            members = gazetteer.reference.members(org.acronym, on)
        except KeyError:
            continue
        where = sentence if cue.group("list") else None
        following = doc.sentences[sentence.index + 1 : sentence.index + 2]
        if where is None and following and _ATTENDANCE_LIST.match(following[0].text):
            where = following[0]
        if where is None:
            continue
        for m in doc.mentions_in(where, {"state", "demonym"}):
            if m.start >= cue_end and isinstance(m.ref, StateRef) and m.ref.iso3 in members:
                out.append(
                    Membership(
                        evidence=(doc.evidence(where),), confidence=0.7, member=m.ref, org=org
                    )
                )
    return out


def _list_spans(text: str, states: list[Mention]) -> dict[int, tuple[int, int]]:
    """The span of the list each state stands in: in "founded by China, Russia, ... and
    Uzbekistan" the last item is as close to "The SCO" as the first."""
    groups: list[list[Mention]] = []
    for m in sorted(states, key=lambda m: m.start):
        if groups and _AND.fullmatch(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return {id(m): (group[0].start, group[-1].end) for group in groups for m in group}


def _cued(doc: Document) -> list[Membership]:
    """A membership word, a state and an organisation in one sentence, and the gazetteer agrees.

    The reference data is a filter here, not a source: the text must name both and speak of
    membership; the gazetteer only rules out readings like "Serbia seeks membership in the EU".
    """
    gazetteer = build_gazetteer()
    on = doc.date or dt.date.today()
    text = doc.article.text
    out: list[Membership] = []
    for sentence in doc.sentences:
        # a sentence without an organisation gives nothing: look for one before the cue words
        orgs = [m for m in doc.mentions_in(sentence, {"org"}) if isinstance(m.ref, OrgRef)]
        if not orgs or not _CUE.search(sentence.text):
            continue
        every_state = [
            m for m in doc.mentions_in(sentence, {"state"}) if isinstance(m.ref, StateRef)
        ]
        states = [m for m in every_state if not any(a <= m.start < b for a, b in doc.title_spans)]
        lists = _list_spans(text, states)
        for org in orgs:
            try:
                members = gazetteer.reference.members(org.ref.acronym, on)
            except KeyError:
                continue
            # "the leaders of the CSTO member states: President of Russia ..., President of ..."
            colon = _MEMBERS_COLON.match(text, org.end)
            for state in every_state if colon else states:
                if state.ref.iso3 not in members:
                    continue
                listed = colon is not None and state.start >= colon.end()
                if colon and not listed and state not in states:
                    continue
                list_start, list_end = lists.get(id(state), (state.start, state.end))
                if not listed and min(abs(list_start - org.end), abs(org.start - list_end)) > 90:
                    continue  # too far apart in the sentence to be said of each other
                lo, hi = (
                    sorted((state.end, org.start))
                    if state.end <= org.start
                    else (org.end, state.start)
                )
                window = text[min(lo, hi) : max(lo, hi)] + text[state.end : state.end + 40]
                if _NEGATIVE.search(window):
                    continue
                out.append(
                    Membership(
                        evidence=(doc.evidence(sentence),),
                        confidence=0.7,
                        member=state.ref,
                        org=org.ref,
                    )
                )
    return out


# "India and Pakistan joined in 2017", "Finland became a member last April", "Armenia remains
# a member of the Organization": the organisation is the one the story was just speaking of.
_ELIDED = re.compile(
    r"\b(?:(?:formally |officially )?joined(?! (?:the )?(?:talks|meeting|call|summit|session|"
    r"conference|forum|delegation|ceremony|efforts|calls?|statement|leaders|ministers|"
    r"president|him|her|them|us|in (?:calling|urging|condemning)))|"
    r"(?:became|becomes|has become|is|was|remains|are|were) (?:a |an |the )?(?:full(?:-fledged)? |"
    r"founding |permanent |\w+(?:th|st|nd|rd) )?members?(?! of (?!the (?:alliance|bloc|"
    r"organi[sz]ation|grouping|group|union|association)))(?: state| country)?\b)",
    re.IGNORECASE,
)


_ANAPHOR = re.compile(r"\bthe (?:alliance|bloc|organi[sz]ation|grouping|union|association)\b", re.I)


_SUBJECT_BREAK = re.compile(r"[;:]|\b(?:said|says|that|because|after|when|while)\b")


def _elided(doc: Document) -> list[Membership]:
    """Membership said of the organisation last named, in a sentence that does not name it.

    The gazetteer must agree, as for ``_cued``: the sentence says "joined", the reference data
    says which organisation that can be.
    """
    gazetteer = build_gazetteer()
    on = doc.date or dt.date.today()
    out: list[Membership] = []
    last_org: OrgRef | None = None
    last_index = -10
    for sentence in doc.sentences:
        orgs = [m.ref for m in doc.mentions_in(sentence, {"org"}) if isinstance(m.ref, OrgRef)]
        if orgs:
            last_org, last_index = orgs[-1], sentence.index
            continue
        if last_org is None or sentence.index - last_index > 3:
            continue
        if _ANAPHOR.search(sentence.text):
            last_index = sentence.index  # "the alliance" keeps the organisation in view
        cues = [sentence.start + c.start() for c in _ELIDED.finditer(sentence.text)]
        if not cues or _NEGATIVE.search(sentence.text):
            continue
        try:
            members = gazetteer.reference.members(last_org.acronym, on)
        except KeyError:
            continue
        for m in doc.mentions_in(sentence, {"state"}):
            if not isinstance(m.ref, StateRef) or m.ref.iso3 not in members:
                continue
            verb = next((c for c in cues if c > m.start), None)
            if verb is None or any(a <= m.start < b for a, b in doc.title_spans):
                continue  # the member is the subject, before the verb
            between = doc.article.text[m.end : verb]
            if _SUBJECT_BREAK.search(between):
                continue
            out.append(
                Membership(
                    evidence=(doc.evidence(sentence),),
                    confidence=0.6,
                    member=m.ref,
                    org=last_org,
                )
            )
    return out


def _presupposed(doc: Document, discussions: list[Discussion]) -> list[Membership]:
    """Cooperation "within the framework of" an organisation by its members' officials."""
    gazetteer = build_gazetteer()
    out: list[Membership] = []
    on = doc.date or dt.date.today()
    for discussion in discussions:
        if not isinstance(discussion.topic, OrgRef) or discussion.hedged:
            continue
        quote = discussion.evidence[0].quote
        if not _FRAMEWORK.search(quote):
            continue
        states = {doc.persons[p.key].state for p in discussion.participants if p.key in doc.persons}
        states.discard(None)
        members = gazetteer.reference.members(discussion.topic.acronym, on)
        if len(states) < 2 or not all(s.iso3 in members for s in states):
            continue
        for state in sorted(states, key=lambda s: s.iso3):
            out.append(
                Membership(
                    evidence=discussion.evidence,
                    confidence=0.6,
                    member=state,
                    org=discussion.topic,
                    presupposed=True,
                )
            )
    return out
