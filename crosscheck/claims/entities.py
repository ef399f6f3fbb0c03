"""People, organisations and places: names with their titles and roles, linked within an article.

A name is a run of capitalised words ("George Papandreou", "Gulf of Aden", "U.S. Geological Survey"). Titles and
roles written before it are peeled off ("US President Barack Obama": role President, affiliation United States,
name Barack Obama), and the name is typed by, in order:

1. the alias data (``rules/aliases.toml``: country, short form, demonym, capital and metonym; organisations and
   their acronyms), which also gives its canonical name ("Tokyo" -> Japan);
2. a later short mention of a person named earlier in the article ("Papandreou" -> George Papandreou);
3. its last or first word ("... Agency", "... Police" are organisations; "... Province", "Gulf of ..." places);
4. what surrounds it: a title or role before it, an honorific, an age or a role in apposition ("Ema Suryani, a
   doctor"), a reporting verb ("Fauzi said") make a person; "in", "at", "near" before an untyped name a place.

A capitalised word that none of these types is not reported: a sentence-initial "Officials" is not a name.
Everything here is English news usage; world knowledge lives in the alias data, which a rule pack can extend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from attrs import field, frozen

from crosscheck.model import Entity, EntityType, Mention
from crosscheck.patterns import LazyPattern, compiled
from crosscheck.records import Repr
from crosscheck.sentences import ABBREVIATIONS
from crosscheck.text import STOPWORDS
from crosscheck.wordlists import HONORIFICS, ROLE_NOUNS, SPEECH_AFTER_NAME


@frozen(repr=False)
class Aliases(Repr):
    """The alias data of a rule pack: written forms of names, titles with their abbreviations, and the words before
    a name that say what it names (a ship's prefix, "INS Vikrant"; a noun, "the merchant vessel Aurora")."""

    names: Mapping[str, tuple[str, EntityType]] = field(factory=dict)  # form as written -> (canonical, type)
    titles: Mapping[str, str] = field(factory=dict)  # lower-cased form -> canonical title
    prefixes: Mapping[str, EntityType] = field(factory=dict)  # written as part of the name: "INS", "MV", "USS"
    nouns: Mapping[str, EntityType] = field(factory=dict)  # lower-case, just before the name: "vessel", "firm"
    # names of several words by their lower-cased form, for a name written with a word in lower case ("the
    # International Monetary fund"): the alias data's own forms are matched as written first
    folded: Mapping[str, tuple[str, EntityType]] = field(init=False)

    @folded.default
    def _fold(self) -> Mapping[str, tuple[str, EntityType]]:
        return {form.lower(): known for form, known in self.names.items() if " " in form}

    def lookup(self, name: str) -> tuple[str, EntityType] | None:
        straight = name.replace("\u2019", "'")
        return self.names.get(name) or self.names.get(straight) or self.folded.get(straight.lower())


NO_ALIASES = Aliases()  # no alias data: names are typed by their words and context only

# A capitalised word: an abbreviated title with its dot ("Gov."), an initialism ("U.S."), or a word ("Papandreou",
# "Al-Jazeera", "McDonald's", "GSEE"); then a run of them, joined by a few lower-case particles of names.
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Det|Insp|Supt|Prof|Rev|Pres|St|Mt|Ft|Jr|Sr)\."
_WORD = (
    r"(?:"
    + _ABBREV
    + r"|(?:al|el|bin|ibn|abu)-[A-Z][\w'\u2019-]*\w|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'\u2019&-]*[\w]"
    + r"|[A-Z]\.(?=\s+[A-Z][a-z])"  # a middle initial: "John F. Kennedy", "William J. Clinton"
    + r"|[A-Z](?![\w'\u2019]))"
)
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|di|dos|das|of|of\s+the|and|for|on)"
_RUN = compiled(_WORD + r"(?:\s+(?:" + _PARTICLE + r"\s+)?" + _WORD + r")*")

ORGANISATION_WORDS = frozenset(
    """police department ministry agency university college school company corporation corp inc ltd llc plc
    group party council association union bank service services survey commission committee court institute
    organization organisation foundation authority office army navy force forces guard board center centre
    hospital church club fc federation league network news times post journal press television tv radio
    airlines airline airways motors industries holdings bureau administration parliament assembly senate
    congress cabinet government embassy consulate coalition alliance movement brigade brigades battalion
    regiment fund trust society academy laboratory laboratories systems technologies media records studios
    pictures entertainment communications energy petroleum insurance securities exchange ministries clinic
    project convention conference summit weekly daily dispatch advocate gazette tribune herald chronicle magazine
    review observer courier institution""".split()
)
# Words that make a name an institution wherever they stand in it: "Republican National Convention".
_INSTITUTIONAL = frozenset(
    "national federal international royal republican democratic united general public state county municipal".split()
)
PLACE_WORDS = frozenset(
    """city province district county island islands isles street road avenue square river mountain mountains
    mount lake bay gulf sea ocean valley village region park airport bridge coast peninsula strait canal
    desert highway town township borough prefecture territory hills beach harbor harbour port station stadium
    arena boulevard lane courthouse cemetery prison jail hotel mall museum library temple mosque cathedral
    fault field area""".split()
)
# Capitalised words that open sentences or headlines but are not names.
_NOT_NAMES = frozenset(
    """the a an in on at as after before but and or if when while this that these those it its he she they we
    i you us his her their our there here some many most all both each every no not one two three four five six
    seven eight nine ten meanwhile however also earlier later according asked during despite since until
    although though with without for from by to of about over under among several other another what who which
    where why how yes thank thanks so then now today yesterday tomorrow tonight monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october november
    december police officials authorities witnesses residents rescuers reports report sources
    """.split()
)
# Group nouns that open a role phrase as its modifier, not as a name or an organisation: "police chief Robert
# Kane", "Police Commissioner Ray Kelly" (the role is "police chief", which two different people may hold)
_ROLE_GROUPS = frozenset({"police"})
# Words of ORGANISATION_WORDS that name a meeting of an organisation: "the NATO summit" names NATO, not the summit.
_MEETINGS = frozenset({"summit", "conference", "convention"})
# A holiday before a common noun dates it, it does not name an organisation: "a Christmas party", "Easter service".
_HOLIDAYS = frozenset("christmas easter thanksgiving halloween hanukkah passover ramadan eid diwali".split())
_PLACE_PREPOSITIONS = compiled(r"\b(?:in|at|near|outside|across|inside)\s+$")
_SPEECH_AFTER = compiled(r"^\s*(?:,\s*)?(?:" + "|".join(SPEECH_AFTER_NAME) + r")\b")
_SPEECH_BEFORE = compiled(r"\b(?:said|says|according\s+to)\s+$")
# after the name: ", 43," (an age), ", who", or a role in apposition (", a doctor at ...", ", head of GSEE")
_APPOSITION = compiled(r"^\s*,\s*(?:\d{1,3}\s*[,.]|who\s|(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(\w+)\b)")
_NEXT_WORD = compiled(r"^\s+([a-z]+)\b")
_PLACE_FIRST = frozenset(
    "north south east west central northern southern eastern western upper lower greater new san santa los las".split()
)
_POSSESSIVE = compiled(r"['\u2019]s?$")
_POSSESSIVE_WORD = compiled(r"\w['\u2019]s$")


def find_entities(text: str, sentences: Sequence[tuple[int, int]], aliases: Aliases) -> Iterator[Mention[Entity]]:
    """The names in the article ``text``, sentence by sentence, in order.

    ``sentences`` are the ``(start, end)`` spans to read (the body). A person's later short mention takes the
    canonical name of the first full mention it matches, unless two people of the article share that name
    ("Makaeo Williams" and "Jumaane Williams": "Williams" is either, so it is linked to neither).
    """
    people: dict[str, str] = {}  # a first or last name -> the full name it was first seen in
    shared: set[str] = set()  # names that two people have
    vessels: dict[str, str] = {}  # a vessel's name without its prefix -> its canonical name ("Vikrant")
    offices: dict[str, tuple[str, frozenset[str]] | None] = {}  # a role's last word -> (person, role words)
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        found: list[Mention[Entity]] = []
        for m in _RUN.finditer(sentence):
            first = m.start()
            if first and sentence[first - 1].isalnum():  # inside a word: the "G" of "4G", the "Phone" of "iPhone"
                blank = re.search(r"\s", sentence[first : m.end()])
                if not blank:
                    continue
                first += blank.end()  # "3B/2B Ty Wigginton": the name starts at the next word
            stop = _folded_end(sentence, first, m.end(), aliases)
            for start, end, entity in _entities(sentence, first, stop, aliases, people=people, vessels=vessels):
                if entity.type is EntityType.PERSON and entity.canonical == entity.name:
                    words = entity.name.split()
                    if len(words) > 1:
                        for w in (words[0], words[-1]):
                            _link(people, shared, w, words)
                if entity.type is EntityType.VESSEL:
                    vessels.setdefault(entity.canonical, entity.canonical)
                found.append(Mention(s_start + start, s_start + end, entity))
        found += _role_only(sentence, s_start, found, offices)
        found.sort(key=lambda mention: mention.start)
        yield from found
        for mention in found:
            _hold_office(offices, mention.fact)


def _hold_office(offices: dict[str, tuple[str, frozenset[str]] | None], entity: Entity) -> None:
    """Note who holds the role a person's mention gives ("former Governor Jane Smith": governor -> Jane Smith);
    a role word two people of the article have links to neither."""
    if entity.type is not EntityType.PERSON or not entity.role or entity.canonical != entity.name:
        return
    words = entity.role.lower().replace("\u2019", "'").split()
    head = words[-1]
    if head not in offices:
        offices[head] = (entity.canonical, frozenset(words))
        return
    held = offices[head]
    if held is not None and held[0] != entity.canonical:
        offices[head] = None


# "the former governor", "the city's police chief": a role without a name, after a person given that role
_ROLE_ONLY = compiled(r"\b[Tt]he((?:\s+[a-z]+(?:['\u2019]s)?){1,4})")
# after the role: a name ("the police chief, Charles Craft") makes it that name's; "of" says which office it is
# ("the director of a successful first picture"), not that it is the article's holder's
_NAME_NEXT = compiled(r"\s*,?\s*[A-Z]|\s+of\b")
# words that may stand before the role word besides the role's own: time and the place the office is of
_ROLE_MODIFIERS = frozenset(
    """former then acting interim city's town's county's state's country's nation's district's village's
    department's agency's company's club's team's""".split()
)


_NON_SPACE = LazyPattern(r"\S+")


def _role_only(
    sentence: str,
    s_start: int,
    found: Sequence[Mention[Entity]],
    offices: Mapping[str, tuple[str, frozenset[str]] | None],
) -> list[Mention[Entity]]:
    """Mentions of a person by the role alone: "the former governor" after "former Governor Jane Smith". The last
    word must be the last word of one person's role in the article so far, and the words before it words of that
    role or of ``_ROLE_MODIFIERS``; a role followed by a name is that name's ("the police chief, Charles Craft"), and
    one followed by "of" is some other office ("the director of a successful first picture").

    On the first four articles of each ECB+ event folder this links 36 mentions; of 11 read, 11 are right ("the
    governor" for Sarah Palin, "the deputy" for the murdered deputy Jerry Ortiz, "the president" for Nixon)."""
    out: list[Mention[Entity]] = []
    for m in _ROLE_ONLY.finditer(sentence):
        tokens = list(_NON_SPACE.finditer(m.group(1)))
        words = [t.group(0).replace("\u2019", "'") for t in tokens]
        for n in range(len(words), 0, -1):  # the longest phrase that ends in a role word
            held = offices.get(words[n - 1])
            if held and all(w in held[1] or w in _ROLE_MODIFIERS for w in words[: n - 1]):
                break
        else:
            continue
        end = m.start(1) + tokens[n - 1].end()
        if _NAME_NEXT.match(sentence, end) or any(
            f.start < s_start + end and s_start + m.start() < f.end for f in found
        ):
            continue
        phrase = sentence[m.start() : end]
        role = phrase.split(maxsplit=1)[1]
        out.append(Mention(s_start + m.start(), s_start + end, Entity(phrase, EntityType.PERSON, held[0], role)))
    return out


_LOWER_WORD = compiled(r"\s+[a-z][\w'\u2019-]*")


def _folded_end(sentence: str, start: int, end: int, aliases: Aliases) -> int:
    """Where a name ends that goes on in lower case: "the International Monetary fund" is the alias data's
    "International Monetary Fund" with a word written in lower case (up to two such words are tried, the longer
    name first). Without such a name in the alias data, the name ends where its capitalised words do."""
    ends = []
    at = end
    for _ in range(2):
        m = _LOWER_WORD.match(sentence, at)
        if not m:
            break
        at = m.end()
        ends.append(at)
    for candidate in reversed(ends):
        if " ".join(sentence[start:candidate].split()).lower() in aliases.folded:
            return candidate
    return end


def _link(people: dict[str, str], shared: set[str], word: str, words: Sequence[str]) -> None:
    """Link the short name ``word`` to the full name ``words``, or to no one when another person has it (the
    same first and last words are the same person: "Jumaane D. Williams" is "Jumaane Williams")."""
    if word in shared:
        return
    known = people.setdefault(word, " ".join(words)).split()
    same_place = (known[0] == word) == (words[0] == word)  # a last name twice, or a first name twice
    if same_place and (known[0], known[-1]) != (words[0], words[-1]) and _given(known[0]) and _given(words[0]):
        del people[word]
        shared.add(word)


def _given(word: str) -> bool:
    """The first word of a person's name may be a given name: not an acronym or a title ("ADA Fairman", "Insp
    Gaskin")."""
    low = word.lower()
    return not (word.isupper() or _is_role_word(low) or low.rstrip(".") in ABBREVIATIONS or _not_a_name(word))


def _entities(
    sentence: str, start: int, end: int, aliases: Aliases, *, people: Mapping[str, str], vessels: Mapping[str, str]
) -> Iterator[tuple[int, int, Entity]]:
    tokens = _tokens(sentence, start, end)
    # Leading words that are not names: "The", a sentence-initial "In", a weekday.
    while tokens and _not_a_name(tokens[0][2]):
        tokens = tokens[1:]
    while tokens and _not_a_name(tokens[-1][2]):
        tokens = tokens[:-1]
    if not tokens:
        return
    for part in _split_joined(tokens, aliases):
        yield from _entity(sentence, part, aliases, people, vessels)


def _not_a_name(word: str) -> bool:
    """A capitalised common word ("The", "Officials"); an initialism in capitals ("US") is a name."""
    return word.lower().rstrip(".") in _NOT_NAMES and not (len(word) > 1 and word.isupper())


def _tokens(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group(0)) for m in _NON_SPACE.finditer(sentence[start:end])]


def _split_joined(tokens: list[tuple[int, int, str]], aliases: Aliases) -> list[list[tuple[int, int, str]]]:
    """Split a run at "and"/"of"/"for"/"on" unless the whole run is a known name or an organisation's or a
    place's ("Securities and Exchange Commission", "Gulf of Aden"); "Obama and Papandreou" is two names."""
    in_title = _title_positions([t[2] for t in tokens], aliases)  # "Secretary of State" stays whole
    joiners = [
        i
        for i, t in enumerate(tokens)
        if i not in in_title
        and (t[2] in ("and", "of", "for", "on") or (t[2] == "the" and i and tokens[i - 1][2] == "of"))
    ]
    # a possessive ends a name: "George Papandreou's Socialists", "Sudan's President Omar al-Bashir"
    owner = next((i for i, t in enumerate(tokens[:-1]) if _POSSESSIVE_WORD.search(t[2])), None)
    if owner is not None and not aliases.lookup(" ".join(t[2] for t in tokens)):
        first_part, rest = tokens[: owner + 1], tokens[owner + 1 :]
        if not (
            len(first_part) == 1
            and aliases.lookup(_POSSESSIVE.sub("", first_part[0][2]))
            and _starts_title(rest, aliases)
        ):
            return [*_split_joined(first_part, aliases), *_split_joined(rest, aliases)]
    if not joiners:
        return [tokens]
    whole = " ".join(t[2] for t in tokens)
    first, last = tokens[0][2].lower(), _POSSESSIVE.sub("", tokens[-1][2]).lower()
    keyword = {first, last} & (ORGANISATION_WORDS | PLACE_WORDS)
    # "U.S. and European Union" is two names: the part before "and" is a known name of its own
    two_known = any(tokens[i][2] == "and" and aliases.lookup(" ".join(t[2] for t in tokens[:i])) for i in joiners)
    if keyword and not two_known and not aliases.lookup(whole) and _person_of_organisation(tokens, joiners):
        of = joiners[0]  # "Adebayo Chinedu Okafor of the National Disaster Mitigation Agency": a person, then where
        rest = tokens[of + 1 :]
        rest = rest[1:] if rest and rest[0][2] == "the" else rest
        return [tokens[:of], *_split_joined(rest, aliases)] if rest else [tokens[:of]]
    if aliases.lookup(whole) or (keyword and not two_known):
        return [tokens]
    parts: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for i, t in enumerate(tokens):
        if i in joiners:
            if current:
                parts.append(current)
            current = []
        else:
            current.append(t)
    if current:
        parts.append(current)
    return parts


def _person_of_organisation(tokens: list[tuple[int, int, str]], joiners: list[int]) -> bool:
    """Whether a run that ends like an organisation or a place starts with a person's name and "of": two or three
    words before the first "of", none of them an organisation's, a place's or a title's word ("Larry Kroon of the
    Wasilla Bible Church"; not "Bank of England", "Gulf of Aden", "Federal Bureau of Investigation")."""
    if tokens[joiners[0]][2] != "of" or not 2 <= joiners[0] <= 3:
        return False
    before = [t[2] for t in tokens[: joiners[0]]]
    return all(
        w[:1].isupper() and w.lower() not in ORGANISATION_WORDS | PLACE_WORDS and not _is_role_word(w) for w in before
    )


def _starts_title(tokens: list[tuple[int, int, str]], aliases: Aliases) -> bool:
    """Whether ``tokens`` open with a title: "President ..." (then "Japan's" before it is an affiliation)."""
    words = [t[2].lower() for t in tokens]
    return any(" ".join(words[:n]) in aliases.titles for n in (1, 2, 3, 4)) or (bool(words) and words[0] in ROLE_NOUNS)


def _title_positions(words: list[str], aliases: Aliases) -> set[int]:
    """Positions of the words that are part of a title of several words ("Secretary of State")."""
    out: set[int] = set()
    for i in range(len(words)):
        for n in (4, 3):
            if " ".join(words[i : i + n]).lower() in aliases.titles:
                out |= set(range(i, i + n))
    return out


def _ends_with_title(words: list[str], aliases: Aliases) -> bool:
    """ "Japan's Prime Minister", "the Foreign Minister": a title with no name after it."""
    return any(" ".join(words[-n:]).lower() in aliases.titles for n in (1, 2, 3, 4) if n <= len(words)) or (
        words[-1].lower() in ROLE_NOUNS
    )


def _entity(
    sentence: str,
    tokens: list[tuple[int, int, str]],
    aliases: Aliases,
    people: Mapping[str, str],
    vessels: Mapping[str, str],
) -> Iterator[tuple[int, int, Entity]]:
    words = [t[2] for t in tokens]
    prefixed = _prefixed(sentence, tokens, aliases)
    if prefixed is not None:  # "INS Vikrant", "Indian INS Vikrant": a vessel, whatever its words are
        yield from prefixed
        return
    if _ends_with_title(words, aliases):  # a title with no name: only its affiliation is a name
        yield from _known(tokens, aliases)
        return
    # Peel titles, roles and an affiliation off the front: "US President Barack Obama", "Greek PM George Papandreou".
    role_end = _role_end(words, aliases)
    role_words, name_tokens = words[:role_end], tokens[role_end:]
    affiliations = list(_known(tokens[:role_end], aliases))
    yield from affiliations
    affiliation = affiliations[-1][2].canonical if affiliations else None
    if not name_tokens:
        return
    n_start = name_tokens[0][0]
    n_end = name_tokens[-1][1]
    name = sentence[n_start:n_end]
    stripped = _POSSESSIVE.sub("", name).rstrip(".,") if not name.endswith(".") or " " in name else name
    if stripped != name:
        n_end = n_start + len(stripped)
        name = stripped
    if not name or _not_a_name(name):
        return
    role = _role(role_words, aliases)
    span_start = tokens[0][0] if role_words else n_start
    before = sentence[:span_start]
    if role is None:
        lower_role = _role_before(before)
        if lower_role is not None:
            role, span_start = lower_role[0], lower_role[1]
    after = sentence[n_end:]
    kind_canonical = _classify(
        name, role, sentence, n_start, before=before, after=after, aliases=aliases, people=people, vessels=vessels
    )
    if kind_canonical is None:
        return
    kind, canonical = kind_canonical
    following = _NEXT_WORD.match(after)
    if (
        kind is EntityType.ORGANISATION
        and canonical == name
        and following
        and following.group(1) in ORGANISATION_WORDS - _MEETINGS
    ):
        n_end += following.end()  # "Woodburn police", "the Bush administration": the organisation is the two words
        name = canonical = sentence[n_start:n_end]
    if kind is not EntityType.PERSON and role is not None and not role_words:
        span_start = n_start  # "the agency official" before an organisation is not its role
        role = None
    yield span_start, n_end, Entity(name, kind, canonical, role, affiliation if kind is EntityType.PERSON else None)


_WORD_BEFORE = compiled(r"([A-Za-z][\w'\u2019-]*)\s*$")


def _inside_noun_phrase(before: str) -> bool:
    """Whether the name modifies the common noun after it inside a description: the word before it is a lower-case
    word that is not a function word ("an office Christmas party", "a nationwide 4G network"), or "a"/"an" ("died
    at a Los Angeles hospital": some hospital there, not one named)."""
    m = _WORD_BEFORE.search(before)
    if not m or not m.group(1).islower():
        return False
    word = m.group(1)
    return word in ("a", "an") or (word not in STOPWORDS and word not in _NOT_NAMES)


_NOUN_BEFORE = compiled(r"\b([a-z]+)\s+$")


def _presented_as_person(before: str, after: str) -> bool:
    """A reporting verb beside the name, or an age after it: "MS Dhoni said", "MV Rao, 54," are people."""
    return bool(_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before) or _AGE_AFTER.match(after))


_AGE_AFTER = compiled(r"^\s*,\s*\d{1,3}\s*[,.]")


def _prefixed(
    sentence: str, tokens: list[tuple[int, int, str]], aliases: Aliases
) -> list[tuple[int, int, Entity]] | None:
    """A name that opens with a prefix of the alias data ("INS Vikrant", "MV Aurora", "USS Cole"), after any names
    the alias data knows ("Indian INS Vikrant"): the named thing, its canonical name without the prefix, and those
    names before it. ``None`` when there is no prefix, or the name is presented as a person's ("MS Dhoni said":
    initials, not a motor ship)."""
    words = [_POSSESSIVE.sub("", t[2]) for t in tokens]
    at = next((i for i, w in enumerate(words[:-1]) if w in aliases.prefixes and words[i + 1][:1].isupper()), None)
    if at is None or not all(aliases.lookup(w) for w in words[:at]):
        return None
    start, end = tokens[at][0], tokens[-1][1]
    name = _POSSESSIVE.sub("", sentence[start:end]).rstrip(".,")
    end = start + len(name)
    if _presented_as_person(sentence[:start], sentence[end:]):
        return None
    canonical = name[len(words[at]) :].strip()
    return [*_known(tokens[:at], aliases), (start, end, Entity(name, aliases.prefixes[words[at]], canonical))]


def _known(tokens: list[tuple[int, int, str]], aliases: Aliases) -> Iterator[tuple[int, int, Entity]]:
    """The single words of ``tokens`` that the alias data knows: "US" in "US President", "Japan's"."""
    for start, _, word in tokens:
        bare = _POSSESSIVE.sub("", word)
        known = aliases.lookup(bare)
        if known:
            yield start, start + len(bare), Entity(bare, known[1], known[0])


def _role_end(words: list[str], aliases: Aliases) -> int:
    """How many leading words are titles, roles or an affiliation, leaving at least one word of name."""
    end = 0
    i = 0
    while i < len(words) - 1:
        matched = 0
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + n]).lower()
            if i + n < len(words) and (phrase in aliases.titles or (n == 1 and _is_role_word(phrase))):
                matched = n
                break
        if matched:
            i += matched
            end = i
            continue
        if aliases.lookup(_POSSESSIVE.sub("", words[i])) and i + 1 < len(words) - 1:
            i += 1  # an affiliation before a title: "US President", "Japanese PM"
            continue
        if end == 0 and i + 1 < len(words) - 1 and words[i][:1].isupper():
            i += 1  # an organisation before a title: "Palmer Public Safety Director Jon Cooper"
            continue
        break
    return end


def _is_role_word(word: str) -> bool:
    w = word.rstrip(".")
    return w in ROLE_NOUNS or w in HONORIFICS or word in HONORIFICS


def _role(role_words: list[str], aliases: Aliases) -> str | None:
    """The canonical title ("PM" -> "Prime Minister") or the role as written; honorifics are not roles."""
    words = [
        w
        for w in role_words
        if w.lower().rstrip(".") not in HONORIFICS
        and (w.lower() in _ROLE_GROUPS or not aliases.lookup(_POSSESSIVE.sub("", w)))
    ]
    if not words:
        return None
    phrase = " ".join(words)
    return aliases.titles.get(phrase.lower(), phrase)


_ROLE_BEFORE = compiled(r"((?:[A-Za-z][\w-]*\s+){0,3}?([a-z][\w-]*))\s+$")


def _role_before(before: str) -> tuple[str, int] | None:
    """A lower-case role phrase right before the name: "disaster agency official Fauzi" -> "disaster agency
    official", and where it starts in the sentence."""
    m = _ROLE_BEFORE.search(before, _role_search_start(before))
    if not m or m.group(2) not in ROLE_NOUNS:
        return None
    words = m.group(1).split()
    for i in range(len(words) - 2, -1, -1):  # the role phrase stops at a function word or a verb ("is led by")
        w = words[i].lower()
        if w in STOPWORDS or (w in _NOT_NAMES and w not in _ROLE_GROUPS) or w in _STOP or w.endswith("ed"):
            words = words[i + 1 :]
            break
    if not words:
        return None
    phrase = " ".join(words)
    return phrase, m.end(1) - len(phrase)


def _role_search_start(before: str) -> int:
    """Where a match of ``_ROLE_BEFORE`` can first start: it is at most four words (no blank inside) with the blank
    runs between them, and ends with the blank run at the end, so it starts after the fifth blank run from the end
    (where rsplit's first part ends; ``str.split`` and ``\\s`` take the same characters for blanks). The search
    starts there, not at the top of a long sentence, and finds the same match."""
    parts = before.rsplit(maxsplit=4)
    return len(parts[0]) if len(parts) == 5 else 0


_STOP = frozenset("said says told by of to with his her their its former new local a an the".split())


_ACRONYM = LazyPattern(r"[A-Z]{2,6}")


def _classify(
    name: str,
    role: str | None,
    sentence: str,
    n_start: int,
    *,
    before: str,
    after: str,
    aliases: Aliases,
    people: Mapping[str, str],
    vessels: Mapping[str, str],
) -> tuple[EntityType, str] | None:
    known = aliases.lookup(name)
    if known:
        return known[1], known[0]
    words = name.split()
    linked = {people.get(w) for w in words}
    if len(words) <= 2 and len(linked) == 1 and None not in linked:
        return EntityType.PERSON, people[words[-1]]  # "Papandreou", "George Papandreou" again, "Barack Obama"
    if name in vessels:
        return EntityType.VESSEL, vessels[name]  # "the Vikrant" after "INS Vikrant", "Aurora" after "MV Aurora"
    noun = _NOUN_BEFORE.search(before)
    if role is None and noun and noun.group(1) in aliases.nouns and not _AGE_AFTER.match(after):
        # "the merchant vessel Aurora", "cruise operator Hapag-Lloyd said": a company speaks too
        return aliases.nouns[noun.group(1)], name
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 1 and (last in ORGANISATION_WORDS or last in PLACE_WORDS):
        return None  # "Avenue", "Police" alone: a common noun capitalised
    if last in ORGANISATION_WORDS or first in ("university", "bank", "ministry", "department", "office"):
        return EntityType.ORGANISATION, name
    if last in PLACE_WORDS or first in ("gulf", "bay", "lake", "mount", "port", "cape", "isle"):
        return EntityType.PLACE, name
    if any(w.lower() in _INSTITUTIONAL for w in words[:-1]):
        return EntityType.ORGANISATION, name  # "Republican National Convention", "Federal Prisoners"
    acronym = bool(_ACRONYM.fullmatch(name))  # "GSEE", but also "USB", "DWI": typed only by context
    if acronym and not (_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before)):
        return None
    following = _NEXT_WORD.match(after)
    if following and following.group(1) in PLACE_WORDS:
        return EntityType.PLACE, name  # "Lake Verna district"
    # "an office Christmas party", "a Wells Fargo bank branch": the name modifies a common noun in a description; it
    # is no organisation by that noun, nor a person by its plain capitalised words
    modifier = bool(following and following.group(1) in ORGANISATION_WORDS) and (
        _inside_noun_phrase(before) or name.lower() in _HOLIDAYS
    )
    if following and following.group(1) in ORGANISATION_WORDS and not modifier:
        return EntityType.ORGANISATION, name  # "Surrey police", "the Bush administration" (read with it: _entity)
    if first in _PLACE_FIRST and len(words) > 1:
        return EntityType.PLACE, name  # "North Sumatra", "New Delhi", "San Diego"
    sentence_initial = not sentence[:n_start].strip(" \"'\u201c\u2018(")
    if role is None and _PLACE_PREPOSITIONS.search(before):
        return EntityType.PLACE, name  # "in Verna, said Okafor": the clause ends there, the speaker comes after
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        return (EntityType.ORGANISATION if acronym else EntityType.PERSON), name
    if role is not None:
        return EntityType.PERSON, name
    apposition = _APPOSITION.match(after)
    if apposition and (apposition.group(1) is None or apposition.group(1).lower() in ROLE_NOUNS):
        # ", 43," or ", who" or ", a doctor": a person (a place or an institution has been typed above)
        return EntityType.PERSON, name
    if _PLACE_PREPOSITIONS.search(before):
        return EntityType.PLACE, name
    plain = all(w[:1].isupper() and w[1:].islower() for w in words)
    if 2 <= len(words) <= 3 and not sentence_initial and plain and not modifier:
        return EntityType.PERSON, name  # "Ema Suryani": two or three plain capitalised words mid-sentence
    return None
