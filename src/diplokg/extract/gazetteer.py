"""Recognise states, demonyms, cities and organisations, linked to reference data.

Names come from ``data/reference`` (never typed here). A demonym ("Belarusian") links to its
state; a city links to the state it lies in, which is how "arrived in Minsk" gets a destination
and "Moscow said" a speaker. The dateline ("MOSCOW, August 14 (Itar-Tass) -") gives the place a
story was filed from, used as a last resort for an office holder's state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property

from diplokg.extract.document import Document, Mention, Sentence, Token
from diplokg.extract.matcher import PhraseMatcher
from diplokg.iri import ascii_fold
from diplokg.model import CityRef, OrgRef, StateRef
from diplokg.reference import Reference, load_reference

# Words that look like names in the lexicon but mislead in running text.
_NOT_ENTITIES = {"chad", "jordan", "georgia", "guinea", "niger", "turkey", "china", "nice", "split"}
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z .'-]{1,40}?)(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?(?:,\s*\d{4})?\s*"
    r"(?:\((?P<agency>[^)]{2,40})\))?\s*(?:-{1,2}|—|–)\s*",
)


_DATELINE_SENTENCE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?=,))?"  # "BAKU, Azerbaijan, March 15."
    r"(?P<date>,\s*(?:\d{1,2}\s+)?[A-Za-z]+\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?"
    r"[.,]?\s*(?:/(?P<agency>[A-Za-z-]+)/|(?P<agency2>[A-Z][A-Z-]{2,}))?\.?\s*$"
)
_AGENCY_OPENING = re.compile(r"^[A-Z][A-Z-]{2,}\b")


@dataclass(frozen=True)
class Gazetteer:
    entities: PhraseMatcher[tuple[str, StateRef | OrgRef | CityRef]]
    reference: Reference

    def state(self, iso3: str) -> StateRef:
        info = self.reference.states[iso3]
        return StateRef(iso3, info.name)

    @cached_property
    def capitals(self) -> frozenset[str]:
        """Capital cities by name: a capital stands for its state ("Washington said")."""
        return frozenset(info.capital for info in self.reference.states.values() if info.capital)


@cache
def build_gazetteer() -> Gazetteer:
    """Every surface form the reference data knows, with its case rule; ambiguous forms are out."""
    reference = load_reference()
    matcher: PhraseMatcher[tuple[str, StateRef | OrgRef | CityRef]] = PhraseMatcher()
    blocked = {text.lower() for text in reference.ambiguous}
    for form in reference.surface_forms():
        if form.text.lower() in blocked:
            continue
        value: tuple[str, StateRef | OrgRef | CityRef]
        if form.kind == "city":
            value = ("city", CityRef(form.text, form.key))
        elif form.kind == "org":
            org = reference.orgs[form.key]
            value = ("org", OrgRef(org.acronym, org.name))
        else:
            info = reference.states[form.key]
            kind = "demonym" if form.source == "demonym" else "state"
            value = (kind, StateRef(info.iso3, info.name))
        matcher.add(form.text, value, exact=form.case_sensitive)
    return Gazetteer(matcher, reference)


def recognise_entities(doc: Document) -> Document:
    gazetteer = build_gazetteer()
    for match in gazetteer.entities.find(_folded_tokens(doc)):
        kind, ref = match.value
        text = doc.article.text[match.start : match.end]
        if (
            kind == "state"
            and text.lower() in _NOT_ENTITIES
            and not _is_state_context(doc, match.start)
        ):
            continue
        if (
            kind == "city"
            and _starts_a_name(doc, match.last)
            and not _names_an_event(doc, match.last)
            # "Russian Ambassador in Tunis Alexander Zolotov": after "in", still the place; not
            # "at Santiago Cafiero's invitation", "in Santiago Pena's inauguration"
            and not (
                _IN.search(doc.article.text, max(0, match.start - 4), match.start)
                and not _POSSESSIVE_AFTER.match(doc.article.text, match.end)
            )
        ):
            continue  # "Vladimir Makei", "Victoria Nuland": a first name, not the city
        sentence = doc.sentence_of(match.start)
        capital = _capital_after(doc, kind, ref, match.end, gazetteer)
        if capital is not None:
            # "the Belarusian capital": the capital city, a place one can arrive in
            end, city = capital
            doc.mentions.append(
                Mention(
                    "city",
                    match.start,
                    end,
                    doc.article.text[match.start : end],
                    city,
                    sentence.index,
                )
            )
            continue
        doc.mentions.append(Mention(kind, match.start, match.end, text, ref, sentence.index))
        named = _city_named_after(doc, kind, ref, match.end, sentence.index, gazetteer)
        if named is not None:
            doc.mentions.append(named)
    _read_dateline(doc, gazetteer)
    return doc


_CAPITAL = re.compile(r"\s+capital\b")


def _capital_after(
    doc: Document, kind: str, ref: object, end: int, gazetteer: Gazetteer
) -> tuple[int, CityRef] | None:
    if kind != "demonym" or not isinstance(ref, StateRef):
        return None
    after = _CAPITAL.match(doc.article.text, end)
    if after is None:
        return None
    capital = gazetteer.reference.states[ref.iso3].capital
    return (after.end(), CityRef(capital, ref.iso3)) if capital else None


# "the German city of Mainz", "the Turkish resort town of Bodrum": the text says what and where
_CITY_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:city|town|port|resort|village)\s+of\s+"
    r"((?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)"
)


def _city_named_after(
    doc: Document, kind: str, ref: object, end: int, sentence: int, gazetteer: Gazetteer
) -> Mention | None:
    """A city the reference lacks, placed by the demonym before it."""
    if kind != "demonym" or not isinstance(ref, StateRef):
        return None
    m = _CITY_OF.match(doc.article.text, end)
    if m is None or gazetteer.entities.lookup(m.group(1)):
        return None
    return Mention(
        "city", m.start(1), m.end(1), m.group(1), CityRef(m.group(1), ref.iso3), sentence
    )


_IN = re.compile(r"\bin\s+$")
_POSSESSIVE_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){1,3}['’]s\b")
_EVENT_WORDS = frozenset(
    {"Forum", "Summit", "Conference", "Dialogue", "Process", "Declaration", "Format", "Initiative"}
)


def _names_an_event(doc: Document, next_index: int) -> bool:
    """ "the Antalya Diplomatic Forum", "the Astana Process": the city names an event."""
    return any(t.text in _EVENT_WORDS for t in doc.tokens[next_index : next_index + 3])


def _starts_a_name(doc: Document, next_index: int) -> bool:
    from diplokg.extract.lexicon import load_lexicon

    if next_index >= len(doc.tokens):
        return False
    nxt = doc.tokens[next_index]
    prev_end = doc.tokens[next_index - 1].end
    return (
        nxt.start == prev_end + 1
        and nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and not nxt.text.isupper()
        and nxt.text not in load_lexicon().not_name_words
        and not build_gazetteer().entities.lookup(nxt.text)
    )


def _folded_tokens(doc: Document) -> list[Token]:
    """The tokens with diacritics folded where there are any: "Việt Nam", "Hà Nội" and
    "Türkiye" match the reference's "Viet Nam", "Ha Noi" and "Turkiye"."""
    if doc.article.text.isascii():
        return doc.tokens
    tokens = []
    for token in doc.tokens:
        if token.text.isascii():
            tokens.append(token)
            continue
        folded = ascii_fold(token.text).strip()
        tokens.append(token._replace(text=folded, lower=folded.lower()) if folded else token)
    return tokens


def _is_state_context(doc: Document, start: int) -> bool:
    before = doc.article.text[max(0, start - 12) : start].lower()
    return not re.search(r"(president|minister|king|mr\.?|ms\.?)\s*$", before)


def _read_dateline(doc: Document, gazetteer: Gazetteer) -> None:
    for sentence in doc.sentences[:6]:
        for city in _dateline_cities(doc, sentence):
            for kind, ref in gazetteer.entities.lookup(city.strip().title()):
                if kind == "city" and isinstance(ref, CityRef):
                    doc.dateline_city = ref
                    if ref.state_iso3:
                        doc.dateline_state = gazetteer.state(ref.state_iso3)
                    return
                if kind == "state" and isinstance(ref, StateRef):
                    doc.dateline_state = ref
                    return


_BARE_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,30}\s*")


def _dateline_cities(doc: Document, sentence: Sentence) -> list[str]:
    """The place a sentence opens with, if it reads as a dateline, in two readings."""
    cities = []
    text = sentence.text
    if not text.isascii():  # "HÀ NỘI —": the accents off, the dash kept
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    m = _DATELINE.match(text)
    if m and (m.group("agency") or text[: m.start("city") + len(m["city"])].isupper()):
        cities.append(m.group("city"))
    # "BAKU" on a line of its own at the top of a story: the place alone
    if sentence.index == 0 and _BARE_DATELINE.fullmatch(text):
        cities.append(text.strip())
    # "MOSCOW, March 13. /TASS/.", "YEREVAN, MARCH 15, ARMENPRESS.", and "NUR-SULTAN." before
    # "KAZINFORM ...": datelines the segmenter leaves as sentences of their own
    m = _DATELINE_SENTENCE.match(text)
    following = doc.sentences[sentence.index + 1 : sentence.index + 2]
    if m and (
        m.group("agency")
        or m.group("agency2")
        or m.group("date")
        or (following and _AGENCY_OPENING.match(following[0].text))
    ):
        cities.append(m.group("city"))
    return cities
