"""Locate the ontology, shapes, queries and reference data, installed or in a checkout.

A wheel carries them under ``diplokg/_assets`` (see pyproject's force-include); an editable
install or a checkout finds them at the repository root. One module knows this, so nothing else
hard-codes paths.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def asset_root() -> Path:
    bundled = _PACKAGE_DIR / "_assets"
    if (bundled / "ontology").is_dir():
        return bundled
    checkout = _PACKAGE_DIR.parent.parent
    if (checkout / "ontology").is_dir():
        return checkout
    raise FileNotFoundError(
        f"diplokg assets not found under {bundled} or {checkout}; reinstall the package"
    )


def ontology_path() -> Path:
    return asset_root() / "ontology" / "diplokg.ttl"


def shapes_dir() -> Path:
    return asset_root() / "shapes"


def queries_dir() -> Path:
    return asset_root() / "queries"


def data_dir() -> Path:
    return asset_root() / "data"


def reference_dir() -> Path:
    return data_dir() / "reference"


def samples_dir() -> Path:
    return data_dir() / "samples"
