"""Direct quotations and who said them.

Quotes are found per paragraph (line) with straight or curly double marks; curly marks may nest. A quote may
run over several sentences, and one left open at the end of a paragraph runs to the end of it. It goes on over
the following lines that have no mark at all when the first mark after them closes it (``...," the officer
said.``), as in text written a sentence a line, or into a quote that opens the next paragraph, as news style
writes a quote that runs over paragraphs; its parts are then one quotation with one speaker. Marks that are not
quotations are skipped: an inch mark (``the 17" model``) and a short title-case phrase with no attribution,
which is a nickname or a title (``Vincent "The Chin" Gigante``, ``the "American Pie" star``).

The speaker comes from the attribution after or before the quote (see :mod:`crosscheck.claims.speakers`),
including "according to X" / "as per X", a reporting clause before a partial quote, and "X said:" ending the
paragraph before. A pronoun ("he said") is resolved to the nearest named person only where that is safe (see
:class:`_Resolver`); "they", "it" and "we" stay unresolved. A quote paragraph with no attribution of its own goes
on in the voice of whoever speaks just before it ("..., Kroon said." / "He explained that ..." / a quote), when
no one new comes in between; one that ends in a comma with words after it has an attribution, if one not read
here, and goes on in nobody's. "A statement said" speaks for whoever was just named as saying something. With
the article's entities, a speaker is given by the person's full name ("Kroon" -> "Larry Kroon"), and "the
sheriff" by the one person named before with that role.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from crosscheck.claims.speakers import (
    INDEFINITE,
    PRONOUNS,
    STOP_CAPS,
    Span,
    Token,
    is_cap,
    reporter_of,
    speaker_after,
    speaker_before,
    tokenize,
)
from crosscheck.model import Entity, EntityType, Mention, Quote
from crosscheck.patterns import LazyPattern
from crosscheck.sentences import ABBREVIATIONS
from crosscheck.text import STOPWORDS
from crosscheck.wordlists import HONORIFICS, REPORTING_VERBS, ROLE_NOUNS

_OPEN = "\u201c"
_CLOSE = "\u201d"
# A quotation that ends an utterance, so an attribution may follow it: a comma, a sentence end or a dash just
# inside the closing mark, or a nested quote's ("...," he said / "...?" asked X / "... 'wild,' " he said), or a
# comma just after the closing mark.
_UTTERANCE_END = LazyPattern(r"[,.!?\u2014-]\s*(?:['\u2019]\s*)?[\"\u201d]$")
_COMMA_AFTER = LazyPattern(r"\s*,")
# A document as the speaker: "a statement", "the press release"; it speaks for whoever issued it.
_DOCUMENT = LazyPattern(
    r"(?:[Aa]n?|[Tt]he) (?:(?:joint|written|brief|short|separate|earlier|press|news) )?"
    r"(?:statement|release|communiqu[e\u00e9])"
)
# A line that ends in a title, as a sentence splitter may cut "the Rev. Larry Kroon".
_TITLE_AT_END = LazyPattern(
    r"\b(?:Rev|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Prof|Insp|Det|Supt|Atty|Dist|Msgr|Fr|Hon)\.\s*$"
)
_COMMA_END = LazyPattern(r",\s*(?:['\u2019]\s*)?[\"\u201d]$")  # a quotation ending in a comma: an attribution follows
# Small words a title keeps in lower case: "The Boy From Oz", "Do You Feel It?", "Love Won Out Conference".
_TITLE_SMALL = frozenset("a an the and or nor but of in on at to for from with by as vs".split())
# One-word quotations that are answers or exclamations, never titles or nicknames.
_ANSWERS = frozenset(
    """yes no never why what who how okay ok right thanks sorry please help nothing nobody enough absolutely
    exactly maybe amen wow goodbye hello""".split()
)
# Words that mark a speaker's gender, for resolving "he" and "she".
_FEMALE = frozenset(
    "she her mrs ms miss spokeswoman woman women girl mother sister wife wives daughter actress queen lady".split()
)
_MALE = frozenset("he him mr spokesman man boy father brother husband son king sir lord".split())
# A named speaker ending in one of these words is an organisation, never "he" or "she".
_ORGANISATION = frozenset(
    """police house ministry department agency office company inc corp reuters post times news press network
    service services council committee government court bureau association union party group bank university
    center centre army navy forces guard patrol authority commission survey institute foundation church club
    team reporter magazine journal statement report readout board administration""".split()
)
# Common nouns that name a person, so a nominal speaker ("the officer") can be "he" or "she" later.
_PERSON_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official minister president chief leader witness resident doctor officer
    mayor friend neighbor neighbour brother sister mother father son daughter wife husband agent lawyer attorney
    prosecutor judge coach manager director publicist rep man woman boy girl teacher student worker star actor
    actress commander governor senator sheriff detective captain owner founder chairman chairwoman photographer
    reporter journalist correspondent editor writer author producer player executive professor""".split()
)
_MAX_RESOLVE_DISTANCE = 1500  # characters between a speaker and the pronoun that may refer back to them
# A verb of saying, as a whole word.
_SAYING = LazyPattern(r"\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b")
# A verb of saying that is not about words here: "Hillis added 101 yards".
_NOT_SAYING = LazyPattern(r"\s+\d")
# "Mangoni said he asked ...": the reporter is a "he".
_SAID_PRONOUN = LazyPattern(r"\s+(?:that\s+)?(he|she)\b")
# A run of capitalised words, as a name is written: "Matt Smith", "Department of Justice".
_RUN_CHAR = LazyPattern(r"[\w'\u2019. \t-]")  # the characters of a run of capitalised words in _People._shared
_NAME_RUN = LazyPattern(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+)?[A-Z][\w'\u2019.-]*)*")
# The word that ends a text (group 1); none when it ends with a mark: a name after it starts a clause.
_WORD_BEFORE = LazyPattern(r"(\w+)$")
# After these a name is the subject of a new clause: "..., though Moffat hinted", "and Smith added".
_CLAUSE_OPENERS = frozenset(
    """and but or though although while when whereas as after before because since so then yet that who which
    whom where if unless until""".split()
)
# The first word of a sentence (group 1) and the up to five words after it (group 2): at the start of a
# paragraph or after a sentence end, past any opening quotation mark.
_MAX_MIDDLE_LINES = 8  # lines with no mark inside a quotation that runs over lines
# A line that goes on about someone already named: "He would not specify how many ..."
_PRONOUN_SUBJECT = LazyPattern(r"\s*(?:He|She)\s+[a-z]")
# Capitalised words before a surname that are no first name: "Mr.", "Sheriff", "But", "Later".
_NOT_FIRST_NAMES = STOP_CAPS | STOPWORDS | HONORIFICS | ROLE_NOUNS
# A word written as a given name is ("Jumaane", "Jean-Pierre"; not "Merkel-" in "the Merkel- Sarkozy meeting").
_GIVEN_NAME = LazyPattern(r"[A-Z][A-Za-z'\u2019-]*[a-z]")
_INITIALS = LazyPattern(r"(?:[A-Z]\.){2,3}")
# Lower-case words inside names: "Osama bin Laden", "Nicolas de Caritat", "Bank of England".
_NAME_PARTICLES = frozenset("of the de del della da di du van von der den bin ibn al el la le y".split())
# The text so far ends where a sentence starts.
_SENTENCE_OPENING = LazyPattern(r"(?:\A|[.!?][\"\u201d\u2019']?\s+|\n)[\"\u201c\s]*\Z")
# "the sheriff", "The fire chief": a role that may be linked to the one person named with it before.
_ROLE_SPEAKER = LazyPattern(r"[Tt]he (?:[a-z][\w-]* ){0,2}(?:" + "|".join(sorted(ROLE_NOUNS)) + r")")
# Where a sentence ends: a full stop, question or exclamation mark (and a closing mark) before a space, or a line.
_SENTENCE_END = LazyPattern(r"[.!?]['\"\u201d\u2019]?(?:\s|$)|\n")
_SENTENCE_START = LazyPattern(
    r"(?:^|[.!?][\"\u201d\u2019]?[ \t]+)[ \t\"\u201c]*([A-Z][\w'\u2019.-]*)((?:[ \t,]+[\w'\u2019.-]+){0,5})", re.M
)


class _Part(NamedTuple):
    """A quoted stretch of one line; a quotation may run over several lines in parts."""

    start: int  # in the line
    end: int
    state: str  # "closed"; "open" (runs to the end of its line unclosed); "carried" (closes one carried over);
    # "middle" (a whole line inside a quotation carried over)


_LETTER = LazyPattern(r"[A-Za-z]")


def find_quotes(text: str, entities: Sequence[tuple[int, int, Entity]] = ()) -> Iterator[Mention[Quote]]:
    """Each quotation of the article ``text``; the span includes the quotation marks.

    ``entities`` (the article's names, from :func:`crosscheck.claims.entities.find_entities`) let a speaker be
    given by the full name of the person: "Kroon" -> "Larry Kroon", "the sheriff" -> "Lee Baca".
    """
    lines = _Lines(text)
    people = _People(text, entities)
    resolver = _Resolver(text, people)
    groups = _groups(lines)
    resolver.quoted = [(lines.pos[n] + p.start, lines.pos[n] + p.end) for group in groups for n, p in group]
    for group in groups:
        parts = [(n, p) for n, p in group if _LETTER.search(lines.text[n][p.start : p.end])]
        if not parts:
            continue
        found = _group_attribution(lines, parts)
        n0, p0 = parts[0]
        line0 = lines.text[n0]
        marked = line0[p0.start] in '"\u201c' and line0[p0.end - 1] in '"\u201d'
        whole = len(parts) == 1 and p0.state == "closed" and marked
        if found is None and whole and _is_title(line0[p0.start : p0.end].strip('"\u201c\u201d ')):
            continue  # a nickname or a title, not a quotation
        end = lines.pos[parts[-1][0]] + parts[-1][1].end
        speaker: str | None = None
        s_start: int | None = None
        s_end: int | None = None
        if found is not None:
            said = " ".join(text[found[0] : found[1]].split())
            if said.lower() in PRONOUNS:
                speaker = resolver.resolve(said.lower(), found[0], found[1])
            else:
                speaker, s_start, s_end = people.full(said, *found), found[0], found[1]
                if _DOCUMENT.fullmatch(said):  # "a statement said", after "..., France Telecom said."
                    speaker = resolver.issuer(lines.window(n0), found[0]) or speaker
                resolver.named(speaker, max(found[1], end))
        elif _opens_paragraph(line0, p0.start) and not _unread_attribution(lines, parts[-1]):
            speaker = resolver.continues(lines.pos[n0] + p0.start, end, lines.window(n0))
        for n, p in parts:
            words = lines.text[n][p.start : p.end].strip('"\u201c\u201d ')
            start = lines.pos[n] + p.start
            yield Mention(start, lines.pos[n] + p.end, Quote(words, speaker, s_start, s_end))


class _Lines:
    """The lines (paragraphs) of a text, with where each starts and, when asked, its tokens."""

    def __init__(self, text: str) -> None:
        self.text = text.split("\n")
        self.pos = list(itertools.accumulate((len(line) + 1 for line in self.text[:-1]), initial=0))
        self._tokens: dict[int, tuple[list[Token], list[int]]] = {}

    def tokens(self, n: int) -> tuple[list[Token], list[int]]:
        if n not in self._tokens:
            toks = tokenize(self.text[n])
            self._tokens[n] = toks, [t.start for t in toks]
        return self._tokens[n]

    def previous(self, n: int) -> int | None:
        """The line before line ``n`` that is not blank."""
        n -= 1
        while n >= 0 and not self.text[n].strip():
            n -= 1
        return n if n >= 0 else None

    def window(self, n: int) -> int:
        """Where the text that a quote paragraph on line ``n`` may go on from starts: the line before it, or the
        one before that when the line before only goes on about the same person ("He would not specify ...")."""
        before = self.previous(n)
        if before is None:
            return self.pos[n]
        if _PRONOUN_SUBJECT.match(self.text[before]) and (further := self.previous(before)) is not None:
            return self.pos[further]
        return self.pos[before]


def _groups(lines: _Lines) -> list[list[tuple[int, _Part]]]:
    """The quotations of the text in order, each as its parts ``(line, part)``.

    A quotation left open at the end of a line goes on over the lines with no mark at all after it, when the
    first mark after them closes it (``...," he said.``); or into a quotation that opens the next line, as
    news style writes a quotation that runs over paragraphs.
    """
    groups: list[list[tuple[int, _Part]]] = []
    carried: list[tuple[int, _Part]] | None = None  # the open quotation, with its parts so far
    middles: list[tuple[int, _Part]] = []
    for n, line in enumerate(lines.text):
        if not ('"' in line or _OPEN in line or _CLOSE in line):
            stripped = line.strip()
            if carried is not None and stripped and len(middles) < _MAX_MIDDLE_LINES:
                lead = len(line) - len(line.lstrip())
                middles.append((n, _Part(lead, lead + len(stripped), "middle")))
            elif stripped:
                carried, middles = None, []
            continue
        toks, starts = lines.tokens(n)
        parts = _quote_spans(line, toks, starts)
        for k, part in enumerate(parts):
            first = k == 0
            if (
                first
                and carried is not None
                and (part.state == "carried" or (not middles and part.start == len(line) - len(line.lstrip())))
            ):
                carried.extend(middles)
                carried.append((n, part))
            else:
                groups.append([(n, part)])
            carried = groups[-1] if part.state == "open" else None
            middles = []
        if not parts:
            carried, middles = None, []
    return groups


def _group_attribution(lines: _Lines, parts: Sequence[tuple[int, _Part]]) -> Span | None:
    """Where the speaker of a quotation is named (offsets in the text): a name before a pronoun, the first
    attribution before a later one; for a quotation that opens a line, "X said:" ending the line before."""
    pronoun = None
    for n, part in parts:
        if part.state == "middle":
            continue
        line = lines.text[n]
        toks, starts = lines.tokens(n)
        found = _attribution(line, toks, starts, part.start, part.end)
        if found is None and n + 1 < len(lines.text) and _TITLE_AT_END.search(line, part.end):
            line = line + "\n" + lines.text[n + 1]  # '"...," the Rev.' / 'Larry Kroon said ...': split at a title
            toks = tokenize(line)
            found = _attribution(line, toks, [t.start for t in toks], part.start, part.end)
        if found is None:
            continue
        span = lines.pos[n] + found[0], lines.pos[n] + found[1]
        if line[found[0] : found[1]].lower() not in PRONOUNS:
            return span
        pronoun = pronoun or span
    if pronoun is not None:
        return pronoun
    n, part = parts[0]
    before = lines.previous(n)
    if before is not None and lines.text[before].rstrip().endswith(":") and not lines.text[n][: part.start].strip():
        toks, _ = lines.tokens(before)
        found = speaker_before(toks, len(toks))
        if found is not None:
            return lines.pos[before] + found[0], lines.pos[before] + found[1]
    return None


def _unread_attribution(lines: _Lines, last: tuple[int, _Part]) -> bool:
    """The quotation ends in a comma and words follow: an attribution is there, though not one read here
    ('"He\'s crazy like a fox," Mr. Gravano quoted Mr. Gotti as saying'), so it does not go on in anyone's voice."""
    n, part = last
    line = lines.text[n]
    return bool(_COMMA_END.search(line[part.start : part.end])) and bool(line[part.end :].strip())


def _opens_paragraph(line: str, start: int) -> bool:
    """A quotation at ``line[start:]`` opens its line or a sentence: what a quote paragraph looks like."""
    before = line[:start].rstrip()
    return not before or before[-1] in ".!?"


def _quote_spans(line: str, toks: Sequence[Token], starts: Sequence[int]) -> list[_Part]:
    spans: list[_Part] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch in '"\u201d' and not spans and _closes_carried_quote(line, i, toks, starts):
            spans.append(_Part(0, i + 1, "carried"))  # closes a quote carried over from the paragraph before
            i += 1
        elif ch == '"' and not _is_inch_mark(line, i):
            j = line.find('"', i + 1)
            if j < 0 and _CLOSE in line[i + 1 :]:
                j = line.find(_CLOSE, i + 1)
            i = _add(spans, i, j + 1 if j >= 0 else len(line), j < 0)
        elif ch == _OPEN:
            close = _curly_end(line, i)
            i = _add(spans, i, close, close == len(line) and line[-1] != _CLOSE)
        else:
            i += 1
    return spans


def _add(spans: list[_Part], start: int, end: int, unclosed: bool) -> int:
    if end - start > 2:
        spans.append(_Part(start, end, "open" if unclosed else "closed"))
    return end


def _curly_end(line: str, i: int) -> int:
    """The end of the curly quote opening at ``i``: after its matching close, counting nested pairs.

    When the marks do not pair up (some exports reverse or drop them), the first closing mark ends the quote,
    or the end of the paragraph when there is none.
    """
    depth = 0
    for m in re.finditer("[\u201c\u201d]", line[i:]):
        depth += 1 if m.group() == _OPEN else -1
        if depth == 0:
            return i + m.end()
    j = line.find(_CLOSE, i + 1)
    return j + 1 if j >= 0 else len(line)


def _is_inch_mark(line: str, i: int) -> bool:
    """A straight mark after a number measures inches: 17" or, as some exports space it, 17 "model."""
    if line[i - 1 : i].isdigit():
        return True
    return line[i - 2 : i - 1].isdigit() and line[i - 1] == " " and '"' not in line[i + 1 :]


def _closes_carried_quote(line: str, i: int, toks: Sequence[Token], starts: Sequence[int]) -> bool:
    """The first mark of a paragraph, after its first sentence, closes a quote opened in the paragraph before.

    It does when no mark opens before it and no straight mark follows, when it comes after a comma or a sentence
    end, and when white space or an attribution follows it (``...," he said`` / ``...," the officer said``; not
    ``... "He said no``).
    """
    if i == 0 or line[:i].rstrip()[-1:] not in ",.!?" or '"' in line[:i] or _OPEN in line[:i]:
        return False
    if line[i] == '"' and '"' in line[i + 1 :]:
        return False
    if line[i + 1 : i + 2].isspace() or i + 1 == len(line):
        return True
    found = speaker_after(toks, bisect.bisect_left(starts, i + 1))
    return found is not None and line[found[0] : found[1]] not in ("He", "She", "They", "It", "We", "I")


def _attribution(line: str, toks: Sequence[Token], starts: Sequence[int], qs: int, qe: int) -> Span | None:
    """The speaker phrase of the quote at ``line[qs:qe]``: after the quote, else before it."""
    if _UTTERANCE_END.search(line[qs:qe]) or _COMMA_AFTER.match(line, qe):
        found = speaker_after(toks, bisect.bisect_left(starts, qe))
        if found is not None:
            return found
    return speaker_before(toks, bisect.bisect_left(starts, qs))


_TITLE_TOKEN = LazyPattern(r"[\w'\u2019.&-]+")


def _is_title(words: str) -> bool:
    """A short phrase in title case ("The Chin", "Deep Throat,", "Do You Feel It?"): a name, not a quotation."""
    tokens = _TITLE_TOKEN.findall(words)
    if not 1 <= len(tokens) <= 8 or words.rstrip().endswith("!"):
        return False
    if len(tokens) == 1 and tokens[0].lower().rstrip(".") in _ANSWERS:
        return False  # "No." is an answer
    return tokens[0][0].isupper() and all(t[0].isupper() or t[0].isdigit() or t in _TITLE_SMALL for t in tokens)


class _Antecedent(NamedTuple):
    name: str
    end: int  # where the mention ends in the text
    pronoun: str | None  # "he" or "she" when the text tells ("Mangoni said he asked ...")


class _Resolver:
    """Resolves "he" and "she" to the nearest named speaker before them, where that is safe.

    The nearest speaker is the subject of the last verb of saying outside quotation marks ("The head of the
    agency, John Ging, said three shells landed ...") or the last quote's speaker. It is safe when it is a person
    of a matching gender (if known), near enough, and no one new comes in between: a name as the subject of a
    clause ("Out-going Doctor Matt Smith welcomed ...", "..., though Moffat hinted") or an indefinite person ("A
    man was arrested ...").
    """

    def __init__(self, text: str, people: _People) -> None:
        self.text = text
        self.people = people
        self.quoted: list[tuple[int, int]] = []  # the quotes; what they say is no attribution
        self.antecedent: _Antecedent | None = None  # the last speaker who is no pronoun
        self._vocabulary: set[str] | None = None

    def named(self, speaker: str, end: int) -> None:
        """Record a quote's named speaker; ``end`` is where the quote or its attribution ends, the later."""
        self.antecedent = _Antecedent(speaker, end, None)

    def issuer(self, window: int, at: int) -> str | None:
        """Whose statement "a statement said" at ``at`` is: the one named as saying something just before, from
        ``window`` on (in the paragraph before or this one), when no one new comes in between."""
        candidate = self._last_reporter(window, at)
        if candidate is None and self.antecedent is not None and self.antecedent.end >= window:
            candidate = self.antecedent
        if candidate is None or _DOCUMENT.fullmatch(candidate.name) or not self._safe(candidate, at):
            return None
        return candidate.name

    def continues(self, start: int, end: int, window: int) -> str | None:
        """The speaker of the quote paragraph at ``text[start:end]`` that names none: the one who speaks just
        before it, from ``window`` on (the paragraph before), in a quote or as the subject of a verb of saying
        ("..., Kroon said." / "He explained that ..."), when no one new comes in between."""
        lo = window
        if self.antecedent is not None and self.antecedent.end > lo:
            lo = self.antecedent.end
        candidate = self._last_reporter(lo, start, pronouns=True)
        if candidate is not None and candidate.name.lower() in PRONOUNS:
            name = self.resolve(candidate.name.lower(), candidate.end - len(candidate.name), candidate.end)
            candidate = None if name is None else _Antecedent(name, candidate.end, candidate.name.lower())
        elif candidate is None and self.antecedent is not None and self.antecedent.end >= window:
            candidate = self.antecedent
        if candidate is None or not self._safe(candidate, start):
            return None
        self.antecedent = _Antecedent(candidate.name, end, candidate.pronoun)
        return candidate.name

    def resolve(self, pronoun: str, start: int, end: int) -> str | None:
        """The speaker "he" or "she" at ``text[start:end]`` refers to; ``None`` when not safe to say."""
        if pronoun not in ("he", "she"):
            return None
        lo = max(0, start - _MAX_RESOLVE_DISTANCE)
        if self.antecedent is not None and self.antecedent.end > lo:
            lo = self.antecedent.end
        candidate = self._last_reporter(lo, start) or self.antecedent
        if candidate is None or start - candidate.end > _MAX_RESOLVE_DISTANCE:
            return None
        words = {w.lower().rstrip(".") for w in candidate.name.split()}
        if (
            not _is_person(candidate.name)
            or words & (_MALE if pronoun == "she" else _FEMALE)
            or candidate.pronoun not in (None, pronoun)
            or not self._safe(candidate, start)
        ):
            return None  # an organisation, "the spokeswoman ... he said", or someone else may be meant
        self.antecedent = _Antecedent(candidate.name, end, pronoun)  # the next "he said" goes on from here
        return candidate.name

    def _last_reporter(self, lo: int, hi: int, *, pronouns: bool = False) -> _Antecedent | None:
        """The subject of the last verb of saying in ``text[lo:hi]`` outside quotes that is no pronoun (or that is
        one too, with ``pronouns``), by its full name."""
        for m in reversed(list(_SAYING.finditer(self.text, lo, hi))):
            if any(qs <= m.start() < qe for qs, qe in self.quoted) or _NOT_SAYING.match(self.text, m.end()):
                continue
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", m.end())
            toks = tokenize(self.text[line_start : min(m.end() + 150, len(self.text) if line_end < 0 else line_end)])
            verb = next((k for k, t in enumerate(toks) if t.start == m.start() - line_start), None)
            found = None if verb is None else reporter_of(toks, verb)  # None: inside a word ("un-said")
            if found is None:
                continue
            s_start, s_end = line_start + found[0], line_start + found[1]
            speaker = " ".join(self.text[s_start:s_end].split())
            if speaker.lower() in PRONOUNS:
                if pronouns:
                    return _Antecedent(speaker, s_end, None)
                continue
            told = _SAID_PRONOUN.match(self.text, m.end())
            return _Antecedent(self.people.full(speaker, s_start, s_end), s_end, told.group(1) if told else None)
        return None

    def _safe(self, candidate: _Antecedent, at: int) -> bool:
        """No one new comes in between the candidate and ``at`` (quotes aside)."""
        between = list(self.text[candidate.end : at])
        for qs, qe in self.quoted:
            for k in range(max(qs, candidate.end), min(qe, at)):
                between[k - candidate.end] = " "
        text = "".join(between)
        text = text[_sentence_end(text) :]  # the rest of the candidate's sentence describes them: "said Salm
        # Sami, 45, who owns the Deli ... at Church and New York Aves."
        for m in _SENTENCE_START.finditer(text):
            if m.group(1).lower() in INDEFINITE and any(w.lower() in _PERSON_NOUNS for w in m.group(2).split()):
                return False  # "A man was arrested": a new person ("The star" is more likely the same one)
        known = {w.lower().rstrip(".") for w in candidate.name.split()} | _MALE | _FEMALE | STOP_CAPS | STOPWORDS
        for m in _NAME_RUN.finditer(text):
            before = _WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()].rstrip(' \t"\u201c'))
            if before is not None and before.group(1).lower() not in _CLAUSE_OPENERS:
                continue  # an object or a place: "replacing lead Matt Smith", "in Prague"
            if any(self._names(word, known) for word in m.group().split()):
                return False  # a name as a subject: "Out-going Doctor Matt Smith welcomed", "though Moffat hinted"
        return True

    def _names(self, word: str, known: set[str]) -> bool:
        """``word`` may name someone: not a common word capitalised ("Most"), an acronym or "Glasgow-born"."""
        low = word.lower().rstrip(".")
        return (
            word[0].isupper()
            and low not in known
            and not word.isupper()
            and not word.rsplit("-", 1)[-1].islower()
            and low not in self.vocabulary()
        )

    def vocabulary(self) -> set[str]:
        """The words of the text written in lower case: a capitalised word among them is no name ("Most")."""
        if self._vocabulary is None:
            self._vocabulary = set(re.findall(r"\b[a-z][a-z'\u2019-]*", self.text))
        return self._vocabulary


def _sentence_end(text: str) -> int:
    """Where the sentence that ``text`` starts in ends (``len(text)`` when it runs on): not at "Mr." or "J."."""
    for m in _SENTENCE_END.finditer(text):
        words = text[: m.start() + 1].split()
        word = words[-1].lstrip("\"'\u201c(").lower() if words and m.group() != "\n" else ""
        if not (len(word) == 2 or word.rstrip(".") in ABBREVIATIONS):
            return m.end()
    return len(text)


def _is_person(speaker: str) -> bool:
    """A speaker that can be "he" or "she": a person noun ("the officer"), or a name that is no organisation's
    ("Surrey Police", "The Hollywood Reporter") and no acronym ("the BBC")."""
    words = speaker.split()
    last = words[-1].lower().rstrip(".")
    if not is_cap(words[-1]):
        return last in _PERSON_NOUNS
    return last not in _ORGANISATION and not (words[-1].isupper() and len(words[-1]) > 1)


def names_before(last_name: str) -> re.Pattern[str]:
    """A run of capitalised words right before ``last_name``: the given names, titles and initials it may carry."""
    return re.compile(r"((?:[A-Z][\w'\u2019.-]*[ \t]+)+)" + re.escape(last_name) + r"\b")


class _People:
    """The people an article names (its person entities), to give a speaker by the full name."""

    def __init__(self, text: str, entities: Sequence[tuple[int, int, Entity]]) -> None:
        self.text = text
        self.people = [(s, e, ent) for s, e, ent in entities if ent.type is EntityType.PERSON]
        self.starts = [s for s, _, _ in self.people]

    def full(self, speaker: str, start: int, end: int) -> str:
        """The full name of the speaker written at ``start:end``: the canonical name of the person named there
        ("Kroon" -> "Larry Kroon", "Sheriff Lee Baca" -> "Lee Baca"); for "the sheriff", the one person named
        before with that role. Anything else as written."""
        words = speaker.split()
        if _ROLE_SPEAKER.fullmatch(speaker):
            return self._by_role(words[-1].lower(), start) or speaker
        rest = words[1:] if words[0] in ("the", "The") else words
        if not is_cap(words[-1]) or any(w in ("and", "&") or not (is_cap(w) or w in _NAME_PARTICLES) for w in rest):
            return speaker  # a description ("One of the wives of ... Winston Blackmore"), or two people
        hi = bisect.bisect_left(self.starts, end)
        for s, e, ent in self.people[max(0, hi - 4) : hi]:
            if s < end and e > start and words[-len(ent.name.split()) :] == ent.name.split():
                if rest is not words and ent.role is None:
                    return speaker  # "the Riverside Democrat" is a description; "the Rev. Jesse Jackson" a name
                full = _full_name(ent.canonical, words[-1]) and not self._shared(ent.canonical, end)
                return ent.canonical if full else speaker
        return speaker

    def _shared(self, name: str, before: int) -> bool:
        """Someone else with the last name of ``name`` is named before ``before``: "City Councilman Jumaane
        Williams" after "Makaeo Williams", so a later "Williams" may be either. Titles, initials, possessives and
        sentence openers before the last name are no first names; "Mary Ann Lowe" is "Mary Lowe"."""
        words = name.split()
        pattern = names_before(words[-1])
        for m in pattern.finditer(self.text, self._run_before(words[-1], before), before):
            run = m.group(1).split()
            while run and len(run[-1].rstrip(".")) == 1:
                run.pop()  # a middle initial: "Ann D. Porter", "Robert J. Hale" (but "T.J. Moss")
            if not run or not _may_be_given_name(run[-1]) or words[0] in run or run[-1] in words:
                continue
            if len(run) == 1 and _SENTENCE_OPENING.search(self.text[max(0, m.start() - 6) : m.start()]):
                continue  # "Neither Perlo ...": a capitalised opener, not a given name
            return True
        return False

    def _run_before(self, last: str, before: int) -> int:
        """Where ``_shared``'s scan may start: a match is a run of capitalised words and blanks (characters of
        ``_RUN_CHAR``) that ends with a blank right before ``last``, so no match starts before the run that
        leads to the first such occurrence of ``last``; the text before it (most of a long article) is skipped,
        with the same matches. ``before`` itself when ``last`` does not occur so."""
        at = self.text.find(last, 0, before)
        while at == 0 or (at > 0 and self.text[at - 1] not in " \t"):
            at = self.text.find(last, at + 1, before)
        if at < 0:
            return before
        while at > 0 and _RUN_CHAR.match(self.text, at - 1):
            at -= 1
        return at

    def _by_role(self, role: str, before: int) -> str | None:
        named = {
            ent.canonical
            for s, _, ent in self.people[: bisect.bisect_left(self.starts, before)]
            if ent.role is not None and ent.role.split()[-1].lower() == role
        }
        name = named.pop() if len(named) == 1 else None
        return name if name is not None and _full_name(name, name.split()[-1]) else None


def _may_be_given_name(word: str) -> bool:
    """A capitalised word before a last name that may be a given name: not a title ("Sheriff", "Mr."), an initial
    ("D."), a possessive ("Interoute's") or a sentence opener ("But")."""
    low = word.lower()
    if _INITIALS.fullmatch(word):
        return True  # "T.J.", "A.J."
    return bool(_GIVEN_NAME.fullmatch(word)) and not (
        word.isupper()  # "ADA Fairman", "UBS"
        or low in _NOT_FIRST_NAMES
        or low.rstrip(".") in ABBREVIATIONS
        or word.endswith((".", "'s", "\u2019s", "'", "\u2019"))
        or len(word) == 1
    )


def _full_name(name: str, surname: str) -> bool:
    """``name`` reads as a person's full name ending in ``surname``: two to five words, the last a word (not an
    initial cut off, "Robert J"), and the same last word (a short mention "Kraft" does not become "Kraft Foods")."""
    words = name.split()
    return 2 <= len(words) <= 5 and len(words[-1]) > 1 and words[-1] == surname
