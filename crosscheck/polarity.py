"""Polarity: does one of two equivalent sentences deny or negate what the other asserts?

The claims' ``negated`` flag is too coarse for a
hard verdict (any "no" anywhere in the sentence, in a quote or a clause about something else, sets it), so the
rule reads the words itself and fires only when removing the one negation leaves what the other sentence says.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from crosscheck import lexicon
from crosscheck.claims.hedges import EXPECTATIONS
from crosscheck.model import Claim, Status
from crosscheck.patterns import compiled
from crosscheck.text import STOPWORDS, content_stems, stem, words
from crosscheck.wordlists import CALENDAR, RELATIVE_DAYS

_DOUBLE_QUOTED = compiled(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"\u201c\u201d]*\"")
_QUOTE_MARK = compiled(r"[\"\u201c\u201d]|(?:^|(?<=[\s(]))['\u2018](?=\w)|\u2018")
_SPACED_APOSTROPHE = compiled(r"(?<=[A-Za-z])\s*[\u2019']\s*(?=[A-Za-z])")  # ECB+ text: "didn \u2019 t"
_NOT_A_NEGATION_AFTER = frozenset(
    "only just merely simply least until till before more less better worse doubt matter mention sooner".split()
)  # "not only", "not until May", "never been more clear", "no doubt", "no matter"
# "has not been charged", "not yet", "no longer": true when written; a later report of the change is no conflict
_AS_OF_NOW = frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't", "yet", "longer"})
_NOT_A_NEGATION_BEFORE = frozenset({"or", "if", "whether"})  # "whether or not", "if not"
_CONDITIONAL = frozenset({"if", "whether", "unless"})  # "did not say whether ...": nothing is denied
# attribution verbs are one report whatever the verb: "the governor told reporters" / "the governor said"
_REPORT_FORMS = dict.fromkeys(("says", "say", "saying", "told", "tells", "tell", "according"), "said")
_DETERMINERS = frozenset("the a an this that these those his her their its my our your any such".split())


def polarity_conflict(a: Claim, b: Claim, params: Mapping[str, Any]) -> bool:
    """Exactly one of two equivalent sentences denies or negates their shared predicate (see ``negated_side``)."""
    return negated_side(a, b, params) is not None


def negated_side(a: Claim, b: Claim, params: Mapping[str, Any]) -> Claim | None:
    """Exactly one of two equivalent sentences denies or negates their shared predicate.

    "The minister denied ordering the raid" / "The minister ordered the raid" and "No one was hurt in the fire" /
    "Two people were hurt in the fire" conflict. Conservative, because a false hard discrepancy is the worst error:
    it needs one negation in one sentence (outside quotes) and none at all in the other; the negation must govern
    the shared predicate (every content word of the negated sentence, bar the negation, is in the other sentence,
    which adds at most ``max_extra`` words); a denial verb must deny an act ("denied ordering", "refused to
    resign"), not a noun ("denied the charges"); a hedge on either side, a report the denying side lacks ("police
    said he fired" / "he denied firing") or a negated report ("would not say") makes the two compatible; so does
    an expectation on one side only, unless the other denies the intent ("did not resign" / "is expected to
    resign"; but "has no intention of attacking" / "plans to attack"). With ``as_of_now`` in ``params``, a
    negation true when written ("has not been charged", "not yet") counts too. The negating claim, or ``None``.
    """
    if Status.HEDGED in (a.status, b.status):
        return None
    expects = [c.hedge is not None and EXPECTATIONS.fullmatch(c.hedge) is not None for c in (a, b)]
    text_a, text_b = _unquoted(a.text), _unquoted(b.text)
    if text_a is None or text_b is None:
        return None  # a quote that opens or closes outside this sentence: whose words are whose is unclear
    texts = (text_a, text_b)
    negations = _negation_pattern(tuple(params.get("words", ())), tuple(params.get("denials", ())))
    cues = [list(negations.finditer(t)) for t in texts]
    if bool(cues[0]) == bool(cues[1]):
        return None  # neither negates, or both do (an agreement)
    n = 0 if cues[0] else 1
    negated, asserted, plain = texts[n], texts[1 - n], (b, a)[n]
    if len(cues[n]) != 1 or plain.negated or negations.search(_SPACED_APOSTROPHE.sub("'", plain.text)):
        return None  # two negations, or one in the asserting sentence (in a quote or not)
    cue = cues[n][0]
    before = [w.lower() for w in words(negated[: cue.start()])]
    after = [w.lower() for w in words(negated[cue.end() :])]
    if (before and before[-1] in _NOT_A_NEGATION_BEFORE) or (after and after[0] in _NOT_A_NEGATION_AFTER):
        return None
    if _CONDITIONAL & set(after):
        return None
    predicate = next((w for w in after if w not in STOPWORDS), None)
    if predicate is None or predicate in {str(w).lower() for w in params.get("silence", ())}:
        return None  # nothing negated, or a withheld statement ("would not say", "did not confirm") denies nothing
    between = after[: after.index(predicate)]
    reporting = {_REPORT_FORMS.get(str(w).lower(), str(w).lower()) for w in params.get("reporting", ())}
    said = {_REPORT_FORMS.get(w.lower(), w.lower()) for w in words(asserted)} & reporting
    near = after[len(between) + 1 : len(between) + 3]
    denial = " ".join(cue.group(0).lower().split()) in {str(w).lower() for w in params.get("denials", ())}
    if denial:
        verbal = predicate.endswith(("ing", "ed")) or between[-1:] == ["to"]  # "denied that it dumped"
        if not verbal or (_DETERMINERS - {"that"}) & set(between):
            return None  # "denied the charges" denies an accusation the other sentence need not make
    elif expects[0] != expects[1]:
        return None  # "did not resign" / "is expected to resign": an expectation is not an assertion
    elif params.get("as_of_now") is not True and _AS_OF_NOW & {*before[-1:], *between, *near, cue.group(0).lower()}:
        return None  # "has not been charged", "no arrests have been made": true when written
    if not said <= {_REPORT_FORMS.get(w.lower(), w.lower()) for w in words(negated)}:
        return None  # "police said he fired" / "he denied firing": a report or an accusation, and a denial
    # counted, so that "when he was not arrested ... a previous arrest" needs both arrests in the other sentence
    rest = Counter(_stems(negated[: cue.start()] + " " + negated[cue.end() :]))
    other = Counter(_stems(asserted))
    extra = frozenset(w for w in frozenset(other) - frozenset(rest) if not _dated(w))  # "on Tuesday" adds no fact
    too_short = len(rest) < float(params.get("min_words", 2))
    if too_short or rest - other or len(extra) > float(params.get("max_extra", 0)):
        return None  # the negation is about something the other sentence does not say, or they differ besides
    return (b, a)[1 - n] if _in_place(asserted, extra, _stems(predicate)) else None


_COMPLEMENT_PREPOSITIONS = frozenset({"with", "for", "to", "of", "over", "in"})


def _in_place(asserted: str, extra: frozenset[str], predicate: Sequence[str]) -> bool:
    """The asserting sentence's extra words stand where the negation stood, just before the shared predicate
    ("plans to attack" for "has no intention of attacking"); not a new subject ("Felt's family revealed" for "Felt
    did not reveal") or a detail elsewhere."""
    tokens = words(asserted)
    for i, token in enumerate(tokens):
        if not extra & set(_stems(token)):
            continue
        previous = tokens[i - 1].lower().replace("\u2019", "'") if i else ""
        if previous.endswith("'s") or previous in _DETERMINERS:
            return False
        if _complement(tokens, i, predicate):
            continue  # "was charged with murder" for "has not been charged": what the charge was
        if _dated(token):
            continue  # "resigned on Tuesday" for "did not resign": when, not what
        following = next((s for t in tokens[i + 1 :] for s in _stems(t)), None)
        if not predicate or following != predicate[0]:
            return False
    return True


def _dated(token: str) -> bool:
    """A word that dates the clause: a day, a month, a time of day, a year."""
    lower = token.lower()
    return lower in _CALENDAR or lower in RELATIVE_DAYS or (token.isdigit() and len(token) == 4)


_CALENDAR = frozenset(CALENDAR)


def _stems(text: str) -> tuple[str, ...]:
    """Content stems, an irregular verb by its base ("met" as "meet", "fled" as "flee"): "denied meeting the
    lobbyist" negates what "met the lobbyist" asserts."""
    out = []
    for w in words(text):
        found = content_stems(w)
        if found:
            e = lexicon.entry(w.lower(), "v")
            out.append(stem(min(e.bases)) if e is not None and e.bases else found[0])
    return tuple(out)


def _complement(tokens: Sequence[str], i: int, predicate: Sequence[str]) -> bool:
    """``tokens[i]`` is the object of a preposition right after the shared predicate: "charged with murder",
    "arrested for theft", "sentenced to life"."""
    return (
        bool(predicate)
        and i >= 2  # the predicate and the preposition before the word
        and tokens[i - 1].lower() in _COMPLEMENT_PREPOSITIONS
        and _stems(tokens[i - 2])[:1] == (predicate[0],)
    )


def _unquoted(text: str) -> str | None:
    """The sentence with its double-quoted passages removed; ``None`` when a quote is left open or is in single
    marks (it runs beyond the sentence, or the marks are ambiguous with apostrophes)."""
    text = _SPACED_APOSTROPHE.sub("'", text)
    rest = _DOUBLE_QUOTED.sub(" ", text)
    return None if _QUOTE_MARK.search(rest) else rest


@functools.lru_cache(maxsize=8)
def _negation_pattern(negations: tuple[str, ...], denials: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the rule's negation words and denial phrases, longest first ("has no intention" before
    "no"); "n't" takes its verb along ("didn't"); "No. 1" is a rank, not a negation."""
    parts = []
    for w in sorted({str(x) for x in (*negations, *denials)}, key=lambda x: (-len(x), x)):
        body = r"\s+".join(re.escape(t) for t in w.split())
        parts.append(r"\b[A-Za-z]*" + body + r"\b" if not w[:1].isalpha() else r"\b" + body + r"\b")
    return re.compile(r"(?:" + "|".join(parts) + r")(?!\.\s*\d)", re.IGNORECASE)


def opposed(a: Claim, b: Claim, params: Mapping[str, Any]) -> bool:
    """Two equivalent sentences that say the opposite by one pair of opposite words: "voted for the bill" / "voted
    against the bill", "the shares rose" / "the shares fell", "was convicted" / "was acquitted". Conservative, as
    :func:`negated_side` is: neither sentence is negated or hedged; the two words are the rule's ``opposites``
    (pairs of base forms, "win lose"), each absent from the other sentence, and the only such pair; and every other
    content word of each sentence is in the other, bar at most ``max_extra`` words (a day or a date says when, and
    counts for none)."""
    if a.negated or b.negated or Status.HEDGED in (a.status, b.status) or a.status != b.status:
        return False
    text_a, text_b = _unquoted(a.text), _unquoted(b.text)
    if text_a is None or text_b is None:
        return False
    table = _opposites(tuple(str(p) for p in params.get("opposites", ())))
    tokens_a, tokens_b = words(text_a), words(text_b)
    bases_a = {base for t in tokens_a for base in _bases(t)}
    bases_b = {base for t in tokens_b for base in _bases(t)}
    found = [(x, y) for x in bases_a - bases_b for y in table.get(x, ()) if y in bases_b - bases_a]
    if len(found) != 1:
        return False
    ((x, y),) = found
    rest_a = {s for s in _stems(text_a) if s != stem(x)} - {stem(y)}
    rest_b = {s for s in _stems(text_b) if s != stem(y)} - {stem(x)}
    extra = {s for s in rest_a ^ rest_b if not _dated(s)}
    return min(len(rest_a), len(rest_b)) >= float(params.get("min_words", 2)) and len(extra) <= float(
        params.get("max_extra", 0)
    )


@functools.lru_cache(maxsize=8)
def _opposites(pairs: tuple[str, ...]) -> Mapping[str, frozenset[str]]:
    """The rule's pairs of opposite base forms, both ways: "win lose" gives win -> {lose} and lose -> {win}."""
    out: dict[str, set[str]] = {}
    for pair in pairs:
        x, y = pair.lower().split()
        out.setdefault(x, set()).add(y)
        out.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in out.items()}


def _bases(token: str) -> frozenset[str]:
    """A word's base forms as a verb ("rose" -> "rise", "won" -> "win") and as itself ("against", "guilty")."""
    lower = token.lower()
    return lexicon.lemmas(lower, "v") | {lower}
