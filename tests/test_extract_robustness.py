"""Whatever the text, extraction returns statements whose graph passes the SHACL gate.

Real wire copy is messy (stray quotes, lists of names, unicode dashes); a crash or an invalid
graph would drop the whole article from a batch, so both are checked on generated text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplokg.extract import extract
from diplokg.model import Article
from diplokg.rdf import article_graph
from diplokg.validate import validate_graph

WORDS = [
    "Russian",
    "Foreign",
    "Minister",
    "Sergei",
    "Lavrov",
    "President",
    "Alexander",
    "Lukashenko",
    "will",
    "visit",
    "arrived",
    "in",
    "Minsk",
    "Moscow",
    "Beijing",
    "talks",
    "with",
    "his",
    "counterpart",
    "Wang",
    "Yi",
    "discussed",
    "the",
    "situation",
    "Syria",
    "and",
    "CSTO",
    "member",
    "states",
    "on",
    "Tuesday",
    "August",
    "15",
    "phone",
    "call",
    "summit",
    "SCO",
    "Prime",
    "met",
    "received",
    "said",
    ",",
    ".",
    "\u201c",
    "\u201d",
    "-",
    "\u2014",
    "'s",
    "cancelled",
    "trip",
    "to",
    "Kazakhstan",
    "became",
    "NATO",
    "31st",
    "of",
    "Secretary-General",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=80),
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
)
def test_extraction_of_any_word_salad_validates(words, date):
    text = " ".join(words)
    extraction = extract(Article(id="fuzz", text=text, date=date))
    for statement in extraction.statements():
        for evidence in statement.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote
    assert validate_graph(article_graph(extraction)) == []


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_extraction_never_crashes_on_arbitrary_text(text):
    if not text.strip():
        return
    extract(Article(id="fuzz", text=text.strip(), date=None))
