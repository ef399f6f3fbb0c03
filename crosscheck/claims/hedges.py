"""Hedges and polarity: is a claim hedged ("alleged", "could"), only expected ("is expected to", "will", "plans
to") or negated/denied ("not", "denied")?

Each claim records the hedge word that qualifies it, whether it is negated, and the status they make of it
(``stated``, ``expected``, ``hedged``, ``negated``: see ``status``), so the rules can tell a hedged claim from a
stated one (H101), an expected event from a done one (H102) and a denial from an assertion (P101, P102). These
patterns are the one home of the words. Only the clause that governs the claim
counts. The clauses come from a shallow split of the sentence at punctuation and conjunctions, with no parser,
which keeps it fast:

* a clause begins after ";", ":" or a dash, at ", and" / ", but", at "and" before a new subject ("5 people died
  and the suspect may have fled"), at "although", "because", "when" and the like, and at "after", "as", "since"
  before a pronoun or a verb in -ing ("after undergoing surgery");
* a relative clause set off by a comma (", which did not spread,"; ", said to be ...,") is a clause of its own,
  left out of the clause around it;
* a quotation is a clause of its own: a hedge inside it qualifies only what is inside it;
* a reporting frame at the head of the sentence ("Police said", "The group claimed that") governs the clauses
  after it up to a ", but", ", and", ";" or dash; one at the end (", the rebels claimed", ", according to
  unconfirmed reports") governs the whole sentence.

A fact (a quantity, a date, a quote) is hedged by a hedge before it in its clause or in a frame, or right after
it past auxiliaries ("Five people were reportedly killed", "Today may be ..."): a hedge qualifies the whole
statement, subject included. An attributive or participle hedge ("the alleged theft of $5 million", "an employee
accused of shooting three co-workers") reaches only to the next punctuation, and one about a person ("the alleged
gunman") hedges nothing. A fact is negated by a negation or denial before it in its clause or in a frame, not by
one after it: "the two incidents were not related" does not deny that there were two incidents. A statement (the
whole sentence) is hedged or negated by any hedge or negation outside its relative clauses.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

from crosscheck.lexicon import lemmas
from crosscheck.model import Status
from crosscheck.patterns import LazyPattern
from crosscheck.text import content_stems, stem


class Qualifiers(NamedTuple):
    """What qualifies one claim: its hedge word (``None`` when it is stated as fact), whether it is negated, and
    the status they make of it (see ``status``)."""

    hedge: str | None
    negated: bool
    status: Status = Status.STATED


UNQUALIFIED = Qualifiers(None, False)


def status(hedges: list[str], negated: bool) -> Status:
    """The modality that ``hedges`` (the words of the hedges that govern a claim) and a negation make of it: a hedge
    that only expects or schedules ("is expected to", "will", "plans to") is an expectation, any other a doubt; a
    doubt outweighs a negation ("may not have"), and a negation an expectation ("will not"); but "could" with a
    negation is an inability, no doubt ("could not be reached", "could offer no details")."""
    expected = [EXPECTATIONS.fullmatch(h) is not None for h in hedges]
    doubts = [h for h, e in zip(hedges, expected, strict=True) if not e]
    if doubts and not (negated and all(h == "could" for h in doubts)):
        return Status.HEDGED
    if negated:
        return Status.NEGATED
    return Status.EXPECTED if expected else Status.STATED


# --- the words -------------------------------------------------------------------------------------------------------

# Both lists are matched on the lower-cased sentence, case-sensitively, and start with a word rather than "\b": that
# lets the regex engine skip ahead fast, and most sentences have neither. Word starts are checked in _cues.
HEDGES = LazyPattern(
    r"""
    (?:
        (?P<free>                                   # may stand right after the fact: "Five people reportedly died"
            allegedly|reportedly|purportedly|apparently|possibly|presumably|probably|likely
          | may|might|could                         # modal verbs ("May", the month, is told apart in _cues)
          | (?P<expected>(?:expected|scheduled|slated|set)\s+to|(?:scheduled|slated)\s+for)  # after "is": "is set to"
          | (?P<will>will)                          # not a noun: "the will of", "his will" (_DETERMINER_BEFORE)
          | (?P<plan>(?:plans?|planned|planning|intends?|intended|intending|expects)\s+to)  # not "the plans to"
          | (?P<plan_for>expect(?:s|ed)?\s+(?:[\w'’-]+\s+){1,4}?to  # "officials expect the bridge to reopen",
               (?=\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b))  # not "to the summit"
        )
      | (?:unclear|uncertain|not\s+clear|not\s+known)\s+(?:whether|if)   # "it is unclear whether he fired"
      | (?P<participle>                             # "are said to be"; bound to a noun without an auxiliary
            said\s+to\s+be
          | (?:believed|thought|reported|rumou?red)\s+to(?=\s+(?:be|have)\b)   # "believed to have offered"
          | alleged|suspected|accused\s+of
        )
      | unconfirmed|rumou?red
      | (?P<claim>claim(?:s|ed)?)
    )\b
    """,
    re.VERBOSE,
)
# the hedges that expect or schedule an event rather than doubt it (Qualifiers.status), as _cues reports them
EXPECTATIONS = LazyPattern(
    r"(?:(?:is|are|was|were|be|been|being)\s+(?:(?:expected|scheduled|slated|set)\s+to|(?:scheduled|slated)\s+for)"
    r"|will|(?:plans?|planned|planning|intends?|intended|intending|expects)\s+to"
    r"|expect(?:s|ed)?\s+(?:[\w'’-]+\s+){1,4}?to)"
)
# "the alleged gunman", "a suspected Mafia boss": the person is in doubt, not the act (after "alleged", up to three
# modifiers, but no article or preposition, then a noun for a person; act nouns in -er are left out)
_PERSON = LazyPattern(
    r"""
    \s+(?:(?!(?:of|by|in|at|on|for|to|from|with|and|or|not|the|a|an|that|who)\b)[\w.'’-]+\s+){0,3}?
    (?:(?!(?:murder|order|transfer|cover|offer|plunder|slaughter|disorder|encounter|number|power|danger|matter)s?\b)
         [a-z]+(?:er|ist|man|men)s?
      | [a-z]+[tsv]ors?                                            # perpetrator, investor, survivor
      | suspects?|thie(?:f|ves)|accomplices?|culprits?|victims?|mastermind|militants?|pirates?|boss(?:es)?|spy|spies
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "claimed responsibility", "claimed more than 660 lives", "claims Taiwan as its own": a claim made, no hedge
_CLAIM_OBJECT = LazyPattern(
    r"""
    \s+(?:(?:the|a|an|his|her|its|their|another|more\s+than|dozens\s+of|hundreds\s+of|[\d,.]+)\s+)*(?:\w+\s+)?
    (?:responsibility|credit|victor(?:y|ies)|wins?|titles?|li(?:fe|ves)|seats?|prizes?|medals?|trophy|championship)\b
    | \s+(?:\S+\s+){0,3}as\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a determiner right before a hedge word makes it a noun or an adjective: "those claims", "the alleged theft"
_DETERMINER_BEFORE = LazyPattern(r"\b(?:the|a|an|this|those|these|such|his|her|their|its|our|any|of)\s+$", re.I)
# an auxiliary or adverb right before a participle makes it the predicate: "is accused of", "are also said to be"
_PREDICATE_BEFORE = LazyPattern(r"\b(?:is|are|was|were|be|been|being|has|have|had|also|still|widely|not)\s+$", re.I)
# "is expected to", "are now expected to"; not "had expected to testify"
_BE_BEFORE = LazyPattern(r"\b(is|are|was|were|be|been|being)\s+(?:(?:now|still|also|widely|generally)\s+)?$")
_NAME_AFTER = LazyPattern(r"\s+[A-Z][a-z]")  # "Will Artino"
_PHRASE_END = LazyPattern(r"[;:()\"“”]|,(?!\s?\d{3}\b)")  # not the comma of "100,000"

# a flat list of the words' starts: a quick test that most sentences fail, before the full patterns
_GATE = LazyPattern(
    r"(?:allegedly|reportedly|purportedly|apparently|possibly|presumably|probably|likely|expect|believed|thought"
    r"|reported|rumou?red|alleged|suspected|accused|unconfirmed|claim|deni|deny|refus|reject|dismiss"
    r"|scheduled|slated|plan|intend|unclear|uncertain|(?:set|will)\b"
    r"|(?:may|might|could|said|not|never|no|nobody|none|nothing|neither|nor|cannot|n\s?['’]\s?t)\b)"
)
NEGATIONS = LazyPattern(
    r"""
      (?P<denial>deni(?:ed|es|als?)|deny(?:ing)?|refus(?:ed|es|e|ing)|reject(?:ed|s|ing)?|dismiss(?:ed|es)?)\b
    | not\b(?!\s+(?:only|just|merely|simply|least|to\s+mention)\b)      # not "not only"
    | never\b(?!\s+(?:been\s+)?(?:more|less|better|worse)\b)             # not "never been more"
    | no\b(?!\s*\.\s*\d|\s+(?:doubt|matter|sooner)\b                      # not "No. 1", "no doubt"
          |\s+(?:more|less|fewer|later|earlier|further|longer|greater|smaller)\s+than\b)  # nor "no more than 5"
    | (?:nobody|none|nothing|neither|nor|cannot)\b
    | (?P<nt>n\s?['’]\s?t)\b(?!\s+(?:only|just|merely|simply)\b)          # "didn't", "didn ’ t"
    """,
    re.VERBOSE,
)
# "whether or not", "if not"; "was dismissed" (fired): no negation
_OR_IF_BEFORE = LazyPattern(r"\b(?:or|if)\s+$")
_PASSIVE_BEFORE = LazyPattern(r"\b(?:was|were|been|be)\s+$")
# "would not arrive until Monday" says when it arrives: a "not ... until" date is not negated
_UNTIL_BEFORE = LazyPattern(r"\b(?:until|till)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)

# --- the clauses -----------------------------------------------------------------------------------------------------

# text within a clause: up to a comma, semicolon or colon, but over the comma of "100,000" and ECB+'s "55, 000"
_IN_CLAUSE = r"(?:[^,;:]|(?<=\d),(?=\s?\d{3}\b))*"

_PRONOUN = r"(?:he|she|it|they|we|i|you|there)"
_DETERMINER = r"(?:the|a|an|this|that|these|those|his|her|its|their|no|some|police|officials)"
_FINITE = r"(?:is|are|was|were|has|have|had|will|would|may|might|could|can|should|did|does|\w+ed)"
# where a clause begins (the match ends there, so a conjunction opens the clause it introduces); a "strong" boundary
# also ends the reach of a reporting frame at the head of the sentence ("Police said ..., but ...")
_BOUNDARY = LazyPattern(
    rf"""
      (?P<strong>
        ;\s                                                     # a semicolon
      | \s(?:—|–|-\s?-|-)(?=\s)                                 # a dash; ECB+ writes " - - "
      | ,\s*(?=(?:and|but|so|yet)\b)
      )
    | (?P<intro>^(?:with|without|despite|after|before|although|though|while|when|if|unless|because|since|once
                 |as(?!\s+(?:many|much|few|little|long|well|far|soon|of|part)\b)  # not "As many as 55,000"
                 |in|on|at|during|for|by|from|under|amid|following|of)\b
                 {_IN_CLAUSE}(?:,(?!\s?\d{{3}}\b)|(?<=\d{{4}}),))  # a leading adjunct: "With ...,"; not "55, 000"
    | (?<!\d):(?=\s)                                            # a colon, not "1: 35 pm"
    | (?<!\ball)\s(?=but\b)                                     # not "all but"
    | \s(?=and\s+(?:{_PRONOUN}\b                                # "... died and the suspect may have fled", but
                  |{_DETERMINER}\s+[\w'’-]+\s+(?:[\w'’-]+\s+){{0,2}}?{_FINITE}\b))  # not "and a face of the ..."
    | \s(?=and\s+(?:is|are|was|were|will|would|may|might|could)\s)  # a second predicate: "... and is expected to"
    | \s(?=(?:although|though|whereas|unless|because(?!\s+of)|when|whenever)\b)
    | (?<!\ba)\s(?=while\b)                                     # not "a while"
    | \s(?=(?:after|before|since|until|till|as|so|once)\s+      # a preposition too, so only before a clause
           (?:{_PRONOUN}
             |(?:allegedly\s+|reportedly\s+)?(?!(?:morning|evening|spring|during|(?:no|some|any|every)thing)\b)[a-z]+ing
           )\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a relative clause set off by a comma, up to the next comma: ", which did not spread", ", said to be one of ...",
# and after a quotation that ends in its comma: `"Moon," which is expected to ...`
_RELATIVE = LazyPattern(
    rf",[\"”]?\s*(?P<word>which|who|whom|whose|where|(?:said|believed|thought|reported|alleged|expected)\s+to)\b{_IN_CLAUSE}",
    re.IGNORECASE,
)
_NUMBER_COMMA = LazyPattern(r"\d,\s?\d{3}\b")
_QUOTE_MARK = LazyPattern(r"[\"“”]")
_VERB = (
    r"(?:said|says|say|told|tells|claim(?:s|ed)?|alleg(?:es|ed)|reported|reports|stated|announced|insist(?:s|ed)"
    r"|deni(?:es|ed)|deny|confirm(?:s|ed)|admit(?:s|ted)|warn(?:s|ed)|believe[sd]?|suspect(?:s|ed)|argu(?:es|ed)"
    r"|contend(?:s|ed)|testified|acknowledged|estimated)"
)
# a frame at the head of the sentence: a reporting verb with its complement to follow ("Police said 5 people died",
# "The group claimed that"; not "are reported to be"), or "According to unconfirmed reports"
_FRAME = LazyPattern(rf"\b{_VERB}\b(?!\s*[,.;:]|\s+to\b)(?:\s+that\b)?|\baccording\s+to\b{_IN_CLAUSE}", re.IGNORECASE)
# a frame after the last comma or quotation, ending the sentence: ", the rebels claimed", ", police said on Tuesday",
# ", according to unconfirmed reports"; the frame's words are those up to its verb
_TRAILING_FRAME = LazyPattern(
    rf"""\W*(?!(?:that|which|who|whom|whose|where|when|and|but|or|so|yet|if|as|because|although|though|while)\b)
         (?:according\s+to\b{_IN_CLAUSE}
           |(?P<frame>(?:[\w.'’-]+\s+){{0,8}}?{_VERB}\b)(?!\s+to\b)(?:\s+[\w.'’-]+){{0,4}}
         )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)

# between a fact and a hedge after it, the words that may stand: its noun phrase and auxiliaries ("were reportedly")
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would shall should can".split()
    + "also still now then all both".split()
)
# ... and those that end the search: a conjunction, a relative or question word, a new subject, a reporting verb
_TAIL_STOPS = frozenset(
    "and or but who which that whose whom what how why whether when where while after before because if as since"
    " until so than said says say told he she it they we i you".split()
)
_TAIL_WORD = LazyPattern(r"\s+([\w'’-]+)")
_TAIL_WORDS = 10
# before the fact, a relative word or a participle puts the fact in a modifier of the subject, and a hedge after it
# belongs to the main verb: "the man who spent three months ... in 2006 could be housed", "a woman killed Wednesday"
_MODIFIER_BEFORE = LazyPattern(r"\b(?:who|which|whom|whose|\w+ed)\b", re.IGNORECASE)
_BOUND_WORDS = LazyPattern(r"(?:\s+\S+){1,6}")  # an attributive or participle hedge reaches six words at most


class _Cue(NamedTuple):
    start: int
    hedge: str  # the hedge as reported ("reportedly", "is expected to"); empty for a negation
    free: bool  # a hedge that may follow the fact with no auxiliary; a negation that is a particle, not a denial
    reach: int  # the cue qualifies facts that start before this: the phrase end for "the alleged theft of $5 million"
    bound: bool = False  # an attributive or participle hedge, bound to its phrase ("a man suspected of shooting")


class _Sentence(NamedTuple):
    cues: tuple[_Cue, ...]
    quotes: tuple[tuple[int, int], ...]  # quotations, marks included
    relatives: tuple[tuple[int, int], ...]
    bounds: dict[int, list[int]]  # clause starts, by the quotation they are in (-1: outside quotations)
    frame: tuple[int, int]  # the head frame is sentence[:frame[0]]; it governs facts up to frame[1]
    trailing: tuple[int, int]  # the words of the trailing frame; (0, 0) when there is none


_PLAIN = _Sentence((), (), (), {}, (0, 0), (0, 0))


def qualify(sentence: str, start: int, end: int, *, fact: bool) -> Qualifiers:
    """The hedge and negation of the claim at ``sentence[start:end]``: a fact, or with ``fact=False`` the sentence."""
    info = _analyse(sentence)
    if not info.cues:
        return UNQUALIFIED
    if not fact:
        cues = [c for c in info.cues if not _inside(c.start, info.relatives)]
        hedges = [c.hedge for c in cues if c.hedge]
        hedge = next((h for h in hedges if not EXPECTATIONS.fullmatch(h)), hedges[0] if hedges else None)
        negated = any(not c.hedge for c in cues)
        # the sentence's status: a hedge bound to a noun phrase ("a man suspected of shooting three people was
        # arrested", "a revolver believed to be the murder weapon was recovered") doubts that phrase, not the event
        free = [c.hedge for c in cues if c.hedge and not c.bound]
        return Qualifiers(hedge, negated, status(free, negated))
    start, end = max(0, min(start, len(sentence))), max(0, min(end, len(sentence)))
    quote, relative, (clause_start, clause_end) = _clause(info, len(sentence), start)
    scopes = [(clause_start, end)]
    if info.frame[0] <= start < info.frame[1]:
        scopes.append((0, info.frame[0]))
    if info.trailing[1] and info.trailing[0] >= end:
        scopes.append(info.trailing)
    elsewhere = [r for r in info.relatives if r != relative] + [q for q in info.quotes if q != quote]

    def governs(c: _Cue) -> bool:
        return start < c.reach and any(a <= c.start < b for a, b in scopes) and not _inside(c.start, elsewhere)

    # a doubt before an expectation: "the finger will be pointed at a gang who are believed to have carried out 300
    # robberies" doubts the robberies, and "likely will not face" the action
    hedges = [c.hedge for c in info.cues if c.hedge and governs(c)]
    hedge = next((h for h in hedges if not EXPECTATIONS.fullmatch(h)), hedges[0] if hedges else None)
    if hedge is None:
        phrase_start = max(clause_start, sentence.rfind(",", 0, start))
        if not _MODIFIER_BEFORE.search(sentence, phrase_start, start):
            hedge = _hedge_after(sentence, end, clause_end, info.cues)
    until = _UNTIL_BEFORE.search(sentence, max(0, start - 40), start) is not None
    negated = any(not c.hedge and governs(c) and not (until and c.free) for c in info.cues)
    return Qualifiers(hedge, negated, status([hedge] if hedge else [], negated))


def _clause(
    info: _Sentence, n: int, start: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int]]:
    """The clause at ``start``: between the boundaries around it, inside its quotation or relative clause if it is in
    one; with that quotation and relative clause (or None)."""
    quote = next(((qs, qe) for qs, qe in info.quotes if qs <= start < qe), None)
    lo, hi = quote or (0, n)
    bounds = info.bounds.get(info.quotes.index(quote) if quote else -1, [])
    i = bisect.bisect_right(bounds, start)
    clause_start = max(lo, bounds[i - 1] if i else lo)
    clause_end = min(hi, bounds[i] if i < len(bounds) else hi)
    relative = next(((rs, re_) for rs, re_ in info.relatives if rs <= start < re_), None)
    if relative:
        clause_start, clause_end = max(clause_start, relative[0]), min(clause_end, relative[1])
    return quote, relative, (clause_start, clause_end)


def qualified_clauses(sentence: str) -> tuple[tuple[int, int, str, Status], ...]:
    """The clauses of ``sentence`` that a hedge qualifies, as (start, end, hedge word, status), in order: "Moreno will
    coach on Saturday and is expected to remain coach for the rest of the season" gives both. A hedge inside a
    quotation or bound to a noun phrase ("a man suspected of shooting") qualifies no clause."""
    info = _analyse(sentence)
    out = []
    for c in info.cues:
        if c.hedge and not c.bound and not _inside(c.start, info.quotes):
            _, _, (s, e) = _clause(info, len(sentence), c.start)
            negated = any(not n.hedge and s <= n.start < e for n in info.cues)
            out.append((s, e, c.hedge, status([c.hedge], negated)))
    return tuple(out)


# where the aligner also cuts a sentence, beyond the clause boundaries: a participle or "with" phrase set off by a
# comma (", killing one man", ", with the new coach making his debut") states a fact of its own
_PHRASE = LazyPattern(r",\s+(?=(?:with|including|[a-z]{3,}ing)\b)")


def clause_spans(sentence: str, min_words: int = 2) -> tuple[tuple[int, int], ...]:
    """The clauses of ``sentence`` that state something, as spans: split at the clause boundaries outside
    quotations (coordination, a semicolon, a dash, a colon, a leading adjunct), before a participle or "with"
    phrase set off by a comma, and around a relative clause; without an attribution frame at the head ("Police said
    that") or at the end (", officials said"). A piece with fewer than ``min_words`` content words joins the clause
    before it (the first piece, the one after). The aligner compares two articles clause by clause, so that one
    fact in a long sentence meets the same fact in another (crosscheck.align)."""
    quotes = _quotes(sentence)
    cuts = {m.end() for m in _BOUNDARY.finditer(sentence) if not _inside(m.end(), quotes)}
    cuts |= {m.start() + 1 for m in _PHRASE.finditer(sentence) if not _inside(m.start(), quotes)}
    for m in _RELATIVE.finditer(sentence):
        if not _inside(m.start("word"), quotes):
            cuts |= {m.start() + 1, m.end()}
    first = min((c for c in cuts if c > 0), default=len(sentence))
    heads = (m for m in _FRAME.finditer(sentence, 0, first) if not _inside(m.start(), quotes))
    start = next((m.end() for m in heads if not _DETERMINER_BEFORE.search(sentence, 0, m.start())), 0)
    trailing = _trailing(sentence, quotes, sorted(cuts))
    end = trailing[0] if trailing[1] else len(sentence)
    points = [start, *sorted(c for c in cuts if start < c < end), end]
    pieces: list[tuple[int, int]] = []
    for cut, following in itertools.pairwise(points):
        s, e = _trim(sentence, cut, following)
        if s >= e:
            continue
        if pieces and len(content_stems(sentence[s:e])) < min_words:
            pieces[-1] = (pieces[-1][0], e)
        elif len(pieces) == 1 and len(content_stems(sentence[slice(*pieces[0])])) < min_words:
            pieces[0] = (pieces[0][0], e)
        else:
            pieces.append((s, e))
    return tuple(pieces) or ((0, len(sentence)),)


def _trim(sentence: str, s: int, e: int) -> tuple[int, int]:
    """``sentence[s:e]`` without the spaces and punctuation at its ends (quotation marks kept)."""
    while s < e and (sentence[s].isspace() or sentence[s] in ",;:.-\u2013\u2014"):
        s += 1
    while e > s and (sentence[e - 1].isspace() or sentence[e - 1] in ",;:-\u2013\u2014"):
        e -= 1
    return s, e


# the verbs that attribute what a sentence says to a source, a subset of _VERB ("testified" reports an event)
_REPORTED = LazyPattern(
    r"\b(?:said|says|say|told|tells|claim(?:s|ed)?|alleg(?:es|ed)|reported|reports|stated)\b|\baccording\s+to\b",
    re.IGNORECASE,
)


def reported(sentence: str) -> bool:
    """Whether ``sentence`` attributes what it says, outside its quotations: "police say", "according to"."""
    quotes = _quotes(sentence)
    return any(not _inside(m.start(), quotes) for m in _REPORTED.finditer(sentence))


# what marks a sentence as reporting an event done: a past auxiliary (or "has been"), or a verb in -ed
_PAST = LazyPattern(r"\b(?:was|were|had|did|(?:has|have)\s+been)\b", re.IGNORECASE)
_ED = LazyPattern(r"\b([a-z]+ed)\b", re.IGNORECASE)
# a repetition or a former state: "will again be required" and "previously were required" are two times, not one
_WORD = LazyPattern(r"[\w'’-]+")
_OTHER_TIME = LazyPattern(r"\b(?:again|previously|formerly|once\s+more|no\s+longer|anymore)\b", re.IGNORECASE)


def reports_done(sentence: str, verbs: frozenset[str]) -> bool:
    """Whether ``sentence`` reports an event as done, outside its quotations: a past auxiliary ("was appointed",
    "had been dismissed") or one of ``verbs`` (stems) in the past ("resigned" for an expected "resign", "met" for
    "meet", by the lexicon's irregular forms). Not a spec list
    ("up to 16GB of RAM"), a present ("are thrilled to have her host", "can visit") or a plan ("plans its own")."""
    quotes = _quotes(sentence)
    if any(not _inside(m.start(), quotes) for m in _PAST.finditer(sentence)):
        return True
    for m in _WORD.finditer(sentence):
        word = m.group().lower()
        if _inside(m.start(), quotes) or word.endswith("ing"):
            continue
        if word.endswith("ed"):
            base = word[:-3] + "y" if word.endswith("ied") else word  # "testified", "testify"
            if stem(word) in verbs or stem(base) in verbs:
                return True
        elif any(stem(lemma) in verbs for lemma in lemmas(word, "v") - {word}):
            return True  # an irregular past: "met" for "meet", "won" for "win"
    return False


def asserts(sentence: str) -> bool:
    """Whether ``sentence`` has a finite verb to assert anything with: an auxiliary, a verb in -ed or another
    inflected form of a verb (by the lexicon: "drove", "says"); not a headline's phrase ("Latest on Waitrose
    supermarket fire")."""
    words = {m.group().lower() for m in _WORD.finditer(sentence)}
    if words & _AUXILIARIES or _ED.search(sentence) is not None:
        return True
    return any(not w.endswith("ing") and lemmas(w, "v") - {w} for w in words)


def other_time(sentence: str) -> bool:
    """ "again", "previously", "no longer": the sentence sets its event against another time."""
    return _OTHER_TIME.search(sentence) is not None


def _hedge_after(sentence: str, end: int, limit: int, cues: tuple[_Cue, ...]) -> str | None:
    """A hedge right after a fact that qualifies it: "Five people [were] reportedly killed", "Today may be"."""
    after = {c.start: c for c in cues if c.hedge and end <= c.start < limit}
    if not after:
        return None
    pos, auxiliary = end, False
    for _ in range(_TAIL_WORDS):
        m = _TAIL_WORD.match(sentence, pos, limit)
        if not m:
            return None  # punctuation ends the fact's clause or phrase
        cue = after.get(m.start(1))
        if cue is not None:  # "people suspected of ...": a participle with no auxiliary describes the people
            return cue.hedge if cue.free or auxiliary else None
        word = m.group(1).lower()
        if word in _AUXILIARIES:
            auxiliary = True
        elif auxiliary or word.endswith("ed") or (word in _TAIL_STOPS and not _joins_names(sentence, m)):
            return None  # the fact's own verb ("were arrested", "died") or the end of its noun phrase
        pos = m.end()
    return None


def _joins_names(sentence: str, m: re.Match[str]) -> bool:
    """ "the Damazine and Kurmuk areas": an "and" before a capital joins names, not clauses."""
    after = _TAIL_WORD.match(sentence, m.end())
    return m.group(1).lower() == "and" and after is not None and after.group(1)[0].isupper()


def _inside(pos: int, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
    return any(a <= pos < b for a, b in spans)


@functools.lru_cache(maxsize=256)  # extract_claims asks once per claim, several claims a sentence
def _analyse(sentence: str) -> _Sentence:
    cues = _cues(sentence)
    if not cues:
        return _PLAIN  # most sentences: nothing to place in clauses
    quotes = _quotes(sentence)
    bounds: dict[int, list[int]] = {}
    strong = first = len(sentence)  # the first strong boundary and the first one past a leading adjunct
    for m in _BOUNDARY.finditer(sentence):
        k = next((n for n, (qs, qe) in enumerate(quotes) if qs <= m.end() < qe), -1)
        bounds.setdefault(k, []).append(m.end())
        if k == -1 and m.group("strong"):
            strong = min(strong, m.end())
        if k == -1 and not m.group("intro"):
            first = min(first, m.end())
    relatives = tuple(m.span() for m in _RELATIVE.finditer(sentence) if not _inside(m.start("word"), quotes))
    outside = bounds.setdefault(-1, [])
    heads = (m for m in _FRAME.finditer(sentence, 0, first) if not _inside(m.start(), quotes))
    head = next((m.end() for m in heads if not _DETERMINER_BEFORE.search(sentence, 0, m.start())), 0)  # "the alleged"
    trailing = _trailing(sentence, quotes, outside)
    if trailing[1]:
        bisect.insort(outside, trailing[0])  # the trailing frame is a clause of its own
    return _Sentence(cues, quotes, relatives, bounds, (head, strong) if head else (0, 0), trailing)


def _cues(sentence: str) -> tuple[_Cue, ...]:
    """The hedges and negations of ``sentence``, in order."""
    low = sentence.lower()
    if len(low) != len(sentence):  # a letter whose lower case is longer ("İ"): keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)
    if not _GATE.search(low):
        return ()
    cues = []
    n = len(sentence)
    for m in HEDGES.finditer(low):
        if _within_word(low, m.start()) or (m.group() == "may" and sentence[m.start()] == "M"):
            continue  # "may" inside "dismay"; "May" the month
        if m.group("will") and sentence[m.start()] == "W" and (m.start() > 0 or _NAME_AFTER.match(sentence, m.end())):
            continue  # "Will Artino scored 14 points": a name
        if m.group("claim") and _is_claim_made(low, m):
            continue
        word = " ".join(m.group().split())
        if word in ("alleged", "suspected") and _PERSON.match(low, m.end()):
            continue
        if m.group("expected"):
            be = _BE_BEFORE.search(low, max(0, m.start() - 24), m.start())
            if not be:
                continue
            word = f"{be.group(1)} {' '.join(m.group('expected').split())}"
        if (m.group("will") or m.group("plan")) and _DETERMINER_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue  # a noun: "the will of the people", "the plans to build"
        reach, bound = n, False
        if m.group("participle") and _is_bound(low, m, word):
            # a participle after a noun describes it ("a man suspected of shooting"); an attributive "the alleged
            # theft" doubts an act (a person, "the alleged gunman", is no cue at all)
            bound = word not in ("alleged", "suspected") or low.startswith((" of", " to"), m.end())
            phrase_end = _PHRASE_END.search(low, m.end())
            words = _BOUND_WORDS.match(low, m.end())
            reach = min(phrase_end.start() if phrase_end else n, words.end() if words else n)
        cues.append(_Cue(m.start(), word, bool(m.group("free")), reach, bound))
    for m in NEGATIONS.finditer(low):
        if _negates(low, m):
            cues.append(_Cue(m.start(), "", not m.group("denial"), n))
    return tuple(sorted(cues))


def _negates(low: str, m: re.Match[str]) -> bool:
    """Not a word inside another ("casino"), "whether or not", "if not", nor "was dismissed" (fired)."""
    i, word = m.start(), m.group()
    if m.group("nt"):
        return i > 0 and low[i - 1].isalpha()  # "n't" ends a word: "didn't"
    if _within_word(low, i):
        return False
    if word == "not":
        return not _OR_IF_BEFORE.search(low, max(0, i - 4), i)
    return not (word.startswith("dismiss") and _PASSIVE_BEFORE.search(low, max(0, i - 6), i))


def _within_word(low: str, i: int) -> bool:
    """A match not at a word's start: "dismay", "casino", "most-likely"."""
    return i > 0 and (low[i - 1].isalnum() or low[i - 1] in "-_")


def _is_bound(sentence: str, m: re.Match[str], word: str) -> bool:
    """An attributive or participle hedge, bound to its phrase: "the alleged theft", "an employee accused of"."""
    before = sentence[max(0, m.start() - 12) : m.start()]
    if _PREDICATE_BEFORE.search(before):
        return False  # "is accused of", "are said to be": the clause's predicate
    if word in ("alleged", "suspected"):  # else a verb: "prosecutors alleged two counts", "police suspected arson"
        return bool(_DETERMINER_BEFORE.search(before)) or sentence.startswith((" of", " to"), m.end())
    return True


def _is_claim_made(sentence: str, m: re.Match[str]) -> bool:
    """ "claimed responsibility", "those claims": a claim made or a noun, not a claim reported."""
    if _CLAIM_OBJECT.match(sentence, m.end()):
        return True
    noun = _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) is not None
    return noun and not sentence.startswith(" that", m.end())


def _quotes(sentence: str) -> tuple[tuple[int, int], ...]:
    """The quotations in ``sentence``, marks included; a first mark that closes continues a quote from before."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    first = True
    for m in _QUOTE_MARK.finditer(sentence):
        i, mark = m.start(), m.group()
        if opened is not None:
            if mark != "“":  # a second opening mark is a stray one
                spans.append((opened, i + 1))
                opened = None
        elif mark == "”" or (mark == '"' and first and _closes(sentence, i)):
            if first:
                spans.append((0, i + 1))  # the quotation opened in an earlier sentence
        else:
            opened = i
        first = False
    if opened is not None:
        spans.append((opened, len(sentence)))
    return tuple(spans)


def _closes(sentence: str, i: int) -> bool:
    """A straight mark after a word and before a space or the end closes a quotation: `died," he said`; so does one
    that only a reporting frame follows to the end of the sentence (`homes, "an agency spokesman said.`, as
    tokenised text writes it)."""
    if i > 0 and not sentence[i - 1].isspace() and (i + 1 == len(sentence) or not sentence[i + 1].isalnum()):
        return True
    return i > 0 and _TRAILING_FRAME.match(sentence, i + 1) is not None


def _trailing(sentence: str, quotes: tuple[tuple[int, int], ...], bounds: list[int]) -> tuple[int, int]:
    """The words of the frame after the sentence's last comma or quotation, if it ends in one: ", the rebels said"."""
    sep = sentence.rfind(",")
    while sep >= 0 and (_inside(sep, quotes) or _NUMBER_COMMA.match(sentence, sep - 1)):
        sep = sentence.rfind(",", 0, sep)
    sep = max(sep, quotes[-1][1] if quotes else -1)
    m = _TRAILING_FRAME.match(sentence, sep) if sep > 0 else None
    if not m or any(sep < b < m.end() for b in bounds):
        return (0, 0)  # no frame, or a clause of its own: ", although it has not been stated where"
    return (sep, m.end("frame") if m.group("frame") else m.end())
