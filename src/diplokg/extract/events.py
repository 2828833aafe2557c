"""Visits, meetings and phone calls, with status, dates, places and hosts.

Each sentence is read on its own, with a little memory of the article so far: the person a
pronoun most likely means, and the participants "the sides" refer to. Status comes from the
trigger and the clause around it; negation and cancellation win over everything, and hedged
statements are kept but flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from diplokg.extract import context
from diplokg.extract.dates import MONTHS, WEEKDAYS, find_dates, sentence_tense
from diplokg.extract.document import Document, Mention, Sentence, any_in
from diplokg.extract.gazetteer import build_gazetteer
from diplokg.model import CityRef, Meeting, OrgRef, PersonRef, StateRef, Visit

_W = r"(?:[\w'-]+\s+)"
# what one receives or welcomes that is no guest: "welcomes the decision of Abiy Ahmed"
_AN_IDEA = (
    r"(?!\s+(?:the|a|an|any|this|that|his|her|their)\s+(?:[\w-]+\s+)?(?:decision|"
    r"statement|initiative|move|proposal|idea|step|announcement|offer|resolution|plan|"
    r"readiness|efforts?|agreement|news|outcome|results?|commitment|remarks|election|"
    r"appointment|support|invitation|message|letter|visit|call for|willingness)\b)"
)
VISIT_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "planned",
        re.compile(
            rf"\b(?:will|would|shall|to|plans? to|planning to|intends? to|is to|are to|"
            rf"(?:is|are|was|were) (?:expected|scheduled|due|set|slated|going) to)\s+{_W}{{0,2}}?"
            rf"(?:visit|travel (?:on )?to|leave for|depart for|fly to|head to|go to|arrive in|arrive at|come to|"
            # "will leave New York on Thursday for Havana"
            rf"(?:leave|depart)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:on\s+\w+\s+|today\s+|tomorrow\s+)?for|"
            rf"reach(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            rf"(?:also )?take (?:him|her|them) to|pay(?:ing)? {_W}{{0,4}}?(?:visits?|trips?)|(?:mak(?:e|ing)|undertak(?:e|ing)|conduct(?:ing)?) {_W}{{0,4}}?(?:visits?|trips?|tour)|tour|(?:embark|go) on {_W}{{1,4}}?(?:visit|trip|tour)|"
            rf"be (?:in|on {_W}{{1,4}}?visit))\b|"
            # "he will stop in Venezuela to have meetings"; not "called for the bloodshed to stop
            # in Gaza"
            rf"\b(?:will|would|shall|is to|are to|plans? to|is due to)\s+(?:also\s+|briefly\s+)?"
            rf"(?:stop (?:over )?in|make a stop(?:over)? in)\b|"
            # "Cavusoglu begins a visit to Russia on Tuesday": a wire announcement
            rf"\b(?:begins|starts|will begin|will start|is to begin|is to start)\s+"
            rf"(?:a|an|his|her|their|the)\s+{_W}{{0,3}}?(?:visit|trip|tour)\s+(?:to|of)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "planned",
        re.compile(
            rf"\b(?:is|are) (?:expected|due) (?:in|at)\b|\b(?:upcoming|forthcoming|planned|scheduled|"
            rf"impending|next week's) {_W}{{0,3}}?(?:visit|trip|tour)\b"
            # "a planned visit to Japan in April by President Obama": whose, is said after
            rf"(?!\s+(?:to\s+\S+\s+)?(?:(?:in|on|next|this|later)\s+\S+\s+)?(?:of|by)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "ongoing",
        re.compile(
            rf"\b(?:arrived|arrives|has arrived|have arrived|landed|lands|flew in|flies in)\b|"
            # "Ruto jetted out of the country on Sunday for a state visit to Ethiopia"
            rf"\b(?:jetted|jets|has jetted)\s+(?:out|off|into|in)\b|"
            # "left on Tuesday night for a three-country tour of ..."
            rf"\b(?:has |have )?left\s+(?:(?:late |early )?on\s+\w+\s+(?:(?:night|morning|evening|afternoon)\s+)?)?for\b|"
            # "Upon his arrival in Helsinki, Zarif said", "Arriving in Moscow, Cavusoglu said"
            rf"\b(?:upon|on|after)\s+(?:his\s+|her\s+|their\s+)?arrival\s+(?:in|at)\b|\b(?-i:Arriving)\s+in\b|"
            rf"\b(?:flew|flies|has flown) into\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            # "Trump is traveling next week to the World Economic Forum's meeting in Davos"
            rf"\b(?:is|are)\s+(?:travel(?:l)?ing|flying|heading)\s+"
            rf"(?:(?:next|this|later\s+this)\s+\w+\s+|today\s+|tomorrow\s+|on\s+\w+\s+)?"
            rf"to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            # "Foreign Minister Steinmeier travels to Turkey on 18 September"
            rf"\btravels\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            rf"\b(?:(?:has |have )?(?:headed|flown|departed|set off|set out)|heads|(?:is|are) (?:heading|flying|en route)|"
            rf"flew|departs)\s+(?:to|for)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            rf"\b(?:left|departed)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:on\s+\w+\s+)?for\b|"
            rf"\b(?:departed|left|set off|set out|headed|has gone|went)\s+on\s+(?:a|an|his|her|their)\s+{_W}{{0,3}}?(?:visit|trip|tour)\b|"
            rf"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on|paying|making|undertaking|conducting)\s+{_W}{{1,4}}?(?:visit|trip|tour)\b|"
            # "who is in official visit in Russia": a translation's preposition
            rf"\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+(?:an?\s+)?(?:official|state|working|[\w]+-day)\s+(?:[\w-]+\s+)?visit\b|"
            # "who is visiting the Philippines": a state's name may open with "the"
            rf"\b(?:is|are)\s+(?:currently\s+)?(?:visiting|touring|in)\b(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:the|our|this)\s+(?:country|nation)\b)|\bvisiting\b",
            re.IGNORECASE,
        ),
    ),
    (
        "completed",
        re.compile(
            rf"\b(?:visited|toured)\b|\b(?:paid|made|undertook|conducted)\s+{_W}{{1,4}}?(?:visit|trip)\b|"
            # "Milei stopped in El Salvador for Bukele's inauguration"
            rf"\b(?:stopped (?:over )?in|made a stop(?:over)? in)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            rf"\b(?:wrapped up|concluded|completed|ended|finished|rounded off|capped)\s+{_W}{{1,4}}?(?:visit|trip|tour)\b|"
            rf"\breturned\s+(?:home\s+)?(?:(?:late\s+|early\s+)?on\s+\w+\s+|today\s+|yesterday\s+)?from\b|"
            # "Bush came to the German city of Mainz"; not "when it came to the Taliban"
            rf"(?<!\bit\s)\bcame\s+to\s+(?=(?:the\s+)?(?-i:[A-Z])|the\s+(?:[\w-]+\s+){{0,2}}(?:city|capital|town|country|nation)\s+of\b)|\bwas\s+(?:on|in)\s+{_W}{{0,4}}?(?:visit|trip)\b|"
            rf"\bduring\s+{_W}{{1,4}}?(?:visit|trip|tour|stay)\s+(?:to|in)\b|\btraveled to\b|\btravelled to\b|"
            rf"\b(?:began|started|opened|kicked off)\s+(?:the|his|her|their|a)\s+{_W}{{0,2}}?(?:trip|tour|visit)\s+in\b|"
            # "Trump left the Philippines on Tuesday without attending ...": a stay ended
            rf"\b(?:left|departed)\s+(?=(?:the\s+)?(?-i:[A-Z]))(?!(?:the\s+)?(?-i:[A-Z])[\w'-]*"
            rf"(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:on\s+\w+\s+|today\s+|tomorrow\s+)?for\b)",
            re.IGNORECASE,
        ),
    ),
]
# "is taking part in the CSTO summit in Moscow": attending a gathering abroad is a visit there
_GATHERING_NOUN = (
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'.-]+\s+){0,4}?(?:summit|meeting|session|forum|conference|"
    r"congress|ceremony|celebrations?|festivities|parade|inauguration|funeral|expo|exhibition|"
    r"games|(?:general\s+)?assembly)\b"
)
VISIT_TRIGGERS += [
    (
        "planned",
        re.compile(
            rf"\b(?:will|would|shall|to|plans? to|is to|are to|"
            rf"(?:is|are|was|were) (?:expected|scheduled|due|set|slated|going) to)\s+(?:also\s+)?"
            rf"(?:attend|take part in|participate in)\s+{_GATHERING_NOUN}",
            re.IGNORECASE,
        ),
    ),
    (
        "ongoing",
        re.compile(
            rf"\b(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?(?:attending|taking part in|"
            rf"participating in)\s+{_GATHERING_NOUN}",
            re.IGNORECASE,
        ),
    ),
    (
        "completed",
        re.compile(
            rf"\b(?:attended|took part in|participated in)\s+{_GATHERING_NOUN}",
            re.IGNORECASE,
        ),
    ),
]
VISIT_TRIGGERS += [
    (
        "cancelled",
        re.compile(
            rf"\b(?:cancel(?:l?ed|s|ling)?|call(?:ed|s)? off|postpone[sd]?|postponing|put(?:s|ting)? off|"
            rf"scrap(?:ped|s)?|shelve[sd]?|delay(?:ed|s))\s+(?:a|an|his|her|their|the|its)?\s*{_W}{{0,3}}?(?:visit|trip|tour)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "noun",
        re.compile(
            rf"(?:'s|\bhis|\bher|\btheir)\s+{_W}{{0,3}}?(?:visit|trip|tour)\s+(?:to|in|will|is|was)\b|"
            # "Tillerson's two-day Seoul visit slated from Friday": the place before the noun
            rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?=(?-i:[A-Z]))[\w-]+\s+(?:visit|trip|tour)\b|"
            rf"\b(?:visit|trip)\s+(?:to\s+(?:\S+\s+){{1,3}}?)?(?:(?:in|on|next|this|later)\s+\S+\s+)?by\b|"
            # "returned to Manila on Friday after a three-day state visit to Australia"
            rf"\bafter\s+(?:a|an)\s+{_W}{{0,3}}?(?:visit|trip|tour)\s+to\b|"
            rf"\b(?:upcoming |forthcoming |planned |state |official )?visit\s+of\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
            # "will travel to Kiev on Monday, continuing on to Moscow": the next stop
            rf"\b(?:continu(?:ing|es?)|moving|going|heading|travell?ing|flying)\s+on\s+to\b|"
            rf"\bbefore\s+(?:heading|travell?ing|going|flying|moving|continuing)\s+(?:on\s+)?to\b",
            re.IGNORECASE,
        ),
    ),
]


class Triggers:
    """Trigger patterns scanned as one alternation: one pass over the sentence, not one each.

    Each pattern comes with words one of which every match of it holds (as ``fold`` shows
    them). A pattern whose words a sentence lacks matches nowhere in it, so the alternation
    leaves it out and every match stays as it was. Every match starts a word (or, for "'s", an
    apostrophe): a look-ahead says so first, or ``re`` would try each pattern at each character.
    Each pattern also comes after a look-ahead for the characters it can start with, and the
    start of the alternation after one for those of all the chosen patterns (see ``_guard``).

    Most sentences are ASCII: for them the alternation is compiled with ``re.ASCII`` as well,
    where ``re`` compares letters and tests ``\\w`` and ``\\b`` by table lookup instead of
    calling Unicode case and character-database functions at each step (a fifth fewer
    instructions for the visit triggers). On ASCII text the two agree: the characters that fold
    into ASCII letters under Unicode rules ("ı", "İ", "ſ", Kelvin "K") are not ASCII, and of the
    ASCII characters only \\x1c-\\x1f are ``\\s`` in one and not the other, so a sentence
    holding one of those keeps the Unicode pattern.
    """

    def __init__(
        self, triggers: list[tuple[str, re.Pattern[str]]], words: list[tuple[str, ...]]
    ) -> None:
        assert len(words) == len(triggers)
        self._triggers = triggers
        self._words = words
        # by (chosen patterns, whether compiled for ASCII text)
        self._compiled: dict[tuple[tuple[int, ...], bool], re.Pattern[str]] = {}
        # the characters each pattern can start with (None: any), for look-aheads before it
        self._firsts = [_first_chars_of(pattern) for _, pattern in triggers]

    def finditer(self, sentence: Sentence) -> Iterator[tuple[str, re.Match[str]]]:
        """(kind, match) for each trigger in the sentence, left to right, as ``re.finditer``."""
        chosen = tuple(i for i, words in enumerate(self._words) if any_in(sentence.folded, words))
        if not chosen:
            return
        ascii_only = _plain_ascii(sentence.text)
        pattern = self._compiled.get((chosen, ascii_only))
        if pattern is None:
            alternatives = "|".join(
                f"{_guard(self._firsts[i])}(?P<t{i}>{self._triggers[i][1].pattern})" for i in chosen
            )
            start = r"(?:(?=')|\b(?=\w))"
            firsts = [self._firsts[i] for i in chosen]
            if all(f is not None for f in firsts):
                union = set().union(*firsts)  # type: ignore[arg-type]
                # all letters: "\b" and the guard say all the start above says ("'" is not one)
                only_letters = all(chr(c).isalpha() for c in union)
                start = (r"\b" if only_letters else start) + _guard(union)
            flags = re.IGNORECASE | re.ASCII if ascii_only else re.IGNORECASE
            pattern = re.compile(rf"{start}(?:{alternatives})", flags)
            self._compiled[(chosen, ascii_only)] = pattern
        for match in pattern.finditer(sentence.text):
            yield self._triggers[int(str(match.lastgroup)[1:])][0], match


def _plain_ascii(text: str) -> bool:
    """Whether ``re.ASCII`` matches ``text`` as Unicode rules do: ASCII, none of \\x1c-\\x1f."""
    return text.isascii() and not any_in(text, _ASCII_ONLY_UNICODE_SPACE)


# ASCII characters that are ``\s`` under Unicode rules and not under ``re.ASCII``
_ASCII_ONLY_UNICODE_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")

_Items = list[tuple[Any, Any]]


def _first_chars(items: _Items) -> tuple[set[int] | None, bool]:
    """The characters a match of parsed regex ``items`` can begin with (None: any), and whether
    it can match the empty string. Conservative: what it cannot read gives None."""
    found: set[int] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is _C.LITERAL:
            return found | {av}, False
        if op is _C.IN:
            for item_op, item_av in av:
                if item_op is _C.LITERAL:
                    found.add(item_av)
                elif item_op is _C.RANGE and item_av[1] - item_av[0] < 128:
                    found.update(range(item_av[0], item_av[1] + 1))
                else:
                    return None, False  # a category or a negated set
            return found, False
        if op is _C.SUBPATTERN:
            first, empty = _first_chars(av[3].data)
        elif op is _C.BRANCH:
            first, empty = set(), False
            for alternative in av[1]:
                alt_first, alt_empty = _first_chars(alternative.data)
                if alt_first is None:
                    return None, False
                first |= alt_first
                empty = empty or alt_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            first, empty = _first_chars(av[2].data)
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_chars_of(pattern: re.Pattern[str]) -> set[int] | None:
    """The characters a match of ``pattern`` can start with; None if it could be any."""
    try:
        first, empty = _first_chars(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a form the reader does not know: no guard, no harm
        return None
    return None if empty or not first else first


def _guard(first: set[int] | None) -> str:
    """A look-ahead for the characters ``first``, or "" for any.

    In the alternation ``re`` tries every pattern at every word start, entering each of its
    own alternatives in turn; the look-ahead turns most of those attempts away at one character
    test, and as it admits every character a match can begin with, no match changes. The
    alternation is case-insensitive, so the set also admits every case variant of each letter.
    """
    if first is None:
        return ""
    return "(?=[" + "".join(re.escape(chr(c)) for c in sorted(first)) + "])"


# "is leading a business delegation to Tonga": the head of a delegation travels with it
VISIT_TRIGGERS += [
    (
        status,
        re.compile(
            rf"\b{verb}\s+(?:a|an|the|his|her|their)\s+{_W}{{0,3}}?delegation\s+to\b"
            rf"(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            re.IGNORECASE,
        ),
    )
    for status, verb in (
        (
            "planned",
            r"(?:will|would|to|(?:is|are)\s+(?:set|scheduled|expected|due)\s+to)\s+lead",
        ),
        ("ongoing", r"(?:is|are)\s+(?:currently\s+)?leading"),
        ("completed", r"(?:led|has led)"),
    )
]


_VISIT_ANY = Triggers(
    VISIT_TRIGGERS,
    [
        (
            "visit",
            "trip",
            "tour",
            "travel ",
            "leave ",
            "depart ",
            "fly to",
            "head to",
            "go to",
            "arrive in",
            "arrive at",
            "come to",
            "take him to",
            "take her to",
            "take them to",
            "be in",
            "be on",
            "reach",
            "stop in",
            "stop over in",
            "make a stop",
        ),
        ("expected in", "expected at", "due in", "due at", "visit", "trip", "tour"),
        (
            "arrive",
            "land",
            "visit",
            "trip",
            "tour",
            "is",
            "are",
            "left ",
            "headed",
            "heads",
            "heading",
            "flown",
            "flying",
            "flew",
            "departed",
            "departs",
            "set off",
            "set out",
            "en route",
            "travels to",
            "jet",
        ),  # "is in": no better word
        (
            "visit",
            "trip",
            "tour",
            "returned",
            "stay",
            "traveled to",
            "travelled to",
            "left ",
            "departed",
            "came to",
            "stopped in",
            "stopped over in",
            "made a stop",
        ),
        ("attend", "take part", "participate"),
        ("attending", "taking part", "participating"),
        ("attended", "took part", "participated"),
        ("visit", "trip", "tour"),
        ("visit", "trip", "tour", " on to", "before "),
        ("delegation",),
        ("delegation",),
        ("delegation",),
    ],
)

# Cheap substring tests run first: most sentences name no visit or meeting, and the trigger
# patterns are costly. Plain ``in`` on a lowercased sentence is far cheaper than any regex.
_VISIT_HINTS = (
    "delegation to",
    "jet",
    "visit",
    "trip",
    "tour",
    "travel",
    "arriv",
    "leav",
    "left ",
    "depart",
    "fly",
    "flew",
    "flown",
    "set off",
    "set out",
    "en route",
    "head",
    "go to",
    "come to",
    "came to",
    "land",
    "return",
    "expected",
    "due ",
    "be in",
    "be on",
    "is in ",
    "are in ",
    "stay",
    "began",
    "started",
    "opened",
    "kicked off",
    "cancel",
    "call",
    "postpon",
    "put off",
    "scrap",
    "shelv",
    "delay",
    "reach",
    "attend",
    "part in",
    "participat",
    "stop in",
    "stopped in",
    "stop over",
    "stopped over",
    "made a stop",
    "make a stop",
)
_MEETING_HINTS = (
    "discussions with",
    "called on",
    "calls on",
    "talking to",
    "talked to",
    "talks to",
    "spoke",
    "spoken",
    "visit with",
    "met",
    "meet",
    "talk",
    "negotiat",
    "confer",
    "sat down",
    "consult",
    "bilateral",
    "tete",
    "tête",
    "receiv",
    "host",
    "welcom",
    "phone",
    "phonic",
    "call",
    "video",
    "virtual",
    "online",
    "summit",
    "trilateral",
    "multilateral",
    "ceremony",
    "reception",
    "banquet",
    "dinner",
    "luncheon",
    "lunch",
    "breakfast",
    "round",
)


def _hinted(sentence: Sentence, hints: tuple[str, ...]) -> bool:
    return any_in(sentence.lower, hints)


_NOT_A_VISIT = re.compile(
    # "Invited by Yang, Minh is paying a visit": the inviter named, the visit real
    r"\b(invit\w+(?!\s+(?:by|of|from)\b)|welcomed? the idea|ready to|could|would like|hopes? to|"
    r"wants? to|proposed|suggested|offered)\b",
    re.IGNORECASE,
)

MEETING_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "phone",
        re.compile(
            r"\b(?:(?:tele)?phon(?:e|ic) (?:conversations?|calls?|talks?|contacts?|discussions?)|"
            r"(?:spoke|spoken|speaks|speaking) (?:by|over the|on the|via) (?:tele)?phone|"
            r"(?:talked|talking) (?:by|over the|on the) (?:tele)?phone|(?:tele)?phoned|"
            r"call(?:ed)? (?:with |between )?(?-i:(?=[A-Z]))|held (?:a )?call|by (?:tele)?phone|"
            # "Milei received a call from Joe Biden"
            r"(?:received|receives|receiving|got|gets|took|takes|returned)\s+(?:a|an|the)\s+"
            r"(?:[\w-]+\s+){0,2}?call\s+from|"
            r"over (?:the )?(?:tele)?phone)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "video",
        re.compile(
            r"\b(?:video ?conference|videoconference|video call|video link|virtual (?:meeting|talks|summit)|"
            r"online (?:meeting|talks))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "in_person",
        re.compile(
            r"\b(?:met|meet|meets|meeting|meetings(?!\s+of\b)|talks|negotiations|conferred|confers|sat down|consultations|"
            r"tete-a-tete|tête-à-tête|courtesy call|discussions between)\b|"
            # "traveled to Paris for a working lunch with French President Emmanuel Macron"
            r"\b(?:working|official|private)\s+(?:lunch|luncheon|dinner|breakfast)\s+with\b|"
            # "held a bilateral with X", "bilateral talks"; not "bilateral relations"
            r"\bbilateral(?=\s+(?:meetings?|talks|consultations|sessions?|format|summits?|"
            r"discussions|conversation|contacts|with|on|at|in|between)\b|\s*[.,;])|"
            # "held a bilateral discussion with President Guelleh"
            r"\b(?:held|hold|holds|holding)\s+(?:(?!phone|telephone|online|video|virtual)\w+\s+){0,2}?"
            r"discussions?\b(?=\s+with\b)|"
            r"\b(?:held|hold|holds|holding)\s+(?:\w+\s+)?discussions\b|\bdiscussions\s+with\b|"
            # "is scheduled to visit with his Turkish counterpart": to meet, in American usage
            r"\bvisit(?:s|ed|ing)?\s+with\s+(?=(?-i:[A-Z])|his\s|her\s|the\s)|"
            # "hosted a grand welcome ceremony for Russian President Vladimir Putin"
            r"\b(?:hosted|hosts|held|holds|gave|gives|organi[sz]ed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:welcom(?:e|ing) ceremony|reception|banquet|state dinner|dinner|luncheon)\s+"
            r"(?:with\s+(?:[\w-]+\s+){1,3}?)?(?:for|in honou?r of)\b|"
            # "Ambassador David Hale, who called on him at the PM Office"; not "called on Kyiv
            # to ...", an appeal, though "will call on Prime Minister Modi to follow up on ..."
            # is a visit's purpose
            r"\bcall(?:ed|s)?\s+on\s+(?=him\b|her\b|the\s+(?:\w+\s+){0,3}(?:president|prime|minister|king|emir|leader)|(?-i:[A-Z]))(?![^.;]{0,60}?\bto\s+(?!discuss|follow|review|exchange|brief|convey|deliver|present)\w)|"
            r"\btalk(?:ing|ed|s)\s+to\s+(?=(?-i:[A-Z])|his\s|her\s)|"
            r"\b(?:spoke|(?:had|has|have) spoken) (?:separately |briefly |later |also )?(?:today |here |yesterday |on \w+ ){0,2}"
            r"(?:with|to) (?:(?-i:(?=[A-Z]))|(?:his|her) (?=(?:[\w.-]+ ){0,3}(?:counterpart|colleague))|"
            # "spoke with the President of the United States, Donald J. Trump"
            r"the (?=(?:[\w.-]+ ){0,2}(?:president|prime minister|chancellor|premier|king|emir|"
            r"secretary|foreign minister)\b))|"
            r"\b(?:received|receive|receives|receiving|hosted|host|hosts|welcomed|welcomes|"
            r"welcome)\b" + _AN_IDEA +
            # "will welcome any initiative by Kim", "welcomes the decision of Abiy": an idea
            # "received on Wednesday in Havana the Secretary of ..."
            r"(?=\s+(?:(?:on|in|at) (?:the )?(?-i:[A-Z])[\w.]*\s+|today\s+|yesterday\s+|here\s+){0,2}"
            r"(?:(?-i:[A-Z])|his |her |the visiting|by |"
            r"(?:the|a|an) (?:\w+ ){0,3}(?:minister|president|leader|delegation|prime|envoy|ambassador|head|"
            r"secretary|chairman|chairperson|chair|king|emir|sultan|prince|speaker)|"
            # "was received at the airport by his Belarusian counterpart"
            r"(?:[\w-]+ ){1,5}?by (?:(?-i:[A-Z])|his |her |the )))",
            re.IGNORECASE,
        ),
    ),
]
_MEETING_ANY = Triggers(
    MEETING_TRIGGERS,
    [
        ("phone", "phonic", "call"),
        ("video", "virtual", "online"),
        (
            "met",
            "meet",
            "discussion with",
            "talks",
            "negotiations",
            "conferred",
            "confers",
            "sat down",
            "consultations",
            "tete-a-tete",
            "tête-à-tête",
            "bilateral",
            "receive",
            "receiving",
            "host",
            "welcome",
            "courtesy call",
            "spoke",
            "spoken",
            "discussions with",
            "called on",
            "calls on",
            "talking to",
            "talked to",
            "talks to",
            "visit with",
            "ceremony",
            "reception",
            "banquet",
            "dinner",
            "luncheon",
            "lunch with",
            "breakfast with",
        ),
    ],
)
# Inline patterns of the visit and meeting readers, compiled once.
_BACK_HOME = re.compile(r"\s*(?:back|home)\b")
_RETURNED_FROM = re.compile(r"returned\b.*\bfrom$", re.IGNORECASE)
_GOING_HOME = re.compile(
    r"\b(?:fly|flew|head(?:ed)?|travel(?:l?ed)?|go|went|return(?:ed|s)?)\s+(?:back|home)\b"
)
_VISITING = re.compile(r"\bvisiting\b", re.I)
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:currently\s+)?on\b")
_HERE = re.compile(r"\bhere\b")
_INVITED_TO = re.compile(
    r"\binvit\w*\b[^.;]{0,120}\bto\s+(?:pay|make|visit|come|travel)\b[^.;]{0,40}$", re.I
)
# "at the invitation of Romania's Foreign Minister X": the host, not the one who travels
_INVITER = re.compile(r"\b(?:invitation of|invited by)\b[^,;.]*$", re.I)
_RECALLED = re.compile(
    r"\brecall\w*|\bpreviously\b|\blast (?:year|month|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|\bin (?:19|20)\d\d\b",
    re.I,
)
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;]*")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_OTHER_CLAUSE = re.compile(
    r";|,\s+(?:who|which|while|whereas|but)\b|\b(?:that|which|who)\s+(?:will|would)\b|"
    # "is expected to visit China this year, following his meeting with X on March 14"
    r",\s+(?:following|after|before|ahead of)\b",
    re.I,
)
_DELEGATION_LED_BY = re.compile(r"\bdelegation\b[^.;]{0,60}?\b(?:led|headed)\s+by\b", re.I)
_ON_BEHALF_OF = re.compile(
    r"\b(?:[Rr]epresentative|[Ee]nvoy|[Ee]missary|[Aa]dviser|[Aa]ide|on behalf)\s+(?:of|to)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_POSSESSIVE_TRIGGER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
_EVENT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:visit|trip|tour|talks|meeting|summit|negotiations|discussions|"
    r"consultations)\b",
    re.I,
)
_TITLED_AND = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")
_AND_AS_WELL = re.compile(
    # "Benin, from 22 to 23 October; the Republic of Guinea, from 23 to 24; and Nigeria"
    r"(?:,?\s*(?:from|on|between)\s+[\w\s-]{1,30}?)?"
    r"\s*(?:,|;|and|, and|; and|as well as)\s*(?:the\s+)?(?:Republic\s+of\s+)?"
)
_NOT_TOWARDS = re.compile(
    # not "the ex-Soviet nation of Tajikistan", "the German city of Mainz": the place itself
    r"\b(with|from|(?<!nation )(?<!country )(?<!state )(?<!republic )(?<!kingdom )(?<!city )"
    # nor "a tour of Tonga": where the tour goes
    r"(?<!capital )(?<!town )(?<!island )(?<!emirate )(?<!tour )of|between|and|leave|leaving)"
    r"\s+(the\s+)?$"
)
_SPEAKER_IN = re.compile(
    r"\b(?:ministry|office|embassy|officials?|sources?|spokes\w+|agency)\s+in\s+$", re.I
)
_SAID_AFTER = re.compile(r"\s+(?:said|says|reported|announced)\b")
_SUMMIT_WORD = re.compile(r"\b(summit|trilateral|multilateral|round ?table)\b", re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:be|been|was|were|is|are)\s+(?:\w+\s+)?(?:received|hosted|welcomed)\s+by\b", re.I
)
_THE_OFFICIAL = re.compile(
    r"\b(?:the (?:\w+ ){0,3}(?:minister|president|leader|diplomat|envoy|secretary|head|dignitary|guest|"
    r"(?-i:FM))\b)",
    re.I,
)
# "converged on Abuja": where a gathering met
_IN_CITY = re.compile(r"\b(?:in|at|converged\s+on)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class _Memory:
    """What earlier sentences established: the salient person and the last participants."""

    salient: PersonRef | None = None
    last_participants: tuple[PersonRef, ...] = ()
    visits: list[Visit] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)


def extract_events(doc: Document) -> tuple[list[Visit], list[Meeting], dict[int, list[Meeting]]]:
    """Visits and meetings of the article; also meetings by sentence, for discussions."""
    memory = _Memory()
    by_sentence: dict[int, list[Meeting]] = {}
    previous: list[Visit] = []
    for sentence in doc.sentences:
        people = context.persons(doc, sentence)
        visits = _visits_in(doc, sentence, people, memory)
        if not visits and any_in(
            sentence.lower,
            (
                "skip",
                "miss",
                "boycott",
                "not attend",
                "not take part",
                "not participate",
                "not be able to attend",
                "not to attend",
            ),
        ):
            visits = _skipped(doc, sentence, people)
        visits += _companions(doc, sentence, people, visits or previous, bool(visits))
        previous = visits
        meetings = _meetings_in(doc, sentence, people, memory)
        for visit in visits:
            _merge_visit(memory.visits, visit, doc.date)
        for meeting in meetings:
            _merge_meeting(memory.meetings, meeting)
        if meetings:
            by_sentence[sentence.index] = meetings
            memory.last_participants = meetings[-1].participants
        # the sentence's subject: its first person who is not a possessive ("Tokayev's office")
        actors = [
            m
            for m in people
            if doc.article.text[m.end : m.end + 2] not in ("'s", "’s")
            # a spokesperson quoted at the end is not the story's subject; "Cameron told
            # reporters he ..." is
            and not (
                context.attributed(doc, m)
                and any(q in doc.article.text[sentence.start : m.start] for q in '"”“')
            )
            and not _INVITER.search(doc.article.text, max(0, m.start - 60), m.start)
        ]
        # a spokesperson reporting ("spokesman John Kirby said the visit ...") is not whom a
        # later "he" means
        actors = [
            m
            for m in actors
            if not (
                context.attributed(doc, m)
                and isinstance(m.ref, PersonRef)
                and (e := doc.persons.get(m.ref.key)) is not None
                and e.role == "spokesperson"
            )
        ]
        # "In Nigeria, he would meet Buhari": with a pronoun for subject, the salient person
        # stays who it was
        # (on a slice: "^" never matches at a search's start offset, only the string's)
        subject_pronoun = actors and _SUBJECT_PRONOUN.search(
            doc.article.text[sentence.start : actors[0].start]
        )
        if actors and not subject_pronoun:
            memory.salient = (
                actors[0].ref if isinstance(actors[0].ref, PersonRef) else memory.salient
            )
    visits = _departures(doc, memory.visits)
    gathered = memory.meetings + _gatherings(doc, memory.meetings) + _delegations(doc, memory)
    gathered += _hosts_who_invited(doc, visits, gathered)
    gathered += _discussed_with(doc, gathered)
    meetings = [_place_from_visits(m, visits) for m in _grow_summits(doc, gathered)]
    # "Xi received Wang Yi", an ambassador greeting his own president at the airport: officials
    # of one state meeting each other is no diplomatic meeting
    meetings = [m for m in meetings if not _compatriots(doc, m.participants)]
    visits = visits + implied_visits(doc, meetings, visits)
    # "at the invitation of President Salome Zourabichvili": a head of state at home is no visitor
    visits = [v for v in visits if context.home_of(doc, v.visitor) != v.destination]
    # an ambassador who "came to say good-bye in Hanoi": a resident envoy, not a visitor (one
    # who "visited Ukraine" did travel)
    visits = [
        v
        for v in visits
        if _role_of(doc, v.visitor) != "ambassador" or _TRIP_WORD.search(v.evidence[0].quote)
    ]
    by_sentence = {
        index: [_final(m, meetings) for m in found] for index, found in by_sentence.items()
    }
    for (
        meeting
    ) in meetings:  # gathered summits have no sentence of their own: file them by evidence
        for evidence in meeting.evidence:
            listed = by_sentence.setdefault(evidence.sentence_index, [])
            if meeting not in listed:
                listed.append(meeting)
    return visits, meetings, by_sentence


_SPOUSE = re.compile(
    r"\b(?:first lady|first gentleman|his wife|her husband|spouse)\s*,?\s*$", re.IGNORECASE
)
_NEVER_MET = re.compile(r"\b(?:not|never|no longer)\b", re.IGNORECASE)
_THE_TWO = re.compile(
    r"\b(?:the two|both)\s+(?P<who>leaders|presidents|heads of state|prime ministers|premiers|"
    r"foreign ministers|ministers|top diplomats)\b",
    re.IGNORECASE,
)
_THE_TWO_ROLES = {
    "leaders": {"head_of_state", "head_of_government"},
    "presidents": {"head_of_state"},
    "heads of state": {"head_of_state"},
    "prime ministers": {"head_of_government"},
    "premiers": {"head_of_government"},
    "foreign ministers": {"foreign_minister"},
    "ministers": {"foreign_minister", "minister"},
    "top diplomats": {"foreign_minister"},
}


def _the_two_named_before(
    doc: Document, sentence: Sentence, clause: str
) -> tuple[PersonRef, PersonRef] | None:
    """The two people "the two leaders" means, when no meeting named them yet: exactly two
    holders of that office in the three sentences before, or none."""
    the_two = _THE_TWO.search(clause)
    if the_two is None:
        return None
    roles = _THE_TWO_ROLES[the_two.group("who").lower()]
    found: list[PersonRef] = []
    for earlier in doc.sentences[max(0, sentence.index - 3) : sentence.index]:
        for m in context.persons(doc, earlier):
            if (
                isinstance(m.ref, PersonRef)
                and _role_of(doc, m.ref) in roles
                and m.ref.key not in {p.key for p in found}
            ):
                found.append(m.ref)
    return (found[0], found[1]) if len(found) == 2 else None


_DISCUSSED_WITH = re.compile(
    r"\b(?:discuss(?:ed|es)?|exchanged views|exchanged opinions|co-chaired|co-chairs|co-hosted)\b"
    r"(?:\s+(?:on\s+)?[^.;:]{0,80}?)?"
    r"\s+with\s+(?=(?-i:[A-Z])|his\s|her\s)",
    re.IGNORECASE,
)
_PAIR_DISCUSSED = re.compile(
    r"\s*(?:,\s*)?(?:have\s+|has\s+|also\s+|jointly\s+)?(?:discussed|exchanged views|"
    r"exchanged opinions|co-chaired|co-chair)\b",
    re.IGNORECASE,
)


def _discussed_with(doc: Document, meetings: list[Meeting]) -> list[Meeting]:
    """ "Abiy discussed on bilateral issues with Hamdok, Conde and Othmani", "Abiy and Kiir
    have exchanged views on ...": they met, though no sentence says "met". Only a pair no
    other meeting of the story already holds (a call's "discussed with" is that call)."""
    have = {frozenset(p.key for p in m.participants) for m in meetings}
    found: list[Meeting] = []
    for sentence in doc.sentences:
        if not any_in(sentence.lower, ("discuss", "exchanged", "co-chair", "co-host")):
            continue
        people = [m for m in context.persons(doc, sentence) if not context.attributed(doc, m)]
        people = [m for m in people if isinstance(m.ref, PersonRef)]
        if len(people) < 2:
            continue
        groups: list[tuple[PersonRef, PersonRef]] = []
        trigger = _DISCUSSED_WITH.search(sentence.text)
        if trigger is not None:
            at = sentence.start + trigger.start()
            before = [m for m in people if m.end <= at]
            after = [m for m in people if m.start >= sentence.start + trigger.end()]
            if before and after:
                subject = before[-1].ref
                groups = [(subject, o.ref) for o in _listed_after(doc, after)]  # type: ignore[misc]
        else:
            for a, b in zip(people, people[1:], strict=False):
                gap = _untitled(doc, a.end, b.start)
                if (
                    _TITLED_AND.fullmatch(gap)
                    and " and " in f" {gap} "
                    and _PAIR_DISCUSSED.match(doc.article.text, b.end)
                ):
                    groups = [(a.ref, b.ref)]  # type: ignore[list-item]
        for a, b in groups:
            pair = frozenset((a.key, b.key))
            if a.key == b.key or pair in have:
                continue
            have.add(pair)
            start, end = _dates(doc, sentence, 0)
            found.append(
                Meeting(
                    evidence=(doc.evidence(sentence),),
                    confidence=0.6,
                    participants=tuple(sorted((a, b), key=lambda p: p.key)),
                    status="planned" if context.future(sentence.text) else "completed",
                    start=start,
                    end=end,
                    place=_place(doc, sentence),
                    # "discussed ... over the phone": how they met, said after what
                    mode=next(
                        (mode for mode, p in MEETING_TRIGGERS[:2] if p.search(sentence.text)),
                        "in_person",
                    ),
                )
            )
    return found


_INVITATION_OF = re.compile(r"\b(?:at the invitation of|invited by|on the invitation of)\b", re.I)


_TRIP_WORD = re.compile(r"\b(?:visit\w*|trip|tour\w*|travel\w*)\b", re.IGNORECASE)


def _compatriots(doc: Document, participants: tuple[PersonRef, ...]) -> bool:
    states = set()
    for person in participants:
        entity = doc.persons.get(person.key)
        if entity is None or entity.state is None or entity.state_inferred:
            return False
        states.add(entity.state.iso3)
    return len(states) == 1


def _role_of(doc: Document, person: PersonRef) -> str | None:
    entity = doc.persons.get(person.key)
    return entity.role if entity is not None else None


def _is_spouse(doc: Document, person: PersonRef) -> bool:
    return any(
        m.kind == "person"
        and m.ref is not None
        and m.ref.key == person.key
        and _SPOUSE.search(doc.article.text, max(0, m.start - 25), m.start) is not None
        for m in doc.mentions
    )


def _hosts_who_invited(
    doc: Document, visits: list[Visit], meetings: list[Meeting]
) -> list[Meeting]:
    """ "Lavrov will pay a working visit to Washington at the invitation of Pompeo": the guest
    meets the host who invited him, though no sentence says "meet"."""
    have = {frozenset(p.key for p in m.participants) for m in meetings}
    found: list[Meeting] = []
    for visit in visits:
        if visit.status == "cancelled" or visit.hedged:
            continue
        evidence = visit.evidence[0]
        sentence = doc.sentences[evidence.sentence_index]
        invitation = _INVITATION_OF.search(sentence.text)
        if invitation is None or _is_spouse(doc, visit.visitor):
            continue  # "together with his spouse Nouneh Sarkissian": she holds no talks
        after = sentence.start + invitation.end()
        people = context.persons(doc, sentence)
        if not any(
            isinstance(m.ref, PersonRef) and m.ref.key == visit.visitor.key and m.end <= after
            for m in people
        ):
            continue  # the traveller is named before the invitation, the host after it
        hosts = [
            m
            for m in people
            if after <= m.start < after + 120
            and isinstance(m.ref, PersonRef)
            and m.ref.key != visit.visitor.key
            and not context.attributed(doc, m)  # "..., spokesperson Hua Chunying announced"
            and context.home_of(doc, m.ref) in (None, visit.destination)
        ]
        listed = _listed_after(doc, hosts)
        for host in context.unique_refs(listed):
            pair = frozenset((visit.visitor.key, host.key))
            if pair in have:
                continue
            have.add(pair)
            found.append(
                Meeting(
                    evidence=(evidence,),
                    confidence=0.6,
                    participants=tuple(sorted((visit.visitor, host), key=lambda p: p.key)),
                    status="planned" if visit.status == "planned" else "completed",
                    place=visit.city,
                )
            )
    return found


_ACCOMPANIED = re.compile(r"\b(?:accompanied by|together with|along with)\s", re.IGNORECASE)
_IS_ACCOMPANIED = re.compile(
    r"\b(?:is|are|was|were|will be)\s+(?:also\s+)?accompanied by\s", re.IGNORECASE
)


def _companions(
    doc: Document, sentence: Sentence, people: list[Mention], visits: list[Visit], here: bool
) -> list[Visit]:
    """ "will travel to Fiji, together with Minister Conroy"; "They are accompanied by X".

    A companion makes the same trip: in the sentence of the visit, or in the next one when it
    says only who came along.
    """
    if not visits or ("ccompan" not in sentence.lower and "with" not in sentence.lower):
        return []
    cue = (_ACCOMPANIED if here else _IS_ACCOMPANIED).search(sentence.text)
    if cue is None:
        return []
    stop = _CLAUSE_STOP.search(sentence.text, cue.end())
    end = sentence.start + (stop.start() if stop else len(sentence.text))
    travellers = {v.visitor.key for v in visits}
    companions = context.unique_refs(
        [m for m in people if sentence.start + cue.end() <= m.start < end]
    )
    return [
        replace(v, visitor=c, confidence=0.7, evidence=(doc.evidence(sentence),))
        for c in companions
        if c.key not in travellers
        for v in visits
    ]


_CLAUSE_STOP = re.compile(r";|,\s+(?:who|which|where|while)\b|\.\s")


_LEFT = re.compile(
    r"\b(?:left|departed(?: from)?|has left|have left)\s+(?:the\s+)?$", re.IGNORECASE
)


def _departures(doc: Document, visits: list[Visit]) -> list[Visit]:
    """ "After the talks the leaders left Minsk": visits under way there are over.

    Wire copy filed after a summit still says who "arrived"; a later sentence that has them
    leave the city makes those visits completed.
    """
    ended: set[tuple[str, str]] = set()
    for sentence in doc.sentences:
        if "left" not in sentence.lower and "depart" not in sentence.lower:
            continue
        for m in doc.mentions_in(sentence, {"city"}):
            if not isinstance(m.ref, CityRef) or not _LEFT.search(
                doc.article.text, sentence.start, m.start
            ):
                continue
            if doc.article.text[m.end : m.end + 5].strip().startswith("for"):
                continue  # "left Beijing for Jakarta" is a new trip
            before = doc.article.text[sentence.start : m.start]
            named = {
                p.ref.key
                for p in context.persons(doc, sentence)
                if p.start < m.start and isinstance(p.ref, PersonRef)
            }
            group = bool(context.GROUP.search(before))
            for v in visits:
                if v.city == m.ref and (v.visitor.key in named or (group and not named)):
                    ended.add((v.visitor.key, m.ref.name))
    return [
        replace(v, status="completed")
        if v.status == "ongoing" and v.city and (v.visitor.key, v.city.name) in ended
        else v
        for v in visits
    ]


def _final(meeting: Meeting, meetings: list[Meeting]) -> Meeting:
    """The merged, grown meeting that a sentence's own reading of it ended up in."""
    keys = {p.key for p in meeting.participants}
    candidates = [
        m for m in meetings if m.mode == meeting.mode and keys <= {p.key for p in m.participants}
    ]
    return min(candidates, key=lambda m: len(m.participants)) if candidates else meeting


# --- visits -----------------------------------------------------------------------------------


def _visits_in(
    doc: Document, sentence: Sentence, people: list[Mention], memory: _Memory
) -> list[Visit]:
    found: list[Visit] = []
    text = sentence.text
    if not _hinted(sentence, _VISIT_HINTS):
        return found
    places = [m for m in doc.mentions_in(sentence, {"state", "city"})]
    claimed: list[tuple[int, int]] = []
    for status, trig in _VISIT_ANY.finditer(sentence):
        if any(trig.start() < e and s < trig.end() for s, e in claimed):
            continue
        t_start, t_end = sentence.start + trig.start(), sentence.start + trig.end()
        before = text[max(0, trig.start() - 40) : trig.start()]
        during = trig.group()[:6].lower() == "during"
        if (_NOT_A_VISIT.search(before) and not during) or _NOT_A_VISIT.search(trig.group()):
            continue  # "invited Trump for a state visit" (but "during her trip to" happened)
        if _INVITED_TO.search(text, 0, trig.end()):
            continue  # "conveyed an invitation from Orbán to Tokayev to pay a visit to Hungary"
        is_visiting_adj = trig.group().lower() == "visiting"
        if _BACK_HOME.match(text[trig.end() :]) or (
            _GOING_HOME.search(text[max(0, trig.start() - 10) : trig.end() + 10])
            and not _RETURNED_FROM.match(trig.group())
        ):
            continue  # going home is not a visit ("returned home from Australia" ended one)
        clause = context.clause_around(text, trig.start(), trig.end())
        if context.DENY.search(clause) or context.HEDGE.search(clause):
            continue  # denied or only speculated: not a visit of record
        visit_by = trig.group().lower().endswith((" by", " of"))
        visitors = (
            []
            if visit_by
            else _visitors(doc, sentence, people, t_start, t_end, memory, is_visiting_adj)
        )
        owned = _OWNER.search(text, max(0, trig.start() - 40), trig.end())
        if (
            owned is not None
            and owned.end() > trig.start()  # the trigger's own noun, not an earlier one's
            and owned.group(1) not in _CALENDAR_WORDS
        ):
            # "Nazarbayev's visit to the US", "during Nazarbayev's visit": the possessor's trip,
            # whoever else is named (not "Wednesday's visit")
            owner_end = sentence.start + owned.end(1)
            visitors = [
                m.ref for m in people if m.end == owner_end and isinstance(m.ref, PersonRef)
            ][:1]
        if status == "noun" and not visitors:
            # "visit of Lithuanian Minister of Foreign Affairs Linas Linkevicius": titles aside
            after = [
                m
                for m in people
                if m.start >= t_end
                and m.start - t_end < 80
                and len(_untitled(doc, t_end, m.start)) < 40
            ]
            visitors = [m.ref for m in after[:1] if isinstance(m.ref, PersonRef)]
        for visitor in visitors:
            entity = doc.persons.get(visitor.key)
            home = entity.state if entity is not None else None
            if (entity is None or entity.role is None) and _PRIVATE.search(text):
                continue  # a former leader's "private humanitarian trip" is no state visit
            # "a visit by Saudi Arabia Crown Prince X": the visitor's title, not a way home
            if (
                not visit_by
                and home is not None
                and _heads_home(places, t_end, home, doc.article.text)
            ):
                continue  # "was scheduled to depart for Japan": the trip's end, not a visit
            our_country = _OUR_COUNTRY.match(text, trig.end())
            here_country = our_country is not None and doc.dateline_state is not None
            if here_country:
                # "a visit to our country", "who is on a visit to the country to attend a meeting
                # of A, B and C": the dateline's country, not the first one named after
                destination, city = doc.dateline_state, doc.dateline_city
            else:
                # "left Manila for Hanoi": where the trip goes is named after "for"
                from_ = t_end if _LEFT_X_FOR.match(trig.group()) else t_start
                destination, city = _destination(doc, places, from_, t_end, sentence, home)
            if destination is None and _RETURNED_FROM.match(trig.group()):
                # "returned from Australia on Friday": where he was is named after "from"
                right_after = [m for m in places if 0 <= m.start - t_end <= 5]
                if right_after:
                    destination, city = _place_of(right_after[0], home)
            if destination is None and our_country is not None and home is not None:
                # no dateline: "... Azerbaijan's application was affirmed during Putin's visit
                # to the country": the one state named just before that is not his own
                named = {
                    m.ref
                    for source in doc.sentences[max(0, sentence.index - 1) : sentence.index + 1]
                    for m in doc.mentions_in(source, {"state"})
                    if m.start < t_start and isinstance(m.ref, StateRef) and m.ref != home
                }
                if len(named) == 1:
                    destination, city = named.pop(), None
            if destination is None and status == "noun":
                # "Cavusoglu's visit will take place on Jan. 13-14": the trip already named
                prior = {
                    v.destination.iso3: v for v in memory.visits if v.visitor.key == visitor.key
                }
                if len(prior) == 1:
                    only = next(iter(prior.values()))
                    destination, city = only.destination, only.city
            if destination is None and is_visiting_adj:
                destination, city = doc.dateline_state, doc.dateline_city
            if destination is None and is_visiting_adj:
                # "Kazakh Foreign Minister X met with visiting ... Wang Yi": the host's country
                hosts = {
                    h
                    for m in people
                    if m.end <= t_start
                    and isinstance(m.ref, PersonRef)
                    and (h := context.home_of(doc, m.ref)) is not None
                }
                if len(hosts) == 1:
                    destination = hosts.pop()
            if destination is None and _THE_CAPITAL.match(text, trig.end()):
                destination, city = _last_capital(doc, sentence, home)
            if destination is None:
                destination, city = _destination_from_meetings(visitor, home, memory)
            attending = _ATTENDING.match(trig.group()) is not None
            if attending and _REMOTE.search(clause):
                continue  # "took part in the summit via video link": no journey
            if attending and any(v.visitor.key == visitor.key for v in found):
                continue  # "will go to Kazakhstan to attend a meeting on ... Syria": one trip
            if destination is None and (
                _ARRIVAL.match(trig.group()) or (attending and status == "ongoing")
            ):
                # "GENEVA (AFP) - ... Biden arrived on Tuesday from Brussels": the dateline
                destination, city = doc.dateline_state, doc.dateline_city
            if destination is None and attending and _THE_GATHERING.search(trig.group()):
                # "The G20 summit will be held in Delhi ... Kishida will attend the summit":
                # the gathering named shortly before, in the one city named with it
                destination, city = _gathering_place(doc, sentence, home)
            if destination is None and attending and _UNGA.search(text, trig.start()):
                # "will attend the UN General Assembly": it sits in New York
                gazetteer = build_gazetteer()
                destination = gazetteer.state("USA")
                city = next(
                    (r for k, r in gazetteer.entities.lookup("New York") if k == "city"), None
                )  # type: ignore[assignment]
            if destination is None or destination == home:
                continue  # an official at home is not on a visit
            after = [m for m in places if m.start >= t_start]
            stops = [(destination, city)]
            if not here_country:
                stops += _more_stops(doc, after, destination, home)
            visit_status = status
            if status == "ongoing" and _VISITING.search(trig.group()):
                visit_status = _visiting_status(text)
            if status == "noun" or during:
                # "during his stay in Cairo": a mention of the visit; the sentence's tense rules
                visit_status = _noun_status(text)
                if visit_status == "completed" and _AHEAD.search(text, trig.end(), trig.end() + 50):
                    # "discussed Xi Jinping's state visit to Japan next year": ahead
                    visit_status = "planned"
                if status == "noun" and _AFTER_THE.search(text, 0, trig.start()):
                    visit_status = "completed"  # "Following the visit to North Korea by X"
                elif status == "noun" and _FOR_A.search(text, 0, trig.start()):
                    visit_status = "planned"  # "agreed to push for a visit to Seoul by Xi"
                elif (
                    status == "noun"
                    and _ONWARD_AT.match(trig.group())
                    and _ARRIVED_BEFORE.search(text, 0, trig.start())
                ):
                    visit_status = "planned"  # "arrived in Paris on Monday before heading to"
            if (
                visit_status == "completed"
                and _HAS_PAID.search(text, max(0, trig.start() - 5), trig.end())
                and _CURRENT_VISIT.search(doc.article.text)
            ):
                visit_status = "ongoing"  # "has paid a visit to X ... The current visit is ..."
            start, end = _dates(doc, sentence, trig.start())
            if _RETURNED_FROM.match(trig.group()) and end is None:
                start, end = None, start  # "returned home on Friday from": the day it ended
            if status == "noun" and _ON_THE_EVE.search(text, 0, trig.start()):
                # "issued a statement yesterday on the eve of his visit to Turkey": the visit
                # begins the day after the date the sentence gives
                start = start + dt.timedelta(days=1) if start else None
                end = None
                if start is not None and doc.date is not None and start >= doc.date:
                    visit_status = "planned"
            elif (
                status == "noun"
                and _BEFORE_LEAVING.match(trig.group())
                and start is not None
                and start == doc.date
                # a word said on leaving; "held talks today before flying to Amman" is a trip
                # whose next leg is made by the time the story runs
                and _SAID_BEFORE_LEAVING.search(text, 0, trig.start())
            ):
                visit_status = "planned"  # "a statement today before flying to Washington"
            if (
                (visit_status == "completed" or _PRESENT_TRAVEL.match(trig.group()))
                and start
                and doc.date
                and (
                    start > doc.date
                    # "trip to China, slated for November 27-30, was authorized" on the 27th
                    or (
                        status == "noun"
                        and start == doc.date
                        and _SLATED.search(text)
                        and not _BEGAN.search(text)
                    )
                )
            ):
                visit_status = "planned"  # dated after the story was filed: not over yet
            elif _PRESENT_TRAVEL.match(trig.group()) and _AHEAD.search(trig.group()):
                visit_status = "planned"  # "is traveling next week to Davos"
            earlier = _came_from(doc, places, t_end, home, destination)
            for stop, stop_city in stops:
                found.append(
                    Visit(
                        evidence=(doc.evidence(sentence),),
                        # "Quang's first visit to China": a mention, less telling than a verb
                        confidence=0.7
                        if status == "noun" or during
                        else (0.85 if visit_status != "planned" else 0.8),
                        visitor=visitor,
                        destination=stop,
                        status=_status(text, visit_status),
                        city=stop_city,
                        start=start if stop == destination else None,
                        end=end if stop == destination else None,
                        hedged=False,
                    )
                )
            if earlier is not None and status == "ongoing":
                found.append(
                    Visit(
                        evidence=(doc.evidence(sentence),),
                        confidence=0.7,
                        visitor=visitor,
                        destination=earlier[0],
                        status="completed",
                        city=earlier[1],
                        start=None,
                        end=None,
                        hedged=False,
                    )
                )
            claimed.append((trig.start(), trig.end()))
    return found


_FROM_WHERE = re.compile(r"\s*,\s+where\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


_THE_CAPITAL = re.compile(r"\s*(?:in|to|at)?\s*the\s+(?:country's\s+)?capital\b", re.I)


def _last_capital(
    doc: Document, sentence: Sentence, home: StateRef | None
) -> tuple[StateRef | None, CityRef | None]:
    """ "arrived in the capital yesterday": the capital the story last named (or its dateline)."""
    gazetteer = build_gazetteer()
    for m in reversed(doc.mentions):
        if m.kind != "city" or m.start >= sentence.start or not isinstance(m.ref, CityRef):
            continue
        iso3 = m.ref.state_iso3
        if iso3 and gazetteer.reference.states[iso3].capital == m.ref.name:
            state = gazetteer.state(iso3)
            return (None, None) if home is not None and state == home else (state, m.ref)
    city = doc.dateline_city
    if city is not None and city.state_iso3 and (home is None or city.state_iso3 != home.iso3):
        return gazetteer.state(city.state_iso3), city
    return None, None


def _came_from(
    doc: Document, places: list[Mention], t_end: int, home: StateRef | None, dest: StateRef
) -> tuple[StateRef, CityRef | None] | None:
    """ "arrived in Astana from Uzbekistan, where he had held talks": the last stop."""
    text = doc.article.text
    for m in places:
        if m.start < t_end or not _FROM_BEFORE.search(text, max(0, m.start - 10), m.start):
            continue
        if not _FROM_WHERE.match(text, m.end):
            continue
        iso3 = m.ref.iso3 if isinstance(m.ref, StateRef) else getattr(m.ref, "state_iso3", None)
        if iso3 is None or iso3 == dest.iso3 or (home is not None and iso3 == home.iso3):
            return None
        city = m.ref if isinstance(m.ref, CityRef) else None
        return build_gazetteer().state(iso3), city
    return None


def _heads_home(places: list[Mention], t_end: int, home: StateRef, doc_text: str) -> bool:
    """The first place right after the trigger is the traveller's own state."""
    after = next((m for m in places if m.start >= t_end), None)
    if after is None or after.start - t_end > 12:
        return False
    if "from" in doc_text[t_end : after.start]:
        return False  # "flew in from Moscow": where the trip began
    iso3 = after.ref.iso3 if isinstance(after.ref, StateRef) else after.ref.state_iso3
    return iso3 == home.iso3


def _visiting_status(text: str) -> str:
    tense = sentence_tense(text)
    return "planned" if tense == "future" else "ongoing"


_AFTER_THE = re.compile(
    r"\b(?:following|after)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_FOR_A = re.compile(
    r"\b(?:for|towards?|to (?:arrange|organi[sz]e|prepare|plan))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_GOES_ON = re.compile(
    r"\b(?:continues|proceeds|is (?:under ?way|in progress|taking place|going on))\b", re.I
)


_ARRIVAL_OPENER = re.compile(r"(?:upon|on|after)\s+(?:\w+\s+)?arrival|Arriving\b", re.I)
_ONWARD_AT = re.compile(
    r"(?:before\s+\w+|continu\w*|moving|going|heading|travell?ing|flying)\s+(?:on\s+)?to\b", re.I
)
# "travels to", "is travelling next week to": the present for a trip ahead once it is dated
_PRESENT_TRAVEL = re.compile(r"travels\b|(?:is|are)\s+(?:travel|fly|head)", re.IGNORECASE)
_BEGAN = re.compile(r"\b(?:began|begun|begins|started|opened|kicked off|arrived|landed)\b", re.I)
_SLATED = re.compile(r"\b(?:slated|scheduled|set|planned|due)\s+(?:for|from)\b", re.I)
_SAID_BEFORE_LEAVING = re.compile(r"\b(?:statement|said|says|told|remarks)\b", re.IGNORECASE)
_ON_THE_EVE = re.compile(r"\bon the eve of\s+$", re.IGNORECASE)
_BEFORE_LEAVING = re.compile(r"before\s+(?:flying|leaving|departing|heading|travell?ing)\b", re.I)
_ARRIVED_BEFORE = re.compile(
    r"\b(?:arrived|arrives|has arrived|landed|is (?:on|in|visiting)|are (?:on|in|visiting))\b", re.I
)


_AHEAD = re.compile(
    r"\b(?:next|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|"
    r"\blater\s+this\s+(?:week|month|year)\b|\bin\s+the\s+coming\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)


def _noun_status(text: str) -> str:
    if context.FUTURE.search(text):
        return "planned"
    if _IS_ON.search(text) or _GOES_ON.search(text):
        return "ongoing"
    return "completed"


def _status(text: str, status: str) -> str:
    if context.CANCEL.search(text):
        return "cancelled"
    return status


_SUBJECT_PRONOUN = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:he|she)\s+(?!said|says)\w+", re.I)
_AND_WILL = re.compile(
    r"\s*(?:,\s*)?and\s+(?:then\s+)?((?:will|would|is to|are to|later|also)\b[^,;.]*)?$",
    re.IGNORECASE,
)
_MODAL = re.compile(r"(?:will|would|is to|are to|shall)\b", re.IGNORECASE)
_UNGA = re.compile(r"\b(?:U\.?N\.?|United Nations)\s+(?:General\s+)?[Aa]ssembly\b")
_LEFT_X_FOR = re.compile(r"(?:left|departed|leave|depart)\s+(?!for\b).*\bfor$", re.I | re.S)
_HAS_PAID = re.compile(r"\bha(?:s|ve)\s+(?:paid|made)\b", re.I)
_CURRENT_VISIT = re.compile(
    r"\b(?:current|ongoing|present)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b", re.I
)
# "will attend the summit", "will not attend the session", "skipped the meeting": the gathering
# named before
_THE_GATHERING = re.compile(
    r"\b(?:attend\w*|take part|taking part|took part|participat\w+|skip\w*|miss|boycott\w*)"
    r"(?:\s+in)?\s+the\s+(?:summit|meeting|forum|conference|session|event)\b",
    re.IGNORECASE,
)


def _gathering_place(
    doc: Document, sentence: Sentence, home: StateRef | None
) -> tuple[StateRef | None, CityRef | None]:
    for source in reversed(doc.sentences[max(0, sentence.index - 4) : sentence.index]):
        if not _GATHERING.search(source.text):
            continue
        cities = [
            c.ref
            for c in doc.mentions_in(source, {"city"})
            if isinstance(c.ref, CityRef)
            and c.ref.state_iso3
            and not (c.start == 0 and c.ref == doc.dateline_city)  # where it is filed
        ]
        if not cities:
            continue  # "will attend the summit" again
        if len({c.state_iso3 for c in cities}) != 1:
            return None, None  # the nearest gathering named with a place decides
        if home is not None and cities[0].state_iso3 == home.iso3:
            return None, None
        return build_gazetteer().state(cities[0].state_iso3), cities[0]
    return None, None


_ATTENDING = re.compile(
    r".*?\b(?:attend|attending|attended|take part|taking part|took part|participat\w+)\b", re.I
)
_REMOTE = re.compile(r"\b(?:video|online|virtual\w*|remotely|videoconference)\b", re.I)
_ARRIVAL = re.compile(r"(?:has |have )?(?:arrived|arrives|landed|lands|flew in|flies in)$", re.I)
_PRIVATE = re.compile(r"\bprivate\s+(?:\w+\s+)?(?:visit|trip|mission)\b", re.IGNORECASE)
_PAST_MARK = re.compile(
    r"\b(?:last|previous) (?:week|month|year)\b|\bearlier this (?:week|month|year)\b|"
    r"\b\d+ (?:days|weeks|months|years) ago\b",
    re.IGNORECASE,
)
_OUR_COUNTRY = re.compile(
    # "Blinken, who is visiting the country": the dateline's
    r"\s+(?:(?:to|in)\s+)?(?:our|this|the)\s+(?:country|nation)\b",
    re.IGNORECASE,
)
_HIS = re.compile(r"(?:during\s+)?(?:his|her)\s", re.IGNORECASE)
_DURING_A = re.compile(r"during\s+an?\s", re.IGNORECASE)


def _visitors(
    doc: Document,
    sentence: Sentence,
    people: list[Mention],
    t_start: int,
    t_end: int,
    memory: _Memory,
    visiting_adj: bool,
) -> list[PersonRef]:
    """Who travels: the subject before the trigger ("Medvedev, Singh and Zuma arrived")."""
    if visiting_adj:
        # "met with visiting member of the State Council, Foreign Minister of China Wang Yi"
        after = [
            m
            for m in people
            if m.start >= t_end
            and m.start - t_end < 100
            and len(_untitled(doc, t_end, m.start)) < 60
        ]
        return [after[0].ref] if after and isinstance(after[0].ref, PersonRef) else []
    before = [m for m in people if m.end <= t_start and not context.attributed(doc, m)]
    if not before and _ARRIVAL_OPENER.match(doc.article.text, t_start):
        # "Upon his arrival in Helsinki on Monday, Zarif said": the main clause's subject
        comma = doc.article.text.find(",", t_end, sentence.end)
        after = [m for m in people if comma >= 0 and comma < m.start < comma + 80]
        if after and isinstance(after[0].ref, PersonRef):
            return [after[0].ref]
    if _ONWARD_AT.match(doc.article.text, t_start):
        # "... to attend to Tillerson's Seoul visit, before heading to Vietnam": a possessor
        # does not travel on; the clause's subject does
        before = [m for m in before if doc.article.text[m.end : m.end + 2] not in ("'s", "’s")]
    and_verb = before and _AND_WILL.match(doc.article.text, before[-1].end, t_start)
    if and_verb and (and_verb.group(1) or _MODAL.match(doc.article.text, t_start)):
        # "He will meet PM X and FM Y and will go to Phnom Penh": the first verb's subject
        clause = doc.article.text[sentence.start : before[0].start]
        if context.PRONOUN.search(clause) and memory.salient is not None:
            return [memory.salient]
        return context.unique_refs(before[:1]) if not clause.strip() else []
    everyone = [m for m in people if m.end <= t_start]
    if len(everyone) >= 2 and everyone[0] not in before and _HIS.match(doc.article.text, t_start):
        # "Blinken emphasized concern ... and briefed Colonna on his recent visit": the
        # subject's, though "emphasized" also marks him as a speaker
        before = everyone
    if len(before) >= 2 and _THE_TWO_BEFORE.search(doc.article.text, before[-1].end, t_start):
        # "telephoned his Cuban counterpart Raul Castro a day before the two men arrived in
        # Panama": both of them
        two = context.unique_refs(before)[-2:]
        if len(two) == 2:
            return two
    if len(before) == 2 and _DURING_A.match(doc.article.text, t_start):
        # "X will meet Y during a working visit to Beijing": the subject's trip, or else the
        # other's ("Putin met Modi during a visit to Moscow"); one of them is at home there
        return context.unique_refs(before)
    if len(before) >= 2 and _HIS.match(doc.article.text, t_start):
        # "Modi spoke with Putin and shared impressions of his visit to Kyiv": the subject's;
        # "May invited Trump ... during her trip to Washington": hers; "Foreign Minister Wong
        # and Trade Minister Farrell accompanied Albanese during his visit": theirs too
        chain = [before[0]]
        for m in before[1:]:
            if not _TITLED_AND.fullmatch(_untitled(doc, chain[-1].end, m.start)):
                break
            chain.append(m)
        return context.unique_refs(chain)
    if before:
        chain = [before[-1]]
        chain_ends_with_and = False
        for m in reversed(before[:-1]):
            gap = doc.article.text[m.end : chain[-1].start]
            # titles may stand between listed names ("X, the Iraqi President Y, and UN chief Z
            # arrived"), but only in a list that ends with "and": "At the invitation of A and B,
            # Chinese Premier C will visit" lists A and B, not C
            if " and " in gap or (len(chain) > 1 and chain_ends_with_and):
                gap = _untitled(doc, m.end, chain[-1].start)
            if _TITLED_AND.fullmatch(gap):
                chain_ends_with_and = chain_ends_with_and or (len(chain) == 1 and "and" in gap)
                chain.append(m)
            else:
                break
        return context.unique_refs(list(reversed(chain)))
    clause = doc.article.text[sentence.start : t_start]
    if context.GROUP.search(clause) and memory.last_participants:
        return list(memory.last_participants)
    if context.PRONOUN.search(clause) and memory.salient is not None:
        return [memory.salient]
    return []


_THE_TWO_BEFORE = re.compile(
    r"\bthe two (?:men|women|leaders|presidents|ministers|heads of state|premiers)\s+"
    r"(?:(?:will|would|have|had|also|then|both|later)\s+)*$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"\b((?-i:[A-Z])[\w-]*)['’]s\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b", re.I)
_CALENDAR_WORDS = frozenset(
    (*(w.capitalize() for w in (*MONTHS, *WEEKDAYS)), "Today", "Yesterday", "Tomorrow", "Last")
)


def _untitled(doc: Document, start: int, end: int) -> str:
    """The text between two names with any title in it left out."""
    keep = [
        ch
        for k, ch in enumerate(doc.article.text[start:end], start)
        if not any(a <= k < b for a, b in doc.title_spans)
    ]
    return "".join(keep)


def _destination(
    doc: Document,
    places: list[Mention],
    t_start: int,
    t_end: int,
    sentence: Sentence,
    home: StateRef | None,
) -> tuple[StateRef | None, CityRef | None]:
    """The first place named inside or after the trigger that is not the traveller's home."""
    gazetteer = build_gazetteer()
    candidates = [m for m in places if m.start >= t_start and m.start - t_end < 90]
    state: StateRef | None = None
    city: CityRef | None = None
    for m in candidates:
        preceding = doc.article.text[max(sentence.start, m.start - 25) : m.start].lower()
        if doc.article.text[m.end : m.end + 2] in ("'s", "’s"):
            continue  # "America's top diplomat": a possessive is not where someone goes
        if _NOT_TOWARDS.search(preceding) and (state is None and city is None):
            continue
        if _SAID_AFTER.match(doc.article.text, m.end):
            continue  # "visit to the shrine in December, which Washington said ...": a speaker
        if m.kind == "city" and isinstance(m.ref, CityRef):
            if m.ref.state_iso3 and home is not None and m.ref.state_iso3 == home.iso3:
                continue
            if city is None and (state is None or m.ref.state_iso3 == state.iso3):
                city = m.ref
                if state is None and m.ref.state_iso3:
                    state = gazetteer.state(m.ref.state_iso3)
        elif m.kind == "state" and isinstance(m.ref, StateRef) and state is None:
            if home is not None and m.ref == home:
                continue
            state = m.ref
        if state is not None and city is not None:
            break
    return state, city


def _place_of(mention: Mention, home: StateRef | None) -> tuple[StateRef | None, CityRef | None]:
    """The state (and city) a place mention names, unless it is the traveller's home."""
    ref = mention.ref
    if isinstance(ref, CityRef) and ref.state_iso3:
        state = build_gazetteer().state(ref.state_iso3)
        return (None, None) if state == home else (state, ref)
    if isinstance(ref, StateRef) and ref != home:
        return ref, None
    return None, None


def _more_stops(
    doc: Document, places: list[Mention], first: StateRef, home: StateRef | None
) -> list[tuple[StateRef, CityRef | None]]:
    """ "will then travel to Turkmenistan and Mongolia": each listed state is a stop."""
    gazetteer = build_gazetteer()
    ordered = sorted(places, key=lambda m: m.start)
    stops: list[tuple[StateRef, CityRef | None]] = []
    seen = {first.iso3}
    started = False
    prev_end = 0
    for m in ordered:
        iso3 = m.ref.iso3 if isinstance(m.ref, StateRef) else getattr(m.ref, "state_iso3", None)
        if not started:
            if iso3 == first.iso3:
                started, prev_end = True, m.end
            continue
        gap = doc.article.text[prev_end : m.start]
        if not _AND_AS_WELL.fullmatch(gap) or iso3 is None:
            break
        prev_end = m.end
        if iso3 in seen or (home is not None and iso3 == home.iso3):
            continue
        seen.add(iso3)
        city = m.ref if isinstance(m.ref, CityRef) else None
        stops.append((gazetteer.state(iso3), city))
    return stops


def implied_visits(doc: Document, meetings: list[Meeting], visits: list[Visit]) -> list[Visit]:
    """ "Cameron met Rahmon in Dushanbe": a foreign official met in a named city is visiting."""
    gazetteer = build_gazetteer()
    have = {(v.visitor.key, v.destination.iso3) for v in visits}
    out: list[Visit] = []
    for meeting in meetings:
        if meeting.mode == "in_person" and meeting.place is None:
            out += _received_guests(doc, meeting, have)
        if meeting.mode != "in_person" or meeting.place is None or not meeting.place.state_iso3:
            continue
        # "The meeting was attended by A, B, C ..." under a St. Petersburg dateline: a gathering
        # of three or more sits where the story is filed
        gathering = len(meeting.participants) >= 3
        if not any(
            meeting.place.name in e.quote
            or (meeting.place == doc.dateline_city and (_HERE.search(e.quote) or gathering))
            for e in meeting.evidence
        ):
            continue  # the place came from elsewhere in the story, not this sentence
        host = meeting.place.state_iso3
        homes = {
            p.key: doc.persons[p.key].state for p in meeting.participants if p.key in doc.persons
        }
        if not gathering and not any(h is not None and h.iso3 == host for h in homes.values()):
            continue  # no local official at a two-way meeting: the place may be a third one
        for person in meeting.participants:
            home = homes.get(person.key)
            if home is None or home.iso3 == host or (person.key, host) in have:
                continue
            status = meeting.status
            if (
                status == "completed"
                and (meeting.start is None or meeting.start == doc.date)
                and not any(_PAST_MARK.search(e.quote) for e in meeting.evidence)
            ):
                status = "ongoing"  # met today in a named city: still there
            have.add((person.key, host))
            out.append(
                Visit(
                    evidence=meeting.evidence,
                    confidence=0.6,
                    visitor=person,
                    destination=gazetteer.state(host),
                    status=status,
                    city=meeting.place,
                    start=meeting.start,
                )
            )
    return out


_RECEIVED = re.compile(
    r"\b(?:received|receives|has received|hosted|hosts|welcomed|welcomes|"
    r"(?:will|to)\s+(?:host|receive|welcome))\b(?!\s+by\b)" + _AN_IDEA
)


def _received_guests(doc: Document, meeting: Meeting, have: set[tuple[str, str]]) -> list[Visit]:
    """ "Head of State Tokayev has received Wang Yi, Minister of Foreign Affairs of China": a
    foreign official a head of state or government receives is visiting the host's state."""
    if meeting.status == "cancelled":
        return []
    evidence = meeting.evidence[0]
    sentence = doc.sentences[evidence.sentence_index]
    verb = _RECEIVED.search(sentence.text)
    if verb is None:
        return []
    people = [m for m in doc.mentions_in(sentence, {"person"}) if isinstance(m.ref, PersonRef)]
    keys = {p.key for p in meeting.participants}
    hosts = [m for m in people if m.ref.key in keys and m.end <= sentence.start + verb.start()]
    if len(hosts) != 1 or hosts[0].ref.key not in doc.persons:
        return []
    host = doc.persons[hosts[0].ref.key]
    if host.role not in ("head_of_state", "head_of_government") or host.state is None:
        return []
    out = []
    for person in meeting.participants:
        entity = doc.persons.get(person.key)
        if entity is None or entity.state is None or entity.state == host.state:
            continue
        if entity.role == "ambassador" or (person.key, host.state.iso3) in have:
            continue  # an ambassador received lives there
        have.add((person.key, host.state.iso3))
        city = doc.dateline_city if doc.dateline_state == host.state else None
        out.append(
            Visit(
                evidence=meeting.evidence,
                confidence=0.55,
                visitor=person,
                destination=host.state,
                status="planned" if meeting.status == "planned" else "ongoing",
                city=city,
                start=meeting.start,
            )
        )
    return out


_SKIP = re.compile(
    r"\b(?:(?:will|would|is to|are to|does|did|is going to)\s+(?:not|n't)\s+(?:be able to\s+)?"
    r"(?:attend|take part in|participate in)|(?:will|would|is to|decided to)\s+(?:skip|miss|boycott)|"
    r"(?:decided|chose|opted) not to (?:attend|take part in|participate in|travel to)|"
    r"skipped|boycotted)\s+" + _GATHERING_NOUN,
    re.IGNORECASE,
)


def _skipped(doc: Document, sentence: Sentence, people: list[Mention]) -> list[Visit]:
    """ "Armenian Prime Minister Nikol Pashinyan will skip the meeting" of a summit in Minsk: a
    trip called off, to where the gathering is, named in this sentence or the one before."""
    m = _SKIP.search(sentence.text)
    if m is None:
        return []
    t_start = sentence.start + m.start()
    before = [p for p in people if p.end <= t_start and isinstance(p.ref, PersonRef)]
    if not before:
        return []
    # "Foreign Minister Mirzoyan and Speaker Simonyan said that they would not participate":
    # each of those listed
    chain = [before[-1]]
    # only a list that is the subject: "A and B said that they would not"; not "Putin spoke
    # with A and B, who will not attend" nor "B told A and C that he would not"
    plural = _THEY.search(doc.article.text, before[-1].end, t_start) is not None
    for m in reversed(before[:-1] if plural else []):
        gap = doc.article.text[m.end : chain[-1].start]
        if not (
            _TITLED_AND.fullmatch(_untitled(doc, m.end, chain[-1].start))
            or _TITLE_GAP.fullmatch(gap)
        ):
            break
        chain.append(m)
    return [v for p in reversed(chain) for v in _skipped_by(doc, sentence, p.ref)]  # type: ignore[arg-type]


_THEY = re.compile(r"\b(?:they|both)\b", re.I)
_TITLE_GAP = re.compile(r"\s*(?:,\s*|\s)and\s+(?:(?:the|of|for)\s+|(?-i:[A-Z])[\w'-]*\s+)*")


def _skipped_by(doc: Document, sentence: Sentence, visitor: PersonRef) -> list[Visit]:
    home = context.home_of(doc, visitor)
    gazetteer = build_gazetteer()
    state: StateRef | None = None
    city: CityRef | None = None
    for source in (sentence, doc.sentences[sentence.index - 1] if sentence.index else None):
        if source is None:
            continue
        cities = [
            c.ref
            for c in doc.mentions_in(source, {"city"})
            if isinstance(c.ref, CityRef) and c.ref.state_iso3
        ]
        if len({c.state_iso3 for c in cities}) != 1:
            continue
        city = cities[0]
        if home is not None and city.state_iso3 == home.iso3:
            return []
        state = gazetteer.state(city.state_iso3)  # type: ignore[arg-type]
        break
    if state is None and _THE_GATHERING.search(sentence.text):
        # "Putin has also said that he will not attend the summit": the one named before
        state, city = _gathering_place(doc, sentence, home)
    if state is None:
        return []
    return [
        Visit(
            evidence=(doc.evidence(sentence),),
            confidence=0.6,
            visitor=visitor,
            destination=state,
            status="cancelled",
            city=city,
            start=None,
            end=None,
            hedged=False,
        )
    ]


def _destination_from_meetings(
    visitor: PersonRef, home: StateRef | None, memory: _Memory
) -> tuple[StateRef | None, CityRef | None]:
    """ "wrapped up the one-day trip": the trip is where the visitor was last seen meeting."""
    gazetteer = build_gazetteer()
    for meeting in reversed(memory.meetings):
        if visitor.key in {p.key for p in meeting.participants} and meeting.place is not None:
            iso3 = meeting.place.state_iso3
            if iso3 and (home is None or iso3 != home.iso3):
                return gazetteer.state(iso3), meeting.place
    for visit in reversed(memory.visits):
        if visit.visitor.key == visitor.key:
            return visit.destination, visit.city
    return None, None


_SAID_ON = re.compile(
    r"\b(?:said|says|announced|reported|told \w+|stated|confirmed|added)\s+(?:\w+\s+)?(?:on|late|early)?\s*$|"
    # "..., according to an official statement on Monday": when it was said
    r"\baccording to (?:an? |the )?(?:[\w-]+ ){0,3}(?:statement|release|report|readout|source|sources)"
    r"\s+(?:issued\s+|published\s+|released\s+)?(?:on|late|early)?\s*$",
    re.IGNORECASE,
)


_DATELINE_AFTER = re.compile(r"\s*(?:\(|/|—|–|-\s|\.\s*/)")


def _dates(doc: Document, sentence: Sentence, trigger_offset: int):
    """The date nearest the trigger; a span ("next week") or none gives no day.

    A date in the attribution ("..., the ministry said on Tuesday") is when it was said, not when
    the event happens, so it is not a candidate.
    """
    exprs = doc.event_dates.get(sentence.index)
    if exprs is None:
        text = sentence.text
        exprs = [
            e
            for e in find_dates(text, doc.date)
            if not _SAID_ON.search(text[max(0, e.start - 40) : e.start])
        ]
        # "Jan 12, 2007 (UNITED NATIONS) - Ban confers with Bush this Tuesday": the dateline
        # gives the filing day, a fallback only where the sentence names no other
        dateline = [
            e
            for e in exprs
            if sentence.index == 0 and e.start < 25 and _DATELINE_AFTER.match(text, e.end)
        ]
        if dateline and len(dateline) < len(exprs):
            exprs = [e for e in exprs if e not in dateline]
        doc.event_dates[sentence.index] = exprs
    text = sentence.text
    # "touring the region until Wednesday": an end, not a start; a date in another clause
    # ("arrived on Saturday on a tour that will take him to Tunisia") is that clause's
    candidates = [
        e
        for e in exprs
        if not _UNTIL.search(text, max(0, e.start - 8), e.start)
        and not _OTHER_CLAUSE.search(text, min(e.end, trigger_offset), max(e.start, trigger_offset))
    ]
    if not candidates:
        return None, None
    expr = min(candidates, key=lambda e: abs(e.start - trigger_offset))
    if expr.is_span:
        return None, None
    return expr.value, expr.end_value


_YEAR = r"(?:in\s+(?:(?-i:[A-Z])\w+\s+)?((?:19|20)\d\d)\b|last\s+year\b)"
_IN_YEAR = re.compile(
    # "Lavrov last visited Mongolia in 2016"; "In December 2023, Minister X visited Malaysia"
    rf"\b(?:visit\w*|trip|tour)\s+(?:[\w-]+\s+){{0,2}}?(?:(?:took place|was held|came)\s+)?{_YEAR}|^\s*{_YEAR},?\s+[^.;]{{0,120}}?\bvisit",
    re.I,
)


def _of_past_year(visit: Visit, today: dt.date | None) -> bool:
    """A completed visit its sentence dates to an earlier year ("Lavrov last visited Mongolia
    in 2016"): another trip than this year's."""
    if visit.status != "completed" or today is None:
        return False
    for m in _IN_YEAR.finditer(visit.evidence[0].quote):
        year = m.group(1) or m.group(2)
        if year is None or int(year) < today.year:
            return True
    return False


def _merge_visit(visits: list[Visit], new: Visit, today: dt.date | None) -> None:
    past = _of_past_year(new, today)
    for i, old in enumerate(visits):
        if (
            old.visitor.key == new.visitor.key
            and old.destination.iso3 == new.destination.iso3
            # a trip of an earlier year stays apart from this year's planned or ongoing one;
            # two completed mentions are taken for one trip (a story tells a past visit twice)
            and (old.status == new.status or _of_past_year(old, today) == past)
        ):
            status = old.status
            if new.status == "cancelled" or (
                old.status != "cancelled"
                and old.evidence[0].sentence_index <= 2
                and new.evidence[0].sentence_index > 2
                and new.confidence >= old.confidence
            ):
                status = new.status
            visits[i] = replace(
                old,
                status=status,
                city=old.city or new.city,
                start=old.start or new.start,
                end=old.end or new.end,
                hedged=old.hedged and new.hedged,
                evidence=old.evidence + tuple(e for e in new.evidence if e not in old.evidence),
            )
            return
    visits.append(new)


# --- meetings ---------------------------------------------------------------------------------


def _meetings_in(
    doc: Document, sentence: Sentence, people: list[Mention], memory: _Memory
) -> list[Meeting]:
    """Subject (before the trigger) meets each object (after it); a summit is one meeting."""
    text = sentence.text
    if not _hinted(sentence, _MEETING_HINTS):
        return []
    mode_hit: tuple[str, re.Match[str]] | None = None
    by_mode: dict[str, re.Match[str]] = {}
    # "In addition to talks with Motegi on Tuesday, Wang is expected to meet Suga": the
    # opening phrase's talks are another meeting; the clause's own verb comes after it
    aside = _ASIDE_TALKS.match(text)
    for kind, m in _MEETING_ANY.finditer(sentence):
        if aside is None or m.start() >= aside.end():
            by_mode.setdefault(kind, m)
    for mode, _pattern in MEETING_TRIGGERS:  # phone over video over in person
        if mode in by_mode:
            mode_hit = (mode, by_mode[mode])
            break
    summit = (
        _SUMMIT_WORD.search(text)
        if any_in(sentence.folded, ("summit", "lateral", "round"))
        else None
    )
    if mode_hit is None and not summit:
        return []
    if mode_hit is None and summit and _SUMMIT_AS_TOPIC.search(text, 0, summit.start()):
        return []  # "they talked about the upcoming summit": a topic, not a meeting
    if (
        mode_hit
        and summit
        and summit.start() > mode_hit[1].end()
        and _PURPOSE_BEFORE.search(text, mode_hit[1].end(), summit.start())
    ):
        summit = None  # "met A and B to discuss the decisions of the NATO Summit": a topic
    t_off = mode_hit[1].start() if mode_hit else summit.start()  # type: ignore[union-attr]
    t_end_off = mode_hit[1].end() if mode_hit else summit.end()  # type: ignore[union-attr]
    if mode_hit and _OTHERS_TALKS.search(text, 0, t_off):
        return []  # "thanked Erdogan for working to restart peace talks in Cyprus": others'
    between = _BETWEEN_STATES.match(text, t_end_off)
    if between and any(
        m.start == sentence.start + between.end() for m in doc.mentions_in(sentence, {"state"})
    ):
        return []  # "informed Grossi about the negotiations between Iran and the United States"
    clause = context.clause_around(text, t_off, t_end_off)
    # a hedge counts up to the verb: "could meet X"; not "... talks with Qin and possibly Xi"
    hedge_scope = context.clause_around(text[:t_end_off], t_off, t_end_off)
    if (
        context.DENY.search(clause)
        or context.HEDGE.search(hedge_scope)
        or _NO_MEETING.search(clause)
    ):
        return []  # "no plans for a meeting", "could meet": nothing to record
    t_off = mode_hit[1].start() if mode_hit else summit.start()  # type: ignore[union-attr]
    t_abs = sentence.start + t_off
    # "since President Trump's administration took office": a possessive names no participant
    # "During the meeting with X, the Head of State noted ...": the speaker is the host
    opener = _DURING.match(text[:t_off]) is not None
    if opener and text[:t_off].lstrip().startswith("In "):
        # "In a meeting with Shoukry, Blinken said": a person right after "with"; not "In a
        # meeting with his advisers, Putin said Kuleba ...", whom the speech names
        comma = text.find(",", t_end_off)
        opener = any(
            sentence.start + t_end_off < m.start < sentence.start + (comma if comma > 0 else 0)
            and _WITH_THEN.fullmatch(doc.article.text, sentence.start + t_end_off, m.start)
            for m in people
        )
        if not opener:
            return []
    actors = [
        m
        for m in people
        if (opener or not context.attributed(doc, m))
        and (
            doc.article.text[m.end : m.end + 2] not in ("'s", "’s")
            # "soon after Abe's talks with Premier Wen": the possessor holds the talks
            or m.end + 2 <= t_abs < m.end + 30
            and _POSSESSIVE_TRIGGER.fullmatch(doc.article.text, m.end, t_abs) is not None
        )
        # "Representative of the Amir X, Sheikh Y received Z": X is whom Y stands for
        and not _stands_for_another(doc, m)
        # "to meet with President Trump and first lady Melania Trump": a spouse hosts, but
        # holds no talks
        and not _SPOUSE.search(doc.article.text, max(0, m.start - 25), m.start)
    ]
    before_trigger = [m for m in actors if m.end <= t_abs]
    said_during = [m for m in before_trigger if _SAID_DURING.match(doc.article.text, m.end, t_abs)]
    if said_during:
        # "Xi will visit Kazakhstan, Tokayev said during a meeting with Zhao": the speaker's
        before_trigger = said_during[-1:]
    elif len(before_trigger) >= 2:
        # "Wang will co-host the dialogue with Bishop, hold talks with McCully": Bishop is the
        # first verb's partner; "Retno was sent by President Jokowi to meet Mahathir": the
        # sender stays home
        # "In addition to talks with Motegi, Wang is expected to meet Suga": Motegi too
        kept = [
            m
            for m in before_trigger
            if not _OTHER_VERBS_PARTNER.search(
                doc.article.text, max(sentence.start, m.start - 60), m.start
            )
        ]
        before_trigger = kept or before_trigger[:1]
    subjects = context.unique_refs(before_trigger)
    if len(subjects) >= 2 and _HIS_MEETING.search(text[:t_off]):
        # "The Secretary-General briefed the Prime Minister on his recent meeting with Putin":
        # the meeting is the subject's, not the one he briefed
        subjects = subjects[:1]
    if (
        before_trigger
        and memory.salient is not None
        and _HE_AND.search(
            doc.article.text,
            max(sentence.start, before_trigger[0].start - 60),
            before_trigger[0].start,
        )
        and memory.salient.key not in {p.key for p in subjects}
    ):
        # "during which he and Indian Foreign Minister Jaishankar co-chaired": "he" is the
        # story's subject
        subjects = [memory.salient, *subjects]
    clause_end = _CLAUSE_END.search(text, t_off)
    while clause_end is not None and _listed_on(doc, sentence, actors, clause_end):
        clause_end = _CLAUSE_END.search(text, clause_end.end())
    o_end = sentence.start + (clause_end.start() if clause_end else len(text))
    objects = context.unique_refs([m for m in actors if t_abs <= m.start < o_end])
    passive = _PASSIVE.search(text)
    if not subjects:
        clause = text[:t_off]
        speaker = _SPEAKER_SAID_HE.search(clause)
        if context.GROUP.search(clause) and memory.last_participants:
            subjects = list(memory.last_participants)
        elif (
            mode_hit is not None
            and not _NEVER_MET.search(text)
            and (pair := _the_two_named_before(doc, sentence, clause)) is not None
        ):
            # "Tokayev will visit Turkey, according to Erdogan. The two leaders had a phone
            # conversation on May 3": the two just named, in the office the words give
            subjects = list(pair)
        elif speaker and (
            said := [
                m
                for m in people
                if m.end <= sentence.start + speaker.start() and context.attributed(doc, m)
            ]
        ):
            # "Zelensky said on Oct. 12 that he had spoken with Trump": the speaker is "he"
            subjects = context.unique_refs(said[-1:])
        elif (
            context.PRONOUN.search(clause)
            or passive
            or not clause.strip()
            or _THE_OFFICIAL.search(clause)
        ) and memory.salient:
            subjects = [memory.salient]
        elif _GOOD_MEETING.fullmatch(clause):
            # '"Good meeting with Brunei FM Erywan," Jaishankar tweeted': the one who tweets
            speaker = [m for m in people if context.attributed(doc, m)]
            if speaker and isinstance(speaker[0].ref, PersonRef):
                subjects = [speaker[0].ref]
            elif memory.salient:
                subjects = [memory.salient]
    led = _DELEGATION_LED_BY.search(text)
    if led and all(m.start >= sentence.start + led.end() for m in actors):
        return []  # "The Indian delegation at the talks will be led by A and B": one side
    if (
        not before_trigger
        and len(objects) <= 2
        and memory.last_participants
        and _ATTENDED_BY.match(text, t_end_off)
        and len({s.iso3 for p in objects if (s := context.home_of(doc, p)) is not None}) <= 1
    ):
        # "The talks at the Sakhir airbase were attended by Prime Minister Prince Khalifa and
        # Crown Prince Salman": one side's officials who sat in on talks told before do not
        # meet each other (two sides, or three or more, make a meeting of their own)
        return []
    participants_all = context.unique_refs([m for m in actors if m.start < o_end])
    sidelines = "sidelines" in text.lower()  # bilateral talks at a summit are not the summit
    summit_like = (
        (bool(summit) and not sidelines)
        or len(subjects) >= 2
        or "between" in text[t_off : t_off + 40].lower()
        # "held a meeting with Macron, Scholz and Michel": one meeting of all four
        or (len(objects) >= 2 and _ONE_MEETING.search(text, 0, t_end_off) is not None)
        # "The Secretary-General met jointly with A and B": one meeting of three
        or (len(objects) >= 2 and _JOINTLY.match(text, t_end_off) is not None)
        # "held a Japan-UK-Australia Foreign Ministers' telephone talk with A and B": the three
        # states named as one meeting's
        or (len(objects) >= 2 and _THREE_STATES.search(text, max(0, t_off - 90), t_off) is not None)
    )
    if not objects and mode_hit and _OF_A_BODY.match(text, mode_hit[1].start()):
        # "travel to Brussels for a meeting of the European Council": a body's session that
        # they attend, not a meeting between the travellers
        return []
    groups: list[list[PersonRef]]
    if subjects and not objects and _EACH_OF.match(text, t_end_off):
        # "Lukashenko met each of the guests": one meeting with each who just arrived
        recent = [
            v.visitor
            for v in memory.visits
            if any(0 < sentence.index - e.sentence_index <= 2 for e in v.evidence)
        ]
        objects = list({p.key: p for p in recent}.values())
    between_at = _BETWEEN.match(text, t_end_off)
    between: list[PersonRef] = []
    if between_at is not None:
        between = context.unique_refs(_listed_after(doc, [m for m in actors if m.start >= t_abs]))
        if not between and context.GROUP.match(text, between_at.end() + 1):
            between = list(memory.last_participants)  # "the talks between the heads of state"
    separately = (
        len(subjects) >= 2
        and bool(objects)
        and _SEPARATELY.search(text, t_end_off, o_end - sentence.start) is not None
    )
    named_pair = _hyphen_pair(doc, people, t_abs)
    paired = (
        [named_pair]
        if named_pair
        else _pair_counterparts(doc, subjects, objects)
        if len(subjects) == len(objects) >= 2
        and (
            _RESPECTIVELY.search(text, t_end_off, o_end - sentence.start)
            or _THEIR_COUNTERPARTS.search(text, t_end_off, o_end - sentence.start)
        )
        else None
    )
    if paired:
        # "Swaraj and Sitharaman held separate meetings with Pompeo and Mattis respectively",
        # "Manalo and Galvez will meet their counterparts, Blinken and Austin": one each
        groups = paired
    elif separately:
        # "Premier Li and Zhao Leji will also meet with Macron respectively": two meetings
        groups = [[s, o] for s in subjects for o in objects if s.key != o.key]
    elif 2 <= len(between) <= 6:
        # "Wang said the upcoming meeting between Xi and Obama ...": the speaker is not in it;
        # "discussions between A, who is on a visit, and B": the relative clause ends nothing
        groups = [between]
    elif summit_like:
        keys = {p.key for p in participants_all}
        merged = participants_all + [p for p in subjects if p.key not in keys]
        groups = [merged]
    elif subjects and objects:
        subject = subjects[-1]
        groups = [[subject, obj] for obj in objects if obj.key != subject.key]
    else:
        groups = [participants_all] if len(participants_all) >= 2 else []
    mode = mode_hit[0] if mode_hit else "in_person"
    if mode == "in_person" and mode_hit and "spoke" in mode_hit[1].group().lower():
        # "Fidan held phone conversations ... Fidan spoke separately with X and Y", "said he
        # had spoken with Trump. Zelensky described the phone call as ...": calls
        nearby = " ".join(
            s.lower for s in doc.sentences[max(0, sentence.index - 1) : sentence.index + 2]
        )
        if any_in(nearby, ("phone", "call", "conversation")):
            mode = "phone"
    organisation = None
    if summit:
        orgs = [m for m in doc.mentions_in(sentence, {"org"}) if isinstance(m.ref, OrgRef)]
        near = [o for o in orgs if abs(o.start - (sentence.start + summit.start())) < 60]
        organisation = near[0].ref if near else None
    # "held talks with X, who is on a visit and will attend the forum": the relative clause's
    # plans are not the meeting's
    # "met Wednesday with Kerry, discussing Xi's forthcoming visit": the participle's plans
    # are not the meeting's either
    said_to = clause_end.start() if clause_end and clause_end.start() > t_off else len(text)
    # "Xi will visit Kazakhstan, Tokayev said during a meeting with Zhao": what he said is
    # ahead, the meeting where he said it is not
    said_during = _SAID_DURING.search(text, 0, t_off)
    said_from = said_during.start() if said_during else 0
    status = (
        "planned" if context.future(_RELATIVE.sub("", text[said_from:said_to])) else "completed"
    )
    cancel = context.CANCEL.search(text)
    if cancel and not (mode == "phone" and _EVENT_AFTER.match(text, cancel.end())):
        # a call about a postponed visit, or that "decided to put off the talks", took place
        status = "cancelled"
    place = None if _VENUE_OPEN.search(text) else _place(doc, sentence)
    start, end = _dates(doc, sentence, t_off)
    if status == "completed" and start is not None and doc.date and start > doc.date:
        status = "planned"  # "Ban confers with Bush in Washington this Tuesday": still ahead
    elif status == "planned" and start is not None and doc.date and start < doc.date:
        # "Tokayev is expected to visit China, following his meeting with the Chinese
        # ambassador on March 14": the future is the visit's; the meeting's day has passed
        status = "completed"
    hedged = bool(context.HEDGE.search(text))
    found: list[Meeting] = []
    for group in groups:
        unique = {p.key: p for p in group}
        if len(unique) < 2:
            continue
        found.append(
            Meeting(
                evidence=(doc.evidence(sentence),),
                confidence=0.8,
                participants=tuple(sorted(unique.values(), key=lambda p: p.key)),
                status=status,
                mode=mode,
                start=start,
                end=end,
                place=place if mode == "in_person" else None,
                organisation=organisation,
                hedged=hedged,
            )
        )
    return found


def _stands_for_another(doc: Document, m: Mention) -> bool:
    """ "Representative of the Amir X, Sheikh Y": X is whom Y stands for; not "Adviser to the
    President Jared Kushner", where the whole phrase is the person's own title."""
    behalf = _ON_BEHALF_OF.search(doc.article.text, max(0, m.start - 45), m.start)
    return behalf is not None and not any(
        start <= behalf.start() and m.start <= end + 1 for start, end in doc.title_spans
    )


_GOOD_MEETING = re.compile(
    r"\s*[\"“]?\s*(?:(?:a|an)\s+)?(?:very\s+)?(?:good|productive|useful|warm|excellent|fruitful|"
    r"great|wonderful|substantive|constructive|glad to|delighted to|pleasure to|happy to)\s*",
    re.IGNORECASE,
)
_HE_AND = re.compile(r"\b(?:he|she)\s+and\s+(?:[\w.'-]+\s+){0,6}$", re.IGNORECASE)
_SENT_INSTEAD = re.compile(
    r"\s+(?:(?:is|was|will be|were|are)\s+(?:being\s+)?represented\s+by|sent|sends|will send|"
    r"dispatched)\b"
)
_WITH_THEN = re.compile(r"\s+with\s+(?:[\w.'’-]+\s+){0,6}?")
_SAID_DURING = re.compile(
    r"\s*,?\s*(?:said|says|noted|stressed|told \w+)\s+(?:during|in|at)\s+(?:a|the|his|her)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_OTHER_VERBS_PARTNER = re.compile(
    r"(?<!together )(?<!along )\b(?:with|sent by|dispatched by|instructed by|on behalf of)\s+"
    r"(?:(?:his|her|the|its)\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+|(?:of|the|and|for|foreign|prime|"
    r"minister|president|counterparts?|state|secretary|affairs)\s+){0,8}$"
)
_SPEAKER_SAID_HE = re.compile(
    r"\b(?:said|says|told \w+|announced|confirmed)\b[^,;]{0,40}?\b(?:that )?(?:he|she)\s+"
    r"(?:had |has |have |would |will )?\w*\s*$"
)
# What introduces a subject of talks rather than the talks themselves
_ABOUT = r"talked about|spoke about|discuss\w*|exchanged views on|preparations? for|preparing for"
# "will meet Trump and Trudeau in April, ahead of a Group of Seven summit": a later gathering
_PURPOSE_BEFORE = re.compile(
    rf"\b(?:to discuss|{_ABOUT}|ahead of|in the run-up to|on the eve of|in preparation for)\b",
    re.IGNORECASE,
)
_SUMMIT_AS_TOPIC = re.compile(
    # "agreed to realize an early visit to the US by Kishida for his first summit"
    rf"\b(?:{_ABOUT}|agenda of|for (?:his|her|their))\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
# "the venue of the meeting had not yet been finalized, a spokesman said in Tehran"
_VENUE_OPEN = re.compile(
    r"\b(?:venue|place|location)\b[^.;]{0,60}\bnot (?:yet )?(?:been )?"
    r"(?:finali[sz]ed|decided|agreed|determined|fixed|set|announced)\b",
    re.IGNORECASE,
)


_RELATIVE_GAP = re.compile(r"\s*(?:,\s*)?(?:who|which)\b[^;.]*?,\s*(?:and\s+)?(?:the\s+)?")


def _listed_after(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The persons of "between A, B and his counterpart C", up to where the list ends."""
    listed = mentions[:1]
    for m in mentions[1:]:
        gap = _untitled(doc, listed[-1].end, m.start)
        if not _TITLED_AND.fullmatch(gap) and not _RELATIVE_GAP.fullmatch(gap):
            break
        listed.append(m)
    return listed


_AT_SUMMIT = re.compile(
    r"\b(?:to attend|attending|sidelines of|margins of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}summit\b",
    re.IGNORECASE,
)
_OF_A_BODY = re.compile(
    r"meeting\s+of\s+the\s+(?:European Council|Council|Security Council|General Assembly|"
    r"Board|Assembly|Committee|Commission|Parliament|Cabinet|[\w-]+\s+Council)\b",
    re.IGNORECASE,
)
_EACH_OF = re.compile(
    r"\s+(?:with\s+)?each\s+of\s+the\s+(?:guests|leaders|visitors|participants|delegations|"
    r"heads of state|presidents|ministers)\b",
    re.IGNORECASE,
)
_JOINTLY = re.compile(r"\s+(?:jointly|together)\s+with\b", re.I)
_THREE_STATES = re.compile(
    r"(?:\b(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)*(?:\s*\([A-Z.]+\))?-){2,}(?-i:[A-Z])",
)
_ONE_MEETING = re.compile(
    r"(?:\b(?:held|had|hold|holds|holding)\s+an?\s+(?:joint\s+)?|['’]s\s+(?:[\w-]+\s+)?)meeting$",
    re.I,
)
_NO_MEETING = re.compile(
    r"\bno (?:\w+ )?(?:meeting|talks)s? (?:was|is|were|are|has been|had been) "
    r"(?:planned|scheduled|envisaged)\b",
    re.IGNORECASE,
)
_BETWEEN_STATES = re.compile(r"\s+between\s+(?:the\s+)?")
_BETWEEN = re.compile(r"\s+(?:\w+\s+){0,2}?between\b", re.IGNORECASE)
_DURING = re.compile(
    r"^\s*(?:During|At|In|In the course of|Following|After)\s+(?:the|a|his|her)\s+$", re.I
)
_ATTEND = re.compile(
    r"\b(attended|attending|attend|took part|taking part|participated|participating|partak\w+|"
    r"was represented by|were represented by|represented by|chaired by|chaired|hosted|"
    r"brought together|joined|gathered|addressing|addressed|among the participants|"
    r"among those (?:present|attending)|(?:was|were) (?:also )?present|"
    r"those present (?:were|are|included)|in attendance|"
    r"^others (?:present )?(?:were|are|included?)(?=\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
_SUMMIT = re.compile(r"\bsummit\b", re.I)


def _hyphen_pair(doc: Document, people: list[Mention], t_abs: int) -> list[PersonRef]:
    """ "to arrange the Abe-Obama meeting": the two names before the noun are the meeting."""
    text = doc.article.text
    for a, b in zip(people, people[1:], strict=False):
        if (
            text[a.end : b.start] in ("-", "–", "—")
            and _PAIR_GAP.fullmatch(text, b.end, t_abs)
            and isinstance(a.ref, PersonRef)
            and isinstance(b.ref, PersonRef)
            and a.ref.key != b.ref.key
        ):
            return [a.ref, b.ref]
    return []


_PAIR_GAP = re.compile(r"\s*(?:(?:summit|phone|telephone|bilateral)\s+)?")
_ASIDE_TALKS = re.compile(
    r"(?:In addition to|Besides|Apart from|Aside from)\s+(?:his\s+|her\s+|the\s+)?"
    r"(?:talks|meetings?|discussions)\s+with\b[^,;]{1,120},\s*"
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_THEIR_COUNTERPARTS = re.compile(r"\btheir\s+(?:\w+\s+)?counterparts\b", re.I)


def _pair_counterparts(
    doc: Document, subjects: list[PersonRef], objects: list[PersonRef]
) -> list[list[PersonRef]]:
    """Each subject with the object of the same office where the offices tell (foreign
    minister with foreign minister, defence with defence); otherwise in the order named."""

    def office(p: PersonRef) -> tuple[str | None, str | None]:
        e = doc.persons.get(p.key)
        return (e.role, e.portfolio) if e is not None else (None, None)

    left = list(objects)
    pairs: list[list[PersonRef]] = []
    for s in subjects:
        same = [o for o in left if office(o) == office(s) and office(s)[0] is not None]
        o = same[0] if len(same) == 1 else left[0]
        left.remove(o)
        pairs.append([s, o])
    return pairs


_SEPARATELY = re.compile(r"\b(?:respectively|separately)\b", re.I)
_SEPARATE = re.compile(r"\b(?:a|in|at) separate\b(?:\s+[\w-]+){0,2}?\s+(?:meeting|talks)\b", re.I)
_GATHERING = re.compile(r"\b(summit|session|meeting|forum|conference|event|gathering)\b", re.I)


# Where the objects of "met" stop: "he met X, telling him ... President Y" does not meet Y.
_OTHERS_TALKS = re.compile(
    r"\b(?:restart|resume|revive|relaunch|support|supporting|backing|for|of|on|to|in|into)\s+"
    r"(?:the\s+)?(?:stalled\s+|direct\s+|new\s+)?(?:peace|ceasefire|accession)\s+$",
    re.IGNORECASE,
)
_HIS_MEETING = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_LIST_ITEM = re.compile(r";\s*(?:and\s+)?(?:(?:Dr|Mr|Ms|Mrs|H\.?E|Sheikh)\.?\s+)?")


def _listed_on(
    doc: Document, sentence: Sentence, actors: list[Mention], clause_end: re.Match[str]
) -> bool:
    """ "met with A, Deputy Prime Minister of Vietnam; B, Minister of Foreign Affairs of
    Austria; and C, ...": a semicolon between 'name, title' items continues the list."""
    item = _LIST_ITEM.match(sentence.text, clause_end.start())
    if item is None:
        return False
    at = sentence.start + item.end()
    return any(m.start == at and doc.article.text[m.end : m.end + 1] == "," for m in actors)


_CLAUSE_END = re.compile(
    # "welcomed the two leaders before the talks opened ... attended by X": X is not met here;
    # "shortly after his conversation with Putin" still names a counterpart
    r"\s(?:before|after|until)\s+(?:the|a|his|her|their)\s(?!(?:\w+\s)?(?:conversation|call|talks|meeting)\s+with\b)|"
    r",\s+(?:telling|saying|adding|noting|stressing|calling|warning|describing|urging|insisting|"
    r"discussing|exchanging|reviewing|focusing|during which|"
    r"who\b|which\b|while\b|whereas\b|but\b)|;|"
    # "with three of his counterparts – A, B and C": the dash opens the list
    r"(?<!counterparts)(?<!colleagues)(?<!leaders)(?<!ministers)\s[-–—]\s|"
    # "talks with Kerry ... to pave the way for a visit by Obama": Obama is not at the talks
    # "have met for the first time since President Trump took office": Trump is not there
    r"\ssince\s|"
    r"\s(?:to\s+(?:pave|prepare|lay)|ahead\s+of|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\b|"
    # "..., the State Department said, three days after Trump and Putin ...": the objects end
    r",\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}(?:said|says|reported|announced|told)\b"
)
_ATTENDED_BY = re.compile(r"[^.;]{0,60}?\b(?:was|were)\s+(?:also\s+)?attended\s+by\b", re.I)
_TOOK_PLACE = re.compile(
    r"\b(took place|was held|were held|opened|convened|met|gathered|is being held|kicked off|"
    r"hosted|hosts|chaired|chairs|started|began|got under way|converged on|will be held)\b",
    re.I,
)


def _gatherings(doc: Document, meetings: list[Meeting]) -> list[Meeting]:
    """ "A session of the CSTO Council took place in Minsk. Taking part were ...": one summit.

    The gathering is named in one sentence and its attendees in the next few, so no single
    sentence holds a meeting trigger with two persons.
    """
    found: list[Meeting] = []
    for sentence in doc.sentences:
        text = sentence.text
        # an organisation or the word "summit" first: cheaper than the two patterns, and rarer
        orgs = [m.ref for m in doc.mentions_in(sentence, {"org"}) if isinstance(m.ref, OrgRef)]
        if not orgs and not ("summit" in sentence.folded and _SUMMIT.search(text)):
            continue
        gathering, took_place = _GATHERING.search(text), _TOOK_PLACE.search(text)
        if not (gathering and took_place):
            continue
        if took_place.end() <= gathering.start() and _PURPOSE_BEFORE.search(
            text, took_place.end(), gathering.start()
        ):
            continue  # "met A and B to discuss the decisions of the NATO Summit": a topic
        keys: dict[str, PersonRef] = {}
        evidence = [doc.evidence(sentence)]
        # the attendees follow; a speaker "addressing the summit" may come just before
        for follow in doc.sentences[max(0, sentence.index - 1) : sentence.index + 4]:
            if follow.index != sentence.index and not _ATTEND.search(follow.text):
                continue
            if follow.index < sentence.index and not _GATHERING.search(follow.text):
                continue
            if re.search(r"\b(?:did not|didn't|not come|skipp\w+|absent)\b", follow.text):
                continue
            people = [
                m
                for m in context.persons(doc, follow)
                if not context.attributed(doc, m)
                # "while Modi sent Jaishankar", "Modi is represented by Jaishankar": absent
                and not _SENT_INSTEAD.match(doc.article.text, m.end)
            ]
            for m in people:
                if isinstance(m.ref, PersonRef):
                    keys.setdefault(m.ref.key, m.ref)
            if people and follow.index != sentence.index:
                evidence.append(doc.evidence(follow))
        if len(keys) < 3:
            continue
        start, end = _dates(doc, sentence, 0)
        found.append(
            Meeting(
                evidence=tuple(evidence),
                confidence=0.7,
                participants=tuple(sorted(keys.values(), key=lambda p: p.key)),
                status="planned" if context.FUTURE.search(text) else "completed",
                start=start,
                end=end,
                place=_place(doc, sentence),
                organisation=orgs[0] if orgs else None,
            )
        )
    return found


# "a US delegation headed by Assistant Secretary of State ... X": the words up to the person
_HEADED_BY = re.compile(_DELEGATION_LED_BY.pattern + r"\s+(?:[\w.'-]+\s+){0,10}$", re.I)
_TALKS_BEGAN = re.compile(
    r"\b(?:talks|negotiations|consultations)\s+(?:began|opened|started|were held|took place|"
    r"kicked off|are being held)\b",
    re.I,
)


def _delegations(doc: Document, memory: _Memory) -> list[Meeting]:
    """ "Uzbek-US negotiations began ..., a US delegation headed by X arrived. The Uzbek
    delegation at the talks is headed by Y": X and Y met, though no sentence says so."""
    found: list[Meeting] = []
    met = {frozenset(p.key for p in m.participants) for m in memory.meetings}
    for sentence in doc.sentences:
        if not any_in(sentence.folded, ("talks", "negotiations", "consultations")):
            continue
        if not _TALKS_BEGAN.search(sentence.text):
            continue
        window = doc.sentences[sentence.index : sentence.index + 3]
        if not any("delegation" in s.lower for s in window):
            continue
        heads: dict[str, PersonRef] = {}
        evidence = []
        for follow in window:
            for m in context.persons(doc, follow):
                if isinstance(m.ref, PersonRef) and _HEADED_BY.search(
                    doc.article.text, max(follow.start, m.start - 160), m.start
                ):
                    heads.setdefault(m.ref.key, m.ref)
                    if doc.evidence(follow) not in evidence:
                        evidence.append(doc.evidence(follow))
        if len(heads) != 2 or frozenset(heads) in met:
            continue
        start, end = _dates(doc, sentence, 0)
        found.append(
            Meeting(
                evidence=tuple(evidence),
                confidence=0.6,
                participants=tuple(sorted(heads.values(), key=lambda p: p.key)),
                status="planned" if context.FUTURE.search(sentence.text) else "completed",
                start=start,
                end=end,
                place=_place(doc, sentence),
            )
        )
    return found


def _grow_summits(doc: Document, meetings: list[Meeting]) -> list[Meeting]:
    """A summit's attendees are named across sentences: the chair, the list, "also attended"."""
    out: list[Meeting] = []
    for meeting in meetings:
        quote = meeting.evidence[0].quote
        # "who is in Granada to attend the summit, held a meeting with ...": a meeting at a
        # summit is not the summit
        at_summit = _AT_SUMMIT.search(quote)
        summit = (
            re.search(r"\bsummit\b", quote, re.I) and not at_summit
        ) or meeting.organisation is not None
        # three or more at one table is a multilateral meeting whatever it is called: "A and B
        # were joined at the talks by C. D also attended."
        if (
            meeting.mode != "in_person"
            or len(meeting.participants) < 3
            or (at_summit and not summit)
            or _SEPARATE.search(quote)  # "a separate trilateral meeting": only those named
        ):
            out.append(meeting)
            continue
        keys = {p.key: p for p in meeting.participants}
        org = meeting.organisation
        for sentence in doc.sentences:
            if not _ATTEND.search(sentence.text) or context.DENY.search(sentence.text):
                continue
            names_org = org is not None and any(
                isinstance(m.ref, OrgRef) and m.ref.acronym == org.acronym
                for m in doc.mentions_in(sentence, {"org"})
            )
            near = any(
                -1 <= sentence.index - e.sentence_index <= 3 for e in meeting.evidence
            ) and re.search(r"represented by|also attended|took part|taking part", sentence.text)
            if not (near or summit and (_GATHERING.search(sentence.text) or names_org)):
                continue
            if re.search(r"\b(?:not|did not|didn't|skip\w*|absent)\b", sentence.text):
                continue
            for m in context.persons(doc, sentence):
                if (
                    isinstance(m.ref, PersonRef)
                    and not context.attributed(doc, m)
                    and not _SENT_INSTEAD.match(doc.article.text, m.end)
                ):
                    keys.setdefault(m.ref.key, m.ref)
        out.append(
            replace(meeting, participants=tuple(sorted(keys.values(), key=lambda p: p.key)))
            if len(keys) > len(meeting.participants)
            else meeting
        )
    # one summit reported twice ("the summit brought together ...", "the leaders met ...")
    unique: dict[tuple[frozenset[str], str], Meeting] = {}
    for m in out:
        key = (frozenset(p.key for p in m.participants), m.mode)
        best = unique.get(key)
        if best is None or (m.organisation and not best.organisation):
            unique[key] = m if best is None else replace(m, evidence=best.evidence + m.evidence)
    out = list(unique.values())
    sets = [frozenset(p.key for p in m.participants) for m in out]
    return [
        m
        for i, m in enumerate(out)
        if len(sets[i]) < 3
        or _SEPARATE.search(m.evidence[0].quote)
        or not any(j != i and sets[i] < sets[j] and out[j].mode == m.mode for j in range(len(out)))
    ]


def _place(doc: Document, sentence: Sentence) -> CityRef | None:
    for m in doc.mentions_in(sentence, {"city"}):
        before = doc.article.text[max(0, m.start - 30) : m.start]
        after = doc.article.text[m.end : m.end + 25]
        if _SPEAKER_IN.search(before):
            continue  # "the foreign ministry in Amman said": where the speaker is, not the meeting
        if _SAID_AFTER.match(after):
            continue
        if _IN_CITY.search(doc.article.text[max(0, m.start - 16) : m.start]) and isinstance(
            m.ref, CityRef
        ):
            return m.ref
    if doc.dateline_city is not None and _HERE.search(sentence.text):
        return doc.dateline_city  # "held talks ... here on Monday": the dateline's city
    return None


def _merge_meeting(meetings: list[Meeting], new: Meeting) -> None:
    keys = {p.key for p in new.participants}
    if _SEPARATE.search(new.evidence[0].quote):
        meetings.append(new)  # "held a separate trilateral meeting": not the one before
        return
    for i, old in enumerate(meetings):
        if {p.key for p in old.participants} == keys and old.mode == new.mode:
            meetings[i] = replace(
                old,
                status=new.status if new.status == "cancelled" else old.status,
                start=old.start or new.start,
                end=old.end or new.end,
                # "Xi recalled his meeting with Quang last November in Lima": another occasion
                place=old.place or (None if _RECALLED.search(new.evidence[0].quote) else new.place),
                organisation=old.organisation or new.organisation,
                hedged=old.hedged and new.hedged,
                evidence=old.evidence + tuple(e for e in new.evidence if e not in old.evidence),
            )
            return
    meetings.append(new)


def _place_from_visits(meeting: Meeting, visits: list[Visit]) -> Meeting:
    if meeting.place is not None or meeting.mode != "in_person":
        return meeting
    keys = {p.key for p in meeting.participants}
    for visit in visits:
        if visit.visitor.key in keys and visit.city is not None:
            if meeting.start and visit.start and meeting.start < visit.start:
                continue  # met before setting out: not at the trip's destination
            if meeting.start and visit.end and meeting.start > visit.end:
                continue
            return replace(meeting, place=visit.city)
    return meeting
