"""iri: slugs and minted IRIs are safe, stable and distinct, whatever text they come from."""

from __future__ import annotations

import re

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from diplokg import iri

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# RFC 3986 path characters: unreserved, percent-encoded, sub-delims, ':' and '@'.
URI = re.compile(r"https?://[A-Za-z0-9.-]+(/([A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})*)*")

codes = st.text(min_size=1).filter(lambda s: s.strip())


def assert_valid_iri(value: str) -> None:
    assert URI.fullmatch(value), value
    ox.NamedNode(value)  # Oxigraph rejects anything that is not an absolute IRI


@given(st.text())
def test_slug_is_non_empty_and_iri_safe(text: str) -> None:
    assert SLUG.fullmatch(iri.slug(text))


@given(st.text())
def test_slug_is_idempotent_and_deterministic(text: str) -> None:
    once = iri.slug(text)
    assert iri.slug(once) == once
    assert iri.slug(text) == once


def test_slug_folds_diacritics_and_case() -> None:
    assert iri.slug("Sergei Lavrov") == "sergei-lavrov"
    assert iri.slug("  Łukasz  Żółć ") == "lukasz-zolc"
    assert iri.slug("Jean-Yves Le Drian") == "jean-yves-le-drian"
    assert iri.slug("Ærø / Straße") == "aero-strasse"
    assert iri.slug("Belarus–Sweden conflict!") == "belarus-sweden-conflict"
    assert iri.ascii_fold("Đurić–Lavrov") == "Duric Lavrov"


def test_slug_of_text_without_ascii_is_a_stable_hash() -> None:
    assert re.fullmatch(r"h-[0-9a-f]{12}", iri.slug("王毅"))
    assert iri.slug("王毅") != iri.slug("Лавров")
    assert iri.slug("") == iri.slug("")


@given(
    iso3=codes,
    acronym=codes,
    article_id=codes,
    name=st.text(),
    start=st.integers(min_value=0, max_value=10**9),
    length=st.integers(min_value=0, max_value=10**4),
)
def test_every_minted_iri_is_valid(
    iso3: str, acronym: str, article_id: str, name: str, start: int, length: int
) -> None:
    minted = [
        iri.state_iri(iso3),
        iri.org_iri(acronym),
        iri.city_iri(name, iso3),
        iri.city_iri(name, None),
        iri.person_iri(name),
        iri.topic_iri(name),
        iri.article_iri(article_id),
        iri.graph_iri(article_id),
        iri.statement_iri(article_id, "visit", [name, iso3]),
        iri.evidence_iri(article_id, start, start + length),
    ]
    for value in minted:
        assert_valid_iri(value)


@given(st.lists(codes, min_size=2, max_size=8, unique_by=str.strip))
def test_distinct_acronyms_mint_distinct_org_iris(acronyms: list[str]) -> None:
    assert len({iri.org_iri(a) for a in acronyms}) == len(acronyms)


def test_acronym_punctuation_is_encoded_not_dropped() -> None:
    minted = {iri.org_iri(a) for a in ("P5+1", "P5 1", "P5-1", "P51", "P5/1")}
    assert len(minted) == 5
    assert str(iri.org_iri("P5+1")) == "https://w3id.org/diplokg/id/org/P5%2B1"
    assert str(iri.org_iri("G-20")) == "https://w3id.org/diplokg/id/org/G-20"


@given(st.lists(codes, min_size=2, max_size=8, unique_by=str.strip))
def test_distinct_article_ids_mint_distinct_graphs(article_ids: list[str]) -> None:
    assert len({iri.graph_iri(a) for a in article_ids}) == len(article_ids)


def test_design_scheme() -> None:
    base = iri.DEFAULT_BASE
    assert base == "https://w3id.org/diplokg/"
    assert iri.state_iri("rus") == URIRef(f"{base}id/state/RUS")
    assert iri.org_iri("CSTO") == URIRef(f"{base}id/org/CSTO")
    assert iri.city_iri("Minsk", "BLR") == URIRef(f"{base}id/city/BLR/minsk")
    assert iri.city_iri("Minsk", None) == URIRef(f"{base}id/city/unknown/minsk")
    assert iri.person_iri("Sergei Lavrov") == URIRef(f"{base}id/person/sergei-lavrov")
    assert iri.topic_iri("Regional security") == URIRef(f"{base}id/topic/regional-security")
    assert iri.article_iri("000") == URIRef(f"{base}id/article/000")
    assert iri.evidence_iri("000", 10, 42) == URIRef(f"{base}id/article/000/span/10-42")
    assert iri.graph_iri("000") == f"{base}graph/article/000"
    assert iri.graph_iri("000").startswith(iri.article_graph_prefix())


def test_statement_iri_hashes_key_fields() -> None:
    first = iri.statement_iri("000", "visit", ["a b", "c"])
    assert re.fullmatch(r".*/id/article/000/visit/[0-9a-f]{12}", first)
    assert first == iri.statement_iri("000", "visit", ["a b", "c"])
    assert first != iri.statement_iri("000", "visit", ["a", "b c"])
    assert first != iri.statement_iri("001", "visit", ["a b", "c"])


def test_fixed_graphs_are_strings_and_functions_of_the_base() -> None:
    assert iri.REFERENCE_GRAPH == "https://w3id.org/diplokg/graph/reference"
    assert iri.INFERRED_GRAPH() == "https://w3id.org/diplokg/graph/inferred"
    assert iri.ONTOLOGY_GRAPH("http://example.org/kg") == "http://example.org/kg/graph/ontology"
    assert iri.graph_iri("x", "http://example.org/kg/") == "http://example.org/kg/graph/article/x"
