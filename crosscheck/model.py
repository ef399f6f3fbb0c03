"""The typed, immutable data model shared by every stage of the pipeline.

Every object that refers to article text carries its character span: ``start``/``end`` are Python string
indices into :attr:`Article.text` (end exclusive), so ``article.text[start:end] == text`` always holds.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Generic, NamedTuple, TypeVar

from attrs import field, frozen

from crosscheck.records import Repr


class ClaimKind(enum.StrEnum):
    """What a claim states. ``statement`` is a whole sentence or clause, the unit of event-level facts."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    ENTITY = "entity"
    STATEMENT = "statement"
    PLACE = "place"


class Qualifier(enum.StrEnum):
    """How a number is qualified, read as interval semantics (see :class:`Quantity`)."""

    EXACT = "exact"  # "50 minutes"
    APPROXIMATE = "approximate"  # "around 80", "some 320"
    LOWER_BOUND = "lower-bound"  # "more than 5,000", "at least five"
    UPPER_BOUND = "upper-bound"  # "less than 10", "up to 20"
    VAGUE = "vague"  # "dozens", "tens of thousands"


class Verdict(enum.StrEnum):
    AGREEMENT = "agreement"
    DISCREPANCY = "discrepancy"
    SINGLE_SOURCE = "single-source"


class Status(enum.StrEnum):
    """The modality of what a claim reports, read once at extraction (crosscheck.claims.hedges): an event that
    happened (``stated``), is only expected or scheduled ("is expected to resign", "will", "plans to"), is in doubt
    ("may have", "likely", "allegedly", "reportedly", "unclear whether") or is negated or denied ("has not been
    charged", "denied", "not yet"). A hedge outweighs a negation ("may not have" is in doubt), and a negation an
    expectation ("will not" is negated)."""

    STATED = "stated"
    EXPECTED = "expected"
    HEDGED = "hedged"
    NEGATED = "negated"


class Severity(enum.StrEnum):
    HARD = "hard"
    SOFT = "soft"


def source_id(index: int) -> str:
    """The id of the article at position ``index`` (from 0): ``A`` to ``Z``, then ``AA``, ``AB``, ... as
    spreadsheet columns are named. A claim id is its source id followed by a number (``AB12``)."""
    if index < 0:
        raise ValueError(f"no source id for position {index}")
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@frozen(repr=False)
class Sentence(Repr):
    index: int
    start: int
    end: int
    text: str


@frozen(repr=False)
class Article(Repr):
    """One article as read: its id in the report (``A``, ``B``, ...), where it came from, and its text."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None  # the publication date, ISO YYYY-MM-DD: given (--date) or read from a date line
    outlet: str | None = None  # who published it, when the input says so (Markdown front matter, og:site_name)
    line_offset: int = 0  # lines of the file before the text (a Markdown file's front matter), for line numbers


@frozen(repr=False)
class Quantity(Repr):
    """A number with what it counts, read as an interval ``[low, high]`` (``None`` = unbounded)."""

    value: float
    qualifier: Qualifier
    unit: str  # normalised unit or counted noun ("minute", "soldier", "usd"); "" when none was found
    low: float | None
    high: float | None
    change: bool = False  # "could double", "rose 5%": a change, not a level
    reference: bool = False  # "the two women": refers to a group counted elsewhere; confirms, never asserts
    phrase: tuple[str, ...] = ()  # the counted noun phrase, singular: ("ak-47", "assault", "rifle")
    # "her third marriage", "the fifth coach": a position in a series of ``unit`` (value 3, unit "marriage"), not a
    # count of it, though it implies at least that many (crosscheck.facts.quantity_relation)
    ordinal: bool = False


@frozen(repr=False)
class Offset(Repr):
    """A time measured from another event: "two weeks after the election", "about two hours after the shooting",
    "a year later". ``low``/``high`` bound the offset in seconds (``None`` = unbounded), read with ``qualifier`` as
    a :class:`Quantity` is ("a week": 7 days exact; "about two hours": approximate; "a few hours": vague, 2 to 9
    hours; "more than a week": a lower bound)."""

    low: float
    high: float | None
    qualifier: Qualifier
    direction: str  # "after", "before", "later", "earlier" or "within" ("within minutes")
    # the event it is measured from, as its head words: ("election",), ("heart", "attack"); empty for "later",
    # "earlier" and "after that", which are measured from the article's previous dated event
    anchor: tuple[str, ...] = ()


@frozen(repr=False)
class DateRef(Repr):
    """A date or time expression. ``value`` is normalised ("2010-05-05", "wednesday", "2004", "late spring")."""

    granularity: str  # "date", "week", "month", "year", "weekday", "season", "time", "relative", "anchored"
    value: str
    # how a clock time is qualified: "about 8 p.m." approximate, "by noon" upper-bound; None: as written, exact
    qualifier: Qualifier | None = None
    offset: Offset | None = None  # for granularity "anchored": the offset, its direction and its anchor
    zone: str | None = None  # the time zone written with a clock time ("0300 GMT": "GMT"); None: none written


@frozen(repr=False)
class Quote(Repr):
    """A direct quotation. ``words`` is the text between the marks; the speaker is ``None`` when not found."""

    words: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


class EntityType(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    VESSEL = "vessel"  # a named ship or craft: "INS Vikrant", "the merchant vessel Aurora"


@frozen(repr=False)
class Entity(Repr):
    """A named person, organisation, place or vessel. The claim's span covers the title or role written before the name
    ("US President Barack Obama"); ``name`` is the name alone."""

    name: str  # as written, without title or possessive: "Barack Obama", "Tokyo", "Obama"
    type: EntityType
    # what it refers to: "Barack Obama" for a later "Obama", "Japan" for "Tokyo" or "Japanese", "Vikrant" for the
    # ship "INS Vikrant" (a vessel's prefix is not part of what it refers to: "the Vikrant" is the same ship)
    canonical: str
    role: str | None = None  # the title or role: "President", "Prime Minister", "disaster agency official"
    affiliation: str | None = None  # a country or organisation named with the role: "United States" for "US President"


@frozen
class Place:
    """Where something happened, as one article writes it (crosscheck.claims.places): a named place after a
    locative preposition ("in East Harbor", "near Bay City"), a numbered road ("on Interstate 75", "I-95"), a
    street, an address or an intersection ("at E. 41st St. and Maple Ave."), a numbered precinct ("the 12th
    Precinct station"), a suburb ("suburban Detroit") or a locative phrase ("at the scene", "on the way to the
    hospital", "at home"). Its claim's frame says which event it locates."""

    name: str  # as written, without the preposition: "Interstate 75", "East Harbor", "the scene"
    # the name folded for comparison: "interstate 75" for "I-75"; "east harbor" for "the streets of East
    # Harbor"; "detroit" for "suburban Detroit"; the locative's class for a locative ("scene", "home")
    key: str
    form: str  # "name", "road", "street", "precinct" or "locative"
    # how the event stands to the place, from the preposition: "at" (at, on: a point), "in" (in, inside: an area),
    # "near", "outside", "to" (on the way to, into), "from"; None when no preposition is written
    relation: str | None = None


Fact = Quantity | DateRef | Quote | Entity | Place | None

F = TypeVar("F", Quantity, DateRef, Quote, Entity, Place)


class Mention(NamedTuple, Generic[F]):
    """What an extractor finds: one fact and its span, ``start``/``end`` offsets into the text it was given plus
    the ``offset`` it was told that text starts at (the article's, when it reads one sentence). A plain tuple,
    so ``for start, end, fact in find_dates(...)`` reads it."""

    start: int
    end: int
    fact: F


@frozen(repr=False)
class Frame(Repr):
    """What a figure or a date measures (see :mod:`crosscheck.frames`): the predicate it counts or dates, whose it
    is and what bounds it. Two facts are compared only when their frames are compatible."""

    predicate: str | None  # a predicate family's name ("killed"), or a verb's stem ("disappear"); None: not found
    family: bool  # the predicate is one of the rule pack's families (which can tell two facts apart)
    reporting: bool  # a reporting verb ("said Tuesday"): the date dates a statement, not the event
    trigger: str | None  # the predicate's words as written ("died", "death toll")
    # what was measured, as written: the words from the predicate to the fact ("killed 24 people", "death toll from
    # the blast rose to 31"), shortened with an ellipsis when they are far apart; the fact alone without a predicate
    phrase: str
    holder: str | None  # whose figure: the person or organisation the clause is about
    # a year that says which one a noun names ("the 2012 Oscars", "his 2010 campaign", "a 1998 treaty"): its predicate
    # is that noun, and a different year of another noun is another event, not a conflict
    attributive: bool = False
    # names that bound it, as type:name: "place:West Germany" ("in West Germany"), "organisation:NATO", "name:NBA"
    scope: tuple[str, ...] = ()
    period: tuple[str, ...] = ()  # for a figure, the dates of its clause: "in 2016" (normalised values)
    # a figure its clause dates to a year before the article's ("in 2004 a larger quake killed 170,000"): a fact of
    # a background event, compared only with the same background event
    background: bool = False
    # for a date, the event that what it dates followed: one an "after" clause names right after the date's clause
    # ("his career faltered starting in 1981 after his second marriage failed": "divorced"; a predicate family's
    # name, else a verb's or noun's stem); for an anchored date, the predicate family of the event it is measured
    # from ("about three hours after the shooting", and "a few hours later" after a shooting its sentence names:
    # "shot"). Two dates of what followed one event date its sequel; two intervals from it compare
    after: str | None = None


@frozen(repr=False)
class Clause(Repr):
    """A clause of a statement that a hedge qualifies ("and is expected to remain coach"): its span in the article,
    its status and the hedge's words. Read once at extraction (crosscheck.claims.hedges.qualified_clauses)."""

    start: int
    end: int
    status: Status
    hedge: str


@frozen(repr=False)
class Claim(Repr):
    """One checkable claim extracted from one article."""

    id: str
    source: str
    kind: ClaimKind
    start: int
    end: int
    text: str
    sentence: int
    fact: Fact = None
    hedge: str | None = None  # the hedge word ("alleged", "could") when the claim is hedged
    negated: bool = False
    status: Status = Status.STATED  # the modality of what it reports, from its hedge and negation
    clauses: tuple[Clause, ...] = ()  # for a statement, its clauses that a hedge qualifies, each with its status
    reported: bool = False  # a statement that attributes what it says ("police say", "according to")
    frame: Frame | None = None  # what a quantity or a date measures (crosscheck.frames); None for other kinds
    headline: bool = False  # a figure or a date of the headline that the body does not restate
    # for a clause of a statement (crosscheck.clauses), the statement's id: a finding names the statement, and its
    # evidence is the clause
    clause_of: str | None = None


@frozen(repr=False)
class Evidence(Repr):
    source: str
    start: int
    end: int
    text: str


@frozen(repr=False)
class RuleRef(Repr):
    code: str
    name: str


@frozen(repr=False)
class Value(Repr):
    """One value of a fact that three or more sources disagree about (:attr:`Finding.values`): the claims that give
    it (they agree with each other), the distinct sources of those claims, and whether more sources give it than
    any other value."""

    text: str  # as its first source writes it
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    majority: bool = False


@frozen(repr=False)
class Finding(Repr):
    verdict: Verdict
    severity: Severity | None
    rule: RuleRef
    kind: ClaimKind
    message: str
    claims: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    # with three or more sources, a discrepancy is one finding per fact: each value with the sources that give it,
    # in the order their first sources come (crosscheck.corroborate). Empty for a discrepancy between two sources.
    values: tuple[Value, ...] = ()


@frozen(repr=False)
class Report(Repr):
    """The outcome of a comparison: what was read, what was extracted, and the findings."""

    sources: tuple[Article, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...] = field(factory=tuple)
    accepted: int = 0  # findings left out because a baseline accepts them (crosscheck.baseline)
    # the sources that copy another given source (crosscheck.copies): a copy's id to its original's; corroboration
    # counts a copy and its original as one independent source
    copies: Mapping[str, str] = field(factory=dict)
