"""Longest-match phrase lookup over tokens: the workhorse behind every gazetteer.

A dict keyed by token tuples beats a regex alternation of thousands of names (no backtracking),
and sharing the tokenizer with the document keeps "Guinea-Bissau" or "Côte d'Ivoire" aligned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter
from typing import Generic, TypeVar

from diplokg.extract.document import Token
from diplokg.extract.sentences import tokenize

T = TypeVar("T")


@dataclass(frozen=True)
class Match(Generic[T]):
    first: int  # token index
    last: int  # token index, exclusive
    start: int  # character offsets
    end: int
    value: T


class PhraseMatcher(Generic[T]):
    """Maps phrases to values; ``exact`` phrases must match case too (acronyms like "US")."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, T]]] = {}
        self._longest = 1
        self._longest_from: dict[str, int] = {}  # first token -> longest phrase starting with it
        self._prefixes: set[tuple[str, ...]] = set()  # every phrase's leading tokens, itself too
        self._keys: dict[str, tuple[str, ...]] = {}

    def add(self, phrase: str, value: T, *, exact: bool | None = None) -> None:
        tokens = tokenize(phrase.replace("’", "'"))
        if not tokens:
            return
        key = tuple(t.lower for t in tokens)
        if exact is None:
            exact = _looks_exact(phrase)
        surface = tuple(t.text for t in tokens) if exact else None
        entries = self._phrases.setdefault(key, [])
        if all(existing != value or s != surface for s, existing in entries):
            entries.append((surface, value))
        self._longest = max(self._longest, len(key))
        self._longest_from[key[0]] = max(self._longest_from.get(key[0], 0), len(key))
        self._prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def add_all(self, phrases: Iterable[str], value: T) -> None:
        for phrase in phrases:
            self.add(phrase, value)

    def lookup(self, phrase: str) -> list[T]:
        key = self._keys.get(phrase)
        if key is None:  # phrases looked up are few and recur: tokenize each once
            if len(self._keys) > 100_000:
                self._keys.clear()
            key = self._keys[phrase] = tuple(t.lower for t in tokenize(phrase))
        return [v for _s, v in self._phrases.get(key, [])]

    def find(
        self, tokens: list[Token], *, capitalised: bool = True, lo: int = 0, hi: int | None = None
    ) -> Iterator[Match[T]]:
        """Greedy longest matches, left to right; ``capitalised`` requires a proper-noun start."""
        hi = len(tokens) if hi is None else hi
        lowers = list(map(attrgetter("lower"), tokens[lo:hi]))
        longest_from = self._longest_from
        # Only tokens that begin some phrase can start a match; most begin none, so find those
        # first, in C (compress over map), rather than testing each in the loop below.
        starts = compress(count(lo), map(longest_from.__contains__, lowers))
        phrases = self._phrases
        prefixes = self._prefixes
        free = lo  # the first token not inside an earlier match
        for i in starts:
            if i < free:
                continue
            token = tokens[i]
            if capitalised and not (token.text[:1].isupper() or token.text[:1].isdigit()):
                continue
            # Grow the phrase a token at a time while it still begins some phrase, keeping the
            # longest that is one: most stop after a token or two, where counting down from the
            # longest phrase for this first token builds a key for every length.
            found: tuple[int, T] | None = None
            for n in range(1, min(longest_from[token.lower], hi - i) + 1):
                key = tuple(lowers[i - lo : i - lo + n])
                if key not in prefixes:
                    break
                entries = phrases.get(key)
                if not entries:
                    continue
                surface = tuple(t.text for t in tokens[i : i + n])
                values = [v for s, v in entries if s is None or s == surface]
                if values:
                    found = (n, values[0])
            if found is not None:
                n, value = found
                yield Match(i, i + n, token.start, tokens[i + n - 1].end, value)
                free = i + n


def _looks_exact(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and (
        all(c.isupper() for c in letters) or "." in phrase or len(letters) <= 3
    )
