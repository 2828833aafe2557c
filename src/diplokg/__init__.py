"""diplokg: a knowledge graph of diplomatic actors and events, built from news articles."""

from diplokg.errors import (
    ArticleError,
    DiplokgError,
    QueryError,
    ShapeViolation,
    StoreError,
)

__version__ = "0.1.0"

__all__ = [
    "ArticleError",
    "DiplokgError",
    "QueryError",
    "ShapeViolation",
    "StoreError",
    "__version__",
]
