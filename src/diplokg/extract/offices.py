"""Offices the article attributes to persons, observed on the article's date."""

from __future__ import annotations

from diplokg.extract.document import Document
from diplokg.model import OfficeHolding, Visit

_HOME_FALLBACK = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "minister",
    "spokesperson",
}


def extract_offices(doc: Document, visits: list[Visit]) -> list[OfficeHolding]:
    visitors = {v.visitor.key: v.destination for v in visits}
    holdings: list[OfficeHolding] = []
    for entity in doc.persons.values():
        role = entity.role
        if role in (None, "counterpart") or entity.office_evidence is None:
            continue
        state, org, confidence = entity.state, entity.org, 0.9
        if state is None and org is None:
            # "Foreign Minister X said" in a story filed from that capital: a local official,
            # unless the story has them travelling there.
            home = doc.dateline_state
            if role not in _HOME_FALLBACK or home is None or visitors.get(entity.ref.key) == home:
                continue
            state, confidence = home, 0.6
        sentence = doc.sentences[entity.office_evidence]
        holdings.append(
            OfficeHolding(
                evidence=(doc.evidence(sentence),),
                confidence=confidence,
                person=entity.ref,
                role=role,
                state=state,
                org=org if state is None else None,
                portfolio=entity.portfolio if role == "minister" else None,
                title=entity.title if role == "other" else None,
                observed_on=doc.date,
            )
        )
    return holdings
