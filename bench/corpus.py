"""A synthetic corpus of wire-style diplomatic stories, for benchmarks only.

``generate_corpus(n)`` writes ``n`` stories of about 400 words each, the same ones for the same
``seed``: a dateline and a lead, then visits, meetings, phone calls, talks and memberships in the
shapes wire copy uses, padded with background paragraphs. The people are invented (first names and
surnames drawn from a small list per country); the states, cities and organisations are real so
the extractor's gazetteer links them. Every sentence is written here from templates: nothing is
taken from published stories.

Run it to print one story: ``python bench/corpus.py [--seed N] [--index I]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from diplokg.model import Article

TARGET_WORDS = 400


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    cities: tuple[str, ...]
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    head_title: str = "President"


COUNTRIES: tuple[Country, ...] = (
    Country(
        "Russia",
        "Russian",
        "Moscow",
        ("St. Petersburg", "Kazan", "Sochi"),
        ("Sergei", "Andrei", "Dmitry", "Nikolai", "Pavel"),
        ("Volkov", "Orlov", "Belyaev", "Gromov", "Zaitsev"),
    ),
    Country(
        "Belarus",
        "Belarusian",
        "Minsk",
        ("Brest", "Gomel", "Vitebsk"),
        ("Alexei", "Viktor", "Igor", "Roman"),
        ("Kovalenko", "Zhuk", "Levchuk", "Sidorenko"),
    ),
    Country(
        "Kazakhstan",
        "Kazakh",
        "Astana",
        ("Almaty", "Shymkent"),
        ("Askar", "Yerlan", "Nurlan", "Daulet"),
        ("Abenov", "Seitkali", "Zhunusov", "Omarbekov"),
    ),
    Country(
        "China",
        "Chinese",
        "Beijing",
        ("Shanghai", "Guangzhou", "Xi'an"),
        ("Wei", "Jian", "Hong", "Lei"),
        ("Zhao", "Liang", "Feng", "Tang"),
    ),
    Country(
        "France",
        "French",
        "Paris",
        ("Lyon", "Marseille"),
        ("Pierre", "Antoine", "Claire", "Julien"),
        ("Moreau", "Lefebvre", "Garnier", "Rousseau"),
    ),
    Country(
        "Germany",
        "German",
        "Berlin",
        ("Munich", "Hamburg", "Frankfurt"),
        ("Thomas", "Katrin", "Matthias", "Jens"),
        ("Hoffmann", "Becker", "Schreiber", "Vogel"),
        head_title="Chancellor",
    ),
    Country(
        "India",
        "Indian",
        "New Delhi",
        ("Mumbai", "Bengaluru", "Chennai"),
        ("Rajesh", "Anil", "Sunita", "Vikram"),
        ("Sharma", "Iyer", "Menon", "Kapoor"),
        head_title="Prime Minister",
    ),
    Country(
        "Brazil",
        "Brazilian",
        "Brasilia",
        ("Sao Paulo", "Rio de Janeiro"),
        ("Paulo", "Rafael", "Mariana", "Joao"),
        ("Almeida", "Carvalho", "Ribeiro", "Barbosa"),
    ),
    Country(
        "Japan",
        "Japanese",
        "Tokyo",
        ("Osaka", "Kyoto"),
        ("Hiroshi", "Kenji", "Takeshi", "Yuko"),
        ("Nakamura", "Fujita", "Ishikawa", "Mori"),
        head_title="Prime Minister",
    ),
    Country(
        "Egypt",
        "Egyptian",
        "Cairo",
        ("Alexandria",),
        ("Ahmed", "Karim", "Tarek", "Yasser"),
        ("Mansour", "Fahmy", "Hassan", "Saleh"),
    ),
    Country(
        "Uzbekistan",
        "Uzbek",
        "Tashkent",
        ("Samarkand", "Bukhara"),
        ("Bakhtiyor", "Jamshid", "Rustam", "Sardor"),
        ("Karimov", "Yusupov", "Tashkentov", "Rakhimov"),
    ),
    Country(
        "Armenia",
        "Armenian",
        "Yerevan",
        ("Gyumri",),
        ("Armen", "Tigran", "Davit", "Hovik"),
        ("Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan"),
        head_title="Prime Minister",
    ),
    Country(
        "Italy",
        "Italian",
        "Rome",
        ("Milan", "Naples"),
        ("Marco", "Giulia", "Luca", "Paolo"),
        ("Ferrari", "Conti", "Marino", "Greco"),
        head_title="Prime Minister",
    ),
    Country(
        "Poland",
        "Polish",
        "Warsaw",
        ("Krakow", "Gdansk"),
        ("Tomasz", "Piotr", "Agnieszka", "Marek"),
        ("Nowak", "Wisniewski", "Kaminski", "Zielinski"),
    ),
    Country(
        "Vietnam",
        "Vietnamese",
        "Hanoi",
        ("Ho Chi Minh City", "Da Nang"),
        ("Minh", "Thanh", "Quang", "Lan"),
        ("Nguyen", "Tran", "Pham", "Le"),
    ),
    Country(
        "Finland",
        "Finnish",
        "Helsinki",
        ("Tampere", "Turku"),
        ("Mikko", "Anna", "Jukka", "Sanna"),
        ("Korhonen", "Virtanen", "Makinen", "Nieminen"),
    ),
    Country(
        "Kenya",
        "Kenyan",
        "Nairobi",
        ("Mombasa",),
        ("James", "Wanjiru", "Peter", "Otieno"),
        ("Kamau", "Mwangi", "Odhiambo", "Njoroge"),
    ),
    Country(
        "Mexico",
        "Mexican",
        "Mexico City",
        ("Guadalajara", "Monterrey"),
        ("Carlos", "Alejandro", "Lucia", "Fernando"),
        ("Hernandez", "Ramirez", "Navarro", "Ortega"),
    ),
)

ORGANISATIONS = (
    "NATO",
    "the OSCE",
    "the Collective Security Treaty Organization",
    "the Shanghai Cooperation Organisation",
    "BRICS",
    "ASEAN",
    "the African Union",
    "the European Union",
    "the Commonwealth of Independent States",
    "the United Nations",
    "the G20",
    "the Eurasian Economic Union",
)

TOPICS = (
    "regional security",
    "trade and investment",
    "energy cooperation",
    "the situation in the Middle East",
    "climate change",
    "food security",
    "transport corridors",
    "the fight against terrorism",
    "nuclear non-proliferation",
    "humanitarian aid",
    "migration",
    "cyber security",
)

AGENCIES = ("Reuters", "AP", "Xinhua", "TASS", "BelTA", "Kazinform", "AFP")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    country: Country

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def introduced(self) -> str:
        return f"{self.country.demonym} {self.title} {self.name}"


class _Story:
    """One story's cast and date; every template reads its slots from here."""

    def __init__(self, rng: random.Random, date: dt.date) -> None:
        self.rng = rng
        self.date = date
        self.home, self.guest, self.elsewhere = rng.sample(COUNTRIES, 3)
        self.visitor = self._person(
            self.guest, rng.choice(["Foreign Minister", self.guest.head_title])
        )
        self.host = self._person(self.home, self.home.head_title)
        self.minister = self._person(self.home, "Foreign Minister")
        self.city = rng.choice((self.home.capital, *self.home.cities))
        self.org = rng.choice(ORGANISATIONS)
        self.topics = rng.sample(TOPICS, 3)

    def _person(self, country: Country, title: str) -> Person:
        name = f"{self.rng.choice(country.first_names)} {self.rng.choice(country.surnames)}"
        return Person(name, title, country)

    def weekday(self, days_from_date: int = 0) -> str:
        return WEEKDAYS[(self.date + dt.timedelta(days=days_from_date)).weekday()]

    def day(self, days_from_date: int) -> str:
        when = self.date + dt.timedelta(days=days_from_date)
        return f"{MONTHS[when.month - 1]} {when.day}"

    def dateline(self) -> str:
        city = self.home.capital.upper()
        style = self.rng.randrange(3)
        if style == 0:
            return f"{city}, {self.day(0)} ({self.rng.choice(AGENCIES)}) -- "
        if style == 1:
            return f"{city}, {self.date.day} {MONTHS[self.date.month - 1]} - "
        return f"{city} ({self.rng.choice(AGENCIES)}) - "


# Each event template takes a story and returns one or two sentences.
EventTemplate = Callable[[_Story], str]


def _visit_announced(s: _Story) -> str:
    return (
        f"{s.visitor.introduced()} will pay an official visit to {s.home.name} on "
        f"{s.weekday(2)} and {s.weekday(3)}, the {s.home.demonym} foreign ministry said."
    )


def _visit_ongoing(s: _Story) -> str:
    return (
        f"{s.visitor.introduced()} arrived in {s.city} on {s.weekday(0)} for a two-day working "
        f"visit, the first such trip since taking office."
    )


def _visit_completed(s: _Story) -> str:
    return (
        f"{s.visitor.surname} wrapped up a visit to {s.home.name} on {s.weekday(0)} and left "
        f"for {s.elsewhere.capital}."
    )


def _visit_postponed(s: _Story) -> str:
    return (
        f"A planned trip by {s.visitor.introduced()} to {s.home.name} has been postponed, "
        f"officials said, without giving a new date."
    )


def _meeting(s: _Story) -> str:
    return (
        f"{s.host.introduced()} met with {s.visitor.introduced()} in {s.city} on "
        f"{s.weekday(0)}, the presidential press service reported."
    )


def _received(s: _Story) -> str:
    return (
        f"{s.host.title} {s.host.name} received {s.visitor.name} at the official residence in "
        f"{s.city} on {s.weekday(-1)}."
    )


def _talks(s: _Story) -> str:
    return (
        f"{s.minister.introduced()} held talks with his {s.guest.demonym} counterpart "
        f"{s.visitor.name} in {s.city} on {s.day(0)}."
    )


def _phone_call(s: _Story) -> str:
    return (
        f"{s.host.title} {s.host.name} held a telephone conversation with "
        f"{s.visitor.introduced()} on {s.weekday(-1)}, the {s.home.demonym} side said."
    )


def _discussion(s: _Story) -> str:
    first, second, third = s.topics
    return (
        f"The two sides discussed {first}, {second} and cooperation within {s.org}. "
        f"{s.visitor.surname} and {s.host.surname} also exchanged views on {third}."
    )


def _membership(s: _Story) -> str:
    year = s.rng.randrange(1992, 2020)
    return (
        f"{s.home.name} became a member of {s.org} in {year}, and {s.guest.name} has "
        f"observer status in the organisation."
    )


def _member_states(s: _Story) -> str:
    return (
        f"{s.home.name} and {s.guest.name} are both member states of {s.org}, "
        f"{s.minister.surname} told reporters."
    )


LEADS: tuple[EventTemplate, ...] = (_visit_ongoing, _meeting, _received, _talks, _phone_call)
EVENTS: tuple[EventTemplate, ...] = (
    _visit_announced,
    _visit_completed,
    _visit_postponed,
    _meeting,
    _talks,
    _phone_call,
    _discussion,
    _membership,
    _member_states,
)


def _fillers(s: _Story) -> list[str]:
    """Background sentences in a random order: figures, history and remarks with no diplomatic
    fact in them, so the extractor has to read past them as it does in real copy."""
    rng = s.rng
    pct = rng.randrange(2, 40)
    year = rng.randrange(1991, 2015)
    sentences = [
        f"Trade between the two countries grew by {pct} percent last year, according to "
        f"customs statistics published in the spring.",
        f"Diplomatic relations between the two countries were established in {year}.",
        f"The sides signed {rng.randrange(3, 15)} documents covering agriculture, education, "
        f"health care and tourism.",
        f"Bilateral trade reached {rng.randrange(2, 90)} billion dollars, and both governments "
        f"want to double it within five years.",
        "Analysts say the contacts reflect a wider effort to diversify export markets and to "
        "attract investment into manufacturing.",
        f"The talks lasted more than {rng.randrange(2, 6)} hours and were described by "
        f"officials as frank and constructive.",
        "A joint commission on economic cooperation is due to hold its next session in the "
        "autumn, officials said.",
        f"Business forums held alongside the talks drew more than {rng.randrange(100, 900)} "
        f"companies from both sides.",
        "The two countries have agreed to open direct flights between their capitals from "
        "the start of next year.",
        f"Students will be able to apply for {rng.randrange(50, 500)} new university "
        f"scholarships, the education ministry said.",
        "Officials said a road map for industrial cooperation would be ready by the end of "
        "the year.",
        f"Experts expect the new agreements to create about {rng.randrange(2, 20)} thousand "
        f"jobs over the next decade.",
        f"The previous round of consultations took place in {year + rng.randrange(1, 6)} and "
        f"focused on customs procedures.",
        "Cultural days, film weeks and exhibitions are planned in several cities to mark "
        "the anniversary of relations.",
        f"The statement noted progress on a railway project that would cut freight times by "
        f"{rng.randrange(10, 45)} percent.",
        "Reporters were not allowed into the room after the opening remarks.",
        "Both delegations included deputy ministers responsible for energy, finance and transport.",
        "Observers noted that the tone of the meeting was noticeably warmer than last year.",
        f"Some {rng.randrange(20, 80)} joint ventures already operate in the region, most of "
        f"them in food processing and light industry.",
        "The central banks of the two countries are studying ways to settle more trade in "
        "national currencies.",
        "Local media gave the event wide coverage, and several newspapers ran interviews with "
        "the delegation on their front pages.",
        f"Tourist arrivals rose by {rng.randrange(5, 60)} percent in the first half of the "
        f"year, helped by simpler visa rules.",
        "A memorandum on cooperation between the two news agencies was also signed.",
        "The parties noted the importance of regular contacts at every level, including "
        "between parliaments and regions.",
        "According to the programme, the delegation will also visit an industrial park and "
        "lay flowers at a memorial.",
        "Officials declined to say whether a date had been set for the next round.",
        f"The pipeline project, first proposed in {year}, has been delayed several times by "
        f"disputes over financing.",
        "Questions from journalists focused mainly on energy prices and the state of the "
        "regional economy.",
        "The ministry said a detailed statement would be published on its website later in "
        "the day.",
        f"Around {rng.randrange(3, 40)} thousand citizens of each country live and work in the "
        f"other, according to official estimates.",
    ]
    rng.shuffle(sentences)
    return sentences


def _story_text(s: _Story) -> tuple[str, str]:
    rng = s.rng
    lead = rng.choice(LEADS)
    events = [lead, *rng.sample([e for e in EVENTS if e is not lead], rng.randrange(3, 6))]
    pending = [template(s) for template in events]
    fillers = _fillers(s)
    paragraphs: list[str] = [s.dateline() + pending.pop(0)]
    words = len(paragraphs[0].split())
    while words < TARGET_WORDS and fillers:
        paragraph = [pending.pop(0)] if pending else []
        size = rng.randrange(2, 4)
        while len(paragraph) < size and fillers:
            paragraph.append(fillers.pop())
        text = " ".join(paragraph)
        paragraphs.append(text)
        words += len(text.split())
    paragraphs.extend(pending)  # an event not placed yet still appears
    title = f"{s.visitor.title} {s.visitor.name} and {s.host.name} hold talks in {s.city}"
    return title, "\n\n".join(paragraphs) + "\n"


def generate_corpus(n: int, seed: int = 0) -> list[Article]:
    """``n`` synthetic stories of about ``TARGET_WORDS`` words; the same ``seed`` gives the same."""
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    articles = []
    for index in range(n):
        date = start + dt.timedelta(days=rng.randrange(3650))
        story = _Story(rng, date)
        title, text = _story_text(story)
        articles.append(
            Article(
                id=f"bench{index:05d}",
                text=text,
                title=title,
                date=date,
                source="synthetic benchmark corpus",
            )
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--index", type=int, default=0, help="which story to print")
    args = parser.parse_args()
    article = generate_corpus(args.index + 1, args.seed)[args.index]
    print(f"{article.id}  {article.date}  {article.title}  ({len(article.text.split())} words)\n")
    print(article.text)


if __name__ == "__main__":
    main()
