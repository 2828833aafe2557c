"""Temporal expressions of wire copy, resolved against the publication date.

Wire conventions differ from a general parser's: a bare weekday is the nearest such day in the
direction the verb's tense points ("on Tuesday" in a story dated Tuesday is that day; "will
arrive on Wednesday" is the next Wednesday, where dateparser would return the last one), and
"next week" is a span, not a day. Absolute dates without a year take the year that puts them
closest to the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from diplokg.extract.document import any_in, fold

Tense = Literal["past", "present", "future"]

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_RANGE_SEP = r"\s*(?:-|–|—|to|through|until|and)\s*"

# Each pattern starts with a look-ahead for the characters its matches can begin with (under
# the pattern's own flags, so a case-insensitive one admits every case form): ``re`` tries a
# pattern at each position of the sentence, and the look-ahead turns most of them away at one
# character test instead of an attempt at each alternative. It admits every match's first
# character, so no match changes.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?=[12])(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    # "March 2-3", "March 30 to April 2", "March 2, 2019"
    (
        "md",
        re.compile(
            rf"\b(?=[ADFJMNOS]){_MONTH}\s+{_DAY}(?:{_RANGE_SEP}(?:{_MONTH2}\s+)?{_DAY2})?{_YEAR}\b"
        ),
    ),
    # "2-3 March", "12 May 2019", "30 March to 2 April"
    (
        "dm",
        re.compile(
            rf"\b(?=\d){_DAY}(?:{_RANGE_SEP}{_DAY2})?\s+(?:of\s+)?{_MONTH}(?:{_RANGE_SEP}{_DAY2.replace('day2', 'day3')}\s+{_MONTH2})?{_YEAR}\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?=[nltcpmwfs])(?:(?P<mod>next|last|this|coming|past)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?=[tyl])(?P<rel>today|tonight|yesterday|tomorrow|the day before yesterday|"
            r"last night|this (?:morning|afternoon|evening))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relspan",
        re.compile(
            r"\b(?=[nlteis])(?P<span>(?:next|last|this|the coming|the past|later this|earlier this)\s+(?:week|month|year)|in the coming days|in the near future|soon)\b",
            re.IGNORECASE,
        ),
    ),
]

# What every match of each pattern holds: most sentences name no date, and these tests are far
# cheaper than the scans. The patterns with digits need one (``_DIGIT`` is ``\\d``, as they use
# it); "md" and "dm" also a month name, which starts with one of ``_MONTH_STEMS`` as written
# (those two patterns are case-sensitive). The others need one of their words (as ``fold``
# shows it).
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HINTS: dict[str, tuple[str, ...]] = {
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "relday": (
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "last night",
        "this morning",
        "this afternoon",
        "this evening",
    ),
    "relspan": ("week", "month", "year", "in the coming days", "in the near future", "soon"),
}

_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
}
_FUTURE = re.compile(
    r"\b(will|shall|would|'ll|is to|are to|to be|plans?|planned|planning|expected|scheduled|due|set to|slated|upcoming|forthcoming|next|intends?|going to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    # "United", "Ahmed": a capitalised word in -ed is a name, not a past verb
    r"\b(was|were|had|did|last|ago|yesterday|earlier|(?-i:[a-z])\w*ed)\b",
    re.IGNORECASE,
)
# Every ``_PAST`` match starts a word: saying so first spares ``re`` trying each alternative at
# every character, and changes no match.
_PAST_AT_WORDS = re.compile(rf"\b(?=\w)(?:{_PAST.pattern})", _PAST.flags)


@dataclass(frozen=True)
class TimeExpr:
    start: int  # offset in the text it was found in
    end: int
    text: str
    value: dt.date | None  # the day, or the first day of a range
    end_value: dt.date | None = None  # last day of a range
    is_span: bool = False  # "next week": a span with no single day


_FUTURE_HINTS = (
    "will",
    "shall",
    "would",
    "'ll",
    "is to",
    "are to",
    "to be",
    "plan",
    "expected",
    "scheduled",
    "due",
    "set to",
    "slated",
    "upcoming",
    "forthcoming",
    "next",
    "intend",
    "going to",
)  # one of which every ``_FUTURE`` match holds


def sentence_tense(text: str) -> Tense:
    folded = fold(text)
    if any_in(folded, _FUTURE_HINTS) and _FUTURE.search(text):
        return "future"
    if _PAST_AT_WORDS.search(text):
        return "past"
    return "present"


_TENSED = frozenset({"weekday", "md", "dm"})  # the kinds whose day the tense chooses
# Where a clause with its own verb begins or ends.
_CLAUSE_EDGE = re.compile(
    r";|,\s+(?:who|which|where|while|whereas|but|and|after|before|when)\b|\s+and\s+(?=will\b|is\b|was\b)|"
    # "..., the United Nations said on Friday": the attribution's tense is not the event's
    r",\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}(?:said|says|told|reported|announced)\b"
)


def clause_tense(text: str, m: re.Match[str], whole: Tense) -> Tense:
    """The tense of the verb nearest a date: before it in its clause, else after it."""
    return _own_clause_tense(text, m) or whole


def _own_clause_tense(text: str, m: re.Match[str]) -> Tense | None:
    """``clause_tense`` short of its fallback: None where both sides of the date read present."""
    edges = [e.end() for e in _CLAUSE_EDGE.finditer(text, 0, m.start())]
    before = sentence_tense(text[edges[-1] if edges else 0 : m.end()])
    if before != "present":
        return before
    nxt = _CLAUSE_EDGE.search(text, m.end())
    after = sentence_tense(text[m.end() : nxt.start() if nxt else len(text)])
    return after if after != "present" else None


def _closest_year(month: int, day: int, anchor: dt.date, tense: Tense) -> dt.date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense == "future":
        ahead = [c for c in candidates if c >= anchor - dt.timedelta(days=1)]
        candidates = ahead or candidates
    elif tense == "past":
        behind = [c for c in candidates if c <= anchor + dt.timedelta(days=1)]
        # "the visit on April 13-15 has been postponed" (filed April 2): the verb is past, the
        # date ahead; a past day without its year is a recent one
        if behind and (anchor - max(behind)).days <= 183:
            candidates = behind
    return min(candidates, key=lambda c: abs((c - anchor).days))


def _make_date(
    year: str | None, month: int, day: int, anchor: dt.date | None, tense: Tense
) -> dt.date | None:
    if year:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    if anchor is None:
        return None
    return _closest_year(month, day, anchor, tense)


def resolve_weekday(
    weekday: int, anchor: dt.date, tense: Tense, modifier: str | None = None
) -> dt.date:
    delta = weekday - anchor.weekday()
    if modifier in {"next", "coming"}:
        return anchor + dt.timedelta(days=(delta % 7) or 7)
    if modifier in {"last", "past"}:
        return anchor - dt.timedelta(days=(-delta % 7) or 7)
    if delta == 0:
        return anchor
    if tense == "future" or (modifier == "this" and tense == "present"):
        # "confers with Bush in Washington this Tuesday": the coming one unless told otherwise
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=-delta % 7)


def find_dates(text: str, anchor: dt.date | None, tense: Tense | None = None) -> list[TimeExpr]:
    """Every temporal expression in ``text``, non-overlapping, in order of appearance.

    Without a ``tense`` each expression takes its own clause's: in "Erdogan, who arrived in
    Astana on Thursday evening, was scheduled to return" the Thursday is a past one.
    """
    # The sentence's tense is every date's fallback, and costs a scan of the sentence: many
    # sentences a caller asks about name no date, so it is read only once a date needs it.
    whole: Tense | None = tense
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    digit = _DIGIT.search(text) is not None
    month = digit and any_in(text, _MONTH_STEMS)
    folded = fold(text)
    possible = {
        "iso": digit and "-" in text,
        "md": month,
        "dm": month,
        "weekday": any_in(folded, _HINTS["weekday"]),
        "relday": any_in(folded, _HINTS["relday"]),
        "relspan": any_in(folded, _HINTS["relspan"]),
    }
    for kind, pattern in _PATTERNS:
        if not possible[kind]:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            local: Tense | None = None
            if tense is None and kind in _TENSED:
                local = _own_clause_tense(text, m)
            if local is None:
                if whole is None:
                    whole = sentence_tense(text)
                local = whole
            expr = _resolve(kind, m, anchor, local)
            if expr is not None:
                found.append(expr)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda e: e.start)
    # "on Thursday (13 September 2018)", "Thursday, Sept. 13": the written date is the day
    return [
        e
        for i, e in enumerate(found)
        if not (
            (after := found[i + 1] if i + 1 < len(found) else None) is not None
            and _WEEKDAY_ONLY.fullmatch(e.text)
            and _DIGIT.search(after.text)
            and _DATE_GAP.fullmatch(text, e.end, after.start)
        )
    ]


_WEEKDAY_ONLY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_DATE_GAP = re.compile(r"\s*[(,]?\s*")


def _resolve(kind: str, m: re.Match[str], anchor: dt.date | None, tense: Tense) -> TimeExpr | None:
    g = m.groupdict()
    value: dt.date | None = None
    end_value: dt.date | None = None
    if kind == "iso":
        try:
            value = dt.date(int(g["year"]), int(g["m"]), int(g["day"]))
        except ValueError:
            return None
    elif kind in {"md", "dm"}:
        month = MONTHS[fold(g["month"]).rstrip(".")]
        day = int(g["day"])
        if kind == "dm" and m.group().lower().startswith(("may",)):
            return None
        value = _make_date(g.get("year"), month, day, anchor, tense)
        day_end = g.get("day2") or g.get("day3")
        if day_end:
            month_end = MONTHS[fold(g["month2"]).rstrip(".")] if g.get("month2") else month
            if kind == "dm" and g.get("day2") and not g.get("day3"):
                month_end = month
            end_value = _make_date(g.get("year"), month_end, int(day_end), anchor, tense)
            if value and end_value and end_value < value:
                end_value = None
        if kind == "md" and g["month"].lower() == "may" and not day:
            return None
    elif kind == "weekday":
        if anchor is None:
            return None
        value = resolve_weekday(
            WEEKDAYS[fold(g["wd"])], anchor, tense, (g.get("mod") or "").lower() or None
        )
    elif kind == "relday":
        if anchor is None:
            return None
        rel = g["rel"].lower()
        offset = _RELATIVE_DAYS.get(rel, 0)  # "this morning", "this evening": today
        value = anchor + dt.timedelta(days=offset)
    elif kind == "relspan":
        return TimeExpr(m.start(), m.end(), m.group(), None, None, is_span=True)
    if value is None:
        return None
    return TimeExpr(m.start(), m.end(), m.group(), value, end_value)
