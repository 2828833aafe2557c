"""Offices the article attributes to persons, observed on the article's date.

When the text gives a title without a state ("Foreign Minister Qin Gang"), the state comes from
the story itself: an official met by a visitor is most likely an official of the visited state;
otherwise the dateline's state, since wire copy calls local officials by bare title.
"""

from __future__ import annotations

from diplokg.extract.document import Document
from diplokg.extract.gazetteer import build_gazetteer
from diplokg.model import Meeting, OfficeHolding, StateRef, Visit

# Heads of state and government are named with their state far more often than ministers, and a
# wrong guess for them is costly: the dateline fallback is only for ministers and spokespeople.
_HOME_FALLBACK = {"foreign_minister", "minister", "spokesperson"}
# Restricted to one state as an office of minister rank, but a civil servant's title elsewhere:
# India's and Pakistan's foreign secretaries are named bare in their own copy.
_SHARED_IN_USE = {"foreign secretary"}


def extract_offices(
    doc: Document, visits: list[Visit], meetings: list[Meeting]
) -> list[OfficeHolding]:
    visitors = {v.visitor.key: v.destination for v in visits}
    holdings: list[OfficeHolding] = []
    for entity in doc.persons.values():
        role = entity.role
        if role in (None, "counterpart") or entity.office_evidence is None:
            continue
        state, org = entity.state, entity.org
        confidence = 0.7 if entity.state_inferred else 0.9
        only = build_gazetteer().reference.offices.restricted.get(entity.title or "", ())
        if (
            (state is None or entity.state_inferred)
            and org is None
            and len(only) == 1
            and entity.title not in _SHARED_IN_USE
        ):
            # "Home Secretary Theresa May", "Taoiseach X": a title one state alone uses
            state, confidence = build_gazetteer().state(next(iter(only))), 0.7
        if state is None and org is None:
            if role not in _HOME_FALLBACK or entity.ref.key in visitors:
                continue
            state = _host_state(entity.ref.key, visits, meetings) or doc.dateline_state
            if state is None:
                continue
            confidence = 0.6
        if role == "minister" and not entity.portfolio:
            # "Minister Pandor": the text does not say which ministry; the office-holders data
            # may (she was foreign minister), or else no office is stated
            held = build_gazetteer().reference.office_terms(entity.ref.name, doc.date)
            if not any(
                t.role == "foreign_minister" and t.state == state.iso3 for t in held if state
            ):
                continue
            role = "foreign_minister"
        sentence = doc.sentences[entity.office_evidence]
        title = entity.title
        if state is not None and title and role != "other":
            allowed = build_gazetteer().reference.offices.restricted.get(title)
            if allowed is not None and state.iso3 not in allowed:
                role = "other"  # India's foreign secretary is a civil servant, not the minister
            elif title in _LOOSE_FM_TITLES and _someone_else_is_fm(entity.ref.name, state, doc):
                role = "other"  # "China's top diplomat" Wang Yi while Qin Gang was minister
        holdings.append(
            OfficeHolding(
                evidence=(doc.evidence(sentence),),
                confidence=confidence,
                person=entity.ref,
                role=role,
                state=state,
                org=org if state is None else None,
                portfolio=entity.portfolio if role == "minister" else None,
                title=title if role == "other" else None,
                observed_on=doc.date,
            )
        )
        for title, sentence_index, also_role in entity.other_titles:
            if also_role == "minister":
                continue  # a portfolio without its name ("Premier and Minister") says too little
            holdings.append(
                OfficeHolding(
                    evidence=(doc.evidence(doc.sentences[sentence_index]),),
                    confidence=confidence,
                    person=entity.ref,
                    role=also_role,
                    state=state,
                    org=org if state is None else None,
                    title=title if also_role == "other" else None,
                    observed_on=doc.date,
                )
            )
    return holdings


def _host_state(key: str, visits: list[Visit], meetings: list[Meeting]) -> StateRef | None:
    """The state visited by someone this person meets."""
    destinations = {v.visitor.key: v.destination for v in visits}
    for meeting in meetings:
        keys = {p.key for p in meeting.participants}
        if key not in keys:
            continue
        for other in keys - {key}:
            if other in destinations:
                return destinations[other]
    return None


# Titles that name a state's leading diplomat, who is usually but not always its minister.
_LOOSE_FM_TITLES = frozenset({"top diplomat", "chief diplomat", "head of diplomacy"})


def _someone_else_is_fm(name: str, state: StateRef, doc: Document) -> bool:
    """The office-holder data has another foreign minister of the state on the article's date."""
    if doc.date is None:
        return False
    reference = build_gazetteer().reference
    own = reference.office_terms(name, doc.date)
    if any(t.role == "foreign_minister" and t.state == state.iso3 for t in own):
        return False
    return any(
        t.role == "foreign_minister" and t.state == state.iso3 and t.active_on(doc.date)
        for t in reference.officeholders
    )
