"""Write data/reference/states.csv, organisations.json and ambiguous.csv from curated tables.

Run once by hand (``.venv/bin/python tools/build_reference.py``); the data files it writes are then
the source of truth and are edited directly. Nothing in the package imports this script.

* ISO alpha-2 and numeric codes come from pycountry (facts, not copied text); every other field
  comes from the hand-written tables in ``tools/_states_table.py`` and ``tools/_orgs_table.py``.
* With ``--check-countryinfo DIR`` the capitals are compared against the data files of the MIT
  ``countryinfo`` package unpacked in DIR, and differences are printed for review (they are not
  copied: several of that package's capitals are out of date).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _orgs_table import (  # noqa: E402
    AU_STATES,
    ORGS,
    UN_ADMISSION,
    UN_NOTES,
)
from _states_table import STATE_ROWS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "reference"

# Wikidata items recalled for these states and confirmed against a second listing; others empty.
STATE_QIDS = {
    "AFG": "Q889", "ALB": "Q222", "DZA": "Q262", "AND": "Q228", "AGO": "Q916", "ARG": "Q414",
    "ARM": "Q399", "AUS": "Q408", "AUT": "Q40", "AZE": "Q227", "BHR": "Q398", "BGD": "Q902",
    "BLR": "Q184", "BEL": "Q31", "BEN": "Q962", "BTN": "Q917", "BOL": "Q750", "BIH": "Q225",
    "BWA": "Q963", "BRA": "Q155", "BRN": "Q921", "BGR": "Q219", "BFA": "Q965", "KHM": "Q424",
    "CMR": "Q1009", "CAN": "Q16", "CPV": "Q1011", "TCD": "Q657", "CHL": "Q298", "CHN": "Q148",
    "COL": "Q739", "COG": "Q971", "COD": "Q974", "CIV": "Q1008", "HRV": "Q224", "CUB": "Q241",
    "CYP": "Q229", "CZE": "Q213", "DNK": "Q35", "DJI": "Q977", "ECU": "Q736", "EGY": "Q79",
    "ERI": "Q986", "EST": "Q191", "ETH": "Q115", "FIN": "Q33", "FRA": "Q142", "GAB": "Q1000",
    "GMB": "Q1005", "GEO": "Q230", "DEU": "Q183", "GHA": "Q117", "GRC": "Q41", "GIN": "Q1006",
    "GNB": "Q1007", "HUN": "Q28", "ISL": "Q189", "IND": "Q668", "IDN": "Q252", "IRN": "Q794",
    "IRQ": "Q796", "IRL": "Q27", "ISR": "Q801", "ITA": "Q38", "JPN": "Q17", "JOR": "Q810",
    "KAZ": "Q232", "KEN": "Q114", "KWT": "Q817", "KGZ": "Q813", "LAO": "Q819", "LVA": "Q211",
    "LBN": "Q822", "LBR": "Q1014", "LBY": "Q1016", "LIE": "Q347", "LTU": "Q37", "LUX": "Q32",
    "MDG": "Q1019", "MYS": "Q833", "MDV": "Q826", "MLI": "Q912", "MLT": "Q233", "MRT": "Q1025",
    "MEX": "Q96", "MDA": "Q217", "MCO": "Q235", "MNG": "Q711", "MNE": "Q236", "MAR": "Q1028",
    "MOZ": "Q1029", "MMR": "Q836", "NAM": "Q1030", "NPL": "Q837", "NZL": "Q664", "NER": "Q1032",
    "NGA": "Q1033", "PRK": "Q423", "MKD": "Q221", "NOR": "Q20", "OMN": "Q842", "PAK": "Q843",
    "PRY": "Q733", "PER": "Q419", "PHL": "Q928", "POL": "Q36", "PRT": "Q45", "QAT": "Q846",
    "KOR": "Q884", "ROU": "Q218", "RUS": "Q159", "RWA": "Q1037", "SMR": "Q238", "SAU": "Q851",
    "SEN": "Q1041", "SRB": "Q403", "SLE": "Q1044", "SGP": "Q334", "SVK": "Q214", "SVN": "Q215",
    "SOM": "Q1045", "ZAF": "Q258", "SSD": "Q958", "ESP": "Q29", "LKA": "Q854", "SDN": "Q1049",
    "SWE": "Q34", "CHE": "Q39", "SYR": "Q858", "TJK": "Q863", "THA": "Q869", "TLS": "Q574",
    "TGO": "Q945", "TUN": "Q948", "TUR": "Q43", "TKM": "Q874", "UGA": "Q1036", "UKR": "Q212",
    "ARE": "Q878", "GBR": "Q145", "TZA": "Q924", "USA": "Q30", "URY": "Q77", "UZB": "Q265",
    "VEN": "Q717", "VNM": "Q881", "YEM": "Q805", "ZMB": "Q953", "ZWE": "Q954", "VAT": "Q237",
    "PSE": "Q219060", "XKX": "Q1246", "TWN": "Q865", "ESH": "Q6250",
}

# Codes pycountry does not have (Kosovo's XK/XKX are user-assigned and widely used).
EXTRA_CODES = {"XKX": ("XK", "")}

# Names that several states share in ordinary news usage; lookups return None for these.
AMBIGUOUS = [
    ("state", "Congo", "COG|COD", "Republic of the Congo or DR Congo"),
    ("state", "Congolese", "COG|COD", "demonym of both Congos"),
    ("state", "Korea", "KOR|PRK", "North or South Korea"),
    ("state", "Korean", "KOR|PRK", "demonym of both Koreas"),
    ("state", "Koreans", "KOR|PRK", "demonym of both Koreas"),
    ("state", "Sudans", "SDN|SSD", "both Sudans"),
    ("state", "Timor", "TLS|IDN", "the island is shared"),
    ("city", "Brest", "BLR|FRA", "Brest in Belarus or in France"),
    ("city", "Panmunjom", "KOR|PRK", "the Joint Security Area straddles the border"),
    ("city", "Rafah", "PSE|EGY", "the town is split by the Gaza-Egypt border"),
]


def split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


def unique(items: list[str], drop: set[str] = frozenset()) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item in seen or item in drop:
            continue
        seen.add(item)
        out.append(item)
    return out


INVARIANT_DEMONYMS = {"I-Kiribati", "Ni-Vanuatu", "Liswati", "Bosnian Herzegovinian"}


def plural_demonyms(demonyms: list[str]) -> list[str]:
    """Add the plural noun of regular -an/-i/-er demonyms ("South Korean" -> "South Koreans")."""
    out = list(demonyms)
    for phrase in demonyms:
        if phrase in INVARIANT_DEMONYMS or not phrase[-1].islower():
            continue
        if phrase.endswith(("an", "i", "er")) and not phrase.endswith("man"):
            out.append(phrase + "s")
    return unique(out)


def build_states() -> list[dict[str, str]]:
    rows = []
    for line in STATE_ROWS.strip().splitlines():
        fields = line.split(";")
        if len(fields) != 7:
            raise SystemExit(f"bad state row ({len(fields)} fields): {line[:60]}")
        iso3, name, official, aliases, demonyms, capital, cities = (f.strip() for f in fields)
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            iso2, numeric = country.alpha_2, country.numeric
        else:
            iso2, numeric = EXTRA_CODES[iso3]
        rows.append(
            {
                "iso3": iso3,
                "iso2": iso2,
                "numeric": numeric,
                "name": name,
                "official_name": official,
                "aliases": "|".join(unique(split(aliases), drop={name})),
                "demonyms": "|".join(plural_demonyms(split(demonyms))),
                "capital": capital,
                "cities": "|".join(unique([capital, *split(cities)])),
                "wikidata": STATE_QIDS.get(iso3, ""),
            }
        )
    rows.sort(key=lambda row: row["iso3"])
    return rows


def parse_members(spec: str) -> list[dict]:
    members = []
    for token in spec.split():
        flag = None
        if "!" in token:
            token, flag = token.split("!")
        parts = token.split(":")
        iso3 = parts[0]
        since = parts[1] if len(parts) > 1 and parts[1] else None
        until = parts[2] if len(parts) > 2 and parts[2] else None
        entry: dict = {"iso3": iso3, "since": since, "until": until}
        if flag == "observer":
            entry["observer"] = True
        elif flag == "associate":
            entry["associate"] = True
        elif flag is not None:
            raise SystemExit(f"unknown member flag {flag!r}")
        members.append(entry)
    return members


def expand_special(spec: str, orgs_by_key: dict[str, dict]) -> str:
    if spec == "@UN":
        tokens = [f"{iso3}:{date}" for date, isos in UN_ADMISSION.items() for iso3 in isos.split()]
        tokens += ["VAT:1964-04-06!observer", "PSE:2012-11-29!observer"]
        return " ".join(tokens)
    if spec == "@AU":
        tokens = []
        for iso3 in AU_STATES.split():
            since = {"MAR": "2017-01-30", "SSD": "2011-07"}.get(iso3, "2002-07-09")
            tokens.append(f"{iso3}:{since}")
        return " ".join(tokens)
    if spec == "@OPEC-PLUS":
        partners = ["AZE", "BHR", "BRN", "KAZ", "MYS", "MEX", "OMN", "RUS", "SDN", "SSD"]
        tokens = [f"{iso3}:2016-12-10" for iso3 in partners]
        for member in parse_members(orgs_by_key["OPEC"]["members"]):
            if member["until"] and member["until"] < "2016-12-10":
                continue
            since = member["since"] if member["since"] and member["since"] > "2016-12-10" else None
            token = f"{member['iso3']}:{since or '2016-12-10'}"
            if member["until"]:
                token += f":{member['until']}"
            tokens.append(token)
        return " ".join(tokens)
    return spec


def build_orgs(state_codes: set[str]) -> list[dict]:
    by_key = {entry["acronym"]: entry for entry in ORGS}
    if len(by_key) != len(ORGS):
        raise SystemExit("duplicate organisation acronym")
    out = []
    for entry in ORGS:
        spec = expand_special(entry["members"], by_key)
        members = parse_members(spec)
        notes = dict(entry["member_notes"])
        if entry["acronym"] == "UN":
            notes.update(UN_NOTES)
        for member in members:
            if member["iso3"] not in state_codes:
                raise SystemExit(f"{entry['acronym']}: unknown member {member['iso3']}")
            note = notes.get(member["iso3"])
            if note:
                member["note"] = note
        unknown_notes = set(notes) - {m["iso3"] for m in members}
        if unknown_notes:
            raise SystemExit(f"{entry['acronym']}: notes for non-members {unknown_notes}")
        aliases = unique(entry["aliases"], drop={entry["name"], entry["acronym"]})
        record = {
            "acronym": entry["acronym"],
            "name": entry["name"],
            "aliases": aliases,
            "case_sensitive_aliases": entry["case_sensitive_aliases"],
            "kind": entry["kind"],
            "parent": entry["parent"],
            "wikidata": entry["wikidata"],
            "note": entry["note"],
            "members": members,
        }
        missing = set(record["case_sensitive_aliases"]) - set(aliases)
        if missing:
            raise SystemExit(f"{entry['acronym']}: case-sensitive aliases not in aliases {missing}")
        out.append(record)
    return out


def dump_orgs(document: dict) -> str:
    """Indented JSON with one line per member, so a membership reads and diffs as one line."""
    placeholder = "@@MEMBERS@@"
    orgs_text = []
    for org in document["organisations"]:
        shell = {**org, "members": placeholder}
        text = json.dumps(shell, ensure_ascii=False, indent=2)
        members = ",\n".join(
            "    " + json.dumps(m, ensure_ascii=False) for m in org["members"]
        )
        members_text = f"[\n{members}\n  ]" if org["members"] else "[]"
        text = text.replace(f'"{placeholder}"', members_text)
        orgs_text.append("\n".join("    " + line for line in text.splitlines()))
    head = json.dumps({k: v for k, v in document.items() if k != "organisations"},
                      ensure_ascii=False, indent=2)
    body = head[:-2] + ',\n  "organisations": [\n' + ",\n".join(orgs_text) + "\n  ]\n}\n"
    json.loads(body)  # still valid JSON
    return body


def check_countryinfo(directory: Path, states: list[dict[str, str]]) -> None:
    capitals = {}
    for path in directory.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        if iso3:
            capitals[iso3] = data.get("capital") or ""
    for row in states:
        theirs = capitals.get(row["iso3"])
        if theirs is None:
            print(f"countryinfo: no entry for {row['iso3']}")
        elif theirs.casefold() != row["capital"].casefold() and theirs not in row["cities"]:
            print(f"countryinfo: {row['iso3']} capital {row['capital']!r} vs theirs {theirs!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-countryinfo", type=Path, default=None)
    args = parser.parse_args()

    states = build_states()
    codes = {row["iso3"] for row in states}
    if len(codes) != len(states):
        raise SystemExit("duplicate iso3 in state rows")
    with (OUT / "states.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(states[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(states)

    orgs = build_orgs(codes)
    document = {
        "version": 1,
        "notes": [
            "members[].since/until: YYYY-MM-DD, YYYY-MM or YYYY; a partial date means its first "
            "day; until is the last day of membership (inclusive); null = unknown/open.",
            "observer: true marks observer status; associate: true marks associate or "
            "participating-but-not-member status; members() leaves both out by default.",
            "case_sensitive_aliases must match with exact case; any alias with no lowercase "
            "letter (acronyms) is also matched case-sensitively.",
            "An empty members list means membership is not modelled (see the note).",
        ],
        "organisations": orgs,
    }
    (OUT / "organisations.json").write_text(dump_orgs(document), encoding="utf-8")

    with (OUT / "ambiguous.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["kind", "text", "candidates", "note"])
        writer.writerows(AMBIGUOUS)

    if args.check_countryinfo:
        check_countryinfo(args.check_countryinfo, states)
    print(f"wrote {len(states)} states, {len(orgs)} organisations", file=sys.stderr)


if __name__ == "__main__":
    main()
