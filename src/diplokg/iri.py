"""Mint the instance IRIs of docs/design.md, deterministically, from model values.

Every IRI the project writes is built here, so the scheme lives in one place and two runs over the
same article produce the same nodes (re-ingesting an article replaces its graph instead of adding
a twin). Path segments are either slugs (lowercase ASCII letters, digits and hyphens) or
percent-encoded codes, so every minted IRI is also a valid URI, whatever text it came from.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/diplokg/"

# Letters NFKD does not decompose into a base letter plus a combining mark.
_FOLD_EXTRA = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
        "ʼ": "'",
        "’": "'",
    }
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
UNKNOWN_STATE_SEGMENT = "unknown"  # lowercase, so it cannot collide with an ISO3 code


def ascii_fold(text: str) -> str:
    """Fold diacritics and a few special letters to ASCII ("Đurić" -> "Duric"), keeping case.

    A character with no ASCII equivalent (a dash, Cyrillic, CJK) becomes a space, so it still
    separates words ("Belarus–Sweden" -> "Belarus Sweden"); callers that need a non-empty result
    handle an all-space one (see ``slug``).
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(
        char if char.isascii() else ("" if unicodedata.combining(char) else " ")
        for char in decomposed
    )


def slug(text: str) -> str:
    """A non-empty, IRI-safe path segment: lowercase ASCII words joined by hyphens.

    Idempotent (``slug(slug(x)) == slug(x)``). Text with no ASCII letter or digit left after
    folding (e.g. a name in Cyrillic) gets ``h-`` plus 12 hex digits of its SHA-1, so it still
    mints a stable, distinct segment instead of an empty one.
    """
    folded = _NON_SLUG.sub("-", ascii_fold(text).lower()).strip("-")
    if folded:
        return folded
    return "h-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _code(text: str, what: str) -> str:
    """A code (ISO3, acronym, article id) as one percent-encoded segment; injective on input."""
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"empty {what}")
    return quote(stripped, safe="")


def _base(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"


def state_iri(iso3: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}id/state/{_code(iso3.upper(), 'ISO3 code')}")


def org_iri(acronym: str, base: str = DEFAULT_BASE) -> URIRef:
    """``id/org/{ACRONYM}``; '+', '/', spaces are percent-encoded so 'P5+1' stays distinct."""
    return URIRef(f"{_base(base)}id/org/{_code(acronym, 'acronym')}")


def city_iri(name: str, state_iso3: str | None, base: str = DEFAULT_BASE) -> URIRef:
    """``id/city/{ISO3}/{slug}``; a city whose state is not known goes under ``unknown``."""
    state = _code(state_iso3.upper(), "ISO3 code") if state_iso3 else UNKNOWN_STATE_SEGMENT
    return URIRef(f"{_base(base)}id/city/{state}/{slug(name)}")


def person_iri(key: str, base: str = DEFAULT_BASE) -> URIRef:
    """From ``PersonRef.key``, which already folds transliteration variants to one value."""
    return URIRef(f"{_base(base)}id/person/{slug(key)}")


def topic_iri(label: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}id/topic/{slug(label)}")


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}id/article/{_code(article_id, 'article id')}")


def statement_iri(
    article_id: str, kind: str, key_fields: Iterable[str], base: str = DEFAULT_BASE
) -> URIRef:
    """``id/article/{id}/{kind}/{hash12}``: SHA-1 of the key fields, joined by a unit separator.

    The separator (U+001F) cannot occur in the fields' text, so ("a b", "c") and ("a", "b c")
    hash differently.
    """
    digest = hashlib.sha1("\x1f".join(key_fields).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{article_iri(article_id, base)}/{slug(kind)}/{digest}")


def evidence_iri(article_id: str, start: int, end: int, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{article_iri(article_id, base)}/span/{int(start)}-{int(end)}")


def graph_iri(article_id: str, base: str = DEFAULT_BASE) -> str:
    """The named graph holding one article: ``graph/article/{id}``.

    Graph names are plain strings, as the store interface takes them; instance IRIs are
    ``URIRef`` because they go into triples (and a ``URIRef`` never equals a ``str``).
    """
    return f"{_base(base)}graph/article/{_code(article_id, 'article id')}"


def article_graph_prefix(base: str = DEFAULT_BASE) -> str:
    """What every article graph's IRI starts with; queries filter on it."""
    return f"{_base(base)}graph/article/"


class GraphName(str):
    """A fixed named graph: the IRI for the default base, and callable for any other base.

    ``REFERENCE_GRAPH`` works both as a string (``store.drop_graph(REFERENCE_GRAPH)``) and as a
    function of the base (``REFERENCE_GRAPH(base)``), so callers that honour ``--base`` and
    callers that do not read the same name.
    """

    _path: str

    def __new__(cls, path: str) -> GraphName:
        name = super().__new__(cls, DEFAULT_BASE + path)
        name._path = path
        return name

    def __call__(self, base: str = DEFAULT_BASE) -> str:
        return _base(base) + self._path


REFERENCE_GRAPH = GraphName("graph/reference")
INFERRED_GRAPH = GraphName("graph/inferred")
ONTOLOGY_GRAPH = GraphName("graph/ontology")
