"""Reading inputs into ``Article`` records: text files with front matter, JSON Lines, folders.

A bad article becomes an ``ArticleError`` in the returned list rather than an exception, so one
broken story never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from diplokg.errors import ArticleError
from diplokg.model import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_FRONT_KEYS = {"id", "title", "date", "source", "url", "lang"}


def parse_date(value: object, article_id: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ArticleError(article_id, f"date {text!r} is not YYYY-MM-DD") from None


def _check_id(article_id: str) -> str:
    if not _ID_OK.match(article_id):
        raise ArticleError(article_id or "?", "id must be 1-128 letters, digits, '.', '_' or '-'")
    return article_id


def _make(article_id: str, text: str, meta: dict[str, object], origin: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ArticleError(article_id, "article text is empty")
    if "\x00" in text:
        raise ArticleError(article_id, "article text contains a NUL byte", text.index("\x00"))
    return Article(
        id=_check_id(article_id),
        text=text,
        title=(str(meta["title"]).strip() or None) if meta.get("title") else None,
        date=parse_date(meta.get("date"), article_id),
        url=str(meta["url"]).strip() if meta.get("url") else None,
        source=str(meta["source"]).strip() if meta.get("source") else None,
        lang=str(meta.get("lang") or "en"),
        origin=origin,
    )


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body); a file without a leading ``---`` block is all body."""
    raw = raw.replace("\r\n", "\n").lstrip("\ufeff")
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.find("\n---", 3)
    if end < 0:
        return {}, raw
    close = raw.find("\n", end + 4)
    header, body = raw[4:end], raw[close + 1 :] if close >= 0 else ""
    meta: dict[str, str] = {}
    for line in header.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in _FRONT_KEYS:
            meta[key] = value.strip().strip('"').strip("'")
    return meta, body


def read_text_file(path: Path) -> Article:
    fallback_id = path.stem
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(fallback_id, f"{path} is not UTF-8 text", exc.start) from None
    except OSError as exc:
        raise ArticleError(fallback_id, f"cannot read {path}: {exc.strerror}") from None
    meta, body = split_front_matter(raw)
    return _make(meta.get("id") or fallback_id, body, dict(meta), str(path))


def read_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield ArticleError(path.stem, f"cannot read {path}: {exc.strerror}")
        return
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ArticleError(f"{path.name}:{lineno}", f"invalid JSON ({exc.msg})", exc.pos)
                continue
            if not isinstance(record, dict):
                yield ArticleError(f"{path.name}:{lineno}", "line is not a JSON object")
                continue
            article_id = str(record.get("id") or "").strip()
            if not article_id:
                yield ArticleError(f"{path.name}:{lineno}", "missing 'id'")
                continue
            text = record.get("text")
            if not isinstance(text, str):
                yield ArticleError(article_id, f"missing or non-string 'text' ({where})")
                continue
            try:
                yield _make(article_id, text, record, where)
            except ArticleError as err:
                yield err


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    if any(part.startswith(".") for part in child.relative_to(path).parts):
                        continue
                    if child.name.lower() in {"readme.md", "sources.md"}:
                        continue
                    yield child
        else:
            yield path


def read_articles(inputs: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Yield every article found in files and folders, or an error for each one that is bad."""
    for path in iter_paths(inputs):
        if not path.exists():
            yield ArticleError(path.stem or str(path), f"no such file: {path}")
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        else:
            try:
                yield read_text_file(path)
            except ArticleError as err:
                yield err
