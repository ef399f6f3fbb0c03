"""What a figure or a date measures: its frame, read from the sentence's own structure.

One unit measures many different things in a news story: dollars of tax paid and of income earned, seats won and
seats lost, the toll at one school and the toll of a whole war. One weekday dates many events: the vote, the
arrest, the statement about them. So a figure or a date is compared with another only when they measure the same
thing, and its :class:`~crosscheck.model.Frame` says what that is:

* the **predicate**: the verb or noun it counts or dates ("killed", "paid", "the death toll", "arrested"). A word of
  one of the rule pack's predicate families (``[[predicate]]`` tables in ``rules/frames.toml``: killed / died /
  dead / death toll are one family) gives the family's name; otherwise the nearest verb-like word of the clause
  gives its stem, which can confirm that two dates date the same event but not deny it. A date whose predicate is a
  reporting verb ("said Tuesday") dates a statement, not the event;
* the **holder**: whose figure it is, the person or organisation its clause is about ("the Senate voted 52-47"; a
  "he" is the person named last, a relative clause's is its antecedent, an age's is the person beside it);
* the **scope** and **period**: the names and (for a figure) the years that bound it ("10 seasons in West Germany",
  "in 2016"); a figure whose clause opens with an earlier year than the article's is a **background** fact;
* an **attributive** year names which one its noun is ("the 2012 Oscars"), and the **phrase** from the predicate to
  the fact says what was measured in a message ("killed 24 people").

:func:`fit` says whether two frames measure the same thing (MATCH), two things (CONFLICT), or cannot tell (UNKNOWN);
the aligner (:mod:`crosscheck.align`) pairs facts by it.

The clause is the part of the sentence between clause boundaries (a semicolon, a dash, ", which", ", while", an
attribution frame after a comma: "..., police said"). Everything is patterns over the sentence: no parser, no model.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from attrs import evolve, field, frozen

from crosscheck import lexicon
from crosscheck.model import Claim, ClaimKind, DateRef, Entity, EntityType, Frame, Quantity
from crosscheck.patterns import LazyPattern, compiled
from crosscheck.records import Repr
from crosscheck.text import STOPWORDS, stem
from crosscheck.wordlists import CALENDAR, PEOPLE, ROLE_NOUNS

_CALENDAR = "(?:" + "|".join(CALENDAR) + r")\b"
_CALENDAR_WORD = compiled(_CALENDAR, re.IGNORECASE)
_TOKEN = compiled(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]|\d[\d,.:]*")
# where a clause ends: a semicolon, a dash, a bracket, a colon; a comma before a conjunction or a relative pronoun;
# a comma before an attribution frame that closes the sentence ("..., police said.")
_BOUNDARY = compiled(
    r"(?i)\s*(?:[;()\[\]]|\s[-\u2013\u2014]{1,2}\s|:\s"
    r"|,\s+(?=(?:and|but|while|whereas|which|who|whom|where|although|though|because|as|after|before|when|"
    r"until|since|so|yet|according)\b)"
    r"|,\s+(?=(?:[\w.'\u2019-]+\s+){0,5}(?:said|says|told|added|reported|stated)\b[^,;]{0,60}$)"
    # a subordinate clause: "died a week after suffering a heart attack" (not "after 1957", "before May")
    r"|\s(?=(?:after|before|when|while|until|because|although|whereas)\s+(?!\d|" + _CALENDAR + r"))"
    # a main clause after an introductory one: "when the gunman walked in around 10 a.m., he looked ..."
    r"|,\s+(?=(?:he|she|they|we|it)\s+[a-z]+)"
    # a second figure with its own verb: "24 people died and 30 were injured" (not "between 60 and 100")
    r"|(?<![\d\s])\s+(?=and\s+\d))"
)
# a name after a preposition, which bounds a figure or a date: "in West Germany", "with the 49ers", "at Beaumont
# Hospital"
_SCOPE = compiled(
    r"\b(?:in|at|with|for|across|from|inside|outside|throughout|near|within|among)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'\u2019.&-]*|\d+[a-z]{2,})(?:\s+(?:of\s+)?[A-Z][\w'\u2019.&-]*)*)"
)
PHRASE_GAP = 6  # words between a predicate and its fact that a message shows in full
AGE = "age"  # the quantity extractor's unit for an age ("46" in "Scott Russell, 46,", "61-year-old"), and its frame
# the prepositions after which a person or organisation is the scope of a figure, not its holder
_SCOPE_PREPOSITIONS = frozenset("in at with for across from inside outside throughout near on within among".split())
# words after a year that do not make it a modifier: "the 2012 and 2013 seasons" (a list), "the 2012 to 2014 term"
_NOT_NOUNS = frozenset("and or to through until in on at of".split())
# a capitalised name and the spaces before the word at the end of the search: "Senate " in "The Senate voted"
_SUBJECT = compiled(r"\b(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+$")
_RELATIVE = compiled(r"\s*(?:who|whom|which|whose)\b", re.IGNORECASE)
_PRONOUNS = frozenset("he she his her him".split())
_DETERMINERS = frozenset("the a an its his her their this that these those".split())
# a conjunction between a date and a verb after it starts another predicate: the date dates the one before it,
# unless none is nearer than this many words more
VOTE_TALLY = "tally:vote"  # the unit of a vote's tally (crosscheck.claims.quantities)
VOTED = "voted"  # the predicate family of votes (rules/frames.toml)
_COORDINATORS = frozenset({"and", "but", "or", "then"})
# the claims that say when or where an event happened, and are framed alike: a date dates its nearest event, a
# place locates it ("died at the scene")
_LOCATING = frozenset({ClaimKind.DATE, ClaimKind.PLACE})
_COORDINATED = 6  # how much further a predicate before a coordinator stands from a fact after it
# words that end in -ed or -ing but are no predicate ("need", "hundred", "during", "morning")
_NOT_VERBS = frozenset(
    """need needed hundred hundreds red bed shed speed seed feed weed deed bred led fed wed indeed naked wicked
    sacred hatred kindred united limited during morning evening thing things nothing something anything everything
    king ring spring string wing building ceiling meeting according including following regarding concerning
    ongoing outstanding early late""".split()
)


@frozen(repr=False)
class PredicateFamily(Repr):
    """One family of predicate words from the rule pack: the words that state one kind of fact."""

    name: str  # "killed"
    words: tuple[str, ...]  # lower case, one word or several: "killed", "died", "death toll"
    reporting: bool = False  # the words report a statement ("said", "told"): a date beside one dates the statement
    toll: str | None = None  # the state a casualty figure of this family counts: "dead", "injured", "missing"
    # the words frame a figure too: false for a family that says what a date dates or a place locates but whose
    # nouns a figure counts ("40 games" counts games; "won 40 games" is still a count of wins)
    figures: bool = True


@frozen(repr=False)
class FrameLexicon(Repr):
    """The rule pack's predicate families, indexed for the frame reader."""

    families: tuple[PredicateFamily, ...] = ()
    verbs: frozenset[str] = frozenset()  # irregular verb forms ("began", "fled", "shot") that are predicates
    # verbs of change or level that are no predicate of their own: "the death toll rose to 31" counts the dead
    transparent: frozenset[str] = frozenset()
    # how many words further than a verb a family's word may be and still be a figure's predicate ([frames]
    # family_reach: "24 people were reported killed" is a count of the dead, not of reports)
    family_reach: int = 3
    # words that make a noun another event than the story's: "a similar flood killed 200", "an earlier attack"
    others: frozenset[str] = frozenset()
    # units of a property of the story's object ("magnitude", "calibre"): "a 6.1-magnitude quake" is the quake's
    properties: frozenset[str] = frozenset()
    single: Mapping[str, str] = field(init=False)  # one word (lower case, and its stem) -> family
    # phrases of several words by their first word: "death" -> [(("death", "toll"), "killed")]
    multi: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]] = field(init=False)
    reporting: frozenset[str] = field(init=False)  # the reporting families' names
    unfigured: frozenset[str] = field(init=False)  # the families that frame no figure (PredicateFamily.figures)
    tolls: Mapping[str, str] = field(init=False)  # family -> the casualty state it counts

    @tolls.default
    def _tolls(self) -> Mapping[str, str]:
        return {f.name: f.toll for f in self.families if f.toll}

    @single.default
    def _single(self) -> Mapping[str, str]:
        out: dict[str, str] = {}
        for f in self.families:
            for w in f.words:
                if " " not in w:
                    out.setdefault(w, f.name)
        for f in self.families:  # stems after the written forms: a written form wins
            for w in f.words:
                if " " not in w:
                    out.setdefault("~" + stem(w), f.name)
        return out

    @multi.default
    def _multi(self) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
        out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for f in self.families:
            for w in f.words:
                if " " in w:
                    out.setdefault(w.split()[0], []).append((tuple(w.split()), f.name))
        return {first: tuple(phrases) for first, phrases in out.items()}

    @reporting.default
    def _reporting(self) -> frozenset[str]:
        return frozenset(f.name for f in self.families if f.reporting)

    @unfigured.default
    def _unfigured(self) -> frozenset[str]:
        return frozenset(f.name for f in self.families if not f.figures)

    def family(self, word: str, *, exact: bool = False) -> str | None:
        """The family of a word as written, else (unless ``exact``) of its stem: "kills" is "killed"."""
        w = word.lower().replace("\u2019", "'")
        return self.single.get(w) or (None if exact else self.single.get("~" + stem(w)))


NO_FRAMES = FrameLexicon()  # no predicate families: frames from verb-like words only


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class _Token(NamedTuple):
    text: str
    lower: str
    start: int  # in the sentence
    end: int
    # the predicate family of the words from this one (several words first) and how many, read once per sentence;
    # ``exact``: as written only (a word inside the claim: a counted noun)
    family: str | None = None
    length: int = 1
    exact: str | None = None


# internal and immutable: a NamedTuple, built at import for a fifth of what an attrs class costs (docs/speed.md)
class _Clause(NamedTuple):
    """One claim's clause: the sentence's text and where it starts in the article, the clause's span in the
    sentence and its tokens, the sentence's entities and the other facts of the clause. Offsets of claims are the
    article's; ``start``/``end`` and the tokens' are the sentence's."""

    text: str
    offset: int
    lo: int
    hi: int
    tokens: tuple[_Token, ...]
    entities: tuple[Claim, ...]
    others: tuple[Claim, ...]

    def names_before(self, limit: int) -> list[Claim]:
        """The entities named in the clause before sentence position ``limit``, in order."""
        return [e for e in self.entities if self.lo <= e.start - self.offset < limit]


def frames_for(
    claims: Sequence[Claim],
    sentence_text: str,
    sentence_start: int,
    lexicon: FrameLexicon,
    *,
    last_person: str | None = None,
    year: int | None = None,
) -> dict[str, Frame]:
    """The frame of each quantity, date and place claim of one sentence (``claims``: all the sentence's claims, entities
    included, which give holders and scopes; ``last_person``: the person the article named last before this
    sentence, whom a "he" or "she" refers to; ``year``: the article's, when its publication date is known)."""
    tokens = _tokens(sentence_text, lexicon)
    bounds = [m.end() for m in _BOUNDARY.finditer(sentence_text)]
    facts = [c for c in claims if c.kind in (ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.PLACE)]
    entities = tuple(c for c in claims if c.kind is ClaimKind.ENTITY and isinstance(c.fact, Entity))
    out: dict[str, Frame] = {}
    for c in facts:
        start = c.start - sentence_start
        lo, hi = _clause(bounds, start, c.end - sentence_start, len(sentence_text))
        clause = _Clause(
            text=sentence_text,
            offset=sentence_start,
            lo=lo,
            hi=hi,
            tokens=tuple(t for t in tokens if t.start >= lo and t.end <= hi),
            entities=entities,
            # a place is no other fact of a figure's or a date's clause: its words are not theirs to skip
            others=tuple(
                d for d in facts if d is not c and d.kind is not ClaimKind.PLACE and lo <= d.start - sentence_start < hi
            ),
        )
        frame = _frame(c, clause, lexicon)
        if c.kind is ClaimKind.DATE and isinstance(c.fact, DateRef) and c.fact.offset is None:
            frame = evolve(frame, after=_after_event(sentence_text, hi, bounds, tokens, lexicon))
        elif isinstance(c.fact, DateRef) and c.fact.offset is not None:
            frame = evolve(frame, after=_anchor_event(c, frame, start, tokens, lexicon))
        if _another_event(c, clause, lexicon) or (
            year is not None and c.kind in (ClaimKind.QUANTITY, ClaimKind.PLACE) and _background(c, clause, year)
        ):
            frame = evolve(frame, background=True)
        if frame.holder is None and last_person is not None and _pronoun_subject(clause, start):
            frame = evolve(frame, holder=last_person)  # "He spent 11 seasons with the team"
        out[c.id] = frame
    for before, c in itertools.pairwise(facts):
        gap = (before.end - sentence_start, c.start - sentence_start)
        if _converts(before, c) and _CONVERSION.fullmatch(sentence_text, *gap):
            out[c.id] = out[before.id]  # "at 8 a.m. local time (0300 GMT)", "50 km (30 miles)": one fact, twice
    return out


def _converts(before: Claim, c: Claim) -> bool:
    """Two facts of one kind and unit: the second may be the first in another zone or unit."""
    if c.kind is not before.kind:
        return False
    if isinstance(c.fact, Quantity) and isinstance(before.fact, Quantity):
        return c.fact.unit == before.fact.unit
    return c.kind is ClaimKind.DATE


# between a fact and the same fact in another zone or unit, in brackets: "8 a.m. local time (0300 GMT)"
_CONVERSION = compiled(r"\s*(?:local\s+time\s*)?[(\[]\s*", re.IGNORECASE)
# before a date, a cut-off for a count or a state ("turnout was 41 percent as of 4 p.m."), not an event's time
_CUT_OFF = compiled(r"\bas\s+of\s+$", re.IGNORECASE)
CUT_OFF = "as of"  # the predicate of a cut-off date: another event than any verb's


_AFTER = compiled(r"(?i)\s*,?\s*(?:after|following|since)\s+(?=[a-z])")
# words that open an "after" clause before its event: determiners, pronouns and auxiliaries ("after his second
# marriage failed", "after he was divorced")
_NOT_EVENT_WORDS = frozenset(
    """the a an his her its their this that these those he she they it we i you him them my our your first second
    third fourth fifth last previous earlier another was were is are had has have been being be did do does""".split()
)


def _after_event(
    text: str, hi: int, bounds: Sequence[int], tokens: Sequence[_Token], lexicon: FrameLexicon
) -> str | None:
    """The event an "after" or "following" clause names right after a date's clause ends at ``hi``: "starting in
    1981 | after his second marriage failed" -> "divorced", "in 1976 | after divorcing his wife" -> "divorced". A
    predicate family's word in the clause (several words first: "marriage failed"), else its first verb-like word's
    stem ("after moving to Paris": "move"), else its first content word's ("after the election": "elect")."""
    opener = _AFTER.match(text, hi)
    if opener is None or hi >= len(text):
        return None
    end = min((b for b in bounds if b > opener.end()), default=len(text))
    words = [t for t in tokens if opener.end() <= t.start and t.end <= end]
    for t in words:
        if t.family is not None:
            return t.family
    for k, t in enumerate(words):
        if _verb_like(t, words[k - 1] if k else None, lexicon):
            return stem(t.lower)
    content = [t for t in words if t.lower not in _NOT_EVENT_WORDS and t.lower not in STOPWORDS and t.lower.isalpha()]
    return stem(content[0].lower) if content else None


def _anchor_event(c: Claim, frame: Frame, start: int, tokens: Sequence[_Token], lexicon: FrameLexicon) -> str | None:
    """The predicate family of the event an anchored date is measured from: its anchor's ("about three hours after the
    shooting": "shot"), or, for "later" or "after that", which are measured from the previous event, the first event
    of another family that its sentence names before it ("The man who shot two guards was caught a few hours
    later": "shot"; "A few hours later, neighbours gathered": none). Only a family: two words of one family name one
    kind of event, which two different verbs do not."""
    assert isinstance(c.fact, DateRef) and c.fact.offset is not None
    end = start + len(c.text)
    if c.fact.offset.anchor:
        inside = [t for t in tokens if start <= t.start < end and t.family is not None]
        return inside[-1].family if inside else None
    before = [t for t in tokens if t.end <= start]
    for t in before:
        if t.family is not None and t.family != frame.predicate and t.family not in lexicon.reporting:
            return t.family
    return None


def _background(c: Claim, clause: _Clause, year: int) -> bool:
    """A figure whose clause opens with a year before the article's: "In 2004 a massive tremor sparked a tsunami that
    killed 170,000 people", "The 2004 tsunami that killed about 230,000 people" (the year of the noun that does the
    counting). A year after the figure is more often another noun's ("in a region devastated by the tsunami of
    2004") than the figure's period."""
    for d in clause.others:
        if isinstance(d.fact, DateRef) and d.start < c.start:
            first = d.fact.value[:4]
            if first.isdigit() and int(first) < year:
                return True
    return False


def _another_event(c: Claim, clause: _Clause, lexicon: FrameLexicon) -> bool:
    """A fact whose clause names, before it, another event than the story's with a determiner and one of the pack's
    ``[frames] others`` words: "In 2010, a similar flood killed 200 people", "an earlier quake in 2004". Its figures
    and dates are a background event's, whether or not the article's year is known."""
    start = c.start - clause.offset
    words = [t.lower for t in clause.tokens if t.end <= start]
    return any(w in lexicon.others and words[k - 1] in _DETERMINERS for k, w in enumerate(words) if k)


def _tokens(text: str, lexicon: FrameLexicon) -> list[_Token]:
    """The sentence's word tokens, each with the family of the words it starts (see :class:`_Token`)."""
    found = list(_TOKEN.finditer(text))
    lowers = [m.group().lower() for m in found]
    out = []
    for k, m in enumerate(found):
        family, length = _family_at(lowers, k, lexicon)
        exact = family if length > 1 else lexicon.family(lowers[k], exact=True)
        out.append(_Token(m.group(), lowers[k], m.start(), m.end(), family, length, exact))
    return out


def _pronoun_subject(clause: _Clause, start: int) -> bool:
    """A "he" or "she" before the claim in its clause, and no person named there: the clause is about the person
    the article named last."""
    before = {t.lower for t in clause.tokens if t.start < start}
    people = [e for e in clause.names_before(start) if isinstance(e.fact, Entity) and e.fact.type is EntityType.PERSON]
    return bool(before & _PRONOUNS) and not people


def counted(quantity: Quantity, frame: Frame, lexicon: FrameLexicon) -> Quantity:
    """A casualty figure ("people:dead") counts what its frame's family counts: "shot three people, killing one"
    counts three people shot, not three dead, so its unit loses the state the extractor read from the nearest
    casualty word. A figure whose frame names no family keeps its unit."""
    head, _, state = quantity.unit.partition(":")
    if state not in lexicon.tolls.values() or not frame.family or frame.predicate is None:
        return quantity  # not a casualty figure ("tally:score" keeps its kind)
    toll = lexicon.tolls.get(frame.predicate)
    unit = f"{head}:{toll}" if toll else head
    return quantity if unit == quantity.unit else evolve(quantity, unit=unit)


def _clause(bounds: Sequence[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The clause around ``start``-``end``: from the last boundary before it to the first after it."""
    lo = max((b for b in bounds if b <= start), default=0)
    hi = min((b for b in bounds if b > end), default=length + 1)
    return lo, hi


def _frame(c: Claim, clause: _Clause, lexicon: FrameLexicon) -> Frame:
    start = c.start - clause.offset
    trigger = _predicate(c, clause, lexicon)
    if isinstance(c.fact, Quantity) and c.fact.unit.partition(":")[0] == AGE:
        # "Scott Russell, 46, was injured": an age measures the person, not the clause's event
        trigger = (AGE, True, start, c.end - clause.offset)
    elif trigger is not None and isinstance(c.fact, Quantity) and c.fact.unit == VOTE_TALLY:
        # a vote's tally counts the votes, whichever verb gives the outcome: "voted 52-47", "passed the bill 47-52"
        trigger = (VOTED, True, trigger[2], trigger[3])
    measure = _MEASURE.search(clause.text, max(0, start - 20), start) if isinstance(c.fact, Quantity) else None
    if measure is not None:
        # "a depth of 1.1 miles": the noun says what the figure measures, whatever the clause's verb
        trigger = (measure.group("noun").lower(), False, measure.start("noun"), measure.end("noun"))
    cut_off = _CUT_OFF.search(clause.text, max(0, start - 10), start) if c.kind is ClaimKind.DATE else None
    if cut_off is not None:
        trigger = (CUT_OFF, False, cut_off.start(), start)
    end = c.end - clause.offset
    if trigger is None:
        predicate, family, trigger_text, at, phrase = None, False, None, start, c.text
    else:
        predicate, family, tok_start, tok_end = trigger
        trigger_text, at = clause.text[tok_start:tok_end], tok_start
        phrase = _phrase(clause.text, (tok_start, tok_end), (start, end))
    period = () if c.kind is not ClaimKind.QUANTITY else _period(clause)
    holder = (
        _aged(c, clause) if predicate == AGE else _holder(clause, min(at, start), lexicon.reporting, subject=at < start)
    )
    person = _described(clause, end) if predicate == AGE and holder is None else None
    if person is not None:
        phrase = " ".join(clause.text[start : person.end].split())  # "a 34-year-old woman": whose age it is
    noun = _modified(c, clause) or _modified_figure(c, clause, lexicon)
    if noun is not None:
        # "the 2012 Oscars", "the 13-inch models": the year or figure says which one; the noun it modifies is what
        # it dates or measures
        predicate, family, trigger_text = stem(noun.lower), False, noun.text
        phrase = " ".join(clause.text[start : noun.end].split())
    scope = _scope(clause)
    reference = _reference(clause.text, end) if isinstance(c.fact, Quantity) and c.fact.unit == DISTANCE else None
    if reference is not None:
        scope = (f"{FROM}:{reference}",)  # "13 miles east of Riverton" is measured from Riverton, nowhere else
    return Frame(
        attributive=noun is not None,
        predicate=predicate,
        family=family,
        reporting=family and predicate in lexicon.reporting,
        trigger=trigger_text,
        phrase=phrase,
        holder=holder,
        scope=scope,
        period=period,
    )


# a noun that names a dimension, right before "of" and a figure: "at a depth of 1.1 miles", "a height of 30 metres"
_MEASURE = compiled(
    r"\b(?P<noun>depth|height|length|width|distance|radius|altitude|elevation|diameter|range|area|weight)\s+of\s+$",
    re.IGNORECASE,
)
DISTANCE = "km"  # the quantity extractor's unit of a length
FROM = "from"  # the scope type of a distance's reference point
# after a distance, the point it is measured from: "13 miles east of Riverton", "50 km (30 miles) from the tense
# border with Sudan"; the reference is a name, or the last word of a short noun phrase
_REFERENCE = compiled(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ward)?\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?:(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)|(?P<phrase>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))"
)
_NOT_REFERENCE = frozenset(_DETERMINERS | {"its", "their", "his", "her"})


def _reference(text: str, end: int) -> str | None:
    """The point a distance ending at ``end`` is measured from, if the words after it give one."""
    m = _REFERENCE.match(text, end)
    if m is None:
        return None
    if m.group("name"):
        name = m.group("name")
        return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name
    words = [w for w in m.group("phrase").split() if w not in _NOT_REFERENCE]
    cut = next((k for k, w in enumerate(words) if w in _SCOPE_PREPOSITIONS or w in _NOT_NOUNS), len(words))
    return words[cut - 1] if cut else None


def _modified(c: Claim, clause: _Clause) -> _Token | None:
    """The noun a year is written before, after a determiner or a possessive: "the 2012 Oscars", "his 2010
    campaign", "a 1998 treaty", "Obama's 2008 victory" (not "in 2012 Oscar sales rose": no determiner)."""
    if not (isinstance(c.fact, DateRef) and c.fact.granularity == "year" and c.text[:1].isdigit()):
        return None
    before = clause.text[max(clause.lo, c.start - clause.offset - 12) : c.start - clause.offset].split()
    after = _token_after(clause, c.end - clause.offset)
    if not before or after is None or not after.text[0].isalpha() or after.lower in _NOT_NOUNS:
        return None
    last = before[-1].lower()
    return after if last in _DETERMINERS or last.endswith(("'s", "\u2019s")) else None


def _described(clause: _Clause, end: int) -> _Token | None:
    """The noun an age is written before: "a 34-year-old woman"; "the 58-year-old prime minister" (a person's word
    one word further)."""
    first = _token_after(clause, end)
    if first is None or not (first.text.isalpha() and first.text.islower()):
        return None
    if first.lower in ROLE_NOUNS or first.lower in PEOPLE:
        return first
    second = next((t for t in clause.tokens if t.start > first.start), None)
    people = second is not None and (second.lower in ROLE_NOUNS or second.lower in PEOPLE)
    return second if people else first


_HYPHENATED = compiled(r"\d-[A-Za-z]+$")  # "13-inch", "20-yard": a figure joined to its unit, as a modifier


def _modified_figure(c: Claim, clause: _Clause, lexicon: FrameLexicon) -> _Token | None:
    """The noun a figure joined to its unit by a hyphen is written before: "the 13-inch models", "the 20-yard
    line"; not an age, nor a property of the story's object ("a 6.1-magnitude quake" is the quake's)."""
    if not isinstance(c.fact, Quantity) or not _HYPHENATED.search(c.text):
        return None
    unit = c.fact.unit.partition(":")[0]
    if unit == AGE or unit in lexicon.properties:
        return None
    after = _token_after(clause, c.end - clause.offset)
    if after is not None and after.lower in _DIMENSIONS:  # "80-minute long talks": the talks
        after = next((t for t in clause.tokens if t.start > after.start), None)
    return after if after is not None and after.text.isalpha() and after.lower not in _NOT_NOUNS else None


_DIMENSIONS = frozenset("long old wide high deep tall thick".split())  # "80-minute long", "30-metre high"


def _token_after(clause: _Clause, end: int) -> _Token | None:
    """The clause's first word token after sentence position ``end``, when only spaces or a hyphen part them."""
    for t in clause.tokens:
        if t.start >= end:
            return t if not clause.text[end : t.start].strip(" -") else None
    return None


def _phrase(text: str, trigger: tuple[int, int], fact: tuple[int, int]) -> str:
    """The words from the predicate to the fact, as written ("killed 24 people"); with an ellipsis between them when
    more than PHRASE_GAP words part them ("death toll … 312")."""
    (first_start, first_end), (last_start, last_end) = sorted((trigger, fact))
    if first_end >= last_start:  # the predicate is inside the fact ("three deaths")
        return " ".join(text[min(first_start, last_start) : max(first_end, last_end)].split())
    between = text[first_end:last_start].split()
    if len(between) > PHRASE_GAP:
        return f"{' '.join(text[first_start:first_end].split())} \u2026 {' '.join(text[last_start:last_end].split())}"
    return " ".join(text[first_start:last_end].split())


def _period(clause: _Clause) -> tuple[str, ...]:
    """The dates of a figure's clause ("rose 5% in 2016"): the period it is counted over."""
    dates = (
        d.fact.value
        for d in clause.others
        if isinstance(d.fact, DateRef)
        and d.fact.granularity not in ("relative", "anchored")
        and _modified(d, clause) is None
    )  # not a year that names another thing: "the region devastated by the 2004 tsunami"; not an offset from an
    # event ("nearly three weeks after the season ended", which holds the figure "nearly three weeks" itself)
    return tuple(dict.fromkeys(dates))


def _predicate(c: Claim, clause: _Clause, lexicon: FrameLexicon) -> tuple[str, bool, int, int] | None:
    """The family word nearest to the claim in its clause (the claim's own words count: "three deaths"); else
    the nearest verb-like word. Words inside another fact of the clause are not this one's predicate."""
    start, end = c.start - clause.offset, c.end - clause.offset
    inside_others = [(d.start - clause.offset, d.end - clause.offset) for d in clause.others]
    tokens = clause.tokens
    best: tuple[int, int, str, bool, int, int] | None = None  # (rank, distance, predicate, family, start, end)
    best_key = (0, 0)
    # a verb of change is no predicate beside a family's word ("the death toll rose to 31"), but is one alone
    # ("falling about 60 metres")
    has_family = any(t.family is not None for t in tokens)
    inside = {k for k, t in enumerate(tokens) if start <= t.start < end}
    before = [k for k, t in enumerate(tokens) if t.end <= start]
    first_after = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    last_before = before[-1] if before else -1
    # an anchored date's own words are the event it is measured from, not what it dates: "About three hours after the
    # robbery, officers received a call" dates the call
    measured = isinstance(c.fact, DateRef) and c.fact.offset is not None
    # (a family's phrase that runs on past the other fact is this one's: "third marriage failed")
    skip = {
        k
        for k, t in enumerate(tokens)
        if any(s <= t.start < e and not (t.length > 1 and tokens[k + t.length - 1].end > e) for s, e in inside_others)
    } | (inside if measured else set())
    for k, t in enumerate(tokens):
        if k in skip:
            continue
        if (t.lower in lexicon.transparent and has_family) or (t.text[0].isupper() and t.start > 0):
            continue  # "the toll rose to 31" counts the toll; "Promises" (a name) is no promise
        if c.kind in _LOCATING and _not_what_it_locates(
            tokens, k, first_after, inside, purpose=c.kind is ClaimKind.DATE
        ):
            continue
        family, length = (t.exact, 1 if t.exact is None else t.length) if k in inside else (t.family, t.length)
        distance = _distance(tokens, k, inside, (first_after, last_before), length if family is not None else 1)
        if family in lexicon.reporting and c.kind is ClaimKind.QUANTITY:
            continue  # a figure does not count a statement: "police said 24 died" counts the dead
        # "played 10 seasons": the verb "play", not the family of games (a family that frames no figure)
        family = None if family in lexicon.unfigured and c.kind is ClaimKind.QUANTITY else family
        if family is not None:
            candidate = (0, distance, family, True, t.start, tokens[k + length - 1].end)
        elif _verb_like(t, tokens[k - 1] if k else None, lexicon) and not (start <= t.start < end):
            candidate = (1, distance, stem(t.lower), False, t.start, t.end)
        else:
            continue
        # a figure is counted by its family's word even a few words further than a verb ("24 people were
        # reported killed"); a date dates the nearest event ("the cuts he announced Sunday")
        bonus = lexicon.family_reach if family is not None and c.kind is ClaimKind.QUANTITY else 0
        key = (candidate[1] - bonus, candidate[0])
        if best is None or key < best_key:
            best, best_key = candidate, key
    if best is None:
        return None
    return best[2], best[3], best[4], best[5]


def _not_what_it_locates(
    tokens: Sequence[_Token], k: int, first_after: int, inside: AbstractSet[int], *, purpose: bool
) -> bool:
    """Not the event a date or a place locates: a word after a coordinator that follows the fact ("drafted in 1978
    and played 11 seasons", "a draft choice in 1978 and played": not the playing's); with ``purpose`` (a date), a
    word after "to" ("voted on Thursday to pass the bill": a purpose; but a place's "were to play at home" is the
    playing's)."""
    if purpose and k and tokens[k - 1].lower == "to" and k not in inside:
        return True
    return k >= first_after and any(tokens[j].lower in _COORDINATORS for j in range(first_after, k))


def _distance(tokens: Sequence[_Token], k: int, inside: AbstractSet[int], around: tuple[int, int], length: int) -> int:
    """How many tokens lie between token ``k`` (a phrase of ``length`` tokens) and the claim: 0 inside it; a phrase
    before the claim from its last word; a word before a coordinator that the claim follows further off ("Five
    people died and seven were injured": the seven's predicate is their own clause's, if it has one)."""
    first_after, last_before = around
    if k in inside:
        return 0
    if k >= first_after:
        return k - first_after + 1
    distance = max(1, last_before - (k + length - 1) + 1)
    if any(tokens[j].lower in _COORDINATORS for j in range(k + 1, last_before + 1)):
        distance += _COORDINATED
    return distance


def _family_at(words: Sequence[str], k: int, lexicon: FrameLexicon) -> tuple[str | None, int]:
    """The family of the (lower-case) words starting at ``k`` (several words first: "death toll"), and how many."""
    for phrase, family in lexicon.multi.get(words[k], ()):
        n = len(phrase)
        if tuple(words[k : k + n]) == phrase:
            return family, n
    return lexicon.family(words[k]), 1


def _verb_like(t: _Token, before: _Token | None, lexicon: FrameLexicon) -> bool:
    """A word that is most likely a verb: a listed irregular form, or a word in -ed or -ing that no determiner
    makes a noun or an adjective ("the injured", "a meeting")."""
    w = t.lower
    if w in lexicon.verbs:
        return True
    if w in _NOT_VERBS or not w.isalpha() or len(w) < 5:
        return False
    if not (w.endswith("ed") or w.endswith("ing")):
        return False
    return before is None or before.lower not in _DETERMINERS


def _holder(clause: _Clause, limit: int, reporting: frozenset[str], *, subject: bool = False) -> str | None:
    """The person or organisation the clause is about: the last one named before the predicate (or the claim),
    not after a preposition (that one bounds the figure: its scope), nor the speaker of a reporting verb ("Smith said
    a total of 40 trucks were on scene": the count is not Smith's); else a relative clause's antecedent; else, when
    ``subject`` (``limit`` is a predicate before the claim), a capitalised name just before it."""
    found: str | None = None
    for e in clause.names_before(limit):
        if not isinstance(e.fact, Entity) or e.fact.type not in (EntityType.PERSON, EntityType.ORGANISATION):
            continue
        after = next((t for t in clause.tokens if t.start >= e.end - clause.offset), None)
        if after is not None and after.family in reporting:
            continue
        if _preposition(clause.text, clause.lo, e.start - clause.offset) is None:
            found = e.fact.canonical or e.fact.name
    return found or _antecedent(clause) or (_subject(clause, limit) if subject else None)


def _subject(clause: _Clause, at: int) -> str | None:
    """A capitalised name written just before the predicate, which the entity reader did not type: "The Senate
    voted 52-47", "the House voted 220-210"."""
    found = _SUBJECT.search(clause.text, clause.lo, at)
    if found is None:
        return None
    words = found.group("name").split()
    while words and words[0].lower() in STOPWORDS:
        words.pop(0)  # "The Senate" at the start of a sentence; "In January ..." names nobody
    return " ".join(words) or None


def _antecedent(clause: _Clause) -> str | None:
    """For a relative clause ("Luciano, who died in 1962"), the person or organisation named just before it."""
    if not _RELATIVE.match(clause.text, clause.lo):
        return None
    named = [
        e
        for e in clause.entities
        if isinstance(e.fact, Entity)
        and e.fact.type in (EntityType.PERSON, EntityType.ORGANISATION)
        and e.end - clause.offset <= clause.lo
    ]
    if not named or clause.text[named[-1].end - clause.offset : clause.lo].strip(" ,") != "":
        return None
    return named[-1].fact.canonical or named[-1].fact.name if isinstance(named[-1].fact, Entity) else None


def _aged(c: Claim, clause: _Clause) -> str | None:
    """Whose age it is: the person named just before it ("Orozco, 27,") or just after it ("27-year-old Orozco");
    not the clause's subject ("Lopez was aiming for an 11-year-old girl" gives the girl's age, not Lopez's)."""
    for e in clause.entities:
        if not isinstance(e.fact, Entity) or e.fact.type is not EntityType.PERSON:
            continue
        gap = clause.text[e.end - clause.offset : c.start - clause.offset] if e.end <= c.start else None
        after = clause.text[c.end - clause.offset : e.start - clause.offset] if e.start >= c.end else None
        if (gap is not None and gap.strip() in ("", ",")) or (after is not None and after.strip() == ""):
            return e.fact.canonical or e.fact.name
    return None


def _preposition(text: str, lo: int, s: int) -> str | None:
    """The preposition just before position ``s`` of the sentence (a determiner between them allowed)."""
    before = text[max(lo, s - 24) : s].lower().split()
    while before and before[-1] in _DETERMINERS:
        before.pop()
    return before[-1] if before and before[-1] in _SCOPE_PREPOSITIONS else None


_INITIAL_AT_END = LazyPattern(r"\b\w\.$")


def _scope(clause: _Clause) -> tuple[str, ...]:
    """The names written after a preposition in the clause ("in West Germany", "with the 49ers", "in the NBA"):
    what bounds the figure or the date, each as ``type:name``. A name the entity reader linked is given by its
    type and what it refers to ("place:Japan" for "in Tokyo"); one it did not type is ``name:...``."""
    typed = {
        e.start - clause.offset: (e.fact.type.value, e.fact.canonical or e.fact.name)
        for e in clause.entities
        if isinstance(e.fact, Entity)
    }
    out: list[str] = []
    for m in _SCOPE.finditer(clause.text, clause.lo, clause.hi):
        start = m.start("name")
        # a name's last word keeps the dot of an initial ("U.S."), not a full stop ("with the Lakers.")
        written = m.group("name")
        written = written[:-1] if written.endswith(".") and not _INITIAL_AT_END.search(written) else written
        kind, name = typed.get(start, ("name", written))
        if kind == EntityType.PERSON.value or _CALENDAR_WORD.fullmatch(name.split()[0]):
            continue
        out.append(f"{kind}:{name}")
    return tuple(dict.fromkeys(out))


class Fit(enum.Enum):
    """How two frames relate: the same fact measured (MATCH), two different facts (CONFLICT), or not known."""

    MATCH = "match"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


def fit(a: Frame | None, b: Frame | None, same_value: bool, *, dates: bool = False) -> Fit:
    """Whether two facts' frames say they measure the same thing. Different predicate families, a reporting verb
    against an event, a background fact against the story's, different holders, or different scopes or periods are
    different facts (an equal figure for the same predicate is the same fact, though, whatever one article adds
    about where). The same family, or the same verb, with nothing against it, is the same fact; anything else is
    not known, and the aligner falls back on the context the two share. ``dates``: the two facts are dates."""
    if a is None or b is None:
        return Fit.UNKNOWN
    if (
        a.reporting != b.reporting
        or a.background != b.background
        or (a.predicate == CUT_OFF) != (b.predicate == CUT_OFF)
    ):
        # a statement's date and the event's; a background event's figure and the story's; the time a count was
        # made ("as of 4 p.m.") and the time of an event
        return Fit.CONFLICT
    if (a.attributive or b.attributive) and a.predicate != b.predicate and not same_value:
        # "the 2012 Oscars" and "the 2013 Academy Awards": each year names which one of its noun, and nothing says
        # the nouns name one event ("the 2004 tsunami" and "the 2005 tsunami" may: that is for the context to say)
        return Fit.CONFLICT
    if a.family and b.family and a.predicate != b.predicate and not (dates and same_value):
        # "24 killed" and "24 injured" are two facts; one day or time is one date whether it is said to be when a
        # quake "occurred" or "began" (a statement's date against an event's is kept apart above)
        return Fit.CONFLICT
    if not _compatible_names(a.holder, b.holder):
        return Fit.CONFLICT
    if dates and _one_sequel(a, b):
        # "faltered starting in 1981 after his marriage failed", "his collapse in 1976 after divorcing":
        # what followed one event, dated twice (not "moved in 1985 after the divorce", "remarried in 1990 after it")
        return Fit.MATCH
    if AGE in (a.predicate, b.predicate):
        # an age is its person's, wherever the clause places them
        return Fit.MATCH if a.predicate == b.predicate and a.holder and b.holder else Fit.UNKNOWN
    if _periods_conflict(a.period, b.period) or (_disjoint(a.scope, b.scope) and not (dates and same_value)):
        # "5% in 2016" and "5% in 2017"; "10 seasons with the 49ers" and "with the Lakers" (one day is one day
        # wherever each article says something happened on it)
        return Fit.CONFLICT
    if not (same_value or dates) and (bool(a.scope) != bool(b.scope) or bool(a.period) != bool(b.period)):
        # one figure is bounded, the other not: a district's count, or the whole toll? (a date is the event's
        # wherever one article places it)
        return Fit.UNKNOWN
    if a.predicate is not None and a.predicate == b.predicate and a.family == b.family:
        if a.reporting and (a.holder is None or b.holder is None):
            return Fit.UNKNOWN  # "said Tuesday" twice, by speakers not known to be one
        return Fit.MATCH
    return Fit.UNKNOWN


def _one_sequel(a: Frame, b: Frame) -> bool:
    """Two dates of what followed one event (``Frame.after``), whose own predicates name no two events."""
    if a.after is None or a.after != b.after:
        return False
    return a.predicate is None or b.predicate is None or a.predicate == b.predicate


def other_events(a: Frame | None, b: Frame | None) -> bool:
    """Both predicates are known and differ ("scheduled for December 15", "reported September 26"): most likely two
    events, unless the sentences say much the same ("the meeting was held on Monday", "the meeting took place on
    Tuesday")."""
    return a is not None and b is not None and None not in (a.predicate, b.predicate) and a.predicate != b.predicate


def unrelated_predicates(a: Frame | None, b: Frame | None) -> bool:
    """Both predicates are known, differ, and are not one verb in other words: "landed 178 punches" against "369
    punches thrown", "grabbed seven rebounds" against "scored 11 rebounds", a family's word against another verb
    ("arrested three men", "questioned five men"). Two families are told apart by :func:`fit`."""
    if not other_events(a, b) or a is None or b is None or a.trigger is None or b.trigger is None:
        return False
    if a.family and b.family:
        return False  # two families: fit tells them apart
    head_a, head_b = a.trigger.split()[-1].lower(), b.trigger.split()[-1].lower()
    if _light(head_a) or _light(head_b):
        return False  # "suffered severe damage": the noun after the verb is the predicate, not the verb
    return not lexicon.related(head_a, head_b)


# verbs whose object names the event: "suffered damage", "took a hit", "saw a rise"
_LIGHT_VERBS = frozenset("suffer sustain take make have get undergo experience see".split())


def _light(word: str) -> bool:
    return bool(lexicon.lemmas(word, "v") & _LIGHT_VERBS) or word in _LIGHT_VERBS


def same_scope(a: Frame | None, b: Frame | None) -> bool:
    """Both facts are bounded by one name ("five killed in Verna", "seven died in Verna"): one item of two lists."""
    if a is None or b is None:
        return False
    names_a = [x.partition(":")[2] for x in a.scope]
    names_b = [y.partition(":")[2] for y in b.scope]
    return any(_compatible_names(x, y) for x in names_a for y in names_b)


def _compatible_names(x: str | None, y: str | None) -> bool:
    """Two names that may be one: either unknown, or one's words among the other's ("49ers", "San Francisco
    49ers")."""
    if x is None or y is None:
        return True
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return wx <= wy or wy <= wx


def _disjoint(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Both name what bounds the fact, and no name of one is a name of the other: "with the 49ers" and "in the
    NBA", "in West Germany" and "with the 49ers". Two places prove nothing: one may lie in the other, and no
    gazetteer says so ("in Verna", "in Indonesia")."""
    if not (xs and ys):
        return False
    place = EntityType.PLACE.value + ":"
    if all(x.startswith(place) for x in (*xs, *ys)):
        return False
    names_x, names_y = [x.partition(":")[2] for x in xs], [y.partition(":")[2] for y in ys]
    return not any(_compatible_names(x, y) for x in names_x for y in names_y)


def other_places(a: Frame | None, b: Frame | None) -> bool:
    """Both facts are bounded by places only, and no place of one is a place of the other ("killed 12 in Texas",
    "killed 9 in Oklahoma"): two places' counts, or one place's part of the other's ("in Bavaria", "in Germany": no
    gazetteer says which). Either way two different values there cannot be a conflict."""
    if a is None or b is None or not (a.scope and b.scope):
        return False
    place = EntityType.PLACE.value + ":"
    if not all(x.startswith(place) for x in (*a.scope, *b.scope)):
        return False
    names_x, names_y = [x.partition(":")[2] for x in a.scope], [y.partition(":")[2] for y in b.scope]
    return not any(_compatible_names(x, y) for x in names_x for y in names_y)


def _periods_conflict(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Both give a year (or a full date) that bounds the figure, and none of one's is the other's ("in 2016",
    "in 2017"). Weekdays and times say when it was counted, not over what period."""
    years_x = {x[:4] for x in xs if x[:4].isdigit()}
    years_y = {y[:4] for y in ys if y[:4].isdigit()}
    return bool(years_x and years_y) and not years_x & years_y
