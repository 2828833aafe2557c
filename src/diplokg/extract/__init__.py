"""Extraction: an Article in, an Extraction (plain typed statements with evidence) out.

The pipeline is an ordered list of small components over one ``Document``, in the manner of
spaCy; ``PIPELINE`` names them so a failure says which stage broke.
"""

from __future__ import annotations

from collections.abc import Callable

from diplokg.errors import ArticleError
from diplokg.extract.document import Document
from diplokg.extract.events import extract_events
from diplokg.extract.gazetteer import recognise_entities
from diplokg.extract.memberships import extract_memberships
from diplokg.extract.offices import extract_offices
from diplokg.extract.persons import find_persons
from diplokg.extract.sentences import segment
from diplokg.extract.topics import extract_discussions
from diplokg.model import Article, Extraction


def _statements(doc: Document) -> Document:
    visits, meetings, by_sentence = extract_events(doc)
    discussions = extract_discussions(doc, by_sentence, visits, meetings)
    doc.extraction = Extraction(
        article=doc.article,
        offices=extract_offices(doc, visits, meetings),
        visits=visits,
        meetings=meetings,
        discussions=discussions,
        memberships=extract_memberships(doc, discussions),
    )
    return doc


PIPELINE: list[tuple[str, Callable[[Document], Document]]] = [
    ("segment", segment),
    ("entities", recognise_entities),
    ("persons", find_persons),
    ("statements", _statements),
]


def extract(article: Article) -> Extraction:
    doc = Document(article)
    for name, component in PIPELINE:
        try:
            result = component(doc)
        except ArticleError:
            raise
        except Exception as exc:  # a bug in a component must not stop the batch
            raise ArticleError(article.id, f"extraction stage '{name}' failed: {exc!r}") from exc
        if not isinstance(result, Document):
            raise ArticleError(
                article.id, f"extraction stage '{name}' returned {type(result).__name__}"
            )
        doc = result
    assert doc.extraction is not None
    return doc.extraction
