"""Direct quotations and who said them.

Quotes are found per paragraph (line) with straight or curly double marks; curly marks may nest. A quote may
run over several sentences, and one left open at the end of a paragraph runs to the end of it, as news style does
for quotes that go on into the next paragraph; the first mark of the next paragraph then closes it when an
attribution or the end of the paragraph follows (``...," the officer said.``). Marks that are not quotations
are skipped: an inch mark (``the 17" model``) and a short title-case phrase with no attribution, which is a
nickname or a title (``Vincent "The Chin" Gigante``, ``the "American Pie" star``).

The speaker comes from the attribution after or before the quote (see :mod:`crosscheck.claims.speakers`),
including "according to X" / "as per X" and a reporting clause before a partial quote. A pronoun ("he said") is
resolved to the nearest named person only where that is safe (see :class:`_Resolver`); "they", "it" and "we"
stay unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from crosscheck.claims.speakers import (
    INDEFINITE,
    PRONOUNS,
    STOP_CAPS,
    VERBS,
    Span,
    Token,
    is_cap,
    reporter_of,
    speaker_after,
    speaker_before,
    tokenize,
)
from crosscheck.model import Quote

_OPEN = "\u201c"
_CLOSE = "\u201d"
# A quotation that ends an utterance, so an attribution may follow it: a comma, a sentence end or a dash just
# inside the closing mark, or a nested quote's ("...," he said / "...?" asked X / "... 'wild,' " he said), or a
# comma just after the closing mark.
_UTTERANCE_END = re.compile(r"[,.!?\u2014-]\s*(?:['\u2019]\s*)?[\"\u201d]$")
_COMMA_AFTER = re.compile(r"\s*,")
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
_SAYING = re.compile(r"\b(?:" + "|".join(sorted(VERBS)) + r")\b")
# A verb of saying that is not about words here: "Hillis added 101 yards".
_NOT_SAYING = re.compile(r"\s+\d")
# "Mangoni said he asked ...": the reporter is a "he".
_SAID_PRONOUN = re.compile(r"\s+(?:that\s+)?(he|she)\b")
# A run of capitalised words, as a name is written: "Matt Smith", "Department of Justice".
_NAME_RUN = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+)?[A-Z][\w'\u2019.-]*)*")
# The word that ends a text (group 1); none when it ends with a mark: a name after it starts a clause.
_WORD_BEFORE = re.compile(r"(\w+)$")
# After these a name is the subject of a new clause: "..., though Moffat hinted", "and Smith added".
_CLAUSE_OPENERS = frozenset(
    """and but or though although while when whereas as after before because since so then yet that who which
    whom where if unless until""".split()
)
# The first word of a sentence (group 1) and the up to five words after it (group 2): at the start of a
# paragraph or after a sentence end, past any opening quotation mark.
_SENTENCE_START = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?[ \t]+)[ \t\"\u201c]*([A-Z][\w'\u2019.-]*)((?:[ \t,]+[\w'\u2019.-]+){0,5})", re.M
)


def find_quotes(text: str) -> Iterator[tuple[int, int, Quote]]:
    """Yield ``(start, end, Quote)``; the span includes the quotation marks."""
    resolver = _Resolver(text)
    pos = 0
    for line in text.split("\n"):
        if '"' in line or _OPEN in line or _CLOSE in line:
            toks = tokenize(line)
            starts = [t.start for t in toks]
            for qs, qe in _quote_spans(line, toks, starts):
                start, end = pos + qs, pos + qe
                words = text[start:end].strip('"\u201c\u201d ')
                if not re.search(r"[A-Za-z]", words):
                    continue
                found = _attribution(line, toks, starts, qs, qe)
                if found is None and _is_title(words) and line[qs] in '"\u201c' and line[qe - 1] in '"\u201d':
                    continue  # a nickname or a title, not a quotation
                resolver.quoted.append((start, end))
                if found is None:
                    yield start, end, Quote(words=words)
                    continue
                speaker = " ".join(line[found[0] : found[1]].split())
                s_start, s_end = pos + found[0], pos + found[1]
                if speaker.lower() in PRONOUNS:
                    yield start, end, Quote(words=words, speaker=resolver.resolve(speaker.lower(), s_start, s_end))
                    continue
                resolver.named(speaker, s_end)
                yield start, end, Quote(words=words, speaker=speaker, speaker_start=s_start, speaker_end=s_end)
        pos += len(line) + 1


def _quote_spans(line: str, toks: Sequence[Token], starts: Sequence[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch in '"\u201d' and not spans and _closes_carried_quote(line, i, toks, starts):
            spans.append((0, i + 1))  # closes a quote carried over from the paragraph before
            i += 1
        elif ch == '"' and not _is_inch_mark(line, i):
            j = line.find('"', i + 1)
            if j < 0 and _CLOSE in line[i + 1 :]:
                j = line.find(_CLOSE, i + 1)
            i = _add(spans, i, j + 1 if j >= 0 else len(line))
        elif ch == _OPEN:
            i = _add(spans, i, _curly_end(line, i))
        else:
            i += 1
    return spans


def _add(spans: list[tuple[int, int]], start: int, end: int) -> int:
    if end - start > 2:
        spans.append((start, end))
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


def _is_title(words: str) -> bool:
    """A short phrase in title case ("The Chin", "Deep Throat,", "Do You Feel It?"): a name, not a quotation."""
    tokens = re.findall(r"[\w'\u2019.&-]+", words)
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

    def __init__(self, text: str) -> None:
        self.text = text
        self.quoted: list[tuple[int, int]] = []  # the quotes found so far; what they say is no attribution
        self.antecedent: _Antecedent | None = None  # the last speaker who is no pronoun
        self._vocabulary: set[str] | None = None

    def named(self, speaker: str, end: int) -> None:
        """Record a quote's named speaker."""
        self.antecedent = _Antecedent(speaker, end, None)

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

    def _last_reporter(self, lo: int, hi: int) -> _Antecedent | None:
        """The subject of the last verb of saying in ``text[lo:hi]`` outside quotes that is no pronoun."""
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
            speaker = " ".join(self.text[line_start + found[0] : line_start + found[1]].split())
            if speaker.lower() not in PRONOUNS:
                told = _SAID_PRONOUN.match(self.text, m.end())
                return _Antecedent(speaker, line_start + found[1], told.group(1) if told else None)
        return None

    def _safe(self, candidate: _Antecedent, at: int) -> bool:
        """No one new comes in between the candidate and ``at`` (quotes aside)."""
        between = list(self.text[candidate.end : at])
        for qs, qe in self.quoted:
            for k in range(max(qs, candidate.end), min(qe, at)):
                between[k - candidate.end] = " "
        text = "".join(between)
        for m in _SENTENCE_START.finditer(text):
            if m.group(1).lower() in INDEFINITE and any(w.lower() in _PERSON_NOUNS for w in m.group(2).split()):
                return False  # "A man was arrested": a new person ("The star" is more likely the same one)
        known = {w.lower().rstrip(".") for w in candidate.name.split()} | _MALE | _FEMALE | STOP_CAPS
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


def _is_person(speaker: str) -> bool:
    """A speaker that can be "he" or "she": a person noun ("the officer"), or a name that is no organisation's
    ("Surrey Police", "The Hollywood Reporter") and no acronym ("the BBC")."""
    words = speaker.split()
    last = words[-1].lower().rstrip(".")
    if not is_cap(words[-1]):
        return last in _PERSON_NOUNS
    return last not in _ORGANISATION and not (words[-1].isupper() and len(words[-1]) > 1)
