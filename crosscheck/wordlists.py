"""The word lists that more than one stage reads: one home for each, so the extractors, the aligner and the rules
never hold copies that drift apart, and a stage that needs a list does not import an extractor for it.

Plain frozensets and tuples, no I/O: importing this module costs nothing measurable. The WordNet synonym table is
data, read on first use (:mod:`crosscheck.lexicon`); the rule pack's tuned numbers are in ``rules/default.toml``.
A word list that only one module reads stays in that module.
"""

from __future__ import annotations

# Personal titles before a name: an honorific is no role ("Dr. Amal Haddad"), and it presents a person.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."})

# Nouns that name a role or an office: the word before a person's name ("spokesman Adebayo", "Director Jon").
ROLE_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson director minister president chief head leader chairman
    chairwoman mayor governor secretary commissioner commander general officer inspector detective sergeant captain
    lieutenant colonel major judge justice prosecutor attorney lawyer doctor professor analyst economist expert
    researcher scientist seismologist geologist manager executive founder owner coach player striker midfielder
    defender goalkeeper actor actress singer star author writer reporter correspondent editor ambassador envoy
    senator representative congressman congresswoman lawmaker deputy adviser advisor aide witness resident
    survivor student teacher agent priest bishop imam rabbi pastor pope king queen prince princess chancellor
    premier diplomat negotiator coordinator administrator superintendent sheriff marshal trooper constable
    warden surgeon nurse physician medic paramedic firefighter pilot driver boss ceo cfo cto publicist
    producer rapper guitarist drummer manager mp mep
    """.split()
)

# Bare plurals and mass nouns that name a speaker without a determiner: "police said", "said officials".
GROUP_SPEAKERS = frozenset(
    """police officials authorities prosecutors investigators witnesses residents officers doctors rescuers
    firefighters experts analysts sources organizers organisers neighbors neighbours relatives critics lawyers
    observers aides scientists researchers medics paramedics troops soldiers villagers survivors""".split()
)

# Verbs that report speech or writing, in their common forms: "said Smith", "Smith told reporters" (the speaker
# finder's list; the quotation finder looks for quotations after them).
REPORTING_VERBS = frozenset(
    """said says say told tells added adds wrote writes posted posts tweeted tweets stated states declared declares
    insisted insists explained explains noted notes warned warns announced announces argued argues asked asks
    replied replies recalled recalls admitted admits claimed claims continued continues testified testifies
    contended contends confirmed confirms stressed stresses acknowledged acknowledges observed observes remarked
    remarks commented comments responded responds suggested suggests cautioned cautions concluded concludes
    conceded concedes boasted boasts joked jokes quipped quips shouted shouts screamed screams yelled yells cried
    cries whispered whispers pleaded pleads urged urges vowed vows promised promises predicted predicts reported
    reports mumbled mumbles maintained maintains emphasized emphasizes emphasised emphasises revealed reveals
    recounted recounts countered counters complained complains lamented laments protested protests asserted
    asserts alleged alleges exclaimed exclaims retorted retorts concurred concurs hinted hints fumed fumes talked
    spoke accused accuses""".split()
)

# The reporting verbs that, right after a name, present it as a person who spoke: "Fauzi said", "Smith
# tweeted" (the entity finder and the aligner read it).
SPEECH_AFTER_NAME = (
    "said",
    "says",
    "told",
    "added",
    "explained",
    "wrote",
    "testified",
    "tweeted",
    "posted",
    "announced",
    "confirmed",
)

# nouns that count people: a casualty figure of one of them takes its state ("five soldiers killed"), and a count
# of "people" is a count of any of them (crosscheck.facts.same_thing)
PEOPLE = frozenset(
    """people person civilian resident child man woman worker soldier troop officer student passenger villager
    victim miner tourist pilgrim protester demonstrator migrant refugee patient firefighter policeman rioter
    marcher teenager teen youth adult hostage inmate prisoner employee""".split()
)

# Words that name a time of the calendar or the day: an adjunct that dates a clause ("resigned on Tuesday"), not one
# of its content words.
CALENDAR = (
    "january february march april may june july august september october november december".split()
    + "monday tuesday wednesday thursday friday saturday sunday".split()
    + "dawn dusk noon midnight".split()
)
# relative days and parts of a day: "today", "on Tuesday morning" date a sentence as the calendar words do
RELATIVE_DAYS = frozenset("today yesterday tonight tomorrow morning afternoon evening night".split())

# Vague amounts and the interval of counts each stands for, read as a figure's interval by the quantity extractor
# ("dozens of homes": 24 to 99 homes, qualifier "vague") and as an offset's by the date extractor ("a few hours
# after": 2 to 9 hours). The ends are what an editor reads the word to allow: "a few" is more than one and fewer
# than ten, "several" at least three, "dozens" at least two dozen, "scores" at least two score. A figure outside the
# interval cannot be what the word says ("a few" against 300: crosscheck.facts.quantity_relation).
VAGUE_AMOUNTS = {
    "a few": (2.0, 9.0),
    "a handful": (2.0, 9.0),
    "several": (3.0, 9.0),
    "multiple": (2.0, 99.0),
    "numerous": (3.0, 99.0),
    "dozens": (24.0, 99.0),
    "several dozen": (24.0, 99.0),
    "a few dozen": (24.0, 60.0),
    "a couple of dozen": (20.0, 30.0),
    "a couple dozen": (20.0, 30.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "tens of thousands": (2e4, 99999.0),
    "hundreds of thousands": (2e5, 999999.0),
    "millions": (2e6, 9.99e8),
    "billions": (2e9, 9.99e11),
}
# the vague words that count only before a plural noun: "multiple times", "several people", "a handful of fans" (not
# "multiple sclerosis", "a few of them", "several.")
VAGUE_BEFORE_PLURAL = frozenset({"multiple", "numerous", "a few", "a handful", "several"})

# --- places (crosscheck.claims.places writes place claims with them; crosscheck.align compares them) -------------

# Locative phrases that name where something happened without a name, by class: the class is the place's key, so
# "at the scene" and "on the scene" are one place. Lower case, matched as whole words.
LOCATIVES = {
    "scene": ("at the scene", "on the scene", "at the crime scene"),
    "en-route": (
        "on the way to the hospital",
        "on the way to a hospital",
        "on the way to hospital",
        "en route to the hospital",
        "en route to a hospital",
        "en route to hospital",
    ),
    "hospital": ("at the hospital", "at a hospital", "at a local hospital", "in hospital", "in the hospital"),
    "home": ("at home", "at his home", "at her home", "at their home", "at its home"),
}
# Two locative classes that one event cannot have both of: a death at the scene is not one on the way to the
# hospital. "home" and "scene" are not here: the scene may be a home.
EXCLUSIVE_LOCATIVES = frozenset(
    frozenset(pair)
    for pair in (
        ("scene", "en-route"),
        ("scene", "hospital"),
        ("en-route", "hospital"),
        ("home", "hospital"),
        ("home", "en-route"),
    )
)
# A locative class that excludes any named place the event is "at" (not "in": a home may be in a city): a game "at
# home" is not one "at Washington".
EXCLUDES_NAMED_POINT = frozenset({"home"})
# Prepositions before a place, each with how the event stands to the place (Place.relation).
PLACE_PREPOSITIONS = {
    "in": "in",
    "at": "at",
    "on": "at",
    "inside": "in",
    "within": "in",
    "throughout": "in",
    "across": "in",
    "near": "near",
    "outside": "outside",
    "outside of": "outside",
    "off": "near",
    "around": "near",
    "to": "to",
    "into": "to",
    "from": "from",
}
# not "toward": it names a target more often than a place ("hostility toward Taiwan")
# Words before a place's name that say which part of it or around it, not which place: "suburban Detroit",
# "downtown Chicago" (the key is the name: the two are compatible with "in Detroit").
PLACE_MODIFIERS = frozenset("suburban downtown greater rural central northern southern eastern western".split())
# Words of a place's name that tell two places apart however alike the rest is: "East Harbor" and "West Harbor"
# are two neighbourhoods, not one name misspelled
PLACE_DISTINGUISHERS = frozenset(
    """north south east west northeast northwest southeast southwest northern southern eastern western upper lower
    new old great little""".split()
)
# Words that make a capitalised name after a preposition an event, not a place: "in World War II", "at the World
# Series", "in the Olympics"
EVENT_NAME_WORDS = frozenset(
    """war wars olympics olympic games cup championship championships series open festival election elections
    revolution crisis summit conference awards award oscars grammys""".split()
)
# Nouns of a phrase that names the place after "of": "the streets of East Harbor" is East Harbor.
PLACE_OF = frozenset("streets street city town village suburbs outskirts center centre heart area district".split())
# A numbered road: its prefix as written (lower case, without dots) -> the prefix of its key ("I-75" is
# "interstate 75")
ROAD_PREFIXES = {
    "interstate": "interstate",
    "i": "interstate",
    "route": "route",
    "state route": "route",
    "us route": "us route",
    "us highway": "us route",
    "highway": "highway",
    "hwy": "highway",
    "state highway": "highway",
    "state road": "state road",
    "county road": "county road",
}
# The last word of a street's name as written, with the word it abbreviates ("Ave." is "avenue")
STREET_SUFFIXES = {
    "street": "street",
    "st": "street",
    "avenue": "avenue",
    "ave": "avenue",
    "road": "road",
    "rd": "road",
    "boulevard": "boulevard",
    "blvd": "boulevard",
    "lane": "lane",
    "drive": "drive",
    "parkway": "parkway",
    "pkwy": "parkway",
    "terrace": "terrace",
}
# Nouns after an ordinal that make it a place ("the 12th Precinct"), and nouns after a place that say which
# building of it ("the 12th Precinct stationhouse"): left out of the key
PRECINCT_WORDS = frozenset("precinct ward district".split())
PLACE_BUILDINGS = frozenset("station stationhouse house headquarters building".split())
