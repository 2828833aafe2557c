"""One error tree for the package, so the CLI can print one readable line for each.

Library errors (rdflib parse errors, HTTP failures, pyoxigraph exceptions) are mapped to these at
the boundary where they happen; a user never sees a traceback for their own mistake.
"""

from __future__ import annotations


class DiplokgError(Exception):
    """Root of every error diplokg raises on purpose."""

    def one_line(self) -> str:
        return f"{type(self).__name__}: {self}"


class ArticleError(DiplokgError):
    """An article cannot be read or processed; carries its id and, where known, the offset."""

    def __init__(self, article_id: str, message: str, offset: int | None = None) -> None:
        self.article_id = article_id
        self.offset = offset
        self.message = message
        where = f"article {article_id}" + (f" at offset {offset}" if offset is not None else "")
        super().__init__(f"{where}: {message}")


class ShapeViolation(DiplokgError):
    """An article's graph does not conform to the SHACL shapes; it stays out of the store."""

    def __init__(self, article_id: str, violations: list[str]) -> None:
        self.article_id = article_id
        self.violations = violations
        first = violations[0] if violations else "does not conform"
        more = f" (+{len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"article {article_id}: {first}{more}")


class StoreError(DiplokgError):
    """The store cannot be opened, read or written (disk, server down, server error)."""


class QueryError(DiplokgError):
    """A query is unknown, malformed, lacks a parameter, or the store rejected it."""


class ReferenceDataError(DiplokgError):
    """A reference data file in data/ is missing or malformed."""
