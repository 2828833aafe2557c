"""Office-holder reference data (officeholders.csv) and Reference.office_terms."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from diplokg.errors import ReferenceDataError
from diplokg.reference import (
    OFFICEHOLDER_COLUMNS,
    OfficeTerm,
    Reference,
    load_reference,
    office_terms,
)

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "data" / "reference"
CSV_PATH = REFERENCE_DIR / "officeholders.csv"
FILE_ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "secretary_general",
    "spokesperson",
}
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

G20 = [
    "USA",
    "CHN",
    "RUS",
    "GBR",
    "FRA",
    "DEU",
    "ITA",
    "JPN",
    "CAN",
    "IND",
    "BRA",
    "ZAF",
    "AUS",
    "KOR",
    "IDN",
    "SAU",
    "TUR",
    "ARG",
    "MEX",
]
EURASIA = [
    "BLR",
    "KAZ",
    "KGZ",
    "TJK",
    "UZB",
    "TKM",
    "ARM",
    "AZE",
    "MDA",
    "GEO",
    "UKR",
    "PAK",
    "IRN",
    "MNG",
]
MIDDLE_EAST = [
    "ISR",
    "PSE",
    "JOR",
    "EGY",
    "SYR",
    "IRQ",
    "LBN",
    "ARE",
    "QAT",
    "KWT",
    "OMN",
    "BHR",
    "YEM",
]
OTHERS = [
    "PRK",
    "VNM",
    "THA",
    "MYS",
    "SGP",
    "PHL",
    "BGD",
    "AFG",
    "ETH",
    "NGA",
    "KEN",
    "SRB",
    "HUN",
    "POL",
    "FIN",
    "SWE",
    "NOR",
    "ESP",
    "NLD",
    "BEL",
    "AUT",
    "CHE",
    "GRC",
    "CYP",
    "CUB",
    "VEN",
    "NZL",
]
ORGS = ["UN", "NATO", "CSTO", "CIS", "SCO", "OSCE", "IAEA", "WHO"]


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference(REFERENCE_DIR)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def holders(ref: Reference, name: str, on: str | None) -> list[tuple[str, str | None, str]]:
    return [
        (term.role, term.state or term.org, term.person)
        for term in ref.office_terms(name, day(on) if on else None)
    ]


def csv_rows() -> list[dict[str, str]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- the file ---------------------------------------------------------------------------------


def test_the_file_loads_with_its_terms(ref: Reference) -> None:
    assert len(ref.officeholders) >= 500
    assert all(isinstance(term, OfficeTerm) for term in ref.officeholders)
    assert {term.role for term in ref.officeholders} == FILE_ROLES
    assert load_reference().officeholders == ref.officeholders


def test_the_header_and_date_format() -> None:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == OFFICEHOLDER_COLUMNS
    for row in csv_rows():
        for column in ("start", "end"):
            assert row[column] == "" or FULL_DATE.match(row[column]), row


def test_every_state_and_organisation_is_known(ref: Reference) -> None:
    for term in ref.officeholders:
        assert (term.state is None) != (term.org is None), term
        if term.state is not None:
            assert term.state in ref.states, term
        else:
            assert term.org in ref.orgs, term
            assert term.role in ("secretary_general", "spokesperson"), term


def test_every_term_ends_after_it_starts(ref: Reference) -> None:
    for term in ref.officeholders:
        if term.start and term.end:
            assert term.start <= term.end, term


def test_one_holder_at_a_time_for_each_office(ref: Reference) -> None:
    """Terms of one role in one state or organisation may touch on a handover day, no more."""
    offices: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
    for term in ref.officeholders:
        if term.role == "spokesperson":
            continue  # a ministry and a president's office each have theirs, several at once
        offices[(term.role, term.state or term.org or "")].append(term)
    overlaps = []
    for office, terms in offices.items():
        terms.sort(key=lambda t: t.start or dt.date.min)
        for before, after in zip(terms, terms[1:], strict=False):
            if before.end is None or after.start is None or after.start < before.end:
                overlaps.append((office, before.person, before.end, after.person, after.start))
    assert not overlaps


def test_no_row_repeats_another() -> None:
    keys = [(r["person"], r["role"], r["state"], r["org"], r["start"]) for r in csv_rows()]
    assert len(keys) == len(set(keys))


def test_the_states_and_organisations_asked_for_are_covered(ref: Reference) -> None:
    covered = {term.state or term.org for term in ref.officeholders}
    assert set(G20 + EURASIA + MIDDLE_EAST + OTHERS + ORGS) <= covered
    for iso3 in G20:
        roles = {t.role for t in ref.officeholders if t.state == iso3}
        assert {"head_of_state", "foreign_minister"} <= roles or {
            "head_of_government",
            "foreign_minister",
        } <= roles, iso3


def test_monarchs_and_crown_princes(ref: Reference) -> None:
    assert holders(ref, "Abdullah II", "2020-01-01") == [("head_of_state", "JOR", "Abdullah II")]
    assert ("head_of_state", "SAU", "Salman bin Abdulaziz Al Saud") in holders(
        ref, "King Salman", "2023-01-01"
    )
    assert holders(ref, "Mohammed bin Salman", "2022-09-26") == []
    assert holders(ref, "Mohammed bin Salman", "2022-09-27") == [
        ("head_of_government", "SAU", "Mohammed bin Salman")
    ]
    assert holders(ref, "Emir Tamim", "2020-01-01") == [
        ("head_of_state", "QAT", "Tamim bin Hamad Al Thani")
    ]
    assert holders(ref, "Sultan Haitham", "2021-01-01")[0][:2] == ("head_of_state", "OMN")


# --- lookups by name and date ----------------------------------------------------------------


def test_lavrov_is_russias_foreign_minister(ref: Reference) -> None:
    assert holders(ref, "Sergei Lavrov", "2012-08-14") == [
        ("foreign_minister", "RUS", "Sergei Lavrov")
    ]
    alias = holders(ref, "Sergey Lavrov", "2012-08-14")
    assert alias == holders(ref, "Sergei Lavrov", "2012-08-14")


def test_qin_gang_and_wang_yi(ref: Reference) -> None:
    assert holders(ref, "Qin Gang", "2023-02-03") == [("foreign_minister", "CHN", "Qin Gang")]
    assert holders(ref, "Qin Gang", "2023-08-01") == []
    assert holders(ref, "Wang Yi", "2023-08-01") == [("foreign_minister", "CHN", "Wang Yi")]
    (term,) = ref.office_terms("Wang Yi", day("2023-08-01"))
    assert term.start == day("2023-07-25") and term.end is None
    assert holders(ref, "Wang Yi", "2023-05-01") == []


def test_heads_of_state_and_secretaries(ref: Reference) -> None:
    assert holders(ref, "Xi Jinping", "2020-01-01") == [("head_of_state", "CHN", "Xi Jinping")]
    assert holders(ref, "Antony Blinken", "2023-06-15") == [
        ("foreign_minister", "USA", "Antony Blinken")
    ]
    assert holders(ref, "António Guterres", "2020-01-01") == [
        ("secretary_general", "UN", "António Guterres")
    ]
    assert holders(ref, "Narendra Modi", "2024-01-01") == [
        ("head_of_government", "IND", "Narendra Modi")
    ]


def test_a_handover_day_has_both_holders(ref: Reference) -> None:
    on = day("2023-07-25")
    assert ref.office_terms("Qin Gang", on) and ref.office_terms("Wang Yi", on)


def test_names_match_across_case_accents_and_spellings(ref: Reference) -> None:
    expected = [("foreign_minister", "TUR", "Mevlüt Çavuşoğlu")]
    for name in ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "MEVLUT CAVUSOGLU"):
        assert holders(ref, name, "2020-01-01") == expected
    for name in ("Recep Tayyip Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan"):
        assert holders(ref, name, "2020-01-01")[0][:2] == ("head_of_state", "TUR")
    for name in ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"):
        assert holders(ref, name, "2022-03-01")[0][:2] == ("head_of_state", "UKR")
    assert holders(ref, "Binali Yildirim", "2017-01-01")[0][:2] == ("head_of_government", "TUR")
    assert holders(ref, "Jonas Gahr Store", "2022-01-01")[0][:2] == ("head_of_government", "NOR")
    assert holders(ref, "Gideon Saar", "2025-01-01")[0][:2] == ("foreign_minister", "ISR")


def test_a_trailing_generation_or_regnal_number_may_be_left_off(ref: Reference) -> None:
    assert holders(ref, "Ferdinand Marcos", "2023-01-01")[0][:2] == ("head_of_state", "PHL")
    assert holders(ref, "Benigno Aquino", "2012-01-01")[0][:2] == ("head_of_state", "PHL")


def test_without_a_date_every_term_counts(ref: Reference) -> None:
    assert holders(ref, "Qin Gang", None) == [("foreign_minister", "CHN", "Qin Gang")]
    steinmeier = ref.office_terms("Frank-Walter Steinmeier")
    assert [t.role for t in steinmeier] == [
        "foreign_minister",
        "foreign_minister",
        "head_of_state",
    ]
    assert [t.start for t in steinmeier] == sorted(t.start for t in steinmeier if t.start)


def test_a_full_name_out_of_office_gives_nothing(ref: Reference) -> None:
    assert holders(ref, "Boris Johnson", "2005-01-01") == []
    assert holders(ref, "Nobody Inparticular", "2020-01-01") == []
    assert holders(ref, "", "2020-01-01") == []


# --- short names -----------------------------------------------------------------------------


def test_a_last_name_alone_when_it_is_unique_that_day(ref: Reference) -> None:
    assert holders(ref, "Lavrov", "2015-06-01") == [("foreign_minister", "RUS", "Sergei Lavrov")]
    assert holders(ref, "Blinken", "2023-06-15") == [("foreign_minister", "USA", "Antony Blinken")]
    assert holders(ref, "Le Drian", "2020-01-01")[0][:2] == ("foreign_minister", "FRA")
    assert holders(ref, "Lopez Obrador", "2020-01-01")[0][:2] == ("head_of_state", "MEX")


def test_a_last_name_shared_that_day_gives_nothing(ref: Reference) -> None:
    # Lech (president) and Jaroslaw (prime minister) Kaczynski, 2006-2007.
    assert holders(ref, "Kaczynski", "2007-01-01") == []
    assert holders(ref, "Kaczynski", "2009-01-01")[0][:2] == ("head_of_state", "POL")
    # Nouri al-Maliki (Iraq) and Riyad al-Maliki (Palestine).
    assert holders(ref, "al-Maliki", "2010-01-01") == []


def test_a_last_name_counts_only_people_in_office_that_day(ref: Reference) -> None:
    assert holders(ref, "Steinmeier", "2011-01-01") == []
    assert holders(ref, "Kirchner", "2005-01-01")[0][2] == "Néstor Kirchner"
    assert holders(ref, "Kirchner", "2012-01-01")[0][2] == "Cristina Fernández de Kirchner"


def test_family_name_first_and_given_name_states(ref: Reference) -> None:
    assert holders(ref, "Xi", "2020-01-01") == [("head_of_state", "CHN", "Xi Jinping")]
    assert holders(ref, "Moon", "2019-01-01")[0][:2] == ("head_of_state", "KOR")
    assert holders(ref, "Ban", "2010-01-01") == [("secretary_general", "UN", "Ban Ki-moon")]
    assert holders(ref, "Prayut", "2016-01-01")[0][:2] == ("head_of_government", "THA")
    assert holders(ref, "Abiy", "2020-01-01")[0][:2] == ("head_of_government", "ETH")
    assert holders(ref, "Tedros", "2020-01-01") == [
        ("secretary_general", "WHO", "Tedros Adhanom Ghebreyesus")
    ]


def test_the_module_shortcut_uses_the_packaged_data() -> None:
    assert [t.state for t in office_terms("Lavrov", day("2015-06-01"))] == ["RUS"]


# --- malformed data --------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target


def _rewrite_row(path: Path, line: int, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[line - 1][OFFICEHOLDER_COLUMNS.index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("state", "ZZZ", r"state 'ZZZ' is not in states\.csv"),
        ("role", "king", r"role 'king'"),
        ("org", "UN", r"exactly one of state and org"),
        ("start", "20 Jan 2001", r"bad date"),
        ("end", "1990-01-01", r"end 1990-01-01 is before start"),
    ],
)
def test_a_bad_row_is_reported_with_file_and_row(
    data_copy: Path, column: str, value: str, message: str
) -> None:
    _rewrite_row(data_copy / "officeholders.csv", 3, column, value)
    with pytest.raises(ReferenceDataError, match=r"officeholders\.csv: row 3 .*" + message):
        load_reference(data_copy)


def test_a_directory_without_the_file_has_no_terms(data_copy: Path) -> None:
    (data_copy / "officeholders.csv").unlink()
    loaded = load_reference(data_copy)
    assert loaded.officeholders == ()
    assert loaded.office_terms("Lavrov", day("2015-06-01")) == []
    assert loaded.state_by_name("Russia") is not None


def test_names_an_officeholder_is_a_cheap_yes_or_no(ref: Reference) -> None:
    assert ref.names_an_officeholder("Lavrov")
    assert ref.names_an_officeholder("Le Drian")
    assert ref.names_an_officeholder("Erdoğan")
    assert not ref.names_an_officeholder("Tuesday")
    assert not ref.names_an_officeholder("Pipeline")
