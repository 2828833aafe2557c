"""Reference data: completeness, agreement with ISO codes, specific facts, lookups, errors."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplokg.errors import ReferenceDataError
from diplokg.model import ROLES
from diplokg.reference import (
    ORG_KINDS,
    Reference,
    fold,
    is_case_sensitive,
    load_reference,
    parse_date,
)

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "data" / "reference"
GOLD_KEYS = {
    "UN",
    "UNSC",
    "CIS",
    "CSTO",
    "EAEU",
    "SCO",
    "EU",
    "NATO",
    "OSCE",
    "ASEAN",
    "AU",
    "BRICS",
}
NOT_STATES = {"XKX", "TWN", "ESH", "COK", "NIU"}  # in the data, neither UN members nor observers


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference(REFERENCE_DIR)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- completeness and codes -------------------------------------------------------------


def test_the_packaged_data_loads_through_resources(ref: Reference) -> None:
    packaged = load_reference()
    assert packaged is load_reference()  # cached
    assert set(packaged.states) == set(ref.states)


def test_all_193_un_members_and_both_observers_are_present(ref: Reference) -> None:
    un = ref.orgs["UN"]
    full = {m.iso3 for m in un.members if not m.observer}
    observers = {m.iso3 for m in un.members if m.observer}
    assert len(full) == 193
    assert observers == {"VAT", "PSE"}
    assert ref.members("UN") == full
    assert set(ref.states) == full | observers | NOT_STATES


def test_un_admission_dates_are_known_for_every_member(ref: Reference) -> None:
    assert all(m.since is not None for m in ref.orgs["UN"].members)
    assert "SSD" not in ref.members("UN", day("2011-01-01"))
    assert "SSD" in ref.members("UN", day("2011-07-14"))
    assert "CHE" not in ref.members("UN", day("2002-01-01"))


def test_iso_codes_agree_with_pycountry(ref: Reference) -> None:
    unknown = set()
    for info in ref.states.values():
        country = pycountry.countries.get(alpha_3=info.iso3)
        if country is None:
            unknown.add(info.iso3)
            continue
        assert (info.iso2, info.numeric) == (country.alpha_2, country.numeric), info.iso3
    assert unknown == {"XKX"}
    assert ref.states["XKX"].iso2 == "XK"


def test_every_state_has_a_name_capital_and_the_capital_among_its_cities(ref: Reference) -> None:
    for info in ref.states.values():
        assert info.name and info.official_name and info.capital, info.iso3
        assert info.cities[0] == info.capital, info.iso3


def test_wikidata_ids_are_well_formed_and_unique(ref: Reference) -> None:
    qids = [i.wikidata for i in ref.states.values() if i.wikidata]
    qids += [o.wikidata for o in ref.orgs.values() if o.wikidata]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids))
    assert ref.states["RUS"].wikidata == "Q159"
    assert ref.states["BLR"].wikidata == "Q184"
    assert ref.states["USA"].wikidata == "Q30"
    assert ref.states["CHN"].wikidata == "Q148"


# --- collisions ----------------------------------------------------------------------------


def test_no_form_names_two_entries_unless_listed_as_ambiguous(ref: Reference) -> None:
    ambiguous = {fold(text) for text in ref.ambiguous}
    for kind, collisions in ref.collisions().items():
        unexpected = {form: keys for form, keys in collisions.items() if form not in ambiguous}
        assert unexpected == {}, kind


def test_ambiguous_state_names_are_no_state_s_form(ref: Reference) -> None:
    forms = {fold(f.text) for f in ref.surface_forms() if f.kind == "state"}
    city_rows = {"Brest", "Panmunjom", "Rafah"}
    for text in set(ref.ambiguous) - city_rows:
        assert fold(text) not in forms, text
        assert ref.state_by_name(text) is None, text


def test_no_surface_form_names_both_a_state_and_an_organisation(ref: Reference) -> None:
    def keyed(kind: str) -> set[str]:
        return {
            f.text if f.case_sensitive else fold(f.text)
            for f in ref.surface_forms()
            if f.kind == kind
        }

    assert keyed("state") & keyed("org") == set()


def test_every_surface_form_resolves_to_its_own_entry(ref: Reference) -> None:
    for form in ref.surface_forms():
        if form.kind == "state":
            found = ref.state_by_name(form.text)
            assert found is not None and found.iso3 == form.key, form
        elif form.kind == "org":
            org = ref.org_by_name(form.text)
            assert org is not None and org.acronym == form.key, form
        elif form.text not in ref.ambiguous:
            assert ref.city_state(form.text) == form.key, form


# --- organisations ---------------------------------------------------------------------------


def test_at_least_80_organisations_with_the_gold_keys(ref: Reference) -> None:
    assert len(ref.orgs) >= 80
    assert set(ref.orgs) >= GOLD_KEYS


def test_every_member_is_a_known_state_and_every_parent_a_known_org(ref: Reference) -> None:
    for org in ref.orgs.values():
        assert org.kind in ORG_KINDS
        assert org.parent is None or org.parent in ref.orgs
        for member in org.members:
            assert member.iso3 in ref.states, (org.acronym, member.iso3)
            if member.since and member.until:
                assert member.since <= member.until


@pytest.mark.parametrize(
    ("acronym", "on", "present", "absent"),
    [
        ("CSTO", "2013-01-01", {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}, {"UZB"}),
        ("CSTO", "2010-01-01", {"UZB"}, set()),
        ("NATO", "2024-06-01", {"SWE", "FIN", "USA", "TUR"}, set()),
        ("NATO", "2022-01-01", {"MKD"}, {"FIN", "SWE"}),
        ("EU", "2021-01-01", {"DEU", "HRV"}, {"GBR"}),
        ("EU", "2020-01-31", {"GBR"}, set()),
        ("EAEU", "2016-01-01", {"ARM", "BLR", "KAZ", "KGZ", "RUS"}, {"UZB", "MDA"}),
        ("EAEU", "2014-06-01", set(), {"RUS"}),
        ("SCO", "2024-07-04", {"BLR", "IND", "PAK", "IRN"}, {"MNG"}),
        ("SCO", "2016-01-01", {"CHN", "RUS"}, {"IND", "PAK"}),
        ("BRICS", "2024-06-01", {"EGY", "ETH", "IRN", "ARE", "ZAF"}, {"IDN", "SAU"}),
        ("CIS", "2012-08-14", {"KGZ", "BLR", "RUS", "ARM"}, {"GEO", "UKR", "TKM"}),
        ("CIS", "2008-01-01", {"GEO"}, set()),
        ("EAEU-CU", "2012-08-14", {"BLR", "KAZ", "RUS"}, {"ARM"}),
        ("CES", "2012-08-14", {"BLR", "KAZ", "RUS"}, set()),
        ("CES", "2016-01-01", set(), {"RUS"}),
        ("UNION-STATE", "2012-08-14", {"BLR", "RUS"}, set()),
        ("COE", "2023-01-01", {"UKR", "TUR"}, {"RUS", "BLR"}),
        ("OPEC", "2024-06-01", {"SAU", "IRN", "COG"}, {"AGO", "QAT", "ECU"}),
        ("ECOWAS", "2025-06-01", {"NGA", "GHA"}, {"MLI", "BFA", "NER"}),
    ],
)
def test_membership_on_a_date(
    ref: Reference, acronym: str, on: str, present: set[str], absent: set[str]
) -> None:
    members = ref.members(acronym, day(on))
    assert present <= members
    assert not absent & members


@pytest.mark.parametrize(
    ("acronym", "size"),
    [
        ("UN", 193),
        ("NATO", 32),
        ("EU", 27),
        ("OSCE", 57),
        ("AU", 55),
        ("COE", 46),
        ("GCC", 6),
        ("LAS", 22),
        ("OIC", 57),
        ("OECD", 38),
        ("G7", 7),
        ("G20", 19),
        ("CSTO", 6),
        ("EAEU", 5),
        ("CIS", 9),
        ("SCO", 10),
        ("COMMONWEALTH", 56),
        ("CELAC", 33),
        ("UNSC", 5),
    ],
)
def test_current_membership_sizes(ref: Reference, acronym: str, size: int) -> None:
    assert len(ref.members(acronym)) == size


@pytest.mark.parametrize("year", range(2011, 2027))
def test_the_security_council_has_fifteen_members_each_year(ref: Reference, year: int) -> None:
    assert len(ref.members("UNSC", dt.date(year, 6, 1))) == 15


def test_elected_council_members_have_dated_terms(ref: Reference) -> None:
    assert {"BRA", "IND", "ZAF", "RUS"} <= ref.members("UNSC", day("2011-04-14"))
    assert "BRA" not in ref.members("UNSC", day("2013-01-01"))


def test_observers_and_associates_only_when_asked(ref: Reference) -> None:
    assert "TKM" not in ref.members("CIS")
    assert "TKM" in ref.members("CIS", associates=True)
    assert {"VAT", "PSE"} <= ref.members("UN", observers=True)
    assert ref.members("EAEU", day("2021-06-01"), observers=True) >= {"MDA", "UZB", "CUB"}


def test_membership_notes_survive(ref: Reference) -> None:
    armenia = [m for m in ref.orgs["CSTO"].members if m.iso3 == "ARM"]
    assert armenia and "froze" in (armenia[0].note or "")


def test_memberships_of_a_state(ref: Reference) -> None:
    belarus = ref.memberships("BLR", day("2012-08-14"))
    assert {"UN", "CIS", "CSTO", "EAEU-CU", "CES", "EURASEC", "UNION-STATE", "OSCE"} <= belarus
    assert "EAEU" not in belarus and "SCO" not in belarus


def test_unknown_organisation_raises_key_error(ref: Reference) -> None:
    with pytest.raises(KeyError):
        ref.members("NOPE")


# --- lookups ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("RF", "RUS"),
        ("the RF", "RUS"),
        ("Belarusian", "BLR"),
        ("Byelorussian", "BLR"),
        ("Belorussia", "BLR"),
        ("Emirati", "ARE"),
        ("UAE", "ARE"),
        ("South Korean", "KOR"),
        ("ROK", "KOR"),
        ("North Korean", "PRK"),
        ("DPRK", "PRK"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("United States of America", "USA"),
        ("the United States", "USA"),
        ("American", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("PRC", "CHN"),
        ("Chinese", "CHN"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Kazakhstani", "KAZ"),
        ("Kyrgyz", "KGZ"),
        ("Filipino", "PHL"),
        ("Dutch", "NLD"),
        ("the Netherlands", "NLD"),
        ("Swiss", "CHE"),
        ("Saudi", "SAU"),
        ("Palestinian", "PSE"),
        ("Holy See", "VAT"),
        ("Vatican", "VAT"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("Western Sahara", "ESH"),
        ("Korea, Republic of", "KOR"),
        ("Republic of Korea", "KOR"),
    ],
)
def test_state_by_name(ref: Reference, text: str, iso3: str) -> None:
    found = ref.state_by_name(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    "text", ["us", "uk", "rf", "Us", "Korean", "Korea", "Congo", "Congolese", "Atlantis", ""]
)
def test_state_by_name_refuses(ref: Reference, text: str) -> None:
    assert ref.state_by_name(text) is None


@pytest.mark.parametrize(
    ("city", "iso3"),
    [
        ("Minsk", "BLR"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Geneva", "CHE"),
        ("Genève", "CHE"),
        ("Moscow", "RUS"),
        ("St Petersburg", "RUS"),
        ("St. Petersburg", "RUS"),
        ("Sochi", "RUS"),
        ("Astana", "KAZ"),
        ("Nur-Sultan", "KAZ"),
        ("Almaty", "KAZ"),
        ("Baku", "AZE"),
        ("Vienna", "AUT"),
        ("Brussels", "BEL"),
        ("Davos", "CHE"),
        ("Washington", "USA"),
        ("New York", "USA"),
        ("Beijing", "CHN"),
        ("Stockholm", "SWE"),
        ("Sevastopol", "UKR"),
        ("The Hague", "NLD"),
        ("bogota", "COL"),
    ],
)
def test_city_state(ref: Reference, city: str, iso3: str) -> None:
    assert ref.city_state(city) == iso3


@pytest.mark.parametrize("city", ["Brest", "Panmunjom", "Atlantis", ""])
def test_city_state_refuses_ambiguous_or_unknown(ref: Reference, city: str) -> None:
    assert ref.city_state(city) is None


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("CSTO", "CSTO"),
        ("Collective Security Treaty Organisation", "CSTO"),
        ("Collective Security Treaty Organization", "CSTO"),
        ("Commonwealth of Independent States", "CIS"),
        ("UN Security Council", "UNSC"),
        ("Security Council", "UNSC"),
        ("United Nations", "UN"),
        ("UN", "UN"),
        ("Customs Union", "EAEU-CU"),
        ("Common Economic Space", "CES"),
        ("Russia-Belarus Union State", "UNION-STATE"),
        ("Union State", "UNION-STATE"),
        ("Eurasian Economic Union", "EAEU"),
        ("European Union", "EU"),
        ("north atlantic treaty organization", "NATO"),
        ("Shanghai Cooperation Organisation", "SCO"),
        ("Arab League", "LAS"),
        ("OPEC+", "OPEC-PLUS"),
        ("Council of Europe", "COE"),
        ("World Health Organization", "WHO"),
    ],
)
def test_org_by_name(ref: Reference, text: str, acronym: str) -> None:
    found = ref.org_by_name(text)
    assert found is not None and found.acronym == acronym


@pytest.mark.parametrize(
    "text", ["security council", "customs union", "union state", "who", "nato"]
)
def test_org_by_name_respects_case_sensitive_forms(ref: Reference, text: str) -> None:
    assert ref.org_by_name(text) is None


def test_org_parents(ref: Reference) -> None:
    assert ref.orgs["UNSC"].parent == "UN"
    assert ref.orgs["UNESCO"].parent == "UN"


# --- offices ---------------------------------------------------------------------------------


def test_office_titles_cover_every_role_once(ref: Reference) -> None:
    roles = set(ref.offices.titles.values())
    assert roles == set(ROLES)


@pytest.mark.parametrize(
    ("title", "state", "role", "portfolio"),
    [
        ("Foreign Minister", None, "foreign_minister", "foreign_affairs"),
        (
            "Minister of Foreign Affairs of the Russian Federation",
            None,
            "foreign_minister",
            "foreign_affairs",
        ),
        ("Secretary of State", "USA", "foreign_minister", "foreign_affairs"),
        ("Secretary of State", "GBR", "other", None),
        ("Defence Minister", None, "minister", "defence"),
        ("Minister of Emergency Situations", None, "minister", "emergency_situations"),
        ("Deputy Foreign Minister", None, "other", None),
        ("first deputy prime minister", None, "other", None),
        ("Prime Minister", None, "head_of_government", None),
        ("Chancellor", "DEU", "head_of_government", None),
        ("Chancellor", "GBR", "other", None),
        ("President", None, "head_of_state", None),
        ("President of Belarus", None, "head_of_state", None),
        ("Emir", "QAT", "head_of_state", None),
        ("Crown Prince", None, "other", None),
        ("Ambassador to Belarus", None, "ambassador", None),
        ("chargé d'affaires", None, "ambassador", None),
        ("Foreign Ministry spokeswoman", None, "spokesperson", None),
        ("official representative of the Russian Foreign Ministry", None, "spokesperson", None),
        ("UN Secretary-General", None, "secretary_general", None),
        ("Secretary General of the CSTO", None, "secretary_general", None),
        ("General Secretary of the CPC Central Committee", None, "other", None),
        ("Foreign Secretary", "IND", "other", None),
        ("Chairperson of the African Union Commission", None, "other", None),
        ("Special Envoy of the UN Secretary-General for Syria", None, "other", None),
        ("Director-General of the IAEA", None, "other", None),
        ("State Councilor", "CHN", "other", None),
        ("Minister of State for Foreign Affairs", "PAK", "other", None),
    ],
)
def test_classify_office(
    ref: Reference, title: str, state: str | None, role: str, portfolio: str | None
) -> None:
    match = ref.offices.classify(title, state)
    assert match is not None
    assert (match.role, match.portfolio) == (role, portfolio)


def test_classify_reports_former_and_qualifier(ref: Reference) -> None:
    match = ref.offices.classify("former Russian Foreign Minister")
    assert match is not None and match.former and match.qualifier == "russian"
    assert ref.offices.classify("president-elect") is None
    assert ref.offices.classify("banana") is None


def test_every_listed_title_classifies_as_its_own_role(ref: Reference) -> None:
    for title, role in ref.offices.titles.items():
        match = ref.offices.classify(title)
        assert match is not None and match.role == role, title


# --- sources and licences --------------------------------------------------------------------


def test_every_data_file_is_named_in_sources_with_a_licence() -> None:
    sources = (REFERENCE_DIR / "SOURCES.md").read_text(encoding="utf-8")
    rows = {}
    for line in sources.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[-1]
    files = {p.name for p in REFERENCE_DIR.iterdir() if p.is_file()}
    assert files <= set(rows), files - set(rows)
    for name in files:
        assert re.search(r"MIT|LGPL|CC0|Apache|BSD", rows[name]), name


# --- malformed data --------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target


def test_a_bad_state_row_is_reported_with_file_and_row(data_copy: Path) -> None:
    path = data_copy / "states.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace(lines[5].split(",")[0], "xx", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"states\.csv: row 6"):
        load_reference(data_copy)


def test_an_unknown_member_is_reported_with_file_and_organisation(data_copy: Path) -> None:
    path = data_copy / "organisations.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    csto = next(o for o in document["organisations"] if o["acronym"] == "CSTO")
    csto["members"][0]["iso3"] = "ZZZ"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"organisations\.json: .*\(CSTO\).*ZZZ"):
        load_reference(data_copy)


def test_a_bad_date_is_reported(data_copy: Path) -> None:
    path = data_copy / "organisations.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["organisations"][0]["members"][0]["since"] = "24 Oct 1945"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"organisations\.json: .*bad date"):
        load_reference(data_copy)


def test_invalid_json_is_reported_with_its_line(data_copy: Path) -> None:
    (data_copy / "offices.json").write_text('{\n  "titles": {,\n}', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"offices\.json: invalid JSON at line 2"):
        load_reference(data_copy)


def test_a_title_under_two_roles_is_rejected(data_copy: Path) -> None:
    path = data_copy / "offices.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["titles"]["other"].append("prime minister")
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"offices\.json: titles\.other"):
        load_reference(data_copy)


def test_an_unknown_secretariat_or_title_state_is_rejected(data_copy: Path) -> None:
    path = data_copy / "offices.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["secretary_general_orgs"].append("ZZZ")
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"secretary_general_orgs: .*ZZZ"):
        load_reference(data_copy)
    document["secretary_general_orgs"].pop()
    document["title_states"]["no such title"] = "RUS"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"title_states: 'no such title'"):
        load_reference(data_copy)


def test_a_missing_file_is_reported(data_copy: Path) -> None:
    (data_copy / "ambiguous.csv").unlink()
    with pytest.raises(ReferenceDataError, match=r"ambiguous\.csv: missing"):
        load_reference(data_copy)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2004", False, "2004-01-01"),
        ("2004", True, "2004-12-31"),
        ("2011-07", False, "2011-07-01"),
        ("2024-02", True, "2024-02-29"),
        ("2020-01-31", True, "2020-01-31"),
    ],
)
def test_partial_dates(text: str, end: bool, expected: str) -> None:
    assert parse_date(text, end=end) == day(expected)


# --- properties ------------------------------------------------------------------------------

_REF = load_reference(REFERENCE_DIR)
_FOLDED_FORMS = sorted(
    {(f.text, f.key) for f in _REF.surface_forms() if f.kind == "state" and not f.case_sensitive}
)
_CASED_FORMS = sorted(
    {(f.text, f.key) for f in _REF.surface_forms() if f.kind == "state" and f.case_sensitive}
)


@given(form=st.sampled_from(_FOLDED_FORMS), data=st.data())
def test_state_names_match_in_any_case(form: tuple[str, str], data: st.DataObject) -> None:
    text, iso3 = form
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    recased = "".join(ch.upper() if up else ch.lower() for ch, up in zip(text, flips, strict=True))
    found = _REF.state_by_name(recased)
    assert found is not None and found.iso3 == iso3


@given(form=st.sampled_from(_CASED_FORMS))
def test_acronyms_do_not_match_in_lowercase(form: tuple[str, str]) -> None:
    text, _ = form
    assert is_case_sensitive(text)
    assert _REF.state_by_name(text.lower()) is None


@given(
    acronym=st.sampled_from(sorted(a for a, o in _REF.orgs.items() if o.members)),
    on=st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_members_on_a_date_are_a_subset_of_all_ever_listed(acronym: str, on: dt.date) -> None:
    ever = {m.iso3 for m in _REF.orgs[acronym].members}
    assert _REF.members(acronym, on) <= ever
