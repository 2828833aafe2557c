"""What was discussed: topics linked to states and organisations, or short issue phrases.

The object of "discussed", "exchanged views on", "focused on" is cut into items at commas and
coordinators; an item that only names a state or organisation ("the situation in Syria") becomes
that entity, other items become a lowercase phrase with determiners and filler removed.
Topics too generic to tell discussions apart ("bilateral relations") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diplokg.extract import context
from diplokg.extract.document import Document, Mention, Sentence, any_in
from diplokg.extract.events import Triggers
from diplokg.extract.lexicon import load_lexicon
from diplokg.model import Discussion, Meeting, OrgRef, PersonRef, StateRef, Topic, TopicRef, Visit

# What follows "talks on" when it is a date or a setting rather than a subject.
_NOT_AN_OBJECT = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|"
    r"Nov\.|Dec\.|\d|a |an |behalf|that day|the (?:sidelines|margins|eve|phone|telephone|occasion|"
    r"same day|first day|second day|last day|way|spot|ground|basis|initiative|invitation|"
    r"island|territory|outskirts|premises|day|evening|morning|afternoon|weekend|invitation)\b)"
)
# Each way of saying what was discussed, with words one of which every match of it holds (as
# ``fold`` shows them). A sentence is scanned only for the phrasings whose words it has: most
# sentences have none, and word tests are far cheaper than the case-insensitive scan.
_TRIGGER_PARTS: list[tuple[str, tuple[str, ...]]] = [
    (r"discuss(?:ed|es|ing)?\b(?:\s+with\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,4})?", ("discuss",)),
    (
        # "among the topics discussed between Osmani and Rama were the situation in ..."
        # "The other topics under discussion included ..."
        r"(?:topics?|issues?|subjects?|matters?) (?:discussed|raised|covered|under discussion|"
        r"on the agenda)\b[^.;:]{0,80}?\b(?:were|was|included|include)",
        ("discussed", "raised", "covered", "under discussion", "on the agenda"),
    ),
    # "The sides debated the prospects for ...", "they conferred on the peace process"
    (r"(?:debated|conferr?(?:ed|ing)? on|confers on)", ("debated", "confer")),
    (
        # "had an important discussion on the Pristina-Belgrade Dialogue"
        r"(?:had|held|have|hold) (?:an? |their )?(?:[\w-]+ ){0,2}?discussions? (?:on|about|of)",
        ("discussion",),
    ),
    # "took up politically sensitive issues such as Hong Kong", "shared views on"
    (r"(?:took|take|takes|taking) up", ("took up", "take up", "takes up", "taking up")),
    (r"shared (?:their |his |her )?(?:views|assessments|opinions) (?:on|about)", ("shared",)),
    (
        r"coordinated (?:their |the )?(?:policies|positions|approaches|stances) (?:on|towards?)",
        ("coordinated",),
    ),
    (r"adopted (?:a |the )?(?:joint )?(?:declaration|statement|communiqu[eé]) on", ("adopted",)),
    (
        r"(?:exchanged?|exchanging) (?:of )?(?:in-depth |frank |candid |detailed |extensive )?"
        r"(?:views|opinions|ideas|assessments|thoughts) "
        r"(?:both )?(?:on|about|regarding)",
        ("exchang",),
    ),
    (
        # "One of the main topics of discussion will be joint work on import substitution"
        r"(?:topics?|subjects?|issues?|focus) (?:of|for) (?:the )?(?:[\w+-]+ )?(?:discussions?|talks|"
        r"negotiations|conversation|meeting) (?:will be|would be|was|were|is|are)(?: to)?",
        ("topic", "subject", "issue", "focus"),
    ),
    (
        # "the discussions with President Mohamud centred on the security situation in Somalia"
        r"(?:talks|conversation|meetings?|discussions?|agenda)(?: with [^,.;]{1,60}?)? (?:(?:mainly|"
        r"mostly|largely|primarily) )?(?:focused|focussed|centred|centered|touched) (?:on|upon)",
        ("focus", "centred", "centered", "touched"),
    ),
    (
        # "The meeting was devoted to the preparations for the Summit of the Francophonie"
        r"(?:talks|conversation|meeting|discussions?|call|session) (?:was|were|will be) "
        r"(?:mainly |largely )?(?:devoted|dedicated) to",
        ("devoted", "dedicated"),
    ),
    (r"focus(?:ed|ing)? on", ("focus",)),
    (
        # "The talks at the Istana Nurul Iman, the Sultan's residence, covered defence, ..."
        # "Talks will also cover ...", "the formal talks on Friday were set to cover ..."
        r"(?:talks|conversation|meetings?|discussions?|agenda|negotiations)\b[^.;:]{0,80}?"
        r"\b(?:covered|encompassed|spanned|dealt with|ranged over|(?:will|would|to)\s+(?:also\s+)?"
        r"(?:cover|encompass|deal with))\b",
        ("covered", " cover", "encompass", "spanned", "dealt with", "deal with", "ranged over"),
    ),
    (r"touch(?:ed|ing) (?:up)?on", ("touched", "touching")),
    (r"expressed (?:their |his |her |mutual )?satisfaction (?:with|at|over)", ("satisfaction",)),
    (
        # "the sides noted the importance of signing a charter on strategic partnership"
        r"(?:not|stress|underlin|emphasi[sz]|highlight|underscor|affirm|reaffirm|recogniz|recognis)"
        r"(?:ed|ing) the (?:great |special |"
        r"particular |utmost )?importance of",
        ("importance",),
    ),
    (
        r"(?:informed|apprised) (?:(?-i:[A-Z])[\w'-]*\s+){1,3}(?:about|of|on)",
        ("informed", "apprised"),
    ),
    (
        # "addressed the summit" is a speech, not a topic
        r"address(?:ed|ing|es)?\b(?!\s+(?:a|an|the|this|its)\s+(?:[\w-]+\s+){0,3}(?:forum|conference|"
        r"meeting|summit|session|rally|parliament|assembly|gathering|ceremony|event|audience|nation|"
        r"reporters|journalists|press|media|students|crowd|congress|council|participants)\b)",
        ("address",),
    ),
    (r"talked about", ("talked about",)),
    # "The sides also referred to the processes taking place in the South Caucasus"
    (
        r"(?:sides|parties|interlocutors|leaders|presidents|ministers|counterparts|they)\s+"
        r"(?:also\s+|further\s+|briefly\s+)?referred\s+to"
        # not "referred to the talks as constructive", "to each other as friends"
        r"(?!\s+(?:each other|one another)\b)(?![^,.;]{0,40}\bas\b)",
        ("referred",),
    ),
    (r"(?:topics?|agenda|issues) (?:included|includes|include|will include)", ("include",)),
    (
        r"(?:considered|reviewed|reviewing|explored|exploring) (?:issues of|prospects for|ways to)?",
        ("considered", "review", "explor"),
    ),
    (
        r"agree(?:d|ing|s)? (?:to|on) (?:[\w-]+ ){0,3}?(?:cooperation|coordination|efforts|work|"
        r"ties|dialogue) (?:in|on|within|against|to)",
        ("agree",),
    ),
    (r"(?:called|calls|calling) for", ("call",)),
    (
        # "with His Majesty stressing the need for an immediate ceasefire"
        r"(?:stress|underlin|emphasi[sz]|reiterat|highlight)(?:ed|es|ing) the (?:urgent )?need for",
        ("need for",),
    ),
    (r"warn(?:ed|s|ing) (?:of|against) (?:the (?:danger|risks?) of )?", ("warn",)),
    (
        r"(?:expressed|voiced|emphasi[sz]ed|shared|reiterated|raised) (?:\w+ )?concerns? "
        r"(?:over|about|at|regarding)",
        ("concern",),
    ),
    (
        r"(?:cooperation|coordination) (?:in|on) (?!(?:a|the) (?:spirit|framework|format|context|"
        r"interests?|basis)\b|line with|accordance)(?:the (?:fields?|spheres?|areas?) of )?",
        ("cooperation", "coordination"),
    ),
    (r"compar(?:ed?|ing) notes (?:on|about)", ("notes",)),
    (
        # "The two leaders reaffirmed their commitment to a two-state solution"
        r"(?:reaffirm|reiterat|underscor|underlin|express|pledg|voic)(?:ed|ing) (?:their |his |her |"
        r"its |the |a )?(?:strong |continued |unwavering |firm |steadfast |full |shared |joint )?"
        r"(?:commitment|support|backing) (?:to|for)",
        ("commitment", "support", "backing"),
    ),
    (r"(?:paid|pay|paying) (?:special |particular )?attention to", ("attention",)),
    (
        r"attention (?:was|is|will be|would be|has been|had been) (?:also )?(?:paid|given|devoted|"
        r"drawn) to",
        ("attention",),
    ),
    # "briefed media about the visit" is a press briefing, not a discussion
    (
        r"briefed (?!(?:the )?(?:media|reporters|journalists|press|correspondents)\b)"
        r"(?:\w+ ){0,3}?(?:on|about)",
        ("briefed",),
    ),
    (r"focus(?:ed|ing)? (?:their |our |joint |the )?(?:efforts|attention) on", ("focus",)),
    (r"rais(?:ed|ing) the (?:issue|question|matter) of", ("rais",)),
    (
        # not "agreed to begin talks on ending the war": talks still to come, held by others
        r"(?<!begin )(?<!start )(?<!launch )(?<!open )(?<!resume )"
        r"(?:talks\s+(?:with\s+(?:(?!\b(?:who|which|that|would|will|later)\b)[^,.;:]){1,80}?\s+)?"
        r"(?:on|about|over)|(?:discussions|consultations)\s+(?:with\s+(?:(?!\b(?:who|which|that|"
        r"would|will|later|given)\b)[^,.;:]){1,80}?\s+)?(?:on|about))\s+(?!"
        + _NOT_AN_OBJECT
        + r")",
        ("talks", "discussions", "consultations"),
    ),
    (
        r"(?:spoke|talked|conversation|call)\b(?:(?!reporters|journalists|the press|media)"
        r"[^.;:]){0,120}?\babout",
        ("about",),
    ),
]
TRIGGER = re.compile(r"\b(?:" + "|".join(p for p, _ in _TRIGGER_PARTS) + r")\s*", re.IGNORECASE)
_TRIGGER_HINTS = tuple(sorted({w for _, words in _TRIGGER_PARTS for w in words}))
_TRIGGER_SCAN = Triggers(
    [("discussion", re.compile(p + r"\s*", re.IGNORECASE)) for p, _ in _TRIGGER_PARTS],
    [words for _, words in _TRIGGER_PARTS],
)
_CUT = re.compile(
    r"(?:[,”\"]+\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:said|says|say|reported|noted|stressed|added|according|tweeted|posted|"
    r"emphasi[sz]ed|told|reads|read|stated|informs|informed|wrote|quoted)\b|"
    r"\s+(?:said|according to)\b|;|,\s*as\s+(?!well\b)|"
    # a closing quote ends what is quoted: '... and security," Bey Machmudin, the deputy ...'
    r"[,.!?][\"”](?=\s)|"
    r"\s+and\s+(?:also\s+)?(?:agreed|signed|stressed|noted|expressed|"
    r"reaffirmed|underlined|pledged|called|praised|welcomed|discussed|exchanged|touched|reviewed|"
    r"considered|focused|addressed|adopted|conveyed|extended|thanked|congratulated|commended|"
    r"invited|assured|urged|recalled)\b|,\s*(?:while|where|which|who)\b|\.\s*$|"
    r",\s*(?:emphasi[sz]ing|stressing|noting|underlining|highlighting|saying|adding|calling)\b|"
    # ", providing the support Ukraine needs": a participle's clause, not one more item
    r",\s*(?!including\b)[a-z]+ing\s+(?:the|a|an|its|their|his|her|our)\s|"
    r"\s+with\s+(?:his|her|their|the)\s+(?:\w+\s+){0,3}?(?:hosts?|counterparts?|guests?|colleagues?)\b|"
    # "the Astana format guarantor countries — Russia, Iran and Turkey": the list only names them
    r"(?:(?<=countries)|(?<=partners)|(?<=members)|(?<=nations)|(?<=states))\s+[—–-]\s)",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r",|:|\bas well as\b|\bincluding\b|\bespecially\b|\bin particular\b|\bsuch as\b|"
    r"\bparticularly\b|\bnotably\b|\balong with\b|\bamong them\b|\b(?:beginning|starting) with\b|\bnamely\b",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:and|the|a|an|of|on|to|for|about|their|its|his|her|also|further|other|various|some|"
    r"(?:with|in) (?:regard|respect) to|regarding|concerning|"
    r"(?:in|during|by|over|via) (?:a |the |their )?(?:(?:tele)?phone|video) ?(?:call|conversation|link|conference)?|"
    r"(?:important |topical |pressing |key |current )?(?:issues|matters|questions|prospects|possibilit(?:y|ies)|ways|steps) (?:of|for|to|on|regarding|concerning|related to)|"
    r"(?:(?:wide|broad|whole|full) (?:range|spectrum|array|variety)|(?:whole |wide )?(?:series|number|host|set)) of"
    r"(?: (?:issues|matters|topics|questions)(?: (?:regarding|concerning|related to|on|of))?)?(?= )|"
    r"in(?= (?:the )?(?:further )?(?:development|expansion|strengthening) of )|"
    r"to discuss|the possibility of|cooperation (?:in|on) (?:the )?(?:sphere|field|area)s? of|"
    r"(?:the )?(?:urgent )?need (?:to|for)|"
    r"(?:the )?situations? (?:in|around|on)|(?:the )?developments? (?:in|around)|"
    r"(?:the )?implementation of|(?:further )?(?:expansion|development|strengthening) of|"
    r"(?:the )?(?:delivery|provision|process|holding|convening) of|"
    r"(?:the )?preparations? for (?:the )?(?:next |upcoming |forthcoming )?(?:meeting|session) of|"
    # "the UK and US's respective views on the Iran nuclear deal": the deal
    r"(?:[\w-]+['’]s? )?(?:respective )?(?:views|positions|stances|assessments|perspectives|"
    r"approaches) (?:on|of|about|regarding|to))\s+",
    re.IGNORECASE,
)
_ENTITY_FILLER = {
    "the",
    "against",
    "situation",
    "in",
    "around",
    "on",
    "developments",
    "development",
    "events",
    "latest",
    "recent",
    "current",
    "issue",
    "problem",
    "question",
    "of",
    "cooperation",
    "within",
    "framework",
    "integration",
    "structures",
    "space",
    "formats",
    "format",
    "platforms",
    "platform",
    "countries",
    "member",
    "states",
    "relations",
    "with",
    "ties",
    "affairs",
    "matters",
    "and",
    "a",
    "an",
    "at",
    "interaction",
    "partnership",
    # "strengthening the NATO alliance": the organisation itself
    "alliance",
    "bloc",
    "strengthening",
    "bilateral",
    "further",
    "expansion",
    "possibility",
    "its",
    "their",
    "both",
    "context",
    "venues",
    "agenda",
    "including",
    "especially",
    "russia-belarus",
    "state",
    "s",
    "'",
    "settlement",
    "crisis",
    "crises",
    "regional",
    "war",
    "work",
    "activities",
    "activity",
    "role",
    "functioning",
    "operation",
    "invasion",
    "aggression",
    "fighting",
    "it",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "safety",
    "peacekeepers",
    "peacekeeping",
    "phone",
    "telephone",
    "call",
    "conversation",
    "during",
    "by",
    "over",
    # "coordination of efforts in the OSCE", "cooperation between the EAEU and ...": the body
    "coordination",
    "efforts",
    "between",
    "joint",
    "actions",
    "positions",
}


_PASSIVE = re.compile(
    r"\s+(?:also\s+)?(?:(?:was|were|had been|have been|has been|will be|would be|are to be|is to be)\s+"
    r"(?:also\s+|further\s+|briefly\s+)?(?:discussed|considered|reviewed|touched upon|"
    r"addressed|raised|highlighted|(?:high |top |prominently )?on the agenda"
    # not "high on the agenda of voters"
    r"(?!\s+of\s+(?!(?:the|their|his|her)\s+(?:\w+\s+)?(?:talks|meeting|visit|discussions?|"
    r"negotiations|conversation|call|summit)\b))|"
    r"among the (?:topics|issues) (?:discussed|raised))|"
    # "Semiconductors ... are expected to be the focus of the talks", "X topped the agenda"
    r"(?:is|are|was|were|will be)\s+(?:expected to be\s+|likely to be\s+)?(?:the\s+)?"
    r"(?:main\s+|key\s+|central\s+)?(?:focus|subject)\s+of\s+(?:the\s+|their\s+)?"
    r"(?:talks|meeting|discussions?|negotiations|conversation|visit)|"
    r"(?:topped|dominated)\s+the\s+(?:agenda|talks|discussions?)|"
    # "The relations between Pakistan and India also came under discussion"
    r"(?:came|come|comes|was|were|is|are)\s+(?:also\s+)?under\s+discussion|"
    # "bilateral relations were the talks' main agenda"
    r"(?:is|are|was|were|will be)\s+the\s+(?:talks|meeting|conversation|call|negotiations)['’]s?\s+"
    r"(?:main\s+|key\s+|central\s+)?(?:agenda|focus|topic|subject))\b",
    re.IGNORECASE,
)
_PASSIVE_HINTS = (
    "under discussion",
    "discussed",
    "considered",
    "reviewed",
    "touched",
    "addressed",
    "raised",
    "highlighted",
    "agenda",
    "focus",
    "subject",
    "dominated",
)
_PASSIVE_LEAD = re.compile(
    r"^[\"“]?(?:(?:During|At|In the course of|On the sidelines of|Following|After|In addition|"
    r"Besides|Also|Furthermore|Moreover|In the wake of|As a result of|Within the framework of)"
    r"\b[^,]{0,80},\s*)"
)
_EVENT_SUBJECT = re.compile(
    r"\b(?:the|their|its)\s+(?:\w+\s+)?(?:agenda|talks|meeting|session|summit|negotiations|"
    r"conversation|discussions?|consultations)\b|" + _PASSIVE.pattern,
    re.IGNORECASE,
)

# Where a topic ends and its circumstances begin: "the situation in Afghanistan in view of the
# withdrawal ...", "climate finance ahead of COP28 in Dubai", "a solution that would allow ...".
# "the strategic partnership with a focus on strengthening trade, ...": two topics, the
# second opening the list that follows
_FOCUS = re.compile(
    r"\s+with (?:a |an |the )?(?:special |particular |strong )?(?:focus|emphasis) on "
    r"(?:(?:strengthening|developing|expanding|boosting|deepening|enhancing|promoting|the) )*",
    re.IGNORECASE,
)


def _focus_split(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for item, offset in items:
        focus = _FOCUS.search(item)
        if focus is None:
            out.append((item, offset))
        else:
            out += [(item[: focus.start()], offset), (item[focus.end() :], offset + focus.end())]
    return out


_ADJUNCT = re.compile(
    r"\s+(?:in view of|ahead of|in the run-up to|in connection with|in the light of|in light of|"
    r"against the backdrop of|amid|following|with (?:an|a special|particular|special) emphasis on|"
    r"(?:that|which) (?:would|will|could|can|should|might|may|is|are|was|were|has|have|had)|"
    r"so that|in order to|in accordance with|in line with|in conformity with|"
    r"(?:in|during|at) (?:a|the|their|his|her) (?:[\w-]+ ){0,2}(?:meeting|talks|conversation|call) with|"
    r"during (?:a|the|their|his|her|today's|yesterday's) |"
    r"(?:later |early )?(?:this|next) (?:fall|autumn|spring|summer|winter|year|month|week)$)\b",
    re.IGNORECASE,
)

# An adverb ("discussed extensively"), a stretch of time ("talked for an hour") or a setting
# ("on the fringes of the summit") is no topic.
_LONE_MODIFIER = re.compile(
    r"^(?:[a-z-]+ly|hours?|minutes?|time|beyond|fringes?\b.*|sidelines\b.*|margins\b.*)$"
)

# A phrase cut off before its noun ("the dates of [which ...]") names nothing.
# ... or ends on a pronoun that points back ("Pakistan's role in that")
_DANGLING = re.compile(
    r"\b(?:of|to|for|the|a|an|in|on|with|and|or|by|from|at)$|"
    # "progress made since they": a clause cut after its subject
    r"\b(?:since|when|after|before|as|while|because|until|that)\s+(?:they|he|she|we|it)$|"
    r"\b(?:in|of|on|to|for|with) (?:that|this|it|them)$"
)

_NOT_A_TOPIC = re.compile(
    r"^(?:\w+ )?(?:areas|fields|spheres|directions|topics|points)\b|"
    r"^(?:every|each|all|any) (?:areas?|fields?|spheres?|sectors?|domains?|levels?)\b|"
    r"^(?:nothing|everything|something|anything)\b|"
    # "a number of trouble spots, namely Iran, Syria and the Middle East": the list names them
    r"^(?:[\w-]+ )?(?:trouble|hot) ?spots$|"
    r"^(?:(?:early|mid|late) )?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)?[\s\d,-]*$|"
    r"^(?:about |some |nearly |more than )?[\d.]+ (?:minutes?|hours?|days?|weeks?)$|"
    # "6th December 2020": a date
    r"^\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?: \d{4})?$|"
    # "latest regional", "deep-rooted fraternal", "economic": an adjective cut from its noun
    r"^(?:[\w-]+ )?(?:regional|fraternal|brotherly|bilateral|multilateral|trilateral|economic|"
    r"political|cultural|humanitarian|international|mutual|historic|historical|strategic|arab|"
    r"military|commercial|technical|financial|social|global|practical|friendly)$|"
    r"^(?:ahead of|known as|also known|currently|under discussion|in the run-up)\b|"
    r"^(?:it|which|that|this|these|those|they|he|she|we|what|how|whether)\b|\bit\b|^\w+ed by\b|"
    r"\bthem\b|^(?:its|their|during|according|in|at|from|with|by|within|throughout)\b|"
    # "approved the composition of ...", "discuss the coordination of ...": a verb's clause
    r"^(?:discuss|consider|review|exchange|approve|adopt)\w*\b|^[a-z]+ed the\b|"
    r"^(?:several|various|many|other|numerous) (?:issues|matters|questions|topics|areas)\b|"
    # "four priority issues", "several strategic issues": how many, not which
    r"^(?:(?:two|three|four|five|six|seven|several|various|many|numerous|a few|some) )"
    r"(?:[\w-]+ )?(?:issues|matters|questions|topics|areas|points)$|"
    r"^(?:the )?world(?: in general)?$|^(?:the )?capital of\b|^(?:range|number|host) of issues\b|"
    # who told it or when, not what: "foreign office press release", "oct. 12", "2008 years"
    r"^(?:the )?(?:\w+ )?(?:ministry|foreign office)(?: (?:in|of) [\w ]+)?$|\bpress release\b|"
    r"^(?:(?:earlier|later) )?(?:last|next|this) (?:week|month|year|weekend)$|"
    r"^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"\.? \d{1,2}$|^\d{4} years$|"
    # a verb or adverb left alone: "focusing", "manage", "sound"
    r"^(?:focusing|manage|managing|sound|secure|ensure|ensuring|continue|continuing|further|"
    r"jointly|together|closely|quick|quickly)$|"
    r"^(?:held|signed|reached|made|taken|given)\b|"
    r"\b(?:is|are|was|were|be|being|been|has|have|had|said|says|reported|reports|statement|"
    r"would|will|could|should|scheduled|official|officials|"
    r"minister|president|diplomat|spokes\w+|which|whom|whose|adopted|resumed|took|told|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|guest)\b|"
    # "Japan supports the ...": a verb; "air defense support" is a topic
    r"\bsupports?\s+(?:the|a|an|that|its|their|his|her|this|these|all|efforts)\b|\bsupports\b|"
    r"^support$|"
    # "the historic relations binding the two brotherly countries": the relationship itself,
    # too generic to tell talks apart (not "trade ties", "transatlantic relations")
    r"^(?:the )?(?:(?:bilateral|historic|historical|friendly|fraternal|brotherly|close|good|"
    r"good-neighbou?rly|deep-rooted|long-standing|longstanding|traditional|excellent|strong|warm|"
    r"cordial|special|overall|[a-z]+ly) )*(?:relations|ties|relationship)"
    r"(?: (?:between|binding|among|with)\b.*)?$"
)


def extract_discussions(
    doc: Document,
    meetings_by_sentence: dict[int, list[Meeting]],
    visits: list[Visit],
    meetings: list[Meeting],
) -> list[Discussion]:
    found: dict[tuple[str, str], Discussion] = {}
    last_participants: tuple[PersonRef, ...] = ()
    last_event: Meeting | Visit | None = None
    last_index = -10
    # A readout of one conversation: what "was noted" or "attention was paid to" three
    # paragraphs on is still that conversation's
    # (not a preview: what a planned meeting "aims" at is the writer's background)
    single = len({frozenset(p.key for p in m.participants) for m in meetings}) == 1 and any(
        m.status == "completed" for m in meetings
    )
    for sentence in doc.sentences:
        here = meetings_by_sentence.get(sentence.index, [])
        if here:
            last_participants = here[-1].participants
            last_event = _canonical(here[-1], meetings)
            last_index = sentence.index
        elif _MET_OTHERS.search(sentence.text) and context.persons(doc, sentence):
            # "Stoltenberg met with members of the US Senate. They discussed ...": a meeting
            # with no named partner; what follows is not the last named pair's
            last_participants, last_event, last_index = (), None, sentence.index
        elif (partner := _unnamed_partner(sentence.text)) is not None:
            # "On February 17, Lavrov will hold talks with the Minister of Foreign Affairs of
            # Serbia. It is planned to ... discuss the situation in Kosovo": his side of them
            solo = context.unique_refs(
                [m for m in context.persons(doc, sentence) if not context.attributed(doc, m)]
            )
            if len(solo) == 1 and all(
                m.end <= sentence.start + partner
                for m in context.persons(doc, sentence)
                if not context.attributed(doc, m)
            ):
                last_participants, last_event, last_index = tuple(solo), None, sentence.index
        objects = _objects(sentence)
        if not objects:
            continue
        near = (
            sentence.index - last_index <= 2
            or bool(context.GROUP.search(sentence.text))
            or (single and sentence.index - last_index <= 10 and _impersonal(doc, sentence))
            # "The agenda included ...", "... were also discussed": the last event's
            or (sentence.index - last_index <= 6 and bool(_EVENT_SUBJECT.search(sentence.text)))
            # "Qin said China and Germany should deepen cooperation in ...": a participant of
            # the talks reported speaking about them
            or (
                sentence.index - last_index <= 6
                and _speaker_took_part(doc, sentence, last_participants)
            )
        )
        borrowed = (last_participants, last_event) if near else ((), None)
        names = [(m.start, m.end) for m in doc.mentions_in(sentence, {"org"})]
        for trig_start, obj_start, obj in objects:
            if any(s <= sentence.start + trig_start < e for s, e in names):
                continue  # "the Organization for Security and Cooperation in Europe": a name
            participants, event = _participants(
                doc, sentence, trig_start, here, borrowed[0], borrowed[1], meetings
            )
            if not participants:
                continue
            clause = sentence.text[:obj_start]
            hedged = bool(context.HEDGE.search(sentence.text))
            status = "planned" if context.future(clause) or _planned_event(event) else "completed"
            if context.CANCEL.search(clause):
                status = "cancelled"
            head = (
                "cooperation"
                if re.search(
                    r"(?:cooperation|coordination) (?:in|on)",
                    sentence.text[trig_start:obj_start],
                    re.I,
                )
                else None
            )
            sides = _relationship_sides(doc, sentence, sentence.start + obj_start, obj)
            homes = {h.iso3 for p in participants if (h := context.home_of(doc, p)) is not None}
            for topic in _topics(doc, sentence, sentence.start + obj_start, obj, head):
                if isinstance(topic, StateRef) and topic.iso3 in sides & homes:
                    continue  # "relations between Turkey and Italy": their own states' ties
                key = (_topic_key(topic), ",".join(sorted(p.key for p in participants)))
                if key in found:
                    continue
                found[key] = Discussion(
                    evidence=(doc.evidence(sentence),),
                    confidence=0.7 if not hedged else 0.5,
                    participants=tuple(sorted(participants, key=lambda p: p.key)),
                    topic=topic,
                    status=status,
                    event=event,
                    hedged=hedged,
                )
    for discussion in _third_party_visits(doc, meetings_by_sentence, visits, meetings):
        key = (_topic_key(discussion.topic), ",".join(p.key for p in discussion.participants))
        found.setdefault(key, discussion)
    # "economy" and "economy cooperation" from two readings of one list are one topic
    labels = {(k[1], d.topic.label) for k, d in found.items() if isinstance(d.topic, TopicRef)}
    return [
        d
        for k, d in found.items()
        if not (isinstance(d.topic, TopicRef) and _read_twice(d.topic.label, k[1], labels))
    ]


# "relations between the Kingdom of Bahrain and Algeria": the two sides of a relationship
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _relationship_sides(doc: Document, sentence: Sentence, obj_abs: int, obj: str) -> set[str]:
    """The states a "between A and B" in the object names as the two sides of a tie.

    The participants' own states named so are the relationship itself, not what they
    discussed; the other side, if no participant's ("relations between the US and Iran", said
    to Obama), still is: Iran is kept, the United States dropped.
    """
    if "between" not in obj:
        return set()
    states = [
        m
        for m in doc.mentions_in(sentence, {"state", "demonym"})
        if isinstance(m.ref, StateRef) and obj_abs <= m.start < obj_abs + len(obj)
    ]
    text = doc.article.text
    sides: set[str] = set()
    for first, second in zip(states, states[1:], strict=False):
        if _BETWEEN.search(
            text, max(obj_abs, first.start - 60), first.start
        ) and _AND_THE.fullmatch(text, first.end, second.start):
            sides |= {first.ref.iso3, second.ref.iso3}  # type: ignore[union-attr]
    return sides


def _third_party_visits(
    doc: Document,
    meetings_by_sentence: dict[int, list[Meeting]],
    visits: list[Visit],
    meetings: list[Meeting],
) -> list[Discussion]:
    """A visit by someone else, told in the sentence of a meeting, is what the meeting was
    about: "Xi will visit Kazakhstan in July, Tokayev said during a meeting with Zhao Leji";
    "Kishida will meet Kerry to pave the way for a planned visit to Japan by Obama"."""
    out: list[Discussion] = []
    for visit in visits:
        index = visit.evidence[0].sentence_index
        for meeting in meetings_by_sentence.get(index, []):
            keys = {p.key for p in meeting.participants}
            if (
                visit.visitor.key in keys
                or len(keys) != 2
                # a visit still to come, talked about at a meeting held: not a companion's
                # trip or a summit's arrivals, which share the meeting's time
                or visit.status != "planned"
                or meeting.status == "planned"
            ):
                continue
            label = f"{visit.visitor.name}'s visit to {visit.destination.name}".lower()
            out.append(
                Discussion(
                    evidence=visit.evidence,
                    confidence=0.6,
                    participants=tuple(sorted(meeting.participants, key=lambda p: p.key)),
                    topic=TopicRef(label),
                    status="completed",
                    event=_canonical(meeting, meetings),
                    hedged=False,
                )
            )
    return out


def _read_twice(label: str, who: str, labels: set[tuple[str, str]]) -> bool:
    """ "economy" beside "economy cooperation", "cooperation in energy" beside "energy
    cooperation": one topic read two ways; keep the "X cooperation" form."""
    if (who, f"{label} cooperation") in labels:
        return True
    coop = _COOPERATION_IN_LABEL.match(label)
    return coop is not None and (who, f"{coop.group(1)} cooperation") in labels


_COOPERATION_IN_LABEL = re.compile(r"^cooperation in (?:the )?(.+)$")


_MET_OTHERS = re.compile(
    r"\b(?:met|meets|meeting)\s+(?:with\s+)?(?:members|representatives|leaders|heads|officials|"
    r"a\s+group|a\s+delegation|students|business|lawmakers|senators|legislators)\b",
    re.IGNORECASE,
)


def _impersonal(doc: Document, sentence: Sentence) -> bool:
    """A readout's sentence with no speaker, quote or person of its own ("The main attention
    was paid to ...", "The schedule of upcoming events was considered")."""
    return not _QUOTE_OR_SPEECH.search(sentence.text) and not context.persons(doc, sentence)


_QUOTE_OR_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|added|according to)\b")


def _speaker_took_part(
    doc: Document, sentence: Sentence, participants: tuple[PersonRef, ...]
) -> bool:
    keys = {p.key for p in participants}
    return any(
        isinstance(m.ref, PersonRef) and m.ref.key in keys and context.attributed(doc, m)
        for m in context.persons(doc, sentence)
    )


# "On Syria's chemical weapons, Kishida conveyed to Kerry ...": a topic the sentence opens with
_ON_TOPIC = re.compile(
    r"^[\"“]?(?:On|Regarding|Concerning|As for|As regards|With regard to|Turning to|Speaking of)\s+"
    r"(?!" + _NOT_AN_OBJECT + r"|this\b|that\b|its\b|his\b|her\b|their\b|behalf\b)"
    r"([^,;]{3,70}),\s+(?=[^,;]*\b(?:said|told|conveyed|stressed|noted|expressed|reaffirmed|"
    r"agreed|called|urged|underlined|emphasi[sz]ed|discussed|briefed|informed|welcomed)\b)"
)


_TO_BE_HELD = re.compile(
    r"\s(?:(?:is|are)\s+)?(?:to be|due to be|scheduled to be|set to be) held\b"
    r"(?:(?!\s+and\s+(?!\d))[^,;])*",
    re.I,
)


def _objects(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(trigger start, object start, object text) for each discussion verb in the sentence.

    The active verbs take their object after them; a passive ("Issues of X were also
    discussed") names it before, after any leading adverbial ("During the talks, ").
    """
    found: list[tuple[int, int, str]] = []
    if sentence.text[:1] in 'OoRrCcAaWwTtS"“':
        on_topic = _ON_TOPIC.match(sentence.text)
        if on_topic:
            found.append((on_topic.end(), on_topic.start(1), on_topic.group(1)))
    if any_in(sentence.folded, _TRIGGER_HINTS):
        for _, trig in _TRIGGER_SCAN.finditer(sentence):
            tail = sentence.text[trig.end() :]
            cut = _CUT.search(tail)
            obj = tail[: cut.start()] if cut else tail
            # "the Summit of the Francophonie to be held November 20 and 21 in Djerba": its
            # setting is no topic; blanked, so that offsets still hold
            obj = _TO_BE_HELD.sub(lambda m: " " * len(m.group()), obj)
            found.append((trig.start(), trig.end(), obj))
    if any_in(sentence.folded, _PASSIVE_HINTS):
        passive = _PASSIVE.search(sentence.text)
        if passive:
            lead = _PASSIVE_LEAD.match(sentence.text)
            start = lead.end() if lead else 0
            if start < passive.start():
                found.append((passive.start(), start, sentence.text[start : passive.start()]))
    return found


def _canonical(meeting: Meeting, meetings: list[Meeting]) -> Meeting:
    keys = {p.key for p in meeting.participants}
    for m in meetings:
        if {p.key for p in m.participants} == keys and m.mode == meeting.mode:
            return m
    return meeting


def _planned_event(event: Meeting | Visit | None) -> bool:
    return event is not None and event.status == "planned"


def _participants(
    doc: Document,
    sentence: Sentence,
    trig_offset: int,
    here: list[Meeting],
    last: tuple[PersonRef, ...],
    last_event: Meeting | Visit | None,
    meetings: list[Meeting],
):
    if here:
        return here[-1].participants, last_event
    people = [m for m in context.persons(doc, sentence) if not context.attributed(doc, m)]
    refs = context.unique_refs(people)
    pair = _pair_by_role(doc, sentence.text[:trig_offset])
    if pair:
        return pair, None
    if context.GROUP.search(sentence.text[:trig_offset]) or (not refs and last):
        return last, last_event
    if refs and last and {r.key for r in refs} <= {p.key for p in last}:
        return last, last_event
    verb = sentence.text[trig_offset : trig_offset + 12].lower()
    if len(refs) == 1 and verb.startswith(("discuss", "exchang", "talk")):
        # "he had also discussed with Assad ...": the meeting this person was part of (not
        # "X will address a Security Council meeting", which is no conversation)
        meeting = _last_meeting_with(refs[0], meetings)
        if meeting is not None:
            return meeting.participants, meeting
        if _unnamed_partner(sentence.text) is not None:
            # "Lavrov will hold talks with the Minister of Foreign Affairs of Serbia ... discuss
            # the situation in Kosovo": the one named side of talks whose other is unnamed
            return tuple(refs), None
    if len(refs) >= 2:
        return tuple(refs), None
    if len(refs) == 1:
        # "his conversation with Xanana Gusmao touched on ...": that conversation, of several
        partner = next(m for m in people if m.ref.key == refs[0].key)
        lead = doc.article.text[max(sentence.start, partner.start - 40) : partner.start]
        meeting = _last_meeting_with(refs[0], meetings) if _TALKS_WITH.search(lead) else None
        if meeting is not None:
            return meeting.participants, meeting
    if last and _EVENT_FIRST.match(sentence.text, trig_offset):
        # "The talks at the Istana Nurul Iman covered ...": the last event's
        return last, last_event
    return (), None


def _last_meeting_with(person: PersonRef, meetings: list[Meeting]) -> Meeting | None:
    return next(
        (m for m in reversed(meetings) if person.key in {p.key for p in m.participants}), None
    )


_TALKS_WITH = re.compile(
    r"\b(?:conversation|call|talks|meeting|discussions?)\s+with\s+(?:[\w.'-]+\s+){0,4}$", re.I
)
_UNNAMED_PARTNER = re.compile(
    r"\b(?:talks|meet|meeting|negotiations|consultations)\s+with\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:minister|president|officials|counterparts?|leadership|delegation|"
    r"prime minister|secretary|chairman|head)\b",
    re.IGNORECASE,
)


def _unnamed_partner(text: str) -> int | None:
    """Where talks with a partner named only by office begin ("talks with the Minister of
    Foreign Affairs of Serbia"); None where there are none or the partner is named."""
    for m in _UNNAMED_PARTNER.finditer(text):
        if not re.match(r"\s+(?:[A-Z][\w'-]+|H\.E\.|Mr\.?|Ms\.?)", text[m.end() :]):
            return m.start()
    return None


_TWO_ROLE = re.compile(
    r"\b[Tt]he two (defen[cs]e|foreign|finance|economy|trade|energy|interior|prime) ministers\b"
)
_ROLE_OF_GROUP = {"foreign": ("foreign_minister", None), "prime": ("head_of_government", None)}


def _pair_by_role(doc: Document, before: str) -> tuple[PersonRef, ...]:
    """ "The two defence ministers discussed ...": the two persons the article gives that
    office, when there are exactly two, rather than whoever met last."""
    m = _TWO_ROLE.search(before)
    if m is None:
        return ()
    word = m.group(1).replace("defense", "defence")
    role, portfolio = _ROLE_OF_GROUP.get(word, ("minister", word))
    found = [
        e.ref
        for e in doc.persons.values()
        if e.role == role and (portfolio is None or e.portfolio == portfolio)
    ]
    return tuple(found) if len(found) == 2 else ()


_EVENT_FIRST = re.compile(
    r"(?:talks|conversation|meeting|discussions?|agenda|negotiations)\b", re.IGNORECASE
)


def _topic_key(topic: Topic) -> str:
    if isinstance(topic, StateRef):
        return "S:" + topic.iso3
    if isinstance(topic, OrgRef):
        return "O:" + topic.acronym
    return "T:" + topic.label


_WELL_KNOWN = {
    "UN",
    "UNSC",
    "CIS",
    "CSTO",
    "EAEU",
    "SCO",
    "EU",
    "NATO",
    "OSCE",
    "ASEAN",
    "AU",
    "BRICS",
    "G7",
    "G8",
    "G20",
    "OPEC",
    "WTO",
    "IMF",
    "WHO",
    "IAEA",
    "GCC",
    "OTS",
    "OAS",
    "APEC",
    "OECD",
    "OIC",
    "UNESCO",
    "UNGA",
    "ECOWAS",
    "SAARC",
    "CICA",
    "OPCW",
    "UNICEF",
    "UNHCR",
    "UNRWA",
    "UNIFIL",
    "MONUSCO",
    "UNMISS",
    "MINUSMA",
    "UNFICYP",
    "UNAMA",
    "AUKUS",
    "QUAD",
    "NAM",
}


def _clean_acronym(org: OrgRef, text: str) -> bool:
    """Name an organisation by acronym when that is how people know it or the story uses it."""
    return (
        org.acronym in _WELL_KNOWN
        # "Eurasec", "Nato": the acronym written as a word
        or re.search(rf"\b{re.escape(org.acronym)}\b", text, re.IGNORECASE) is not None
    )


_COOPERATION_IN = re.compile(
    r"\b(?:cooperation|co-operation|ties|partnership) (?:in|on) (?:the (?:fields?|spheres?|areas?) of )?",
    re.IGNORECASE,
)


def _topics(
    doc: Document, sentence: Sentence, obj_offset: int, obj: str, head: str | None = None
) -> list[Topic]:
    """Topics in the object of a discussion verb.

    "cooperation in trade, industry and agriculture" names three kinds of cooperation, as
    annotators and readers take it: each item of the list after it carries the head noun.
    """
    lex = load_lexicon()
    topics: list[Topic] = []
    # "the CSTO (Russia, Belarus, ... and Armenia)": a list in brackets after an organisation
    # names its members, not topics (memberships read them); "regional issues (Afghanistan,
    # Syria and North Korea)" lists topics and stays
    org_ends = {m.end for m in doc.mentions_in(sentence, {"org"})}
    brackets = [
        b
        for b in _BRACKETED.finditer(obj)
        if any(0 <= obj_offset + b.start() - end <= 2 for end in org_ends)
    ]
    hidden = [(obj_offset + b.start(), obj_offset + b.end()) for b in brackets]
    # the setting blanked out of the object ("... to be held in the UN General Assembly")
    original = doc.article.text[obj_offset : obj_offset + len(obj)]
    hidden += [
        (obj_offset + h.start(), obj_offset + h.end()) for h in _TO_BE_HELD.finditer(original)
    ]
    spans = {b.span() for b in brackets}
    for b in _BRACKETED.finditer(obj):
        if b.span() in spans:
            obj = obj[: b.start()] + " " * (b.end() - b.start()) + obj[b.end() :]
        else:  # "energy projects (oil and gas)": the bracket opens one more item
            obj = obj[: b.start()] + "," + obj[b.start() + 1 : b.end() - 1] + " " + obj[b.end() :]

    def mentions_in(kinds: set[str]) -> list[Mention]:
        found = doc.mentions_in(sentence, kinds)
        if hidden:
            found = [m for m in found if not any(s <= m.start < e for s, e in hidden)]
        return found

    # Separators inside an organisation's name ("Customs Union of Russia, Belarus and
    # Kazakhstan") do not split the object.
    masked = list(obj)
    for m in mentions_in({"org"}):
        for k in range(max(0, m.start - obj_offset), min(len(obj), m.end - obj_offset)):
            masked[k] = "_"
    # "the Organization for Security and Cooperation in Europe": a name, not a head noun
    coop = _COOPERATION_IN.search("".join(masked))
    head_from = len(obj) + 1
    if coop and not head:
        head, head_from = "cooperation", coop.end()
    elif head:
        head_from = 0
    head_on = head is not None
    # nor do those between adjectives: "the shared goal of a prosperous, secure, and
    # democratic region" is one goal
    adjectives = [
        (a.start(), a.end())
        for a in _ADJECTIVES.finditer(obj)
        if len(adj := [w for w in re.findall(r"[\w-]+", a.group())[1:-1] if w != "and"]) >= 3
        and all(_ADJECTIVE_WORD.search(w) for w in adj)
    ] + [  # "a just and lasting peace": one peace
        (a.start(), a.end())
        for a in _TWO_ADJECTIVES.finditer(obj)
        if _ADJECTIVE_WORD.search(a.group(1)) and _ADJECTIVE_WORD.search(a.group(2))
    ]
    for a_start, a_end in adjectives:
        for k in range(a_start, a_end):
            masked[k] = "_"
    bounds: list[tuple[int, int, str | None]] = []
    last = 0
    masked_obj = "".join(masked)
    for sep in _SPLIT.finditer(masked_obj):
        bounds.append((last, sep.start(), sep.group()))
        last = sep.end()
    bounds.append((last, len(obj), None))
    for start, end, separator in bounds:
        piece_start, piece = start, obj[start:end]
        if head_on and piece_start < head_from <= piece_start + len(piece):
            piece_start, piece = head_from, obj[head_from:end]
        whole = _whole_entity(doc, obj_offset + piece_start, piece, mentions_in)
        if whole:
            topics.extend(whole)
            if separator is not None and separator.strip() != ",":
                head_on = False
            continue
        protected = [
            (m.start - obj_offset, m.end - obj_offset) for m in mentions_in({"org"})
        ] + adjectives
        # "cooperation in trade and investment": each noun takes the head, as before
        ends_list = bool(head_on and head) or (
            separator is None and any(b[2] and b[2].strip() == "," for b in bounds)
        )
        items = [
            item
            for part, part_off in _focus_split([(piece, piece_start)])
            for item in _split_and(part, part_off, protected, ends_list)
        ]
        for item, item_off in items:
            item = _ADJUNCT.split(item, maxsplit=1)[0]
            abs_start = obj_offset + item_off
            abs_end = abs_start + len(item)
            entities = [
                m
                for m in mentions_in({"state", "org", "demonym", "city"})
                if abs_start <= m.start and m.end <= abs_end
            ]
            topic = _entity_topic(doc, item, abs_start, entities)
            if topic:
                topics.extend(topic)
                continue
            phrase = _phrase(item)
            words = [w for w in re.split(r"[^\w'-]+", phrase) if w]
            if _NOT_A_TOPIC.search(phrase) or _DANGLING.search(phrase):
                continue
            if _DESCRIBES_A_BODY.match(item) and any(
                _ORG_COMMA.fullmatch(doc.article.text, end, abs_start) for end in org_ends
            ):
                continue  # "the CIS, a loose alliance of former Soviet republics": its gloss
            if not words or all(w in lex.generic_topic_words for w in words):
                continue
            if not _PERSONS_VISIT.search(item) and any(
                m.kind == "person"
                for m in doc.mentions_in(sentence, {"person"})
                if abs_start <= m.start < abs_end
            ):
                continue  # a person is no topic, though a person's trip may be ("Trump's visit to China")
            if head_on and head and item_off >= head_from and head not in words and len(words) <= 3:
                phrase = f"{phrase} {head}"
            elif _LONE_MODIFIER.match(phrase):
                continue
            if len(words) <= 10:  # longer is a clause; the organisation it ends on still counts
                topics.append(TopicRef(phrase))
            # "the need for reforms in the World Health Organisation": the issue, and the
            # organisation it ends on
            final_entity = entities[-1] if entities else None
            if (
                final_entity is not None
                and final_entity.kind == "org"
                and isinstance(final_entity.ref, OrgRef)
                and _clean_acronym(final_entity.ref, doc.article.text)
                and not doc.article.text[final_entity.end : abs_end].strip(" .,;:)\"'”’")
                # "reforms in the WHO", "projects under AUKUS"; not "a deal brokered by the UN"
                and not _BY_THE.search(doc.article.text, abs_start, final_entity.start)
            ):
                topics.append(final_entity.ref)
            # "the humanitarian crisis in Myanmar": the issue, and the state it is about
            if (
                final_entity is not None
                and final_entity.kind == "state"
                and isinstance(final_entity.ref, StateRef)
                and not doc.article.text[final_entity.end : abs_end].strip(" .,;:)\"'”’")
                and _CONFLICT_IN.search(doc.article.text, abs_start, final_entity.start)
            ):
                topics.append(final_entity.ref)
        if separator is not None and separator.strip() != ",":
            head_on = False  # only a comma keeps a list going
    return topics


_BODY_WORD = re.compile(r"\s+(?:alliance|bloc)\b", re.IGNORECASE)
_ORG_COMMA = re.compile(r"\s*,\s*")
_BY_THE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_DESCRIBES_A_BODY = re.compile(
    r"\s*an?\s+(?:[\w-]+\s+){0,3}?(?:alliance|bloc|grouping|group|organi[sz]ation|union|body|"
    r"association|forum|partnership|club|community|league)\s+(?:of|that|which)\b",
    re.IGNORECASE,
)
_ADJECTIVES = re.compile(
    r"\b(?:a|an)\s+[a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)+\s*,?\s+(?:and\s+)?[a-z][\w-]*\s+[\w-]+"
)
# a word that reads as an adjective: "prosperous", "secure", "democratic", "stable", "strong"
_TWO_ADJECTIVES = re.compile(r"\b(?:a|an)\s+([a-z][\w-]*)\s+and\s+([a-z][\w-]*)\s+[\w-]+")
_ADJECTIVE_WORD = re.compile(
    r"^(?!\w*(?:ment|ance|ence)$)\w*(?:ous|ic|al|ble|ful|ive|ent|ant|ary|ure|less|ern|ed)$|"
    r"^(?:strong|free|open|safe|fair|just|whole|united|green|clean|modern|rich|new|lasting)$"
)
_BRACKETED = re.compile(r"\([^()]*(?:,|\band\b|\s[-\u2013\u2014]\s)[^()]*\)")
_PERSONS_VISIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+to\b", re.I)
_CONFLICT_IN = re.compile(
    r"\b(?:conflicts?|crisis|crises|war|tensions|violence|hostilities|fighting|peace|"
    r"settlement|reconstruction|stability|escalation|situation)\s+(?:\w+\s+){0,2}?(?:in|on|around|over)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _whole_entity(
    doc: Document, abs_start: int, piece: str, mentions_in: Callable[[set[str]], list[Mention]]
) -> list[Topic] | None:
    """A piece that is one organisation or state with filler around it, before any splitting."""
    abs_end = abs_start + len(piece)
    entities = [
        m
        for m in mentions_in({"state", "org", "demonym", "city"})
        if abs_start <= m.start and m.end <= abs_end
    ]
    orgs = [m for m in entities if m.kind == "org"]
    if len(orgs) != 1:
        return None
    inner = [m for m in entities if m is orgs[0] or not (orgs[0].start <= m.start < orgs[0].end)]
    return _entity_topic(doc, piece, abs_start, inner)


_NAME_HEADS = frozenset(
    {
        "initiative",
        "project",
        "corridor",
        "route",
        "programme",
        "program",
        "format",
        "process",
        "agreement",
        "treaty",
        "forum",
        "mechanism",
        "strategy",
    }
)


def _joins_names(piece: str, cut: re.Match[str]) -> bool:
    """ "Belt and Road", "Bosnia and Herzegovina": an 'and' between two capitalised words."""
    before = piece[: cut.start()].split()
    after = piece[cut.end() :].split()
    if not (before and after and before[-1][:1].isupper() and after[0][:1].isupper()):
        return False
    if "'" in after[0] or "’" in after[0]:
        return False  # "the South China Sea and Russia's war": two topics
    # "the Belt and Road initiative": a name before its lowercase head noun
    return len(after) == 1 or after[1][:1].isupper() or after[1].lower() in _NAME_HEADS


_PLACE_PREPOSITION = re.compile(r"(?:at|within|across|among|inside|under|through|beyond)\s", re.I)


def _split_and(
    piece: str,
    offset: int,
    protected: list[tuple[int, int]] | None = None,
    ends_list: bool = False,
) -> list[tuple[str, int]]:
    """ "regional and European security" -> two topics; "trade and economic ties" stays one.

    Two bare nouns ("trade and investment") are one topic, as annotators read them, unless
    they close a comma list ("defence, energy, health and education"), where the 'and' is the
    list's.
    """
    lex = load_lexicon()
    # "the development of trade and economic relations": the lead is no part of the topics
    while (lead := _LEAD.match(piece)) and lead.end() < len(piece):
        piece, offset = piece[lead.end() :], offset + lead.end()
    m = re.match(
        r"^(\s*(?:the\s+)?(?:issues of\s+)?)([\w-]+) and ([\w-]+) ([\w-]+)\s*$",
        piece,
        re.IGNORECASE,
    )
    if (
        m
        and m.group(4).lower() not in lex.generic_topic_words
        and not m.group(2)[:1].isupper()  # "Yemen and South Sudan": two names, no shared head
    ):
        head = m.group(4)
        first = f"{m.group(2)} {head}"
        second = f"{m.group(3)} {head}"
        return [(first, offset + m.start(2)), (second, offset + m.start(3))]
    np_parts = re.split(r"\s+and\s+(?=the\s)", piece)
    if len(np_parts) > 1:  # "... embassies and the resumption of flights": two topics
        out, pos = [], 0
        for part in np_parts:
            start = piece.find(part, pos)
            pos = start + len(part)
            out.extend(_split_and(part, offset + start, protected, ends_list))
        return out
    if re.search(r"\b(?:between|among)\b", piece):
        return [(piece, offset)]
    pieces = re.split(r"\s+and\s+(?:in\s+|on\s+|of\s+)?", piece)
    if len(pieces) == 2 and all(re.fullmatch(r"[A-Z][\w-]*", p.strip()) for p in pieces):
        return [(piece, offset)]  # "Belt and Road", "Trinidad and Tobago": one name
    if len(pieces) == 2 and all(len(p.split()) == 1 for p in pieces) and not ends_list:
        return [(piece, offset)]  # "trade and investment", "terrorism and extremism": one topic
    if (
        len(pieces) == 2
        and len(pieces[0].split()) == 1
        and len(pieces[1].split()) >= 2
        and not pieces[0].strip()[:1].isupper()  # "Gaza and regional security": two topics
        # "energy and in the humanitarian sphere": a preposition repeated, two items
        and not re.search(r"\s+and\s+(?:in|on)\s+", piece)
    ):
        return [(piece, offset)]  # "trade and economic cooperation": one topic
    if len(pieces) == 2 and len(pieces[0].split()) >= 2 and len(pieces[1].split()) == 1:
        return [(piece, offset)]  # "the reopening of embassies and consulates": one topic
    cuts = [
        m
        for m in re.finditer(r"\s+and\s+(?:in\s+|on\s+|of\s+)?", piece)
        if not any(a <= offset + m.start() < b for a, b in protected or ())
        and not _joins_names(piece, m)
        and not _PLACE_PREPOSITION.match(piece, m.end())  # "within X and at international fora"
    ]  # never inside an organisation's name ("Customs Union of Russia, Belarus and Kazakhstan")
    out, last = [], 0
    for m in cuts:
        out.append((piece[last : m.start()], offset + last))
        last = m.end()
    out.append((piece[last:], offset + last))
    return out


_REGARDING = re.compile(
    r"^\s*(?:(?:with|in) (?:regard|respect) to|regarding|concerning)\b", re.IGNORECASE
)


def _entity_topic(
    doc: Document, item: str, abs_start: int, entities: list[Mention]
) -> list[Topic] | None:
    if not entities:
        return None
    text = doc.article.text
    rest = item
    for m in sorted(entities, key=lambda m: m.start, reverse=True):
        s, e = m.start - abs_start, m.end - abs_start
        rest = rest[:s] + " " + rest[e:]
    rest = _REGARDING.sub("", rest)  # "including with regard to Ukraine"
    words = [w for w in re.split(r"[^\w-]+", rest.lower()) if w]
    leftover = [w for w in words if w not in _ENTITY_FILLER]
    if leftover:
        return None
    if {"alliance", "bloc"} & set(words) and not any(
        m.kind == "org" and _BODY_WORD.match(text, m.end) for m in entities
    ):
        return None  # "Pakistan's alliance with China" is more than China
    topics: list[Topic] = []
    possessive = [m for m in entities if text[m.end : m.end + 2] in ("'s", "’s")]
    if len(possessive) < len(entities):
        entities = [m for m in entities if m not in possessive]  # "Russia's war in Ukraine"
    for m in entities:
        if isinstance(m.ref, OrgRef):
            if _clean_acronym(m.ref, text):
                topics.append(m.ref)
            else:
                topics.append(TopicRef(_phrase(_strip_states(doc, text[m.start : m.end]))))
        elif isinstance(m.ref, StateRef):
            if m.kind == "demonym" and not re.search(
                r"\b(?:settlement|crisis|situation|issue|problem|question)\b", item, re.I
            ):
                return None  # "Syrian refugees" is an issue, not the state
            topics.append(m.ref)
        elif m.kind == "city":
            return None
    return topics or None


def _strip_states(doc: Document, surface: str) -> str:
    words = surface.split()
    return " ".join(w for w in words if "-" not in w or not w[0].isupper()) or surface


def _phrase(item: str) -> str:
    phrase = item.strip().strip("“”\"'‘’.,:;()").strip()
    prev = None
    while prev != phrase:
        prev = phrase
        phrase = _LEAD.sub("", phrase).strip()
    phrase = re.sub(r"\s+", " ", phrase.replace('"', "").replace("“", "").replace("”", ""))
    phrase = re.sub(r"\s*\([^)]*$", "", phrase)  # "the Green Lane Arrangement (RGL": a cut gloss
    phrase = phrase.strip("“”\"'‘’.,:;() ")
    phrase = re.split(
        r"\s+(?:signed|adopted|reached|held|launched|announced|agreed|concluded|caused|planned|"
        r"scheduled|set up|established)\b|\s+at an early date\b|\s+as soon as possible\b|"
        r"\s+(?:in|on|last|this|next)\s+(?:January|February|March|"
        r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
        r"Thursday|Friday|Saturday|Sunday|week|month|year)\b",
        phrase,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    phrase = re.sub(
        r"\s+(?:by|over the|via)\s+(?:tele)?(?:phone|video(?: link)?)$", "", phrase, flags=re.I
    )
    phrase = re.sub(
        r"^(?:fighting|promoting|countering|combating|combatting|advancing|ensuring|boosting|"
        r"strengthening|expanding|developing|deepening|enhancing|improving|supporting|"
        r"building|implementing|resolving|settling|preventing|maintaining|resuming|restoring|"
        r"launching|holding|organi[sz]ing|preparing|reaching|finding|ending|reviving|"
        r"implement|ensure|strengthen|expand|develop|deepen|boost|promote|enhance|resume|"
        r"restore|launch|hold|prepare|reach|find|end|advance|counter|combat|prevent|"
        r"providing|provide|push forward|pushing forward|step up|stepping up|speed up|"
        r"addressing|protecting|tackling|safeguarding|facilitating|increasing|upholding|"
        r"accelerate|cementing|cement|consolidating|consolidate|intensifying|intensify|fostering|"
        r"foster)\s+"
        r"(?:the\s+|an?\s+)?(?:existing\s+)?",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    return phrase.lower()
