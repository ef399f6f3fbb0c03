"""Quantities: a number, its scale, its unit or counted noun, and its qualifier as an interval.

Handles digits with separators and decimals ("100,000", "6.1", and the "20, 000" / "6. 1" spacing some text
exports leave), number words ("seven", "twenty-five", "a dozen", "a hundred", "three and a half", "half a
million"), vague amounts ("dozens", "tens of thousands", "multiple times"), scales ("1.2 million", "$3bn", "5k"), money,
percentages, units written against the figure ("2000ft", "58km"), speeds ("120 miles an hour", "80 km/h", in km/h),
calibres and gauges (".38-caliber", "a. 357 caliber", "12-gauge"), hyphenated adjectives ("90-minute",
"300-seat", "76-year-old"), ranges ("between 80 and 90", "80-90 people", "30 to 40"), compound durations and
heights ("an hour and 20 minutes", "6-foot-9"), changes ("could double", "rose 5%", "fell by a third"), and
qualifiers before the number ("more than", "around", "up to") or after it ("or more", "or so", "50-plus"),
"a pair of" (two) and "a couple of" (about two), and a bare "one" only as a casualty count ("killing one").

Numbers that name rather than count are not quantities: years, clock times, phone numbers, model, route and
street numbers. An ordinal with its noun is a position, not a count ("her third marriage": ``ordinal``, 3,
"marriage"). Shares of a whole are percentages ("two-thirds of the Senate"), ages by decade intervals of age
("in her early 40s"), and "for a year", "a minute of silence" durations. An age is an age: "61-year-old",
"Hiller, 43,", "aged 61", "She was 85."
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from attrs import evolve

from crosscheck.claims.dates import MONTHS, WEEKDAYS
from crosscheck.model import Mention, Qualifier, Quantity
from crosscheck.patterns import LazyPattern, compiled
from crosscheck.text import singular
from crosscheck.wordlists import PEOPLE, ROLE_NOUNS, VAGUE_AMOUNTS, VAGUE_BEFORE_PLURAL

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0,
    "bn": 1e9, "mn": 1e6, "mm": 1e6, "m": 1e6, "k": 1e3, "b": 1e9, "tn": 1e12,
}  # fmt: skip
# "weekslong protests": a stretch of several of the unit, as the vague plural of the unit is read
_LONG = {"hours": (2.0, 23.0), "days": (2.0, 13.0), "weeks": (2.0, 8.0), "months": (2.0, 11.0), "years": (2.0, 9.0)}
CURRENCIES = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "£": "gbp", "gbp": "gbp", "pound": "gbp",
    "€": "eur", "eur": "eur", "euro": "eur", "¥": "jpy", "yen": "jpy", "yuan": "cny", "rupee": "inr",
    "rs": "inr", "inr": "inr", "₹": "inr", "a$": "aud", "c$": "cad", "hk$": "hkd", "nz$": "nzd", "rupiah": "idr",
    "franc": "chf",
}  # fmt: skip
# Units that convert: (canonical unit, factor to it).
UNITS = {
    "second": ("second", 1.0), "sec": ("second", 1.0), "minute": ("second", 60.0), "min": ("second", 60.0),
    "hour": ("second", 3600.0), "hr": ("second", 3600.0), "day": ("day", 1.0), "week": ("day", 7.0),
    "month": ("month", 1.0), "year": ("year", 1.0), "decade": ("year", 10.0), "century": ("year", 100.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "km": ("km", 1.0), "metre": ("km", 0.001),
    "meter": ("km", 0.001), "m": ("km", 0.001), "mile": ("km", 1.609344), "foot": ("km", 0.0003048),
    "ft": ("km", 0.0003048), "centimetre": ("km", 1e-5), "centimeter": ("km", 1e-5), "cm": ("km", 1e-5),
    "millimetre": ("km", 1e-6), "millimeter": ("km", 1e-6), "mm": ("km", 1e-6),
    "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0), "kmh": ("km/h", 1.0),
    "percent": ("percent", 1.0), "per cent": ("percent", 1.0), "%": ("percent", 1.0),
    "tonne": ("tonne", 1.0), "ton": ("tonne", 1.0), "kg": ("tonne", 0.001), "kilogram": ("tonne", 0.001),
}  # fmt: skip
# Measure nouns that do not convert but, like units, are the unit even in the singular: "the nine acre site".
_MEASURES = frozenset("acre hectare inch yard gallon litre liter barrel ounce degree storey".split())
# The smaller unit that may follow a larger one, with its factor to the larger one's canonical unit:
# "an hour and 20 minutes", "two years and six months", "6-foot-9".
_SUBUNITS = {
    "hour": {"minute": 60.0, "min": 60.0, "second": 1.0}, "minute": {"second": 1.0},
    "day": {"hour": 1 / 24}, "week": {"day": 1.0}, "year": {"month": 1 / 12}, "foot": {"inch": 0.0000254},
}  # fmt: skip
# Fractions in change expressions ("fell by a third"), as percentages.
_FRACTIONS = {"third": 100 / 3, "quarter": 25.0, "half": 50.0}
# The denominators of a share of a whole ("two-thirds of the Senate", "a three-fifths majority"), as percentages.
_DENOMINATORS = {
    "half": 50.0, "halve": 50.0, "third": 100 / 3, "quarter": 25.0, "fourth": 25.0, "fifth": 20.0,
    "sixth": 100 / 6, "seventh": 100 / 7, "eighth": 12.5, "ninth": 100 / 9, "tenth": 10.0,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip

_NUMWORD = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[\s-](?:"
    + "|".join(k for k in _UNITS_WORDS if k != "zero")
    + r"))?|"
    + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
    + r"|a\s+dozen|half\s+a\s+dozen|dozen"
    + r"|half\s+an?(?=\s)"  # "half a million", "half an hour": kept only with a scale or a unit
    + r"|a(?=[\s-](?:hundred|thousand|million|billion)\b)"  # "a hundred people", "a million dollars"
    + r"|an?(?=\s+(?:"  # "an hour and 20 minutes", "a year and a half": kept only with the second part
    + "|".join(_SUBUNITS)
    + r")\s+and\s)"
    + r"|a\s+(?:pair|couple)(?=\s+of\s+(?!(?:hundred|thousand|million|billion|dozen)s?\b)))"  # "a pair of officers"
)
_DIGITS = r"(?:\d{1,3}(?:,\s?\d{3})+(?!\d)(?:\.\d+)?|\d+\.\s\d{1,2}(?!\d)(?!\s?[:/])|\d+(?:\.\d+)?)"
_CURRENCY = r"(?P<cur>US\$|A\$|C\$|HK\$|NZ\$|\$|£|€|¥|₹|(?i:euros?|usd|eur|gbp|inr|rs\.?)\s?(?=\d))"
_FIGURE = (
    _CURRENCY + r"?(?P<num>" + _DIGITS + r"|(?i:" + _NUMWORD + r"))"
    r"(?P<half>\s+and\s+a\s+half\b|½|[\s-]1/2(?!\d))?"  # "three and a half years", "2½ hours", "2 1/2 years"
    r"(?![.,]?\d)"  # the whole figure: no backtracking from "7.62mm" to "7"
    r"(?:(?(cur)(?!))(?P<glued>km\s?/\s?h|ft|km|kg|cm|mm|mph|kph|kmh|lbs?|FT|KM|KG)(?![^\W_])"  # "2000ft", not money
    r"|[\s-]?(?P<scale>(?i:hundred|thousand|million|billion|trillion|dozen))\b"  # "1.2 million", "$137-million"
    r"|\s?(?P<abbr>(?i:bn|mn|tn)|MM)\b|(?P<abbr1>[mkbMKB])\b"  # "$3bn", "$3 bn", "£1.7m", "$20MM", "5k"; "10m" metres
    r")?"
    r"(?![^\W_])"  # no other letters against it: "5pm", "4GB", "1990s"
    r"(?:\s?(?P<pct>%|(?i:percent|per\s?cent)\b))?"
    r"(?:-(?P<hyph>[A-Za-z]+(?:-[A-Za-z]+)*))?"  # "90-day", "61-year-old", "6-foot-9"
)
_NUMBER = LazyPattern(
    # not inside a word, a code ("AK-47", "#1") or another figure, but "magnitude-6. 4" is a magnitude (the
    # nested lookbehind is much faster than an alternation tried at every position)
    r"(?<![\w.$£€¥₹#/])(?<!(?<!(?i:magnitude))-)" + _FIGURE
)
_SECOND_FIGURE = LazyPattern(_FIGURE)  # the second end of a range, which may follow a hyphen: "80-90"
_VAGUE = LazyPattern(
    r"\b(?P<vague>(?i:"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(VAGUE_AMOUNTS, key=len, reverse=True))
    + r"))\b(?:\s+of\b)?"
)
# a scale after "several" or "a few": "several hundred", "a few thousand of them"
_VAGUE_SCALE = LazyPattern(r"\s+(?P<scale>(?i:hundred|thousand|million|billion))\b(?:\s+of\b)?")
_MAGNITUDE_BEFORE = LazyPattern(r"(?i:magnitude)[\s-]$")
_RATING_BEFORE = LazyPattern(r"\b(?P<scale>Category|Level|Grade|Stage|Phase|Tier)\s$")  # a rating, capitalised
_RICHTER_AFTER = LazyPattern(r"\s+on\s+the\s+Richter\b")
_MEASURING_BEFORE = LazyPattern(r"(?i:\b(?:measuring|measured|registering|registered)\s+(?:(?:about|around|at)\s+)?)$")
# "could double", "tripled": scanned for the verb of change, then the modal before it is looked for
_CHANGE = LazyPattern(r"(?i:(?P<change>double|triple|quadruple|halve)(?:d|s)?\b)")
# after an uninflected "double", a word that makes it an adjective: not a verb's object or adverbial ("could double
# in size", "double its output", "double by 2030", "expected to double.")
_CHANGE_ADJECTIVE_AFTER = LazyPattern(
    r"(?i:-|\s+(?!(?:in|to|from|its|the|their|his|her|our|by|again|over|this|next|that|since|within|if|as|and|or"
    r"|when|each|every|a|an|at|after|before|during|until|while|once|overnight|annually)\b)[a-z])"
)
_MODAL_BEFORE = LazyPattern(r"(?i:\b(?:could|would|will|may|might|to|set to|expected to)\s+)$")
# Verbs of change before a figure: "rose 5%", "fell by more than 10 percent" (but "rose to 5%" is a level).
_CHANGE_VERBS = (
    r"rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|dropped|drops?|dropping|jumped|jumps?|climbed"
    r"|climbs?|increased|increases?|decreased|decreases?|declined|declines?|grew|grows?|gained|gains?|lost|shed"
    r"|slipped|slid|plunged|plummeted|soared|surged|tumbled|sank|slumped|cut|cuts|slashed|raised|lowered|reduced"
)
_CHANGE_BEFORE = LazyPattern(r"(?i:\b(?:" + _CHANGE_VERBS + r"|up|down)\s+(?:by\s+)?)$")
# Nouns of change after a percentage: "a 5% rise".
_CHANGE_AFTER = LazyPattern(
    r"(?i:\s+(?:rise|increase|drop|fall|decline|cut|gain|jump|hike|reduction|decrease|growth|slump|surge)\b)"
)
# "fell by a third", "cut by half": a change as a fraction, read as a percentage. The fraction is scanned for,
# then the verb before it ("two-thirds" is matched from "thirds", "a third of the town" is no change).
_FRACTION = LazyPattern(r"(?i:(?P<frac>third|quarter|half)s?\b(?!\s+(?:of|a|an|the)\b))")
_FRACTION_CHANGE = LazyPattern(
    r"(?i:\b(?:" + _CHANGE_VERBS + r")\s+(?:by\s+)?(?P<qual>(?:about|around|almost|nearly|roughly|more\s+than"
    r"|over|at\s+least|less\s+than|up\s+to)\s+)?(?:a\s+|one[-\s]|(?P<times>two|three)[-\s])?)$"
)

_LOWER = LazyPattern(
    r"(?i:\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|greater\s+than|above|no\s+fewer\s+than"
    r"|no\s+less\s+than|a\s+minimum\s+of|exceeding|topping|beyond))\s+$"
)
_APPROX = LazyPattern(
    r"(?i:\b(?:around|about|roughly|some|approximately|nearly|almost|close\s+to|an\s+estimated|estimated"
    r"|approx\.?|circa|c\.|just\s+under|just\s+over|more\s+or\s+less))\s+$"
)
_UPPER = LazyPattern(
    r"(?i:\b(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|no\s+more\s+than|as\s+many\s+as|below"
    r"|a\s+maximum\s+of|as\s+much\s+as|as\s+high\s+as))\s+$"
)
# A qualifier after the figure: "14 or more", "a week or so", "400+".
_QUALIFIER_AFTER = LazyPattern(
    r"\s+or\s+(?P<word>more|over|above|greater|higher|fewer|less|under|below|so)\b|(?P<plus>\+)(?![\d+])"
)
_AFTER_WORDS = {
    "more": Qualifier.LOWER_BOUND, "over": Qualifier.LOWER_BOUND, "above": Qualifier.LOWER_BOUND,
    "greater": Qualifier.LOWER_BOUND, "higher": Qualifier.LOWER_BOUND, "plus": Qualifier.LOWER_BOUND,
    "fewer": Qualifier.UPPER_BOUND, "less": Qualifier.UPPER_BOUND, "under": Qualifier.UPPER_BOUND,
    "below": Qualifier.UPPER_BOUND, "so": Qualifier.APPROXIMATE, "odd": Qualifier.APPROXIMATE,
    "longer": Qualifier.LOWER_BOUND, "shorter": Qualifier.UPPER_BOUND,  # "a month or longer"
}  # fmt: skip
# "around the $400 million mark": a qualifier may stand before "the" when a word like "mark" follows the figure.
_MARK_AFTER = LazyPattern(r"\s+(?:mark|level|threshold|barrier|milestone)\b")
_THE_BEFORE = LazyPattern(r"(?i:\bthe\s+)$")

# Ranges: "80-90 people", "80 to 90", "two or three", "between 80 and 90" (the "and" only after "between").
_RANGE_JOIN = LazyPattern(r"\s?[-\u2013]\s?|\s+(?P<word>to|or|and)\s+")
_BETWEEN_BEFORE = LazyPattern(r"(?i:\bbetween\s+)$")
# "rose from 40 to 50", "raise the number of seats from 65 to 125" are two levels, not a range; "from 60 to 100
# people" with no verb of change is one
_FROM_BEFORE = LazyPattern(
    r"(?i:\b(?:" + _CHANGE_VERBS + r"|went|gone|goes|moved|expanded|shrank|shrunk|raise|raising|lower|lowering"
    r"|increase|increasing|decrease|decreasing|reduce|reducing|change[sd]?|changing|boost\w*|up|down)"
    r"\s+(?:[\w'\u2019-]+\s+){0,4}from\s+)$"
)
_RANGE_OPENER = LazyPattern(r"(?i:\b(?:between|from)\s+)$")  # part of a range's span: "from 60 to 100 people"
_RANGING_BEFORE = LazyPattern(r"(?i:\b(?:rang\w*|var\w*|anywhere)\s+from\s+)$")  # ... "ranging from 7 to 75" is one
_DETERMINER_BEFORE = LazyPattern(r"(?i:\b(?:a|an|the)\s+|'s\s+|\u2019s\s+)$")  # "a 91-73 victory", "the 9-11 attacks"
# Nouns after "N-M" that make it a result, not a range: "a 5-19 start", "9-14 record".
_RESULT_NOUNS = frozenset(
    """victory win loss defeat lead record mark score tie draw start run spurt streak edge margin halftime vote
    decision verdict count majority setback rout thumping drubbing shocker triumph""".split()
)

# The smaller part of a compound: "and 20 minutes", ", 8 inches", "and a half", "-9" (after "6-foot").
_COMPOUND_TAIL = LazyPattern(
    r",?\s+(?:and\s+)?(?P<n>\d{1,2}(?![\d.,])|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>[a-z]+)\b"
    r"|\s+and\s+a\s+(?P<half>half)\b"
    r"|-(?P<inches>\d{1,2})(?![\d.])(?:\s?-?(?:inch(?:es)?|in\b))?"
)
_YEARS_OLD = LazyPattern(r"\s+(?:old\b|of\s+age\b)")

# Ages: "aged 61", "ages 12", "at the age of 10"; "He was 95." / "she is 43 and"; "Hiller, 43," / "Hiller (43)".
# "several dozen", "a couple of dozen" are vague, read by _VAGUE
_SEVERAL_BEFORE = LazyPattern(r"(?i:\b(?:several|few|couple(?:\s+of)?)\s+)$")
# "died at 85", "Dead at 95", "dies at 91": a death at an age (the age ends the clause: not "died at 1600 Main St.")
_DIED_AT_BEFORE = LazyPattern(r"(?i:\b(?:died|dies|dead|dying)\s+at\s+)$")
_DIED_AT_AFTER = LazyPattern(r"\s*(?:[.,;:]|$)|\s+(?:when|on|in|at|and|after|following|from|surrounded)\b")
_AGE_BEFORE = LazyPattern(r"(?i:\b(?:aged?|ages|age\s+of|turn(?:s|ed|ing)?)\s+)$")
# the second age of a pair: "ages 6 and 16", "two sons, 11 and 14"
_AGE_PAIR_BEFORE = LazyPattern(r"(?:\b(?i:aged?|ages)|\b([a-z][a-z-]+),)\s\d{1,2},?\s+and\s+$")
_PRONOUN_BEFORE = LazyPattern(r"\b(?:[Hh]e|[Ss]he|who)\s+(?:was|is|will\s+be|turns|turned|would\s+have\s+been)\s+$")
_PRONOUN_AGE_AFTER = LazyPattern(r"\s*(?:[.,;]|$)|\s+(?:when|on|in|at|and)\b")
_APPOSITION_BEFORE = LazyPattern(r"(?:\b([A-Z][\w'\u2019.-]*)|\b([a-z][a-z-]+)),\s$|\b([A-Z][\w'\u2019-]*)\s\($")
_APPOSITION_AFTER = LazyPattern(r"[,;)](?!\s?\d)|\.(?!\d)|\s+and\s|\s*$")  # not a list: "IE 7, 8, 9"
_RELATIVES = frozenset(
    """mother father son daughter wife husband brother sister boyfriend girlfriend partner friend victim suspect
    driver man woman boy girl teenager grandmother grandfather""".split()
)

# Numbers that name, not count.
_CLOCK_AFTER = LazyPattern(
    r"\s?:\s?\d\d(?!\d)|\s?[AaPp]\.\s?[Mm]\b|\s?[AaPp][Mm]\b"  # "2: 56", "11 a. m.", "5 pm"
    r"|\s\(?(?:GMT|UTC|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|ET|PT|HKT|IST|JST|AEST|AEDT)\b"  # "1200 GMT"
)
_CLOCK_BEFORE = LazyPattern(r"\d\s?:\s?$")  # the minutes of "18:41"
_SLASH = LazyPattern(r"\s?/\s?\d")  # "24/7", "9/11", "14 / 09 / 2013"
_DIMENSIONS = LazyPattern(r"\s?[x\u00d7]\s?\d")  # "1680 x 1050"
_DIMENSIONS_BEFORE = LazyPattern(r"\d\s?[x\u00d7/]\s?$")
_RANK_BEFORE = LazyPattern(r"(?i:\b(?:top|position|ranked|rank|seed|seeded)\s+)$")  # "top 10", "position 5"
_EMERGENCY = LazyPattern(r"(?i:\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing)\s+)$")
# A run of digit groups that may be a phone number: "0845 125 2222", "(555) 123-4567", "+44 20 7946 0000".
_DIGIT_GROUPS = LazyPattern(r"(?:\+\d{1,3}\s?)?\(?\d+\)?(?:[\s.-]\(?\d+\)?)+")
_STREET = LazyPattern(
    r"(?:\s+[A-Z][a-z]*\.?){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    r"|Court|Ct|Terrace|Highway|Hwy|Parkway|Pkwy|Square|Sq)\b(?!-)"  # "lived at 123 Main Street"
    r"|\s+block\s+of\b"  # "the 1500 block of West Madison"
)
# What only people undergo: "46 were arrested" counts people.
_PEOPLE_VERB_AFTER = LazyPattern(
    r"\s+(?:were|have\s+been|had\s+been|are|was)\s+(?:arrested|detained|rescued|evacuated|hospitali[sz]ed|charged"
    r"|jailed|convicted|displaced|stranded|trapped|treated|questioned)\b"
)
# A weapon's calibre or gauge is a measure: ".38-caliber revolver", "a. 357 caliber" (a spaced export), "a .22-calibre
# rifle", "a .357 Magnum", "a .38 revolver"; "a 12-gauge shotgun". The calibre is read as written, in inches, and
# stands for itself (an interval of one point), so ".38" and ".357" conflict and ".38" and ".38-caliber" agree.
_CALIBRES = frozenset({"caliber", "calibre", "gauge", "magnum"})
_WEAPONS = r"revolver|pistol|handgun|rifle|shotgun|gun|carbine|bullet|cartridge|round|shell"
_CALIBRE = LazyPattern(
    r"(?<![\d.,])\.\s?(?P<cal>\d{2,3})(?![\d.,])"  # ".38", ". 357" (not "5.38", "1,000.5")
    r"(?:[\s-](?i:calibers?|calibres?|magnum)\b|(?=\s(?:" + _WEAPONS + r")\b))"  # "-caliber"; "revolver"
    r"|(?<![\w.,$\u00a3\u20ac])(?P<cal2>\d{2,3})[\s-](?i:calibers?|calibres?|magnum)\b"  # "a 38-caliber", no dot
    r"|(?<![\w.,$\u00a3\u20ac])(?P<gauge>\d{1,2})[\s-](?i:gauge)\b"  # "12-gauge", "a 20 gauge shotgun"
)
# what "degrees" are: "28 degrees Celsius", "82 degrees Fahrenheit", "a 6. 7 degree quake"
_DEGREE_AFTER = LazyPattern(
    r"\s+(?:(?P<celsius>Celsius|centigrade|C\b)|(?P<fahrenheit>Fahrenheit|F\b)"
    r"|(?P<magnitude>(?=(?:earth)?quake|temblor|tremor|on\s+the\s+Richter)))"
)
# Speeds: a distance unit per hour ("miles an hour", "km/h"); converted to km/h as "mph" is (UNITS).
_SPEED_UNITS = {"mile": "mph", "km": "km/h", "kilometre": "km/h", "kilometer": "km/h"}
_SPEED_AFTER = LazyPattern(r"\s+(?:an|a|per)\s+hour\b|\s?/\s?h(?:our|r)?\b")
_SPEED_HYPHEN = LazyPattern(r"[a-z]+-(?:an|a|per)-hour")
_STERLING = LazyPattern(r"\s+sterling\b")  # "500 pounds sterling" is money, "130 pounds" a weight

# Words that end the noun phrase after a number: "5,000 soldiers [the] army said".
_NP_STOP = frozenset(
    """the a an in on at to from of for by with and or but as than that which who whom whose were was is are be
    been being had have has will would could should may might can did do does said says told after before
    during since until into over under between per each this these those its their his her our they it he she
    we you i dead killed injured wounded died missing left while when where if so not no nor
    last next ago earlier later near along across off outside inside around toward towards against about through
    behind beyond amid among them us him me aka""".split()
)
_SKIP_BEFORE_NOUN = frozenset(
    {"other", "more", "additional", "further", "new", "extra", "of", "such", "fully", "newly", "partly", "badly"}
)
_ADVERB_ENDINGS = ("ally", "ously", "ully", "ively", "ently", "antly", "ately", "edly", "ingly", "ably", "ibly")
# The next word. A hyphen joins "AK-47", "All-Star", "court-ordered", but not "scientists-The" (a dash in an
# export): after a lower-case start, only a lower-case part or an acronym may follow a hyphen.
_NEXT_WORD = LazyPattern(
    r"\s{1,3}([A-Z](?:[A-Za-z0-9'\u2019]|-(?=[A-Za-z0-9]))*|[a-z](?:[A-Za-z0-9'\u2019]|-(?=[a-z0-9]|[A-Z][A-Z0-9-]))*)"
)
_MODEL_NUMBER = LazyPattern(r"[\s-]\d{1,4}(?![\d.,]|\s?%)\b")
_GENERIC_BEFORE = frozenset(
    """total number estimate group tally average maximum minimum age out one each all some most none both any half
    more less""".split()
)
_POPULATION = frozenset("crowd town city village population community audience camp".split())
_KNOWN_UNITS = frozenset({"magnitude", "percent"})
_VERBS = frozenset(
    """hit struck took came went got made fell rose saw gave held won lost ran began fled remain
    remained face faced need needed marched died live lived work worked die dies hurt""".split()
)
_PLURALS = frozenset({"people", "police", "staff", "personnel", "cattle", "livestock"})
_CASUALTIES = (
    (LazyPattern(r"(?i)\b(?:killed|killing|kills|dead|died|die|dies|dying|deaths?|fatalities|lives|bodies)\b"), "dead"),
    (LazyPattern(r"(?i)\b(?:injured|injuring|injuries|wounded|wounding|hurt)\b"), "injured"),
    (LazyPattern(r"(?i)\b(?:missing|unaccounted)\b"), "missing"),
)
# A clause break between a casualty word and a count: "55 wounded in the school, where hundreds of Palestinians".
_CLAUSE_BREAK = LazyPattern(r"[;:()\u2014]|,\s*(?:where|who|which|while|when|whose|but|as|after|before)\b")
# ... or another count with a verb of its own after it: "killed six children and left 14 others trapped".
_NEW_PREDICATE = LazyPattern(
    r"(?:\d|\b(?i:" + "|".join([*_UNITS_WORDS, *_TENS_WORDS]) + r")\b).*\b(?:and|but)\s+(?!(?:another|other|others"
    r"|at|about|around|some|nearly|almost|more|over|up|as|just|only|a|an|the|roughly|approximately)\b)[a-z]+\s+$",
    re.DOTALL,
)
# Capitalised words that may stand before a count at the start of a sentence ("About 300", "Only 12").
_STARTERS = frozenset(
    """a an the about around some nearly almost roughly approximately only just more over at least fewer less
    than up to another all and but of in on by for with from after before since as estimated an some between
    ranging""".split()
)
_DETERMINERS = frozenset("a an the his her its their our my your this that".split())
_DEFINITE_BEFORE = LazyPattern(r"(?i:\b(?:the|these|those|its|their|his|her|our|all)\s+)$")
_ORDINAL_SUFFIX = LazyPattern(r"(?i)(?:st|nd|rd|th)\b")
_YEAR = LazyPattern(r"(?:1[89]|20)\d\d")

# Tallies: a vote, a score or a win-loss record, "52-47", "52 - 47", "52-to-47", "52 to 47". One figure of two
# numbers of one to three digits, not part of a longer run ("45-7-2", "206-448-8160"), a season ("2008-09"), a
# word ("10-15-minute") or a date ("10 / 23 / 66"). Read only where the context makes it a tally (_is_tally).
_TALLY = LazyPattern(
    r"(?<![\w.,/$\u00a3\u20ac#\u2013-])(?P<a>\d{1,3})"
    r"(?P<join>\s?[-\u2013]\s?(?!to\b)|-to-|\s+to\s+)"
    r"(?P<b>\d{1,3})(?![\d%]|[.,]\d|\s?[-\u2013/]\s?\d|-?[A-Za-z])"
)
# A tally word after the figure, with at most one singular word before it: "a 52-47 vote", "an 88-72 road loss".
_TALLY_NOUN_AFTER = LazyPattern(
    r"\s+(?:(?P<word>[a-z]+(?:-[a-z]+)?)\s+)?(?:votes?|decision|ruling|record|mark|win|victory|loss|defeat|margin"
    r"|majority|verdict|count|tally|split|score|lead|start|run|setback)\b"
)
# Words before a tally that make it one whatever follows ("voted 8-1", "by a 5-4", "improved to 7-3", "beat
# the Chiefs 20-13"); the first group ("strong") also makes "52 to 47" a tally.
_TALLY_STRONG_BEFORE = LazyPattern(
    r"(?i:\b(?:voted|votes?\s+(?:of|was)|by\s+an?|(?:record|mark)\s+of|won|lost|beat|beats|defeated|ruled"
    r"|(?:passed|approved|rejected|adopted|confirmed|upheld|overturned)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w\'\u2019-]+\s+){0,3}))\s*$"  # "ruled 5-4", "passed the bill 47-52", "approved the new budget 6-3"
)
_TALLY_VERB_BEFORE = LazyPattern(
    r"(?i:\b(?:opened|went|(?:record|mark)\s+(?:to|at|stands\s+at|stood\s+at)"
    r"|(?:slumping|floundering|underachieving|sitting|standing|struggling|languishing|stands|stood)\s+at"
    r"|improv\w*\s+(?:[\w\'\u2019-]+\s+){0,3}to"  # "improved the Ukrainian-born fighter to 52-3"
    r"|(?:fell|fall(?:s|ing)?|drop\w*|mov\w*|rose|ris\w*)\s+(?:(?:his|her|their|its|the)\s+(?:record|mark)\s+)?to"
    r"|wins?|loses?|beating|defeats?|defeating|overcame|led|leading|trailed|trailing|tied))\s+$"
    r"|\b(?:beat|beats|beating|defeated|defeats|lost\s+to|overcame|leading|led|trailing|trailed)"
    r"\s+(?:(?:the|host|visiting)\s+)*(?:[A-Z][\w.\'\u2019]*\s+){0,2}[A-Z][\w.\'\u2019]*,?\s+$"
)
# what a tally counts, by the words around it (the text before it, " | ", the text after it), first match wins
_TALLY_KINDS = (
    (
        "vote",
        LazyPattern(
            r"\bvot(?:e|ed|es|ing)\b|\|\s+(?:\w+\s+)?(?:decision|ruling|verdict|count|split|majority)\b"
            r"|\b(?:ruled|passed|approved|rejected|adopted|confirmed|upheld|overturned)\b[^|]*\|"
        ),
    ),
    (
        "record",
        LazyPattern(
            r"\b(?:record|mark|opened|slumping|floundering|standing|sitting|improv\w*)\b[^|]*\|"
            r"|\|\s+(?:\w+\s+)?(?:record|mark|start)\b|\b(?:is|are|was|were)\s+\|"
        ),
    ),
    (
        "score",
        LazyPattern(
            r"\b(?:won|lost|beat|beats|beating|defeated|defeats|led|leading|trailed|trailing|tied)\b[^|]*\|"
            r"|\|\s+(?:\w+\s+)?(?:win|victory|loss|defeat|setback|score|lead|margin|rout)\b"
        ),
    ),
)
# "is 122-147 in three-plus seasons", "was 20-3, owner of": a state at the sentence's end or before these words.
_TALLY_BE_BEFORE = LazyPattern(r"\b(?:is|are|was|were)\s+(?:(?:just|now|only|still)\s+)?$")
_TALLY_BE_AFTER = LazyPattern(r"\s*(?:[.,;]|$)|\s+(?:in|this|on|with)\b")
# A record after a name: "the Sixers (9-14) are", "Klitschko (52-3, 46 KOs)", "Klitschko, 58-3 with 51 knockouts".
_TALLY_NAME_BEFORE = LazyPattern(r"\b[A-Z][\w.\'\u2019]*(?:\s\(|,\s)$")
_TALLY_NAME_AFTER = LazyPattern(r"\)|,\s|\s+with\b")


class _Figure(NamedTuple):
    """The figure of one number match, before any noun: "$1.2 billion", "2000ft", "5%", "10m"."""

    value: float
    precision: float  # the step of the last written digit, scaled: 1e5 for "$1.2 million"
    unit: str  # a currency, "percent" or a unit written against the figure; "" when none
    unit_word: str  # the unit as written, singular ("ft" -> "foot"): what a compound tail extends
    scale: float  # the scale read: 1e6 for "million", 1 for none
    metres: bool  # "10m" with no currency: ten metres, or ten million when a plural noun follows


def find_quantities(text: str, offset: int = 0) -> Iterator[Mention[Quantity]]:
    """Each amount in ``text``; ``end`` covers the counted noun. ``offset``: where ``text`` starts in the article
    (a sentence's start), added to every span."""
    for start, end, q in _find_quantities(text):
        yield Mention(offset + start, offset + end, q)


def _find_quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    taken = 0  # the second figure of a range or a compound ("80-90", "an hour and 20 minutes") is not read again
    calibres = list(_calibres(text)) + list(_tallies(text))
    yield from calibres
    for m in _NUMBER.finditer(text):
        if m.start() < taken or any(s <= m.start("num") < e for s, e, _ in calibres):
            continue
        found = _from_match(text, m)
        if found is not None:
            start, end, q, taken = found
            yield start, end, q
    yield from _vague(text)
    for m in _CHANGE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word
        if m.group().lower() == m.group("change").lower() and _CHANGE_ADJECTIVE_AFTER.match(text, m.end()):
            continue  # "a double murder", "DOUBLE MURDER", "double-digit": an adjective, no change
        factor = {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "halve": 0.5}[m.group("change").lower()]
        modal = _MODAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        start = modal.start() if modal else m.start()
        yield (start, m.end(),
               Quantity(value=factor, qualifier=Qualifier.EXACT, unit="times", low=factor, high=factor,
                        change=True))  # fmt: skip
    for m in _FRACTION.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word
        verb = _FRACTION_CHANGE.search(text, max(0, m.start() - 50), m.start())
        if verb is None:
            continue
        share = _FRACTIONS[m.group("frac").lower()] * {"two": 2.0, "three": 3.0}.get(verb.group("times") or "", 1.0)
        qualifier = _qualifier(verb.group("qual") or "", len(verb.group("qual") or ""))[0]
        yield verb.start(), m.end(), evolve(_interval(share, qualifier, "percent"), change=True)
    yield from _shares(text)
    yield from _decade_ages(text)
    yield from _article_durations(text)
    yield from _ordinals(text)


def _vague(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Vague amounts: "dozens of", "hundreds of thousands", "a few", "a handful of", "a couple of dozen", and a
    stretch of an unit, "weekslong". A unit counted vaguely is converted as a figure's is: "a few hours" is 7,200 to
    32,400 seconds."""
    for m in _VAGUE.finditer(text):
        vague = " ".join(m.group("vague").lower().split())
        low, high = VAGUE_AMOUNTS[vague]
        scale = _VAGUE_SCALE.match(text, m.end()) if vague in VAGUE_BEFORE_PLURAL else None
        if scale is not None:  # "several hundred people": 300 to 900 people; "a few thousand": 2,000 to 9,000
            factor = SCALES[scale.group("scale").lower()]
            low, high = low * factor, high * factor
        noun, noun_end = _counted_noun(text, m.end() if scale is None else scale.end())
        if scale is None and vague in VAGUE_BEFORE_PLURAL and not _plural_before(text, noun_end):
            continue  # "multiple sclerosis", "a multiple of 12", "numerous." , "a few of them": no count
        if noun in UNITS and _ANCHORED_AFTER.match(text, noun_end):
            continue  # "a few hours later", "a few days ago": a time, the date extractor's
        end = noun_end or (m.end() if scale is None else scale.end())
        yield m.start(), end, _vague_quantity(noun, (low, high), _casualty(text, m.start(), end, ""))
    for m in _LONG_PATTERN.finditer(text):
        yield m.start(), m.end(), _vague_quantity(singular(m.group("unit")), _LONG[m.group("unit").lower()], "")


def _vague_quantity(noun: str, interval: tuple[float, float], casualty: str) -> Quantity:
    """A vague amount of ``noun`` (a unit is converted); ``casualty`` is the state of people it counts, if any."""
    unit, factor = UNITS.get(noun, (noun, 1.0))
    if casualty and (not unit or unit in PEOPLE):
        unit = f"{unit or 'people'}:{casualty.partition(':')[2]}"
    low, high = interval
    return Quantity(value=low * factor, qualifier=Qualifier.VAGUE, unit=unit, low=low * factor, high=high * factor)


# "weekslong", "a months-long dispute", "days long": a stretch of several of the unit
_LONG_PATTERN = LazyPattern(r"(?i:\b(?P<unit>hours|days|weeks|months|years)[\s-]?long\b)")
# A share of a whole: "two-thirds of the Senate", "a three-fifths majority", "half the milk", "a quarter of the vote".
_SHARE = LazyPattern(
    r"(?i:\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?P<d>thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?P<half>half))\b)"
    r"(?P<tail>\s+of\s+(?!an?\b|\d)|\s+(?=(?:the|its|their|his|her|all)\s)|[\s-](?P<whole>majority|supermajority"
    r"|share|stake|vote)\b)"
)
# "the second half of", "two and a half", "cut by half"
_SHARE_NOT_BEFORE = LazyPattern(r"(?i:\b(?:first|second|the|and\s+a|a|one|by)\s+)$")
_WHOLE_BEFORE = LazyPattern(r"(?:\s+(?:the|its|their|his|her|all|of)\b)*")


def _shares(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """A share of a whole, in percent, exact as a fraction is: "two-thirds of the Senate" is 66.7 percent, "half the
    milk" 50, "a three-fifths majority" 60; the whole's noun is its phrase ("senate", "milk", "majority"), so that "a
    quarter of the vote" and "25 percent of the vote" are one figure. The span is the share ("two-thirds", "a
    three-fifths majority"); a qualifier before it counts ("nearly half of")."""
    for m in _SHARE.finditer(text):
        if m.group("half"):
            if _SHARE_NOT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "the second half of 2007", "two and a half", "cut by half"
            share = 50.0
        else:
            count = 1.0 if m.group("n").lower() in ("a", "one") else float(_UNITS_WORDS[m.group("n").lower()])
            share = count * _DENOMINATORS[singular(m.group("d").lower())]
            if m.group("n").lower() == "a" and m.group("whole") and singular(m.group("d").lower()) == "third":
                continue  # "a third vote": an ordinal
        end = m.end() if m.group("whole") else m.end("d" if m.group("d") else "half")
        whole = m.group("whole")
        if whole is None:
            skip = _WHOLE_BEFORE.match(text, len(text[: m.end()].rstrip()))
            whole = _counted_noun(text, skip.end() if skip else m.end())[0]
        qualifier, q_start = _qualifier(text, m.start())
        q = _interval(share, qualifier, "percent")
        yield q_start, end, evolve(q, phrase=(whole.lower(),) if whole else ())


# Ages by decade: "in her 30s", "their sixties", "his early 40s", "in her mid-twenties", "in his teens".
_DECADE_WORDS = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
# (scanned for the decade, then the possessive before it is looked for)
_DECADE_AGE = LazyPattern(
    r"\b(?P<decade>[1-9]0['\u2019]?s|(?i:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
_DECADE_BEFORE = LazyPattern(r"\b(?i:his|her|their|my|your|our|its)\s+(?:(?P<part>(?i:early|mid|late))[\s-]*)?$")
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _decade_ages(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """An age by decade is the interval of the decade, unit "age": "in her 30s" is 30 to 39, exactly (a
    34-year-old is in it; a 41-year-old is not); a part of a decade has no sharp edge, so it is approximate: "his
    early 40s" 40 to 43, "mid" 44 to 46, "late" 47 to 49. The value is the lower end, as a range's is. "In her
    teens" is 13 to 19."""
    for m in _DECADE_AGE.finditer(text):
        before = _DECADE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if before is None:
            continue
        word = m.group("decade").lower()
        decade = _DECADE_WORDS.get(word) or int(word[:2])
        low, high = (13.0, 19.0) if decade == 10 else (float(decade), decade + 9.0)
        qualifier = Qualifier.EXACT
        if part := before.group("part"):
            first, last = _DECADE_PARTS[part.lower()]
            low, high, qualifier = decade + first, decade + last, Qualifier.APPROXIMATE
            low = max(low, 13.0)
        yield before.start(), m.end(), Quantity(value=low, qualifier=qualifier, unit="age", low=low, high=high)


# A duration with the article as its number: "for a year", "could take a month", "a minute of silence", "for almost a
# decade". Only after a word that makes it a stretch of time, or before "of" and a noun ("a day of mourning"); not a
# rate ("$5 a day"), nor one anchored to another time ("a week after the attack", "a year ago": the date extractor's).
_ARTICLE_DURATION = LazyPattern(r"(?i:\b(?:an?)\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b)")
_DURATION_BEFORE = LazyPattern(
    r"(?i:\b(?:for|take|takes|took|taking|taken|lasted|lasting|lasts|last|spent|spend|spends|spending|within|after"
    r"|than|nearly|almost|about|around|under|served|serve|serving|sentenced\s+to|least|barely"
    r"|just|only|roughly|some|up\s+to)\s+)$"
)
_DURATION_OF_AFTER = LazyPattern(r"\s+of\s+[a-z]{3,}")
_ANCHORED_AFTER = LazyPattern(r"(?i:\s+(?:ago|later|earlier|after|before|since|prior|back)\b)")
_DURATION_BOUND_AFTER = LazyPattern(r"(?i:\s+or\s+(?P<word>more|longer|less|shorter|so)\b)")
_DURATION_NOT_AFTER = LazyPattern(
    r"(?i:\s+(?:ago|later|earlier|after|before|from|since|and|or|into|on|in\s+advance|prior|back)\b|['\u2019]s?\b|-)"
)


def _article_durations(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Durations whose number is the article: "for a year" is one year, "a minute of silence" 60 seconds, exact as
    "one year" is; a qualifier before the article counts ("for almost a decade" is about ten years)."""
    for m in _ARTICLE_DURATION.finditer(text):
        bound = _DURATION_BOUND_AFTER.match(text, m.end())  # "a month or longer"
        if bound is None and _DURATION_NOT_AFTER.match(text, m.end()):
            continue
        nxt = _NEXT_WORD.match(text, bound.end() if bound else m.end())
        if nxt is not None and nxt.group(1).lower() not in _NP_STOP:
            continue  # "after a second quake", "a day job": the word is no duration
        before = _DURATION_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None and not _DURATION_OF_AFTER.match(text, m.end()):
            continue
        unit, factor = UNITS[m.group("unit").lower()]
        qualifier, q_start = _qualifier(text, m.start())
        if bound is not None and qualifier is Qualifier.EXACT:
            qualifier = _AFTER_WORDS[bound.group("word").lower()]
        yield q_start, bound.end() if bound else m.end(), _interval(factor, qualifier, unit, factor)


# Ordinals that say what they count: "a second term", "the fifth straight quarter", "her third marriage", "the 21st
# victim". The ordinal needs a determiner before it and a noun written in lower case after it: not an adverb ("first
# reported", "at first"), a unit ("a second later"), a name ("Second Avenue", "the First Amendment") nor a date ("the
# 21st").
# (scanned for the ordinal, the rarer word, then the determiner before it is looked for)
_ORDINAL_DETERMINER = LazyPattern(r"(?i:\b(?:a|an|the|his|her|its|their|our|my|your)\s+|['\u2019]s\s+)$")
_ORDINAL = LazyPattern(
    r"\b(?P<ord>(?i:" + "|".join(w for w in _ORDINAL_WORDS if w != "first") + r")|\d{1,3}(?:st|nd|rd|th))\b"
    r"(?:-(?P<series>[a-z]+)\b(?!-))?(?!-)"  # "the second-floor office": a series noun hyphenated to it
)
# nouns after an ordinal that make no position worth checking: "for the second time", "the second half", "the second
# one", "the second largest", "the second most"; "the 20th century" names a time. ("First" is left out: it says
# which, "her first husband", "its first year", far more often than it places one in a series.)
# an ordinal whose noun is left out, the one just written: "in the sixth, and", "a scrappy second, as", "the team's
# eighth in 10 games". After "the" or a possessive, or an adjective after "a" ("a scrappy second"): not "a second"
# alone, which is as often a unit of time or "another" ("a second later", "a second, smaller quake")
_ELLIPTICAL_BEFORE = LazyPattern(r"(?i:\b(?:the|his|her|its|their)\s+|['\u2019]s\s+|\ba\s+[a-z]+\s+)$")
_ELLIPSIS_AFTER = LazyPattern(r"\s*[,;.](?!\d)|\s+(?:in|of)\s+(?:\d|the\b|a\b|his\b|her\b|its\b|their\b)")
_ORDINAL_NOT_NOUNS = frozenset("time half one most least thing place way century".split())
_SERIES = frozenset(
    """anniversary birthday quarter round floor inning period day week year term set game stage leg grade degree
    season lap""".split()
)
_ORDINAL_ADJECTIVES = frozenset(
    """straight consecutive successive successful straight major big bigger biggest large larger largest small
    smaller smallest such nba nfl nhl mlb""".split()
)


def _ordinals(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Ordinals as a position in a series of the noun after them: value the position, unit the noun, ``ordinal``
    set, exact. "Her third marriage" is (3, "marriage"), never a count of three marriages."""
    for m in _ORDINAL.finditer(text):
        word = m.group("ord").lower()
        value = _ORDINAL_WORDS.get(word) or int(word[:-2])
        elliptical = word in _ORDINAL_WORDS and _ELLIPSIS_AFTER.match(text, m.end())  # not "on the 21st,": a day
        if elliptical and _ELLIPTICAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "stopped him in the sixth, and", "the team's eighth in 10 games": the noun is the one just written
            q = Quantity(value=float(value), qualifier=Qualifier.EXACT, unit="", low=value, high=value)
            yield m.start("ord"), m.end(), evolve(q, ordinal=True)
            continue
        if not _ORDINAL_DETERMINER.search(text, max(0, m.start() - 7), m.start()):
            continue
        if series := m.group("series"):
            if series in _SERIES:  # not "the second-largest", "a third-party"
                q = Quantity(value=float(value), qualifier=Qualifier.EXACT, unit=series, low=value, high=value)
                yield m.start("ord"), m.end(), evolve(q, phrase=(series,), ordinal=True)
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1).isupper() and len(nxt.group(1)) > 1:
            nxt = _NEXT_WORD.match(text, nxt.end())  # "the fifth NBA coach": an acronym modifies the noun
        if nxt is None or not nxt.group(1)[0].islower() or nxt.group(1).lower() in _ORDINAL_NOT_NOUNS:
            continue
        head, end, phrase = _noun_phrase(text, m.end())
        if not head or head in _ORDINAL_NOT_NOUNS or head in _ORDINAL_WORDS or _plural_before(text, end):
            continue  # "the second officers at the scene": not one position
        # the series is the head noun ("the second bomb technician"), or a series noun that modifies it: "the 50th
        # anniversary party" and "the 50th anniversary celebration" are one 50th anniversary, "a fourth quarter
        # touchdown" is in the fourth quarter; adjectives are no series ("the fifth straight quarter")
        nouns = [
            w for i, w in enumerate(phrase) if w not in _ORDINAL_ADJECTIVES and ("-" not in w or i == len(phrase) - 1)
        ]
        if not nouns or nouns[0] in _ORDINAL_NOT_NOUNS:
            continue
        unit = nouns[0] if nouns[0] in _SERIES else nouns[-1]
        q = Quantity(value=float(value), qualifier=Qualifier.EXACT, unit=unit, low=value, high=value)
        yield m.start("ord"), end, evolve(q, phrase=phrase, ordinal=True)


def _calibres(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Calibres and gauges: ".38-caliber" is 0.38 (unit "calibre"), "12-gauge" is 12 (unit "gauge"), each exactly
    the designation written, the span without the weapon ("a .38 revolver": ".38")."""
    for m in _CALIBRE.finditer(text):
        if m.group("gauge"):
            value, unit = float(m.group("gauge")), "gauge"
        else:
            value, unit = float("0." + (m.group("cal") or m.group("cal2"))), "calibre"
        yield m.start(), m.end(), _interval(value, Qualifier.EXACT, unit)


def _tallies(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Tallies: a vote, a score or a record ("voted 5-4", "a 52-47 vote", "a 162-139 mark"), one quantity of unit
    "tally" over the whole figure, exact. The order of the two numbers says nothing (a 5-4 vote is a 4-5 vote, a
    team is 9-14 or has lost 14 and won 9), so ``value`` and ``high`` are the larger number and ``low`` the smaller:
    two tallies agree only when both ends are equal (crosscheck.facts.quantity_relation)."""
    for m in _TALLY.finditer(text):
        if _is_tally(text, m):
            a, b = float(m.group("a")), float(m.group("b"))
            yield m.start(), m.end(), Quantity(value=max(a, b), qualifier=Qualifier.EXACT, unit=_tally_kind(text, m),
                                               low=min(a, b), high=max(a, b))  # fmt: skip


def _tally_kind(text: str, m: re.Match[str]) -> str:
    """What a tally counts, where its words say: "tally:vote" ("voted 5-4", "a 6-3 decision"), "tally:record"
    ("opened 9-14", "a 162-139 mark", "the Colts (11-4)"), "tally:score" ("a 31-24 victory", "beat the Chiefs
    20-13"); plain "tally"
    otherwise. A game's score and a season's record are never compared."""
    before = text[max(0, m.start() - 40) : m.start()]
    around = before.lower() + " | " + text[m.end() : m.end() + 30].lower()
    for kind, pattern in _TALLY_KINDS:
        if pattern.search(around):
            return f"tally:{kind}"
    if _TALLY_NAME_BEFORE.search(before) and _TALLY_NAME_AFTER.match(text, m.end()):
        return "tally:record"  # a name's: "the Colts (11-4)", "Klitschko, 58-3 with 51 knockouts"
    return "tally"


def _is_tally(text: str, m: re.Match[str]) -> bool:
    """Whether the context makes ``m`` a tally: a tally word after it ("vote", "record"), or a word before it
    ("voted", "by a", "improved to"; only these for "52 to 47"), or a verb "to be" with the tally ending the
    clause ("Cheeks is 122-147 in"), or a name it is the record of ("the Sixers (9-14)")."""
    before = text[max(0, m.start() - 40) : m.start()]
    noun = _TALLY_NOUN_AFTER.match(text, m.end())
    word = noun.group("word") if noun else None
    if noun and (word is None or (word not in UNITS and word not in _NP_STOP and not _counted_after(text, m.end()))):
        return True  # "an 88-72 road loss"; not "a 10-15 minute lead", "80-90 people win"
    if _TALLY_STRONG_BEFORE.search(before):
        return not _counted_after(text, m.end())
    if m.group("join").strip() == "to":
        return False  # "from 65 to 125", "every 12 to 18 months": a range
    if _TALLY_VERB_BEFORE.search(before):
        return not _counted_after(text, m.end())
    if _TALLY_BE_BEFORE.search(before):
        return _TALLY_BE_AFTER.match(text, m.end()) is not None
    return _TALLY_NAME_BEFORE.search(before) is not None and _TALLY_NAME_AFTER.match(text, m.end()) is not None


def _counted_after(text: str, end: int) -> bool:
    """Whether a plural noun or a unit follows: "won 10-15 seats", "fell to 5-10 percent" are ranges."""
    w = _NEXT_WORD.match(text, end)
    if w is None or not w.group(1)[0].islower():
        return False
    word = w.group(1).lower()
    return word in UNITS or word in CURRENCIES or singular(word) != word or word in _PLURALS


class _Reading:
    """One figure being read, step by step (_from_match): what each step has found so far."""

    __slots__ = ("after", "consumed", "end", "hyph", "low", "mark", "phrase", "precision", "reference", "single",
                 "unit", "unit_word", "value")  # fmt: skip

    def __init__(self, fig: _Figure, end: int, low: float | None) -> None:
        self.value, self.precision, self.unit, self.unit_word = fig.value, fig.precision, fig.unit, fig.unit_word
        self.end = self.consumed = end  # where the quantity ends; where its figures end
        self.low = low  # a range's lower end
        self.hyph = ""  # the word hyphenated to the figure: "day" of "90-day"
        self.after: Qualifier | None = None  # a qualifier after the figure: "14 or more"
        self.mark = False  # "around the $400 million mark"
        self.phrase: tuple[str, ...] = ()
        self.single = False  # a bare "one": kept only as a casualty
        self.reference = False  # "the two women"


def _from_match(text: str, m: re.Match[str]) -> tuple[int, int, Quantity, int] | None:
    """The quantity at ``m``: its start (with the qualifier), its end (with the noun), and where its figures end.
    Read in steps: the figure (and a range), what follows it (a hyphenated word, a qualifier), its unit (hyphenated,
    a noun, a magnitude, a speed), the unit's conversion, whether a number without a unit counts, and its qualifier."""
    found = _figures(text, m)
    if found is None:
        return None
    fig, last, low = found
    r = _Reading(fig, last.end(), low)
    _after_figure(text, m, last, fig, r)
    if r.hyph:
        if not _hyphen_unit(m.group("num"), fig, r):
            return None
    elif not r.unit and _is_magnitude(text, m, r.end):
        r.unit = "magnitude"  # "magnitude 6.1", "6. 4 on the Richter scale", "a quake measuring 5.9"
    rating = None if r.unit else _RATING_BEFORE.search(text, max(0, m.start() - 10), m.start())
    if rating is not None and not r.hyph:
        r.unit = rating.group("scale").lower()  # "a Category 4 storm", "a Level 3 alert": a rating on a scale
    if fig.metres:
        _metres(text, r)
    if not r.unit and not r.mark and not _noun_unit(text, fig, r):
        return None
    if speed := _speed(text, r.unit, r.hyph, r.end):
        (r.unit, r.end), r.phrase = speed, ()  # no noun: "80 km/h" does not count what "80 km" counts
    if r.unit in UNITS:
        _convert(text, r)
    if not _counts(text, m, fig, r):
        return None
    q_start, q = _qualified(text, m, r)
    if rating is not None and r.unit == rating.group("scale").lower():
        q_start = min(q_start, rating.start())  # the claim reads "Category 4"
    return q_start, r.end, q, r.consumed


_DASH_DIGIT = LazyPattern(r"\s?[-\u2013]\s?\d")


def _figures(text: str, m: re.Match[str]) -> tuple[_Figure, re.Match[str], float | None] | None:
    """The figure at ``m``, or the second figure of the range it starts with its match and the range's lower end:
    "80-90 people", "between 80 and 90", "$3-4 million"; ``None`` for an ordinal, a name, a score or a code."""
    num, start = m.group("num"), m.start()
    if _ORDINAL_SUFFIX.match(text, m.end("num")):
        return None
    fig = _figure(m)
    if fig is None or _is_identifier(text, m):
        return None
    if num.lower() == "dozen" and _SEVERAL_BEFORE.search(text, max(0, start - 12), start):
        return None
    rng = _range(text, m, fig)
    if rng is not None:
        last, second, low = rng
        return second._replace(unit=second.unit or fig.unit), last, low
    if _DASH_DIGIT.match(text[m.end("num") :]):
        return None  # a score or a code: "91-73", "206-448-8160"
    return fig, m, None


def _after_figure(text: str, m: re.Match[str], last: re.Match[str], fig: _Figure, r: _Reading) -> None:
    """What follows the figure: a hyphenated word ("90-day", "50-plus"), a qualifier ("or more"), a "mark"; and
    whether a word figure is a bare "one" or a reference ("the two women")."""
    num, start = m.group("num"), m.start()
    r.hyph = (last.group("hyph") or "").lower()
    if r.hyph in ("plus", "odd"):  # "50-plus", "50-odd years"
        r.after, r.hyph = _AFTER_WORDS[r.hyph], ""
    if " ".join(num.lower().split()) == "a couple":
        r.after = Qualifier.APPROXIMATE  # "a couple of hours" is about two; "a pair of officers" is two
    # "one of the", "one man": rarely a checkable count on its own, unless a compound follows ("an hour and 20 minutes")
    r.single = num.lower() in ("one", "a", "an") and not (
        r.hyph or fig.scale != 1.0 or m.group("half") or r.low is not None
    )
    r.reference = (
        not r.hyph
        and num[0].isalpha()
        and r.value <= 10
        and bool(_DEFINITE_BEFORE.search(text, max(0, start - 8), start))
    )
    if not r.after and not r.hyph and (after := _QUALIFIER_AFTER.match(text, r.end)):
        r.after, r.end = _AFTER_WORDS[after.group("word") or "plus"], after.end()
    r.mark = _MARK_AFTER.match(text, r.end) is not None
    if r.hyph and fig.unit:
        r.hyph, r.end = (
            "",
            last.start("hyph") - 1,
        )  # "$80,000-a-year", "5%-owned": the currency or percentage is the unit


def _hyphen_unit(num: str, fig: _Figure, r: _Reading) -> bool:
    """The unit of a hyphenated figure ("90-day", "61-year-old", "a 200-pound man"); ``False`` when it is no
    quantity: a season ("2010-11"), "three-and-out", a fraction ("two-thirds"), a calibre ("12-gauge")."""
    first = r.hyph.split("-")[0]
    if _YEAR.fullmatch(num) and not r.hyph.startswith("year"):
        return False  # "2010-11": a season, not a count
    if first in _NP_STOP or singular(first) in _DENOMINATORS:
        return False  # "three-and-out", "13-and 15-inch"; "two-thirds" is a share (_shares)
    if first in _CALIBRES:
        return False  # read by _calibres ("a 38-caliber revolver", "a 12-gauge shotgun"), or no calibre it knows
    r.unit_word = singular(first)
    if r.hyph.startswith(("year-old", "years-old", "month-old", "week-old", "day-old")):
        # "61-year-old" is an age in years; "a 12-week-old fetus" one in weeks, never compared with years
        r.unit = "age" if r.unit_word == "year" else f"age:{r.unit_word}"
    elif r.unit_word == "pound" and fig.scale == 1.0:
        r.unit = "pound"  # "a 200-pound man": a weight
    else:
        r.unit = _canonical_unit(r.unit_word)
    return True


def _is_magnitude(text: str, m: re.Match[str], end: int) -> bool:
    """ "magnitude 6.1", "6. 4 on the Richter scale", "a quake measuring 5.9"."""
    start = m.start()
    return bool(
        _MAGNITUDE_BEFORE.search(text, max(0, start - 10), start)
        or _RICHTER_AFTER.match(text, end)
        or ("." in m.group("num") and _MEASURING_BEFORE.search(text, max(0, start - 24), start))
    )


def _metres(text: str, r: _Reading) -> None:
    """ "10m": ten million of a plural noun after it ("10m people"), else ten metres ("a 10m wave")."""
    noun, noun_end, r.phrase = _noun_phrase(text, r.end)
    if noun and noun not in UNITS and not _is_singular(text, r.end):
        r.value, r.precision, r.unit, r.end = r.value * 1e6, r.precision * 1e6, _canonical_unit(noun), noun_end
    else:
        r.unit, r.unit_word, r.phrase = "m", "m", ()


def _noun_unit(text: str, fig: _Figure, r: _Reading) -> bool:
    """The unit of a figure from the noun after it: a currency ("74 million pounds"), a unit, a counted noun, people
    ("Two deaths"), degrees of a scale; then a qualifier after the noun ("300 yards or more"). ``False`` when the noun
    makes it no quantity ("two thirds of": a share)."""
    noun, noun_end, r.phrase = _noun_phrase(text, r.end)
    if noun in CURRENCIES:
        r.unit, r.end = CURRENCIES[noun], noun_end
        if noun == "pound" and fig.scale == 1.0 and not _STERLING.match(text, r.end):
            r.unit = "pound"  # "weighing 130 pounds": a weight, as written; "74 million pounds" is money
    elif noun in _DENOMINATORS:
        return False  # "two thirds of": a share, read by _shares
    elif noun in ("death", "fatality", "casualty"):
        r.unit, r.end = "people", noun_end  # "Two deaths": people, dead (_casualty)
    elif noun == "degree" and (deg := _DEGREE_AFTER.match(text, noun_end)):
        r.unit = deg.lastgroup or "magnitude"  # "celsius", "fahrenheit" or "magnitude"
        r.end = noun_end if r.unit == "magnitude" else deg.end()
    elif noun:
        r.unit, r.unit_word, r.end = _canonical_unit(noun), noun, noun_end
    if not r.after and (after := _QUALIFIER_AFTER.match(text, r.end)) and after.group("word"):
        r.after, r.end = _AFTER_WORDS[after.group("word")], after.end()  # "300 yards or more"
    return True


def _convert(text: str, r: _Reading) -> None:
    """A unit that converts, to its canonical unit ("6 miles" in km), with the smaller part of a compound ("an hour
    and 20 minutes") and "years old" (an age)."""
    r.unit, factor = UNITS[r.unit]
    r.value, r.precision = r.value * factor, r.precision * factor
    if r.low is not None:
        r.low *= factor
    if r.unit_word in _SUBUNITS and r.low is None:
        whole = r.value
        r.value, r.precision, r.end = _compound(text, r.end, r.unit_word, r.value, r.precision)
        if r.value != whole:
            r.single, r.consumed = False, r.end
    if r.unit == "year" and (old := _YEARS_OLD.match(text, r.end)):
        r.unit, r.end = "age", old.end()  # "61 years old"


def _counts(text: str, m: re.Match[str], fig: _Figure, r: _Reading) -> bool:
    """Whether the figure counts something: a bare "one" only as a casualty, "half a" only with a unit or scale, and
    a number without a unit only as an age, the noun before it, or people (``_bare_unit``)."""
    num = m.group("num")
    if r.single and not _one_casualty(text, m, r.end, r.unit):
        return False
    if num.lower().startswith("half") and "dozen" not in num.lower() and fig.scale == 1.0 and r.unit_word not in UNITS:
        return False  # "half a loaf": no figure
    if not r.unit:
        bare = _bare_unit(text, m, r.value, fig)
        if bare is None:
            return False
        r.unit = bare
    return True


def _qualified(text: str, m: re.Match[str], r: _Reading) -> tuple[int, Quantity]:
    """The quantity with its qualifier (before the figure, or after it) and where it starts; a casualty's state
    and whether a percentage is a change."""
    start = m.start()
    qualifier, q_start = _qualifier(text, start, the=r.mark)
    if r.low is not None and (opener := _RANGE_OPENER.search(text, max(0, start - 40), start)):
        q_start = opener.start()
    if qualifier is Qualifier.EXACT and r.after is not None:
        qualifier = r.after
    if (
        qualifier is Qualifier.LOWER_BOUND
        and r.unit in ("second", "day", "month", "year")
        and re.match(r"(?i)over\b", text[q_start:start])
    ):
        qualifier, q_start = Qualifier.EXACT, start  # "loans over three years" is a span of time
    unit = _casualty(text, q_start, r.end, r.unit)
    change = unit == "percent" and (
        bool(_CHANGE_BEFORE.search(text, max(0, q_start - 20), q_start)) or _CHANGE_AFTER.match(text, r.end) is not None
    )
    if r.low is not None:
        q = _range_interval(r.low, r.value, qualifier, unit, r.precision)
    else:
        q = _interval(r.value, qualifier, unit, r.precision)
    return q_start, evolve(q, reference=r.reference, phrase=r.phrase, change=change)


def _figure(m: re.Match[str]) -> _Figure | None:
    """The value, scale, currency, percentage or glued unit of one number match."""
    num = m.group("num")
    value = _parse_number(num)
    if value is None:
        return None
    precision = _precision(num)
    if m.group("half"):
        value, precision = value + 0.5, 0.5
    cur = (m.group("cur") or "").strip().lower().rstrip(".")
    if cur.endswith("s") and cur not in CURRENCIES:
        cur = cur[:-1]
    unit = CURRENCIES.get(cur, "")
    unit_word = ""
    scale = (m.group("scale") or m.group("abbr") or m.group("abbr1") or "").lower()
    metres = False
    if scale in ("m", "b") and not cur:
        if scale == "b":
            return None
        metres, scale = True, ""  # "10m" is ten metres unless it is money or counts something
    if scale:
        value, precision = value * SCALES[scale], precision * SCALES[scale]
    if glued := m.group("glued"):
        unit_word = "".join(glued.lower().split())
        unit_word = {"ft": "foot", "lb": "pound", "lbs": "pound", "kmh": "km/h", "kph": "km/h"}.get(
            unit_word, unit_word
        )
        unit = unit_word
    if m.group("pct"):
        unit = "percent"
    return _Figure(value, precision, unit, unit_word, SCALES.get(scale, 1.0), metres)


def _range(text: str, m: re.Match[str], first: _Figure) -> tuple[re.Match[str], _Figure, float] | None:
    """The second figure of a range that starts at ``m``, its match and the range's lower end, or ``None``.
    The second figure's scale applies to the first: "$3-4 million" is 3 to 4 million dollars."""
    if m.group("pct") or m.group("hyph") or m.group("glued") or m.group("half"):
        return None
    join = _RANGE_JOIN.match(text, m.end())
    if join is None:
        return None
    word = join.group("word")
    before = text[max(0, m.start() - 40) : m.start()]
    if word == "and" and not _BETWEEN_BEFORE.search(before):
        return None
    if word == "to" and _FROM_BEFORE.search(before) and not _RANGING_BEFORE.search(before):
        return None
    if not word and (_DETERMINER_BEFORE.search(before) or _YEAR.fullmatch(m.group("num"))):
        return None
    second_m = _SECOND_FIGURE.match(text, join.end())
    if second_m is None or (second_m.group("cur") and not m.group("cur")):
        return None
    if word is None and not (second_m.group("num")[0].isdigit() and m.group("num")[0].isdigit()):
        return None
    second = _figure(second_m)
    if second is None or _is_identifier(text, second_m) or _ORDINAL_SUFFIX.match(text, second_m.end("num")):
        return None
    low = first.value * (second.scale if first.scale == 1.0 else 1.0)
    if not low < second.value:
        return None
    if not word and not (first.unit or second.unit or second.scale != 1.0 or second_m.group("hyph")):
        noun, noun_end, _ = _noun_phrase(text, second_m.end())
        written = text[text.rfind(" ", 0, noun_end) + 1 : noun_end].lower()
        if not noun or noun in _RESULT_NOUNS or (singular(written) == written and written not in _PLURALS):
            return None  # "beat Evansville 91-73", "a 5-19 start", "284-286 lifetime": a score or a record
    return second_m, second, low


def _speed(text: str, unit: str, hyph: str, end: int) -> tuple[str, int] | None:
    """A distance an hour is a speed, in km/h like "mph": "120 miles an hour", "120 miles per hour", "80 km/h",
    "80 kilometres an hour", "a 70-mile-an-hour wind". Its unit (before conversion) and where it ends, or ``None``."""
    speed = _SPEED_UNITS.get(unit)
    if speed is None:
        return None
    if _SPEED_HYPHEN.fullmatch(hyph):
        return speed, end
    if not hyph and (per := _SPEED_AFTER.match(text, end)):
        return speed, per.end()
    return None


def _compound(text: str, end: int, unit_word: str, value: float, precision: float) -> tuple[float, float, int]:
    """Add the smaller part of a compound: "an hour and 20 minutes" is 4800 seconds, "6-foot-9" 2.06 metres."""
    tail = _COMPOUND_TAIL.match(text, end)
    if tail is None:
        return value, precision, end
    factor = UNITS[unit_word][1]
    if tail.group("half"):
        return value + 0.5 * factor, precision, tail.end()
    if tail.group("inches"):
        if unit_word != "foot":
            return value, precision, end
        step = _SUBUNITS["foot"]["inch"]
        return value + int(tail.group("inches")) * step, step, tail.end()
    sub = _SUBUNITS[unit_word].get(singular(tail.group("unit")))
    part = _parse_number(tail.group("n"))
    if sub is None or part is None:
        return value, precision, end
    return value + part * sub, sub, tail.end()


def _bare_unit(text: str, m: re.Match[str], value: float, fig: _Figure) -> str | None:
    """What a number with no noun counts: an age, the noun of "a majority of 160", nothing, or ``None`` when the
    number is a year or a name ("in 2009", "the 8900 will not ship")."""
    num, start = m.group("num"), m.start()
    digits = num[0].isdigit() and fig.scale == 1.0 and not m.group("cur")
    if digits and _YEAR.fullmatch(num):
        return None  # a bare year is a date, read by the date extractor
    if digits and "," not in num and len(num) >= 3 and _THE_BEFORE.search(text, max(0, start - 5), start):
        return None  # "the 8900 aka Curve II": a model number
    if digits and value == int(value) and 1 <= value < 120 and _is_age(text, m):
        return "age"
    if _PEOPLE_VERB_AFTER.match(text, m.end()):
        return "people"  # "46 were arrested"
    return _noun_before(text, start)


def _is_age(text: str, m: re.Match[str]) -> bool:
    """News style for ages: "Hiller, 43,", "Smith (43)", "aged 61", "at the age of 10", "She was 85."."""
    before = text[max(0, m.start() - 40) : m.start()]
    if _AGE_BEFORE.search(before):
        return _PRONOUN_AGE_AFTER.match(text, m.end()) is not None or not before.rstrip().lower().endswith(
            ("turn", "turns", "turned", "turning")
        )
    if _DIED_AT_BEFORE.search(before):
        return _DIED_AT_AFTER.match(text, m.end()) is not None  # "died at 85.", "dies at 91 after a long illness"
    if pair := _AGE_PAIR_BEFORE.search(before):
        return not pair.group(1) or singular(pair.group(1).rsplit("-", 1)[-1]) in _RELATIVES
    if _PRONOUN_BEFORE.search(before):
        return _PRONOUN_AGE_AFTER.match(text, m.end()) is not None
    a = _APPOSITION_BEFORE.search(before)
    if a is None or not _APPOSITION_AFTER.match(text, m.end()):
        return False
    if a.group(2):  # "his mother, 58,", "the prime minister, 58,"
        noun = singular(a.group(2).rsplit("-", 1)[-1])
        return noun in _RELATIVES or noun in ROLE_NOUNS
    name = (a.group(1) or a.group(3)).rstrip(".").lower()
    return name not in MONTHS and name not in WEEKDAYS and name not in _STARTERS and name not in ("no", "nos")


_WORD_BEFORE_NUMBER = LazyPattern(r"([A-Za-z][\w.]*)\s+$")


def _is_identifier(text: str, m: re.Match[str]) -> bool:
    """A number that names rather than counts: "Route 52", "Boeing 747", "No. 1", "0845 125 2222", "2: 56",
    "24/7", "1680 x 1050", "call 911", "123 Main Street"."""
    num, end = m.group("num"), m.end("num")
    if num[0] == "0" and len(num) > 1 and num[1].isdigit():
        return True  # "0845", "00": codes and clock digits
    before = text[max(0, m.start() - 30) : m.start()]
    if num[0].isdigit():
        if _CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(before):
            return True
        if _SLASH.match(text, end) or _DIMENSIONS.match(text, end) or _DIMENSIONS_BEFORE.search(before):
            return True
        if _is_phone(text, m):
            return True
        if num in ("911", "999", "112") and _EMERGENCY.search(before):
            return True
        if _RANK_BEFORE.search(before):
            return True
        if not m.group("cur") and _STREET.match(text, m.end()):
            return True
    word = _WORD_BEFORE_NUMBER.search(before)
    if word is None or m.group("cur"):
        return False
    w = word.group(1)
    if w in ("No.", "no.", "Nos.", "No"):
        return True
    if _RATING_BEFORE.search(before):
        return False  # a rating on a scale counts: "a Category 4 storm" (see _from_match)
    if not w.islower() and w.lower().rstrip(".") not in _STARTERS and w.lower().rstrip(".") not in MONTHS:
        return True  # a name before the number: "Route 52", "Apollo 11", "iPhone 5"
    # "a 2012 car crash", "his 2000 campaign": a year used as a modifier
    return bool(_YEAR.fullmatch(num)) and w.lower() in _DETERMINERS


_PHONE_GROUP_AFTER = LazyPattern(r"\)?[\s.-]?\(?\d")
_PHONE_GROUP_BEFORE = LazyPattern(r"\d[\s.-]$|\)\s?$|\($")
_DIGIT_RUNS = LazyPattern(r"\d+")


def _is_phone(text: str, m: re.Match[str]) -> bool:
    """Whether the number is one group of a phone number: "0845 125 2222", "(555) 123-4567", "206-448-8160".
    Thousands grouped by spaces ("22 000 000") are not."""
    s, e = m.start("num"), m.end("num")
    if not (_PHONE_GROUP_AFTER.match(text[e : e + 4]) or _PHONE_GROUP_BEFORE.search(text[max(0, s - 2) : s])):
        return False  # the cheap test: no digit group next to it
    lo = max(0, s - 24)
    for run in _DIGIT_GROUPS.finditer(text, lo, min(len(text), e + 24)):
        if run.start() <= s < run.end():
            groups = _DIGIT_RUNS.findall(run.group(0))
            digits = sum(map(len, groups))
            if not 7 <= digits <= 15:
                return False
            lead = run.group(0)[0]
            if lead in "+(" or groups[0][0] == "0":
                return True
            thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and "-" not in run.group(0)
            return len(groups) >= 3 and not thousands
    return False


def _plural_before(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is a plural noun: "times", "people"; ``False`` for no word (0)."""
    written = text[text.rfind(" ", 0, end) + 1 : end].lower() if end else ""
    return bool(written) and (singular(written) != written or written in _PLURALS)


def _is_singular(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a singular noun or no noun: "a 10m wave", "10m high"."""
    w = _NEXT_WORD.match(text, pos)
    return w is None or (singular(w.group(1)) == w.group(1).lower() and w.group(1).lower() not in _PLURALS)


def _casualty(text: str, start: int, end: int, unit: str) -> str:
    """People counted as dead, injured or missing: "five people killed" is "people:dead", so it never meets a
    count of the injured. A bare number next to such a word ("24 dead", "the death toll rose to 11") counts people.
    A word across a clause break does not count ("55 wounded in the school, where hundreds of Palestinians"), nor
    one before another count that has its own verb ("killed six children and left 14 others trapped").
    """
    if unit and unit not in PEOPLE:
        return unit
    best: tuple[int, str] | None = None
    for pattern, state in _CASUALTIES:
        for m in pattern.finditer(text, max(0, start - 45), min(len(text), end + 30)):
            gap = text[end : m.start()] if m.start() >= end else text[m.end() : start]
            if _CLAUSE_BREAK.search(gap) or (m.start() < end and _NEW_PREDICATE.search(gap)):
                continue
            # the figure's own predicate comes first: "Five people died and seven were injured" (seven injured)
            rank = 0 if m.start() >= end and _OWN_PREDICATE.match(gap) else len(gap) + 1
            if best is None or rank < best[0]:
                best = (rank, state)
    if best is None:
        return unit
    return f"{unit or 'people'}:{best[1]}"


# A bare "one" counts only as a casualty, next to its verb: "killing one", "one was killed", "One victim died",
# "shot one person dead"; not "no one was hurt", "one of the dead", "killed one another", "one day".
_ONE_VERB_BEFORE = LazyPattern(r"(?i:\b(?:kill(?:ing|ed|s)?|injur(?:ing|ed|es)|wound(?:ing|ed|s))\s+)$")
_ONE_NOT_AFTER = LazyPattern(r"(?i:\s+(?:of|another|other|more|too|and\s+all)\b|['\u2019]s\b|-)")
_ONE_VERB_AFTER = LazyPattern(
    r"(?i:\s+(?:(?:was|has|have|had|been|is|were|reportedly|later|also|confirmed|believed|thought|to\s+be)\s+)*"
    r"(?:killed|died|dead|injured|wounded|hurt|missing)\b)"
)
_NO_BEFORE = LazyPattern(r"(?i:\b(?:no|not|any|every|each|the|this|that)\s+)$")


def _one_casualty(text: str, m: re.Match[str], end: int, unit: str) -> bool:
    """Whether a bare "one" (with its noun ``unit`` up to ``end``) is a casualty count: a casualty word is its
    predicate, after it ("one was killed", "One victim died", "shot one person dead") or before it ("killing one",
    "killing one man": then no noun or a person's)."""
    if m.group("num").lower() != "one" or _NO_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    if _ONE_VERB_AFTER.match(text, end):
        return True
    if unit and unit not in PEOPLE:
        return False  # "he was killed one day after"
    before = _ONE_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return before is not None and not _ONE_NOT_AFTER.match(text, m.end())


# what may stand between a figure and its own verb: "seven were injured", "11 have now been killed"
_OWN_PREDICATE = compiled(r"^\s+(?:(?:were|was|are|is|have|has|had|been|being|now|also|reportedly|later)\s+)+$")


def _interval(value: float, qualifier: Qualifier, unit: str, precision: float = 0.0) -> Quantity:
    """Exact figures stand for what rounds to them: "six miles" is 5.5 to 6.5 miles (just under half a step)."""
    half = 0.49 * precision
    low: float | None = value - half
    high: float | None = value + half
    if qualifier is Qualifier.LOWER_BOUND:
        low, high = value, None
    elif qualifier is Qualifier.UPPER_BOUND:
        low, high = 0.0, value
    elif qualifier is Qualifier.APPROXIMATE:
        low, high = value, value  # the tolerance of "around" is a rule parameter (approx_tolerance)
    return Quantity(value=value, qualifier=qualifier, unit=unit, low=low, high=high)


def _range_interval(low: float, high: float, qualifier: Qualifier, unit: str, precision: float) -> Quantity:
    """A range ("80-90 people", "two or three years") is approximate, its value the lower end (the convention of
    tests/data/README.md), and ``low``/``high`` are its ends. A bound before it keeps one end: "at least 72 to
    120 hours" is at least 72, "as many as 30 to 40" at most 40."""
    if qualifier is Qualifier.LOWER_BOUND:
        return Quantity(value=low, qualifier=qualifier, unit=unit, low=low, high=None)
    if qualifier is Qualifier.UPPER_BOUND:
        return Quantity(value=high, qualifier=qualifier, unit=unit, low=0.0, high=high)
    half = 0.49 * precision
    return Quantity(value=low, qualifier=Qualifier.APPROXIMATE, unit=unit, low=low - half, high=high + half)


def _precision(num: str) -> float:
    """The step of the last written digit: 1 for "80" and "eighty", 0.1 for "6.1"."""
    digits = num.replace(" ", "")
    if "." in digits and digits[0].isdigit():
        return float(10 ** -len(digits.split(".")[1]))
    return 1.0


_NOUN_OF = LazyPattern(r"\b([a-zA-Z]{3,})\s+of\s+$")


def _noun_before(text: str, start: int) -> str:
    """The noun of "a majority of 160": what a bare number counts when nothing follows it."""
    m = _NOUN_OF.search(text[max(0, start - 40) : start])
    if m and m.group(1).lower() in _POPULATION:
        return "people"  # "a crowd of 22, 000", "the town of 14, 000"
    if m and m.group(1).islower() and m.group(1) not in _GENERIC_BEFORE:
        return singular(m.group(1))
    return ""


def _qualifier(text: str, start: int, the: bool = False) -> tuple[Qualifier, int]:
    """The qualifier before ``start`` and where it starts; with ``the``, also before "the": "around the $400
    million mark"."""
    window = text[max(0, start - 34) : start]
    if the and (t := _THE_BEFORE.search(window)):
        window = window[: t.start()]
    offset = max(0, start - 34)
    for pattern, qualifier in ((_LOWER, Qualifier.LOWER_BOUND), (_APPROX, Qualifier.APPROXIMATE),
                               (_UPPER, Qualifier.UPPER_BOUND)):  # fmt: skip
        m = pattern.search(window)
        if m:
            return qualifier, offset + m.start()
    return Qualifier.EXACT, start


def _counted_noun(text: str, pos: int) -> tuple[str, int]:
    """The head of the noun phrase after a number: "three bank workers dead" -> ("worker", end of "workers")."""
    head, end, _ = _noun_phrase(text, pos)
    return head, end


def _noun_phrase(text: str, pos: int) -> tuple[str, int, tuple[str, ...]]:
    """The noun phrase after a number: its head, where it ends, and all its words, singular and lower-case."""
    head, head_end = "", 0
    phrase: list[str] = []
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        lw = word.lower()
        if len(lw) == 1:
            break  # "110 b. Euro", "802.11 b/g": a letter is no noun
        if word[0].isupper() and (lw in WEEKDAYS or lw in MONTHS):
            break  # "a third straight night Wednesday": the day dates the noun, it is no part of it
        if word.isupper() and (model := _MODEL_NUMBER.match(text, m.end())):
            pos = model.end()  # "12 AK 47 guns": a model's name and number modify the noun
            continue
        if not head and (lw in _SKIP_BEFORE_NOUN or (lw.endswith(_ADVERB_ENDINGS) and len(lw) > 5)):
            pos = m.end()  # "12 other people", "two critically injured"
            continue
        verb_like = lw in _VERBS or (head and lw.endswith(("ed", "ing")))
        if lw in _NP_STOP or verb_like or "'" in lw or "\u2019" in lw:
            break
        s = lw[:-1] if word[:-1].isupper() and word[-1] == "s" and len(word) > 2 else singular(lw)  # "KOs", "RBIs"
        if s in UNITS or lw in _KNOWN_UNITS or s in CURRENCIES or s in _MEASURES:
            return s, m.end(), (s,)  # "6.1 magnitude earthquake", "nine acre site": a unit word is the unit
        if not head and (lw == "others" or (word[0].isupper() and word[1:-1].islower() and lw.endswith("s"))):
            return "people", m.end(), ("people",)  # "70 others", "tens of thousands of Greeks": people
        head, head_end, pos = s, m.end(), m.end()
        phrase.append(s)
        if s != lw or lw in _PLURALS:  # a plural head ends the phrase: "23 Somali pirates", "14 children"
            break
    return (head, head_end, tuple(phrase)) if head else ("", 0, ())


def _canonical_unit(word: str) -> str:
    w = singular(word)
    return w if w in UNITS else CURRENCIES.get(w, w)


def _parse_number(num: str) -> float | None:
    s = " ".join(num.lower().replace("-", " ").split())
    if s[0].isdigit():
        s = s.replace(",", "").replace(" ", "")
        try:
            value = float(s)
        except ValueError:
            return None
        return value if math.isfinite(value) else None  # "1" and 309 zeros is no figure a reader checks
    if s in ("a dozen", "dozen"):
        return 12.0
    if s == "half a dozen":
        return 6.0
    if s in ("a", "an"):
        return 1.0
    if s in ("a pair", "a couple"):
        return 2.0
    if s in ("half a", "half an"):
        return 0.5
    total = 0.0
    for part in s.split():
        if part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        else:
            return None
    return total
