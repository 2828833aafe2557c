"""The extraction rule data (``lexicon.json`` beside this file), loaded once.

Minister titles under another name ("Defense Secretary", "Home Secretary") and their portfolios
come from the reference data's ``offices.json`` ("title_portfolios"), the one table both the
extractor and the reference read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from diplokg.extract.matcher import PhraseMatcher
from diplokg.reference import load_reference


@dataclass(frozen=True)
class TitleInfo:
    role: str  # a model Role, or "counterpart" (same office as the antecedent)
    portfolio: str | None
    title: str  # the title as written, lowercased


@dataclass(frozen=True)
class Lexicon:
    titles: PhraseMatcher[TitleInfo]
    metonyms: dict[str, str]
    particles: frozenset[str]
    not_name_words: frozenset[str]
    generic_topic_words: frozenset[str]


_NOT_READ = frozenset(
    {
        "prince",
        "sovereign prince",
        "monarch",
        # read as a chain of two offices, so the state councilor's stays beside the minister's
        "state councilor and foreign minister",
        "state councillor and foreign minister",
    }
)


@cache
def load_lexicon() -> Lexicon:
    raw = json.loads((Path(__file__).with_name("lexicon.json")).read_text(encoding="utf-8"))
    titles: PhraseMatcher[TitleInfo] = PhraseMatcher()
    reference = load_reference().offices
    for role, phrases in raw["titles"].items():
        # the reference's titles for the role too ("high commissioner", "taoiseach"), so a
        # title added there is read here; "prince" alone is a head of state only in Monaco and
        # Liechtenstein, and before a name it is mostly a Gulf royal's style
        listed = set(phrases)
        phrases = [
            *phrases,
            *(
                t
                for t in reference.titles_for(role)
                # a minister's title with a portfolio ("attorney general") is read below
                if t not in listed and t not in _NOT_READ and t not in reference.title_portfolios
            ),
        ]
        for phrase in phrases:
            if phrase == "pm":  # "PM Pashinyan", never "5 pm"
                titles.add("PM", TitleInfo(role, None, phrase), exact=True)
            else:
                titles.add(phrase, TitleInfo(role, None, phrase), exact=False)
    for portfolio in raw["portfolios"]:
        for pattern in raw["minister_patterns"]:
            phrase = pattern.format(p=portfolio)
            titles.add(phrase, TitleInfo("minister", portfolio, phrase), exact=False)
    for phrase, portfolio in reference.title_portfolios.items():
        # "U.S. Defense Secretary Lloyd Austin": a minister under another name
        titles.add(phrase, TitleInfo("minister", portfolio.replace("_", " "), phrase), exact=False)
    # the reference's other offices ("senator", "speaker of parliament") and the extractor's
    # own list of them, one set
    # ("MP" follows the name it goes with: "Julie Bishop MP, Minister for Foreign Affairs")
    others = dict.fromkeys([*raw["other_titles"], *reference.titles_for("other")])
    others.pop("mp", None)
    for phrase in others:
        titles.add(phrase, TitleInfo("other", None, phrase), exact=False)
    return Lexicon(
        titles=titles,
        metonyms=dict(raw["metonyms"]),
        particles=frozenset(raw["name_particles"]),
        not_name_words=frozenset(raw["not_name_words"]),
        generic_topic_words=frozenset(raw["generic_topic_words"]),
    )
