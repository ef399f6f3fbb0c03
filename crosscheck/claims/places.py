"""Places: where an event happened, as the article writes it.

A place claim is one of:

* a **named place** after a locative preposition: "in East Harbor", "near Bay City", "outside of a local Corner
  Drug" (a name after "at", "near", "inside" or "outside" and an article is a place whatever the entity reader typed
  it: no person is "a Corner Drug"); after a word that says which part ("suburban Detroit", "downtown Chicago") or a
  noun that names the place after "of" ("the streets of East Harbor");
* a **numbered road**: "Interstate 75", "I-95", "Route 9", "State Highway 1" (its number is no figure);
* a **street**, an **address** or an **intersection**: "Elm St.", "140 W. Birch Ave.", "E. 41st St. and
  Maple Ave.";
* a **numbered precinct** or ward, with the building of it: "the 12th Precinct stationhouse";
* a **locative phrase** of a class of the word lists: "at the scene", "on the way to the hospital", "at home".

Each has a key to compare it by (:class:`crosscheck.model.Place`): the name folded ("I-75" and "Interstate 75" are
"interstate 75"; "suburban Detroit" is "detroit"), or the locative's class. What it locates is its frame, read
like a date's (crosscheck.frames): "died at the scene" locates a death. All of it is English news usage; nothing
here names a place of any one story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from crosscheck.model import Entity, EntityType, Mention, Place
from crosscheck.patterns import compiled
from crosscheck.text import STOPWORDS
from crosscheck.wordlists import (
    CALENDAR,
    EVENT_NAME_WORDS,
    LOCATIVES,
    PLACE_BUILDINGS,
    PLACE_MODIFIERS,
    PLACE_OF,
    PLACE_PREPOSITIONS,
    PRECINCT_WORDS,
    ROAD_PREFIXES,
    STREET_SUFFIXES,
)

FORMS = ("name", "road", "street", "precinct", "locative")
# forms whose digits are part of the place's name: a number inside one is no figure ("Interstate 75")
NUMBERED = frozenset({"road", "street", "precinct"})

_LOCATIVE_CLASS = {phrase: cls for cls, phrases in LOCATIVES.items() for phrase in phrases}
_LOCATIVE = compiled(
    r"(?i)\b(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_LOCATIVE_CLASS, key=len)[::-1])
    + r")\b"
)
_ROAD = compiled(
    r"\b(?P<prefix>Interstate|I(?=-)|(?:(?:State|U\.?S\.?|County)\s+)?(?:Route|Highway)|Hwy\.?|(?:State|County)\s+Road)"
    r"(?:-|\s+)(?P<number>\d{1,4})(?![\d,.]\d)\b"
)
_CAPITALISED = r"[A-Z][a-z]+(?:['\u2019][a-z]+)?"
_SUFFIX = r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Parkway|Pkwy\.?|Terrace)"
_STREET_NAME = (
    r"(?:(?:[NSEW]\.|North|South|East|West)\s+)?(?:\d{1,3}(?:st|nd|rd|th)|"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r"){0,2})\s+"
    + _SUFFIX
    + r"(?![\w])"
)
_STREET = compiled(
    r"(?P<number>\b\d{1,5}\s+)?(?P<first>\b" + _STREET_NAME + r")(?:\s+(?:and|&)\s+(?P<second>" + _STREET_NAME + r"))?"
)
_PRECINCT = compiled(
    r"\b(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+(?P<word>[A-Z][a-z]+)"
    r"(?:\s+(?P<building>" + "|".join(sorted(PLACE_BUILDINGS)) + r"|station\s+house))?\b"
)
_MODIFIED = compiled(
    r"\b(?P<modifier>"
    + "|".join(sorted(PLACE_MODIFIERS))
    + r")\s+(?P<name>"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r")?)"
)
_PREPOSITION = compiled(
    r"\b(?P<prep>" + "|".join(sorted((p.replace(" ", r"\s+") for p in PLACE_PREPOSITIONS), key=len)[::-1]) + r")"
    r"\s+(?P<det>(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
# a name after "at", "near", "inside" or "outside" and an article: "at a Corner Drug store", "outside the Walgreens"
_POINT_NAME = compiled(
    r"\b(?P<prep>(?i:at|near|inside|outside(?:\s+of)?))\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<name>[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*)*)"
)
# the larger place after a named one and a comma, ending a phrase: "Nashville, Tennessee,", "Easton, Pa."
_LARGER = compiled(r",\s+(?P<name>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=\s*[,.;]|\s*$)")
# a person's home town after an age in apposition: ", 38, of Easton"
_HOMETOWN = compiled(r",\s*\d{1,3}\s*,\s+of\s+(?P<name>" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")?)")
_ABBREVIATED = 6  # "Calif.", "Mich.": a larger place's name this long or shorter may end with its abbreviation's dot
_NOT_PLACES = frozenset(CALENDAR) | STOPWORDS  # words that open no place's name: "at the Monday meeting"
_OF_PLACE = compiled(r"\bthe\s+(?P<noun>" + "|".join(sorted(PLACE_OF)) + r")\s+of\s+$")
_DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}
# prepositions after which a name of any type is a place when an article stands before it: "at a Corner Drug"
_POINT = frozenset({"at", "near", "inside", "outside", "outside of"})


def find_places(
    text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Mention[Entity]]
) -> Iterator[Mention[Place]]:
    """The place claims of the article ``text``, sentence by sentence (``sentences``: the body's spans), in order;
    ``entities``: the article's names (crosscheck.claims.entities), whose places are read with the preposition
    before them. Where two readings overlap the longer is taken ("E. 41st St. and Maple Ave." is one place)."""
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        here = [Mention(s - s_start, e - s_start, entity) for s, e, entity in entities if s_start <= s < s_end]
        found = [
            *_locatives(sentence),
            *_roads(sentence),
            *_streets(sentence),
            *_precincts(sentence),
            *_modified(sentence),
            *_point_names(sentence, here),
            *_entity_places(sentence, here),
            *_hometowns(sentence),
        ]
        taken: list[tuple[int, int]] = []
        out: list[tuple[int, int, Place]] = []
        for _, start, end, place in sorted(found, key=lambda t: (t[0], -(t[2] - t[1]), t[1])):
            if any(s < end and start < e for s, e in taken) or _event_name(place):
                continue
            taken.append((start, end))
            out.append((start, end, place))
        for start, end, place in _within(sentence, sorted(out, key=lambda t: t[0])):
            yield Mention(s_start + start, s_start + end, place)


# (priority, start, end, place) in the sentence: a lower priority is read first, and a longer reading before a
# shorter one of the same priority
_Candidate = tuple[int, int, int, Place]


def _locatives(sentence: str) -> Iterator[_Candidate]:
    for m in _LOCATIVE.finditer(sentence):
        cls = _LOCATIVE_CLASS[" ".join(m.group().lower().split())]
        relation = "to" if cls == "en-route" else "at"
        yield 0, m.start(), m.end(), Place(m.group(), cls, "locative", relation)


def _roads(sentence: str) -> Iterator[_Candidate]:
    for m in _ROAD.finditer(sentence):
        prefix = ROAD_PREFIXES[" ".join(m.group("prefix").replace(".", "").lower().split())]
        place = Place(m.group(), f"{prefix} {int(m.group('number'))}", "road", _relation(sentence, m.start()))
        yield 0, m.start(), m.end(), place


def _streets(sentence: str) -> Iterator[_Candidate]:
    for m in _STREET.finditer(sentence):
        start = _skip_stopwords(sentence, m.start("number") if m.group("number") else m.start("first"), m.end("first"))
        if start is None:
            continue
        streets = [_street_key(sentence[start : m.end("first")])]
        if m.group("second"):
            streets.append(_street_key(m.group("second")))
        key = " & ".join(sorted(streets))
        yield 1, start, m.end(), Place(sentence[start : m.end()], key, "street", _relation(sentence, start))


def _precincts(sentence: str) -> Iterator[_Candidate]:
    for m in _PRECINCT.finditer(sentence):
        word = m.group("word").lower()
        if (word not in PRECINCT_WORDS and not m.group("building")) or word in STREET_SUFFIXES:
            continue  # "the 19th Century", "82nd Airborne"; "41st Street" is a street
        key = f"{m.group('ordinal').lower()} {word}"
        yield 1, m.start(), m.end(), Place(m.group(), key, "precinct", _relation(sentence, m.start()))


def _modified(sentence: str) -> Iterator[_Candidate]:
    for m in _MODIFIED.finditer(sentence):
        if m.group("name").lower() in STOPWORDS:
            continue
        key = m.group("name").lower()
        yield 2, m.start(), m.end(), Place(m.group(), key, "name", _relation(sentence, m.start()))


def _point_names(sentence: str, entities: Sequence[Mention[Entity]]) -> Iterator[_Candidate]:
    """Names after "at", "near", "inside" or "outside" and an article, whatever the entity reader typed them."""
    # names the alias data folds into another, before a noun: a demonym ("the Indian embassy"), no place
    folded = {e.start for e in entities if e.fact.canonical != e.fact.name and _before_noun(sentence[e.end :])}
    for m in _POINT_NAME.finditer(sentence):
        name = re.sub(r"['\u2019]s$", "", m.group("name"))
        first = name.split()[0].lower()
        if m.start("name") in folded or not name[:1].isupper() or first in _NOT_PLACES or name.isupper():
            continue  # a day ("at the Monday meeting"), an acronym's organisation ("lashing out at the NYPD")
        prep = " ".join(m.group("prep").lower().split())
        start = m.start("name")
        yield 3, start, start + len(name), Place(name, _name_key(name), "name", PLACE_PREPOSITIONS[prep])


def _entity_places(sentence: str, entities: Sequence[Mention[Entity]]) -> Iterator[_Candidate]:
    for start, end, entity in entities:
        place = _named(sentence, start, end, entity)
        if place is not None:
            yield 3, start, end, place


def _within(sentence: str, places: list[tuple[int, int, Place]]) -> Iterator[tuple[int, int, Place]]:
    """The places of a sentence, a named place and the larger one written after it with a comma read as one
    ("Nashville, Tennessee", "Los Angeles, California"): its key has both names, so that either article's
    "Tennessee" is the same place, one inside the other."""
    k = 0
    while k < len(places):
        start, end, place = places[k]
        if k + 1 < len(places):
            nxt_start, nxt_end, nxt = places[k + 1]
            if place.form == nxt.form == "name" and sentence[end:nxt_start].strip() == "," and nxt.relation is None:
                key = f"{place.key} {nxt.key}"
                yield start, nxt_end, Place(sentence[start:nxt_end], key, "name", place.relation)
                k += 2
                continue
        larger = _LARGER.match(sentence, end) if place.form == "name" else None
        if larger is not None and larger.group("name").lower() not in STOPWORDS:
            stop = larger.end("name")
            if sentence[stop - 1] == "." and len(larger.group("name")) > _ABBREVIATED:
                stop -= 1  # "Saginaw, Michigan." ends the sentence; "Easton, Pa." keeps its dot
            key = f"{place.key} {_name_key(sentence[larger.start('name') : stop])}"
            yield start, stop, Place(sentence[start:stop], key, "name", place.relation)
        else:
            yield start, end, place
        k += 1


def _named(sentence: str, start: int, end: int, entity: Entity) -> Place | None:
    """A name of the entity reader as a place: a place after a locative preposition or after "the streets of";
    any name after "at", "near", "inside" or "outside" and an article ("at a Corner Drug drug store")."""
    before = sentence[:start]
    if entity.canonical != entity.name and _before_noun(sentence[end:]):
        return None  # a demonym or a name the alias data folds, before a noun: "French newspaper", "Indian navy"
    m = _PREPOSITION.search(before)
    key = _name_key(entity.name)
    if m is not None:
        prep = " ".join(m.group("prep").lower().split())
        if entity.type is EntityType.PLACE or (prep in _POINT and m.group("det")):
            return Place(entity.name, key, "name", PLACE_PREPOSITIONS[prep])
        return None
    of = _OF_PLACE.search(before)
    if of is not None and entity.type is EntityType.PLACE:
        return Place(entity.name, key, "name", _relation(sentence, of.start()))
    return None


def _event_name(place: Place) -> bool:
    """A name of an event, not of a place: "World War II", "the World Series" (a word of ``EVENT_NAME_WORDS``)."""
    return place.form == "name" and bool(set(place.key.split()) & EVENT_NAME_WORDS)


def _hometowns(sentence: str) -> Iterator[_Candidate]:
    """Where a person is from, written after the age in apposition: "Mark Ellis, 38, of Easton"."""
    for m in _HOMETOWN.finditer(sentence):
        name = m.group("name")
        if name.lower() in STOPWORDS:
            continue
        yield 3, m.start("name"), m.end("name"), Place(name, _name_key(name), "name", "from")


def _before_noun(after: str) -> bool:
    """A lower-case word that is no function word comes next: the name modifies it ("French newspaper")."""
    m = re.match(r"\s+([a-z]+)\b", after)
    return m is not None and m.group(1) not in STOPWORDS


def _relation(sentence: str, start: int) -> str | None:
    """How the event stands to the place written at ``start``, from the preposition just before it."""
    m = _PREPOSITION.search(sentence[:start])
    return PLACE_PREPOSITIONS[" ".join(m.group("prep").lower().split())] if m else None


def _skip_stopwords(sentence: str, start: int, end: int) -> int | None:
    """Where a street's name starts once capitalised function words are skipped ("At Elm St." is Elm St.);
    None when nothing but the suffix is left."""
    for m in re.finditer(r"\S+", sentence[start:end]):
        word = m.group()
        if word.lower() not in STOPWORDS:
            at = start + m.start()
            return at if sentence[at:end].split()[:-1] else None
    return None


def _street_key(name: str) -> str:
    """A street's name folded: "E. 41st St." is "east 41st street"; a house number stays ("140 west birch
    avenue")."""
    words = [w.rstrip(".").lower() for w in name.split()]
    if words and words[-1] in STREET_SUFFIXES:
        words[-1] = STREET_SUFFIXES[words[-1]]
    return " ".join(_DIRECTIONS.get(w, w) for w in words)


def _name_key(name: str) -> str:
    """A named place folded: case, dots, a leading "the" and a building's noun after it do not matter."""
    words = name.replace(".", "").replace("\u2019", "'").lower().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)
