"""Person-name keys that fold transliteration variants, so Sergei and Sergey are one person.

The key is also the person's IRI slug, so it must be deterministic and ASCII.
"""

from __future__ import annotations

import re
import unicodedata

_FIRST_NAME_VARIANTS = {
    "aleksandr": "alexander",
    "alexandr": "alexander",
    "aleksander": "alexander",
    "aleksei": "alexei",
    "aleksey": "alexei",
    "alexey": "alexei",
    "alexi": "alexei",
    "dmitriy": "dmitry",
    "dmitri": "dmitry",
    "dmitrii": "dmitry",
    "yuriy": "yuri",
    "yury": "yuri",
    "iurii": "yuri",
    "evgeny": "yevgeny",
    "evgeniy": "yevgeny",
    "yevgeniy": "yevgeny",
    "nikolay": "nikolai",
    "andrey": "andrei",
    "sergey": "sergei",
    "sergiy": "sergei",
    "mikhail": "mikhail",
    "maksim": "maxim",
    "vyacheslav": "vyacheslav",
    "mevluet": "mevlut",
    "recep": "recep",
    "tayyip": "tayyip",
    "antonio": "antonio",
    "jose": "jose",
    "mohamed": "mohammed",
    "muhammad": "mohammed",
    "mohammad": "mohammed",
    "mohammed": "mohammed",
    "abdulla": "abdullah",
    "aleksandar": "alexander",
    "grigoriy": "grigory",
    "georgiy": "georgy",
    "anatoliy": "anatoly",
    "valeriy": "valery",
    "vitaliy": "vitaly",
    "arkadiy": "arkady",
    "gennadiy": "gennady",
    "olga": "olga",
    "natalia": "natalya",
    "nataliya": "natalya",
    "tatiana": "tatyana",
    "igor": "igor",
    "petr": "pyotr",
    "fedor": "fyodor",
}
_APOSTROPHES = re.compile(r"['’`ʼ]")


def fold(text: str) -> str:
    """ASCII, lowercase, diacritics removed ("Çavuşoğlu" -> "cavusoglu")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    if decomposed.isascii():  # no combining marks to drop: skip the loop over characters
        return decomposed.lower()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", _APOSTROPHES.sub("", fold(name))) if t]


def canonical_token(token: str) -> str:
    if token in _FIRST_NAME_VARIANTS:
        return _FIRST_NAME_VARIANTS[token]
    if len(token) > 4 and token.endswith("iy"):
        return token[:-2] + "y"
    return token


def person_key(name: str) -> str:
    """Deterministic slug; hyphenated given names keep their hyphen ("kassym-jomart-tokayev")."""
    parts = [canonical_token(t) for t in name_tokens(name)]
    return "-".join(parts) or "unknown"


def same_person(a: str, b: str) -> bool:
    """Surname equal and first initials agree, or one name's words all in the other."""
    ta = [canonical_token(t) for t in name_tokens(a)]
    tb = [canonical_token(t) for t in name_tokens(b)]
    if not ta or not tb:
        return False
    if set(ta) <= set(tb) or set(tb) <= set(ta):
        return True
    return ta[-1] == tb[-1] and ta[0][0] == tb[0][0]
