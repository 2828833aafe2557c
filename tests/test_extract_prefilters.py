"""The word tests that let the extractor skip costly regex scans must never skip a real match.

Each cheap pre-filter (``context.Cue`` words, the visit, meeting and discussion ``Triggers``
words, the date and tense hints) is written by hand beside its pattern. These tests hold every
pattern against its words over the dev and sample articles and sentences built to stress case
folding, so an alternative added to a pattern without its word fails here instead of silently
losing facts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplokg.extract import context, dates, events, topics
from diplokg.extract.document import any_in, fold
from diplokg.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
STRESS = [
    "Lavrov WILL LEAVE FOR Minsk on TUESDAY, the ministry said.",
    "The mınister ıs expected to VİSİT Ankara next week; the trip was not ruled out.",
    "The talks were poſtponed and the vıſit called off, officials said on March 2-3.",
    "President Erdoğan received the Emirati foreign minister in İstanbul yesterday.",
    "The two sides held a phone conversation and agreed to meet in the coming days.",
    "Officials denied reports he would travel to Kyiv; he has no intention of going.",
    "It's the SCO summit: leaders gathered in Astana on 2024-07-04 for round table talks.",
    "He flew back home after a three-day tour of the Gulf that wrapped up on Friday.",
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("data/*/articles/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("data/samples/*.txt"))]
    found = [s.text for text in texts for s in split_sentences(text)]
    return found + STRESS + [s.upper() for s in STRESS] + [s.lower() for s in STRESS]


SENTENCES = _sentences()


def test_the_corpus_is_big_enough_to_mean_something() -> None:
    assert len(SENTENCES) > 600


@pytest.mark.parametrize("name", ["FUTURE", "HEDGE", "CANCEL", "DENY"])
def test_every_cue_match_holds_one_of_its_words(name: str) -> None:
    cue: context.Cue = getattr(context, name)
    matched = [s for s in SENTENCES if cue.pattern.search(s)]
    assert matched, f"{name} matches nothing: the test would prove nothing"
    missed = [s for s in matched if not any_in(fold(s), cue.words)]
    assert missed == []
    assert all(cue.search(s) is not None for s in matched)


@pytest.mark.parametrize(
    "triggers",
    [events._VISIT_ANY, events._MEETING_ANY, topics._TRIGGER_SCAN],
    ids=["visit", "meeting", "discussion"],
)
def test_trigger_scan_finds_what_the_plain_alternation_finds(triggers: events.Triggers) -> None:
    """The filtered, word-anchored alternation against the unfiltered one it replaced."""
    plain = re.compile(
        "|".join(f"(?P<t{i}>{p.pattern})" for i, (_, p) in enumerate(triggers._triggers)),
        re.IGNORECASE,
    )
    hits = 0
    for sentence in (s for text in SENTENCES for s in split_sentences(text)):
        want = [
            (triggers._triggers[int(str(m.lastgroup)[1:])][0], m.span())
            for m in plain.finditer(sentence.text)
        ]
        got = [(kind, m.span()) for kind, m in triggers.finditer(sentence)]
        assert got == want, sentence.text
        hits += len(want)
    assert hits > 80


def test_tense_hints_cover_the_future_pattern() -> None:
    matched = [s for s in SENTENCES if dates._FUTURE.search(s)]
    assert len(matched) > 100
    assert [s for s in matched if not any_in(fold(s), dates._FUTURE_HINTS)] == []
    for s in SENTENCES:
        assert bool(dates._PAST_AT_WORDS.search(s)) == bool(dates._PAST.search(s)), s


@pytest.mark.parametrize("kind", sorted(dates._HINTS))
def test_date_hints_cover_their_patterns(kind: str) -> None:
    pattern = dict(dates._PATTERNS)[kind]
    matched = [s for s in SENTENCES if pattern.search(s)]
    assert matched, f"{kind} matches nothing: the test would prove nothing"
    assert [s for s in matched if not any_in(fold(s), dates._HINTS[kind])] == []


@pytest.mark.parametrize("kind", ["iso", "md", "dm"])
def test_numeric_date_patterns_need_a_digit_and_months_a_month_stem(kind: str) -> None:
    pattern = dict(dates._PATTERNS)[kind]
    for s in SENTENCES:
        if pattern.search(s):
            assert dates._DIGIT.search(s), s
            if kind != "iso":
                assert any_in(s, dates._MONTH_STEMS), s


def test_discussion_trigger_words_cover_their_patterns() -> None:
    """``topics`` skips sentences without one of its hint words: no trigger may lack one."""
    extra = [
        "The ministers compared notes on Afghanistan.",
        "They paid special attention to transit.",
        "Leaders focused their efforts on trade.",
        "He raised the issue of visas.",
        "She spoke by phone with him on Friday about the crisis.",
        "Issues of energy were also discussed.",
        "Transit was on the agenda.",
    ]
    pairs = [
        (topics.TRIGGER, topics._TRIGGER_HINTS, 50),
        (topics._PASSIVE, topics._PASSIVE_HINTS, 3),
    ]
    for pattern, words, enough in pairs:
        matched = [s for s in SENTENCES + extra if pattern.search(s)]
        assert len(matched) > enough
        assert [s for s in matched if not any_in(fold(s), words)] == []
