"""Who said a quotation: reading the attribution next to it.

News English attributes a quotation with a verb of saying and a speaker phrase, in a handful of orders:

* after the quotation: ``"...," the minister said`` / ``"...," said Jon Owen, a resident`` / ``"...," according to
  police``;
* before it: ``Nichols said: "..."`` / ``The head of the union, Giannis Panagopoulos, said: "..."`` /
  ``According to the ministry, "..."``, or a reporting clause before a partial quotation
  (``Obama said the policy "has been used ..."``).

The speaker phrase is then cut down to the speaker: the trailing run of capitalised words when it ends in a name
("California Department of ... deputy director Millicent Tidwell" -> "Millicent Tidwell"; "Craig Zadan and Neil
Meron"), the noun phrase from its determiner when it ends in a common noun ("A Surrey Police spokeswoman", "her
agent"), a name set off by commas when the phrase itself is only a description ("her agent, Mark Roesler,"), or a
pronoun, which the caller resolves. Everything here works on the :func:`tokenize` tokens of one paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from crosscheck.patterns import LazyPattern, compiled
from crosscheck.sentences import ABBREVIATIONS
from crosscheck.text import STOPWORDS
from crosscheck.wordlists import GROUP_SPEAKERS, REPORTING_VERBS


class Token(NamedTuple):
    text: str
    start: int
    end: int


Span = tuple[int, int]  # character offsets of a speaker phrase in the tokenized text


# A word starts with a letter or digit and runs on through the marks found inside words ("A.J.", "O'Connor",
# "22-year-old", "al-Hilu", "AT&T", "$160"); any other visible character is a token of its own.
_TOKEN = compiled(r"[^\W_][\w.'\u2019&$-]*|\S")

# Verbs whose object follows them, so that "..., told X" names the listener, not the speaker.
_TAKES_OBJECT = frozenset("told tells asked asks urged urges promised promises warned warns".split())
# Words between a speaker and the verb: "Smith also said", "in which Jeffs allegedly wrote", "she had told".
_ADVERBS = frozenset(
    """also later then once previously recently earlier further simply again repeatedly reportedly allegedly
    publicly quietly angrily only has had have would will""".split()
)
# A reporting clause before a partial quotation names whose words they are only when nothing in between hands
# them to someone else: "Smith said the union called it "a disaster"" quotes the union, not Smith.
_HANDS_ON = frozenset(
    """called calls calling described describes describing dubbed dubs labelled labeled labels termed terms
    branded brands nicknamed known titled named quoted quoting cited citing""".split()
)
# Of those, the verbs whose subject gives the words their own voice, when an object comes between: "Smith called
# the offer "an insult"", "which he described as "just a local church"" (not "a group called "X"").
_CALLS = frozenset(
    """called calls described describes dubbed dubs labelled labeled labels termed terms branded brands""".split()
)
# Their participles after a comma take the subject of the clause before: "Kiir denied the claims, calling them
# "smoke screens ...""
_CALLING = frozenset("calling describing dubbing labelling labeling terming branding".split())
# A capitalised word with one of these after its hyphen describes a name: "New York-based Human Rights Watch".
_MODIFIER_SUFFIXES = frozenset("based born led backed owned run made funded sponsored linked allied".split())
# Words that join two partial quotations: "some progress" but "remains ...".
_COORDINATORS = frozenset("and but or , yet".split())
# Words that head a line with a colon but name no speaker: "Update: ...", "Video: ...".
_LINE_LABELS = frozenset(
    """update updated breaking exclusive watch video photos photo analysis opinion editorial summary comment live
    read see note correction quote quotes related more""".split()
)
DETERMINERS = frozenset(
    """a an the his her their its our my your another one this these those some each both any many two three four
    several""".split()
)
PRONOUNS = frozenset("he she they we it i you".split())
# Words that end a speaker phrase in either direction: a clause starts there.
_CLAUSE = frozenset(
    """that who whom whose which when while where whether after before because since if as but or so although
    though until unless than then adding saying according per and""".split()
)
# After "said ...", these start what follows the speaker: "said Smith in a statement", "said a man wearing ...".
_PREPOSITIONS = frozenset(
    """in on at during to from with by about into over under near via through following outside inside last this
    next""".split()
)
# Verbs that never stand in a speaker phrase: after "said" they start the reported clause.
_AUXILIARIES = frozenset(
    "is was were are am be been had has have will would could can did does do should may might must".split()
)
# Determiners that pick someone out of a group or bring someone new in: "One of the wives of ...", "a man".
INDEFINITE = frozenset("a an another one two three several some each any many".split())
# Words that open a subordinate clause: "after the officer said".
_SUBORDINATORS = frozenset("after before when whenever because if since although though unless until while as".split())
# Nouns in "-ed", which otherwise ends a verb: "The director denied [reports]" has no speaker.
_ED_NOUNS = frozenset("accused deceased bed red seed speed shed creed need breed steed".split())
# Words that cannot end a noun phrase.
_NOT_NOUNS = _CLAUSE | _PREPOSITIONS | DETERMINERS | _AUXILIARIES
# Inside a name: "Department of Alcohol", "Nicolas de Caritat", "Osama bin Laden", "Craig Zadan and Neil Meron".
_NAME_LINKS = frozenset("of for de del della da di du van von der den bin ibn al el la le and &".split())
# A name after one of these ends a description of the speaker: "a spokesperson for Interoute".
_PLACE_LINKS = frozenset("of for in from at near with".split())
# "X of Y" is one name when X is an office or an organisation ("Secretary of State", "Bank of England"); after a
# person's name it gives the affiliation ("Okafor of the National Disaster Agency"), so the speaker is X.
_OF_HEADS = frozenset(
    """department ministry minister secretary university bank bureau office institute council board committee
    republic union court church house academy association federation agency commission center centre school
    college society party chamber director president governor chief head chairman chairwoman mayor duke duchess
    prince princess king queen bishop archbishop attorney general chancellor lord earl friends daughters sons
    state states services service administration authority league division""".split()
)
# Capitalised words that begin sentences or name days, never a speaker: "But Smith said:", "On Monday the
# minister said", "said Monday".
STOP_CAPS = frozenset(
    """the a an but and or so in on at as for from to of by with when while after before then also however
    meanwhile later earlier yesterday today tonight now still yet instead asked speaking separately elsewhere
    finally last next this that these those there here his her their its our my he she it they we i you
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_MAX_PHRASE = 16  # tokens in a speaker phrase, appositive included
_MAX_APPOSITIVE = 14
_MAX_TITLE = 8  # words of a title quoted in an aside
_MAX_RELATIVE = 26  # tokens in a relative clause set off by commas: ", who on Thursday earned ... ,"
_MAX_CLAUSE = 28  # tokens between a reporting verb and the partial quotation it introduces


def tokenize(text: str) -> list[Token]:
    """The words and marks of ``text``; a full stop after a word is its own token unless it abbreviates."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, s, e = m.group(), m.start(), m.end()
        core = word.rstrip(".")
        if core != word and core and not _abbreviates(core):
            out.append(Token(core, s, s + len(core)))  # "said Roesler." - the stop ends the sentence
            out.append(Token(".", s + len(core), e))
        else:
            out.append(Token(word, s, e))
    return out


def _abbreviates(core: str) -> bool:
    """The full stop after ``core`` belongs to it: an initial ("J."), initials ("A.J."), "Sgt.", "Inc."."""
    return (len(core) == 1 and core.isalpha()) or "." in core or core.lower() in ABBREVIATIONS


def is_word(tok: str) -> bool:
    return tok[0].isalnum()


def is_cap(tok: str) -> bool:
    """A capitalised word, the stuff of names: "Smith", "A.J.", "O'Connor", "al-Hilu", "49ers"."""
    return tok[0].isupper() or (tok[:3] in ("al-", "el-") and tok[3:4].isupper())


def _is_possessive_mark(tok: str) -> bool:
    """A detached apostrophe, as some exports write "sheriff ’ s" or "Pictures ' Matthew"."""
    return tok in ("'", "\u2019")


def speaker_after(toks: Sequence[Token], i: int) -> Span | None:
    """The speaker named by the attribution that starts at token ``i``, just after a quotation.

    ``"...," the minister said`` / ``"...," said Jon Owen`` / ``"...," according to police``.
    """
    while i < len(toks) and toks[i].text == ",":
        i += 1
    if i >= len(toks):
        return None
    first = toks[i].text.lower()
    if first in REPORTING_VERBS:
        return _phrase_after_verb(toks, i + 1, len(toks))
    if first in ("according", "as") and i + 1 < len(toks) and toks[i + 1].text.lower() in ("to", "per"):
        return _phrase_after_verb(toks, i + 2, len(toks))
    # The speaker first: words up to the verb, with at most one appositive or clause set off by commas.
    commas = 0
    for j in range(i, min(len(toks), i + _MAX_PHRASE + 1)):
        t = toks[j].text
        low = t.lower()
        if low in REPORTING_VERBS and j > i:
            found = _phrase_before_verb(toks, i, _skip_adverbs_back(toks, i, j))
            if found is None and commas == 1 and toks[j - 1].text == ",":
                # '"...," the Sudanese capital, said one of the rebel leaders': an aside, then the verb
                return _phrase_after_verb(toks, j + 1, len(toks))
            return found
        if t == ",":
            commas += 1
            if commas > 2:
                return None
        elif not (is_word(t) or _is_possessive_mark(t)) or (low in _CLAUSE and low != "and" and commas == 0):
            return None
    return None


def speaker_before(toks: Sequence[Token], i: int) -> Span | None:
    """The speaker named by a reporting clause that ends at token ``i`` (exclusive), just before a quotation.

    ``Nichols said: "..."`` / ``X told reporters on Monday, "..."`` / ``According to the ministry, "..."`` /
    ``Obama said the policy toward family planning "has been ..."`` (a partial quotation).
    """
    j = i - 1
    if j >= 0 and toks[j].text in (":", ","):
        if toks[j].text == ":" and (head := _line_head(toks, j)) is not None:
            return head
        j -= 1
    lo = max(0, j - _MAX_CLAUSE)
    while j >= lo:
        t = toks[j].text
        low = t.lower()
        if low in REPORTING_VERBS:
            return subject_of(toks, j)
        if j > 0 and (low, toks[j - 1].text.lower()) in (("to", "according"), ("per", "as")):
            return _phrase_after_verb(toks, j + 1, i)  # "According to the ministry, ...", "As per Reuters, ..."
        if low in _HANDS_ON:
            return _caller(toks, j, i)
        if _is_quote_mark(t) and j < i - 1 and all(toks[k].text.lower() in _COORDINATORS for k in range(j + 1, i)):
            # 'had made "some progress" but "remains ..."': a second partial quotation of the same speaker
            opening = next(
                (k for k in range(j - 1, max(-1, j - _MAX_CLAUSE), -1) if _is_quote_mark(toks[k].text)), None
            )
            return None if opening is None else speaker_before(toks, opening)
        if not (is_word(t) or _is_possessive_mark(t)):
            return None
        j -= 1
    return None


def _line_head(toks: Sequence[Token], colon: int) -> Span | None:
    """A name alone before a colon at the head of a line, as headlines attribute: ``South Sudan: "..."``."""
    if colon > 4 or not _is_name(toks, 0, colon) or (colon == 1 and toks[0].text.lower() in _LINE_LABELS):
        return None
    return _span(toks, 0, colon)


def _caller(toks: Sequence[Token], verb: int, quote: int) -> Span | None:
    """Whose words a partial quotation after "called", "described as" (``toks[verb]``) are: the subject of that
    verb ("Smith said the union called the offer "an insult"" quotes the union; "which he described as "..."" quotes
    him), or for "..., calling them "..."" the name that opens the sentence. Nobody's when nothing comes between
    the verb and the quotation ("a group called "X"" names it) or the verb hands the words on ("quoted", "cited")."""
    low = toks[verb].text.lower()
    if verb + 1 >= quote:
        return None
    if low in _CALLS:
        return subject_of(toks, verb)
    if low in _CALLING and verb > 0 and toks[verb - 1].text == ",":
        # "Kiir denied ..., calling", "Though she ..., Mary sent me a letter ..., calling": the last name that
        # opens a clause, then its verb
        found = None
        k = verb - 2
        while k >= 0 and toks[k].text not in ".!?;":
            if (
                (k == 0 or toks[k - 1].text in ",.!?;")
                and _is_name_word(toks, k)
                and toks[k].text.lower() not in STOPWORDS
            ):
                end = k
                while end < verb and _is_name_word(toks, end):
                    end += 1
                if toks[end].text.islower() and toks[end].text.isalpha() and found is None:
                    found = _span(toks, k, end)
            k -= 1
        return found
    return None


def subject_of(toks: Sequence[Token], verb: int) -> Span | None:
    """The speaker of the verb of saying at token ``verb``: "The head of the union, Giannis Panagopoulos, said"."""
    end = _skip_adverbs_back(toks, 0, verb)
    if end >= 3 and toks[end - 1].text == ")":  # "Sen. Barbara Boxer (D-Calif.) said"
        opening = next((k for k in range(end - 2, max(-1, end - 8), -1) if toks[k].text == "("), None)
        end = end if opening is None else opening
    if end >= 2 and _is_quote_mark(toks[end - 1].text) and toks[end - 2].text == "," and _titled(toks, end - 2):
        end -= 1  # 'who starred in "Revolutionary Road," said': the aside's comma is inside the title's marks
    return _phrase_before_verb(toks, _phrase_start(toks, end), end)


def reporter_of(toks: Sequence[Token], verb: int) -> Span | None:
    """The speaker of the verb of saying at token ``verb`` in running text, outside quotation marks.

    "X said ...", or after a comma "..., said local hospital director Hengky Tewu" (but "told" has an object
    there: "Dana Tamir, a director at Trusteer, told the BBC"). A subject in a subordinate clause ("... after
    the officer said his papers had expired") is no reporter: the sentence is about someone else.
    """
    if verb > 0 and toks[verb - 1].text == "," and toks[verb].text not in _TAKES_OBJECT:
        found = _phrase_after_verb(toks, verb + 1, len(toks))
        if found is not None:
            after = next((k for k, t in enumerate(toks) if t.start >= found[1]), len(toks))
            # "..., said Hengky Tewu." / "..., said Ron Howard in ...", not "..., said three shells landed at"
            if after == len(toks) or toks[after].text in ",.;:" or _is_name_word(toks, after - 1):
                return found
    found = subject_of(toks, verb)
    if found is not None:
        first = next(k for k, t in enumerate(toks) if t.start == found[0])
        if first > 0 and toks[first - 1].text.lower() in _SUBORDINATORS:
            return None
    return found


def _titled(toks: Sequence[Token], comma: int) -> bool:
    """The words before ``toks[comma]`` are a short title opened by a quotation mark: ``in "Revolutionary Road,"``."""
    k = comma - 1
    while k >= 0 and comma - k <= _MAX_TITLE and is_word(toks[k].text):
        k -= 1
    return k >= 0 and k < comma - 1 and _is_quote_mark(toks[k].text)


def _digit_comma(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` is a comma inside a number, as some exports space it: "1, 000"."""
    return toks[k].text == "," and 0 < k < len(toks) - 1 and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit()


def _is_quote_mark(tok: str) -> bool:
    return tok in ('"', "\u201c", "\u201d")


def _in_aside(tok: str) -> bool:
    """A token of an appositive or a relative clause: a word, or the marks of a title quoted in it."""
    return is_word(tok) or _is_possessive_mark(tok) or _is_quote_mark(tok)


def _relative(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` opens a relative clause: "who", "which", "whose"."""
    return k < len(toks) and toks[k].text.lower() in ("who", "which", "whose", "whom")


def _skip_adverbs_back(toks: Sequence[Token], lo: int, j: int) -> int:
    """The end (exclusive) of the speaker phrase before the verb at ``j``: "Smith also said" ends after "Smith"."""
    while j - 1 > lo and toks[j - 1].text.lower() in _ADVERBS:
        j -= 1
    return j


def _phrase_start(toks: Sequence[Token], end: int) -> int:
    """Where the subject that ends at ``end`` (exclusive) may start: after the clause boundary before it.

    An appositive or a relative clause set off by commas is stepped over whole: "Smith, who led the team, said".
    """
    j = end - 1
    if j >= 0 and toks[j].text == ",":
        k = j - 1
        while k >= 0 and j - k <= _MAX_RELATIVE and (_in_aside(toks[k].text) or _digit_comma(toks, k)):
            k -= 1
        relative = any(_relative(toks, r) for r in range(k + 1, j))
        if k < 0 or toks[k].text != "," or (j - k > _MAX_APPOSITIVE + 1 and not relative):
            return end
        j = k - 1
        aside = True
    else:
        aside = False
    lo = max(0, j - _MAX_PHRASE)
    while j >= lo:
        t = toks[j].text
        low = t.lower()
        if t == "," and aside and j > 0 and _is_name_word(toks, j - 1):
            # "John Ging, director of operations in Gaza for UNRWA, the United Nations Relief and Works Agency,
            # said": two asides after a name that opens the clause
            r = j - 1
            while r > 0 and _is_name_word(toks, r - 1):
                r -= 1
            if r == 0 or not is_word(toks[r - 1].text) or toks[r - 1].text.lower() in _CLAUSE:
                return r
        if not (is_word(t) or _is_possessive_mark(t)) or low in REPORTING_VERBS or (low in _CLAUSE and low != "and"):
            return j + 1
        j -= 1
    return lo


def _phrase_before_verb(toks: Sequence[Token], lo: int, hi: int) -> Span | None:
    """The speaker in ``toks[lo:hi]``, the phrase right before a verb of saying.

    A phrase ending in ", X," has an appositive: the speaker is X when X is a name and the phrase before it only
    describes ("her agent, Mark Roesler,"), else the phrase before it ("Miss Rachel Bates, court clerk,").
    """
    if lo >= hi:
        return None
    if toks[hi - 1].text != ",":
        return _reduce(toks, lo, hi)
    first = next((k for k in range(lo, hi - 1) if toks[k].text == ","), None)
    if first is not None and _is_name(toks, lo, first):
        return _reduce(toks, lo, first)  # "John Ging, director of ..., the United Nations ... Agency,"
    comma = max((k for k in range(lo, hi - 1) if toks[k].text == ","), default=None)
    if comma is None or hi - 1 - comma > (_MAX_RELATIVE if _relative(toks, comma + 1) else _MAX_APPOSITIVE + 1):
        return None
    main = _reduce(toks, lo, comma)
    if main is not None and _is_name_word(toks, comma - 1):
        return main
    if _is_name(toks, comma + 1, hi - 1):
        return _span(toks, comma + 1, hi - 1)
    if _is_name_word(toks, hi - 2):  # "Lamas' son, actor Lorenzo Lamas,": a titled name
        return _reduce(toks, comma + 1, hi - 1) or main
    return main


def _phrase_after_verb(toks: Sequence[Token], i: int, hi: int) -> Span | None:
    """The speaker in the phrase that starts at token ``i``, right after a verb ("said Jon Owen, a resident")."""
    j = i
    while j < hi and j - i < _MAX_PHRASE:
        t = toks[j].text
        low = t.lower()
        if low in _AUXILIARIES or (low in PRONOUNS and j + 1 < hi and is_word(toks[j + 1].text)):
            return None  # "..., says the mood is angry", "said he backed King": a clause, not a speaker
        if not (is_word(t) or _is_possessive_mark(t)) or low in REPORTING_VERBS or low in _PREPOSITIONS:
            break
        if low in _CLAUSE and not (low == "and" and _joins(toks, j, hi)):
            break
        if t.endswith("ing") and t.islower() and len(t) > 5 and j > i:  # "said a man wearing ski goggles"
            break
        if t.endswith("ed") and t.islower() and j > i + 1 and j + 1 < hi and toks[j + 1].text in _PREPOSITIONS:
            break  # "said one leaflet distributed in the square" (but "said a masked man")
        j += 1
    main = _reduce(toks, i, j)
    if j < hi and toks[j].text == "," and (main is None or not _is_name_word(toks, j - 1)):
        # "said one of the rebel leaders, Abdel Aziz al-Hilu, in ...": a name in apposition to a description
        k = j + 1
        while k < hi and k - j <= 6 and (is_cap(toks[k].text) or toks[k].text.lower() in _NAME_LINKS):
            k += 1
        if _is_name(toks, j + 1, k) and (k == hi or not is_word(toks[k].text)):
            return _span(toks, j + 1, k)
    return main


def _joins(toks: Sequence[Token], j: int, hi: int) -> bool:
    """An "and" inside a speaker phrase: between two names or two plain nouns, not before a new clause."""
    if j == 0 or j + 1 >= hi:
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    if is_cap(before) and is_cap(after):
        return True
    return (
        before.isalpha() and after.isalpha() and before.islower() and after.islower() and after not in REPORTING_VERBS
    )


def _reduce(toks: Sequence[Token], lo: int, hi: int) -> Span | None:
    """Cut the speaker phrase ``toks[lo:hi]`` down to the speaker (see the module docstring)."""
    if lo >= hi:
        return None
    if toks[hi - 1].text.lower() in PRONOUNS:
        return _span(toks, hi - 1, hi)
    if not _is_name_word(toks, hi - 1):
        return _nominal(toks, lo, hi)
    run = _name_run(toks, lo, hi)
    if run is None:
        return None
    a = run[0] - 1
    if a > lo and toks[a].text.lower() in _PLACE_LINKS and not is_cap(toks[a - 1].text):
        # "a spokesperson for Interoute", "one woman in Qeshm": the name ends a description of the speaker
        return _nominal(toks, lo, hi) or _span(toks, *run)
    if toks[lo].text.lower() in INDEFINITE and any(toks[k].text.lower() in _PLACE_LINKS for k in range(lo, a)):
        # "One of the wives of ... leader Winston Blackmore": the speaker is one of them, not the name
        return _span(toks, lo, hi)
    return _span(toks, *run)


def _name_run(toks: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The run of capitalised words that ends ``toks[lo:hi]`` (token range), with a "the" before it."""
    k = hi - 1
    first: int | None = None
    while k >= lo:
        low = toks[k].text.lower()
        if _is_name_word(toks, k):
            first = k
        elif first is None:
            break
        elif low in ("of", "for") or (low == "the" and k > lo and toks[k - 1].text.lower() in ("of", "for")):
            link = k if low in ("of", "for") else k - 1
            if link == lo or not _is_name_word(toks, link - 1):
                break
            if toks[link - 1].text.lower().rstrip(".") not in _OF_HEADS:
                # "Okafor of the National Disaster Agency": the speaker is the person before "of".
                return _name_run(toks, lo, link) or (first, hi)
            k = link  # "Secretary of State", "Center for Biological Diversity": one name
        elif low == "the":
            return k, hi  # "the White House", "The Hollywood Reporter"
        elif not (low in _NAME_LINKS and k > lo and _is_name_word(toks, k - 1)):
            break  # a link only between capitalised words: "Craig Zadan and Neil Meron", "Osama bin Laden"
        k -= 1
    return None if first is None else (first, hi)


_NOUN_WORD = LazyPattern(r"[\w'\u2019-]+")


def _nominal(toks: Sequence[Token], lo: int, hi: int) -> Span | None:
    """A noun phrase ending in a common noun, from its determiner: "a friend of the actress", "her agent"."""
    head = toks[hi - 1].text
    low = head.lower()
    if not _NOUN_WORD.fullmatch(head) or low in _NOT_NOUNS or (low.endswith("ed") and low not in _ED_NOUNS):
        return None  # "A relative came and [told]", "The director denied [reports]": no noun ends the phrase
    k = hi - 2
    start: int | None = None
    while k >= lo:
        low = toks[k].text.lower()
        owner = _possessor(toks, k, lo)
        if owner is not None and start is None:  # "Jeffs' attorney", "Ms. Davis ’ s sister": the owner's name
            start = owner  # starts the phrase, unless a determiner comes before ("the deputy's mother")
            while start > lo and _is_name_word(toks, start - 1):
                start -= 1
            k = start - 1
            continue
        if low in DETERMINERS:
            start = k
            if k - 2 >= lo and toks[k - 1].text.lower() in ("of", "for"):  # "the head of the union"
                k -= 2
                continue
            break
        if low in PRONOUNS or low in REPORTING_VERBS or (low in _CLAUSE and not (low == "and" and _joins(toks, k, hi))):
            break
        k -= 1
    if start is not None:
        return _span(toks, start, hi)
    if head.lower() in GROUP_SPEAKERS:
        return _span(toks, hi - 1, hi)
    return None


def _possessor(toks: Sequence[Token], k: int, lo: int) -> int | None:
    """The owner's token when ``toks[k]`` ends a possessive: "Kafoury's", "Jeffs'", or, as some exports write
    them, "Davis ’ s" and "Lamas '"."""
    t = toks[k].text
    if t.endswith(("'s", "\u2019s")) or (t.endswith(("'", "\u2019")) and len(t) > 1):
        return k
    if t == "s" and k - 2 >= lo and _is_possessive_mark(toks[k - 1].text):
        return k - 2
    if _is_possessive_mark(t) and k - 1 >= lo:
        return k - 1
    return None


def _is_name_word(toks: Sequence[Token], k: int) -> bool:
    """A word that can be part of a name: capitalised and no sentence opener, or the number in "Juror No. 8"."""
    t = toks[k].text
    if t.isdigit():
        return k > 0 and toks[k - 1].text in ("No.", "No")
    return is_cap(t) and t.lower() not in STOP_CAPS and t.rsplit("-", 1)[-1] not in _MODIFIER_SUFFIXES


def _is_name(toks: Sequence[Token], a: int, b: int) -> bool:
    """``toks[a:b]`` is a name: capitalised words (and links such as "of", "al-"), not just a day or an opener."""
    return (
        a < b
        and _is_name_word(toks, a)
        and _is_name_word(toks, b - 1)
        and all(_is_name_word(toks, k) or toks[k].text.lower() in _NAME_LINKS for k in range(a, b))
    )


def _span(toks: Sequence[Token], a: int, b: int) -> Span:
    return toks[a].start, toks[b - 1].end
