import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplokg.extract.dates import find_dates, resolve_weekday

TUE = dt.date(2012, 8, 14)  # a Tuesday


def first(text, anchor=TUE):
    found = [e for e in find_dates(text, anchor) if not e.is_span]
    return (found[0].value, found[0].end_value) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov on Tuesday will leave for Minsk", (dt.date(2012, 8, 14), None)),
        ("He will arrive on Wednesday", (dt.date(2012, 8, 15), None)),
        ("He arrived on Monday", (dt.date(2012, 8, 13), None)),
        ("He arrived on Wednesday", (dt.date(2012, 8, 8), None)),
        ("They will meet next Tuesday", (dt.date(2012, 8, 21), None)),
        ("The program is planned for August 15.", (dt.date(2012, 8, 15), None)),
        ("talks will take place on March 2-3", (dt.date(2013, 3, 2), dt.date(2013, 3, 3))),
        ("he visited on 12 May 2019", (dt.date(2019, 5, 12), None)),
        ("from 30 March to 2 April 2015", (dt.date(2015, 3, 30), dt.date(2015, 4, 2))),
        ("Dec. 31, 2011", (dt.date(2011, 12, 31), None)),
        ("talks held yesterday", (dt.date(2012, 8, 13), None)),
        ("they will talk tomorrow", (dt.date(2012, 8, 15), None)),
        ("signed on 2012-07-01", (dt.date(2012, 7, 1), None)),
    ],
)
def test_wire_dates(text, expected):
    assert first(text) == expected


def test_next_week_is_a_span_not_a_day():
    [expr] = find_dates("He will visit Minsk next week", TUE)
    assert expr.is_span and expr.value is None


def test_modal_may_is_not_a_month():
    assert find_dates("the parties may discuss Syria", TUE) == []


def test_no_anchor_means_no_relative_dates():
    assert find_dates("on Tuesday", None) == []
    assert first("on 3 June 2014", None) == (dt.date(2014, 6, 3), None)


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)),
    st.integers(0, 6),
    st.sampled_from(["past", "future", "present"]),
)
def test_weekday_resolution_lands_on_that_weekday_within_a_week(anchor, weekday, tense):
    value = resolve_weekday(weekday, anchor, tense)
    assert value.weekday() == weekday
    assert abs((value - anchor).days) <= 6
    if tense == "future":
        assert value >= anchor
    if tense == "past":
        assert value <= anchor


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)))
def test_month_day_without_year_is_within_a_year_of_the_anchor(anchor):
    [expr] = find_dates("on August 15", anchor)
    assert expr.value.month == 8 and expr.value.day == 15
    assert abs((expr.value - anchor).days) <= 366


def test_each_date_takes_the_tense_of_its_own_clause():
    friday = dt.date(2023, 11, 3)
    text = "Erdogan, who arrived in Astana on Thursday evening, was scheduled to return home."
    [thursday] = find_dates(text, friday)
    assert thursday.value == dt.date(2023, 11, 2)  # past, though the sentence also has a plan
    seed = "Russian Foreign Minister Sergei Lavrov on Wednesday will leave for Minsk."
    [wednesday] = find_dates(seed, dt.date(2012, 8, 14))
    assert wednesday.value == dt.date(2012, 8, 15)  # the verb after the date decides


def test_visit_start_skips_until_and_other_clauses():
    from diplokg.extract import extract
    from diplokg.model import Article

    text = (
        "Indian External Affairs Minister Subrahmanyam Jaishankar, who is touring the region "
        "until Wednesday, is scheduled to travel to Oman on Monday."
    )
    x = extract(Article(id="t", text=text, date=dt.date(2022, 9, 11)))
    assert [(v.destination.iso3, v.start) for v in x.visits] == [("OMN", dt.date(2022, 9, 12))]


def test_a_weekday_or_month_spelt_with_long_s_or_dotless_i_resolves() -> None:
    # "re" matches these case-insensitively; the lookup must fold them the same way
    from diplokg.extract import extract
    from diplokg.model import Article

    x = extract(
        Article(
            id="t",
            text="Russian Foreign Minister Sergei Lavrov will visit Minsk on Tueſday. "
            "He will travel to Belarus on 15 Auguſt.",
            date=dt.date(2012, 8, 13),
        )
    )
    assert x.visits
