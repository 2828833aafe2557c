"""Sentence-level helpers shared by the event components: who is in a clause, tense, hedging."""

from __future__ import annotations

import re

from diplokg.extract.document import Document, Mention, Sentence, any_in, fold
from diplokg.model import PersonRef, StateRef


class Cue:
    """A case-insensitive pattern with words one of which every match of it holds.

    Most sentences hold none of the words: ``fold`` and a substring test for each cost far less
    than the pattern's scan, which runs only where a match is possible, so ``search`` answers
    exactly as the pattern would.
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def search(self, text: str) -> re.Match[str] | None:
        if any_in(fold(text), self.words):
            return self.pattern.search(text)
        return None


_FUTURE = re.compile(
    r"\b(will|shall|'ll|is to|are to|plans? to|planning to|planned|intends? to|"
    r"(?:is|are|was|were) (?:expected|scheduled|due|set|slated|going) to|expected|"
    # "Fidan is due in Moscow next week for talks": an arrival ahead
    r"(?:is|are) (?:due|expected) (?:in|at)|"
    r"upcoming|forthcoming|to (?:visit|meet|hold|discuss|leave|depart|travel|pay|arrive)|"
    # reported plans: "he would meet President Buhari, the spokesman said"
    r"would (?:meet|visit|hold|travel|go|arrive|leave|attend|pay|discuss))\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(not ruled out|in principle|not (?:against|opposed to)|(?-i:may)|might|could|possibl[ey]|reportedly|is likely|are likely|asked (?:whether|if)|"
    r"unconfirmed|rumou?red|speculat\w+|perhaps|probably|asked about reports)\b",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"\b(cancel(?:l?ed|s|lation)?|called off|call off|calls off|postpone[sd]?|postponement|"
    r"put off|scrapped|did not take place|didn't take place|delayed indefinitely|shelved|"
    # "Pashinyan has decided not to attend the summit": a plan dropped
    r"(?:decided|chose|opted) not to (?:attend|travel|go|visit|participate|take part|come|fly)|"
    # "Trump's state visit ... will be delayed until next year"
    r"(?:be|been|was|were|is|are) delayed|"
    # "Lula had been scheduled to meet Xi": a plan overtaken by events
    r"had been (?:scheduled|due|slated|set|planned|expected) to|"
    # "Kallas was also supposed to meet with President Levits but he was diagnosed ..."
    r"(?:was|were) (?:also |originally )?supposed to (?:meet|visit|travel|attend|hold|go|come|"
    r"arrive|take part))\b",
    re.IGNORECASE,
)
# A denial or refusal leaves nothing to record: no visit, not even a cancelled one.
_DENY = re.compile(
    r"\b(den(?:ied|ies|y|ying)|no (?:such |immediate |concrete )?plans?|not (?:going|planning|scheduled|expected) to|"
    # "Putin is not planning a telephone conversation with Japarov"; "not on the schedule"
    r"(?:is|are|was|were) not planning (?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|meeting|"
    r"talks|call|conversation|contact)|not (?:yet )?on the (?:schedule|agenda)|"
    r"will not|won't|would not|wouldn't|ruled out|rules out|refused to|declined to|"
    # "Macron has not made a visit to the country since 2019"
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:made|paid|visited|been\s+to|travell?ed|gone|come)|"
    # "Kishida does not plan to visit Russia"
    r"(?:does|do|did) not (?:plan|intend|want|wish) to|(?:doesn|don|didn)['’]t (?:plan|intend|want|wish) to|"
    r"has no intention|not on the agenda|dismissed (?:reports|speculation)|"
    r"no such (?:visit|trip|meeting|plans?)(?: was| is)? on the agenda|no such (?:visit|trip) (?:was|is) planned)\b",
    re.IGNORECASE,
)
FUTURE = Cue(
    _FUTURE,
    (
        "will",
        "shall",
        "'ll",
        "is to",
        "are to",
        "plan",
        "intend",
        "expected",
        "scheduled",
        "due",
        "set",
        "slated",
        "going",
        "upcoming",
        "forthcoming",
        "to visit",
        "to meet",
        "to hold",
        "to discuss",
        "to leave",
        "to depart",
        "to travel",
        "to pay",
        "to arrive",
        "would ",
    ),
)
# "travelled to Washington on Tuesday to meet with President Obama": a purpose, in the past
_PAST_PURPOSE = re.compile(
    r"\b(?:travell?ed|flew|went|came|arrived|headed|returned|left|was in|were in|engaged|had(?! been)|held|"
    r"spoke|talked|met|called|phoned|hosted|received|welcomed)\b[^;]*$",
    re.I,
)


def future(text: str) -> bool:
    """A future cue that is not the purpose of a past act ("travelled ... to meet")."""
    if FUTURE.search(text) is None:
        return False
    for cue in FUTURE.pattern.finditer(text):
        purpose = cue.group().lower().startswith("to ")
        # "met X on Thursday to discuss preparations for upcoming ministerials": what follows
        # a past act's purpose is its object
        return not (purpose and _PAST_PURPOSE.search(text[: cue.start()]))
    return False


HEDGE = Cue(
    _HEDGE,
    (
        "not ruled out",
        "in principle",
        "not against",
        "not opposed to",
        "may",
        "might",
        "could",
        "possibl",
        "reportedly",
        "is likely",
        "are likely",
        "asked whether",
        "asked if",
        "unconfirmed",
        "rumo",
        "speculat",
        "perhaps",
        "probably",
        "asked about reports",
    ),
)
CANCEL = Cue(
    _CANCEL,
    (
        "cancel",
        "call",
        "postpone",
        "put off",
        "scrapped",
        "take place",
        "delayed",
        "shelved",
        "had been",
        "supposed to",
        "not to",
    ),
)
DENY = Cue(
    _DENY,
    (
        "denied",
        "denies",
        "deny",
        "plan",
        "intend",
        "want",
        "wish",
        "has not",
        "have not",
        "had not",
        "has never",
        "have never",
        "had never",
        "not going to",
        "not planning",
        "on the schedule",
        "not scheduled to",
        "not expected to",
        "will not",
        "won't",
        "would not",
        "wouldn't",
        "ruled out",
        "rules out",
        "refused to",
        "declined to",
        "has no intention",
        "not on the agenda",
        "dismissed reports",
        "dismissed speculation",
        "no such",
    ),
)
ATTRIBUTION = re.compile(
    r"^\s*(?:,\s*)?(?:has\s+|had\s+|have\s+)?"
    # "told Putin" is an act; "told TASS" (an agency in capitals) reports
    r"(said|says|told(?!\s+(?-i:[A-Z][a-z]))|tells(?!\s+(?-i:[A-Z][a-z]))|stated|noted|stressed|emphasi[sz]ed|added|announced|"
    r"wrote|tweeted|posted|commented|declared|explained|insisted|warned|pointed out|recalled|"
    # "Press Secretary Sean Spicer confirmed on Monday that the Chancellor's meeting ..."
    r"(?:confirmed|disclosed|revealed)(?!\s+(?:on\s+\w+\s+)?that\s+(?:he|she|they)\b))\b"
    # "Aliyev said receiving Zarif": the speaker is the one who receives
    r"(?!\s+(?:while |when |as |after |before )?(?:receiving|meeting|hosting|welcoming)\b)"
    # "Rouhani said in a telephone conversation with the Emir": he took part
    r"(?!\s+(?:in|during|at) (?:a|the|his|her) (?:\w+ )?(?:conversation|call|talks|meeting) with\b)",
    re.IGNORECASE,
)
GROUP = re.compile(
    r"\b(the (?:two |both |three )?(?:sides|parties|ministers|leaders|presidents|heads of state|"
    r"diplomats|officials|counterparts|top diplomats|foreign ministers|prime ministers|"
    r"interlocutors|heads of government|delegations|men|women)|"
    r"they|both sides|both leaders|both ministers|the two|"
    # "Both have arrived in China for the summit": the two just named
    r"^\s*both(?=\s*$|\s+(?:have|had|are|were|will|also|arrived|met|held)\b))\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?i:he|she|his|her|him)\b|\bI\b")


def persons(doc: Document, sentence: Sentence) -> list[Mention]:
    return sorted(doc.mentions_in(sentence, {"person"}), key=lambda m: m.start)


def home_of(doc: Document, person: PersonRef) -> StateRef | None:
    """The state the story gives the person's office, if any."""
    entity = doc.persons.get(person.key)
    return entity.state if entity is not None else None


def attributed(doc: Document, mention: Mention) -> bool:
    """True when the person only reports ("..., Lavrov said"), rather than acts."""
    after = doc.article.text[mention.end : mention.end + 40]
    before = doc.article.text[max(0, mention.start - 14) : mention.start].lower()
    return (
        bool(ATTRIBUTION.match(after))
        or _titled_speaker(doc, mention)
        or before.rstrip().endswith("according to")
        or bool(_SAID_BEFORE.search(before))  # "..., said Zakharova"
    )


# "X, Deputy Director of the Russian Foreign Ministry's information and press department said"
_APPOSITIVE_WORD = (
    r"(?:(?-i:[A-Z])[\w.'’-]*|of|the|and|for|on|in|at|to|de|information|press|foreign|"
    r"ministry's|ministry|department|office|service|affairs)"
)
_TITLED_SPEAKER = re.compile(
    # the appositive opens with a capitalised title word, not "the foreign ministry in Amman"
    rf",\s+(?!(?:The|A|An)\b)(?-i:[A-Z])[\w.'’-]*(?:\s+{_APPOSITIVE_WORD}){{0,14}},?\s+(?:has\s+)?"
    r"(?:said|says|told|noted|stated|added|announced)\b",
    re.IGNORECASE,
)


def _titled_speaker(doc: Document, mention: Mention) -> bool:
    said = _TITLED_SPEAKER.match(doc.article.text, mention.end, mention.end + 160)
    # "..., holding talks with Maduro, Russian Foreign Ministry Spokeswoman Maria Zakharova
    # said": the appositive names the next speaker, not Maduro's title
    return said is not None and not any(
        m.kind == "person" and mention.end < m.start < said.end() for m in doc.mentions
    )


_SAID_BEFORE = re.compile(r",\s*(?:said|says|added|noted|stressed|told reporters)\s+$")


def unique_refs(mentions: list[Mention]) -> list[PersonRef]:
    seen: dict[str, PersonRef] = {}
    for m in mentions:
        if isinstance(m.ref, PersonRef) and m.ref.key not in seen:
            seen[m.ref.key] = m.ref
    return list(seen.values())


# A clause break: ``[;:]|,\s+(?:but|while|whereas|although)\b|\bbut\b``, written to open with a
# character set, as ``sentences._BOUNDARY`` is: ``re`` then skips to those characters in C instead
# of trying each alternative at each position (a third of the instructions). The look-behinds pick
# the branch for the character found; ``(?<!\wb)`` is the ``\b`` before "but".
# "arrived in Samarkand ... amid speculation whether he would meet Xi": the circumstance
# is a clause of its own
_CLAUSE_BREAK = re.compile(
    r"[;:,ba](?:(?<=[;:])|(?<=,)\s+(?:but|while|whereas|although|adding)\b|(?<=b)(?<!\wb)ut\b|"
    r"(?<=a)(?<!\wa)mid\b)"
)


def clause_around(text: str, start: int, end: int) -> str:
    """The clause holding a trigger: from the last clause break before it to the next after it."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text[:start])]
    left = max([0, *breaks])
    nxt = _CLAUSE_BREAK.search(text[end:])
    right = end + nxt.start() if nxt else len(text)
    return text[left:right]
