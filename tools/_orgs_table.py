"""Curated organisation rows for tools/build_reference.py (not imported at run time).

Member strings are whitespace-separated tokens ``ISO3[:since[:until]][!observer|!associate]``;
dates are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` and ``until`` is the last day of membership.
"""

from __future__ import annotations

# UN admission dates of the seat each state now holds (original members: 1945-10-24).
UN_ADMISSION: dict[str, str] = {
    "1945-10-24": "ARG AUS BEL BOL BRA BLR CAN CHL CHN COL CRI CUB DNK DOM ECU EGY SLV ETH FRA "
    "GRC GTM HTI HND IND IRN IRQ LBN LBR LUX MEX NLD NZL NIC NOR PAN PRY PER PHL POL RUS SAU ZAF "
    "SYR TUR UKR GBR USA URY VEN",
    "1946-11-19": "AFG ISL SWE",
    "1946-12-16": "THA",
    "1947-09-30": "PAK YEM",
    "1948-04-19": "MMR",
    "1949-05-11": "ISR",
    "1950-09-28": "IDN",
    "1955-12-14": "ALB AUT BGR KHM FIN HUN IRL ITA JOR LAO LBY NPL PRT ROU ESP LKA",
    "1956-11-12": "SDN MAR TUN",
    "1956-12-18": "JPN",
    "1957-03-08": "GHA",
    "1957-09-17": "MYS",
    "1958-12-12": "GIN",
    "1960-09-20": "BEN BFA CMR CAF TCD COG COD CIV CYP GAB MDG NER SOM TGO",
    "1960-09-28": "MLI SEN",
    "1960-10-07": "NGA",
    "1961-09-27": "SLE",
    "1961-10-27": "MNG MRT",
    "1961-12-14": "TZA",
    "1962-09-18": "BDI JAM RWA TTO",
    "1962-10-08": "DZA",
    "1962-10-25": "UGA",
    "1963-05-14": "KWT",
    "1963-12-16": "KEN",
    "1964-12-01": "MWI MLT ZMB",
    "1965-09-21": "GMB MDV SGP",
    "1966-09-20": "GUY",
    "1966-10-17": "BWA LSO",
    "1966-12-09": "BRB",
    "1968-04-24": "MUS",
    "1968-09-24": "SWZ",
    "1968-11-12": "GNQ",
    "1970-10-13": "FJI",
    "1971-09-21": "BHR BTN QAT",
    "1971-10-07": "OMN",
    "1971-12-09": "ARE",
    "1973-09-18": "BHS DEU",
    "1974-09-17": "BGD GRD GNB",
    "1975-09-16": "CPV MOZ STP",
    "1975-10-10": "PNG",
    "1975-11-12": "COM",
    "1975-12-04": "SUR",
    "1976-09-21": "SYC",
    "1976-12-01": "AGO",
    "1976-12-15": "WSM",
    "1977-09-20": "DJI VNM",
    "1978-09-19": "SLB",
    "1978-12-18": "DMA",
    "1979-09-18": "LCA",
    "1980-08-25": "ZWE",
    "1980-09-16": "VCT",
    "1981-09-15": "VUT",
    "1981-09-25": "BLZ",
    "1981-11-11": "ATG",
    "1983-09-23": "KNA",
    "1984-09-21": "BRN",
    "1990-04-23": "NAM",
    "1990-09-18": "LIE",
    "1991-09-17": "PRK KOR EST LVA LTU FSM MHL",
    "1992-03-02": "ARM AZE KAZ KGZ MDA SMR TJK TKM UZB",
    "1992-05-22": "HRV SVN BIH",
    "1992-07-31": "GEO",
    "1993-01-19": "CZE SVK",
    "1993-04-08": "MKD",
    "1993-05-28": "ERI MCO",
    "1993-07-28": "AND",
    "1994-12-15": "PLW",
    "1999-09-14": "KIR NRU TON",
    "2000-09-05": "TUV",
    "2000-11-01": "SRB",
    "2002-09-10": "CHE",
    "2002-09-27": "TLS",
    "2006-06-28": "MNE",
    "2011-07-14": "SSD",
}
UN_NOTES = {
    "CHN": "seat held by the Republic of China until 1971-10-25 (UNGA resolution 2758)",
    "RUS": "continues the seat of the USSR (original member)",
    "BLR": "original member as the Byelorussian SSR",
    "UKR": "original member as the Ukrainian SSR",
    "DEU": "FRG and GDR admitted 1973-09-18; united Germany since 1990-10-03",
    "YEM": "North Yemen admitted 1947; united Yemen since 1990-05-22",
    "SRB": "admitted as the Federal Republic of Yugoslavia; Serbia continues the seat since 2006",
    "CZE": "Czechoslovakia was an original member; Czechia admitted 1993-01-19",
    "TZA": "Tanganyika admitted 1961-12-14; united with Zanzibar in 1964",
    "MYS": "admitted as the Federation of Malaya",
    "EGY": "original member; the United Arab Republic held the seat 1958-1961",
    "SYR": "original member; part of the United Arab Republic 1958-1961",
}

# Elected (non-permanent) UNSC members, two-year terms from 1 January; Italy and the
# Netherlands split the 2017-2018 term. From memory; see SOURCES.md.
UNSC_ELECTED = " ".join(
    [f"{iso3}:{year}-01-01:{year + 1}-12-31" for year, isos in {
        2010: "BIH BRA GAB LBN NGA",
        2011: "COL DEU IND PRT ZAF",
        2012: "AZE GTM MAR PAK TGO",
        2013: "ARG AUS LUX KOR RWA",
        2014: "CHL JOR LTU NGA TCD",
        2015: "AGO MYS NZL ESP VEN",
        2016: "EGY JPN SEN UKR URY",
        2017: "BOL ETH KAZ SWE",
        2018: "CIV GNQ KWT PER POL",
        2019: "BEL DOM DEU IDN ZAF",
        2020: "EST NER VCT TUN VNM",
        2021: "IND IRL KEN MEX NOR",
        2022: "ALB BRA GAB GHA ARE",
        2023: "ECU JPN MLT MOZ CHE",
        2024: "DZA GUY KOR SLE SVN",
        2025: "DNK GRC PAK PAN SOM",
        2026: "BHR COL COD LVA LBR",
    }.items() for iso3 in isos.split()]
    + ["ITA:2017-01-01:2017-12-31", "NLD:2018-01-01:2018-12-31"]
)

EU_MEMBERS = (
    "BEL:1958-01-01 FRA:1958-01-01 DEU:1958-01-01 ITA:1958-01-01 LUX:1958-01-01 NLD:1958-01-01 "
    "DNK:1973-01-01 IRL:1973-01-01 GBR:1973-01-01:2020-01-31 GRC:1981-01-01 PRT:1986-01-01 "
    "ESP:1986-01-01 AUT:1995-01-01 FIN:1995-01-01 SWE:1995-01-01 CYP:2004-05-01 CZE:2004-05-01 "
    "EST:2004-05-01 HUN:2004-05-01 LVA:2004-05-01 LTU:2004-05-01 MLT:2004-05-01 POL:2004-05-01 "
    "SVK:2004-05-01 SVN:2004-05-01 BGR:2007-01-01 ROU:2007-01-01 HRV:2013-07-01"
)
NATO_MEMBERS = (
    "BEL:1949-08-24 CAN:1949-08-24 DNK:1949-08-24 FRA:1949-08-24 ISL:1949-08-24 ITA:1949-08-24 "
    "LUX:1949-08-24 NLD:1949-08-24 NOR:1949-08-24 PRT:1949-08-24 GBR:1949-08-24 USA:1949-08-24 "
    "GRC:1952-02-18 TUR:1952-02-18 DEU:1955-05-06 ESP:1982-05-30 CZE:1999-03-12 HUN:1999-03-12 "
    "POL:1999-03-12 BGR:2004-03-29 EST:2004-03-29 LVA:2004-03-29 LTU:2004-03-29 ROU:2004-03-29 "
    "SVK:2004-03-29 SVN:2004-03-29 ALB:2009-04-01 HRV:2009-04-01 MNE:2017-06-05 MKD:2020-03-27 "
    "FIN:2023-04-04 SWE:2024-03-07"
)
OSCE_MEMBERS = (
    "AUT:1975-08-01 BEL:1975-08-01 BGR:1975-08-01 CAN:1975-08-01 CYP:1975-08-01 DNK:1975-08-01 "
    "FIN:1975-08-01 FRA:1975-08-01 DEU:1975-08-01 GRC:1975-08-01 VAT:1975-08-01 HUN:1975-08-01 "
    "ISL:1975-08-01 IRL:1975-08-01 ITA:1975-08-01 LIE:1975-08-01 LUX:1975-08-01 MLT:1975-08-01 "
    "MCO:1975-08-01 NLD:1975-08-01 NOR:1975-08-01 POL:1975-08-01 PRT:1975-08-01 ROU:1975-08-01 "
    "SMR:1975-08-01 ESP:1975-08-01 SWE:1975-08-01 CHE:1975-08-01 TUR:1975-08-01 RUS:1975-08-01 "
    "GBR:1975-08-01 USA:1975-08-01 ALB:1991-06-19 EST:1991-09-10 LVA:1991-09-10 LTU:1991-09-10 "
    "ARM:1992-01-30 AZE:1992-01-30 BLR:1992-01-30 KAZ:1992-01-30 KGZ:1992-01-30 MDA:1992-01-30 "
    "TJK:1992-01-30 TKM:1992-01-30 UKR:1992-01-30 UZB:1992-01-30 GEO:1992-03-24 HRV:1992-03-24 "
    "SVN:1992-03-24 BIH:1992-04-30 CZE:1993-01-01 SVK:1993-01-01 MKD:1995-10-12 AND:1996-04-25 "
    "SRB:2000-11-10 MNE:2006-06-22 MNG:2012-11-21"
)
COE_MEMBERS = (
    "BEL:1949-05-05 DNK:1949-05-05 FRA:1949-05-05 IRL:1949-05-05 ITA:1949-05-05 LUX:1949-05-05 "
    "NLD:1949-05-05 NOR:1949-05-05 SWE:1949-05-05 GBR:1949-05-05 GRC:1949-08-09 TUR:1949-08-09 "
    "ISL:1950-03-07 DEU:1950-07-13 AUT:1956-04-16 CYP:1961-05-24 CHE:1963-05-06 MLT:1965-04-29 "
    "PRT:1976-09-22 ESP:1977-11-24 LIE:1978-11-23 SMR:1988-11-16 FIN:1989-05-05 HUN:1990-11-06 "
    "POL:1991-11-26 BGR:1992-05-07 EST:1993-05-14 LTU:1993-05-14 SVN:1993-05-14 CZE:1993-06-30 "
    "SVK:1993-06-30 ROU:1993-10-07 AND:1994-11-10 LVA:1995-02-10 ALB:1995-07-13 MDA:1995-07-13 "
    "MKD:1995-11-09 UKR:1995-11-09 RUS:1996-02-28:2022-03-15 HRV:1996-11-06 GEO:1999-04-27 "
    "ARM:2001-01-25 AZE:2001-01-25 BIH:2002-04-24 SRB:2003-04-03 MCO:2004-10-05 MNE:2007-05-11"
)
AU_STATES = (
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA "
    "GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA ESH STP SEN SYC SLE "
    "SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE"
)
ASEAN_MEMBERS = (
    "IDN:1967-08-08 MYS:1967-08-08 PHL:1967-08-08 SGP:1967-08-08 THA:1967-08-08 BRN:1984-01-07 "
    "VNM:1995-07-28 LAO:1997-07-23 MMR:1997-07-23 KHM:1999-04-30 TLS:2025-10-26"
)
OIC_STATES = (
    "AFG ALB DZA AZE BHR BGD BEN BRN BFA CMR TCD COM CIV DJI EGY GAB GMB GIN GNB GUY IDN IRN IRQ "
    "JOR KAZ KWT KGZ LBN LBY MYS MDV MLI MRT MAR MOZ NER NGA OMN PAK PSE QAT SAU SEN SLE SOM SDN "
    "SUR SYR TJK TGO TUN TUR TKM UGA ARE UZB YEM"
)
COMMONWEALTH_STATES = (
    "ATG AUS BHS BGD BRB BLZ BWA BRN CMR CAN CYP DMA SWZ FJI GAB GMB GHA GRD GUY IND JAM KEN KIR "
    "LSO MWI MYS MDV MLT MUS MOZ NAM NRU NZL NGA PAK PNG RWA KNA LCA VCT WSM SYC SLE SGP SLB ZAF "
    "LKA TZA TGO TON TTO TUV UGA GBR VUT ZMB"
)
CELAC_STATES = (
    "ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC "
    "PAN PRY PER KNA LCA VCT SUR TTO URY VEN"
)
IORA_STATES = (
    "AUS BGD COM FRA IND IDN IRN KEN MDG MYS MDV MUS MOZ OMN SYC SGP SOM ZAF LKA TZA THA ARE YEM"
)
G20_STATES = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
OPEC_MEMBERS = (
    "IRN:1960-09-14 IRQ:1960-09-14 KWT:1960-09-14 SAU:1960-09-14 VEN:1960-09-14 "
    "QAT:1961:2018-12-31 IDN:1962:2008-12-31 IDN:2016-01-01:2016-11-30 LBY:1962 ARE:1967 "
    "DZA:1969 NGA:1971 ECU:1973:1992-12-31 ECU:2007:2019-12-31 GAB:1975:1994-12-31 "
    "GAB:2016-07-01 AGO:2007-01-01:2023-12-31 GNQ:2017-05-25 COG:2018-06-22"
)


def org(
    acronym: str,
    name: str,
    kind: str,
    *,
    aliases: str = "",
    exact: str = "",
    parent: str | None = None,
    wikidata: str | None = None,
    members: str = "",
    member_notes: dict[str, str] | None = None,
    note: str | None = None,
) -> dict:
    return {
        "acronym": acronym,
        "name": name,
        "kind": kind,
        "aliases": [a for a in aliases.split("|") if a],
        "case_sensitive_aliases": [a for a in exact.split("|") if a],
        "parent": parent,
        "wikidata": wikidata,
        "members": members,
        "member_notes": member_notes or {},
        "note": note,
    }


NOT_MODELLED = "membership not modelled here (near-universal or too large to keep by hand)"

ORGS: list[dict] = [
    # --- United Nations and its principal organs -------------------------------------------
    org("UN", "United Nations", "intergovernmental organisation",
        aliases="United Nations|U.N.|UNO|United Nations Organization|United Nations Organisation",
        wikidata="Q1065", members="@UN",
        note="members: the 193 member states with admission dates; observer states flagged"),
    org("UNSC", "United Nations Security Council", "UN principal organ", parent="UN",
        aliases="UN Security Council|U.N. Security Council|United Nations Security Council|"
        "Security Council|UNSC",
        exact="Security Council", wikidata="Q37470",
        members="CHN:1945-10-24 FRA:1945-10-24 RUS:1945-10-24 GBR:1945-10-24 USA:1945-10-24 "
        + UNSC_ELECTED,
        member_notes={"CHN": "seat held by the Republic of China until 1971-10-25",
                      "RUS": "seat held by the USSR until 1991-12-24"},
        note="members: the five permanent members (open-ended) and the elected members of the "
        "terms 2010-2011 to 2026-2027 (each term a dated entry, so members('UNSC') without a "
        "date gives the permanent five). 'Security Council' alone may also mean a national body "
        "(e.g. Russia's Security Council)"),
    org("UNGA", "United Nations General Assembly", "UN principal organ", parent="UN",
        aliases="UN General Assembly|U.N. General Assembly|General Assembly|UNGA",
        exact="General Assembly", wikidata="Q47423",
        note="every UN member state sits in it; see UN"),
    org("ECOSOC", "United Nations Economic and Social Council", "UN principal organ", parent="UN",
        aliases="Economic and Social Council|UN Economic and Social Council|ECOSOC",
        note="54 elected members; membership not modelled"),
    org("ICJ", "International Court of Justice", "international court", parent="UN",
        aliases="World Court|UN International Court of Justice"),
    org("UN-SECRETARIAT", "United Nations Secretariat", "UN principal organ", parent="UN",
        aliases="UN Secretariat|U.N. Secretariat"),
    org("UNTC", "United Nations Trusteeship Council", "UN principal organ", parent="UN",
        aliases="Trusteeship Council|UN Trusteeship Council",
        note="suspended operation in 1994"),
    org("UNHRC", "United Nations Human Rights Council", "UN subsidiary body", parent="UN",
        aliases="UN Human Rights Council|Human Rights Council|U.N. Human Rights Council",
        exact="Human Rights Council",
        note="47 elected members; membership not modelled. UNHRC is also used for UNHCR in "
        "some copy; here it is the Council"),
    # --- UN specialised agencies ---------------------------------------------------------
    org("UNESCO", "United Nations Educational, Scientific and Cultural Organization",
        "UN specialised agency", parent="UN", wikidata="Q7809",
        aliases="United Nations Educational, Scientific and Cultural Organisation|Unesco"),
    org("WHO", "World Health Organization", "UN specialised agency", parent="UN",
        wikidata="Q7817", aliases="World Health Organisation",
        note="'WHO' is matched case-sensitively; 'who' is a pronoun"),
    org("FAO", "Food and Agriculture Organization of the United Nations",
        "UN specialised agency", parent="UN",
        aliases="Food and Agriculture Organization|Food and Agriculture Organisation|"
        "UN Food and Agriculture Organization"),
    org("ILO", "International Labour Organization", "UN specialised agency", parent="UN",
        wikidata="Q54129",
        aliases="International Labour Organisation|International Labor Organization"),
    org("IMO", "International Maritime Organization", "UN specialised agency", parent="UN",
        aliases="International Maritime Organisation"),
    org("ICAO", "International Civil Aviation Organization", "UN specialised agency",
        parent="UN", aliases="International Civil Aviation Organisation"),
    org("ITU", "International Telecommunication Union", "UN specialised agency", parent="UN"),
    org("UPU", "Universal Postal Union", "UN specialised agency", parent="UN"),
    org("WMO", "World Meteorological Organization", "UN specialised agency", parent="UN",
        aliases="World Meteorological Organisation"),
    org("WIPO", "World Intellectual Property Organization", "UN specialised agency",
        parent="UN", aliases="World Intellectual Property Organisation"),
    org("IFAD", "International Fund for Agricultural Development", "UN specialised agency",
        parent="UN"),
    org("UNIDO", "United Nations Industrial Development Organization", "UN specialised agency",
        parent="UN", aliases="United Nations Industrial Development Organisation|UN Industrial "
        "Development Organization"),
    org("UNWTO", "World Tourism Organization", "UN specialised agency", parent="UN",
        aliases="UN Tourism|World Tourism Organisation|United Nations World Tourism Organization",
        note="'WTO' is the World Trade Organization here, never this agency"),
    org("IMF", "International Monetary Fund", "financial institution", wikidata="Q7804",
        aliases="the Fund|International Monetary Fund",
        exact="the Fund",
        note="a UN specialised agency by agreement, governed independently; 190+ members, "
        "membership not modelled"),
    org("WBG", "World Bank Group", "financial institution", wikidata="Q7164",
        aliases="World Bank|the World Bank|IBRD|International Bank for Reconstruction and "
        "Development",
        note="wikidata is the World Bank (IBRD+IDA) item; a UN specialised agency by agreement; "
        "membership not modelled"),
    # --- UN funds, programmes and offices --------------------------------------------------
    org("UNICEF", "United Nations Children's Fund", "UN fund or programme", parent="UN",
        wikidata="Q740308",
        aliases="UN Children's Fund|United Nations International Children's Emergency Fund|"
        "Unicef"),
    org("UNDP", "United Nations Development Programme", "UN fund or programme", parent="UN",
        aliases="UN Development Programme|United Nations Development Program"),
    org("UNEP", "United Nations Environment Programme", "UN fund or programme", parent="UN",
        aliases="UN Environment Programme|UN Environment|United Nations Environment Program"),
    org("UNHCR", "Office of the United Nations High Commissioner for Refugees",
        "UN fund or programme", parent="UN",
        aliases="UN Refugee Agency|UN High Commissioner for Refugees|United Nations High "
        "Commissioner for Refugees|UN refugee agency"),
    org("WFP", "World Food Programme", "UN fund or programme", parent="UN",
        aliases="UN World Food Programme|United Nations World Food Programme|World Food "
        "Program"),
    org("UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        "UN fund or programme", parent="UN",
        aliases="UN Relief and Works Agency|United Nations Relief and Works Agency"),
    org("UNFPA", "United Nations Population Fund", "UN fund or programme", parent="UN",
        aliases="UN Population Fund"),
    org("UN-HABITAT", "United Nations Human Settlements Programme", "UN fund or programme",
        parent="UN", aliases="UN-Habitat|UN Habitat"),
    org("UNCTAD", "United Nations Conference on Trade and Development", "UN subsidiary body",
        parent="UN", aliases="UN Conference on Trade and Development"),
    org("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs",
        "UN subsidiary body", parent="UN",
        aliases="UN Office for the Coordination of Humanitarian Affairs|UNOCHA|UN OCHA"),
    org("OHCHR", "Office of the United Nations High Commissioner for Human Rights",
        "UN subsidiary body", parent="UN",
        aliases="UN Human Rights Office|Office of the UN High Commissioner for Human Rights|UN "
        "human rights office"),
    org("UNODC", "United Nations Office on Drugs and Crime", "UN subsidiary body", parent="UN",
        aliases="UN Office on Drugs and Crime"),
    org("UN-WOMEN", "United Nations Entity for Gender Equality and the Empowerment of Women",
        "UN fund or programme", parent="UN", aliases="UN Women"),
    # --- UN-related organisations --------------------------------------------------------
    org("IAEA", "International Atomic Energy Agency", "UN related organisation",
        aliases="UN nuclear watchdog|International Atomic Energy Agency",
        note="membership not modelled"),
    org("OPCW", "Organisation for the Prohibition of Chemical Weapons", "UN related organisation",
        aliases="Organization for the Prohibition of Chemical Weapons|chemical weapons "
        "watchdog"),
    org("CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organization", "UN related organisation",
        aliases="Comprehensive Nuclear-Test-Ban Treaty Organisation|CTBTO Preparatory "
        "Commission",
        note="formally still its Preparatory Commission; the treaty is not in force"),
    org("WTO", "World Trade Organization", "UN related organisation", wikidata="Q7825",
        aliases="World Trade Organisation",
        note="164+ members; membership not modelled"),
    org("IOM", "International Organization for Migration", "UN related organisation",
        aliases="International Organisation for Migration|UN migration agency"),
    org("ICC", "International Criminal Court", "international court",
        aliases="the Hague-based court",
        note="125 states parties; membership not modelled. 'ICC' also names the International "
        "Chamber of Commerce"),
    org("INTERPOL", "International Criminal Police Organization", "intergovernmental organisation",
        aliases="Interpol|International Criminal Police Organisation|ICPO",
        note=NOT_MODELLED),
    # --- Europe --------------------------------------------------------------------------
    org("EU", "European Union", "economic union", wikidata="Q458",
        aliases="European Union|E.U.|the Union|European Communities|European Economic "
        "Community|EEC|Common Market",
        exact="the Union|Common Market", members=EU_MEMBERS,
        member_notes={"GBR": "left 2020-01-31 (Brexit)",
                      "DEU": "East Germany joined with reunification on 1990-10-03"},
        note="since dates are accession to the European Communities (EU proper from "
        "1993-11-01); EEC/European Communities are folded in as forerunners"),
    org("EC", "European Commission", "EU institution", parent="EU",
        aliases="European Commission|EU Commission|Commission of the European Union"),
    org("EUCO", "European Council", "EU institution", parent="EU",
        aliases="European Council|EU summit",
        note="not the Council of Europe (COE) nor the Council of the EU"),
    org("EP", "European Parliament", "EU institution", parent="EU",
        aliases="European Parliament|Europarliament|EU Parliament"),
    org("ECB", "European Central Bank", "financial institution", parent="EU"),
    org("NATO", "North Atlantic Treaty Organization", "military alliance", wikidata="Q7184",
        aliases="North Atlantic Treaty Organisation|North Atlantic Alliance|Atlantic Alliance|"
        "the Alliance|OTAN|N.A.T.O.",
        exact="the Alliance", members=NATO_MEMBERS,
        member_notes={"FRA": "left the integrated military command 1966-2009, stayed a member",
                      "DEU": "as West Germany; united Germany from 1990-10-03",
                      "GRC": "left the integrated military command 1974-1980"},
        note="'the Alliance' only with a capital A and in NATO context"),
    org("OSCE", "Organization for Security and Co-operation in Europe",
        "intergovernmental organisation", wikidata="Q81299",
        aliases="Organisation for Security and Co-operation in Europe|Organization for Security "
        "and Cooperation in Europe|Organisation for Security and Cooperation in Europe|CSCE|"
        "Conference on Security and Co-operation in Europe",
        members=OSCE_MEMBERS,
        member_notes={"RUS": "as the USSR from 1975", "DEU": "as the FRG from 1975",
                      "SRB": "as the FR Yugoslavia (suspended 1992-2000)",
                      "CZE": "Czechoslovakia from 1975", "SVK": "Czechoslovakia from 1975"},
        note="57 participating states; CSCE until 1994-12-31"),
    org("OSCE-MINSK-GROUP", "OSCE Minsk Group", "forum", parent="OSCE",
        aliases="Minsk Group",
        note="Nagorno-Karabakh mediation, co-chaired by France, Russia and the United States; "
        "wound up in 2025"),
    org("COE", "Council of Europe", "intergovernmental organisation", wikidata="Q8908",
        aliases="Council of Europe|CoE", members=COE_MEMBERS,
        member_notes={"RUS": "expelled 2022-03-16", "GRC": "withdrew 1969-1974",
                      "DEU": "as West Germany"},
        note="not an EU body"),
    org("PACE", "Parliamentary Assembly of the Council of Europe", "intergovernmental organisation",
        parent="COE", aliases="Parliamentary Assembly of the Council of Europe"),
    org("ECHR", "European Court of Human Rights", "international court", parent="COE",
        aliases="European Court of Human Rights|ECtHR|Strasbourg court",
        note="'ECHR' is also the European Convention on Human Rights"),
    org("EFTA", "European Free Trade Association", "economic union",
        members="NOR:1960-05-03 CHE:1960-05-03 ISL:1970-03-01 LIE:1991-09-01",
        note="only current members listed"),
    org("BENELUX", "Benelux Union", "economic union",
        aliases="Benelux|Benelux Economic Union",
        members="BEL:1960-11-01 NLD:1960-11-01 LUX:1960-11-01"),
    org("NORDIC-COUNCIL", "Nordic Council", "forum",
        members="DNK:1952 ISL:1952 NOR:1952 SWE:1952 FIN:1955",
        note="the Faroe Islands, Greenland and Åland take part as autonomous areas"),
    org("V4", "Visegrad Group", "forum",
        aliases="Visegrád Group|Visegrad Four|Visegrád Four|V-4",
        members="POL:1991-02-15 HUN:1991-02-15 CZE:1993-01-01 SVK:1993-01-01",
        note="Czechoslovakia from 1991-02-15"),
    org("BSEC", "Organization of the Black Sea Economic Cooperation",
        "intergovernmental organisation",
        aliases="Black Sea Economic Cooperation|Organisation of the Black Sea Economic "
        "Cooperation",
        members="ALB:1992-06-25 ARM:1992-06-25 AZE:1992-06-25 BGR:1992-06-25 GEO:1992-06-25 "
        "GRC:1992-06-25 MDA:1992-06-25 ROU:1992-06-25 RUS:1992-06-25 TUR:1992-06-25 "
        "UKR:1992-06-25 SRB:2004 MKD:2020"),
    org("GUAM", "GUAM Organization for Democracy and Economic Development",
        "intergovernmental organisation",
        aliases="GUAM Organisation for Democracy and Economic Development|GUUAM",
        members="GEO:1997-10-10 UKR:1997-10-10 AZE:1997-10-10 MDA:1997-10-10 "
        "UZB:1999-04-24:2005-05-05"),
    org("ARCTIC-COUNCIL", "Arctic Council", "forum",
        members="CAN:1996-09-19 DNK:1996-09-19 FIN:1996-09-19 ISL:1996-09-19 NOR:1996-09-19 "
        "RUS:1996-09-19 SWE:1996-09-19 USA:1996-09-19"),
    # --- post-Soviet integration ---------------------------------------------------------
    org("CIS", "Commonwealth of Independent States", "intergovernmental organisation",
        wikidata="Q7779",
        aliases="Commonwealth of Independent States|SNG|the Commonwealth of Independent States",
        members="BLR:1991-12-08 RUS:1991-12-08 ARM:1991-12-21 KAZ:1991-12-21 KGZ:1991-12-21 "
        "MDA:1991-12-21 TJK:1991-12-21 UZB:1991-12-21 TKM:1991-12-21:2005-08-25 "
        "TKM:2005-08-26!associate AZE:1993-09-24 GEO:1993-12-03:2009-08-17 "
        "UKR:1991-12-08:2018-05-19!associate",
        member_notes={
            "TKM": "full participant until 2005-08-26, associate member since",
            "GEO": "withdrawal announced 2008-08-14, effective 2009-08-18",
            "UKR": "a founding state that never ratified the 1993 CIS Charter, so never a "
            "member state in law; ended participation in CIS bodies in 2018 (decree of "
            "2018-05-19); modelled as associate so members() leaves it out by default",
            "AZE": "signed the Alma-Ata Protocol in 1991; parliament ratified only in 1993",
            "MDA": "ratified in 1994; has been leaving CIS agreements since 2022",
        },
        note="'Commonwealth' alone means the Commonwealth of Nations here"),
    org("CSTO", "Collective Security Treaty Organization", "military alliance",
        aliases="Collective Security Treaty Organisation|ODKB|Collective Security Treaty",
        members="ARM:2002-10-07 BLR:2002-10-07 KAZ:2002-10-07 KGZ:2002-10-07 RUS:2002-10-07 "
        "TJK:2002-10-07 UZB:2006-08-16:2012-12-19",
        member_notes={
            "ARM": "froze its participation in 2024; still a member in law",
            "UZB": "rejoined 2006, suspended its membership 2012 (CSTO decision of "
            "2012-12-19)",
        },
        note="organisation chartered 2002-10-07 on the Collective Security Treaty of "
        "1992-05-15; treaty-only parties before 2002 (AZE, GEO, UZB 1994-1999) not listed"),
    org("EAEU", "Eurasian Economic Union", "economic union", wikidata="Q4173083",
        aliases="Eurasian Economic Union|EEU|EAEU|EaEU|Eurasian Union",
        members="RUS:2015-01-01 BLR:2015-01-01 KAZ:2015-01-01 ARM:2015-01-02 KGZ:2015-08-12 "
        "MDA:2018-05-14!observer UZB:2020-12-11!observer CUB:2020-12-11!observer",
        note="treaty signed 2014-05-29 in Astana, in force 2015-01-01"),
    org("EAEU-CU", "Customs Union of Belarus, Kazakhstan and Russia", "customs union",
        aliases="Customs Union|Eurasian Customs Union|Customs Union of Russia, Belarus and "
        "Kazakhstan|Russia-Belarus-Kazakhstan Customs Union|Belarus-Kazakhstan-Russia Customs "
        "Union|EACU",
        exact="Customs Union",
        members="BLR:2010-01-01 KAZ:2010-01-01 RUS:2010-01-01 ARM:2015-01-02 KGZ:2015-08-12",
        note="common external tariff from 2010-01-01; continues as the customs union of the "
        "EAEU from 2015. 'Customs Union' only capitalised; the acronym CU is not used"),
    org("CES", "Common Economic Space", "economic union",
        aliases="Common Economic Space|Single Economic Space|SES|Single Economic Space of "
        "Belarus, Kazakhstan and Russia",
        exact="SES",
        members="BLR:2012-01-01:2014-12-31 KAZ:2012-01-01:2014-12-31 RUS:2012-01-01:2014-12-31",
        note="superseded by the EAEU on 2015-01-01"),
    org("EURASEC", "Eurasian Economic Community", "economic union",
        aliases="EurAsEC|EurAsEc|EAEC|Eurasian Economic Community",
        members="BLR:2001-05-30:2014-12-31 KAZ:2001-05-30:2014-12-31 KGZ:2001-05-30:2014-12-31 "
        "RUS:2001-05-30:2014-12-31 TJK:2001-05-30:2014-12-31 UZB:2006-01-25:2008-11-12 "
        "ARM:2003::2014-12-31!observer MDA:2002::2014-12-31!observer "
        "UKR:2002::2014-12-31!observer",
        note="treaty of 2000-10-10, in force 2001-05-30; dissolved into the EAEU 2015-01-01"),
    org("UNION-STATE", "Union State of Russia and Belarus", "union state", wikidata=None,
        aliases="Union State|Russia-Belarus Union State|Union State of Belarus and Russia|"
        "Belarus-Russia Union State|Russian-Belarusian Union State|Union State of Russia and "
        "Belarus",
        exact="Union State",
        members="RUS:2000-01-26 BLR:2000-01-26",
        note="treaty signed 1999-12-08, in force 2000-01-26"),
    org("EURASIAN-COMMISSION", "Eurasian Economic Commission", "intergovernmental organisation",
        parent="EAEU", aliases="Eurasian Economic Commission|EEC Collegium",
        note="the EAEU's executive body (from 2012 for the Customs Union and CES); the "
        "acronym EEC is left to the European Economic Community"),
    org("EDB", "Eurasian Development Bank", "financial institution",
        aliases="Eurasian Development Bank",
        members="RUS:2006 KAZ:2006 ARM:2009 TJK:2009 BLR:2010 KGZ:2011",
        note="founding year for RUS/KAZ and accession years from memory; Uzbekistan's "
        "accession (2020s) not recorded"),
    org("SCO", "Shanghai Cooperation Organisation", "intergovernmental organisation",
        wikidata="Q485207",
        aliases="Shanghai Cooperation Organization|Shanghai Six|Shanghai Five",
        members="CHN:2001-06-15 KAZ:2001-06-15 KGZ:2001-06-15 RUS:2001-06-15 TJK:2001-06-15 "
        "UZB:2001-06-15 IND:2017-06-09 PAK:2017-06-09 IRN:2023-07-04 BLR:2024-07-04 "
        "MNG:2004!observer",
        note="'Shanghai Five' (1996-2001, without Uzbekistan) is folded in as an alias"),
    org("BRICS", "BRICS", "forum",
        aliases="BRIC|BRICS group|BRICS Plus|BRICS+",
        members="BRA:2009-06-16 RUS:2009-06-16 IND:2009-06-16 CHN:2009-06-16 ZAF:2010-12-24 "
        "EGY:2024-01-01 ETH:2024-01-01 IRN:2024-01-01 ARE:2024-01-01 IDN:2025-01-06",
        note="since = first BRIC summit (Yekaterinburg); Saudi Arabia was invited for 2024 but "
        "has not confirmed membership and is not listed"),
    org("NDB", "New Development Bank", "financial institution",
        aliases="BRICS Bank|BRICS Development Bank|New Development Bank",
        members="BRA:2015 RUS:2015 IND:2015 CHN:2015 ZAF:2015 BGD:2021 ARE:2021 EGY:2023 "
        "DZA:2025"),
    org("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", "forum",
        aliases="Conference on Interaction and Confidence Building Measures in Asia",
        note="about 28 member states; membership not modelled"),
    org("ECO", "Economic Cooperation Organization", "intergovernmental organisation",
        aliases="Economic Cooperation Organisation",
        members="IRN:1985 PAK:1985 TUR:1985 AFG:1992 AZE:1992 KAZ:1992 KGZ:1992 TJK:1992 "
        "TKM:1992 UZB:1992"),
    org("OTS", "Organization of Turkic States", "intergovernmental organisation",
        aliases="Organisation of Turkic States|Turkic Council|Cooperation Council of Turkic "
        "Speaking States|Council of Turkic States",
        members="AZE:2009-10-03 KAZ:2009-10-03 KGZ:2009-10-03 TUR:2009-10-03 UZB:2019-10-15 "
        "HUN:2018!observer TKM:2021!observer",
        note="Turkic Council until 2021-11-12"),
    # --- Asia and the Pacific -------------------------------------------------------------
    org("ASEAN", "Association of Southeast Asian Nations", "intergovernmental organisation",
        wikidata="Q7768", aliases="Association of South-East Asian Nations|Association of South "
        "East Asian Nations", members=ASEAN_MEMBERS,
        member_notes={"TLS": "admitted as the 11th member at the 47th ASEAN Summit (Kuala "
                      "Lumpur); date from memory, check"}),
    org("ARF", "ASEAN Regional Forum", "forum", parent="ASEAN",
        members="BRN IDN KHM LAO MYS MMR PHL SGP THA VNM AUS BGD CAN CHN IND JPN PRK KOR MNG NZL "
        "PAK PNG RUS LKA TLS USA",
        note="the EU is also a participant (not a state)"),
    org("EAS", "East Asia Summit", "forum", parent="ASEAN",
        members="BRN:2005-12-14 IDN:2005-12-14 KHM:2005-12-14 LAO:2005-12-14 MYS:2005-12-14 "
        "MMR:2005-12-14 PHL:2005-12-14 SGP:2005-12-14 THA:2005-12-14 VNM:2005-12-14 "
        "AUS:2005-12-14 CHN:2005-12-14 IND:2005-12-14 JPN:2005-12-14 NZL:2005-12-14 "
        "KOR:2005-12-14 RUS:2011 USA:2011"),
    org("APEC", "Asia-Pacific Economic Cooperation", "forum",
        aliases="Asia Pacific Economic Cooperation|Asia-Pacific Economic Co-operation",
        members="AUS:1989 BRN:1989 CAN:1989 IDN:1989 JPN:1989 KOR:1989 MYS:1989 NZL:1989 "
        "PHL:1989 SGP:1989 THA:1989 USA:1989 CHN:1991 TWN:1991 MEX:1993 PNG:1993 CHL:1994 "
        "PER:1998 RUS:1998 VNM:1998",
        note="members are 'economies'; Hong Kong, China also takes part; Taiwan as Chinese "
        "Taipei"),
    org("SAARC", "South Asian Association for Regional Cooperation",
        "intergovernmental organisation",
        members="BGD:1985-12-08 BTN:1985-12-08 IND:1985-12-08 MDV:1985-12-08 NPL:1985-12-08 "
        "PAK:1985-12-08 LKA:1985-12-08 AFG:2007-04-03"),
    org("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic "
        "Cooperation", "intergovernmental organisation",
        members="BGD:1997-06-06 IND:1997-06-06 LKA:1997-06-06 THA:1997-06-06 MMR:1997-12-22 "
        "NPL:2004 BTN:2004"),
    org("QUAD", "Quadrilateral Security Dialogue", "forum",
        aliases="Quad|the Quad|Quadrilateral Security Dialogue",
        exact="Quad|the Quad",
        members="AUS:2007 IND:2007 JPN:2007 USA:2007",
        note="dormant 2008-2017"),
    org("AUKUS", "AUKUS", "military alliance",
        members="AUS:2021-09-15 GBR:2021-09-15 USA:2021-09-15",
        note="trilateral security partnership, not a treaty organisation"),
    org("LMC", "Lancang-Mekong Cooperation", "forum",
        aliases="Mekong-Lancang Cooperation|Lancang-Mekong Cooperation mechanism",
        members="CHN:2016-03-23 KHM:2016-03-23 LAO:2016-03-23 MMR:2016-03-23 THA:2016-03-23 "
        "VNM:2016-03-23"),
    org("PIF", "Pacific Islands Forum", "intergovernmental organisation",
        aliases="South Pacific Forum",
        members="AUS:1971 NZL:1971 FJI:1971 NRU:1971 TON:1971 WSM:1971 KIR PNG SLB TUV VUT FSM "
        "MHL PLW",
        note="the Cook Islands, Niue, French Polynesia and New Caledonia are also members but "
        "not states here; South Pacific Forum until 2000"),
    org("ADB", "Asian Development Bank", "financial institution", note=NOT_MODELLED),
    org("AIIB", "Asian Infrastructure Investment Bank", "financial institution",
        note=NOT_MODELLED),
    org("IORA", "Indian Ocean Rim Association", "intergovernmental organisation",
        members=IORA_STATES),
    # --- Middle East ---------------------------------------------------------------------
    org("LAS", "League of Arab States", "intergovernmental organisation", wikidata="Q7172",
        aliases="Arab League|League of Arab States",
        members="EGY:1945-03-22 IRQ:1945-03-22 JOR:1945-03-22 LBN:1945-03-22 SAU:1945-03-22 "
        "SYR:1945-03-22 YEM:1945-05-05 LBY:1953 SDN:1956 MAR:1958 TUN:1958 KWT:1961 DZA:1962 "
        "BHR:1971 QAT:1971 OMN:1971 ARE:1971 MRT:1973 SOM:1974 PSE:1976 DJI:1977 COM:1993",
        member_notes={"SYR": "suspended 2011-11-16, readmitted 2023-05-07",
                      "EGY": "suspended 1979-1989", "PSE": "represented by the PLO from 1976",
                      "YEM": "as North Yemen from 1945"}),
    org("GCC", "Gulf Cooperation Council", "intergovernmental organisation",
        aliases="Cooperation Council for the Arab States of the Gulf|Gulf Co-operation Council",
        members="BHR:1981-05-25 KWT:1981-05-25 OMN:1981-05-25 QAT:1981-05-25 SAU:1981-05-25 "
        "ARE:1981-05-25"),
    org("OIC", "Organisation of Islamic Cooperation", "intergovernmental organisation",
        aliases="Organization of Islamic Cooperation|Organisation of the Islamic Conference|"
        "Organization of the Islamic Conference",
        members=OIC_STATES,
        member_notes={"SYR": "suspended since 2012"},
        note="57 member states; Organisation of the Islamic Conference until 2011"),
    org("OPEC", "Organization of the Petroleum Exporting Countries",
        "intergovernmental organisation", wikidata="Q7795",
        aliases="Organisation of the Petroleum Exporting Countries|Organization of Petroleum "
        "Exporting Countries",
        members=OPEC_MEMBERS,
        note="some accession dates are years only (taken as 1 January)"),
    org("OPEC-PLUS", "OPEC+", "forum",
        aliases="OPEC+|OPEC Plus|OPEC-plus|Declaration of Cooperation",
        members="@OPEC-PLUS",
        note="OPEC members plus the ten non-OPEC signatories of the Declaration of Cooperation "
        "(2016-12-10); later OPEC entrants (GNQ, COG) listed from their OPEC accession"),
    # --- Africa --------------------------------------------------------------------------
    org("AU", "African Union", "intergovernmental organisation", wikidata="Q7159",
        aliases="African Union|A.U.|OAU|Organisation of African Unity|Organization of African "
        "Unity",
        members="@AU",
        member_notes={"MAR": "left the OAU in 1984, joined the AU 2017-01-30",
                      "SSD": "joined after independence in 2011",
                      "ESH": "as the Sahrawi Arab Democratic Republic"},
        note="since = founding of the AU (2002-07-09); the OAU (1963) is folded in as an alias; "
        "suspensions of members after coups are not modelled"),
    org("ECOWAS", "Economic Community of West African States", "intergovernmental organisation",
        aliases="CEDEAO",
        members="BEN:1975-05-28 BFA:1975-05-28:2025-01-28 CIV:1975-05-28 GMB:1975-05-28 "
        "GHA:1975-05-28 GIN:1975-05-28 GNB:1975-05-28 LBR:1975-05-28 MLI:1975-05-28:2025-01-28 "
        "NER:1975-05-28:2025-01-28 NGA:1975-05-28 SEN:1975-05-28 SLE:1975-05-28 TGO:1975-05-28 "
        "CPV:1977 MRT:1975-05-28:2000-12-31",
        member_notes={"BFA": "withdrawal effective 2025-01-29", "MLI": "withdrawal effective "
                      "2025-01-29", "NER": "withdrawal effective 2025-01-29"}),
    org("AES", "Alliance of Sahel States", "military alliance",
        aliases="Alliance des États du Sahel|Confederation of Sahel States|Sahel alliance",
        members="MLI:2023-09-16 BFA:2023-09-16 NER:2023-09-16",
        note="mutual-defence pact of 2023-09-16, a confederation from 2024-07-06"),
    org("SADC", "Southern African Development Community", "intergovernmental organisation",
        members="AGO:1992-08-17 BWA:1992-08-17 LSO:1992-08-17 MWI:1992-08-17 MOZ:1992-08-17 "
        "NAM:1992-08-17 SWZ:1992-08-17 TZA:1992-08-17 ZMB:1992-08-17 ZWE:1992-08-17 ZAF:1994 "
        "MUS:1995 COD:1997 SYC:1997:2004 SYC:2008 MDG:2005 COM:2017",
        note="SADCC (1980) not modelled; year-only dates taken as 1 January"),
    org("EAC", "East African Community", "intergovernmental organisation",
        members="KEN:2000-07-07 TZA:2000-07-07 UGA:2000-07-07 BDI:2007-07-01 RWA:2007-07-01 "
        "SSD:2016-09-05 COD:2022-07-11 SOM:2024-03-04"),
    org("IGAD", "Intergovernmental Authority on Development", "intergovernmental organisation",
        members="DJI:1996-11-25 ETH:1996-11-25 KEN:1996-11-25 SOM:1996-11-25 SDN:1996-11-25 "
        "UGA:1996-11-25 ERI SSD:2011",
        member_notes={"ERI": "suspended its membership 2007-2011; status since uncertain"}),
    org("ECCAS", "Economic Community of Central African States", "intergovernmental organisation",
        aliases="CEEAC",
        members="AGO BDI CMR CAF TCD COG COD GNQ GAB RWA STP",
        note="accession dates not recorded; Rwanda left 2007 and rejoined 2016"),
    org("AFDB", "African Development Bank", "financial institution",
        aliases="African Development Bank|AfDB", note=NOT_MODELLED),
    # --- Americas ------------------------------------------------------------------------
    org("OAS", "Organization of American States", "intergovernmental organisation",
        aliases="Organisation of American States|OEA",
        members="ARG:1951-12-13 BOL:1951-12-13 BRA:1951-12-13 CHL:1951-12-13 COL:1951-12-13 "
        "CRI:1951-12-13 CUB:1951-12-13 DOM:1951-12-13 ECU:1951-12-13 SLV:1951-12-13 "
        "GTM:1951-12-13 HTI:1951-12-13 HND:1951-12-13 MEX:1951-12-13 NIC:1951-12-13:2023-11-19 "
        "PAN:1951-12-13 PRY:1951-12-13 PER:1951-12-13 USA:1951-12-13 URY:1951-12-13 "
        "VEN:1951-12-13:2019-04-27 TTO:1967 BRB:1967 JAM:1969 GRD:1975 SUR:1977 DMA:1979 "
        "LCA:1979 ATG:1981 VCT:1981 BHS:1982 KNA:1984 CAN:1990 BLZ:1991 GUY:1991",
        member_notes={"CUB": "government excluded 1962; the exclusion was lifted in 2009 but "
                      "Cuba has not resumed participation",
                      "VEN": "withdrawal of 2019 contested by the opposition's envoy",
                      "NIC": "withdrawal effective 2023-11-19"},
        note="charter signed 1948-04-30, in force 1951-12-13"),
    org("CELAC", "Community of Latin American and Caribbean States", "forum",
        members=" ".join(f"{s}:2011-12-03" for s in CELAC_STATES.split()),
        member_notes={"BRA": "suspended participation 2020-2023"}),
    org("MERCOSUR", "Southern Common Market", "economic union",
        aliases="Mercosur|Mercosul|MERCOSUL|Mercado Común del Sur",
        members="ARG:1991-03-26 BRA:1991-03-26 PRY:1991-03-26 URY:1991-03-26 VEN:2012-07-31 "
        "BOL:2024-07-08",
        member_notes={"VEN": "suspended since 2016-12-01", "PRY": "suspended 2012-2013"}),
    org("ANDEAN", "Andean Community", "economic union",
        aliases="Andean Community of Nations|Comunidad Andina|Andean Pact",
        members="BOL:1969-05-26 COL:1969-05-26 ECU:1969-05-26 PER:1969-05-26 "
        "CHL:1969-05-26:1976-10-30 VEN:1973:2006-04-22",
        note="key is not 'CAN' to keep clear of Canada's ISO code"),
    org("CARICOM", "Caribbean Community", "intergovernmental organisation",
        aliases="Caribbean Community and Common Market|Caricom",
        members="BRB:1973-08-01 GUY:1973-08-01 JAM:1973-08-01 TTO:1973-08-01 ATG:1974 BLZ:1974 "
        "DMA:1974 GRD:1974 KNA:1974 LCA:1974 VCT:1974 BHS:1983 SUR:1995 HTI:2002",
        note="Montserrat is also a full member but not a state here"),
    org("SICA", "Central American Integration System", "intergovernmental organisation",
        aliases="Sistema de la Integración Centroamericana|Central American Integration System",
        members="CRI:1991-12-13 SLV:1991-12-13 GTM:1991-12-13 HND:1991-12-13 NIC:1991-12-13 "
        "PAN:1991-12-13 BLZ:2000 DOM:2013"),
    org("ALBA", "Bolivarian Alliance for the Peoples of Our America", "intergovernmental "
        "organisation", aliases="ALBA-TCP|Bolivarian Alliance",
        members="VEN:2004-12-14 CUB:2004-12-14 BOL:2006 NIC:2007 DMA:2008 HND:2008:2010 "
        "ATG:2009 VCT:2009 ECU:2009:2018 KNA:2014 LCA:2014 GRD:2014",
        note="accession years from memory"),
    org("IDB", "Inter-American Development Bank", "financial institution",
        aliases="Inter-American Development Bank|IADB", note=NOT_MODELLED),
    # --- global groupings and others ------------------------------------------------------
    org("G7", "Group of Seven", "forum", aliases="G-7|Group of 7|Big Seven",
        members="FRA:1975 DEU:1975 ITA:1975 JPN:1975 GBR:1975 USA:1975 CAN:1976",
        note="the EU also takes part (not a state)"),
    org("G8", "Group of Eight", "forum", aliases="G-8|Group of 8",
        members="CAN:1997:2014-03-24 FRA:1997:2014-03-24 DEU:1997:2014-03-24 ITA:1997:2014-03-24 "
        "JPN:1997:2014-03-24 GBR:1997:2014-03-24 USA:1997:2014-03-24 RUS:1997:2014-03-24",
        note="G7 plus Russia, 1997 to Russia's suspension in March 2014"),
    org("G20", "Group of Twenty", "forum", aliases="G-20|Group of 20",
        members=" ".join(f"{s}:1999" for s in G20_STATES.split()),
        note="only the 19 states; the EU and (from 2023) the African Union are also members"),
    org("OECD", "Organisation for Economic Co-operation and Development",
        "intergovernmental organisation", wikidata="Q41550",
        aliases="Organization for Economic Cooperation and Development|Organisation for Economic "
        "Cooperation and Development",
        members="AUT:1961 BEL:1961 CAN:1961 DNK:1961 FRA:1961 DEU:1961 GRC:1961 ISL:1961 "
        "IRL:1961 LUX:1961 NLD:1961 NOR:1961 PRT:1961 ESP:1961 SWE:1961 CHE:1961 TUR:1961 "
        "GBR:1961 USA:1961 ITA:1962 JPN:1964 FIN:1969 AUS:1971 NZL:1973 MEX:1994 CZE:1995 "
        "HUN:1996 POL:1996 KOR:1996 SVK:2000 CHL:2010 SVN:2010 ISR:2010 EST:2010 LVA:2016 "
        "LTU:2018 COL:2020 CRI:2021"),
    org("EBRD", "European Bank for Reconstruction and Development", "financial institution",
        note=NOT_MODELLED),
    org("NAM", "Non-Aligned Movement", "forum", aliases="Non-Aligned Movement|Nonaligned "
        "Movement|Non-Aligned Nations", note="about 120 members; " + NOT_MODELLED),
    org("COMMONWEALTH", "Commonwealth of Nations", "intergovernmental organisation",
        aliases="the Commonwealth|Commonwealth|British Commonwealth",
        exact="the Commonwealth|Commonwealth",
        members=COMMONWEALTH_STATES,
        member_notes={"GAB": "joined 2022", "TGO": "joined 2022", "RWA": "joined 2009",
                      "MOZ": "joined 1995", "CMR": "joined 1995"},
        note="56 members; accession dates not recorded"),
    org("OIF", "Organisation internationale de la Francophonie", "intergovernmental organisation",
        aliases="Francophonie|La Francophonie|International Organisation of La Francophonie|"
        "International Organization of the Francophonie",
        note="about 88 members, associates and observers; " + NOT_MODELLED),
    org("CPLP", "Community of Portuguese Language Countries", "intergovernmental organisation",
        aliases="Community of Portuguese-Speaking Countries|Lusophone Commonwealth",
        members="AGO:1996-07-17 BRA:1996-07-17 CPV:1996-07-17 GNB:1996-07-17 MOZ:1996-07-17 "
        "PRT:1996-07-17 STP:1996-07-17 TLS:2002 GNQ:2014"),
]
